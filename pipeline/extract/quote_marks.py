"""Find the quoted spans of a text from its quote marks, curly or straight.

Works on the paragraphs of one article so that the newspaper convention for long quotes holds: a
paragraph that opens a quote without closing it continues in the next paragraph, which opens
again. A quote of the other kind of mark inside a quote is a quote of its own. A stray or
unbalanced mark loses only its own quote, never the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.normalize.layout import DASHES

OPENING = {"“": "”", "„": "”", "«": "»"}
CLOSING = {"”", "»"}
STRAIGHT = '"'
MARKS = {STRAIGHT, *OPENING, *CLOSING}
INNER_CLOSING = {"'", "’"}  # how a quote inside a quote closes ('“… the ‘Title Sponsor,’ ”')
WORD = re.compile(r"[\w’'-]+")
OPENS_WITH_WRONG_MARK = re.compile(r"\s*(?:…|\.\.\.)\s*\w")
# Title Case runs of a few words without sentence punctuation are titles of works, not quotes.
SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "at", "by", "from", "de", "la", "el", "y"}
# Words that announce the title of a work: 'his comedy project, “Latin History for Dummies,”'.
WORK_NOUNS = ("book|novel|memoir|biography|film|movie|documentary|show|program|programme|series|sitcom|podcast|episode|"
              "song|album|play|musical|opera|thriller|drama|comedy|concert|project|painting|poem")
# A Title Case quote that ends in punctuation ('on CNN’s “New Day,”') is a title when the words
# around it say so: a work noun or a participle naming one before it, a broadcaster's possessive
# ('CNN’s', 'ABC News’s'), 'on' ('appeared on “Morning Joe,”'), or its author after it ('“…” by
# George Anders'). Slogans, chants and headlines ('chanting “Dump Trump.”') are someone's words.
WORK_BEFORE = re.compile(rf"\b(?:{WORK_NOUNS})s?(?:,|\s+(?:titled|entitled|called|named))?\s*$", re.IGNORECASE)
BROADCAST_BEFORE = re.compile(r"(?:\b[A-Z][A-Z0-9]+(?: News)?[’']s|\bon)\s*$")
AUTHOR_AFTER = re.compile(r"\s*by [A-Z]")


# Up to this many words, a quote is a fragment ("killer.", "very bad.").
FRAGMENT_WORDS = 3


@dataclass
class QuotedSpan:
    paragraph: int
    start: int  # first character inside the marks (whitespace trimmed), in the paragraph
    end: int
    mark_start: int  # the opening mark, and just past the closing one (space inside the marks is
    mark_end: int  # trimmed from start and end: '“… the ‘Title Sponsor,’ ”')
    opened_before: bool = False  # continues a quote opened in an earlier paragraph
    continues: bool = False  # not closed in this paragraph: goes on in the next one
    inside: bool = False  # a quote within a quote ('"Trump tried to laugh it off: “Only Rosie.” But …"')


def _marks(text: str) -> list[tuple[int, str]]:
    """(position, 'open'|'close') for each quote mark, straight ones decided by their neighbours."""
    found = []
    for i, ch in enumerate(text):
        if ch in OPENING and i and not text[i - 1].isspace() and (i + 1 == len(text) or text[i + 1].isspace()):
            found.append((i, "close"))  # '“It's unusual,“ said Noble': an opening mark typed to close
        elif ch in OPENING:
            found.append((i, "open"))
        elif ch in CLOSING and (not i or text[i - 1].isspace()) and OPENS_WITH_WRONG_MARK.match(text, i + 1):
            found.append((i, "open"))  # '” … they are so not like him,” she said': a closing mark typed to open
        elif ch in CLOSING:
            found.append((i, "close"))
        elif ch == STRAIGHT:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if (before.isspace() or before in "([{/:" + DASHES) and not after.isspace():
                found.append((i, "open"))
            elif not before.isspace() or text[i - 2 : i - 1] in INNER_CLOSING:
                found.append((i, "close"))  # '… the 'Title Sponsor,' " Eric Trump wrote': spaced after a closing single mark
    return found


def _kind_of(mark: str) -> str:
    """Marks of one kind pair with each other: straight, curly (“ „ ”) or guillemets."""
    return OPENING.get(mark, mark)


def find_quoted(paragraphs: list[str]) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    carried = False  # the previous paragraph left a quote open
    for number, text in enumerate(paragraphs):
        marks = _marks(text)
        open_at: int | None = None
        opened_before = False
        if carried and marks and marks[0][1] == "open" and not text[: marks[0][0]].strip():
            open_at, opened_before = marks[0][0], True
            marks = marks[1:]
        carried = False
        # A quote of the other kind inside the quote ('"… about “Equal Justice Under Law” anymore."')
        # closes with its own kind of mark, not the outer quote, and is a quote of its own.
        inner_at: int | None = None
        inner: list[tuple[int, int]] = []
        for position, kind in marks:
            same_kind = open_at is not None and _kind_of(text[position]) == _kind_of(text[open_at])
            if kind == "open":
                if open_at is None or not same_kind and position == open_at + 1 and not opened_before:
                    open_at = position  # '"“You don’t win …,”': a stray mark glued to the real opener
                elif not same_kind and inner_at is None:
                    inner_at = position
                # else a stray opener of the outer kind: keep the outer quote
            elif inner_at is not None and _kind_of(text[position]) == _kind_of(text[inner_at]):  # never the outer's kind
                inner.append((inner_at, position))
                inner_at = None
            elif open_at is not None:
                _add(spans, number, text, open_at + 1, position, opened_before, False)
                _add_all(spans, number, text, inner, inside=True)
                open_at, opened_before, inner_at, inner = None, False, None, []
        if open_at is not None:
            # Unclosed: a quote running into the next paragraph if that one opens with a mark;
            # else the outer mark was stray ('The "stray mark, then “a real quote,” he said') and
            # the quotes inside it stand.
            following = paragraphs[number + 1].lstrip() if number + 1 < len(paragraphs) else ""
            if following[:1] in OPENING or following[:1] == STRAIGHT:
                _add(spans, number, text, open_at + 1, len(text), opened_before, True)
                _add_all(spans, number, text, inner, inside=True)
                carried = True
            else:
                _add_all(spans, number, text, inner, inside=False)
    return spans


def _add_all(spans: list[QuotedSpan], number: int, text: str, marks: list[tuple[int, int]], inside: bool) -> None:
    """The quotes between each pair of marks (opening, closing), all within one paragraph."""
    for opening, closing in marks:
        _add(spans, number, text, opening + 1, closing, False, False, inside)


def _add(spans: list[QuotedSpan], number: int, text: str, start: int, end: int, opened_before: bool, continues: bool,
         inside: bool = False) -> None:
    marks = (start - 1, min(end + 1, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    inner = text[start:end]
    if not WORD.search(inner) or (not opened_before and not continues and is_title_of_work(inner, text[: marks[0]], text[marks[1] :])):
        return
    spans.append(QuotedSpan(number, start, end, *marks, opened_before, continues, inside))


def is_title_of_work(inner: str, before: str = "", after: str = "") -> bool:
    """Whether the words inside a pair of marks name a work, given the text before and after the marks."""
    words = WORD.findall(inner)
    if not words or len(words) > 12 or not (words[0][0].isupper() or words[0][0].isdigit()):  # not 'the General
        return False
    if all(_capitalised(w) for w in words) and 2 <= len(words) <= 8 and inner.rstrip()[-1:] not in ".,!?;:":
        return True
    # An announced title may hold numbers ('the movie, “13 Hours: The Secret Soldiers of Benghazi,”').
    if not all(_capitalised(w, numbers=True) for w in words):
        return False
    return bool(WORK_BEFORE.search(before) or AUTHOR_AFTER.match(after) or len(words) >= 2 and BROADCAST_BEFORE.search(before))


def _capitalised(word: str, numbers: bool = False) -> bool:
    """A word as a title writes it: capitalised, a small word ('of', 'the'), or if allowed a number."""
    return word[0].isupper() or word.lower() in SMALL_WORDS or numbers and word[0].isdigit()


def word_count(text: str) -> int:
    return len(WORD.findall(text))
