"""Everything Dagster loads: `dagster dev` finds it through pyproject.toml ([tool.dagster])."""

import dagster as dg

from pipeline.defs.assets import coverage_report, news_tables
from pipeline.defs.checks import asset_checks
from pipeline.defs.jobs import build_report, build_tables
from pipeline.defs.resources import resources
from pipeline.defs.schedules import daily_recheck
from pipeline.defs.sensors import raw_folder_sensor, report_after_build

defs = dg.Definitions(
    assets=[news_tables, coverage_report],
    asset_checks=asset_checks,
    jobs=[build_tables, build_report],
    sensors=[raw_folder_sensor, report_after_build],
    schedules=[daily_recheck],
    resources=resources(),
)
