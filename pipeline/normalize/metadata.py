"""Dates and language: stated by the input or identified offline, never guessed from elsewhere."""

from __future__ import annotations

from datetime import datetime, timezone

import py3langid
from dateutil import parser as date_parser

# Below this many letters, identification is noise: say "und" (undetermined) rather than guess.
# The opening of an article tells its language as well as the whole of it, at a fraction of the cost.
LANGUAGE_SAMPLE_CHARS = 3000
MIN_LETTERS_FOR_LANGUAGE = 20


def parse_published(value: str | None) -> datetime | None:
    """A date the input states, as UTC; naive times are taken as UTC."""
    if not value:
        return None
    try:
        parsed = date_parser.parse(value, fuzzy=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if not 1800 <= parsed.year <= 2200:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def identify_language(text: str) -> str:
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS_FOR_LANGUAGE:
        return "und"
    language, _score = py3langid.classify(text[:LANGUAGE_SAMPLE_CHARS])
    return language
