"""The treatment content contract: records, phases, evidence and NICE's stance per phase,
sources and scales."""

from __future__ import annotations

import dataclasses
import re
from types import MappingProxyType

import pytest

from backinfo import content, treatments
from backinfo.content import prose_texts
from backinfo.sources import SOURCES
from backinfo.treatments import (
    EVIDENCE_LEVELS,
    KINDS,
    PHASES,
    SCALE_LABELS,
    TREATMENT_BY_ID,
    TREATMENTS,
    Invasiveness,
    NiceStance,
    Relief,
    Risk,
    per_phase,
    phase_for_weeks,
)

SEED = "verywell-back-cramps"
ACP = "acp-2017"
NICE = "nice-ng59"

# The clinical read-through (clinical-facts.md, sections 1 and 5). "acute" is pain up to
# 12 weeks, as ACP grades it (its acute and subacute pain together); "chronic" is pain over
# 12 weeks. Changing a grade or a stance here is a clinical decision: cite the source.
BOTH = ("acute", "chronic")
INSUFFICIENT_BOTH = {"acute": "insufficient", "chronic": "insufficient"}
REVIEWED_EVIDENCE: dict[str, dict[str, str]] = {
    "nsaids": {"acute": "moderate", "chronic": "moderate"},  # ACP
    "paracetamol_alone": INSUFFICIENT_BOTH,  # ACP: no better than placebo; no grade
    "topical_pain_relief": {"acute": "insufficient"},  # "low" could not be confirmed
    "heat_therapy": {"acute": "moderate", "chronic": "insufficient"},  # ACP: acute only
    "cold_therapy": INSUFFICIENT_BOTH,  # ACP: insufficient
    "muscle_relaxants": {"acute": "moderate"},  # ACP
    "stretching": INSUFFICIENT_BOTH,
    "short_rest": {"acute": "insufficient"},
    "physiotherapy": {"acute": "insufficient", "chronic": "moderate"},  # ACP: chronic only
    "relaxation": {"chronic": "low"},  # ACP: progressive relaxation low
    "lifestyle_posture": {"chronic": "insufficient"},
    "steroid_injections_nerve_blocks": {"chronic": "insufficient"},
    "radiofrequency_denervation": {"chronic": "insufficient"},
    "opioids": INSUFFICIENT_BOTH,  # no grade for opioids as a group
    "antidepressants": INSUFFICIENT_BOTH,  # ACP grades duloxetine only
    "gabapentinoids": INSUFFICIENT_BOTH,
    "gentle_exercise": {"chronic": "moderate"},  # ACP: exercise
    "acupuncture": {"acute": "low", "chronic": "moderate"},  # ACP
    "electrotherapy": INSUFFICIENT_BOTH,
    "traction": INSUFFICIENT_BOTH,
    "belts_and_corsets": INSUFFICIENT_BOTH,
    "spinal_decompression": {"chronic": "insufficient"},
    "spinal_fusion": {"chronic": "insufficient"},
    "spinal_manipulation": {"acute": "low", "chronic": "low"},  # ACP
    "combination_therapy": {"chronic": "moderate"},  # ACP: multidisciplinary rehabilitation
    "massage": {"acute": "low"},  # ACP
}

