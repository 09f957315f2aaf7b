"""Everything Dagster loads: `dagster dev` finds it through pyproject.toml ([tool.dagster])."""

import dagster as dg

from pipeline.defs.assets import news_tables
from pipeline.defs.checks import asset_checks
from pipeline.defs.jobs import build_tables
from pipeline.defs.resources import resources
from pipeline.defs.schedules import daily_recheck
from pipeline.defs.sensors import raw_folder_sensor

defs = dg.Definitions(
    assets=[news_tables],
    asset_checks=asset_checks,
    jobs=[build_tables],
    sensors=[raw_folder_sensor],
    schedules=[daily_recheck],
    resources=resources(),
)
