"""Symptom checker rules: levels from the references, safety properties, bad input, URLs."""

import itertools
import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backinfo import (
    causes,
    diagnosis,
    i18n,
    summary,
    triage,
    triage_advice,
    triage_questions,
    triage_rules,
)
from backinfo.questionnaire import NOT_SURE
from backinfo.sources import SOURCES
from backinfo.triage import assess
from backinfo.triage_questions import QUESTION_BY_ID, QUESTIONS
from backinfo.triage_rules import RULE_BY_ID, RULES, Urgency

# The question ids, kinds and ranges of issue 3.
ISSUE_NUMERIC = {
    "age_years": ("integer", 0, 120),
    "pain_duration_weeks": ("number", 0, 520),
    "pain_severity": ("integer", 0, 10),
}
EMERGENCY_SIGNS = [
    "bladder_bowel_change", "saddle_numbness", "sexual_function_change", "pain_both_legs",
    "serious_accident", "chest_pain",
]
URGENT_SIGNS = [
    "fever", "unexplained_weight_loss", "cancer_history", "night_or_rest_pain",
    "leg_weakness", "spreading_numbness", "painful_or_bloody_urination",
    "back_swelling_or_deformity", "steroid_use_or_osteoporosis",
    "worse_with_cough_sneeze_or_toilet", "upper_back_pain",
    "sharp_flank_pain",  # the reference table: 'sharp pain in the side' is urgent
]
SEE_GP_SIGNS = [
    "radiating_leg_pain", "recurring_cramps", "interferes_with_daily_life",
    "immunosuppressed_or_iv_drug_use",
    "recent_fall_or_injury",  # a minor knock: no rise above SEE_GP on its own (issue 11)
    "leg_symptoms_getting_worse",
]
NO_RULE_YES_NO = ["started_after_lifting_or_twisting", "pregnancy"]
# The seed's "several warning signs", read as the nerve signs (reference §2).
NERVE_SIGNS = [
    "bladder_bowel_change", "saddle_numbness", "leg_weakness", "radiating_leg_pain",
    "pain_both_legs",
]
YES_NO_IDS = [q.id for q in QUESTIONS if q.kind == "yes_no"]
NUMERIC_IDS = [q.id for q in QUESTIONS if q.kind != "yes_no"]


def _value_strategy(question):
    if question.kind == "yes_no":
        return st.sampled_from([True, False, NOT_SURE])
    if question.kind == "integer":
        return st.integers(int(question.minimum), int(question.maximum))
    return st.floats(question.minimum, question.maximum, allow_nan=False)


ANSWERS = st.fixed_dictionaries({}, optional={q.id: _value_strategy(q) for q in QUESTIONS})


# The question list matches the issue.


def test_the_questions_are_exactly_those_of_the_issue():
    issue_yes_no = EMERGENCY_SIGNS + URGENT_SIGNS + SEE_GP_SIGNS + NO_RULE_YES_NO
    assert sorted(YES_NO_IDS) == sorted(issue_yes_no)
    assert len(QUESTIONS) == len(issue_yes_no) + len(ISSUE_NUMERIC) == len(QUESTION_BY_ID)
    for question_id, (kind, low, high) in ISSUE_NUMERIC.items():
        question = QUESTION_BY_ID[question_id]
        assert (question.kind, question.minimum, question.maximum) == (kind, low, high)


def test_yes_no_questions_have_no_range():
    for question in QUESTIONS:
        if question.kind == "yes_no":
            assert question.minimum is None and question.maximum is None


def test_groups_come_in_page_order_with_the_emergency_signs_first():
    groups = triage_questions.GROUPS
    assert [group.id for group in groups] == ["emergency", "urgent", "pain", "you"]
    assert tuple(question for group in groups for question in group.questions) == QUESTIONS


def test_the_emergency_group_holds_exactly_the_emergency_questions():
    emergency_group = triage_questions.GROUPS[0]
    in_group = [question.id for question in emergency_group.questions]
    assert in_group == list(triage.emergency_sign_ids()) == EMERGENCY_SIGNS


