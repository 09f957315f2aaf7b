"""Read the columns the report needs, render it and store it as `<warehouse>/reports/coverage.html`."""

from __future__ import annotations

from pipeline.config import Settings
from pipeline.report.render import Report, render
from pipeline.report.stats import COLUMNS, Coverage, coverage
from pipeline.storage.warehouse import Warehouse

REPORT_PATH = "reports/coverage.html"


def build_report(settings: Settings) -> tuple[Coverage, Report, str]:
    warehouse = Warehouse(settings.warehouse_dir)
    figures = coverage({table: warehouse.read_table(table, columns) for table, columns in COLUMNS.items()})
    report = render(figures)
    return figures, report, warehouse.write_file(REPORT_PATH, report.html.encode("utf-8"))
