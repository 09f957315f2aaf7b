"""The warehouse: one Parquet file per table per shard, written atomically, on any fsspec filesystem."""
