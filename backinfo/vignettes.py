"""The public vignette suite: clinical cases with the urgency range the references accept.

`python -m backinfo.vignettes [FILE]` prints the under-triage, over-triage and exact-match
rates of `triage.assess` on the suite (default: tests/vignettes/triage.toml). A case is
under-triaged when the result is below its `lowest` level, over-triaged when above its
`highest`, and an exact match when the result is its `lowest` level: the level the
references name (a higher level inside the range is accepted caution).
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from backinfo.sources import SOURCES
from backinfo.triage import assess
from backinfo.triage_rules import Urgency

DEFAULT_SUITE = Path(__file__).resolve().parent.parent / "tests" / "vignettes" / "triage.toml"


@dataclass(frozen=True)
class Vignette:
    """One case: answers, the accepted urgency range, why, and the sources that say so."""

    name: str
    answers: Mapping[str, object]
    lowest: Urgency
    highest: Urgency
    rationale: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Scores:
    """How the rules do on a suite: counts and the names of the cases outside range."""

    total: int
    under: tuple[str, ...]
    over: tuple[str, ...]
    exact: int

    def rate(self, count: int) -> float:
        """A count as a share of all cases, 0 to 1."""
        return count / self.total if self.total else 0.0


def load(path: Path = DEFAULT_SUITE) -> tuple[Vignette, ...]:
    """Read and check a suite; raises ValueError naming the case for a malformed one."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    cases = []
    for number, raw in enumerate(data.get("case", []), start=1):
        name = raw.get("name", f"case {number}")
        try:
            vignette = Vignette(
                name=name,
                answers=dict(raw["answers"]),
                lowest=Urgency[raw["lowest"]],
                highest=Urgency[raw["highest"]],
                rationale=raw["rationale"],
                sources=tuple(raw["sources"]),
            )
        except KeyError as error:
            raise ValueError(f"{path}: {name}: missing or unknown {error}") from None
        if vignette.lowest > vignette.highest or not vignette.rationale.strip():
            raise ValueError(f"{path}: {name}: lowest above highest, or no rationale")
        if not vignette.sources or not set(vignette.sources) <= SOURCES.keys():
            raise ValueError(f"{path}: {name}: no sources, or an unknown source id")
        cases.append(vignette)
    if len({case.name for case in cases}) != len(cases):
        raise ValueError(f"{path}: two cases share a name")
    return tuple(cases)


def score(cases: Sequence[Vignette]) -> Scores:
    """Run every case through `assess` and count results below, above and at the level."""
    under, over, exact = [], [], 0
    for case in cases:
        urgency = assess(case.answers).urgency
        if urgency < case.lowest:
            under.append(case.name)
        elif urgency > case.highest:
            over.append(case.name)
        exact += urgency == case.lowest
    return Scores(total=len(cases), under=tuple(under), over=tuple(over), exact=exact)


def main(argv: Sequence[str]) -> int:
    """Print the rates; exit 1 if any case is under-triaged."""
    scores = score(load(Path(argv[0]) if argv else DEFAULT_SUITE))
    print(f"cases: {scores.total}")
    print(f"under-triage: {scores.rate(len(scores.under)):.1%} ({len(scores.under)})")
    print(f"over-triage: {scores.rate(len(scores.over)):.1%} ({len(scores.over)})")
    print(f"exact match: {scores.rate(scores.exact):.1%} ({scores.exact})")
    for name in scores.under:
        print(f"UNDER-TRIAGED: {name}")
    for name in scores.over:
        print(f"over-triaged: {name}")
    return 1 if scores.under else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
