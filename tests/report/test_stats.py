import pandas as pd

from pipeline.report.render import render
from pipeline.report.stats import COLUMNS, coverage


def small_tables():
    return {
        "articles": pd.DataFrame({
            "article_id": ["a1", "a2", "a3"], "site": ["bbc.co.uk", "bbc.co.uk", None],
            "published_date": pd.to_datetime(["2025-01-03", "2025-02-10", None], utc=True),
            "duplicate_of": [None, None, "a1"], "language": ["en", "en", "de"],
        }),
        "quotes": pd.DataFrame({
            "article_id": ["a1", "a1", "a1", "a2"], "kind": ["direct", "direct", "indirect", "direct"],
            "form": ["full", "partial", None, "full"], "speaker": ["Gordon Brown", "Gordon Brown", "Tony Blair", None],
            "speaker_entity_id": ["e1", "e1", "e2", None],
        }),
        "entities": pd.DataFrame({
            "article_id": ["a1", "a2", "a1", "a2"], "name": ["Gordon Brown", "Gordon Brown", "BBC", "London"],
            "label": ["PERSON", "PERSON", "ORG", "GPE"], "entity_key": ["person:gordon brown"] * 2 + ["org:bbc", "place:london"],
        }),
        "links": pd.DataFrame({"article_id": ["a1", "a1", "a2"], "domain": ["ons.gov.uk", "ons.gov.uk", "bbc.co.uk"],
                               "role": ["source", "inline", "related"]}),
        "rejects": pd.DataFrame({"source_path": ["x.txt", "y.pdf"], "reason_code": ["empty", "binary"]}),
    }


def test_coverage_figures():
    figures = coverage(small_tables())
    assert figures.top_speakers.iloc[0].tolist() == ["Gordon Brown", 2, 0.5]  # 2 of 4 quotes
    assert figures.headline["quotes with a speaker"] == "75%" and figures.headline["most quoted"] == "Gordon Brown"
    assert figures.quotes_by_kind_form.loc["direct"].to_dict() == {"(reported)": 0, "full": 2, "partial": 1}
    assert figures.top_entities["People"].values.tolist() == [["Gordon Brown", 2]]
    assert figures.domains_by_role.loc["ons.gov.uk"].to_dict() == {"inline": 1, "related": 0, "source": 1}
    assert figures.articles_per_site.to_dict() == {"bbc.co.uk": 2, "(unknown)": 1}
    assert figures.articles_per_month.tolist() == [1, 1]
    assert figures.quality == {"files rejected": 2, "articles without any quote": 1, "quotes without a speaker": 1,
                               "duplicate articles": 1, "articles not in English": 1}


def test_empty_tables_still_render_a_page():
    empty = {table: pd.DataFrame({column: pd.Series(dtype=object) for column in columns}) for table, columns in COLUMNS.items()}
    report = render(coverage(empty))
    assert report.html.count("data:image/png;base64,") == 7 and "Data quality" in report.html
