"""Rules of the chiropractor-suitability explainer, from the references and as properties."""

from __future__ import annotations

import dataclasses
import importlib.util
import math
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backinfo import chiropractic, triage, triage_advice, triage_questions, triage_rules
from backinfo.chiropractic import (
    QUESTION_BY_ID,
    QUESTIONS,
    RULE_BY_ID,
    RULES,
    VERDICT_TEXT,
    Verdict,
    assess,
    condition_table,
)
from backinfo.model import Prose
from backinfo.questionnaire import NOT_SURE
from backinfo.sources import SOURCES
from backinfo.triage_rules import Urgency

YES_NO_IDS = [q.id for q in QUESTIONS if q.kind == "yes_no"]
ABSOLUTE = [
    "recent_fracture_or_injury",
    "spinal_infection_or_fever",
    "recent_spinal_surgery",
    "numbness_or_weakness",
    "bladder_bowel_change",
    "saddle_numbness",
    "sexual_function_change",
    "pain_both_legs",
    "serious_accident",
    "spinal_cancer_or_tumour",
    "spinal_instability",
]
RELATIVE = [
    "inflammatory_arthritis",
    "steroid_use_or_osteoporosis",  # "osteoporosis" until the checkers shared the question
    "blood_thinners_or_bleeding_disorder",
    "cancer_history",
    "aortic_aneurysm",
]
EMERGENCY = [
    "bladder_bowel_change",
    "saddle_numbness",
    "sexual_function_change",
    "pain_both_legs",
    "numbness_or_weakness",
    "serious_accident",
]
CAUDA_EQUINA = [
    "bladder_bowel_change",
    "saddle_numbness",
    "sexual_function_change",
    "pain_both_legs",
]


def test_verdicts_are_ordered_mildest_first():
    assert Verdict.MAY_HELP_AFTER_DOCTOR < Verdict.DOCTOR_MUST_DECIDE < Verdict.NOT_SUITABLE


def test_spinal_arthritis_alone_is_not_suitable_as_the_seed_says():
    result = assess({"spinal_arthritis": True})
    assert result.verdict == Verdict.NOT_SUITABLE
    assert "verywell-back-cramps" in result.reasons[0].sources
    assert not result.seek_care_now


@pytest.mark.parametrize("answers", [{}, dict.fromkeys(YES_NO_IDS, False)])
def test_nothing_ticked_may_help_after_a_doctor_and_says_why(answers):
    result = assess(answers)
    assert result.verdict == Verdict.MAY_HELP_AFTER_DOCTOR
    assert result.reasons == (chiropractic.NOTHING_AGAINST,)
    assert "doctor" in result.reasons[0].text
    assert not result.seek_care_now


@pytest.mark.parametrize("question_id", ABSOLUTE)
def test_each_firm_contraindication_is_not_suitable(question_id):
    result = assess({question_id: True})
    assert result.verdict == Verdict.NOT_SUITABLE
    assert result.reasons[0].rule_id == question_id
    assert "who-chiro-2005" in result.reasons[0].sources


@pytest.mark.parametrize("question_id", RELATIVE)
def test_each_condition_needing_judgement_is_for_the_doctor_to_decide(question_id):
    result = assess({question_id: True})
    assert result.verdict == Verdict.DOCTOR_MUST_DECIDE
    assert not result.seek_care_now


def test_cancer_in_the_spine_or_a_spinal_cord_tumour_is_not_suitable():
    result = assess({"spinal_cancer_or_tumour": True})
    assert result.verdict == Verdict.NOT_SUITABLE
    assert {"who-chiro-2005", "hawk-2017-chiro"} <= set(result.reasons[0].sources)
    question = QUESTION_BY_ID["spinal_cancer_or_tumour"]
    assert "spine" in question.text and "spinal cord" in question.text


