from pipeline.normalize.metadata import identify_language, parse_published
from tests.conftest import article_from


def test_seed_article_normalises_as_a_reader_would(seed_text, seed_expected):
    article = article_from(seed_text)
    expected = seed_expected["article"]
    assert article.title is None
    assert article.caption == expected["caption"]
    assert article.photo_credit == expected["photo_credit"]
    assert len(article.paragraphs) == expected["body_paragraph_count"]
    assert article.paragraphs[0] == expected["body_first_paragraph"]
    assert article.paragraphs[-1] == expected["body_last_paragraph"]
    assert article.related_titles == expected["related_titles"]
    assert all(text not in article.body for text in expected["not_in_body"])
    assert article.published_date is None and article.language == "en"


def test_paragraph_offsets_point_into_the_body():
    article = article_from("Title line\n\nOne paragraph.\n\nTwo paragraph.")
    assert [article.body[s : s + 3] for s in article.paragraph_starts] == ["One", "Two"]
    assert article.paragraph_index(article.paragraph_starts[1] + 2) == 1


def test_ids_depend_on_the_path_not_the_content():
    assert article_from("Some text.", "x.txt").article_id == article_from("Other text.", "x.txt").article_id
    assert article_from("Some text.", "x.txt").article_id != article_from("Some text.", "y.txt").article_id


def test_dates_and_language():
    assert parse_published("2024-03-05 09:30:00").isoformat() == "2024-03-05T09:30:00+00:00"
    assert parse_published("5 March 2024 10:00 +0100").isoformat() == "2024-03-05T09:00:00+00:00"
    assert parse_published("no date here") is None
    assert identify_language("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.") == "fr"
    assert identify_language("Hi") == "und"
