"""Shared fixtures: the seed article, the language model, and a throw-away raw folder and warehouse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.extract.entities import extract_entities
from pipeline.extract.nlp import analyse, load_model
from pipeline.extract.quotes import extract_quotes
from pipeline.ingest.raw_article import RawArticle
from pipeline.ingest.readers import parse
from pipeline.normalize.article import normalize

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "000_c73057290a39bd3f.txt"
SEED_EXPECTED = FIXTURES / "000_c73057290a39bd3f.expected.json"
MODEL = Settings().spacy_model


@pytest.fixture(scope="session")
def nlp():
    return load_model(MODEL)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    (tmp_path / "raw").mkdir()
    return Settings(raw_dir=str(tmp_path / "raw"), warehouse_dir=str(tmp_path / "warehouse"), shards=4)


def article_from(text: str, path: str = "a.txt"):
    item = next(iter(parse(path, text)))
    assert isinstance(item, RawArticle), item
    return normalize(item)


def analysed(text: str, nlp, path: str = "a.txt"):
    """(article, entities, quotes) for a text, through the real stages."""
    article = article_from(text, path)
    ((_, docs),) = analyse([article], nlp)
    entities = extract_entities(article, docs)
    return article, entities, extract_quotes(article, docs, entities)
