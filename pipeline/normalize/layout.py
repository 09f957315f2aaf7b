"""Split article text into body paragraphs and the other things copied along with it.

Text copied from a site carries more than the story: a photo caption ending in its credit
("... as a “killer.” Sergei Savostyanov / TASS"), "Related article:" lines, bare URL lines,
bylines, "Published:" lines. They are recognised by their shape and kept out of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Hyphen, en dash, em dash, and the horizontal bar HuffPost writes for a dash: the one list of
# dashes that every stage reads (related-article lines, datelines, signatures, quote marks).
DASHES = "-–—―"
DASH = f"[{re.escape(DASHES)}]"
URL_LINE = re.compile(r"^<?(https?://\S+|www\.\S+)>?$", re.I)
RELATED = re.compile(rf"^(?:related(?: articles?| stories| story| coverage| content)?|read more|see also|also read|read also|more on this)\s*(?::|{DASH})\s*(.+)$", re.I)
NAME = r"[A-Z][\w.'’-]+"
NAMES = rf"{NAME}(?:\s+{NAME}){{0,3}}"
BYLINE = re.compile(rf"^By\s+({NAMES}(?:\s*(?:,|and|&)\s*{NAMES})*)(?:\s*[,|]\s*[\w .]+)?$")
PUBLISHED = re.compile(r"^(?:published|posted|updated|date|first published)(?: on)?\s*[:\-]?\s*(.{6,60})$", re.I)
# A credit ending a caption: "Sergei Savostyanov / TASS", "Jane Doe/Reuters", "Photo: AFP".
CREDIT_TAIL = re.compile(rf"(?:^|(?<=[.!?”\"’)])\s+)((?:{NAME}\s+){{0,3}}{NAME}\s*/\s*[A-Z][\w&.’' -]{{1,40}}|(?:Photo(?:graph)?|Image|Picture)s?\s*(?:by|:)\s*[^\n]{{2,60}})$")
DATELINE = re.compile(rf"^([A-Z][A-Z.’'-]+(?:[ -][A-Z][A-Z.’'-]+)*(?:,\s*[A-Z][\w.]*(?:\s+\d{{1,2}})?)*(?:\s*\([A-Za-z][\w .&-]*\))?)\s*{DASH}{{1,2}}\s+(?=\S)")
SENTENCE_END = re.compile(r"[.:;,]$")
# Hard-wrapped text has lines of MIN_WRAP_WIDTH to WRAP_WIDTH characters, each but a paragraph's
# last at least FULL_LINE of the longest.
MIN_WRAP_WIDTH, WRAP_WIDTH = 60, 120
FULL_LINE = 0.6


@dataclass
class Layout:
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    caption: str | None = None
    photo_credit: str | None = None
    related_titles: list[str] = field(default_factory=list)
    url_lines: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dateline: str | None = None


def split_blocks(text: str) -> list[list[str]]:
    """Blocks of stripped lines: separated by blank lines, or one line each if the text has none."""
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if "" not in lines:
        return [[line] for line in lines if line]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def unwrap(lines: list[str]) -> list[str]:
    """The paragraphs of a block of lines, one line each with single spaces. A block is hard-wrapped
    text when its lines fit a screen width (WRAP_WIDTH); then a line much shorter than the longest
    ends its paragraph. Otherwise each line is a paragraph: pages copied from a site often put
    one paragraph per line, with blank lines only here and there."""
    width = max(len(line) for line in lines)
    paragraphs: list[list[str]] = []
    if width > WRAP_WIDTH:
        for line in lines:
            if paragraphs and CREDIT_TAIL.fullmatch(line):  # a caption's credit on a line of its own
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
    else:
        current: list[str] = []
        for line in lines:
            current.append(line)
            if len(line) < FULL_LINE * max(width, MIN_WRAP_WIDTH):  # 'Maria Lopez, 34, Houston' then her quote
                paragraphs.append(current)
                current = []
        if current:
            paragraphs.append(current)
    return [" ".join(" ".join(paragraph).split()) for paragraph in paragraphs]


def split_layout(text: str, headline_line: bool = False) -> Layout:
    layout = Layout()
    blocks = split_blocks(text)
    if headline_line and len(blocks) > 1 and _is_headline(blocks[0]):
        layout.title = blocks.pop(0)[0]  # as written: a headline line is kept verbatim
    for block in blocks:
        kept = [line for line in block if not _take_line(line, layout)]
        if not kept:
            continue
        for paragraph in unwrap(kept):
            if not _take_caption(paragraph, layout):
                layout.paragraphs.append(paragraph)
    if layout.paragraphs:
        match = DATELINE.match(layout.paragraphs[0])
        if match and len(layout.paragraphs[0]) > match.end() + 20:
            layout.dateline = match.group(1)
            layout.paragraphs[0] = layout.paragraphs[0][match.end():]
    return layout


def _is_headline(block: list[str]) -> bool:
    line = block[0]
    ends_sentence = SENTENCE_END.search(line) and not line.endswith(("...", "…"))
    return len(block) == 1 and len(line.split()) <= 25 and not ends_sentence and not URL_LINE.match(line)


def _take_line(line: str, layout: Layout) -> bool:
    """Claim a line that is not story text; return whether it was claimed."""
    if URL_LINE.match(line):
        layout.url_lines.append(line.strip("<>"))
        return True
    if match := RELATED.match(line):
        layout.related_titles.append(match.group(1).strip())
        return True
    if not layout.authors and (match := BYLINE.match(line)):
        layout.authors = [a for a in re.split(r"\s*(?:,|\band\b|&)\s*", match.group(1)) if a]
        return True
    if layout.published is None and (match := PUBLISHED.match(line)) and re.search(r"\d", match.group(1)):
        layout.published = match.group(1).strip()
        return True
    return False


def _take_caption(paragraph: str, layout: Layout) -> bool:
    """A paragraph ending in a photo credit is a caption (only the first one is kept as such)."""
    match = CREDIT_TAIL.search(paragraph)
    if not match or layout.photo_credit is not None:
        return False
    layout.photo_credit = match.group(1).strip()
    caption = paragraph[: match.start()].strip()
    layout.caption = caption or None
    return True