OFFER, CONSIDER, WITH_EXERCISE, AGAINST, NOT_COVERED = (
    NiceStance.OFFER, NiceStance.CONSIDER, NiceStance.ONLY_WITH_EXERCISE,
    NiceStance.DO_NOT_OFFER, NiceStance.NOT_COVERED,
)
REVIEWED_NICE: dict[str, dict[str, NiceStance]] = {
    "nsaids": dict.fromkeys(BOTH, CONSIDER),
    "paracetamol_alone": dict.fromkeys(BOTH, AGAINST),
    "topical_pain_relief": {"acute": NOT_COVERED},
    "heat_therapy": dict.fromkeys(BOTH, NOT_COVERED),
    "cold_therapy": dict.fromkeys(BOTH, NOT_COVERED),
    "muscle_relaxants": {"acute": NOT_COVERED},  # no advice for low back pain
    "stretching": dict.fromkeys(BOTH, OFFER),  # keep up normal activities
    "short_rest": {"acute": NOT_COVERED},
    "physiotherapy": dict.fromkeys(BOTH, CONSIDER),  # group exercise, any duration
    "relaxation": {"chronic": WITH_EXERCISE},
    "lifestyle_posture": {"chronic": NOT_COVERED},
    "steroid_injections_nerve_blocks": {"chronic": AGAINST},
    "radiofrequency_denervation": {"chronic": CONSIDER},
    "opioids": {"acute": CONSIDER, "chronic": AGAINST},  # weak opioids, acute
    "antidepressants": dict.fromkeys(BOTH, AGAINST),
    "gabapentinoids": dict.fromkeys(BOTH, AGAINST),
    "gentle_exercise": {"chronic": CONSIDER},
    "acupuncture": dict.fromkeys(BOTH, AGAINST),
    "electrotherapy": dict.fromkeys(BOTH, AGAINST),
    "traction": dict.fromkeys(BOTH, AGAINST),
    "belts_and_corsets": dict.fromkeys(BOTH, AGAINST),
    "spinal_decompression": {"chronic": CONSIDER},  # for sciatica
    "spinal_fusion": {"chronic": AGAINST},  # except in a trial
    "spinal_manipulation": dict.fromkeys(BOTH, WITH_EXERCISE),
    "combination_therapy": {"chronic": CONSIDER},
    "massage": {"acute": WITH_EXERCISE},
}

NICE_ADVISES_AGAINST = {
    "paracetamol_alone", "antidepressants", "gabapentinoids", "electrotherapy", "traction",
    "belts_and_corsets", "spinal_fusion", "acupuncture", "steroid_injections_nerve_blocks",
}

DISPUTED = {"steroid_injections_nerve_blocks", "acupuncture", "opioids", "spinal_fusion"}
ACP_AND_NICE_DISAGREE = {"acupuncture", "opioids", "antidepressants"}
OPERATIONS = {"spinal_decompression", "spinal_fusion"}


def test_every_treatment_has_a_reviewed_grade_and_stance():
    assert set(TREATMENT_BY_ID) == set(REVIEWED_EVIDENCE) == set(REVIEWED_NICE)


@pytest.mark.parametrize("treatment_id", sorted(REVIEWED_EVIDENCE))
def test_evidence_grades_per_phase_are_the_reviewed_ones(treatment_id):
    assert dict(TREATMENT_BY_ID[treatment_id].evidence) == REVIEWED_EVIDENCE[treatment_id]


@pytest.mark.parametrize("treatment_id", sorted(REVIEWED_NICE))
def test_nice_stances_per_phase_are_the_reviewed_ones(treatment_id):
    assert dict(TREATMENT_BY_ID[treatment_id].nice) == REVIEWED_NICE[treatment_id]


@pytest.mark.parametrize("treatment_id", sorted(REVIEWED_EVIDENCE))
def test_phases_are_the_reviewed_ones(treatment_id):
    assert TREATMENT_BY_ID[treatment_id].phases == set(REVIEWED_EVIDENCE[treatment_id])


def test_evidence_and_nice_are_read_only_typed_mappings():
    for t in TREATMENTS:
        assert isinstance(t.evidence, MappingProxyType), t.id
        assert isinstance(t.nice, MappingProxyType), t.id
        assert all(isinstance(stance, NiceStance) for stance in t.nice.values()), t.id
    with pytest.raises(TypeError):
        TREATMENT_BY_ID["nsaids"].evidence["acute"] = "high"


def test_nice_stance_has_nices_five_verbs():
    assert [s.name for s in NiceStance] == [
        "OFFER", "CONSIDER", "ONLY_WITH_EXERCISE", "DO_NOT_OFFER", "NOT_COVERED"
    ]


