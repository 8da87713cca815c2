"""The treatment table: frame() and the written lists drawn from it; the only pandas in
backinfo."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

import backinfo
from backinfo import treatments
from backinfo.sources import SOURCES
from backinfo.treatments import (
    EVIDENCE_LEVELS,
    PHASES,
    TREATMENT_BY_ID,
    TREATMENTS,
    Invasiveness,
    Risk,
)
from backinfo.treatments_table import RANK_COLUMNS, TEXT_COLUMNS, frame, grouped_names

ROOT = Path(__file__).resolve().parents[1]


def test_frame_has_one_row_per_treatment_and_phase_in_order():
    table = frame()
    assert list(zip(table["id"], table["phase"], strict=True)) == [
        (t.id, p) for t in TREATMENTS for p in PHASES if p in t.phases
    ]


def test_frame_has_the_expected_columns_and_dtypes():
    table = frame()
    for column in TEXT_COLUMNS:
        assert pd.api.types.is_string_dtype(table[column]), column
    for column in RANK_COLUMNS:
        assert table[column].dtype == "int64", column
    assert set(table.columns) == set(TEXT_COLUMNS + RANK_COLUMNS)


def test_frame_carries_each_phases_own_grade_and_stance():
    table = frame().set_index(["id", "phase"])
    for t in TREATMENTS:
        for phase in t.phases:
            row = table.loc[(t.id, phase)]
            assert row["evidence"] == t.evidence[phase], (t.id, phase)
            assert row["evidence_rank"] == EVIDENCE_LEVELS.index(t.evidence[phase])
            assert row["nice"] == t.nice[phase].name, (t.id, phase)
            assert row["nice_label"] == treatments.NICE_LABEL_BY_ID[t.nice[phase].name].label
    assert table.loc[("heat_therapy", "acute"), "evidence_label"] == "Moderate"
    assert table.loc[("heat_therapy", "chronic"), "evidence_label"] == "Not enough evidence"
    assert table.loc[("opioids", "chronic"), "nice_label"] == "Do not offer"


def test_frame_ranks_and_labels_follow_the_scales():
    table = frame().set_index(["id", "phase"])
    assert table.loc[("spinal_fusion", "chronic"), "invasiveness_rank"] == Invasiveness.HIGH
    high_risk = treatments.RISK_LABEL_BY_ID[Risk.HIGH.name].label
    assert table.loc[("opioids", "chronic"), "risk_label"] == high_risk
    assert (table.loc[("nsaids", "chronic"), "evidence_rank"]
            > table.loc[("spinal_manipulation", "chronic"), "evidence_rank"])
    assert (table.loc[("stretching", "acute"), "nice_rank"]
            > table.loc[("acupuncture", "acute"), "nice_rank"])
    assert table.loc[("spinal_fusion", "chronic"), "relief_rank"] == table["relief_rank"].max()


def test_frame_spells_out_sources_and_the_phase_for_readers():
    row = frame().set_index(["id", "phase"]).loc[("nsaids", "acute")]
    assert row["sources"] == "; ".join(
        f"{SOURCES[i].publisher} ({SOURCES[i].year})" for i in TREATMENT_BY_ID["nsaids"].sources
    )
    assert "American College of Physicians" in row["sources"]
    assert row["phase_label"] == treatments.PHASE_LABEL_BY_ID["acute"].label


def test_frame_returns_a_copy_that_callers_may_change():
    first = frame()
    first.loc[0, "name"] = "changed"
    assert frame().loc[0, "name"] == TREATMENTS[0].name


def test_grouped_names_lists_each_level_once_from_the_chosen_end_and_skips_empty_ones():
    nsaids, acupuncture, traction = (
        TREATMENT_BY_ID[i].name for i in ("nsaids", "acupuncture", "traction")
    )
    table = frame()
    table = table[table["name"].isin([nsaids, acupuncture, traction])
                  & (table["phase"] == "chronic")]
    levels = [(level.label, names) for level, names in grouped_names(table, "evidence")]
    assert levels == [("Not enough evidence", (traction,)), ("Moderate", (nsaids, acupuncture))]
    strongest_first = grouped_names(table, "evidence", descending=True)
    assert [level.label for level, _ in strongest_first] == ["Moderate", "Not enough evidence"]
    by_invasiveness = grouped_names(table, "invasiveness", detail="evidence")
    assert [(level.label, names) for level, names in by_invasiveness] == [
        ("Low", (f"{nsaids}: Moderate", f"{traction}: Not enough evidence")),
        ("Moderate", (f"{acupuncture}: Moderate",)),
    ]

def test_no_module_of_backinfo_but_the_table_loads_pandas():
    # The clinic file check and the content checks start in a fraction of a second.
    others = sorted(m.name for m in pkgutil.iter_modules(backinfo.__path__)
                    if m.name != "treatments_table")
    assert {"content", "clinic", "treatments"} <= set(others)
    code = (
        "import importlib, sys\n"
        f"for name in {others!r}:\n"
        "    importlib.import_module(f'backinfo.{name}')\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'pandas')[:1])\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "[]"


def test_frame_in_a_language_translates_its_words_and_keeps_ids_ranks_and_sources(pseudo):
    english, german = frame(), frame(lang="de")
    words = ["name", "kind_label", "phase_label", "evidence_label", "evidence_note",
             "nice_label", "invasiveness_label", "risk_label", "relief_label", "benefit",
             "risks", "notes"]
    kept = [c for c in TEXT_COLUMNS + RANK_COLUMNS if c not in words]
    assert "sources" in kept  # publishers and years, as they published them
    pd.testing.assert_frame_equal(german[kept], english[kept])
    for column in words:
        assert list(german[column]) == [text.upper() for text in english[column]], column


def test_grouped_names_names_the_levels_in_the_language(pseudo):
    table = frame(lang="de")
    table = table[table["phase"] == "chronic"]
    english = grouped_names(frame()[frame()["phase"] == "chronic"], "invasiveness",
                            detail="evidence")
    german = grouped_names(table, "invasiveness", detail="evidence", lang="de")
    assert [(level.label.upper(), tuple(n.upper() for n in names))
            for level, names in english] == [(level.label, names) for level, names in german]
