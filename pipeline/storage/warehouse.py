"""Reading and writing the warehouse: `<root>/<table>/<shard>.parquet` plus shard manifests.

Every write goes to a hidden temporary file in the same folder and is then renamed over the
target, so a reader (or a run killed mid-write) never sees a half-written file. Hidden files are
ignored by pandas/pyarrow when a table folder is read.
"""

from __future__ import annotations

import fcntl
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import fsspec
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from pipeline.tables.schemas import TABLES, arrow_schema, empty

MANIFESTS = "_manifests"  # leading underscore: ignored by Parquet dataset readers
LOCKS = "_locks"


class Warehouse:
    def __init__(self, root: str):
        self.fs, self.root = fsspec.core.url_to_fs(root)
        self.root = self.root.rstrip("/")

    def _path(self, *parts: str) -> str:
        return "/".join([self.root, *parts])

    def _write_atomic(self, path: str, write) -> None:
        folder = path.rsplit("/", 1)[0]
        self.fs.makedirs(folder, exist_ok=True)
        temporary = f"{folder}/.{path.rsplit('/', 1)[1]}.{uuid.uuid4().hex}.tmp"
        try:
            with self.fs.open(temporary, "wb") as handle:
                write(handle)
            self.fs.mv(temporary, path)
        finally:
            if self.fs.exists(temporary):
                self.fs.rm(temporary)

    def write_shard(self, table: str, shard: str, df: pd.DataFrame) -> None:
        arrow = pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False)
        self._write_atomic(self._path(table, f"{shard}.parquet"), lambda handle: pq.write_table(arrow, handle))

    def write_file(self, relative_path: str, data: bytes) -> str:
        """A file beside the tables (e.g. `reports/coverage.html`), written atomically; returns its path."""
        path = self._path(relative_path)
        self._write_atomic(path, lambda handle: handle.write(data))
        return path

    def exists(self, relative_path: str) -> bool:
        return self.fs.exists(self._path(relative_path))

    def read_shard(self, table: str, shard: str, columns: list[str] | None = None) -> pd.DataFrame:
        """One shard's rows, validated; only some columns (not validated) when `columns` is given."""
        path = self._path(table, f"{shard}.parquet")
        if not self.fs.exists(path):
            return _empty(table, columns)
        if columns:
            return self._read_arrow(table, [path], columns).to_pandas()
        return TABLES[table].validate(self._read_arrow(table, [path]).to_pandas())

    def read_table(self, table: str, columns: list[str] | None = None) -> pd.DataFrame:
        """The whole table as pandas reads it (what users see); validation is the checks' job."""
        files = self._files(table)
        if not files:
            return _empty(table, columns)
        return self._read_arrow(table, files, columns).to_pandas()

    def row_count(self, table: str) -> int:
        """From the Parquet footers, without reading the data."""
        total = 0
        for path in self._files(table):
            with self.fs.open(path, "rb") as handle:
                total += pq.ParquetFile(handle).metadata.num_rows
        return total

    def preview(self, table: str, rows: int) -> pd.DataFrame:
        """The first rows of the first shard that has any, as stored (no validation: a preview)."""
        for path in self._files(table):
            stored = self._read_arrow(table, [path])
            if stored.num_rows:
                return stored.slice(0, rows).to_pandas()
        return empty(table)

    def _files(self, table: str) -> list[str]:
        folder = self._path(table)
        if not self.fs.exists(folder):
            return []
        return sorted(p for p in self.fs.glob(f"{folder}/*.parquet") if not p.rsplit("/", 1)[-1].startswith((".", "_")))

    def _read_arrow(self, table: str, paths: list[str], columns: list[str] | None = None) -> pa.Table:
        schema = arrow_schema(table)
        tables = []
        for path in paths:
            with self.fs.open(path, "rb") as handle:
                tables.append(pq.read_table(handle, schema=schema, columns=columns))
        return pa.concat_tables(tables)

    def shards(self, table: str) -> list[str]:
        folder = self._path(table)
        if not self.fs.exists(folder):
            return []
        return sorted(p.rsplit("/", 1)[-1][: -len(".parquet")] for p in self.fs.glob(f"{folder}/shard-*.parquet"))

    def delete_shard(self, table: str, shard: str) -> None:
        path = self._path(table, f"{shard}.parquet")
        if self.fs.exists(path):
            self.fs.rm(path)

    @contextmanager
    def lock(self, shard: str) -> Iterator[None]:
        """Exclusive access to one shard while it is rebuilt: a second run waits. On a local
        disk an OS file lock; on object storage Dagster's per-partition run limit (dagster.yaml)."""
        if not isinstance(self.fs, LocalFileSystem):
            yield
            return
        folder = self._path(LOCKS)
        self.fs.makedirs(folder, exist_ok=True)
        with open(f"{folder}/{shard}.lock", "a") as handle:  # append: never touches the file
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def read_manifest(self, shard: str) -> dict | None:
        path = self._path(MANIFESTS, f"{shard}.json")
        if not self.fs.exists(path):
            return None
        with self.fs.open(path, "r") as handle:
            return json.load(handle)

    def write_manifest(self, shard: str, manifest: dict) -> None:
        data = json.dumps(manifest, sort_keys=True, indent=1).encode("utf-8")
        self._write_atomic(self._path(MANIFESTS, f"{shard}.json"), lambda handle: handle.write(data))


def _empty(table: str, columns: list[str] | None) -> pd.DataFrame:
    return empty(table)[columns] if columns else empty(table)