def test_heat_and_cold_are_separate_options_graded_apart():
    assert "heat_cold_therapy" not in TREATMENT_BY_ID
    heat, cold = TREATMENT_BY_ID["heat_therapy"], TREATMENT_BY_ID["cold_therapy"]
    assert heat.evidence["acute"] == "moderate" and heat.evidence_source == ACP
    assert heat.evidence["chronic"] == "insufficient"
    assert set(cold.evidence.values()) == {"insufficient"}
    assert "cold" not in heat.name.lower() and "heat" not in cold.name.lower()


def test_the_records_nice_advises_against_are_present_and_say_so():
    for treatment_id in NICE_ADVISES_AGAINST:
        t = TREATMENT_BY_ID[treatment_id]
        assert NiceStance.DO_NOT_OFFER in t.nice.values(), treatment_id
        nice_view = [v.stance for v in t.guideline_views if v.source == NICE]
        assert nice_view and "do not offer" in nice_view[0].lower(), treatment_id


def test_a_do_not_offer_stance_is_never_a_considered_or_offered_one_elsewhere():
    # NICE's "do not offer" items do not depend on how long the pain has lasted, except
    # opioids (a weak opioid may be considered for acute pain).
    for t in TREATMENTS:
        stances = set(t.nice.values())
        if NiceStance.DO_NOT_OFFER in stances and t.id != "opioids":
            assert stances == {NiceStance.DO_NOT_OFFER}, t.id


def test_opioids_are_considered_up_to_12_weeks_and_not_offered_after():
    opioids = TREATMENT_BY_ID["opioids"]
    assert opioids.phases == set(PHASES)
    assert opioids.nice["acute"] is NiceStance.CONSIDER
    assert opioids.nice["chronic"] is NiceStance.DO_NOT_OFFER


def test_codeine_is_named_as_a_weak_opioid():
    opioids = TREATMENT_BY_ID["opioids"]
    assert "codeine (a weak opioid)" in opioids.what_it_is
    assert "strong" not in opioids.what_it_is.lower()


def test_opioid_text_claims_no_easing_that_no_source_grades():
    opioids = TREATMENT_BY_ID["opioids"]
    texts = (opioids.benefit, opioids.notes, opioids.evidence_note, opioids.who_it_suits)
    assert not any(re.search(r"small easing|ease[sd]? .*pain", text) for text in texts)


def test_opioids_are_not_given_the_grade_of_pain_pills_as_a_group():
    opioids = TREATMENT_BY_ID["opioids"]
    assert set(opioids.evidence.values()) == {"insufficient"}
    assert opioids.evidence_source is None
    note = opioids.evidence_note
    assert "no grade for opioids as a group" in note
    assert "tramadol" in note and "other opioids last" in note
    assert "NICE says not to offer them" in note


@pytest.mark.parametrize("treatment_id", sorted(ACP_AND_NICE_DISAGREE))
def test_where_acp_and_nice_disagree_the_record_shows_both(treatment_id):
    t = TREATMENT_BY_ID[treatment_id]
    assert t.guidelines_disagree
    assert {ACP, NICE} <= {v.source for v in t.guideline_views}
    assert {ACP, NICE} <= set(t.sources)


def test_acps_chronic_medicines_and_nices_refusal_stand_on_both_records():
    for treatment_id in ("opioids", "antidepressants"):
        t = TREATMENT_BY_ID[treatment_id]
        acp = next(v.stance for v in t.guideline_views if v.source == ACP)
        assert "NSAIDs first" in acp and "tramadol" in acp and "duloxetine" in acp
        assert t.nice["chronic"] is NiceStance.DO_NOT_OFFER
    assert "SNRIs (such as duloxetine)" in TREATMENT_BY_ID["antidepressants"].what_it_is


def test_acupuncture_records_acps_grades_and_nices_refusal():
    acupuncture = TREATMENT_BY_ID["acupuncture"]
    assert acupuncture.guidelines_disagree
    nice = next(v.stance for v in acupuncture.guideline_views if v.source == NICE)
    assert "Do not offer" in nice and "sham" in nice
    assert "low" in acupuncture.evidence_note and "moderate" in acupuncture.evidence_note


