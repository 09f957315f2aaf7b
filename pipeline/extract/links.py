"""Every URL of an article, with the role it plays.

Roles: `related` (a URL line that belongs to a "Related article:" title), `source` (another
URL-only line: the outlet cites it), `inline` (a URL inside a paragraph, or an HTML link with
its anchor text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin

from pipeline.extract.urls import normalize_url, slug_words
from pipeline.normalize.article import Article

INLINE_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”'‘’()\[\]]+", re.I)
TRAILING_PUNCTUATION = ".,;:!?"
# Share of a related title's words that must appear in a URL's path to pair them.
RELATED_MATCH = 0.6


@dataclass
class Link:
    url: str
    url_normalized: str
    host: str
    domain: str
    url_date: date | None
    role: str
    anchor_text: str | None
    tracking_params_removed: list[str] = field(default_factory=list)
    start_char: int | None = None  # in the body, for inline links


def extract_links(article: Article) -> list[Link]:
    links = [_line_link(url, article.related_titles) for url in article.url_lines]
    for match in INLINE_URL.finditer(article.body):
        url = match.group(0).rstrip(TRAILING_PUNCTUATION)
        links.append(_link(url, "inline", None, start_char=match.start()))
    return links + _anchor_links(article)


def _anchor_links(article: Article) -> list[Link]:
    """HTML links: the anchor is found in the body in reading order, for its offset."""
    links, cursor = [], 0
    for url, anchor in article.anchors:
        absolute = urljoin(article.url or "", url)
        if not absolute.lower().startswith(("http://", "https://")):
            continue  # mailto:, javascript:, or relative with no page URL to resolve it
        at = article.body.find(anchor, cursor)
        if at >= 0:
            cursor = at + len(anchor)
        links.append(_link(absolute, "inline", anchor, start_char=at if at >= 0 else None))
    return links


def _line_link(url: str, related_titles: list[str]) -> Link:
    title = _matching_title(url, related_titles)
    return _link(url, "related" if title else "source", title)


def _link(url: str, role: str, anchor_text: str | None, start_char: int | None = None) -> Link:
    normalized = normalize_url(url)
    return Link(
        url=url,
        url_normalized=normalized.url,
        host=normalized.host,
        domain=normalized.domain,
        url_date=normalized.url_date,
        role=role,
        anchor_text=anchor_text,
        tracking_params_removed=normalized.tracking_params_removed,
        start_char=start_char,
    )


def _matching_title(url: str, titles: list[str]) -> str | None:
    path_words = slug_words(url.split("://", 1)[-1].split("/", 1)[-1])
    best, best_share = None, 0.0
    for title in titles:
        words = slug_words(title)
        share = len(words & path_words) / len(words) if words else 0.0
        if share >= RELATED_MATCH and share > best_share:
            best, best_share = title, share
    return best
