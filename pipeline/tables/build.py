"""Rows of every table from the extraction results of one article."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from pipeline import EXTRACTION_VERSION
from pipeline.extract.entities import Entity
from pipeline.extract.links import Link
from pipeline.extract.quotes import Quote
from pipeline.ids import stable_id
from pipeline.ingest.errors import Rejected
from pipeline.ingest.read import sha256
from pipeline.normalize.article import Article
from pipeline.tables.schemas import TABLES, columns

SORT_KEYS = {
    "articles": ["source_path", "record"],
    "quotes": ["article_id", "location", "start_char", "kind"],
    "entities": ["article_id", "first_location", "first_start_char", "entity_key"],
    "links": ["article_id", "url", "link_id"],
    "rejects": ["source_path", "record"],
}


def entity_id(article_id: str, entity: Entity) -> str:
    return stable_id("entity", article_id, entity.key)


def article_row(article: Article, ingested_at: datetime) -> dict:
    return {
        "article_id": article.article_id, "source_path": article.source_path, "record": article.record,
        "source_format": article.source_format, "content_sha256": article.content_sha256, "title": article.title,
        "body": article.body, "body_sha256": sha256(article.body.encode("utf-8")),
        "caption": article.caption, "photo_credit": article.photo_credit,
        "related_titles": list(article.related_titles), "published_date": article.published_date, "url": article.url,
        "site": article.site, "authors": list(article.authors), "dateline": article.dateline,
        "language": article.language, "word_count": len(article.body.split()),
        "paragraph_count": len(article.paragraphs), "duplicate_of": None, "ingested_at": ingested_at,
        "extraction_version": EXTRACTION_VERSION,
    }


def quote_rows(article: Article, quotes: list[Quote]) -> list[dict]:
    return [
        {
            "quote_id": stable_id("quote", article.article_id, q.where, q.kind, q.start, q.end),
            "article_id": article.article_id, "kind": q.kind, "form": q.form, "text": q.text, "speaker": q.speaker,
            "speaker_mention": q.speaker_mention,
            "speaker_entity_id": entity_id(article.article_id, q.speaker_entity) if q.speaker_entity else None,
            "cue": q.cue, "channel": q.channel, "location": q.where, "paragraph_index": q.paragraph_index,
            "start_char": q.start, "end_char": q.end,
            "piece_starts": [start for start, _ in q.pieces], "piece_ends": [end for _, end in q.pieces],
        }
        for q in quotes
    ]


def entity_rows(article: Article, entities: list[Entity], quotes: list[Quote]) -> list[dict]:
    rows = []
    for entity in entities:
        first = entity.first
        rows.append({
            "entity_id": entity_id(article.article_id, entity), "article_id": article.article_id,
            "name": entity.name, "label": entity.label, "entity_key": entity.key,
            "mention_count": len(entity.mentions), "surface_forms": entity.surface_forms,
            "first_start_char": first.start, "first_location": first.where, "role": entity.role,
            "quote_count": sum(1 for q in quotes if q.speaker_entity is entity),
        })
    return rows


def link_rows(article: Article, links: list[Link]) -> list[dict]:
    return [
        {
            "link_id": stable_id("link", article.article_id, link.url, link.role, link.start_char, position),
            "article_id": article.article_id, "url": link.url, "url_normalized": link.url_normalized,
            "host": link.host, "domain": link.domain,
            "url_date": pd.Timestamp(link.url_date) if link.url_date else None, "role": link.role,
            "anchor_text": link.anchor_text, "tracking_params_removed": list(link.tracking_params_removed),
            "start_char": link.start_char,
        }
        for position, link in enumerate(links)
    ]


def reject_row(source_path: str, rejected: Rejected, size_bytes: int, sha256: str | None, record: int | None = None) -> dict:
    return {
        "source_path": source_path, "record": record, "reason_code": rejected.code, "reason": rejected.reason,
        "size_bytes": size_bytes, "content_sha256": sha256,
    }


def frame(table: str, rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """A validated, deterministically ordered DataFrame of one table."""
    df = pd.DataFrame(rows, columns=columns(table)) if not isinstance(rows, pd.DataFrame) else rows[columns(table)]
    df = df.astype(object).where(df.notna(), None) if len(df) else pd.DataFrame({c: pd.Series([], dtype=object) for c in columns(table)})
    df = TABLES[table].validate(df)
    return df.sort_values(SORT_KEYS[table], kind="stable", na_position="first").reset_index(drop=True)


def assign_duplicates(articles: pd.DataFrame) -> pd.Series:
    """duplicate_of: the earliest article (first ingested, then by path) with the same headline and
    body. The same story under a new headline is a new version, not a duplicate."""
    order = articles.sort_values(["ingested_at", "source_path", "record"], na_position="first")
    first_by_content: dict[tuple, str] = {}
    duplicate_of = {}
    for article_id, title, body in zip(order["article_id"], order["title"], order["body_sha256"]):
        original = first_by_content.setdefault((title if isinstance(title, str) else None, body), article_id)
        duplicate_of[article_id] = None if original == article_id else original
    return articles["article_id"].map(duplicate_of)