def test_acupuncture_and_manipulation_cover_pain_up_to_12_weeks_too():
    for treatment_id in ("acupuncture", "spinal_manipulation"):
        t = TREATMENT_BY_ID[treatment_id]
        assert t.phases == set(PHASES)
        assert t.evidence["acute"] == "low"


def test_stretching_and_staying_active_apply_to_both_phases():
    assert TREATMENT_BY_ID["stretching"].phases == set(PHASES)


def test_short_rest_is_brief_and_not_a_disagreement():
    rest = TREATMENT_BY_ID["short_rest"]
    assert rest.phases == {"acute"}
    assert not rest.guidelines_disagree
    assert "briefly" in rest.notes.lower() and "agree" in rest.notes.lower()
    assert "long" in rest.risks.lower()


def test_relaxation_is_nice_only_with_exercise_and_never_offer():
    relaxation = TREATMENT_BY_ID["relaxation"]
    assert set(relaxation.nice.values()) == {NiceStance.ONLY_WITH_EXERCISE}
    assert not any(v.stance.startswith("Offer") for v in relaxation.guideline_views)


def test_gentle_exercise_makes_no_yoga_tai_chi_or_mood_claim():
    exercise = TREATMENT_BY_ID["gentle_exercise"]
    text = " ".join((exercise.what_it_is, exercise.how_it_helps, exercise.benefit,
                     *(v.stance for v in exercise.guideline_views))).lower()
    for claim in ("yoga", "tai chi", "mood"):
        assert claim not in text


def test_the_bed_advice_says_supportive_not_firm():
    posture = TREATMENT_BY_ID["lifestyle_posture"]
    assert "firm" not in posture.what_it_is and "supports" in posture.what_it_is


def test_combination_therapy_is_what_acp_graded_and_nices_joint_programme():
    combined = TREATMENT_BY_ID["combination_therapy"]
    assert "multidisciplinary rehabilitation" in combined.what_it_is
    assert "multidisciplinary rehabilitation" in combined.evidence_note
    assert "talking therapy" in combined.what_it_is
    nice = next(v.stance for v in combined.guideline_views if v.source == NICE)
    assert "physical care and talking therapy" in nice
    assert "pain relief" not in combined.what_it_is


def test_surgery_is_split_into_decompression_and_fusion():
    assert "surgery" not in TREATMENT_BY_ID
    fusion, decompression = (TREATMENT_BY_ID[i] for i in ("spinal_fusion",
                                                           "spinal_decompression"))
    assert "research trial" in fusion.notes
    assert "sciatica" in decompression.notes
    assert TREATMENT_BY_ID["radiofrequency_denervation"].nice["chronic"] is NiceStance.CONSIDER
    assert "test injection" in TREATMENT_BY_ID["radiofrequency_denervation"].who_it_suits


@pytest.mark.parametrize("treatment_id", sorted(OPERATIONS))
def test_operations_are_the_last_resort_without_a_promise(treatment_id):
    operation = TREATMENT_BY_ID[treatment_id]
    assert "last resort" in operation.notes.lower()
    assert "no promise" in operation.benefit.lower()
    assert operation.invasiveness is Invasiveness.HIGH
    assert operation.invasiveness == max(t.invasiveness for t in TREATMENTS)


def test_opioids_state_their_addiction_risk():
    opioids = TREATMENT_BY_ID["opioids"]
    assert "addiction" in opioids.risks.lower()
    assert opioids.risk is Risk.HIGH


def test_values_are_drawn_from_the_allowed_sets():
    for t in TREATMENTS:
        assert t.phases and t.phases <= set(PHASES), t.id
        assert t.kind in KINDS, t.id
        assert set(t.evidence.values()) <= set(EVIDENCE_LEVELS), t.id


def test_every_source_id_resolves():
    for t in TREATMENTS:
        assert t.sources, t.id
        cited = {v.source for v in t.guideline_views} | {t.evidence_source} - {None}
        for source_id in set(t.sources) | cited:
            assert source_id in SOURCES, (t.id, source_id)
        assert cited <= set(t.sources), t.id


