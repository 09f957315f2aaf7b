"""Teams in sports results and standings: rows the language model cannot read as sentences.

A paragraph that is a row of a results table ("Liverpool 0 Sheffield Wednesday 1", "Forfar v
Alloa") or of a standings table ("PSV Eindhoven 18 13 3 2 52 14 42") names teams, and the model
tags them at random (PERSON, GPE or nothing). Teams are organisations; national teams keep the
place they play for (country names from pycountry plus a few short forms it lacks). Prose is
left to the model: only whole paragraphs of these shapes count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

WORD = r"[A-Z][\w'.&-]*"
NAME = rf"{WORD}(?: (?:{WORD}|de|of|and))*"
SCORE = r"\d{1,3}(?: \([^()]*\))?"  # a goal count and its scorers: "2 (Davor Suker 24)"
RESULT_ROW = re.compile(rf"^(?P<home>{NAME}) {SCORE},? (?P<away>{NAME}) {SCORE}\.?$")
STANDINGS_ROW = re.compile(rf"^(?P<team>{NAME})(?: \((?P<country>{NAME})\))?(?: \d{{1,3}}){{3,}}$")
RANK = r"(?: \(\d+\))?"  # a league position: "Lazio (12) v AS Roma (7)"
FIXTURE = re.compile(rf"(?P<home>{NAME}){RANK} v (?P<away>{NAME}){RANK}")
PAIR = rf"{NAME}{RANK} v {NAME}{RANK}"
FIXTURE_ROW = re.compile(rf"^(?:{WORD}: )?{PAIR}(?:, {PAIR})*(?: \d{{4}})?\.?$")  # "Postponed: ...", kick-off "1930"
# Short names of countries that pycountry only knows by their long form, and the UK's nations.
COUNTRY_SHORT_NAMES = {
    "russia", "bosnia", "england", "scotland", "wales", "northern ireland", "britain", "great britain", "holland",
    "macedonia", "yugoslavia", "czech republic", "ivory coast", "iran", "syria", "south korea", "north korea",
    "vietnam", "laos", "moldova", "taiwan", "bolivia", "venezuela", "tanzania", "soviet union", "zaire", "usa",
}


@dataclass(frozen=True)
class Team:
    start: int
    end: int
    label: str  # ORG for a club, GPE for a national team


def teams(paragraph: str) -> list[Team]:
    """The teams a paragraph names when it is a table row; nothing for prose."""
    text = paragraph.rstrip()
    spans: list[tuple[int, int]] = []
    if match := RESULT_ROW.match(text):
        spans = [match.span("home"), match.span("away")]
    elif match := STANDINGS_ROW.match(text):
        spans = [match.span("team")] + ([match.span("country")] if match.group("country") else [])
    elif FIXTURE_ROW.match(text):
        spans = [m.span(side) for m in FIXTURE.finditer(text) for side in ("home", "away")]
    return [Team(start, end, "GPE" if is_country(text[start:end]) else "ORG") for start, end in spans]


def is_country(name: str) -> bool:
    return name.lower() in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    names = set(COUNTRY_SHORT_NAMES)
    for country in pycountry.countries:
        names.update(getattr(country, attr).lower() for attr in ("name", "common_name", "official_name") if hasattr(country, attr))
    return frozenset(names)
