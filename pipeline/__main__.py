"""Command line: `python -m pipeline build` (headless, recorded in the Dagster instance) or `ui`."""

from __future__ import annotations

import argparse
import os
import signal
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
    """Run the job over the shards whose raw files changed (all of them the first time), then
    print what the warehouse holds. Nothing changed: no Dagster run, no model, a few seconds."""
    from pipeline.report import REPORT_PATH
    from pipeline.run import changed_shards
    from pipeline.storage.warehouse import Warehouse

    settings = Settings.from_env()
    changed = sorted(changed_shards(settings, settle_seconds=0))
    runs = []
    if changed:  # one run over the range of changed shards (unchanged ones inside it are skipped cheaply)
        runs.append(_run_job("build_tables", {"dagster/asset_partition_range_start": changed[0], "dagster/asset_partition_range_end": changed[-1]}))
    else:
        print("nothing changed since the last build")
    tables_rebuilt = bool(runs) and runs[0].success
    if tables_rebuilt or not Warehouse(settings.warehouse_dir).exists(REPORT_PATH):
        runs.append(_run_job("build_report", {}))
    _print_summary(settings, REPORT_PATH)
    ok = True
    for result in runs:
        failed = [c.check_name for c in result.get_asset_check_evaluations() if not c.passed]
        if failed:
            print("checks failed:", ", ".join(failed))
        print(f"run {result.run_id} ({result.job_def.name})", "succeeded" if result.success else "FAILED")
        ok = ok and result.success and not failed
    return 0 if ok else 1


def _run_job(name: str, tags: dict[str, str]):
    import dagster as dg

    from pipeline.definitions import defs

    ensure_dagster_home()
    with dg.DagsterInstance.get() as instance:
        return defs.resolve_job_def(name).execute_in_process(
            instance=instance, tags=tags, raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "INFO"}}}},
        )


def _print_summary(settings: Settings, report_path: str) -> None:
    from pipeline.storage.warehouse import Warehouse
    from pipeline.tables.schemas import TABLES

    warehouse = Warehouse(settings.warehouse_dir)
    for table in TABLES:
        rows = warehouse.row_count(table)
        reasons = warehouse.read_table(table, ["reason_code"])["reason_code"].value_counts().to_dict() if table == "rejects" and rows else {}
        print(f"{table:<9} {rows:>7} rows{f' {reasons}' if reasons else ''}  -> {settings.warehouse_dir}/{table}")
    print(f"report            -> {settings.warehouse_dir}/{report_path}")


def ui(port: int) -> int:
    ensure_dagster_home()
    return subprocess.call([sys.executable, "-m", "dagster", "dev", "-m", "pipeline.definitions", "-h", "127.0.0.1", "-p", str(port)], cwd=PROJECT_ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="materialise the tables for the shards whose raw files changed, headlessly")
    ui_parser = commands.add_parser("ui", help="start the Dagster UI on 127.0.0.1")
    ui_parser.add_argument("--port", type=int, default=3000)
    commands.add_parser("docs", help="rewrite the README's data dictionary from the pandera models")
    args = parser.parse_args(argv)
    # A shell starts background jobs with SIGINT ignored, and Dagster maps SIGTERM onto SIGINT's
    # handler: the run, or `dagster dev`, could then not be stopped. Restore the default first.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if args.command == "build":
        return build()
    if args.command == "ui":
        return ui(args.port)
    from pipeline.tables.docs import update_readme

    update_readme(PROJECT_ROOT / "README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
