"""Arbitrary input never crashes reading and normalisation: it becomes articles or a Rejected."""

from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.ingest.decode import decode
from pipeline.ingest.errors import Rejected
from pipeline.ingest.raw_article import RawArticle
from pipeline.ingest.readers import parse
from pipeline.normalize.article import normalize

NAMES = st.sampled_from(["a.txt", "a.json", "a.jsonl", "a.html", "a.md", "noext"])


def read_all(name: str, data: bytes) -> list:
    try:
        text = decode(data)
        return [normalize(item) if isinstance(item, RawArticle) else item for item in parse(name, text)]
    except Rejected as rejected:
        return [rejected]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAMES, st.binary(max_size=2000))
def test_arbitrary_bytes(name, data):
    outcome = read_all(name, data)
    assert outcome and all(isinstance(item, Rejected) or item.article_id for item in outcome)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAMES, st.text(max_size=2000))
def test_arbitrary_text(name, text):
    outcome = read_all(name, text.encode("utf-8"))
    assert outcome
    for item in outcome:
        if not isinstance(item, Rejected):
            assert [item.body[s:].split("\n\n")[0] for s in item.paragraph_starts] == item.paragraphs
