"""Resources: where the raw files and tables live, and the language model (loaded once per process)."""

from __future__ import annotations

import dagster as dg
from collections.abc import Callable
from functools import partial

from spacy.language import Language

from pipeline.config import Settings
from pipeline.extract.nlp import load_model

DEFAULTS = Settings.from_env()


class PipelineSettings(dg.ConfigurableResource):
    """Folders and limits; defaults come from PIPELINE_* environment variables (see config.py)."""

    raw_dir: str = DEFAULTS.raw_dir
    warehouse_dir: str = DEFAULTS.warehouse_dir
    max_file_bytes: int = DEFAULTS.max_file_bytes
    nlp_batch_size: int = DEFAULTS.nlp_batch_size
    nlp_processes: int = DEFAULTS.nlp_processes

    def settings(self) -> Settings:
        return Settings(
            raw_dir=self.raw_dir, warehouse_dir=self.warehouse_dir, spacy_model=DEFAULTS.spacy_model,
            shards=DEFAULTS.shards, max_file_bytes=self.max_file_bytes, nlp_batch_size=self.nlp_batch_size,
            nlp_processes=self.nlp_processes,
        )


class LanguageModel(dg.ConfigurableResource):
    """The spaCy model, loaded lazily where it is used (in each worker process): a run with
    nothing to analyse never loads it."""

    model_name: str = DEFAULTS.spacy_model

    def loader(self) -> Callable[[], Language]:
        return partial(load_model, self.model_name)  # picklable, for the worker processes


def resources() -> dict:
    return {"pipeline_settings": PipelineSettings(), "language_model": LanguageModel()}