def test_a_rule_about_one_question_has_its_id_and_a_combination_never_has_one():
    for rule in RULES:
        questions = {*rule.yes_questions(), *(b[0] for b in (rule.at_least, rule.below) if b)}
        assert questions <= QUESTION_BY_ID.keys()
        if rule.id in QUESTION_BY_ID:
            assert questions == {rule.id}
        else:
            assert len(questions) > 1 or rule.at_least or rule.below, rule.id


def test_every_rule_and_text_cites_known_sources():
    records = [
        *QUESTIONS, *RULES, *triage_rules.CAUSE_FITS, triage_advice.CAUSES_NOTE,
        *triage_advice.ADVICE.values(), *triage_advice.DOCTOR_VISITS,
        triage_advice.PREGNANCY_NOTICE,
        *itertools.chain.from_iterable(triage_advice.SAFETY_NET.values()),
        *triage_rules.NOT_SURE_TEXT.values(),
    ]
    for record in records:
        assert record.sources, record
        assert set(record.sources) <= SOURCES.keys(), record


def test_the_several_signs_rule_cites_the_seed_article_and_counts_only_nerve_signs():
    rule = RULE_BY_ID[triage_rules.SEVERAL_WARNING_SIGNS]
    assert "verywell-back-cramps" in rule.sources
    assert sorted(rule.any_yes) == sorted(NERVE_SIGNS) and rule.how_many == 2
    assert "sharp_flank_pain" not in rule.yes_questions()


def test_cause_fits_name_known_causes_and_questions():
    cause_ids = {cause.id for cause in causes.CAUSES}
    for fit in triage_rules.CAUSE_FITS:
        assert fit.cause_id in cause_ids
        assert QUESTION_BY_ID[fit.question_id].kind == "yes_no"


def test_every_urgency_has_advice_a_doctor_visit_and_a_safety_net():
    for urgency in Urgency:
        assert triage_advice.ADVICE[urgency].urgency == urgency
        assert urgency in triage_advice.SAFETY_NET
    for answers in ({}, {"recurring_cramps": True}, {"fever": True}, {"chest_pain": True}):
        assert assess(answers).doctor_visits


def test_every_emergency_rule_names_its_own_doctor_visit():
    for rule in RULES:
        if rule.urgency is Urgency.EMERGENCY:
            assert rule.doctor_visit in triage_advice.DOCTOR_VISIT_BY_ID, rule.id


def test_doctor_visits_name_known_diagnosis_steps():
    step_ids = {step.id for step in diagnosis.DIAGNOSTIC_STEPS}
    for visit in triage_advice.DOCTOR_VISITS:
        assert visit.steps[0] == "history"
        assert set(visit.steps) <= step_ids


def test_no_imaging_or_tests_without_warning_signs():
    for answers in ({}, {"recurring_cramps": True}):
        (visit,) = assess(answers).doctor_visits
        assert visit.steps == ("history", "movement_tests")


# Levels from the references: each sign alone.


def test_no_answers_means_self_care():
    result = assess({})
    assert (result.urgency, result.reasons) == (Urgency.SELF_CARE, ())


def test_saddle_numbness_alone_is_an_emergency():
    assert assess({"saddle_numbness": True}).urgency == Urgency.EMERGENCY


@pytest.mark.parametrize("question_id", EMERGENCY_SIGNS)
def test_each_emergency_sign_alone_is_an_emergency(question_id):
    result = assess({question_id: True})
    assert result.urgency == Urgency.EMERGENCY
    assert result.reasons[0].rule_id == question_id


@pytest.mark.parametrize("question_id", URGENT_SIGNS)
def test_each_urgent_sign_alone_is_urgent(question_id):
    result = assess({question_id: True})
    assert result.urgency == Urgency.URGENT
    assert [r.rule_id for r in result.reasons] == [question_id]


