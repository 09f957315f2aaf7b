import pandas as pd
import pytest

from pipeline.tables.build import assign_duplicates, frame
from pipeline.tables.docs import BEGIN, END, data_dictionary
from pipeline.tables.schemas import TABLES, arrow_schema, columns, empty
from pipeline.tables.validate import accounting_failures, integrity_failures, link_offset_failures, offset_failures, schema_failures
from tests.conftest import FIXTURES

README = FIXTURES.parent.parent / "README.md"


@pytest.mark.parametrize("table", list(TABLES))
def test_every_column_is_documented_and_typed(table):
    assert list(arrow_schema(table).names) == columns(table)
    for name, column in TABLES[table].to_schema().columns.items():
        assert column.description, f"{table}.{name} has no description"
    assert list(empty(table).columns) == columns(table)


def test_readme_data_dictionary_is_generated_from_the_models():
    text = README.read_text(encoding="utf-8")
    generated = text.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert generated == data_dictionary().strip(), "run `make docs` to regenerate the README's data dictionary"


def test_schema_failures_name_the_column():
    rejects = frame("rejects", [{"source_path": "a", "record": None, "reason_code": "empty", "reason": "x", "size_bytes": 0, "content_sha256": None}])
    assert schema_failures("rejects", rejects) == []
    rejects.loc[0, "size_bytes"] = -5
    assert any("size_bytes" in f for f in schema_failures("rejects", rejects))


def test_list_columns_must_hold_strings():
    bad = empty("links").astype(object)
    bad.loc[0] = ["0" * 16, "a" * 16, "u", "u", "h", "d", None, "inline", None, [1, 2], None]
    assert any("list" in f for f in schema_failures("links", bad))


def test_duplicates_point_to_the_earliest_article_with_the_same_headline_and_body():
    now = pd.Timestamp("2024-01-01", tz="UTC")
    articles = pd.DataFrame({
        "article_id": ["a", "b", "c", "d"], "title": ["T", "T", "T", "New headline"],
        "body_sha256": ["same", "same", "other", "same"], "record": [None] * 4,
        "ingested_at": [now + pd.Timedelta(days=1), now, now, now], "source_path": ["x", "y", "z", "w"],
    })
    assert assign_duplicates(articles).tolist() == ["b", None, None, None]


def test_integrity_offsets_and_accounting_report_problems():
    articles = pd.DataFrame({"article_id": ["a"], "source_path": ["f.txt"], "body": ["He said hi."], "caption": [None]})
    quotes = pd.DataFrame({"quote_id": ["q"], "article_id": ["a"], "location": ["body"], "start_char": [8], "end_char": [10],
                           "piece_starts": [[8]], "piece_ends": [[10]], "text": ["hi"], "speaker_entity_id": ["missing"]})
    tables = {"articles": articles, "quotes": quotes, "entities": pd.DataFrame({"article_id": ["zz"], "entity_id": ["e"]}),
              "links": pd.DataFrame({"article_id": []})}
    assert offset_failures(articles, quotes) == []
    assert offset_failures(articles, quotes.assign(start_char=7, piece_starts=[[7]])) != []
    two_pieces = pd.DataFrame({"quote_id": ["q"], "article_id": ["a"], "location": ["body"], "start_char": [0], "end_char": [10],
                               "piece_starts": [[0, 8]], "piece_ends": [[2, 10]], "text": ["He hi"]})
    assert offset_failures(articles, two_pieces) == []
    assert len(integrity_failures(tables)) == 2
    rejects = pd.DataFrame({"source_path": ["bad.bin"]})
    assert accounting_failures(["f.txt", "bad.bin"], articles, rejects) == []
    assert accounting_failures(["f.txt", "bad.bin", "lost.txt"], articles, rejects) == ["lost.txt: neither an article nor a reject"]


def test_link_offsets_point_at_anchor_text_or_url():
    articles = pd.DataFrame({"article_id": ["a"], "body": ["See the Met Office site at https://metoffice.gov.uk now."]})
    links = pd.DataFrame({
        "link_id": ["l1", "l2", "l3"], "article_id": ["a"] * 3, "anchor_text": ["Met Office", None, None],
        "url": ["https://www.metoffice.gov.uk/", "https://metoffice.gov.uk", "https://example.com/line"],
        "start_char": pd.array([8, 27, None], dtype="Int64"),
    })
    assert link_offset_failures(articles, links) == []
    assert link_offset_failures(articles, links.assign(start_char=pd.array([9, 27, None], dtype="Int64"))) != []
