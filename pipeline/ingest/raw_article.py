"""What a reader makes of one input record, before normalisation."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawArticle:
    source_path: str
    source_format: str  # text, html, json, jsonl
    text: str  # the article's text: paragraphs separated by blank lines or one per line
    record: int | None = None  # 1-based line (JSONL) or index (JSON array) inside the file
    title: str | None = None
    url: str | None = None
    published: str | None = None  # as stated by the input, parsed later
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    has_headline_line: bool = False  # plain text whose first line may be a headline
    anchors: list[tuple[str, str]] = field(default_factory=list)  # (url, anchor text) of HTML links, in order