@pytest.mark.parametrize("question_id", SEE_GP_SIGNS)
def test_each_see_a_gp_sign_alone_means_see_a_gp(question_id):
    assert assess({question_id: True}).urgency == Urgency.SEE_GP


@pytest.mark.parametrize("question_id", YES_NO_IDS)
def test_a_no_answer_is_the_same_as_no_answer(question_id):
    assert assess({question_id: False}) == assess({})


def test_none_means_not_given():
    assert assess({"age_years": None, "fever": None}) == assess({})


def test_lifting_or_twisting_alone_is_self_care_and_may_fit_a_muscle_strain():
    result = assess({"started_after_lifting_or_twisting": True})
    assert result.urgency == Urgency.SELF_CARE
    assert result.possible_causes == (
        triage.PossibleCause(
            cause_id="muscle_strain", question_ids=("started_after_lifting_or_twisting",)
        ),
    )


@pytest.mark.parametrize("age", [20, 45, 50, 63, 80, 120])
def test_age_from_20_alone_never_raises_the_urgency(age):
    assert assess({"age_years": age}).urgency == Urgency.SELF_CARE


@pytest.mark.parametrize(
    "severity, expected",
    [(0, Urgency.SELF_CARE), (7, Urgency.SELF_CARE), (8, Urgency.SEE_GP), (10, Urgency.SEE_GP)],
)
def test_very_severe_pain_from_8_means_see_a_gp(severity, expected):
    assert assess({"pain_severity": severity}).urgency == expected


@pytest.mark.parametrize(
    "weeks, expected",
    [(0, Urgency.SELF_CARE), (5.9, Urgency.SELF_CARE), (6, Urgency.SEE_GP), (52, Urgency.SEE_GP)],
)
def test_pain_for_6_weeks_or_more_means_see_a_gp(weeks, expected):
    assert assess({"pain_duration_weeks": weeks}).urgency == expected


def test_immune_weakness_with_fever_is_urgent_with_its_own_reason():
    result = assess({"immunosuppressed_or_iv_drug_use": True, "fever": True})
    assert result.urgency == Urgency.URGENT
    assert "immunosuppressed_with_fever" in [r.rule_id for r in result.reasons]


@pytest.mark.parametrize("pair", list(itertools.combinations(NERVE_SIGNS, 2)))
def test_two_nerve_warning_signs_together_are_an_emergency(pair):
    result = assess(dict.fromkeys(pair, True))
    assert result.urgency == Urgency.EMERGENCY
    several = [r for r in result.reasons if r.rule_id == triage_rules.SEVERAL_WARNING_SIGNS]
    assert [r.urgency for r in several] == [Urgency.EMERGENCY]


def test_leg_pain_and_side_pain_together_are_urgent_not_an_emergency():
    assert assess({"radiating_leg_pain": True}).urgency == Urgency.SEE_GP
    assert assess({"sharp_flank_pain": True}).urgency == Urgency.URGENT
    both = assess({"radiating_leg_pain": True, "sharp_flank_pain": True})
    assert both.urgency == Urgency.URGENT
    reason = next(r for r in both.reasons if r.rule_id == "side_pain_with_nerve_sign")
    assert "kidney" in reason.text and "spine" in reason.text


def test_one_seed_warning_sign_with_other_signs_is_not_several_warning_signs():
    result = assess({"leg_weakness": True, "fever": True, "recurring_cramps": True})
    assert result.urgency == Urgency.URGENT
    assert triage_rules.SEVERAL_WARNING_SIGNS not in [r.rule_id for r in result.reasons]


def test_reasons_come_highest_urgency_first_and_use_the_rule_text():
    result = assess({"recurring_cramps": True, "fever": True, "chest_pain": True})
    assert [r.rule_id for r in result.reasons] == ["chest_pain", "fever", "recurring_cramps"]
    assert result.reasons[1].text == RULE_BY_ID["fever"].reason
    assert [r.urgency for r in result.reasons] == [
        Urgency.EMERGENCY, Urgency.URGENT, Urgency.SEE_GP,
    ]


