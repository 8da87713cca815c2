"""Issue 8's targets, checked against one run's numbers, and the run as a Markdown table."""

from __future__ import annotations

from dataclasses import dataclass

LOAD_RATIO = 1.3
INTERACTION_RATIO = 1.3
SCRIPT_MS = 30.0
SESSION_KIB = 2048.0
CONCURRENT_P95_MS = 1000.0


@dataclass(frozen=True)
class Check:
    """One target of issue 8: what it limits, the limit, the value measured, and the verdict."""

    target: str
    limit: str
    measured: str
    passed: bool

    @property
    def verdict(self) -> str:
        return "PASS" if self.passed else "MISS"


def checks(results: dict) -> list[Check]:
    """Every target, PASS or MISS, for the numbers of one run."""
    pages = results["pages"]
    slowest = max(pages, key=lambda page: pages[page]["load_ratio"])
    interacted = {page: row for page, row in pages.items() if row["interaction_ratio"]}
    laggiest = max(interacted, key=lambda page: interacted[page]["interaction_ratio"])
    heaviest = max(pages, key=lambda page: pages[page]["script_ms"])
    memory = results["memory"]["app"]["per_session_kib"]
    crowd = results["concurrency"]
    p95 = crowd["interaction_p95_ms"]
    crowd_ok = not crowd["errors"] and p95 is not None and p95 < CONCURRENT_P95_MS
    return [
        Check(
            "Slowest page load / blank page",
            f"<= {LOAD_RATIO}x",
            f"{pages[slowest]['load_ratio']:.2f}x ({slowest})",
            pages[slowest]["load_ratio"] <= LOAD_RATIO,
        ),
        Check(
            "Interaction latency / blank page",
            f"<= {INTERACTION_RATIO}x",
            f"{interacted[laggiest]['interaction_ratio']:.2f}x ({laggiest})",
            interacted[laggiest]["interaction_ratio"] <= INTERACTION_RATIO,
        ),
        Check(
            "Script time per rerun, every page",
            f"< {SCRIPT_MS:.0f} ms",
            f"{pages[heaviest]['script_ms']:.1f} ms ({heaviest})",
            pages[heaviest]["script_ms"] < SCRIPT_MS,
        ),
        Check(
            "Memory per session",
            f"< {SESSION_KIB / 1024:.0f} MB",
            f"{memory / 1024:.2f} MB",
            memory < SESSION_KIB,
        ),
        Check(
            f"{crowd['visitors']} concurrent sessions: p95 interaction, errors",
            f"< {CONCURRENT_P95_MS:.0f} ms, 0 errors",
            f"{_ms(p95)}, {len(crowd['errors'])} errors",
            crowd_ok,
        ),
    ]


def missed_pages(results: dict) -> list[str]:
    """Pages that miss a per-page target: the ones worth profiling."""
    return [
        page
        for page, row in results["pages"].items()
        if row["script_ms"] >= SCRIPT_MS
        or row["load_ratio"] > LOAD_RATIO
        or (row["interaction_ratio"] or 0) > INTERACTION_RATIO
    ]


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} ms"


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def markdown(results: dict) -> str:
    """The run as Markdown: the targets, then one row per page, then the machine."""
    meta, blank = results["meta"], results["blank"]
    lines = [
        f"Run of {meta['date']} ({meta['mode']}), commit `{meta['commit']}`, "
        f"{meta['cpus']} CPUs, load average {meta['load_average']} at start.",
        "",
        "| Target | Limit | Measured | |",
        "|---|---|---|---|",
        *(
            f"| {check.target} | {check.limit} | {check.measured} | {check.verdict} |"
            for check in checks(results)
        ),
        "",
        "| Page | Load (median) | Load / blank | Interaction | Interaction / blank "
        "| Script per rerun |",
        "|---|---|---|---|---|---|",
        f"| blank page | {_ms(blank['load_ms'])} | 1.00x | {_ms(blank['interaction_ms'])} "
        f"| 1.00x | {blank['script_ms']:.1f} ms |",
        *(
            f"| {page} | {_ms(row['load_ms'])} | {_ratio(row['load_ratio'])} "
            f"| {_ms(row['interaction_ms'])} | {_ratio(row['interaction_ratio'])} "
            f"| {row['script_ms']:.1f} ms |"
            for page, row in results["pages"].items()
        ),
        "",
        f"Import of `backinfo` and all its modules in a fresh interpreter: "
        f"{results['import']['total']:.0f} ms (of which backinfo's own modules "
        f"{results['import']['own']:.0f} ms; the rest is pandas and other libraries).",
        "",
        _memory_line(results["memory"]),
        "",
        _crowd_line(results["concurrency"]),
    ]
    for page, costs in results.get("profiles", {}).items():
        lines += ["", f"Top costs of one rerun of `{page}` (share of its script time):", ""]
        lines += [f"- `{cost}`" for cost in costs]
    return "\n".join(lines) + "\n"


def _memory_line(memory: dict) -> str:
    app, blank = memory["app"], memory["blank"]
    return (
        f"Memory: the app server grew {app['per_session_kib']:.0f} KiB per session over "
        f"{app['sessions']} sessions ({app['rss_before_kib'] / 1024:.0f} -> "
        f"{app['rss_after_kib'] / 1024:.0f} MB RSS); the blank page's server "
        f"{blank['per_session_kib']:.0f} KiB per session."
    )


def _crowd_line(crowd: dict) -> str:
    errors = "; ".join(crowd["errors"][:3]) or "none"
    return (
        f"Concurrency: {crowd['visitors']} sessions on the symptom checker at once, "
        f"{crowd['completed']} finished; interaction p95 {_ms(crowd['interaction_p95_ms'])} "
        f"(median {_ms(crowd['interaction_median_ms'])}), load p95 "
        f"{_ms(crowd['load_p95_ms'])}; errors: {errors}."
    )