def test_an_unstable_spine_is_not_suitable():
    result = assess({"spinal_instability": True})
    assert result.verdict == Verdict.NOT_SUITABLE
    assert {"who-chiro-2005", "hawk-2017-chiro"} <= set(result.reasons[0].sources)
    question = QUESTION_BY_ID["spinal_instability"]
    assert "slipped" in question.text and "operation" in question.text


def test_an_aortic_aneurysm_needs_at_least_a_doctors_decision():
    result = assess({"aortic_aneurysm": True})
    assert result.verdict >= Verdict.DOCTOR_MUST_DECIDE
    assert "hawk-2017-chiro" in result.reasons[0].sources


def test_a_past_cancer_alone_stays_for_the_doctor_to_decide():
    assert assess({"cancer_history": True}).verdict == Verdict.DOCTOR_MUST_DECIDE
    both = assess({"cancer_history": True, "spinal_cancer_or_tumour": True})
    assert both.verdict == Verdict.NOT_SUITABLE


@pytest.mark.parametrize(
    ("question_id", "triage_question_id"),
    [
        ("cancer_history", "cancer_history"),
        ("spinal_cancer_or_tumour", "cancer_history"),
        ("steroid_use_or_osteoporosis", "steroid_use_or_osteoporosis"),
    ],
)
def test_cancer_and_weak_bone_reasons_give_the_symptom_checkers_timing(
    question_id, triage_question_id
):
    urgency = triage.assess({triage_question_id: True}).urgency
    assert urgency == Urgency.URGENT
    assert "today" in triage_advice.ADVICE[urgency].how_soon.lower()
    reason = RULE_BY_ID[question_id].reason
    assert "today" in reason and "soon" not in reason


def test_the_doctor_must_decide_verdict_does_not_read_as_a_diagnosis():
    meaning = VERDICT_TEXT[Verdict.DOCTOR_MUST_DECIDE].meaning
    assert meaning.startswith("One of your answers may make manipulation risky")
    assert "You have a health problem" not in meaning


def _chiropractic_texts():
    """(record, text) for every patient-facing text of the chiropractor content."""
    records = [r for name in dir(chiropractic) for r in _records(getattr(chiropractic, name))]
    for record in records:
        hints = typing.get_type_hints(type(record), include_extras=True)
        for field, hint in hints.items():
            if hint == Prose:
                yield record, getattr(record, field)


def test_every_text_that_names_a_6_week_boundary_cites_the_uk_convention():
    """ACP does not use 6 weeks (acute is under 4, subacute 4 to 12): the 6-week line is
    the UK's (nhs-wales-gp-lbp-definitions)."""
    six_weeks = [(r, t) for r, t in _chiropractic_texts() if "6 weeks" in t or "6 to 12" in t]
    assert len(six_weeks) >= 2
    for record, _ in six_weeks:
        assert "nhs-wales-gp-lbp-definitions" in record.sources, record


def test_the_evidence_is_grouped_as_acp_groups_it_up_to_and_over_12_weeks():
    up_to, over = chiropractic.EVIDENCE
    assert "up to 12 weeks" in up_to.body and "more than 12 weeks" in over.body
    assert (up_to.phase, over.phase) == ("acute", "chronic")
    for note in (up_to, over):
        assert "acp-2017" in note.sources
        assert "6 weeks" not in note.body


@pytest.mark.parametrize(
    "unsourced", ["weaker", "most studies", "stroke"], ids=["weaker", "studies", "stroke"]
)
def test_claims_without_a_source_that_says_them_are_not_made(unsourced):
    """The evidence is not weaker for new pain (ACP grades both low); no cited source
    says most studies are of long-lasting pain, or that strokes follow neck manipulation."""
    said = [t for _, t in _chiropractic_texts() if unsourced in t.lower()]
    assert not said


@pytest.mark.parametrize("question_id", ["sexual_function_change", "pain_both_legs"])
def test_each_new_cauda_equina_sign_alone_is_not_suitable_and_means_get_help_now(question_id):
    result = assess({question_id: True})
    assert result.verdict == Verdict.NOT_SUITABLE and result.seek_care_now
    (reason,) = result.reasons
    assert reason.rule_id == question_id
    assert {"who-chiro-2005", "nhs-ces"} <= set(reason.sources)
    assert "cauda equina" in reason.text and "Get medical help now" in reason.text