def test_leg_pain_may_fit_a_herniated_disc_and_sciatica():
    result = assess({"radiating_leg_pain": True, "worse_with_cough_sneeze_or_toilet": True})
    assert result.possible_causes == (
        triage.PossibleCause(
            cause_id="herniated_disc",
            question_ids=("radiating_leg_pain", "worse_with_cough_sneeze_or_toilet"),
        ),
        triage.PossibleCause(cause_id="sciatica", question_ids=("radiating_leg_pain",)),
    )


def test_possible_causes_are_worded_as_may_fit_not_as_a_diagnosis():
    assert "may fit" in triage_advice.CAUSES_NOTE.text
    assert "not a diagnosis" in triage_advice.CAUSES_NOTE.text


# Bad input: ValueError naming the question.


@pytest.mark.parametrize(
    "answers, named",
    [
        ({"no_such_question": True}, "no_such_question"),
        ({"fever": "yes"}, "fever"),
        ({"fever": 1}, "fever"),
        ({"fever": "maybe"}, "fever"),
        ({"fever": "NOT_SURE "}, "fever"),
        ({"fever": "not sure"}, "fever"),
        ({"fever": 0.5}, "fever"),
        ({"age_years": NOT_SURE}, "age_years"),
        ({"pain_duration_weeks": NOT_SURE}, "pain_duration_weeks"),
        ({"saddle_numbness": 0}, "saddle_numbness"),
        ({"age_years": True}, "age_years"),
        ({"pain_severity": False}, "pain_severity"),
        ({"age_years": "45"}, "age_years"),
        ({"age_years": 45.0}, "age_years"),
        ({"pain_severity": 7.5}, "pain_severity"),
        ({"age_years": -1}, "age_years"),
        ({"age_years": 121}, "age_years"),
        ({"pain_severity": 11}, "pain_severity"),
        ({"pain_duration_weeks": -0.1}, "pain_duration_weeks"),
        ({"pain_duration_weeks": 520.1}, "pain_duration_weeks"),
        ({"pain_duration_weeks": math.nan}, "pain_duration_weeks"),
        ({"pain_duration_weeks": math.inf}, "pain_duration_weeks"),
        ({"pain_duration_weeks": True}, "pain_duration_weeks"),
    ],
)
def test_bad_answers_raise_a_value_error_naming_the_question(answers, named):
    with pytest.raises(ValueError, match=named):
        assess(answers)


def test_a_whole_number_is_a_valid_duration():
    assert assess({"pain_duration_weeks": 6}).urgency == Urgency.SEE_GP


# Safety properties over random answer sets.


@settings(deadline=None)
@given(ANSWERS, st.sampled_from(YES_NO_IDS))
def test_adding_a_yes_never_lowers_the_urgency(answers, question_id):
    before = assess(answers).urgency
    assert assess({**answers, question_id: True}).urgency >= before


@settings(deadline=None)
@given(ANSWERS, st.sampled_from(YES_NO_IDS))
def test_adding_a_not_sure_never_lowers_the_urgency(answers, question_id):
    if answers.get(question_id) is True:  # "not sure" adds to a no or no answer, not a yes
        return
    before = assess(answers).urgency
    assert assess({**answers, question_id: NOT_SURE}).urgency >= before


@settings(deadline=None)
@given(ANSWERS, st.sampled_from(YES_NO_IDS))
def test_a_yes_gives_at_least_what_a_not_sure_gives(answers, question_id):
    not_sure = assess({**answers, question_id: NOT_SURE}).urgency
    assert assess({**answers, question_id: True}).urgency >= not_sure


# Age is the one number where more is not worse: under 20 and over 50 both matter.
MORE_IS_WORSE = ["pain_severity", "pain_duration_weeks"]


@settings(deadline=None)
@given(ANSWERS, st.integers(0, 120))
def test_giving_an_age_never_lowers_the_urgency(answers, age):
    without_age = {k: v for k, v in answers.items() if k != "age_years"}
    assert assess({**without_age, "age_years": age}).urgency >= assess(without_age).urgency


