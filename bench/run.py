"""Benchmark BackInfo against a blank Streamlit page, on this machine, in one run.

    python bench/lighthouse.py --install   # setup, once: Lighthouse into bench/.node
    python bench/run.py            # full run
    python bench/run.py --quick    # fewer runs and sessions, one Lighthouse run per page

Prints a table with PASS/MISS per target (issues 8 and 13) and writes
bench/results/<mode>.json and bench/results/<mode>.md. See bench/README.md for what each
number means.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]  # run as a script: siblings, then devtools

import lighthouse  # noqa: E402
import measure  # noqa: E402
import report  # noqa: E402
import script_time  # noqa: E402
from browser import chromium  # noqa: E402
from servers import ROOT, streamlit_server  # noqa: E402

RESULTS = BENCH / "results"


@dataclass(frozen=True)
class Plan:
    """How many times to repeat each measurement."""

    mode: str
    loads: int  # warm loads per page
    rounds: int  # interaction rounds per page, two clicks each
    reruns: int  # AppTest reruns per page
    imports: int  # fresh interpreters importing backinfo
    sessions: int  # sessions opened and closed for the memory growth
    visitors: int  # concurrent sessions
    profile_runs: int
    lighthouse_runs: int  # per page and way of serving (the treatment page always 3 via nginx)


FULL = Plan(
    "full", loads=7, rounds=5, reruns=30, imports=5, sessions=50, visitors=20, profile_runs=10,
    lighthouse_runs=3,
)
QUICK = Plan(
    "quick", loads=3, rounds=2, reruns=10, imports=3, sessions=8, visitors=10, profile_runs=5,
    lighthouse_runs=1,
)


def page_list() -> list[tuple[str, str]]:
    """(id, address) of every page: home at the root, the others at their url_path."""
    sys.path.insert(0, str(ROOT))
    from backinfo import ui_text

    return [(page.id, "" if page.id == "home" else page.url_path) for page in ui_text.PAGES]


def say(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", flush=True)


def server_side(plan: Plan, pages: list[tuple[str, str]]) -> tuple[dict, dict, float]:
    """Script time per page and for the blank page, and backinfo's import time."""
    say("script time per rerun (AppTest)")
    blank_ms = script_time.rerun_ms(None, plan.reruns)
    script = {page_id: script_time.rerun_ms(page_id, plan.reruns) for page_id, _ in pages}
    say("import time of backinfo")
    return script, script_time.import_ms(plan.imports), blank_ms


async def in_browser(plan: Plan, pages: list[tuple[str, str]], logs: Path) -> dict:
    """Every browser measurement, with the blank page and the app served side by side."""
    with (
        streamlit_server(BENCH / "blank_app.py", logs / "blank.log") as blank,
        streamlit_server(ROOT / "app.py", logs / "app.log") as app,
        # the servers start before the browser: Chromium's start would slow theirs
    ):
        async with chromium() as browser:
            targets = [measure.Target("blank", blank, "")]
            targets += [measure.Target(page_id, app, path) for page_id, path in pages]
            await measure.session_journey(browser, app, blank=False)  # first visit at the root
            say(f"warm page loads, {plan.loads} runs per page")
            loads = await measure.load_times(browser, targets, plan.loads)
            say(f"interaction latency, {plan.rounds * 2} clicks per page")
            clicks = await measure.interaction_times(browser, targets, plan.rounds)
            say(f"memory per session, {plan.sessions} sessions per server")
            memory = {
                "app": await measure.memory_per_session(browser, app, plan.sessions, False),
                "blank": await measure.memory_per_session(browser, blank, plan.sessions, True),
            }
            say(f"concurrency, {plan.visitors} sessions at once")
            crowd = await measure.concurrency(browser, app, plan.visitors)
    return {"loads": loads, "clicks": clicks, "memory": memory, "concurrency": crowd}


def meta(plan: Plan) -> dict:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "app.py", "ui.py", "app_pages", "views", "backinfo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {
        "date": f"{datetime.now():%Y-%m-%d %H:%M}",
        "mode": plan.mode,
        "commit": commit + ("+uncommitted changes" if dirty else ""),
        "cpus": os.cpu_count(),
        "load_average": " ".join(f"{load:.1f}" for load in os.getloadavg()),
        "python": sys.version.split()[0],
    }


def combine(plan: Plan, pages, script, imports, blank_script, browser) -> dict:
    loads, clicks = browser["loads"], browser["clicks"]

    def timed(key: str, page_id: str) -> dict:
        """One page's times by both clocks, and each divided by the blank page's."""
        row = {}
        for clock, suffix in (("finished", ""), ("drawn", "_drawn")):
            times = getattr(loads if key == "load" else clicks, clock)
            value = times.get(page_id)
            row[f"{key}{suffix}_ms"] = value
            row[f"{key}{suffix}_ratio"] = value / times["blank"] if value else None
        return row

    rows = {
        page_id: {**timed("load", page_id), **timed("interaction", page_id),
                  "script_ms": script[page_id]}
        for page_id, _ in pages
    }
    return {
        "meta": meta(plan),
        "blank": {
            "load_ms": loads.finished["blank"],
            "load_drawn_ms": loads.drawn["blank"],
            "interaction_ms": clicks.finished["blank"],
            "interaction_drawn_ms": clicks.drawn["blank"],
            "script_ms": blank_script,
        },
        "pages": rows,
        "import": imports,
        "memory": browser["memory"],
        "concurrency": browser["concurrency"],
    }


def profile_misses(plan: Plan, results: dict) -> dict[str, list[str]]:
    """Profile the script of every page that misses a per-page target; keep its top costs."""
    profiles = {}
    for page_id in report.missed_pages(results):
        say(f"profiling {page_id}")
        out = RESULTS / f"profile-{page_id}.txt"
        try:
            profilers = script_time.profile(page_id, plan.profile_runs, out)
        except RuntimeError as error:  # the page broke while others edit it: say so, go on
            profiles[page_id] = [f"not profiled: {error}"[:200]]
            continue
        profiles[page_id] = script_time.top_costs(profilers) or [f"see {out.name}"]
    return profiles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and sessions")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip the Lighthouse step")
    options = parser.parse_args()
    plan = QUICK if options.quick else FULL
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    pages = page_list()
    script, imports, blank_script = server_side(plan, pages)
    with tempfile.TemporaryDirectory(prefix="backinfo-bench-") as logs:
        browser = asyncio.run(in_browser(plan, pages, Path(logs)))
    results = combine(plan, pages, script, imports, blank_script, browser)
    if options.no_lighthouse:
        say("lighthouse: skipped (--no-lighthouse)")
    elif not lighthouse.installed():
        say("lighthouse: not installed; run python bench/lighthouse.py --install")
    else:
        results["lighthouse"] = lighthouse.measure(pages, plan.lighthouse_runs, say)
    results["profiles"] = profile_misses(plan, results)
    RESULTS.mkdir(exist_ok=True)
    table = report.markdown(results)
    (RESULTS / f"{plan.mode}.json").write_text(json.dumps(results, indent=2) + "\n")
    (RESULTS / f"{plan.mode}.md").write_text(table)
    print()
    print(table)
    misses = [check for check in report.checks(results) if not check.passed]
    print(f"{len(misses)} of {len(report.checks(results))} targets missed.")


if __name__ == "__main__":
    main()
