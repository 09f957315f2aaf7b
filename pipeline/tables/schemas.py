"""The one definition of every table: columns, types, meanings and rules.

Column docs in the README, Dagster table metadata and the Parquet (Arrow) schema are all
derived from these models; change a column here and nowhere else.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.typing import Series

UtcTimestamp = Annotated[pd.DatetimeTZDtype, "ns", "UTC"]
LIST_ITEM_TYPES = {"string": (str, pyarrow.string()), "int64": (int, pyarrow.int64())}


def _list(item: str, description: str) -> pa.Field:
    # Lists are stored as Arrow list<item>; pandas reads them back as arrays.
    return pa.Field(description=description, metadata={"list_of": item})


def _list_item(column) -> str | None:
    return (column.metadata or {}).get("list_of")


class _Table(pa.DataFrameModel):
    class Config:
        coerce = True
        strict = True

    @pa.dataframe_check(error="list columns must hold lists of their item type")
    def lists_hold_their_type(cls, df: pd.DataFrame) -> pd.Series:
        ok = pd.Series(True, index=df.index)
        for name, column in cls.to_schema().columns.items():
            if item := _list_item(column):
                kind = LIST_ITEM_TYPES[item][0]
                ok &= df[name].map(lambda v, k=kind: _is_list_of(v, k))
        return ok


def _is_list_of(value, kind: type) -> bool:
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        return False
    return all(isinstance(x, kind) or (kind is int and hasattr(x, "dtype") and x.dtype.kind == "i") for x in value)


class Articles(_Table):
    article_id: Series[str] = pa.Field(unique=True, str_length=16, description="Stable id: a hash of the source path (and record).")
    source_path: Series[str] = pa.Field(description="POSIX path of the raw file, relative to the raw folder.")
    record: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description="Line (JSONL) or position (JSON array) of the article in its file; null for one-article files.")
    source_format: Series[str] = pa.Field(isin=["text", "html", "json", "jsonl"], description="How the file was read.")
    content_sha256: Series[str] = pa.Field(str_length=64, description="SHA-256 of the article's decoded input text: tells versions of one article apart.")
    title: Series[str] = pa.Field(nullable=True, description="Headline as stated by the input; null when it has none (never invented).")
    body: Series[str] = pa.Field(description="Normalised story text: paragraphs joined by a blank line, hard wraps undone; no caption, credit, related-article or URL-only lines.")
    body_sha256: Series[str] = pa.Field(str_length=64, description="SHA-256 of `body`: equal bodies, equal hashes (with the title, how duplicate_of is found).")
    caption: Series[str] = pa.Field(nullable=True, description="Photo caption, without its credit.")
    photo_credit: Series[str] = pa.Field(nullable=True, description="Photo credit as written, e.g. 'Sergei Savostyanov / TASS'.")
    related_titles: Series[object] = _list("string", "Titles from 'Related article:' lines.")
    published_date: Series[UtcTimestamp] = pa.Field(nullable=True, description="Publication time stated by the input (UTC); null when not stated.")
    url: Series[str] = pa.Field(nullable=True, description="The article's own URL, when the input gives it.")
    site: Series[str] = pa.Field(nullable=True, description="Publisher or site name, or the URL's host.")
    authors: Series[object] = _list("string", "Authors from metadata or a 'By ...' line.")
    dateline: Series[str] = pa.Field(nullable=True, description="Dateline removed from the first paragraph, e.g. 'WASHINGTON (AFP)'.")
    language: Series[str] = pa.Field(description="ISO 639-1 language identified offline from the body ('und' when too short to tell).")
    word_count: Series[int] = pa.Field(ge=0, description="Words in the body.")
    paragraph_count: Series[int] = pa.Field(ge=0, description="Paragraphs in the body.")
    duplicate_of: Series[str] = pa.Field(nullable=True, description="article_id of an earlier article with the same headline and body, else null.")
    ingested_at: Series[UtcTimestamp] = pa.Field(description="When the pipeline first saw this article (UTC); kept across reruns.")
    extraction_version: Series[str] = pa.Field(description="Version of the extraction code that produced the row.")


class Quotes(_Table):
    quote_id: Series[str] = pa.Field(unique=True, str_length=16, description="Stable id: a hash of article, location, kind and offsets.")
    article_id: Series[str] = pa.Field(description="The article the quote is in.")
    kind: Series[str] = pa.Field(isin=["direct", "indirect"], description="'direct' (in quote marks) or 'indirect' (reported speech). Titles of works in quote marks ('on CNN’s “New Day,”', 'his book, “Crippled America”') are not quotes, nor are scare quotes of a few words that no one speaks.")
    form: Series[str] = pa.Field(nullable=True, isin=["full", "partial", "fragment"], description="Direct quotes: 'full' sentence(s), 'partial' (inside a sentence of the writer's) or 'fragment' (up to three words); null for indirect.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The quoted words, without quote marks.")
    speaker: Series[str] = pa.Field(nullable=True, description="Canonical speaker: the full name the article gives ('Vladimir Putin', also for 'the president' after 'President Vladimir Putin'), a name without the words that describe it ('Lord Browne' for 'BP chief executive Lord Browne'), or the group named; the poll for its own words in quote marks ('in the poll, 62 percent said the council was “out of touch”'); null when unknown.")
    speaker_mention: Series[str] = pa.Field(nullable=True, description="The words that named the speaker for this quote, as written ('he', 'Mr Putin', 'who' in 'Weaver, who said').")
    speaker_entity_id: Series[str] = pa.Field(nullable=True, description="entity_id of the speaker in `entities`, when the speaker is a named entity.")
    cue: Series[str] = pa.Field(nullable=True, description="The attributing words ('said', 'told', 'quoted ... as saying').")
    channel: Series[str] = pa.Field(nullable=True, description="Who relayed the words: TASS in 'TASS quoted Antonov as saying'; Clinton in 'Clinton noted that Sanders called the president “weak”' (Sanders speaks); the poll in 'in a Gallup poll, 47 percent said …' (the 47 percent speak).")
    location: Series[str] = pa.Field(isin=["body", "caption"], description="Where the quote stands: offsets are into `body` or into `caption`.")
    paragraph_index: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="0-based body paragraph; null for caption quotes.")
    start_char: Series[int] = pa.Field(ge=0, description="Start of the quote in the body (or caption). A quote within a quote of the other kind of marks ('\"… interjecting, “Only Rosie.” …\"') is a row of its own, inside the other's offsets.")
    end_char: Series[int] = pa.Field(ge=0, description="End of the quote: body[start_char:end_char] == text when the quote is one piece.")
    piece_starts: Series[object] = _list("int64", "Start of each quoted piece; a quote interrupted by its attribution ('“X,” he said, “Y.”') or running over paragraphs has several.")
    piece_ends: Series[object] = _list("int64", "End of each piece: text == ' '.join(body[s:e] for each piece).")


class Entities(_Table):
    entity_id: Series[str] = pa.Field(unique=True, str_length=16, description="Stable id: a hash of article and entity_key.")
    article_id: Series[str] = pa.Field(description="The article mentioning the entity.")
    name: Series[str] = pa.Field(description="Canonical name: the fullest form in the article ('Vladimir Putin' for 'Putin', 'General Motors' for 'GM').")
    label: Series[str] = pa.Field(isin=["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"], description="spaCy entity label, one per entity (dates and numbers excluded).")
    entity_key: Series[str] = pa.Field(description="Groups one entity across articles: coarse type and folded name, e.g. 'person:vladimir putin'.")
    mention_count: Series[int] = pa.Field(ge=1, description="Mentions in the body, caption and title.")
    surface_forms: Series[object] = _list("string", "Distinct forms as written ('Putin', 'Putin’s').")
    first_start_char: Series[int] = pa.Field(ge=0, description="Offset of the first mention in `first_location`.")
    first_location: Series[str] = pa.Field(isin=["body", "caption", "title"], description="Where the first mention stands: the body, else the caption, else the title.")
    role: Series[str] = pa.Field(nullable=True, description="Title or role first written next to the name ('U.S. President', 'Tory leader', 'director general of the chamber'); not a courtesy title ('Mr'). A speaker named only by it ('the Tory leader said') is the person it introduced.")
    quote_count: Series[int] = pa.Field(ge=0, description="Quotes in `quotes` attributed to this entity.")


class Links(_Table):
    link_id: Series[str] = pa.Field(unique=True, str_length=16, description="Stable id: a hash of article, URL and position.")
    article_id: Series[str] = pa.Field(description="The article the URL is in.")
    url: Series[str] = pa.Field(description="The URL as found.")
    url_normalized: Series[str] = pa.Field(description="Tracking parameters removed (utm_*, fbclid, gclid...), scheme and host lower-cased, fragment dropped.")
    host: Series[str] = pa.Field(description="Host name, lower-case.")
    domain: Series[str] = pa.Field(description="Registered domain from the public suffix list ('bbc.co.uk').")
    url_date: Series[pa.DateTime] = pa.Field(nullable=True, description="Date written in the URL's path, if any.")
    role: Series[str] = pa.Field(isin=["source", "related", "inline"], description="'related' (belongs to a related-article title), 'source' (a URL line the story cites) or 'inline' (a URL inside a paragraph, or an HTML link).")
    anchor_text: Series[str] = pa.Field(nullable=True, description="Text the link belongs to: its related-article title, or the anchor text of an HTML link.")
    tracking_params_removed: Series[object] = _list("string", "Query parameters removed as tracking.")
    start_char: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Offset in the body of an inline URL or of an HTML link's anchor text; null otherwise.")


class Rejects(_Table):
    source_path: Series[str] = pa.Field(description="POSIX path of the raw file, relative to the raw folder.")
    record: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description="Line or record number for a bad record inside a JSON/JSONL file; null when the whole file was rejected.")
    reason_code: Series[str] = pa.Field(description="Stable code: empty, binary, undecodable, too_large, malformed_json, not_an_article, no_article_text, outside_link, not_a_file, vanished, changed_while_read, unreadable, internal_error.")
    reason: Series[str] = pa.Field(description="What went wrong, in a sentence.")
    size_bytes: Series[int] = pa.Field(ge=0, description="Size of the file in bytes.")
    content_sha256: Series[str] = pa.Field(nullable=True, description="SHA-256 of the file when it could be read.")


TABLES: dict[str, type[_Table]] = {
    "articles": Articles, "quotes": Quotes, "entities": Entities, "links": Links, "rejects": Rejects,
}

DESCRIPTIONS = {
    "articles": "One row per article: normalised body, caption and credit, related titles, metadata.",
    "quotes": "Direct and reported quotes with their resolved speakers, cues and offsets into the body.",
    "entities": "One row per real-world entity per article, with mention counts and a cross-article key.",
    "links": "Every URL in an article, normalised, with host, registered domain, date and role.",
    "rejects": "Input files (or records) that could not be read as articles, with the reason.",
}


def columns(table: str) -> list[str]:
    return list(TABLES[table].to_schema().columns)


def arrow_schema(table: str) -> pyarrow.Schema:
    fields = []
    for name, column in TABLES[table].to_schema().columns.items():
        fields.append(pyarrow.field(name, _arrow_type(column), nullable=True))
    return pyarrow.schema(fields)


def _arrow_type(column) -> pyarrow.DataType:
    if item := _list_item(column):
        return pyarrow.list_(LIST_ITEM_TYPES[item][1])
    dtype = str(column.dtype)
    if dtype.startswith("datetime64[ns, UTC]"):
        return pyarrow.timestamp("ns", tz="UTC")
    if dtype.startswith("datetime64"):
        return pyarrow.timestamp("ns")
    return {"str": pyarrow.string(), "int64": pyarrow.int64(), "Int64": pyarrow.int64(), "bool": pyarrow.bool_()}[dtype]


def empty(table: str) -> pd.DataFrame:
    """A table with no rows and the schema's dtypes (a copy: callers may add to it)."""
    return _validated_empty(table).copy()


@lru_cache(maxsize=None)
def _validated_empty(table: str) -> pd.DataFrame:
    # Validation sets the dtypes; it costs ~80 ms a call, and a fresh build asks once per table per shard.
    return TABLES[table].validate(pd.DataFrame({name: pd.Series([], dtype=object) for name in columns(table)}))


def describe_columns(table: str) -> list[tuple[str, str, bool, str]]:
    """(name, type, nullable, description) per column, for docs and Dagster metadata."""
    rows = []
    for name, column in TABLES[table].to_schema().columns.items():
        item = _list_item(column)
        kind = f"list of {item}" if item else str(column.dtype)
        rows.append((name, kind, bool(column.nullable), column.description or ""))
    return rows
