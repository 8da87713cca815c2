"""The treatment content contract of issue 4: records, phases, sources and frame()."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from backinfo import treatments
from backinfo.sources import SOURCES
from backinfo.treatments import (
    EVIDENCE_LEVELS,
    KINDS,
    PHASES,
    SCALE_LABELS,
    TREATMENTS,
    TREATMENTS_BY_ID,
    Invasiveness,
    Relief,
    Risk,
    frame,
)

SEED = "verywell-back-cramps"

REQUIRED_IDS = {
    "nsaids", "topical_pain_relief", "heat_cold_therapy", "muscle_relaxants", "stretching",
    "short_rest", "physiotherapy", "relaxation", "lifestyle_posture",
    "steroid_injections_nerve_blocks", "opioids", "gentle_exercise", "acupuncture",
    "surgery", "spinal_manipulation", "combination_therapy",
}

SEED_ACUTE = {"nsaids", "topical_pain_relief", "heat_cold_therapy", "muscle_relaxants",
              "stretching", "short_rest"}
SEED_CHRONIC = {"physiotherapy", "relaxation", "lifestyle_posture",
                "steroid_injections_nerve_blocks", "opioids", "nsaids", "heat_cold_therapy",
                "gentle_exercise", "acupuncture", "surgery", "spinal_manipulation",
                "combination_therapy"}

DISPUTED = {"steroid_injections_nerve_blocks", "acupuncture", "opioids", "surgery",
            "short_rest"}


def test_every_option_the_seed_names_is_present():
    assert set(TREATMENTS_BY_ID) >= REQUIRED_IDS


def test_treatment_ids_are_unique():
    ids = [t.id for t in TREATMENTS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("treatment_id", sorted(REQUIRED_IDS))
def test_phases_follow_the_seed(treatment_id):
    expected = {p for p, ids in (("acute", SEED_ACUTE), ("chronic", SEED_CHRONIC))
                if treatment_id in ids}
    assert TREATMENTS_BY_ID[treatment_id].phases == expected


def test_only_nsaids_and_heat_or_cold_are_listed_for_both_phases():
    both = {t.id for t in TREATMENTS if t.phases == set(PHASES)}
    assert both == {"nsaids", "heat_cold_therapy"}


def test_rest_is_advised_only_briefly():
    rest = TREATMENTS_BY_ID["short_rest"]
    assert rest.phases == {"acute"}
    assert "briefly" in rest.notes.lower()
    assert "long" in rest.risks.lower()


def test_surgery_is_the_last_resort_without_a_promise():
    surgery = TREATMENTS_BY_ID["surgery"]
    assert "last resort" in surgery.notes.lower()
    assert "no promise" in surgery.benefit.lower()
    assert surgery.invasiveness is Invasiveness.HIGH
    assert surgery.invasiveness == max(t.invasiveness for t in TREATMENTS)


def test_opioids_state_their_addiction_risk():
    opioids = TREATMENTS_BY_ID["opioids"]
    assert "addiction" in opioids.risks.lower()
    assert opioids.risk is Risk.HIGH


def test_opioids_are_not_given_the_grade_of_pain_pills_as_a_group():
    opioids = TREATMENTS_BY_ID["opioids"]
    assert opioids.evidence == "insufficient"
    assert opioids.evidence_source is None
    note = opioids.evidence_note
    assert "no grade for opioids" in note
    assert "ACP puts them last" in note
    assert "NICE says not to offer them" in note


def test_values_are_drawn_from_the_allowed_sets():
    for t in TREATMENTS:
        assert t.phases and t.phases <= set(PHASES), t.id
        assert t.kind in KINDS, t.id
        assert t.evidence in EVIDENCE_LEVELS, t.id


def test_every_source_id_resolves():
    for t in TREATMENTS:
        assert t.sources, t.id
        cited = {v.source for v in t.guideline_views} | {t.evidence_source} - {None}
        for source_id in set(t.sources) | cited:
            assert source_id in SOURCES, (t.id, source_id)
        assert cited <= set(t.sources), t.id


def test_every_graded_option_names_who_graded_it():
    for t in TREATMENTS:
        if t.evidence != "insufficient":
            assert t.evidence_source in SOURCES, t.id
        assert t.evidence_note, t.id


def test_topical_creams_are_not_given_an_unconfirmed_grade():
    creams = TREATMENTS_BY_ID["topical_pain_relief"]
    assert creams.evidence == "insufficient"
    assert creams.evidence_source is None
    assert "could not confirm" in creams.evidence_note


@pytest.mark.parametrize("treatment_id", sorted(DISPUTED))
def test_disputed_options_show_the_seed_and_a_guideline(treatment_id):
    t = TREATMENTS_BY_ID[treatment_id]
    assert t.guidelines_disagree
    view_sources = {v.source for v in t.guideline_views}
    assert SEED in view_sources
    assert view_sources - {SEED}, "a guideline's view must stand beside the seed's"


def test_every_option_has_at_least_one_guideline_view():
    assert all(t.guideline_views for t in TREATMENTS)


def test_a_record_with_an_unknown_source_is_rejected():
    with pytest.raises(ValueError, match="unknown source"):
        dataclasses.replace(TREATMENTS[0], sources=(*TREATMENTS[0].sources, "no-such-source"))


def test_a_record_with_a_phase_outside_acute_and_chronic_is_rejected():
    with pytest.raises(ValueError, match="phases"):
        dataclasses.replace(TREATMENTS[0], phases=frozenset({"subacute"}))


def test_ordered_scales_run_from_least_to_most():
    assert EVIDENCE_LEVELS == ("insufficient", "very low", "low", "moderate", "high")
    assert list(Invasiveness) == sorted(Invasiveness)
    assert Invasiveness.NONE < Invasiveness.LOW < Invasiveness.MODERATE < Invasiveness.HIGH
    assert Risk.MINIMAL < Risk.LOW < Risk.MODERATE < Risk.HIGH
    assert Relief.HOURS < Relief.DAYS < Relief.WEEKS < Relief.MONTHS


def test_every_scale_value_has_a_patient_label_with_a_matching_rank():
    expected = {
        "phase": list(PHASES),
        "kind": list(KINDS),
        "evidence": list(EVIDENCE_LEVELS),
        "invasiveness": [m.name for m in Invasiveness],
        "risk": [m.name for m in Risk],
        "relief": [m.name for m in Relief],
    }
    for scale, values in expected.items():
        labels = sorted((lab for lab in SCALE_LABELS if lab.scale == scale),
                        key=lambda lab: lab.rank)
        assert [lab.value for lab in labels] == values, scale
        assert [lab.rank for lab in labels] == list(range(len(values))), scale
        assert all(lab.label and lab.meaning for lab in labels), scale
    assert {s.id for s in treatments.SCALES} == set(expected)


def test_frame_has_one_row_per_treatment_in_order():
    table = frame()
    assert list(table["id"]) == [t.id for t in TREATMENTS]


def test_frame_has_the_expected_columns_and_dtypes():
    table = frame()
    for column in treatments.TEXT_COLUMNS:
        assert pd.api.types.is_string_dtype(table[column]), column
    for column in treatments.RANK_COLUMNS:
        assert table[column].dtype == "int64", column
    for column in treatments.BOOL_COLUMNS:
        assert table[column].dtype == bool, column
    expected = set(treatments.TEXT_COLUMNS + treatments.RANK_COLUMNS + treatments.BOOL_COLUMNS)
    assert set(table.columns) == expected


def test_frame_ranks_follow_the_scales():
    table = frame().set_index("id")
    assert table.loc["surgery", "invasiveness_rank"] == Invasiveness.HIGH
    assert table.loc["opioids", "risk_rank"] == Risk.HIGH
    assert table.loc["nsaids", "evidence_rank"] > table.loc["spinal_manipulation",
                                                            "evidence_rank"]
    assert table.loc["surgery", "relief_rank"] == table["relief_rank"].max()


def test_frame_spells_out_sources_and_phases_for_readers():
    row = frame().set_index("id").loc["nsaids"]
    assert "American College of Physicians" in row["sources"]
    assert row["source_ids"].split(", ") == list(TREATMENTS_BY_ID["nsaids"].sources)
    assert "acute" in row["phases"] and "chronic" in row["phases"]
    assert row["acute"] and row["chronic"]


def test_frame_by_phase_has_one_row_per_treatment_and_phase():
    table = frame(by_phase=True)
    assert len(table) == sum(len(t.phases) for t in TREATMENTS)
    pairs = set(zip(table["id"], table["phase"], strict=True))
    assert pairs == {(t.id, p) for t in TREATMENTS for p in t.phases}
    assert pd.api.types.is_string_dtype(table["phase_label"])


def test_frame_returns_a_copy_that_callers_may_change():
    first = frame()
    first.loc[0, "name"] = "changed"
    assert frame().loc[0, "name"] == TREATMENTS[0].name
