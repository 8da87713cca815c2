"""Server-side cost: script time per rerun under AppTest, backinfo's import time, profiles.

AppTest runs the real app.py, so a page's rerun includes the frame app.py draws around it.
The same measurement of bench/blank_app.py shows what AppTest itself costs per run.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from servers import ROOT

BLANK = Path(__file__).with_name("blank_app.py")
IMPORT_ALL = (
    "import importlib, pkgutil, backinfo\n"
    "for module in pkgutil.iter_modules(backinfo.__path__, 'backinfo.'):\n"
    "    importlib.import_module(module.name)\n"
)
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


@contextmanager
def project_root() -> Iterator[None]:
    """Run with the project root as working directory and first on sys.path, as Streamlit does."""
    before = os.getcwd()
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    try:
        yield
    finally:
        sys.path.remove(str(ROOT))
        os.chdir(before)


def open_app(page_id: str | None, lang: str | None = None):
    """The app under AppTest at this page (None: the blank page), in a language (`?lang=`),
    run once and warm."""
    from streamlit.testing.v1 import AppTest

    script = BLANK if page_id is None else ROOT / "app.py"
    app = AppTest.from_file(str(script), default_timeout=60)
    if lang:
        app.query_params["lang"] = lang
    app.run()
    if page_id not in (None, "home"):
        app.switch_page(f"app_pages/{page_id}.py").run()
    if app.exception:
        raise RuntimeError(f"{page_id or 'blank'} raised: {app.exception[0].message}")
    return app


def rerun_ms(page_id: str | None, runs: int, lang: str | None = None) -> float:
    """Median wall time of `runs` reruns of a page under AppTest, in ms."""
    with project_root():
        app = open_app(page_id, lang)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            app.run()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def import_ms(runs: int) -> dict[str, float]:
    """Importing backinfo and all its modules in a fresh interpreter, median of `runs`.

    `total` is the wall time; `own` counts only backinfo's modules (`-X importtime` self
    times), leaving out the third-party libraries they import (pandas above all).
    """
    totals, owns = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", IMPORT_ALL],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        totals.append((time.perf_counter() - start) * 1000)
        own = sum(
            int(match[1])
            for match in map(IMPORT_LINE.match, done.stderr.splitlines())
            if match and match[4].startswith("backinfo")
        )
        owns.append(own / 1000)
    return {"total": statistics.median(totals), "own": statistics.median(owns)}


def profile(page_id: str, runs: int, out: Path) -> list:
    """Profile `runs` reruns of a page in AppTest's script thread; write the report to `out`.

    Uses pyinstrument when installed, else cProfile sorted by cumulative time. Returns the
    profilers, one per rerun.
    """
    from streamlit.testing.v1.local_script_runner import LocalScriptRunner

    try:
        from pyinstrument import Profiler
    except ImportError:
        Profiler = None  # noqa: N806
    sessions = []
    original = LocalScriptRunner._run_script_thread

    def profiled(self: LocalScriptRunner) -> None:
        if Profiler is None:
            import cProfile

            profiler = cProfile.Profile()
            profiler.runcall(original, self)
        else:
            profiler = Profiler(interval=0.0005)
            profiler.start()
            try:
                original(self)
            finally:
                profiler.stop()
        sessions.append(profiler)

    with project_root():
        app = open_app(page_id)
        LocalScriptRunner._run_script_thread = profiled
        try:
            for _ in range(runs):
                app.run()
        finally:
            LocalScriptRunner._run_script_thread = original
    out.write_text(_report(sessions))
    return sessions


def _merged_session(sessions: list):
    """One pyinstrument session out of several profilers, or None for cProfile."""
    if not hasattr(sessions[0], "last_session"):
        return None
    from pyinstrument.session import Session

    merged = sessions[0].last_session
    for profiler in sessions[1:]:
        merged = Session.combine(merged, profiler.last_session)
    return merged


def _report(sessions: list) -> str:
    merged = _merged_session(sessions)
    if merged is not None:
        from pyinstrument.renderers import ConsoleRenderer

        renderer = ConsoleRenderer(unicode=True, color=False, time="percent_of_total")
        return renderer.render(merged)
    import io
    import pstats

    stream = io.StringIO()
    stats = pstats.Stats(sessions[0], stream=stream)
    for profiler in sessions[1:]:
        stats.add(profiler)
    stats.sort_stats("cumulative").print_stats(40)
    return stream.getvalue()


def top_costs(report_sessions: list, limit: int = 8) -> list[str]:
    """The biggest calls made from the project's own code, as 'NN% caller -> callee' lines."""
    merged = _merged_session(report_sessions)
    if merged is None:
        return []
    root = merged.root_frame()
    total = root.time or 1.0
    costs: dict[str, float] = {}

    def own(frame) -> bool:
        return (
            bool(frame.file_path)
            and str(ROOT) in frame.file_path
            and "/bench/" not in (frame.file_path)
        )

    def holds_own(frame) -> bool:
        return own(frame) or any(holds_own(child) for child in frame.children)

    def walk(frame, caller: str | None) -> None:
        here = f"{Path(frame.file_path).relative_to(ROOT)}:{frame.function}" if own(frame) else None
        transparent = frame.function == "wrapped_func"  # Streamlit's metrics wrapper
        if caller and not here and not transparent and not holds_own(frame):
            key = f"{caller} -> {frame.function}"
            costs[key] = costs.get(key, 0.0) + frame.time
            return
        for child in frame.children:
            walk(child, here or caller)

    walk(root, None)
    ranked = sorted(costs.items(), key=lambda item: item[1], reverse=True)[:limit]
    return [f"{100 * seconds / total:4.1f}% {call}" for call, seconds in ranked]
