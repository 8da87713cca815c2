"""The treatment records as one pandas table, and the written lists drawn from it.

`frame()` turns `backinfo.treatments` into the table that every chart, written list and
fact table of the treatment page uses, in one language. The only module of `backinfo`
that imports pandas: the content, its checks and the clinic tools load without it.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from backinfo import i18n, treatments
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


def _row(t: Treatment, phase: str, lang: str) -> dict[str, object]:
    def label(by_id: Mapping[str, ScaleLabel], value: str) -> str:
        return i18n.localize(by_id, lang)[value].label

    grade, stance = t.evidence[phase], t.nice[phase].name
    words = i18n.localize(t, lang)
    return {
        "id": t.id,
        "name": words.name,
        "kind": t.kind,
        "kind_label": label(treatments.KIND_LABEL_BY_ID, t.kind),
        "phase": phase,
        "phase_label": label(treatments.PHASE_LABEL_BY_ID, phase),
        "evidence": grade,
        "evidence_label": label(treatments.EVIDENCE_LABEL_BY_ID, grade),
        "evidence_note": words.evidence_note,
        "nice": stance,
        "nice_label": label(treatments.NICE_LABEL_BY_ID, stance),
        "invasiveness_label": label(treatments.INVASIVENESS_LABEL_BY_ID, t.invasiveness.name),
        "risk_label": label(treatments.RISK_LABEL_BY_ID, t.risk.name),
        "relief_label": label(treatments.RELIEF_LABEL_BY_ID, t.relief.name),
        "benefit": words.benefit,
        "risks": words.risks,
        "notes": words.notes,
        "sources": _cite(t.sources),
        "evidence_rank": treatments.EVIDENCE_LEVELS.index(grade),
        "nice_rank": treatments.NICE_LABEL_BY_ID[stance].rank,
        "invasiveness_rank": int(t.invasiveness),
        "relief_rank": int(t.relief),
    }


def frame(*, lang: str = "en") -> pd.DataFrame:
    """The treatments as a table in the language: one row per treatment and phase it
    covers, in the order of TREATMENTS and then PHASES.

    `phase` is "acute" or "chronic"; `evidence`, `nice` (a NiceStance name) and their
    labels and ranks are that phase's. Columns: TEXT_COLUMNS (strings) and RANK_COLUMNS
    (int64, higher means stronger evidence, firmer NICE support, more invasive or slower).
    Built afresh on each call (a few milliseconds), so callers may change it; the page
    caches what it draws from it, one entry per language.
    """
    rows = [
        _row(t, phase, lang)
        for t in treatments.TREATMENTS
        for phase in treatments.PHASES
        if phase in t.phases
    ]
    return pd.DataFrame(rows).astype(
        {c: "string" for c in TEXT_COLUMNS} | {c: "int64" for c in RANK_COLUMNS}
    )


def grouped_names(
    table: pd.DataFrame,
    scale: str,
    *,
    detail: str | None = None,
    descending: bool = False,
    lang: str = "en",
) -> tuple[tuple[ScaleLabel, tuple[str, ...]], ...]:
    """The options in `table` grouped by their level on `scale`, for a written summary.

    `scale` is "evidence", "nice", "invasiveness" or "relief"; levels run from the bottom
    of the scale up, or from the top down with `descending`. Empty levels are left out.
    With `detail`, each name carries that scale's label: "Acupuncture: Moderate". The
    levels are in the language; the names and labels come from `table` as they are, so
    pass a `frame()` in the same language.
    """
    levels = i18n.localize(treatments.scale_levels(scale), lang)
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
