import os

import pandas as pd
import pytest

from pipeline.storage.warehouse import Warehouse
from pipeline.tables.build import frame

ROW = {"source_path": "a.txt", "record": None, "reason_code": "empty", "reason": "The file is empty.", "size_bytes": 0, "content_sha256": None}


@pytest.mark.parametrize("root", ["local", "memory://warehouse-test"])
def test_write_read_round_trip(root, tmp_path):
    warehouse = Warehouse(str(tmp_path / "wh") if root == "local" else root)
    assert warehouse.read_table("rejects").empty
    warehouse.write_shard("rejects", "shard-00", frame("rejects", [ROW]))
    warehouse.write_shard("rejects", "shard-01", frame("rejects", [{**ROW, "source_path": "b.txt"}]))
    df = warehouse.read_table("rejects")
    assert sorted(df["source_path"]) == ["a.txt", "b.txt"] and warehouse.shards("rejects") == ["shard-00", "shard-01"]
    warehouse.write_manifest("shard-00", {"files": {"a.txt": {"size": 1}}})
    assert warehouse.read_manifest("shard-00") == {"files": {"a.txt": {"size": 1}}}


def test_pandas_reads_a_table_folder_whole_and_ignores_temporaries(tmp_path):
    warehouse = Warehouse(str(tmp_path))
    warehouse.write_shard("rejects", "shard-03", frame("rejects", [ROW]))
    (tmp_path / "rejects" / ".shard-04.parquet.123.tmp").write_bytes(b"half-written")
    assert pd.read_parquet(tmp_path / "rejects")["source_path"].tolist() == ["a.txt"]
    assert not [name for name in os.listdir(tmp_path / "rejects") if name.endswith(".tmp") and "123" not in name]


def test_a_failed_write_leaves_the_previous_file(tmp_path):
    warehouse = Warehouse(str(tmp_path))
    warehouse.write_shard("rejects", "shard-00", frame("rejects", [ROW]))
    with pytest.raises(Exception):
        warehouse.write_shard("rejects", "shard-00", pd.DataFrame({"source_path": [object()]}))
    assert warehouse.read_table("rejects")["source_path"].tolist() == ["a.txt"]
    assert [p.name for p in (tmp_path / "rejects").iterdir()] == ["shard-00.parquet"]


def test_shard_lock_is_exclusive_between_processes(tmp_path):
    import multiprocessing
    import time

    warehouse = Warehouse(str(tmp_path))

    def hold(path):
        with Warehouse(path).lock("shard-00"):
            time.sleep(1.0)

    other = multiprocessing.get_context("fork").Process(target=hold, args=(str(tmp_path),))
    other.start()
    time.sleep(0.3)
    started = time.monotonic()
    with warehouse.lock("shard-00"):
        waited = time.monotonic() - started
    other.join()
    assert waited > 0.3  # the second writer waited for the first to finish
    with Warehouse("memory://locks").lock("shard-00"):
        pass  # object storage: no OS lock, Dagster's run limits apply