@settings(deadline=None)
@given(ANSWERS, st.sampled_from(MORE_IS_WORSE), st.data())
def test_raising_a_number_never_lowers_the_urgency(answers, question_id, data):
    question = QUESTION_BY_ID[question_id]
    low = answers.get(question_id, question.minimum)
    higher = data.draw(_value_strategy(question).filter(lambda value: value >= low))
    assert assess({**answers, question_id: higher}).urgency >= assess(answers).urgency


@settings(deadline=None)
@given(ANSWERS, st.sampled_from(EMERGENCY_SIGNS))
def test_an_emergency_sign_with_any_other_answers_is_an_emergency(answers, question_id):
    assert assess({**answers, question_id: True}).urgency == Urgency.EMERGENCY


@settings(deadline=None)
@given(ANSWERS, st.sampled_from(URGENT_SIGNS))
def test_an_urgent_sign_with_any_other_answers_is_at_least_urgent(answers, question_id):
    assert assess({**answers, question_id: True}).urgency >= Urgency.URGENT


@settings(deadline=None)
@given(ANSWERS.flatmap(lambda a: st.tuples(st.just(a), st.permutations(list(a.items())))))
def test_the_result_does_not_depend_on_the_order_of_the_answers(answers_and_order):
    answers, reordered = answers_and_order
    assert assess(dict(reordered)) == assess(answers)


@settings(deadline=None)
@given(ANSWERS)
def test_the_urgency_is_the_highest_urgency_among_the_reasons(answers):
    result = assess(answers)
    assert result.urgency == max((r.urgency for r in result.reasons), default=Urgency.SELF_CARE)


# Phone numbers.


def test_advice_uses_the_uk_numbers_by_default():
    assert triage.advice_for(Urgency.EMERGENCY).title == "Call 999 or go to A&E now"
    assert "111" in triage.advice_for(Urgency.URGENT).what_to_do


def test_advice_and_safety_net_take_a_clinic_s_own_numbers():
    advice = triage.advice_for(Urgency.EMERGENCY, emergency="112", urgent="116117")
    assert "112" in advice.title and "999" not in advice.what_to_do
    see_gp = assess({"recurring_cramps": True})
    lines = [n.text for n in triage.safety_net_for(see_gp, emergency="112", urgent="116117")]
    assert any("112" in line for line in lines) and any("116117" in line for line in lines)
    assert not any("{" in line for line in lines)


def test_the_self_care_safety_net_says_when_to_come_back():
    texts = " ".join(n.text for n in triage.safety_net_for(assess({})))
    assert "few weeks" in texts and "everyday things" in texts and "999" in texts


def test_every_advice_has_an_icon_and_a_colour():
    for advice in triage_advice.ADVICE.values():
        assert advice.icon and advice.colour and advice.name


# The clinical read-through of issue 11, point by point.


def test_kidney_colic_with_side_pain_spreading_down_the_leg_is_urgent_not_999():
    result = assess({"sharp_flank_pain": True, "radiating_leg_pain": True,
                     "painful_or_bloody_urination": True})
    assert result.urgency == Urgency.URGENT


def test_a_lifting_strain_with_leg_pain_and_side_pain_is_urgent_not_999():
    result = assess({"started_after_lifting_or_twisting": True, "radiating_leg_pain": True,
                     "sharp_flank_pain": True, "pain_severity": 7})
    assert result.urgency == Urgency.URGENT
    assert "spine" not in " ".join(r.text for r in result.reasons if "999" in r.text)


def test_leg_weakness_with_pain_down_the_leg_is_an_emergency():
    result = assess({"leg_weakness": True, "radiating_leg_pain": True})
    assert result.urgency == Urgency.EMERGENCY
    assert result.reasons[0].rule_id == triage_rules.SEVERAL_WARNING_SIGNS


