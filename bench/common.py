"""Helpers shared by the benchmarks: corpora paths and running the real pipeline in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
CORPORA = SHARED / "corpora"
TOOLS = SHARED / "tools"


def copy_corpus(files: list[Path], raw_dir: Path) -> None:
    """Copy corpus files into a scratch raw folder (never into the repository)."""
    if raw_dir.exists():
        shutil.rmtree(raw_dir)
    raw_dir.mkdir(parents=True)
    for path in files:
        shutil.copy(path, raw_dir / path.name)


def build_pipeline(raw_dir: Path, warehouse_dir: Path, **env: str) -> float:
    """Run `python -m pipeline build` (the product's own command, through Dagster); return seconds."""
    if warehouse_dir.exists():
        shutil.rmtree(warehouse_dir)
    environment = {**os.environ, "PIPELINE_RAW_DIR": str(raw_dir), "PIPELINE_WAREHOUSE_DIR": str(warehouse_dir), **env}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pipeline", "build"], cwd=PROJECT, env=environment, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    summary = [line for line in result.stdout.splitlines() if line and not line.startswith("20")]
    print("\n".join(summary))
    if result.returncode != 0:
        print(result.stderr[-3000:])
        raise SystemExit("pipeline build failed")
    return elapsed


def tool(name: str, *args: str) -> str:
    result = subprocess.run([sys.executable, str(TOOLS / name), *args], capture_output=True, text=True, check=True)
    return result.stdout
