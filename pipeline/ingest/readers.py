"""One reader per format; the format is detected from the content as well as the extension."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import yaml

from pipeline.ingest.errors import Rejected
from pipeline.ingest.raw_article import RawArticle

# Field names used by news-please, trafilatura and common scrapers, in order of preference.
TEXT_FIELDS = ("text", "maintext", "body", "content", "raw_text")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url", "source_url")
DATE_FIELDS = ("date_publish", "published", "date", "published_at", "pubdate", "datePublished")
AUTHOR_FIELDS = ("authors", "author", "byline")
SITE_FIELDS = ("source_domain", "site", "sitename", "hostname", "publisher")

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
HTML_START = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<article|<meta|<!--)", re.I)


def detect_format(rel_path: str, text: str) -> str:
    head = text.lstrip()[:1]
    name = rel_path.lower()
    if HTML_START.match(text) or name.endswith((".html", ".htm", ".xhtml")) and "<" in text[:2000]:
        return "html"
    if name.endswith(".jsonl") or name.endswith(".ndjson"):
        return "jsonl"
    if head in "{[" and (name.endswith(".json") or _is_json(text)):
        return "json"
    if head == "{" and _looks_like_jsonl(text):
        return "jsonl"
    return "text"


def parse(rel_path: str, text: str) -> Iterator[RawArticle | Rejected]:
    """Yield the articles of one decoded file; a bad record yields a Rejected in its place."""
    fmt = detect_format(rel_path, text)
    if fmt == "html":
        yield _parse_html(rel_path, text)
    elif fmt == "json":
        yield from _parse_json(rel_path, text)
    elif fmt == "jsonl":
        yield from _parse_jsonl(rel_path, text)
    else:
        yield _parse_text(rel_path, text)


def _parse_text(rel_path: str, text: str) -> RawArticle:
    meta: dict[str, Any] = {}
    match = FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
            text = text[match.end():]
    article = _from_mapping(rel_path, "text", meta, text=text)
    article.has_headline_line = article.title is None
    return article


def _parse_html(rel_path: str, html: str) -> RawArticle:
    import trafilatura  # imported here: heavy, and only HTML needs it

    # include_links keeps <a> elements as `ref` in the extracted tree and `[anchor](url)` in its text.
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_links=True)
    doc = extracted.as_dict() if extracted is not None else {}
    if not (doc.get("text") or "").strip():
        raise Rejected("no_article_text", "The HTML page has no article text that could be extracted.")
    anchors = _once([(ref.get("target"), "".join(ref.itertext()).strip()) for ref in extracted.body.iter("ref") if ref.get("target")])
    text = "\n".join(_once(doc["text"].split("\n")))
    article = _from_mapping(rel_path, "html", doc, text=_without_link_markup(text, anchors))
    article.anchors = [(url, anchor) for url, anchor in anchors if anchor]
    return article


def _once(items: list) -> list:
    """trafilatura returns some short pages' text twice over (its fallback extraction appended,
    sometimes after the headline); keep one copy."""
    for lead in (0, 1):
        rest = items[lead:]
        half = len(rest) // 2
        if rest and len(rest) % 2 == 0 and rest[:half] == rest[half:]:
            return items[: lead + half]
    return items


def _without_link_markup(text: str, anchors: list[tuple[str, str]]) -> str:
    """Turn trafilatura's `[anchor](url)` back into the anchor, for exactly the links it found."""
    out, cursor = [], 0
    for url, anchor in anchors:
        markup = f"[{anchor}]({url})"
        at = text.find(markup, cursor)
        if at < 0:
            continue
        out += [text[cursor:at], anchor]
        cursor = at + len(markup)
    return "".join(out) + text[cursor:]


def _parse_json(rel_path: str, text: str) -> Iterator[RawArticle | Rejected]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise Rejected("malformed_json", f"The JSON is malformed at line {error.lineno}, column {error.colno}: {error.msg}.") from None
    if data == []:
        raise Rejected("no_article_text", "The JSON document is an empty list: it holds no article.")
    records = data if isinstance(data, list) else [data]
    single = not isinstance(data, list)
    for index, record in enumerate(records, start=1):
        yield _record(rel_path, "json", record, None if single else index)


def _parse_jsonl(rel_path: str, text: str) -> Iterator[RawArticle | Rejected]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejected("malformed_json", f"Line {number} is not valid JSON ({error.msg}).", number)
            continue
        yield _record(rel_path, "jsonl", record, number)


def _record(rel_path: str, fmt: str, record: Any, index: int | None) -> RawArticle | Rejected:
    where = f"Record {index}" if index is not None else "The JSON document"
    if not isinstance(record, dict):
        return Rejected("not_an_article", f"{where} is not an object with article fields.", index)
    body = _first(record, TEXT_FIELDS)
    if not isinstance(body, str) or not body.strip():
        return Rejected("no_article_text", f"{where} has no article text (none of the fields {', '.join(TEXT_FIELDS)}).", index)
    article = _from_mapping(rel_path, fmt, record, text=body)
    article.record = index
    return article


def _from_mapping(rel_path: str, fmt: str, meta: dict[str, Any], text: str) -> RawArticle:
    return RawArticle(
        source_path=rel_path,
        source_format=fmt,
        text=text,
        title=_clean(_first(meta, TITLE_FIELDS)),
        url=_clean(_first(meta, URL_FIELDS)),
        published=_clean(_first(meta, DATE_FIELDS)),
        authors=_authors(_first(meta, AUTHOR_FIELDS)),
        site=_clean(_first(meta, SITE_FIELDS)),
    )


def _first(mapping: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = mapping.get(key)
        if value not in (None, "", []):
            return value
    return None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _authors(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        parts = re.split(r"\s*(?:;|\band\b|,)\s*", value)
    elif isinstance(value, list):
        parts = [item.get("name", "") if isinstance(item, dict) else str(item) for item in value]
    else:
        parts = [str(value)]
    return [p for p in (_clean(part) for part in parts) if p]


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    return _is_json(first)
