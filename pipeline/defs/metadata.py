"""Dagster metadata derived from the pandera models and the stored tables."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from pipeline.tables.schemas import describe_columns

PREVIEW_ROWS = 5
PREVIEW_CHARS = 60


def column_schema(table: str) -> dg.TableSchema:
    return dg.TableSchema(columns=[
        dg.TableColumn(name, kind, description=description, constraints=dg.TableColumnConstraints(nullable=nullable))
        for name, kind, nullable, description in describe_columns(table)
    ])


def preview(df: pd.DataFrame) -> dg.MetadataValue:
    head = df.head(PREVIEW_ROWS).copy()
    for column in head.columns:
        head[column] = head[column].map(lambda v: str(v)[:PREVIEW_CHARS].replace("|", "/").replace("\n", " "))
    return dg.MetadataValue.md(head.to_markdown(index=False) if len(head) else "(no rows)")
