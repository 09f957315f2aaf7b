"""The thin Dagster layer: assets, checks, sensors, schedules and resources over the plain stages."""
