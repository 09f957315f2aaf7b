"""The normalised article every extractor works on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from pipeline.ids import article_id
from pipeline.ingest.raw_article import RawArticle
from pipeline.ingest.read import sha256
from pipeline.normalize.layout import split_layout
from pipeline.normalize.metadata import identify_language, parse_published

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass
class Article:
    article_id: str
    source_path: str
    record: int | None
    source_format: str
    content_sha256: str
    body: str
    paragraph_starts: list[int]  # offset of each paragraph in `body`
    title: str | None = None
    caption: str | None = None
    photo_credit: str | None = None
    related_titles: list[str] = field(default_factory=list)
    url_lines: list[str] = field(default_factory=list)
    anchors: list[tuple[str, str]] = field(default_factory=list)  # (url, anchor text) of HTML links
    published_date: datetime | None = None
    url: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    language: str = "und"

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split(PARAGRAPH_SEPARATOR) if self.body else []

    def paragraph_index(self, offset: int) -> int:
        index = 0
        for i, start in enumerate(self.paragraph_starts):
            if start <= offset:
                index = i
        return index


def normalize(raw: RawArticle) -> Article:
    layout = split_layout(raw.text, headline_line=raw.has_headline_line)
    starts, position = [], 0
    for paragraph in layout.paragraphs:
        starts.append(position)
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    body = PARAGRAPH_SEPARATOR.join(layout.paragraphs)
    url = raw.url
    return Article(
        article_id=article_id(raw.source_path, raw.record),
        source_path=raw.source_path,
        record=raw.record,
        source_format=raw.source_format,
        content_sha256=sha256(raw.text.encode("utf-8")),
        body=body,
        paragraph_starts=starts,
        title=raw.title or layout.title,
        caption=layout.caption,
        photo_credit=layout.photo_credit,
        related_titles=layout.related_titles,
        url_lines=layout.url_lines,
        anchors=raw.anchors,
        published_date=parse_published(raw.published or layout.published),
        url=url,
        site=raw.site or (urlsplit(url).hostname if url else None),
        authors=raw.authors or layout.authors,
        dateline=layout.dateline,
        language=identify_language(body),
    )
