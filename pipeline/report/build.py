"""Read the columns the report needs, render it and store it as `<warehouse>/reports/coverage.html`."""

from __future__ import annotations

from pipeline.config import Settings
from pipeline.report import REPORT_PATH
from pipeline.report.render import Report, render
from pipeline.report.stats import COLUMNS, Coverage, coverage
from pipeline.run import read_tables
from pipeline.storage.warehouse import Warehouse


def build_report(settings: Settings) -> tuple[Coverage, Report, str]:
    figures = coverage(read_tables(settings, COLUMNS))
    report = render(figures)
    return figures, report, Warehouse(settings.warehouse_dir).write_file(REPORT_PATH, report.html.encode("utf-8"))
