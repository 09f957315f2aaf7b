"""The Dagster UI in a real browser: the assets are listed, a materialisation launched from the UI
succeeds, and the report it writes shows its charts.

Needs Debian's chromium at /usr/bin/chromium (no browser download); .ci/run installs it and sets
PIPELINE_REQUIRE_BROWSER=1 so that CI can never skip this test.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from pipeline.config import PROJECT_ROOT
from tests.conftest import SEED

CHROMIUM = "/usr/bin/chromium"
TABLES = ["articles", "quotes", "entities", "links", "rejects"]

if not os.path.exists(CHROMIUM):
    if os.environ.get("PIPELINE_REQUIRE_BROWSER"):
        raise RuntimeError(f"{CHROMIUM} is required (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def ui(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui")
    (root / "raw").mkdir()
    shutil.copy(SEED, root / "raw" / SEED.name)
    env = {**os.environ, "PIPELINE_RAW_DIR": str(root / "raw"), "PIPELINE_WAREHOUSE_DIR": str(root / "warehouse"),
           "DAGSTER_HOME": str(root / "dagster_home")}
    subprocess.run([sys.executable, "-m", "pipeline", "build"], cwd=PROJECT_ROOT, env=env, check=True, capture_output=True)
    (root / "warehouse" / "reports" / "coverage.html").unlink()  # the UI run below must write it again
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "ui", "--port", str(port)], cwd=PROJECT_ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"{url}/server_info", timeout=2)
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise RuntimeError("the Dagster UI did not start")
                time.sleep(1)
        yield url, root
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser.new_page(viewport={"width": 1400, "height": 900})
        browser.close()


def dismiss_community_dialog(page, wait_ms: int = 0) -> None:
    """Dagster shows a one-off "join the community" dialog over the page on first visits, a moment
    after the page loads: on the first page, wait a little for it (a check at one instant raced it
    and the dialog then swallowed the next click); later, a toast must not be left to expire."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    skip = page.get_by_role("button", name="Skip").first
    try:
        skip.wait_for(timeout=max(wait_ms, 1))
    except PlaywrightTimeout:
        return
    skip.click()


def test_assets_listed_materialise_from_the_ui_and_report_charts(ui, page):
    url, root = ui
    page.goto(f"{url}/assets", wait_until="networkidle")
    for asset in [*TABLES, "coverage_report"]:
        page.get_by_text(asset, exact=True).first.wait_for(timeout=60_000)

    page.goto(f"{url}/assets/coverage_report", wait_until="networkidle")
    materialize = page.locator("button", has_text="Materialize").first
    materialize.wait_for(timeout=60_000)
    dismiss_community_dialog(page, wait_ms=5_000)
    materialize.click()
    page.get_by_text("Launched run").first.wait_for(timeout=60_000)
    dismiss_community_dialog(page)
    page.get_by_text("View", exact=True).first.click()  # the toast's link to the new run
    page.wait_for_url(re.compile(r".*/runs/[0-9a-f-]{36}.*"), timeout=60_000)
    deadline = time.time() + 180
    while not page.get_by_text("Success", exact=True).count():
        assert time.time() < deadline, "the run launched from the UI did not succeed"
        assert not page.get_by_text("Failure", exact=True).count(), "the run launched from the UI failed"
        time.sleep(3)
        page.reload(wait_until="networkidle")

    report = root / "warehouse" / "reports" / "coverage.html"
    assert report.exists()
    page.goto(report.as_uri())
    charts = page.locator("img.chart")
    assert charts.count() == 7
    assert all(width > 100 for width in charts.evaluate_all("images => images.map(i => i.naturalWidth)"))
    assert page.get_by_role("heading", name="Data quality").is_visible()