def test_a_serious_accident_alone_is_not_suitable_and_means_get_help_now():
    result = assess({"serious_accident": True})
    assert result.verdict == Verdict.NOT_SUITABLE and result.seek_care_now
    (reason,) = result.reasons
    assert reason.rule_id == "serious_accident"
    assert {"who-chiro-2005", "nhs-back-pain"} <= set(reason.sources)
    assert "broken bone" in reason.text and "Get medical help now" in reason.text


def test_the_chiropractor_asks_every_nerve_emergency_sign_the_checker_asks():
    # one sign alone (a rule about one question has its id); combinations of signs, such
    # as several nerve signs together, are asked one sign at a time
    checker_nerve_emergencies = [
        rule.id
        for rule in triage_rules.RULES
        if rule.urgency == Urgency.EMERGENCY
        and rule.doctor_visit == "emergency_nerves"
        and rule.yes_questions() == (rule.id,)
    ]
    assert checker_nerve_emergencies == CAUDA_EQUINA
    for question_id in checker_nerve_emergencies:
        # the same record, so the wording and the link from the checker are the same
        assert QUESTION_BY_ID[question_id] is triage_questions.QUESTION_BY_ID[question_id]
        result = assess({question_id: True})
        assert result.verdict == Verdict.NOT_SUITABLE and result.seek_care_now, question_id


def test_every_emergency_sign_both_checkers_ask_means_get_help_now_in_both():
    shared = set(YES_NO_IDS) & set(triage_questions.QUESTION_BY_ID)
    emergencies = {q for q in shared if triage.assess({q: True}).urgency == Urgency.EMERGENCY}
    assert emergencies == {*CAUDA_EQUINA, "serious_accident"}
    for question_id in emergencies:
        assert assess({question_id: True}).seek_care_now, question_id


def test_severe_osteoporosis_is_said_to_rule_manipulation_out():
    (reason,) = assess({"steroid_use_or_osteoporosis": True}).reasons
    assert "severe" in reason.text


@pytest.mark.parametrize("question_id", EMERGENCY)
def test_emergency_signs_mean_seek_care_now(question_id):
    result = assess({question_id: True, "pain_duration_weeks": 20})
    assert result.seek_care_now
    assert result.verdict == Verdict.NOT_SUITABLE


@pytest.mark.parametrize("question_id", sorted(set(YES_NO_IDS) - set(EMERGENCY)))
def test_other_answers_do_not_mean_seek_care_now(question_id):
    assert not assess({question_id: True}).seek_care_now


@pytest.mark.parametrize("question_id", sorted(set(ABSOLUTE + RELATIVE) - set(EMERGENCY)))
def test_not_sure_about_a_firm_or_careful_condition_means_the_doctor_decides(question_id):
    result = assess({question_id: NOT_SURE})
    assert result.verdict == Verdict.DOCTOR_MUST_DECIDE
    (reason,) = result.reasons
    assert reason.rule_id == f"{question_id}:not_sure"
    assert "Ask your doctor" in reason.text and QUESTION_BY_ID[question_id].text in reason.text
    assert not result.seek_care_now


@pytest.mark.parametrize("question_id", EMERGENCY)
def test_not_sure_about_a_sign_that_means_get_help_now_says_get_checked_today(question_id):
    result = assess({question_id: NOT_SURE, "pain_duration_weeks": 3})
    assert result.verdict >= Verdict.DOCTOR_MUST_DECIDE
    first = result.reasons[0]
    assert first.rule_id == f"{question_id}:not_sure"
    assert "today" in first.text and QUESTION_BY_ID[question_id].text in first.text
    assert chiropractic.NOTHING_AGAINST not in result.reasons


