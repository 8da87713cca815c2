"""A first visit on a slow phone: Lighthouse 12 on every page, served directly and through nginx.

    python bench/lighthouse.py --install   # once: npm install lighthouse@12.2.3 into bench/.node
    python bench/lighthouse.py [--runs 3]   # alone; bench/run.py also runs it as its last step

Lighthouse's default mobile profile (a mid-range phone, a slow 4G line and a 4x slower
CPU, all simulated) loads each page with an empty cache, as a first visit does, in
Debian's Chromium. Each page is measured served directly by `streamlit run` and through
deploy/nginx.conf.example (run by deploy/run_replicas.py, two replicas): the example
compresses Streamlit's JavaScript, CSS, JSON, SVG and fonts. The blank page
(blank_app.py) is measured directly as the reference. Everything stays on loopback.
Lighthouse's numbers vary from run to run, its blocking time most: each is the median of
the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from servers import ROOT, streamlit_server  # noqa: E402

VERSION = "12.2.3"
NODE = BENCH / ".node"  # git-ignored (bench/.gitignore)
LIGHTHOUSE = NODE / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu"
RUN_SECONDS = 240
# The treatment page's blocking-time target is a median of three, whatever the mode.
TARGET_RUNS = 3
AUDITS = {
    "transfer_bytes": "total-byte-weight",
    "fcp_ms": "first-contentful-paint",
    "tbt_ms": "total-blocking-time",
}


def install() -> None:
    """Install the pinned Lighthouse into bench/.node with npm (the bench's setup step)."""
    subprocess.run(
        ["npm", "install", "--prefix", str(NODE), "--no-audit", "--no-fund",
         f"lighthouse@{VERSION}"],
        check=True,
    )


def installed() -> bool:
    return LIGHTHOUSE.exists()


def audit(url: str, out: Path) -> dict[str, float]:
    """One Lighthouse run of `url`: transfer size, first contentful paint, blocking time, score."""
    env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium"}
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--only-categories=performance", "--output=json",
         f"--output-path={out}", f"--chrome-flags={CHROME_FLAGS}"],
        env=env, check=True, capture_output=True, timeout=RUN_SECONDS,
    )
    report = json.loads(out.read_text())
    numbers = {name: report["audits"][key]["numericValue"] for name, key in AUDITS.items()}
    return {**numbers, "score": 100 * (report["categories"]["performance"]["score"] or 0)}


def median_audit(url: str, runs: int, folder: Path) -> dict[str, float]:
    """Each number's median over `runs` Lighthouse runs of `url`."""
    results = [audit(url, folder / f"run-{index}.json") for index in range(runs)]
    return {
        **{key: statistics.median(r[key] for r in results) for key in results[0]},
        "runs": runs,
    }


def measure(pages: list[tuple[str, str]], runs: int, say=print) -> dict[str, dict]:
    """{"direct": {page: numbers}, "nginx": {page: numbers}}; the blank page directly only."""
    from deploy.run_replicas import replicas

    results: dict[str, dict] = {"direct": {}, "nginx": {}}
    with tempfile.TemporaryDirectory(prefix="backinfo-lighthouse-") as temp:
        folder = Path(temp)
        with streamlit_server(BENCH / "blank_app.py", folder / "blank.log") as blank:
            say("lighthouse: blank page, direct")
            results["direct"]["blank"] = median_audit(f"{blank.url}/", runs, folder)
        with streamlit_server(ROOT / "app.py", folder / "app.log") as app:
            for page_id, path in pages:
                say(f"lighthouse: {page_id}, direct")
                results["direct"][page_id] = median_audit(f"{app.url}/{path}", runs, folder)
        with replicas(2) as cluster:
            for page_id, path in pages:
                count = max(runs, TARGET_RUNS) if page_id == "treatments" else runs
                say(f"lighthouse: {page_id}, through nginx")
                results["nginx"][page_id] = median_audit(f"{cluster.url}/{path}", count, folder)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--install", action="store_true", help="install Lighthouse and stop")
    parser.add_argument("--runs", type=int, default=3, help="runs per page (median)")
    options = parser.parse_args()
    if options.install:
        install()
        return
    import report
    import run

    results = measure(run.page_list(), options.runs)
    print(report.lighthouse_markdown(results))


if __name__ == "__main__":
    main()
