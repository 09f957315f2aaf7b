"""The Dagster layer: definitions load, and a build through Dagster gives checked, stable tables."""

import shutil

import dagster as dg
import pandas as pd
import pytest

from pipeline.definitions import defs
from pipeline.defs.partitions import shards
from pipeline.run import changed_shards
from pipeline.config import Settings
from tests.conftest import SEED, SEED_EXPECTED

TABLES = ["articles", "quotes", "entities", "links", "rejects"]


def test_definitions_load_with_everything_wired():
    repository = defs.get_repository_def()
    assert {key.to_user_string() for key in repository.asset_graph.get_all_asset_keys()} == {*TABLES, "coverage_report"}
    assert defs.resolve_job_def("build_tables") is not None and defs.resolve_job_def("build_report") is not None
    assert defs.resolve_sensor_def("raw_folder_sensor") and defs.resolve_sensor_def("report_after_build")
    assert defs.resolve_schedule_def("daily_recheck")
    checks = {key.name for key in repository.asset_graph.asset_check_keys}
    assert {"pandera_schema", "tables_agree", "offsets_match_text", "link_offsets_match_text", "every_file_accounted_for"} <= checks
    spec = next(iter(repository.assets_defs_by_key.values())).specs_by_key[dg.AssetKey("quotes")]
    assert "speaker" in [c.name for c in spec.metadata["dagster/column_schema"].columns]


def run_build(raw_dir, warehouse_dir, instance):
    keys = shards.get_partition_keys()
    return defs.resolve_job_def("build_tables").execute_in_process(
        instance=instance,
        run_config={"resources": {"pipeline_settings": {"config": {"raw_dir": str(raw_dir), "warehouse_dir": str(warehouse_dir)}}}},
        tags={"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]},
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("build")
    (root / "raw").mkdir()
    shutil.copy(SEED, root / "raw" / SEED.name)
    (root / "raw" / "empty.txt").write_bytes(b"")
    with dg.instance_for_test() as instance:
        first = run_build(root / "raw", root / "warehouse", instance)
        tables = {t: pd.read_parquet(root / "warehouse" / t) for t in TABLES}
        second = run_build(root / "raw", root / "warehouse", instance)
        again = {t: pd.read_parquet(root / "warehouse" / t) for t in TABLES}
        report = defs.resolve_job_def("build_report").execute_in_process(
            instance=instance, run_config={"resources": {"pipeline_settings": {"config": {"raw_dir": str(root / "raw"), "warehouse_dir": str(root / "warehouse")}}}},
        )
        yield root, first, second, tables, again, report


def test_build_succeeds_and_every_check_passes(built):
    _, first, second, _, _, _ = built
    for result in (first, second):
        assert result.success
        evaluations = result.get_asset_check_evaluations()
        assert len(evaluations) == 9 and all(e.passed for e in evaluations), [e.check_name for e in evaluations if not e.passed]


def test_rerun_gives_identical_tables_and_ids(built):
    _, _, _, tables, again, _ = built
    for table in TABLES:
        pd.testing.assert_frame_equal(tables[table], again[table])


def test_bad_file_is_a_reject_row(built):
    _, _, _, tables, _, _ = built
    assert tables["rejects"][["source_path", "reason_code"]].values.tolist() == [["empty.txt", "empty"]]


def test_materialisation_metadata_has_row_counts(built):
    _, first, _, _, _, _ = built
    counts = {
        event.asset_key.to_user_string(): event.step_materialization_data.materialization.metadata["dagster/row_count"].value
        for event in first.get_asset_materialization_events()
    }
    assert counts["articles"] == 1 and counts["rejects"] == 1 and counts["quotes"] >= 7


def test_sensor_sees_only_changed_shards(built):
    root, _, _, _, _, _ = built
    settings = Settings(raw_dir=str(root / "raw"), warehouse_dir=str(root / "warehouse"))
    assert changed_shards(settings, now=1e12) == {}
    (root / "raw" / "new.txt").write_text("A new article arrives with a few words in it.")
    changed = changed_shards(settings, now=1e12)
    assert len(changed) == 1 and changed == changed_shards(settings, now=1e12)  # same change, same run key
    assert changed_shards(settings) == {}  # still settling: written just now
    (root / "raw" / "new.txt").unlink()


def test_seed_matches_its_expected_file_through_the_whole_pipeline(built):
    """Every item of the seed's expected JSON, checked against the stored tables."""
    import json

    _, _, _, tables, _, _ = built
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    article = tables["articles"].query("source_path == @SEED.name").iloc[0]
    want = expected["article"]
    assert article["title"] is None and pd.isna(article["published_date"]) and article["language"] == "en"
    assert (article["caption"], article["photo_credit"]) == (want["caption"], want["photo_credit"])
    assert article["paragraph_count"] == want["body_paragraph_count"]
    assert list(article["related_titles"]) == want["related_titles"]
    quotes = tables["quotes"].query("kind == 'direct'")
    pairs = list(zip(quotes["text"], quotes["speaker"]))
    for quote in expected["quotes_direct"]:
        assert (quote["text"], quote["speaker"]) in pairs
        pairs.remove((quote["text"], quote["speaker"]))
    entities = tables["entities"].set_index("name")
    for person in expected["entities"]["PERSON"]:
        assert entities.loc[person["name"], "label"] == "PERSON"
        assert entities.loc[person["name"], "mention_count"] >= person["mentions_at_least"]
    assert all(entities.loc[name, "label"] == "ORG" for name in expected["entities"]["ORG"])
    assert all(entities.loc[name, "label"] in {"GPE", "LOC"} for name in expected["entities"]["GPE_or_LOC"])
    assert not set(expected["entities"]["must_not_be_entities"]) & set(entities.index)
    links = tables["links"].set_index("url")
    for link in expected["links"]:
        row = links.loc[link["url"]]
        assert (row["url_normalized"], row["domain"], row["role"]) == (link["url_normalized"], link["domain"], link["role"])
    speaker_ids = quotes["speaker_entity_id"].dropna()
    assert speaker_ids.isin(tables["entities"]["entity_id"]).all()
    assert entities.loc["Anatoly Antonov", "quote_count"] >= 2


def test_report_is_written_with_its_charts_and_headline_metadata(built):
    root, _, _, tables, _, report = built
    assert report.success
    page = (root / "warehouse" / "reports" / "coverage.html").read_text(encoding="utf-8")
    for chart in ("speakers", "quote_kinds", "entities", "domains", "sites", "months", "rejects"):
        assert f'id="chart-{chart}" alt="{chart}" src="data:image/png;base64,' in page
    (event,) = report.get_asset_materialization_events()
    metadata = event.step_materialization_data.materialization.metadata
    assert metadata["quotes"].value == len(tables["quotes"]) and metadata["rejects"].value == 1
    assert metadata["most quoted"].value == tables["quotes"]["speaker"].value_counts().index[0]
    assert metadata["most_quoted_speakers"].value.startswith("![most-quoted speakers](data:image/png;base64,")