def test_not_sure_never_hides_a_sign_answered_yes():
    result = assess({"saddle_numbness": True, "bladder_bowel_change": NOT_SURE})
    assert result.verdict == Verdict.NOT_SUITABLE and result.seek_care_now
    assert result.reasons[0].rule_id == "saddle_numbness"


def test_not_sure_about_pregnancy_changes_nothing():
    assert assess({"pregnancy": NOT_SURE}) == assess({})


def test_pregnancy_changes_no_verdict_but_says_to_tell_both():
    result = assess({"pregnancy": True})
    assert result.verdict == Verdict.MAY_HELP_AFTER_DOCTOR
    pregnancy = next(r for r in result.reasons if r.rule_id == "pregnancy")
    assert "doctor" in pregnancy.text and "chiropractor" in pregnancy.text
    assert "no rule" in pregnancy.text


@pytest.mark.parametrize(
    ("weeks", "words"),
    [
        (0, "gets better by itself"),
        (5.9, "gets better by itself"),
        (6, "6 to 12"),
        (12, "6 to 12"),
        (12.5, "more than 12"),
        (520, "more than 12"),
    ],
)
def test_duration_changes_the_reason_not_the_verdict(weeks, words):
    result = assess({"pain_duration_weeks": weeks})
    assert result.verdict == Verdict.MAY_HELP_AFTER_DOCTOR
    duration = [r for r in result.reasons if r.rule_id == "pain_duration_weeks"]
    assert len(duration) == 1 and words in duration[0].text


def test_reasons_put_the_most_serious_first():
    result = assess(
        {
            "pregnancy": True,
            "steroid_use_or_osteoporosis": True,
            "spinal_arthritis": True,
            "pain_duration_weeks": 3,
        }
    )
    assert [r.verdict for r in result.reasons] == sorted(
        (r.verdict for r in result.reasons), reverse=True
    )
    assert result.reasons[0].rule_id == "spinal_arthritis"
    assert chiropractic.NOTHING_AGAINST not in result.reasons


@pytest.mark.parametrize(
    ("answers", "question_id"),
    [
        ({"spinal_arthritis": "yes"}, "spinal_arthritis"),
        ({"pregnancy": 1}, "pregnancy"),
        ({"pain_duration_weeks": True}, "pain_duration_weeks"),
        ({"pain_duration_weeks": "3"}, "pain_duration_weeks"),
        ({"pain_duration_weeks": -1}, "pain_duration_weeks"),
        ({"pain_duration_weeks": 521}, "pain_duration_weeks"),
        ({"pain_duration_weeks": math.nan}, "pain_duration_weeks"),
        ({"pain_duration_weeks": math.inf}, "pain_duration_weeks"),
        ({"back_cracking": True}, "back_cracking"),
    ],
)
def test_bad_answers_raise_value_error_naming_the_question(answers, question_id):
    with pytest.raises(ValueError, match=question_id):
        assess(answers)


def test_none_means_not_answered():
    assert assess({"pain_duration_weeks": None, "steroid_use_or_osteoporosis": None}) == assess({})


def test_questions_cover_the_contract_ids_once_each():
    ids = [q.id for q in QUESTIONS]
    assert sorted(ids) == sorted(
        [*ABSOLUTE, *RELATIVE, "spinal_arthritis", "pregnancy", "pain_duration_weeks"]
    )
    assert len(ids) == len(set(ids))
    assert [rule.id for rule in RULES] == YES_NO_IDS


def test_condition_table_lists_every_condition_with_its_verdict_alone():
    rows = condition_table()
    assert [row.question_id for row in rows] == YES_NO_IDS
    for row in rows:
        alone = assess({row.question_id: True})
        assert (row.verdict, row.seek_care_now) == (alone.verdict, alone.seek_care_now)


