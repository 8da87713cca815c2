"""The treatment records as one pandas table, and the written lists drawn from it.

`frame()` turns `backinfo.treatments` into the table that every chart, written list and
fact table of the treatment page uses. The only module of `backinfo` that imports
pandas: the content, its checks and the clinic tools load without it.
"""

from __future__ import annotations

import functools

import pandas as pd

from backinfo import treatments
from backinfo.sources import SOURCES
from backinfo.treatments import ScaleLabel, Treatment

TEXT_COLUMNS = (
    "id", "name", "kind", "kind_label", "phase", "phase_label", "evidence", "evidence_label",
    "evidence_note", "nice", "nice_label", "invasiveness_label", "risk_label", "relief_label",
    "benefit", "risks", "notes", "sources",
)
RANK_COLUMNS = ("evidence_rank", "nice_rank", "invasiveness_rank", "relief_rank")


def _cite(ids: tuple[str, ...]) -> str:
    return "; ".join(f"{SOURCES[i].publisher} ({SOURCES[i].year})" for i in ids)


def _row(t: Treatment, phase: str) -> dict[str, object]:
    grade, stance = t.evidence[phase], treatments.NICE_LABEL_BY_ID[t.nice[phase].name]
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.kind,
        "kind_label": treatments.KIND_LABEL_BY_ID[t.kind].label,
        "phase": phase,
        "phase_label": treatments.PHASE_LABEL_BY_ID[phase].label,
        "evidence": grade,
        "evidence_label": treatments.EVIDENCE_LABEL_BY_ID[grade].label,
        "evidence_note": t.evidence_note,
        "nice": t.nice[phase].name,
        "nice_label": stance.label,
        "invasiveness_label": treatments.INVASIVENESS_LABEL_BY_ID[t.invasiveness.name].label,
        "risk_label": treatments.RISK_LABEL_BY_ID[t.risk.name].label,
        "relief_label": treatments.RELIEF_LABEL_BY_ID[t.relief.name].label,
        "benefit": t.benefit,
        "risks": t.risks,
        "notes": t.notes,
        "sources": _cite(t.sources),
        "evidence_rank": treatments.EVIDENCE_LEVELS.index(grade),
        "nice_rank": stance.rank,
        "invasiveness_rank": int(t.invasiveness),
        "relief_rank": int(t.relief),
    }


@functools.cache
def _frame() -> pd.DataFrame:
    rows = [
        _row(t, phase)
        for t in treatments.TREATMENTS
        for phase in treatments.PHASES
        if phase in t.phases
    ]
    return pd.DataFrame(rows).astype(
        {c: "string" for c in TEXT_COLUMNS} | {c: "int64" for c in RANK_COLUMNS}
    )


def frame() -> pd.DataFrame:
    """The treatments as a table: one row per treatment and phase it covers, in the order
    of TREATMENTS and then PHASES.

    `phase` is "acute" or "chronic"; `evidence`, `nice` (a NiceStance name) and their
    labels and ranks are that phase's. Columns: TEXT_COLUMNS (strings) and RANK_COLUMNS
    (int64, higher means stronger evidence, firmer NICE support, more invasive or slower).
    Built once; each call returns a fresh copy, so callers may change it.
    """
    return _frame().copy()


def grouped_names(
    table: pd.DataFrame, scale: str, *, detail: str | None = None, descending: bool = False
) -> tuple[tuple[ScaleLabel, tuple[str, ...]], ...]:
    """The options in `table` grouped by their level on `scale`, for a written summary.

    `scale` is "evidence", "nice", "invasiveness" or "relief"; levels run from the bottom
    of the scale up, or from the top down with `descending`. Empty levels are left out.
    With `detail`, each name carries that scale's label: "Acupuncture: Moderate".
    """
    levels = treatments.scale_levels(scale)
    groups = []
    for level in reversed(levels) if descending else levels:
        rows = table[table[f"{scale}_rank"] == level.rank]
        names = tuple(
            f"{row['name']}: {row[f'{detail}_label']}" if detail else row["name"]
            for _, row in rows.iterrows()
        )
        if names:
            groups.append((level, names))
    return tuple(groups)
