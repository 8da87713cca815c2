"""The browser measurements: page loads, interactions, memory per session, concurrency."""

from __future__ import annotations

import asyncio
import statistics
from dataclasses import dataclass, field

from browser import INTERACTIONS, click_and_wait, load, new_page, page_problems
from servers import Server

SYMPTOM_CHECKER = "symptom-checker"
FEVER = '.st-key-fever [data-testid="stRadioOption"] >> nth=0'  # the Yes option
LINK_TO_CHECKER = (
    f'[data-testid="stMain"] [data-testid="stPageLink-NavLink"][href$="{SYMPTOM_CHECKER}"]'
)


@dataclass(frozen=True)
class Target:
    """A page to measure: its id ('blank' for the blank page), its server and its address."""

    id: str
    server: Server
    path: str

    @property
    def url(self) -> str:
        return f"{self.server.url}/{self.path}"


async def load_times(browser, targets: list[Target], runs: int) -> dict[str, float]:
    """Median warm load per target; one warm-up load each, then the runs interleaved."""
    tabs = {target.id: await new_page(browser) for target in targets}
    for target in targets:
        await load(tabs[target.id], target.url)
    times: dict[str, list[float]] = {target.id: [] for target in targets}
    for _ in range(runs):
        for target in targets:
            times[target.id].append(await load(tabs[target.id], target.url))
    for tab in tabs.values():
        await tab.context.close()
    return {page_id: statistics.median(values) for page_id, values in times.items()}


async def interaction_times(browser, targets: list[Target], rounds: int) -> dict[str, float]:
    """Median click-to-rerun-finished time per target, over `rounds` clicks there and back."""
    targets = [target for target in targets if target.id in INTERACTIONS]
    tabs = {target.id: await new_page(browser) for target in targets}
    for target in targets:
        await load(tabs[target.id], target.url)
    times: dict[str, list[float]] = {target.id: [] for target in targets}
    for _ in range(rounds):
        for target in targets:
            for selector in INTERACTIONS[target.id].selectors():
                times[target.id].append(await click_and_wait(tabs[target.id], selector))
    for tab in tabs.values():
        await tab.context.close()
    return {page_id: statistics.median(values) for page_id, values in times.items()}


async def session_journey(browser, server: Server, blank: bool) -> None:
    """One visitor: open the home page, interact once, leave (the context is closed)."""
    page = await new_page(browser)
    try:
        await load(page, f"{server.url}/")
        if blank:
            await click_and_wait(page, INTERACTIONS["blank"].selectors()[0])
        else:
            await click_and_wait(page, LINK_TO_CHECKER)
            await page.locator(FEVER).wait_for()
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
    """`visitors` tabs open the symptom checker at once, then all tick 'fever' at once."""
    crowd = Crowd()
    pages = [await new_page(browser) for _ in range(visitors)]
    for page in pages:
        page.on("pageerror", lambda error: crowd.errors.append(f"page error: {error}"))

    async def step(page, action, into: list[float]) -> None:
        try:
            into.append(await action(page))
        except Exception as error:  # noqa: BLE001 - every failure is a finding to report
            crowd.errors.append(f"{type(error).__name__}: {str(error)[:200]}")

    url = f"{server.url}/{SYMPTOM_CHECKER}"
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