def test_every_verdict_has_a_title_meaning_icon_and_colour():
    assert set(VERDICT_TEXT) == set(Verdict)
    for verdict, text in VERDICT_TEXT.items():
        assert text.verdict == verdict and text.title and text.meaning
        assert text.icon.startswith(":material/")
    colours = [VERDICT_TEXT[v].colour for v in Verdict]
    assert colours == ["green", "orange", "red"]


def _records(value):
    """Every dataclass record reachable from a module attribute."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        for field in dataclasses.fields(value):
            yield from _records(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _records(item)
    elif hasattr(value, "values") and not isinstance(value, type):
        for item in value.values():
            yield from _records(item)


def test_every_source_resolves_and_every_record_has_one():
    records = [r for name in dir(chiropractic) for r in _records(getattr(chiropractic, name))]
    records += list(_records(condition_table()))
    with_sources = [r for r in records if hasattr(r, "sources")]
    assert len(with_sources) > 40
    for record in with_sources:
        assert record.sources, record
        assert set(record.sources) <= set(SOURCES), record


@pytest.mark.skipif(
    importlib.util.find_spec("backinfo.treatments") is None,
    reason="backinfo.treatments is not written yet",
)
def test_treatment_ids_exist_in_the_treatment_content():
    from backinfo.treatments import TREATMENTS

    ids = {t.id for t in TREATMENTS}
    assert chiropractic.MANIPULATION_TREATMENT_ID in ids
    assert set(chiropractic.ALTERNATIVES) <= ids
    assert {note.treatment_id for note in chiropractic.EVIDENCE} <= ids


def test_each_evidence_note_names_a_phase_the_manipulation_record_grades():
    from backinfo.treatments import TREATMENT_BY_ID

    record = TREATMENT_BY_ID[chiropractic.MANIPULATION_TREATMENT_ID]
    for note in chiropractic.EVIDENCE:
        assert note.phase in record.phases and note.phase in record.evidence, note.id


answers_strategy = st.fixed_dictionaries(
    {},
    optional={
        **{qid: st.sampled_from([True, False, NOT_SURE, None]) for qid in YES_NO_IDS},
        "pain_duration_weeks": st.one_of(
            st.none(), st.integers(0, 520), st.floats(0, 520, allow_nan=False)
        ),
    },
)


@given(answers_strategy, st.sampled_from(YES_NO_IDS))
def test_adding_a_yes_never_makes_the_verdict_milder(answers, question_id):
    before = assess(answers)
    after = assess({**answers, question_id: True})
    assert after.verdict >= before.verdict
    assert after.seek_care_now >= before.seek_care_now


@given(answers_strategy, st.sampled_from(YES_NO_IDS))
def test_adding_a_not_sure_never_makes_the_verdict_milder(answers, question_id):
    if answers.get(question_id) is True:  # "not sure" adds to a no or no answer, not a yes
        return
    before = assess(answers)
    after = assess({**answers, question_id: NOT_SURE})
    assert after.verdict >= before.verdict
    assert after.seek_care_now >= before.seek_care_now


@given(answers_strategy, st.sampled_from(YES_NO_IDS))
def test_a_yes_gives_at_least_what_a_not_sure_gives(answers, question_id):
    not_sure = assess({**answers, question_id: NOT_SURE})
    yes = assess({**answers, question_id: True})
    assert yes.verdict >= not_sure.verdict
    assert yes.seek_care_now >= not_sure.seek_care_now


@given(answers_strategy)
def test_reasons_are_never_empty_and_explain_the_verdict(answers):
    result = assess(answers)
    assert result.reasons
    assert max(r.verdict for r in result.reasons) == result.verdict


@given(answers_strategy, st.randoms(use_true_random=False))
def test_the_order_of_answers_does_not_matter(answers, random):
    items = list(answers.items())
    random.shuffle(items)
    assert assess(dict(items)) == assess(answers)


def test_every_verdict_has_a_short_name_for_charts():
    shorts = [VERDICT_TEXT[v].short for v in Verdict]
    assert len(set(shorts)) == len(shorts)
    assert all(len(short.split()) <= 3 for short in shorts)
