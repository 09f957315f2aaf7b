"""The README's "Analyse the data" lines run on a warehouse built from the sample raw/ folder."""

import re
from functools import partial

import pytest

from pipeline.config import PROJECT_ROOT, Settings
from pipeline.extract.nlp import load_model
from pipeline.run import all_shards, refresh_duplicates, run_shards
from tests.conftest import MODEL


@pytest.fixture(scope="module")
def analysis(tmp_path_factory, monkeypatch_module):
    root = tmp_path_factory.mktemp("sample")
    settings = Settings(raw_dir=str(PROJECT_ROOT / "raw"), warehouse_dir=str(root / "warehouse"))
    run_shards(settings, all_shards(settings), partial(load_model, MODEL))
    refresh_duplicates(settings)
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"<!-- analyse:start -->\s*```python\n(.*?)```\s*<!-- analyse:end -->", readme, re.S).group(1)
    monkeypatch_module.chdir(root)  # the README reads the relative path "warehouse/..."
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_top_speakers(analysis):
    quotes, top = analysis["quotes"], analysis["top_speakers"]
    assert top.index[0] == quotes["speaker"].value_counts().index[0] == "Joe Biden"
    assert top["quotes"].sum() == quotes["speaker"].notna().sum()


def test_citations_by_outlet_and_domain(analysis):
    citations, links = analysis["citations"], analysis["links"]
    assert citations.sum() == (links["role"] != "related").sum() > 0
    assert "tass.ru" in citations.index.get_level_values("domain")


def test_one_persons_quotes_across_articles(analysis):
    quotes, biden = analysis["quotes"], analysis["biden_quotes"]
    assert len(biden) == (quotes["speaker"] == "Joe Biden").sum() >= 1
    assert set(biden["text"]) <= set(quotes["text"])


def test_mentions_and_direct_quotes(analysis):
    assert len(analysis["ukraine"]) >= 1 and analysis["ukraine"]["mention_count"].min() >= 1
    direct = analysis["direct"]
    assert len(direct) == (analysis["quotes"]["kind"] == "direct").sum() and "title" in direct.columns