def test_every_record_cites_nice_whose_stance_it_states():
    for t in TREATMENTS:
        assert NICE in t.sources, t.id
        assert NICE in {v.source for v in t.guideline_views}, t.id


def test_every_graded_option_names_who_graded_it():
    for t in TREATMENTS:
        if set(t.evidence.values()) != {"insufficient"}:
            assert t.evidence_source in SOURCES, t.id
        assert t.evidence_note, t.id


def test_topical_creams_are_not_given_an_unconfirmed_grade():
    creams = TREATMENT_BY_ID["topical_pain_relief"]
    assert set(creams.evidence.values()) == {"insufficient"}
    assert creams.evidence_source is None
    assert "could not confirm" in creams.evidence_note


@pytest.mark.parametrize("treatment_id", sorted(DISPUTED))
def test_disputed_options_show_the_seed_and_a_guideline(treatment_id):
    t = TREATMENT_BY_ID[treatment_id]
    assert t.guidelines_disagree
    view_sources = {v.source for v in t.guideline_views}
    assert SEED in view_sources
    assert view_sources - {SEED}, "a guideline's view must stand beside the seed's"


def test_every_disagreement_shows_at_least_two_sources():
    for t in TREATMENTS:
        if t.guidelines_disagree:
            assert len({v.source for v in t.guideline_views}) >= 2, t.id


def test_every_option_has_at_least_one_guideline_view():
    assert all(t.guideline_views for t in TREATMENTS)


def test_the_comparison_groups_split_at_12_weeks_as_acp_grades():
    assert "12 weeks" in treatments.PHASE_LABEL_BY_ID["acute"].label
    assert "12 weeks" in treatments.PHASE_LABEL_BY_ID["chronic"].label
    assert treatments.CHRONIC_AFTER_WEEKS == 12


@pytest.mark.parametrize(
    "weeks, phase",
    [(0, "acute"), (5.9, "acute"), (6, "acute"), (9, "acute"), (12, "acute"),
     (12.1, "chronic"), (52, "chronic")],
)
def test_a_checker_answer_up_to_12_weeks_leads_to_the_first_group(weeks, phase):
    assert phase_for_weeks(weeks) == phase


def test_no_treatment_text_puts_a_6_week_boundary_on_acp():
    for record in (*TREATMENTS, *treatments.KEY_MESSAGES):
        for text in (getattr(record, f.name) for f in dataclasses.fields(record)):
            if isinstance(text, str) and re.search(r"\b6 weeks\b", text):
                assert "nhs-wales-gp-lbp-definitions" in record.sources, record.id
    labels = [text for where, text in prose_texts()
              if where.startswith(("ScaleLabel", "TreatmentsText"))]
    assert labels and not any(re.search(r"\b6 weeks\b", text) for text in labels)


def test_a_record_with_an_unknown_source_is_rejected():
    with pytest.raises(ValueError, match="unknown source"):
        dataclasses.replace(TREATMENTS[0], sources=(*TREATMENTS[0].sources, "no-such-source"))


def test_a_record_with_a_phase_outside_acute_and_chronic_is_rejected():
    with pytest.raises(ValueError, match="phases"):
        dataclasses.replace(TREATMENTS[0], phases=frozenset({"subacute"}))


@pytest.mark.parametrize(
    "change, message",
    [
        ({"evidence": {"acute": "moderate", "chronic": "moderate"}}, "per_phase"),
        ({"evidence": per_phase(acute="excellent", chronic="moderate")}, "evidence values"),
        ({"nice": per_phase(acute="consider", chronic="consider")}, "nice values"),
        ({"nice": per_phase(subacute=NiceStance.OFFER)}, "nice phases"),
    ],
)
def test_a_record_with_a_malformed_grade_or_stance_is_rejected(change, message):
    with pytest.raises(ValueError, match=message):
        dataclasses.replace(TREATMENT_BY_ID["nsaids"], **change)