@pytest.mark.parametrize("sign", ["leg_weakness", "spreading_numbness"])
def test_weakness_or_numbness_getting_quickly_worse_is_an_emergency(sign):
    result = assess({sign: True, "leg_symptoms_getting_worse": True})
    assert result.urgency == Urgency.EMERGENCY
    assert result.reasons[0].rule_id == "leg_weakness_getting_worse"


def test_leg_pain_getting_quickly_worse_is_urgent():
    result = assess({"radiating_leg_pain": True, "leg_symptoms_getting_worse": True})
    assert result.urgency == Urgency.URGENT


def test_the_getting_worse_question_asks_about_hours_or_days():
    question = QUESTION_BY_ID["leg_symptoms_getting_worse"]
    assert question.kind == "yes_no" and "hours or days" in question.text


@pytest.mark.parametrize(
    "question_id",
    ["bladder_bowel_change", "sexual_function_change", "pain_both_legs"],
)
def test_nerve_emergency_questions_ask_about_new_symptoms(question_id):
    question = QUESTION_BY_ID[question_id]
    assert "new" in question.text.lower()
    assert "long time" in question.help and "doctor knows" in question.help


def test_a_small_fall_alone_means_see_a_gp_but_with_weak_bones_is_urgent():
    assert assess({"recent_fall_or_injury": True}).urgency == Urgency.SEE_GP
    both = assess({"recent_fall_or_injury": True, "steroid_use_or_osteoporosis": True})
    assert both.urgency == Urgency.URGENT
    assert "fall_with_weak_bones" in [r.rule_id for r in both.reasons]
    assert assess({"serious_accident": True}).urgency == Urgency.EMERGENCY


def test_weak_bones_with_new_back_pain_are_urgent_without_a_fall():
    result = assess({"steroid_use_or_osteoporosis": True, "pain_duration_weeks": 1})
    assert result.urgency == Urgency.URGENT
    assert "without a fall" in result.reasons[0].text


def test_no_cause_is_offered_beside_an_emergency():
    answers = {"radiating_leg_pain": True, "pain_both_legs": True,
               "started_after_lifting_or_twisting": True}
    assert assess(answers).urgency == Urgency.EMERGENCY
    assert assess(answers).possible_causes == ()
    without_emergency = {"radiating_leg_pain": True}
    assert [c.cause_id for c in assess(without_emergency).possible_causes] == [
        "herniated_disc", "sciatica",
    ]


@pytest.mark.parametrize(
    "sign, visit, says, never",
    [
        ("chest_pain", "emergency_chest", "heart", "MRI"),
        ("serious_accident", "emergency_accident", "X-ray", "cauda"),
        ("saddle_numbness", "emergency_nerves", "MRI", "heart"),
    ],
)
def test_each_kind_of_emergency_has_its_own_doctor_visit(sign, visit, says, never):
    (shown,) = assess({sign: True}).doctor_visits
    assert shown.id == visit and says in shown.text and never not in shown.text


def test_pregnancy_alone_raises_nothing_but_adds_a_safety_net_line():
    result = assess({"pregnancy": True})
    assert result.urgency == Urgency.SELF_CARE
    assert triage_advice.PREGNANCY_NOTICE in result.safety_net
    assert triage_advice.PREGNANCY_NOTICE not in assess({}).safety_net
    notice = triage_advice.PREGNANCY_NOTICE.text
    assert "midwife" in notice and "37 weeks" in notice


def test_pregnancy_with_cramps_that_keep_coming_back_is_urgent_and_says_call_the_midwife():
    result = assess({"pregnancy": True, "recurring_cramps": True})
    assert result.urgency == Urgency.URGENT
    assert "midwife" in result.reasons[0].text
    assert RULE_BY_ID["pregnancy_with_recurring_cramps"].sources == ("nhs-preterm-labour",)


@pytest.mark.parametrize("question_id", EMERGENCY_SIGNS)
def test_not_sure_about_an_emergency_sign_means_get_checked_today(question_id):
    result = assess({question_id: NOT_SURE})
    assert result.urgency == Urgency.URGENT
    assert "today" in result.reasons[0].text
    assert QUESTION_BY_ID[question_id].text in result.reasons[0].text  # what to look out for


