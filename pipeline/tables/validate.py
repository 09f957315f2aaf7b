"""Checks over whole tables: schema, agreement between tables, offsets, accounting.

Each returns a list of failure examples (empty when the check passes), so that the Dagster
asset checks and the tests share one implementation.
"""

from __future__ import annotations

import pandas as pd
import pandera.errors

from pipeline.tables.schemas import TABLES

MAX_EXAMPLES = 10


def schema_failures(table: str, df: pd.DataFrame) -> list[str]:
    try:
        TABLES[table].validate(df, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases.head(MAX_EXAMPLES)
        return [f"{row.column}: {row.check} (value {row.failure_case!r})" for row in cases.itertuples()]
    return []


def integrity_failures(tables: dict[str, pd.DataFrame]) -> list[str]:
    articles = set(tables["articles"]["article_id"])
    failures = []
    for table in ("quotes", "entities", "links"):
        orphans = tables[table].loc[~tables[table]["article_id"].isin(articles)]
        failures += [f"{table} row of unknown article {a}" for a in orphans["article_id"].head(MAX_EXAMPLES)]
    speakers = tables["quotes"]["speaker_entity_id"].dropna()
    missing = speakers[~speakers.isin(set(tables["entities"]["entity_id"]))]
    failures += [f"quote speaker_entity_id {e} not in entities" for e in missing.head(MAX_EXAMPLES)]
    return failures[:MAX_EXAMPLES]


def offset_failures(articles: pd.DataFrame, quotes: pd.DataFrame) -> list[str]:
    """text is the body's text at the quote's pieces (caption quotes: the caption's); a quote of
    one piece is body[start_char:end_char]."""
    texts = articles.set_index("article_id")[["body", "caption"]]
    failures = []
    for quote in quotes.itertuples():
        if quote.article_id not in texts.index:
            continue
        source = texts.at[quote.article_id, "body" if quote.location == "body" else "caption"] or ""
        pieces = list(zip(quote.piece_starts, quote.piece_ends))
        joined = " ".join(source[start:end] for start, end in pieces)
        whole = source[quote.start_char : quote.end_char]
        if joined != quote.text or (len(pieces) == 1 and whole != quote.text) or (pieces[0][0], pieces[-1][1]) != (quote.start_char, quote.end_char):
            failures.append(f"quote {quote.quote_id}: {quote.location}[{quote.start_char}:{quote.end_char}] != {quote.text[:40]!r}")
    return failures[:MAX_EXAMPLES]


def link_offset_failures(articles: pd.DataFrame, links: pd.DataFrame) -> list[str]:
    """An inline link's offset points at its anchor text (HTML links) or at the URL as written."""
    bodies = articles.set_index("article_id")["body"]
    failures = []
    for link in links.dropna(subset=["start_char"]).itertuples():
        if link.article_id not in bodies.index:
            continue
        expected = link.anchor_text if isinstance(link.anchor_text, str) else link.url
        start = int(link.start_char)
        found = bodies.at[link.article_id][start : start + len(expected)]
        if found != expected:
            failures.append(f"link {link.link_id}: body[{link.start_char}:] is {found[:40]!r}, not {expected[:40]!r}")
    return failures[:MAX_EXAMPLES]


def accounting_failures(raw_paths: list[str], articles: pd.DataFrame, rejects: pd.DataFrame) -> list[str]:
    """Every discovered raw file is at least one article or a rejects row; nothing else is stored."""
    accounted = set(articles["source_path"]) | set(rejects["source_path"])
    lost = [f"{path}: neither an article nor a reject" for path in sorted(set(raw_paths) - accounted)]
    stale = [f"{path}: rows kept for a file no longer in the raw folder" for path in sorted(accounted - set(raw_paths))]
    return (lost + stale)[:MAX_EXAMPLES]
