from datetime import date

from pipeline.extract.links import extract_links
from pipeline.extract.urls import date_in_path, normalize_url
from tests.conftest import article_from


def test_tracking_parameters_fragment_and_case():
    n = normalize_url("HTTPS://WWW.Example.CO.UK:443/a/b?id=7&utm_source=x&fbclid=y&gclid=z#top")
    assert n.url == "https://www.example.co.uk/a/b?id=7"
    assert n.host == "www.example.co.uk" and n.domain == "example.co.uk"
    assert n.tracking_params_removed == ["utm_source", "fbclid", "gclid"]


def test_dates_in_paths():
    assert date_in_path("/2025/11/12/story") == date(2025, 11, 12)
    assert date_in_path("/news/2024-02-29-leap") == date(2024, 2, 29)
    assert date_in_path("/politika/11019147") is None
    assert date_in_path("/2024/13/40/x") is None


def test_seed_links_roles_and_related_title(seed_text, seed_expected):
    links = {link.url: link for link in extract_links(article_from(seed_text))}
    for want in seed_expected["links"]:
        got = links[want["url"]]
        assert (got.url_normalized, got.domain, got.role) == (want["url_normalized"], want["domain"], want["role"])
        if "title" in want:
            assert got.anchor_text == want["title"]
        if "url_date" in want:
            assert got.url_date.isoformat() == want["url_date"]


def test_inline_links_keep_their_offset():
    article = article_from("Read the report at https://gov.example.org/report.pdf, published today.")
    (link,) = extract_links(article)
    assert link.role == "inline" and article.body[link.start_char :].startswith("https://gov.example.org/report.pdf")
    assert link.url == "https://gov.example.org/report.pdf"


def test_html_anchor_links_are_resolved_and_point_at_their_anchor_text():
    article = article_from("Storm warning\n\nThe storm followed a warning from forecasters and the Met Office alert.")
    article.url = "https://daily.example.com/storm"
    article.anchors = [("/2025/11/10/warning?utm_source=tw", "warning from forecasters"), ("mailto:desk@example.com", "desk"),
                       ("https://www.metoffice.gov.uk/", "Met Office")]
    links = extract_links(article)
    assert [(link.url_normalized, link.anchor_text, link.role) for link in links] == [
        ("https://daily.example.com/2025/11/10/warning", "warning from forecasters", "inline"),
        ("https://www.metoffice.gov.uk", "Met Office", "inline"),
    ]
    assert all(article.body[link.start_char:].startswith(link.anchor_text) for link in links)
    assert links[0].url_date == date(2025, 11, 10) and links[0].tracking_params_removed == ["utm_source"]