@pytest.mark.parametrize("question_id", URGENT_SIGNS)
def test_not_sure_about_an_urgent_sign_means_see_a_gp(question_id):
    assert assess({question_id: NOT_SURE}).urgency == Urgency.SEE_GP


@pytest.mark.parametrize("question_id", SEE_GP_SIGNS + NO_RULE_YES_NO)
def test_not_sure_elsewhere_changes_nothing(question_id):
    assert assess({question_id: NOT_SURE}).urgency == Urgency.SELF_CARE


def test_not_sure_about_worsening_with_leg_weakness_means_today():
    result = assess({"leg_weakness": True, "leg_symptoms_getting_worse": NOT_SURE})
    assert result.urgency == Urgency.URGENT
    assert "leg_symptoms_getting_worse:not_sure" in [r.rule_id for r in result.reasons]


def test_not_sure_never_lowers_an_emergency_from_other_answers():
    assert assess({"chest_pain": True, "fever": NOT_SURE}).urgency == Urgency.EMERGENCY


@pytest.mark.parametrize("age", [0, 8, 15, 19])
def test_children_and_teenagers_with_back_pain_see_a_gp(age):
    result = assess({"age_years": age})
    assert result.urgency == Urgency.SEE_GP
    assert result.reasons[0].rule_id == "age_under_20"


def test_new_pain_over_50_adds_a_reason_but_no_rise():
    result = assess({"age_years": 63, "started_after_lifting_or_twisting": True})
    assert result.urgency == Urgency.SELF_CARE
    assert [r.rule_id for r in result.reasons] == ["age_over_50"]
    text = summary.summary_text({"age_years": 63}, assess({"age_years": 63}), date(2026, 1, 1))
    assert RULE_BY_ID["age_over_50"].reason in text


def test_kidney_signs_cite_the_seed_and_nhs_kidney_pages_not_the_back_pain_page():
    for rule_id in ("painful_or_bloody_urination", "sharp_flank_pain"):
        sources = RULE_BY_ID[rule_id].sources
        assert "verywell-back-cramps" in sources and "nhs-back-pain" not in sources
        assert {"nhs-kidney-infection", "nhs-kidney-stones"} & set(sources)


@pytest.mark.parametrize(
    "unsure",
    [
        ("leg_weakness", "radiating_leg_pain"),
        ("leg_weakness", "leg_symptoms_getting_worse"),
        ("spreading_numbness", "leg_symptoms_getting_worse"),
    ],
)
def test_two_unsure_signs_that_are_an_emergency_together_mean_get_checked_today(unsure):
    assert assess(dict.fromkeys(unsure, True)).urgency == Urgency.EMERGENCY
    assert assess(dict.fromkeys(unsure, NOT_SURE)).urgency == Urgency.URGENT


def test_unsure_about_pregnancy_and_cramps_together_means_see_a_gp():
    answers = {"pregnancy": NOT_SURE, "recurring_cramps": NOT_SURE}
    assert assess(answers).urgency == Urgency.SEE_GP


@settings(deadline=None)
@given(ANSWERS, st.sampled_from(i18n.TRANSLATED))
def test_the_language_never_changes_the_result(answers, lang):
    """Only the words change: the same urgency, reasons (one per rule, in order), causes,
    safety net and doctor's visit, each reason translated."""
    english, translated = assess(answers), assess(answers, lang=lang)
    assert translated.urgency == english.urgency
    assert [r.rule_id for r in translated.reasons] == [r.rule_id for r in english.reasons]
    assert [r.urgency for r in translated.reasons] == [r.urgency for r in english.reasons]
    assert translated.possible_causes == english.possible_causes
    assert [n.id for n in translated.safety_net] == [n.id for n in english.safety_net]
    assert [v.id for v in translated.doctor_visits] == [v.id for v in english.doctor_visits]
    for mine, theirs in zip(translated.reasons, english.reasons, strict=True):
        assert mine.text != theirs.text, mine.rule_id
