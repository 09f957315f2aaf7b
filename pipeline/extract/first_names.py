"""First names and their gender, by gender-guesser's name dictionary (loaded once per process, 0.45 s)."""

from __future__ import annotations

from functools import lru_cache

import gender_guesser.detector


@lru_cache(maxsize=1)
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def is_first_name(word: str) -> bool:
    """'Mike' is, 'DJ' and 'Farmer' are not ('DJ Mike Read', 'Farmer Geoff Brooks')."""
    return _detector().get_gender(word) != "unknown"


@lru_cache(maxsize=4096)
def allows(first: str, wanted: str) -> bool:
    """Whether a person of this first name may be of the `wanted` gender ('male' or 'female'): yes
    unless the dictionary gives the other, or British or American usage gives the wanted one too
    ('Jan Berry' is a woman in English). Cached: asked for every person an article names, for every
    pronoun that speaks."""
    names = _detector()
    other = "female" if wanted == "male" else "male"
    english = {names.get_gender(first, country) for country in ("great_britain", "usa")}
    return names.get_gender(first) != other or bool(english & {wanted, f"mostly_{wanted}"})
