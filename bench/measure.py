"""The browser measurements: page loads, interactions, memory per session, concurrency."""

from __future__ import annotations

import asyncio
import statistics
from dataclasses import dataclass, field

from browser import (
    INTERACTIONS,
    checker_second_step,
    click_and_wait,
    drawn,
    load,
    new_page,
    page_problems,
    pressed_at,
)
from servers import Server

# The checker at its second step (the emergency signs answered No), where `fever` is asked.
SYMPTOM_CHECKER = "symptom-checker"
FEVER = '.st-key-fever [data-testid="stRadioOption"] >> nth=0'  # the Yes option


@dataclass(frozen=True)
class Target:
    """A page to measure: its id ('blank' for the blank page), its server and its address."""

    id: str
    server: Server
    path: str

    @property
    def url(self) -> str:
        return f"{self.server.url}/{self.path}"


@dataclass(frozen=True)
class Timed:
    """Median times per target by both clocks: Streamlit's "run finished" and "drawn"
    (the page stopped changing; see browser.py)."""

    finished: dict[str, float]
    drawn: dict[str, float]


def medians(times: dict[str, list[tuple[float, float]]]) -> Timed:
    return Timed(
        finished={key: statistics.median(t for t, _ in pairs) for key, pairs in times.items()},
        drawn={key: statistics.median(d for _, d in pairs) for key, pairs in times.items()},
    )


async def load_times(browser, targets: list[Target], runs: int) -> Timed:
    """Median warm load per target; one warm-up load each, then the runs interleaved."""
    tabs = {target.id: await new_page(browser) for target in targets}
    for target in targets:
        await load(tabs[target.id], target.url)
    times: dict[str, list[tuple[float, float]]] = {target.id: [] for target in targets}
    for _ in range(runs):
        for target in targets:
            tab = tabs[target.id]
            finished = await load(tab, target.url)
            times[target.id].append((finished, await drawn(tab, 0.0)))
    for tab in tabs.values():
        await tab.context.close()
    return medians(times)


async def interaction_times(browser, targets: list[Target], rounds: int) -> Timed:
    """Median press-to-rerun-finished and press-to-drawn time per target, over `rounds`
    clicks there and back."""
    targets = [target for target in targets if target.id in INTERACTIONS]
    tabs = {target.id: await new_page(browser) for target in targets}
    for target in targets:
        await load(tabs[target.id], target.url + INTERACTIONS[target.id].query)
        await drawn(tabs[target.id], 0.0)
    times: dict[str, list[tuple[float, float]]] = {target.id: [] for target in targets}
    for _ in range(rounds):
        for target in targets:
            tab = tabs[target.id]
            for selector in INTERACTIONS[target.id].selectors():
                finished = await click_and_wait(tab, selector)
                times[target.id].append((finished, await drawn(tab, await pressed_at(tab))))
    for tab in tabs.values():
        await tab.context.close()
    return medians(times)


async def session_journey(browser, server: Server, blank: bool) -> None:
    """One visitor: open the home page, interact once, leave (the context is closed). In
    the app: then open the checker's second step and answer Yes to `fever`."""
    page = await new_page(browser)
    try:
        await load(page, f"{server.url}/")
        if blank:
            await click_and_wait(page, INTERACTIONS["blank"].selectors()[0])
        else:
            await load(page, f"{server.url}/{SYMPTOM_CHECKER}{checker_second_step()}")
            await click_and_wait(page, FEVER)
    finally:
        await page.context.close()


async def memory_per_session(browser, server: Server, sessions: int, blank: bool) -> dict:
    """The server's resident memory growth over `sessions` visits, per visit, in KiB."""
    await session_journey(browser, server, blank)  # first visit: lazy imports, caches
    before = server.rss_kib()
    for _ in range(sessions):
        await session_journey(browser, server, blank)
    after = server.rss_kib()
    await asyncio.sleep(3)
    settled = server.rss_kib()
    return {
        "sessions": sessions,
        "rss_before_kib": before,
        "rss_after_kib": after,
        "rss_settled_kib": settled,
        "per_session_kib": (after - before) / sessions,
    }


@dataclass
class Crowd:
    """What the concurrent visitors saw: their load and interaction times and any errors."""

    loads: list[float] = field(default_factory=list)
    interactions: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def concurrency(browser, server: Server, visitors: int) -> dict:
    """`visitors` tabs open the symptom checker's second step at once, then all answer
    Yes to 'fever' at once."""
    crowd = Crowd()
    pages = [await new_page(browser) for _ in range(visitors)]
    for page in pages:
        page.on("pageerror", lambda error: crowd.errors.append(f"page error: {error}"))

    async def step(page, action, into: list[float]) -> None:
        try:
            into.append(await action(page))
        except Exception as error:  # noqa: BLE001 - every failure is a finding to report
            crowd.errors.append(f"{type(error).__name__}: {str(error)[:200]}")

    url = f"{server.url}/{SYMPTOM_CHECKER}{checker_second_step()}"
    await asyncio.gather(*(step(page, lambda p: load(p, url), crowd.loads) for page in pages))
    await asyncio.gather(
        *(step(page, lambda p: click_and_wait(p, FEVER), crowd.interactions) for page in pages)
    )
    for page in pages:
        crowd.errors += await page_problems(page)
        await page.context.close()
    return {
        "visitors": visitors,
        "completed": len(crowd.interactions),
        "load_p95_ms": percentile(crowd.loads, 95),
        "interaction_p95_ms": percentile(crowd.interactions, 95),
        "interaction_median_ms": statistics.median(crowd.interactions)
        if crowd.interactions
        else None,
        "errors": crowd.errors,
    }


def percentile(values: list[float], percent: float) -> float | None:
    """The nearest-rank percentile: the smallest value with `percent`% of values at or below."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * percent // 100))
    return ordered[int(rank) - 1]
