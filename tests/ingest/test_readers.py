import json

import pytest

from pipeline.ingest.errors import Rejected
from pipeline.ingest.raw_article import RawArticle
from pipeline.ingest.readers import detect_format, parse


def test_format_detected_by_content():
    assert detect_format("a.txt", "<!DOCTYPE html><html></html>") == "html"
    assert detect_format("a.txt", '{"title": "x", "text": "y"}') == "json"
    assert detect_format("a.jsonl", '{"a": 1}\n{"a": 2}') == "jsonl"
    assert detect_format("a.txt", "Plain words.") == "text"


def test_front_matter_gives_metadata():
    (article,) = parse("a.md", "---\ntitle: Hello\nurl: https://x.org/a\ndate: 2024-01-02\nauthors: [Ann Lee]\n---\nBody text here.\n")
    assert (article.title, article.url, article.published, article.authors) == ("Hello", "https://x.org/a", "2024-01-02", ["Ann Lee"])
    assert article.text.strip() == "Body text here."


def test_jsonl_bad_line_rejects_that_line_only():
    lines = [json.dumps({"title": "A", "text": "One."}), "{broken", json.dumps({"title": "B", "maintext": "Two."}), json.dumps({"title": "C"})]
    items = list(parse("feed.jsonl", "\n".join(lines)))
    assert [type(i) for i in items] == [RawArticle, Rejected, RawArticle, Rejected]
    assert [i.record for i in items if isinstance(i, RawArticle)] == [1, 3]
    assert "Line 2" in items[1].reason and items[3].code == "no_article_text"


def test_json_array_and_news_please_fields():
    data = [{"title": "A", "maintext": "One.", "date_publish": "2020-01-01 10:00:00", "authors": ["X Y"], "source_domain": "s.com"}]
    (article,) = parse("a.json", json.dumps(data))
    assert (article.record, article.published, article.site, article.authors) == (1, "2020-01-01 10:00:00", "s.com", ["X Y"])


def test_malformed_json_is_rejected():
    items = []
    try:
        items = list(parse("a.json", '{"title": "x", '))
    except Rejected as rejected:
        assert rejected.code == "malformed_json"
    else:
        raise AssertionError(f"not rejected: {items}")


def test_an_empty_json_list_is_rejected_not_skipped():
    # found by tests/test_property.py: '[]' gave neither an article nor a reject
    with pytest.raises(Rejected) as rejected:
        list(parse("a.json", "[]"))
    assert rejected.value.code == "no_article_text"


def test_html_main_text_and_metadata():
    html = """<html><head><title>Storm hits coast | Daily</title><meta name="author" content="Kim Park">
    <link rel="canonical" href="https://daily.example.com/storm"></head><body><nav>Home News</nav><article><h1>Storm hits coast</h1>
    <p>A powerful storm hit the coast on Monday, cutting power to thousands of homes across the region.</p>
    <p>"We have never seen anything like it," said resident Tom Hill, who has lived in the town for forty years.</p>
    </article><footer>Copyright</footer></body></html>"""
    (article,) = parse("storm.html", html)
    assert article.source_format == "html" and "powerful storm" in article.text and "Copyright" not in article.text
    assert article.text.count("powerful storm") == 1
    assert article.title == "Storm hits coast" and article.url == "https://daily.example.com/storm"


def test_html_links_keep_their_anchor_text_and_leave_no_markup():
    html = """<html><head><link rel="canonical" href="https://daily.example.com/storm"></head><body><article>
    <p>The storm followed a <a href="/2025/11/10/warning?utm_source=tw">warning from forecasters</a> issued on Sunday,
    when the <a href="https://www.metoffice.gov.uk/">Met Office</a> raised its alert for the whole of the coast.</p>
    <p>Residents said they had been ready for days and that most of the town had stayed indoors all night.</p>
    </article></body></html>"""
    (article,) = parse("storm.html", html)
    assert article.anchors == [("https://daily.example.com/2025/11/10/warning?utm_source=tw", "warning from forecasters"),
                               ("https://www.metoffice.gov.uk/", "Met Office")]  # resolved against the canonical URL
    assert "a warning from forecasters issued" in article.text and "](" not in article.text
    assert article.text.count("The storm followed") == 1  # trafilatura doubles short pages
