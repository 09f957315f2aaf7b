import os

from pipeline.ingest.discover import discover, is_leftover, shard_of


def test_leftovers_are_skipped_and_counted(tmp_path):
    for name in ["a.txt", "b.txt.swp", "c.txt~", ".hidden", "d.part", "e.crdownload"]:
        (tmp_path / name).write_text("x")
    found = discover(tmp_path)
    assert [f.rel_path for f in found.files] == ["a.txt"]
    assert sorted(found.skipped) == sorted(["b.txt.swp", "c.txt~", ".hidden", "d.part", "e.crdownload"])


def test_nested_paths_are_posix_and_relative(tmp_path):
    (tmp_path / "2024" / "may").mkdir(parents=True)
    (tmp_path / "2024" / "may" / "x.txt").write_text("x")
    assert [f.rel_path for f in discover(tmp_path).files] == ["2024/may/x.txt"]


def test_symlink_outside_is_flagged_not_followed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "secret.txt").write_text("outside")
    os.symlink(tmp_path / "secret.txt", raw / "link.txt")
    (files,) = discover(raw).files
    assert files.outside_link


def test_shards_are_stable_and_in_range():
    assert shard_of("a/b.txt", 16) == shard_of("a/b.txt", 16)
    assert {shard_of(f"{i}.txt", 4) for i in range(100)} == {"shard-00", "shard-01", "shard-02", "shard-03"}
    assert is_leftover("x.swp") and not is_leftover("x.txt")


def test_a_named_pipe_is_flagged_and_never_opened(tmp_path):
    import pytest

    from pipeline.ingest.errors import Rejected
    from pipeline.ingest.read import read_bytes

    os.mkfifo(tmp_path / "pipe.txt")
    (raw,) = discover(tmp_path).files
    assert raw.special
    with pytest.raises(Rejected) as error:
        read_bytes(raw, 1000)  # would block forever if it opened the pipe
    assert error.value.code == "not_a_file"
