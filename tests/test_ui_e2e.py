"""End to end through the real UI: dagster dev, headless Chromium, a launch, DuckDB rows.

Skipped where Debian's chromium is not installed, unless CASUALTY_TRACKER_REQUIRE_BROWSER
is set (CI sets it, so there the test cannot silently skip).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from casualty_tracker.paths import PROJECT_ROOT
from casualty_tracker.storage.warehouse import Warehouse

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SEED_DAY = "2024-12-23"
CHROME_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.slow


def _require_browser() -> None:
    missing = not os.path.exists(CHROMIUM)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = True
    if missing:
        if os.environ.get("CASUALTY_TRACKER_REQUIRE_BROWSER"):
            pytest.fail("chromium and playwright are required here (CASUALTY_TRACKER_REQUIRE_BROWSER is set)")
        pytest.skip("Debian chromium or playwright is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _graphql(port: int, query: str) -> dict:
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)["data"]


RUNS_QUERY = "{ runsOrError { ... on Runs { results { runId status jobName } } } }"


@pytest.fixture
def dagster_dev(tmp_path: Path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copyfile(PROJECT_ROOT / "deploy" / "local" / "dagster.yaml", home / "dagster.yaml")
    db = tmp_path / "casualties.duckdb"
    port = _free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "CASUALTY_TRACKER_DB": str(db),
        "CASUALTY_TRACKER_INBOX": str(tmp_path / "inbox"),
    }
    dagster = Path(sys.executable).with_name("dagster")
    log = open(tmp_path / "dagster-dev.log", "wb")  # noqa: SIM115 - closed in teardown
    proc = subprocess.Popen(
        [str(dagster), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "dagster-dev.log").read_text()[-3000:]) from None
                time.sleep(1)
        yield port, db
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        log.close()


def _dismiss_welcome(page) -> None:
    """The first visit may show a 'Join the Dagster community' modal; close it if it is there."""
    skip = page.get_by_role("button", name="Skip")
    try:
        skip.wait_for(timeout=5_000)
    except Exception:
        return
    skip.click()
    skip.wait_for(state="detached", timeout=10_000)


def _launch_seed_partition(page, port: int) -> None:
    """Lineage page -> Materialize all -> every partition shown -> the seed's day -> Launch."""
    page.goto(f"http://127.0.0.1:{port}/asset-groups")
    materialize = page.get_by_role("button", name="Materialize all…")
    materialize.wait_for(timeout=90_000)
    _dismiss_welcome(page)
    materialize.click()
    dialog = page.get_by_role("dialog")
    dialog.wait_for(timeout=30_000)
    # Only the last 90 days are offered at first; the seed's day is older.
    dialog.get_by_text("Show all partitions").click(timeout=30_000)
    dialog.get_by_text("All time").wait_for(timeout=30_000)
    partition_input = dialog.locator("input").first
    partition_input.fill(SEED_DAY)
    partition_input.press("Enter")
    dialog.get_by_text("1 partition", exact=True).wait_for(timeout=30_000)
    dialog.get_by_role("button", name=re.compile(r"^Launch (1 run|backfill)")).click()
    dialog.wait_for(state="detached", timeout=30_000)


def test_materialize_from_the_ui_loads_the_seed_figures(dagster_dev, tmp_path: Path) -> None:
    _require_browser()
    from playwright.sync_api import sync_playwright

    port, db = dagster_dev
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            try:
                _launch_seed_partition(page, port)
            except Exception:
                page.screenshot(path=str(tmp_path / "failed.png"))
                print(f"screenshot of the failure: {tmp_path / 'failed.png'}")
                raise
            page.screenshot(path=str(tmp_path / "launched.png"))
        finally:
            browser.close()

    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        runs = _graphql(port, RUNS_QUERY)["runsOrError"]["results"]
        if runs and all(r["status"] in ("SUCCESS", "FAILURE", "CANCELED") for r in runs):
            break
        time.sleep(3)
    assert runs, "the UI launched no run"
    assert all(r["status"] == "SUCCESS" for r in runs), runs

    with Warehouse(db).reader() as con:
        rows = con.execute("SELECT kind, party, low, qualifier FROM casualty_figures").fetchall()
        weapons = con.execute("SELECT caliber_mm FROM weapon_figures ORDER BY 1").fetchall()
    assert ("casualties", "North Korea", 1000, "at_least") in rows
    assert weapons == [(170,), (240,)]
