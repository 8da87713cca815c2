"""The targets (issue 13; memory and concurrency from issue 8), checked against one run's
numbers, and the run as Markdown tables."""

from __future__ import annotations

from dataclasses import dataclass

LOAD_RATIO = 1.6
INTERACTION_RATIO = 1.5
INTERACTION_PAGES = ("symptom_checker", "treatments")  # the main controls issue 13 names
SCRIPT_MS = 20.0
SESSION_KIB = 2048.0
CONCURRENT_P95_MS = 1000.0
HOME_TRANSFER_BYTES = 1_000_000  # through nginx, first visit
TREATMENTS_TBT_MS = 250.0  # through nginx, median of three Lighthouse runs
CLOCKS = (("", "run finished"), ("_drawn", "press until drawn"))


@dataclass(frozen=True)
class Check:
    """One target: what it limits, the limit, the value measured, and the verdict."""

    target: str
    limit: str
    measured: str
    passed: bool

    @property
    def verdict(self) -> str:
        return "PASS" if self.passed else "MISS"


def _worst(rows: dict, key: str, limit: float, target: str) -> Check:
    """The page with the highest `key`, against `limit`."""
    worst = max(rows, key=lambda page: rows[page][key])
    return Check(target, f"<= {limit}x", f"{rows[worst][key]:.2f}x ({worst})",
                 rows[worst][key] <= limit)


def checks(results: dict) -> list[Check]:
    """Every target, PASS or MISS, for the numbers of one run."""
    pages = results["pages"]
    controls = {page: pages[page] for page in INTERACTION_PAGES if page in pages}
    heaviest = max(pages, key=lambda page: pages[page]["script_ms"])
    memory = results["memory"]["app"]["per_session_kib"]
    crowd = results["concurrency"]
    p95 = crowd["interaction_p95_ms"]
    crowd_ok = not crowd["errors"] and p95 is not None and p95 < CONCURRENT_P95_MS
    return [
        *(
            _worst(pages, f"load{suffix}_ratio", LOAD_RATIO,
                   f"Slowest warm page load / blank page ({clock})")
            for suffix, clock in CLOCKS
        ),
        *(
            _worst(controls, f"interaction{suffix}_ratio", INTERACTION_RATIO,
                   f"Checker and treatment controls / blank checkbox ({clock})")
            for suffix, clock in CLOCKS
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
        *lighthouse_checks(results.get("lighthouse")),
    ]


def lighthouse_checks(lighthouse: dict | None) -> list[Check]:
    """Issue 13's first-visit targets, through nginx; none when Lighthouse did not run."""
    if not lighthouse:
        return []
    home, treatments = lighthouse["nginx"]["home"], lighthouse["nginx"]["treatments"]
    return [
        Check(
            "Home, first visit through nginx: transfer",
            f"< {HOME_TRANSFER_BYTES / 1e6:.0f} MB",
            f"{home['transfer_bytes'] / 1e6:.2f} MB",
            home["transfer_bytes"] < HOME_TRANSFER_BYTES,
        ),
        Check(
            "Treatments, first visit through nginx: total blocking time",
            f"< {TREATMENTS_TBT_MS:.0f} ms (median of {treatments['runs']})",
            f"{treatments['tbt_ms']:.0f} ms",
            treatments["tbt_ms"] < TREATMENTS_TBT_MS,
        ),
    ]


def missed_pages(results: dict) -> list[str]:
    """Pages that miss a per-page target: the ones worth profiling."""
    return [
        page
        for page, row in results["pages"].items()
        if row["script_ms"] >= SCRIPT_MS
        or max(row["load_ratio"], row["load_drawn_ratio"]) > LOAD_RATIO
        or (page in INTERACTION_PAGES
            and max(row["interaction_ratio"], row["interaction_drawn_ratio"]) > INTERACTION_RATIO)
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
        "Two clocks: *run finished* (Streamlit's last script run has ended and the page says "
        "so) and *drawn* (from the press, or the navigation, until the page stopped changing "
        "for 500 ms).",
        "",
        "| Page | Load: run finished | / blank | Load: drawn | / blank "
        "| Interaction: run finished | / blank | Interaction: drawn | / blank "
        "| Script per rerun |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| blank page | {_ms(blank['load_ms'])} | 1.00x | {_ms(blank['load_drawn_ms'])} | 1.00x "
        f"| {_ms(blank['interaction_ms'])} | 1.00x | {_ms(blank['interaction_drawn_ms'])} "
        f"| 1.00x | {blank['script_ms']:.1f} ms |",
        *(
            f"| {page} | {_ms(row['load_ms'])} | {_ratio(row['load_ratio'])} "
            f"| {_ms(row['load_drawn_ms'])} | {_ratio(row['load_drawn_ratio'])} "
            f"| {_ms(row['interaction_ms'])} | {_ratio(row['interaction_ratio'])} "
            f"| {_ms(row['interaction_drawn_ms'])} | {_ratio(row['interaction_drawn_ratio'])} "
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
    if results.get("lighthouse"):
        lines += ["", lighthouse_markdown(results["lighthouse"])]
    for page, costs in results.get("profiles", {}).items():
        lines += ["", f"Top costs of one rerun of `{page}` (share of its script time):", ""]
        lines += [f"- `{cost}`" for cost in costs]
    return "\n".join(lines) + "\n"


def lighthouse_markdown(lighthouse: dict) -> str:
    """Lighthouse's numbers per page, served directly and through nginx, side by side."""
    def cells(numbers: dict | None) -> str:
        if numbers is None:
            return "| n/a | n/a | n/a | n/a "
        return (
            f"| {numbers['transfer_bytes'] / 1e6:.2f} MB | {numbers['fcp_ms'] / 1000:.1f} s "
            f"| {numbers['tbt_ms']:.0f} ms | {numbers['score']:.0f} "
        )

    direct, nginx = lighthouse["direct"], lighthouse["nginx"]
    runs = sorted({numbers["runs"] for way in (direct, nginx) for numbers in way.values()})
    return "\n".join([
        "Lighthouse 12 (default mobile profile, empty cache: a first visit on a slow phone), "
        f"median of {' or '.join(map(str, runs))} runs per page (see `runs` in the JSON).",
        "",
        "| Page | Direct: transfer | FCP | TBT | score | nginx: transfer | FCP | TBT | score |",
        "|---|---|---|---|---|---|---|---|---|",
        *(f"| {page} {cells(direct.get(page))}{cells(nginx.get(page))}|" for page in direct),
    ])


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
