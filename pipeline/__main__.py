"""Command line: `python -m pipeline build` (headless, recorded in the Dagster instance) or `ui`."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from pipeline.config import PROJECT_ROOT, Settings, default_dagster_home


def ensure_dagster_home() -> str:
    home = os.environ.get("DAGSTER_HOME") or str(default_dagster_home())
    home = os.path.abspath(home)  # Dagster refuses relative paths
    os.makedirs(home, exist_ok=True)
    instance_yaml = os.path.join(home, "dagster.yaml")
    if not os.path.exists(instance_yaml):
        with open(PROJECT_ROOT / "dagster.yaml", encoding="utf-8") as src, open(instance_yaml, "w", encoding="utf-8") as dst:
            dst.write(src.read())
    os.environ["DAGSTER_HOME"] = home
    return home


def build() -> int:
    import dagster as dg

    from pipeline.definitions import defs
    from pipeline.defs.partitions import shards
    from pipeline.storage.warehouse import Warehouse
    from pipeline.tables.schemas import TABLES

    ensure_dagster_home()
    keys = shards.get_partition_keys()
    job = defs.resolve_job_def("build_tables")
    with dg.DagsterInstance.get() as instance:
        result = job.execute_in_process(
            instance=instance,
            tags={"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]},
            raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "INFO"}}}},
        )
    settings = Settings.from_env()
    warehouse = Warehouse(settings.warehouse_dir)
    for table in TABLES:
        rows = warehouse.row_count(table)
        reasons = warehouse.read_table(table, ["reason_code"])["reason_code"].value_counts().to_dict() if table == "rejects" and rows else {}
        print(f"{table:<9} {rows:>7} rows{f' {reasons}' if reasons else ''}  -> {settings.warehouse_dir}/{table}")
    failed = [c.check_name for c in result.get_asset_check_evaluations() if not c.passed]
    if failed:
        print("checks failed:", ", ".join(failed))
    print("run", result.run_id, "succeeded" if result.success else "FAILED")
    return 0 if result.success and not failed else 1


def ui(port: int) -> int:
    ensure_dagster_home()
    return subprocess.call([sys.executable, "-m", "dagster", "dev", "-m", "pipeline.definitions", "-h", "127.0.0.1", "-p", str(port)], cwd=PROJECT_ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="materialise every table over the raw folder, headlessly")
    ui_parser = commands.add_parser("ui", help="start the Dagster UI on 127.0.0.1")
    ui_parser.add_argument("--port", type=int, default=3000)
    commands.add_parser("docs", help="rewrite the README's data dictionary from the pandera models")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build()
    if args.command == "ui":
        return ui(args.port)
    from pipeline.tables.docs import update_readme

    update_readme(PROJECT_ROOT / "README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