def _with_broken(monkeypatch, broken: treatments.Treatment) -> None:
    records = tuple(broken if t.id == broken.id else t for t in TREATMENTS)
    monkeypatch.setattr(treatments, "TREATMENTS", records)
    monkeypatch.setattr(treatments, "TREATMENT_BY_ID", MappingProxyType(
        {t.id: t for t in records}))


def test_validate_refuses_a_treatment_without_a_nice_stance_for_one_of_its_phases(
    monkeypatch,
):
    heat = TREATMENT_BY_ID["heat_therapy"]
    _with_broken(monkeypatch, dataclasses.replace(
        heat, nice=per_phase(acute=NiceStance.NOT_COVERED)))
    with pytest.raises(content.ContentError,
                       match=r"'heat_therapy': no NICE stance for phase \['chronic'\]"):
        content.validate()


def test_validate_refuses_a_treatment_without_an_evidence_grade_for_one_of_its_phases(
    monkeypatch,
):
    heat = TREATMENT_BY_ID["heat_therapy"]
    _with_broken(monkeypatch, dataclasses.replace(heat, evidence=per_phase(acute="moderate")))
    with pytest.raises(content.ContentError,
                       match=r"'heat_therapy': no evidence grade for phase \['chronic'\]"):
        content.validate()


@pytest.mark.parametrize(
    "change, what",
    [
        ({"evidence": per_phase(acute="moderate", chronic="low")}, "evidence grade"),
        ({"nice": per_phase(acute=NiceStance.NOT_COVERED, chronic=NiceStance.OFFER)},
         "NICE stance"),
    ],
)
def test_validate_refuses_a_stance_or_grade_for_a_phase_the_treatment_does_not_cover(
    monkeypatch, change, what
):
    relaxants = TREATMENT_BY_ID["muscle_relaxants"]  # acute only
    _with_broken(monkeypatch, dataclasses.replace(relaxants, **change))
    with pytest.raises(content.ContentError,
                       match=rf"'muscle_relaxants': a {what} for phase \['chronic'\]"):
        content.validate()


def test_validate_refuses_a_treatment_that_states_nices_stance_without_citing_nice(
    monkeypatch,
):
    creams = TREATMENT_BY_ID["topical_pain_relief"]
    _with_broken(monkeypatch, dataclasses.replace(
        creams, sources=(SEED,), guideline_views=creams.guideline_views[:1]))
    with pytest.raises(content.ContentError, match="does not cite nice-ng59"):
        content.validate()


def test_ordered_scales_run_from_least_to_most():
    assert EVIDENCE_LEVELS == ("insufficient", "very low", "low", "moderate", "high")
    assert list(Invasiveness) == sorted(Invasiveness)
    assert Invasiveness.NONE < Invasiveness.LOW < Invasiveness.MODERATE < Invasiveness.HIGH
    assert Risk.MINIMAL < Risk.LOW < Risk.MODERATE < Risk.HIGH
    assert Relief.HOURS < Relief.DAYS < Relief.WEEKS < Relief.MONTHS
    nice = treatments.NICE_LABEL_BY_ID
    assert (nice["DO_NOT_OFFER"].rank < nice["NOT_COVERED"].rank
            < nice["ONLY_WITH_EXERCISE"].rank < nice["CONSIDER"].rank < nice["OFFER"].rank)



def test_scale_levels_run_from_the_lowest_rank_in_whatever_order_they_are_written(
    monkeypatch,
):
    monkeypatch.setattr(treatments, "SCALE_LABELS", treatments.SCALE_LABELS[::-1])
    assert [lab.value for lab in treatments.scale_levels("evidence")] == list(EVIDENCE_LEVELS)
    assert treatments.SCALE_BY_ID["evidence"].title == "Strength of evidence"

def test_every_scale_value_has_a_patient_label_with_a_matching_rank():
    expected = {
        "phase": list(PHASES),
        "kind": list(KINDS),
        "evidence": list(EVIDENCE_LEVELS),
        "nice": ["DO_NOT_OFFER", "NOT_COVERED", "ONLY_WITH_EXERCISE", "CONSIDER", "OFFER"],
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
    assert set(expected["nice"]) == {s.name for s in NiceStance}

