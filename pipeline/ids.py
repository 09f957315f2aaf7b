"""Stable identifiers: hashes of what identifies a row, so reruns give the same ids."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object) -> str:
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def article_id(source_path: str, record: int | None) -> str:
    """From the path (and record), not the content: a corrected file keeps its id."""
    return stable_id("article", source_path, record)
