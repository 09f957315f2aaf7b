"""The one way a stage says "this input cannot become an article": it becomes a `rejects` row."""

from __future__ import annotations


class Rejected(Exception):
    """Raised by reading, decoding and parsing; `code` is stable, `reason` is for people."""

    def __init__(self, code: str, reason: str, record: int | None = None):
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.record = record  # the line or record of a JSON/JSONL file; None for the whole file
