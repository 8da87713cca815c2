"""Load test: how many visitors one BackInfo replica serves, at Streamlit's protocol level.

    python bench/load/run.py                          # 5, 10, 20, 40, 80 visitors
    python bench/load/run.py --visitors 10 20 --think 2 6
    python bench/load/run.py --url http://127.0.0.1:8080   # a running server or nginx
    python bench/load/run.py --url http://127.0.0.1:8501 --pid 1234   # ... and its memory

Each simulated visitor is one websocket session (no browser): it opens the symptom
checker, answers the questions of `PLAN` one at a time with think time, presses a step
button (Next) when the current screen has nothing left to answer, and reads the result.
For each number of visitors it reports the time from an answer to its `script_finished`
(median, p95, max), the errors, and the server's memory per session. Loopback only; never
run by pytest. See bench/load/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

import websockets

LOAD = Path(__file__).resolve().parent
sys.path[:0] = [str(LOAD), str(LOAD.parent), str(LOAD.parents[1])]  # siblings, bench, root

from servers import ROOT, Server, streamlit_server  # noqa: E402
from streamlit_protocol import ProtocolError, Session, Widget  # noqa: E402

from backinfo import ui_text  # noqa: E402

RESULTS = LOAD / "results"
TARGET_P95_SECONDS = 1.0
MAX_ACTIONS = 60
"""Answers and button presses per visitor, at most: a bound, not a budget."""
RAMP_SECONDS = 5.0
"""Visitors arrive spread over this time, not all in the same millisecond."""

CHECKER_PATH = next(page.url_path for page in ui_text.PAGES if page.id == "symptom_checker")
YES, NO = ui_text.ANSWERS.yes, ui_text.ANSWERS.no
PLAN: dict[str, object] = {
    # The emergency signs first, all no, then a few more, as a person with a back spasm
    # after lifting might answer; question ids are the widgets' keys.
    "bladder_bowel_change": NO,
    "saddle_numbness": NO,
    "sexual_function_change": NO,
    "pain_both_legs": NO,
    "serious_accident": NO,
    "chest_pain": NO,
    "fever": NO,
    "night_or_rest_pain": NO,
    "leg_weakness": NO,
    "pain_severity": 6,
    "pain_duration_weeks": 2,
    "recurring_cramps": YES,
    "started_after_lifting_or_twisting": YES,
    "age_years": 45,
}
STEP_BUTTON = re.compile(r"\b(next|continue|result)\b", re.IGNORECASE)
"""A button that moves the checker on (by its key or its label); never Back or Start again."""


@dataclass
class Visit:
    """What one visitor saw: seconds per page open and per answer, and any error."""

    open_seconds: list[float] = field(default_factory=list)
    answer_seconds: list[float] = field(default_factory=list)
    step_presses: int = 0
    error: str | None = None


@dataclass(frozen=True)
class Level:
    """One number of concurrent visitors and what they measured."""

    visitors: int
    errors: list[str]
    answers: int
    answer_median_ms: float
    answer_p95_ms: float
    answer_max_ms: float
    open_p95_ms: float
    rss_before_mib: float | None
    rss_peak_mib: float | None
    server_cpu_ms_per_run: float | None
    client_cpu_seconds: float
    seconds: float

    @property
    def passed(self) -> bool:
        return not self.errors and self.answer_p95_ms < TARGET_P95_SECONDS * 1000

    @property
    def runs(self) -> int:
        """Answers, presses and page opens: every script run the visitors asked for."""
        return self.answers + self.visitors

    @property
    def server_cores_used(self) -> float | None:
        """How much of a core the server had on average: under 1 while it waits for the
        visitors, or while other work on the machine takes its turn."""
        if self.server_cpu_ms_per_run is None:
            return None
        return self.server_cpu_ms_per_run * self.runs / 1000 / self.seconds

    @property
    def mib_per_session(self) -> float | None:
        if self.rss_before_mib is None or self.rss_peak_mib is None:
            return None
        return (self.rss_peak_mib - self.rss_before_mib) / self.visitors


def step_button(widgets: list[Widget]) -> Widget | None:
    for widget in widgets:
        label = getattr(widget.proto, "label", "")
        if widget.kind == "button" and STEP_BUTTON.search(f"{widget.key or ''} {label}"):
            return widget
    return None


async def visit(session: Session, rng: random.Random, think: tuple[float, float]) -> Visit:
    """Open the checker, answer the plan, press Next when stuck, read the result."""
    seen = Visit()
    answered: set[str] = set()
    try:
        seen.open_seconds.append(await session.open())
        for _ in range(MAX_ACTIONS):
            await asyncio.sleep(rng.uniform(*think))
            widgets = session.widgets()
            todo = next((w for w in widgets if w.key in PLAN and w.key not in answered), None)
            button = step_button(widgets)
            if todo is not None:
                seen.answer_seconds.append(await session.answer(todo, PLAN[todo.key]))
                answered.add(todo.key)
            elif button is not None:
                seen.answer_seconds.append(await session.press(button))
                seen.step_presses += 1
            else:
                break
        missing = sorted(set(PLAN) - answered)
        if missing:
            seen.error = f"questions never shown: {', '.join(missing)}"
        elif ui_text.CHECKER.result_heading not in session.texts():
            seen.error = "no result shown after the last answer"
    except (ProtocolError, TimeoutError, OSError, websockets.WebSocketException) as error:
        seen.error = f"{type(error).__name__}: {error}"
    return seen


async def run_level(
    url: str, server: Server | None, visitors: int, think: tuple[float, float], seed: int
) -> Level:
    """`visitors` sessions at once; memory is read while all of them are still open."""
    rss_before = server.rss_kib() / 1024 if server else None
    cpu_before = cpu_seconds(server.pid) if server else None
    client_before = time.process_time()
    sessions = [Session(url=url, page=CHECKER_PATH) for _ in range(visitors)]

    async def arrive(number: int) -> Visit:
        rng = random.Random(seed * 1000 + number)
        await asyncio.sleep(rng.uniform(0, RAMP_SECONDS))
        return await visit(sessions[number], rng, think)

    started = time.monotonic()
    visits = await asyncio.gather(*(arrive(number) for number in range(visitors)))
    seconds = time.monotonic() - started
    rss_peak = server.rss_kib() / 1024 if server else None
    server_cpu = cpu_seconds(server.pid) - cpu_before if server else None
    client_cpu = time.process_time() - client_before
    await asyncio.gather(*(session.close() for session in sessions), return_exceptions=True)
    answers = sorted(s for v in visits for s in v.answer_seconds)
    opens = sorted(s for v in visits for s in v.open_seconds)
    return Level(
        visitors=visitors,
        errors=[v.error for v in visits if v.error],
        answers=len(answers),
        answer_median_ms=1000 * percentile(answers, 50),
        answer_p95_ms=1000 * percentile(answers, 95),
        answer_max_ms=1000 * percentile(answers, 100),
        open_p95_ms=1000 * percentile(opens, 95),
        rss_before_mib=rss_before,
        rss_peak_mib=rss_peak,
        server_cpu_ms_per_run=1000 * server_cpu / (len(answers) + visitors)
        if server_cpu is not None
        else None,
        client_cpu_seconds=client_cpu,
        seconds=seconds,
    )


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used, from /proc/<pid>/stat (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], rank: float) -> float:
    """Nearest-rank percentile of sorted `values`; NaN when there are none."""
    if not values:
        return float("nan")
    return values[max(0, math.ceil(len(values) * rank / 100) - 1)]


async def warm_up(url: str) -> None:
    """One quick visitor first, so imports and caches are not counted against a level."""
    seen = await visit(Session(url=url, page=CHECKER_PATH), random.Random(0), (0.0, 0.0))
    if seen.error:
        raise SystemExit(f"the warm-up visitor failed: {seen.error}")


async def measure(args: argparse.Namespace) -> list[Level]:
    levels = []
    for visitors in args.visitors:
        if args.url:
            server = Server(args.url, args.pid) if args.pid else None
            await warm_up(args.url)
            level = await run_level(args.url, server, visitors, tuple(args.think), args.seed)
        else:  # a fresh server per level, so memory and caches start level with level
            log = RESULTS / f"server-{visitors}.log"
            with streamlit_server(ROOT / "app.py", log) as server:
                await warm_up(server.url)
                level = await run_level(server.url, server, visitors, tuple(args.think), args.seed)
        print(row(level), flush=True)
        levels.append(level)
    return levels


HEADER = (
    "| Visitors | Answers | Median | p95 | Max | Open p95 | Errors | Memory per session "
    "| Server CPU per run | Server cores used | Client CPU | |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def row(level: Level) -> str:
    memory = "n/a" if level.mib_per_session is None else f"{level.mib_per_session:.2f} MiB"
    cpu = level.server_cpu_ms_per_run
    server_cpu = "n/a" if cpu is None else f"{cpu:.0f} ms"
    cores = "n/a" if level.server_cores_used is None else f"{level.server_cores_used:.2f}"
    verdict = "pass" if level.passed else "miss"
    return (
        f"| {level.visitors} | {level.answers} | {level.answer_median_ms:.0f} ms "
        f"| {level.answer_p95_ms:.0f} ms | {level.answer_max_ms:.0f} ms "
        f"| {level.open_p95_ms:.0f} ms | {len(level.errors)} | {memory} | {server_cpu} "
        f"| {cores} | {level.client_cpu_seconds:.1f} s | {verdict} |"
    )


def summary(levels: list[Level]) -> str:
    passing = [level.visitors for level in levels if level.passed]
    missed = ", ".join(str(level.visitors) for level in levels if not level.passed)
    if not passing:
        capacity = "No level met p95 < 1 s with no errors."
    else:
        capacity = f"Most visitors at once with p95 < 1 s and no errors: {max(passing)}"
        capacity += f" (levels that missed: {missed})." if missed else " (every level passed)."
    return " ".join(part for part in (capacity, memory_slope(levels), per_core(levels)) if part)


def per_core(levels: list[Level]) -> str:
    """An estimate, not a measurement: visitors one free core serves at 60 % busy, from the
    CPU a run costs and the runs a visitor asks for per second at the lightest level."""
    measured = [level for level in levels if level.server_cpu_ms_per_run]
    if not measured:
        return ""
    lightest = min(measured, key=lambda level: level.visitors)
    runs_per_visitor_second = lightest.runs / lightest.seconds / lightest.visitors
    cpu_per_run = sorted(level.server_cpu_ms_per_run for level in measured)[len(measured) // 2]
    visitors = 0.6 / (cpu_per_run / 1000 * runs_per_visitor_second)
    return (
        f"Estimate for one free core at 60 % busy: about {visitors:.0f} visitors "
        f"({cpu_per_run:.0f} ms of CPU per run, {runs_per_visitor_second:.2f} runs per "
        "visitor per second)."
    )


def memory_slope(levels: list[Level]) -> str:
    """Memory per session over all levels: the slope of the open sessions' peak memory
    against their number (least squares), steadier than one level's difference."""
    points = [(level.visitors, level.rss_peak_mib) for level in levels if level.rss_peak_mib]
    if len({visitors for visitors, _ in points}) < 2:
        return ""
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sum(
        (x - mean_x) ** 2 for x, _ in points
    )
    return f"Memory per open session across levels (slope of peak memory): {slope:.2f} MiB."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, nargs="+", default=[5, 10, 20, 40, 80])
    parser.add_argument("--think", type=float, nargs=2, default=[1.0, 3.0], metavar=("MIN", "MAX"))
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--url", help="a running loopback server, or nginx before replicas")
    parser.add_argument("--pid", type=int, help="with --url: the server process, to read memory")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    load_before = os.getloadavg()
    started = datetime.now()
    print(HEADER, flush=True)
    levels = asyncio.run(measure(args))
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    served = f"the server at {args.url}" if args.url else f"the working tree at `{commit}`"
    context = (
        f"Run of {started:%Y-%m-%d %H:%M}, {served}, "
        f"{os.cpu_count()} CPUs, think time {args.think[0]:g} to {args.think[1]:g} s, "
        f"load average {load_before[0]:.1f} at the start and {os.getloadavg()[0]:.1f} at the end."
    )
    text = "\n".join([context, "", HEADER, *map(row, levels), "", summary(levels), ""])
    errors = sorted({error for level in levels for error in level.errors})
    if errors:
        text += "\nErrors seen:\n" + "".join(f"- {error}\n" for error in errors)
    print("\n" + summary(levels))
    (RESULTS / "latest.md").write_text(text)
    (RESULTS / "latest.json").write_text(
        json.dumps([asdict(level) | {"passed": level.passed} for level in levels], indent=2)
    )


if __name__ == "__main__":
    main()
