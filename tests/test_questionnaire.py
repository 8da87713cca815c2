"""The questionnaire both checkers share: one validator, one address codec, old ids, phases."""

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backinfo import chiropractic, questionnaire, shared_questions, triage, triage_questions
from backinfo.questionnaire import NOT_SURE, Question, answers_from_query, answers_to_query

CHECKER = triage_questions.QUESTIONS
CHIROPRACTOR = chiropractic.QUESTIONS
BOTH = {
    "symptom checker": (CHECKER, triage.assess),
    "chiropractor": (CHIROPRACTOR, chiropractic.assess),
}

# Every question id each checker had before the two shared one framework (git history):
# saved links and clinic pages use them, so each must keep working in its own checker.
CHECKER_IDS_BEFORE = [
    "bladder_bowel_change", "saddle_numbness", "sexual_function_change", "pain_both_legs",
    "serious_accident", "chest_pain", "fever", "unexplained_weight_loss", "night_or_rest_pain",
    "leg_weakness", "spreading_numbness", "leg_symptoms_getting_worse",
    "painful_or_bloody_urination", "sharp_flank_pain", "back_swelling_or_deformity",
    "recent_fall_or_injury", "worse_with_cough_sneeze_or_toilet", "upper_back_pain",
    "pain_severity", "pain_duration_weeks", "radiating_leg_pain", "recurring_cramps",
    "interferes_with_daily_life", "started_after_lifting_or_twisting", "age_years",
    "pregnancy", "cancer_history", "steroid_use_or_osteoporosis",
    "immunosuppressed_or_iv_drug_use",
]
CHIROPRACTOR_IDS_BEFORE = [
    "bladder_bowel_change", "saddle_numbness", "numbness_or_weakness",
    "recent_fracture_or_injury", "spinal_infection_or_fever", "spinal_cancer_or_tumour",
    "cancer_history", "recent_spinal_surgery", "spinal_instability", "spinal_arthritis",
    "inflammatory_arthritis", "osteoporosis", "blood_thinners_or_bleeding_disorder",
    "aortic_aneurysm", "pregnancy", "pain_duration_weeks",
]


def _value(question):
    if question.kind == "yes_no":
        return st.sampled_from([True, False, NOT_SURE])
    if question.kind == "integer":
        return st.integers(int(question.minimum), int(question.maximum))
    return st.one_of(
        st.integers(int(question.minimum), int(question.maximum)),
        st.floats(question.minimum, question.maximum, allow_nan=False),
    )


def _answers(questions):
    return st.fixed_dictionaries({}, optional={q.id: _value(q) for q in questions})


def _find(questions, question_id):
    return next(q for q in questions if question_id in (q.id, *q.old_ids))


# One validator, for both checkers' assess().


@pytest.mark.parametrize(
    "answers, named",
    [
        ({"no_such_question": True}, "no_such_question"),
        ({"pregnancy": "yes"}, "pregnancy"),
        ({"pregnancy": 1}, "pregnancy"),
        ({"pregnancy": "not sure"}, "pregnancy"),
        ({"pain_duration_weeks": NOT_SURE}, "pain_duration_weeks"),
        ({"pain_duration_weeks": "3"}, "pain_duration_weeks"),
        ({"pain_duration_weeks": True}, "pain_duration_weeks"),
        ({"pain_duration_weeks": -0.1}, "pain_duration_weeks"),
        ({"pain_duration_weeks": 520.1}, "pain_duration_weeks"),
        ({"pain_duration_weeks": math.nan}, "pain_duration_weeks"),
        ({"pain_duration_weeks": math.inf}, "pain_duration_weeks"),
    ],
)
@pytest.mark.parametrize("checker", list(BOTH))
def test_both_checkers_refuse_a_bad_answer_naming_the_question(checker, answers, named):
    _questions, assess = BOTH[checker]
    with pytest.raises(ValueError, match=named):
        assess(answers)


def test_an_unknown_id_is_refused_with_the_ids_that_are_known():
    with pytest.raises(ValueError, match="expected one of bladder_bowel_change, saddle_numbness"):
        questionnaire.checked({"back_cracking": True}, CHIROPRACTOR)


def test_a_whole_number_question_refuses_a_fraction_and_a_number_question_takes_one():
    questions = (triage_questions.QUESTION_BY_ID["age_years"], shared_questions.PAIN_DURATION_WEEKS)
    with pytest.raises(ValueError, match="age_years: expected a whole number"):
        questionnaire.checked({"age_years": 45.0}, questions)
    assert questionnaire.checked({"pain_duration_weeks": 6}, questions) == {
        "pain_duration_weeks": 6.0
    }


def test_none_means_not_given():
    assert questionnaire.checked({"pregnancy": None, "pain_duration_weeks": None}, CHECKER) == {}


def test_a_no_counts_as_not_given_and_zero_is_an_answer():
    answers = {"fever": False, "chest_pain": True, "pregnancy": NOT_SURE, "pain_severity": 0,
               "age_years": None, "pain_duration_weeks": 0.0}
    assert questionnaire.given(answers) == {
        "chest_pain": True, "pregnancy": NOT_SURE, "pain_severity": 0, "pain_duration_weeks": 0.0
    }


# Questions both checkers ask, and the ids they had before.


def test_questions_both_checkers_ask_are_one_record_each():
    shared = [q for q in CHECKER if q in CHIROPRACTOR]
    assert {q.id for q in shared} == {
        "bladder_bowel_change", "saddle_numbness", "pain_duration_weeks", "pregnancy",
        "cancer_history", "steroid_use_or_osteoporosis", "sexual_function_change",
        "pain_both_legs", "serious_accident",
    }
    records = [vars(shared_questions)[name] for name in dir(shared_questions) if name.isupper()]
    assert set(shared) == {r for r in records if isinstance(r, Question)}


@pytest.mark.parametrize(
    "questions, assess, ids",
    [
        (CHECKER, triage.assess, CHECKER_IDS_BEFORE),
        (CHIROPRACTOR, chiropractic.assess, CHIROPRACTOR_IDS_BEFORE),
    ],
    ids=["symptom checker", "chiropractor"],
)
def test_every_question_id_a_checker_had_still_works_in_it_and_in_its_address(
    questions, assess, ids
):
    for question_id in ids:
        question = _find(questions, question_id)
        value = True if question.kind == "yes_no" else 3
        # The checker reads the id as its question, with the answer given under it ...
        assert questionnaire.checked({question_id: value}, questions) == {question.id: value}
        assert assess({question_id: value}) == assess({question.id: value}), question_id
        assert answers_from_query({question_id: str(value)}, questions) == (
            {question.id: value}, []
        )


@pytest.mark.parametrize("assess", [triage.assess, chiropractic.assess])
def test_the_old_chiropractor_id_for_weak_bones_counts_as_the_shared_question(assess):
    assert assess({"osteoporosis": True}) == assess({"steroid_use_or_osteoporosis": True})
    assert assess({"osteoporosis": NOT_SURE}) == assess({"steroid_use_or_osteoporosis": NOT_SURE})


def test_an_old_question_id_in_the_address_is_still_read():
    for questions in (CHECKER, CHIROPRACTOR):
        answers, ignored = answers_from_query({"osteoporosis": "1"}, questions)
        assert (answers, ignored) == ({"steroid_use_or_osteoporosis": True}, [])
        assert answers_to_query(answers, questions) == {"steroid_use_or_osteoporosis": "1"}


def test_a_question_given_under_two_of_its_ids_in_the_address_is_left_out_and_named():
    params = {"osteoporosis": "1", "steroid_use_or_osteoporosis": "0", "fever": "1"}
    assert answers_from_query(params, CHECKER) == (
        {"fever": True}, ["osteoporosis", "steroid_use_or_osteoporosis"]
    )


def test_a_question_answered_under_two_of_its_ids_is_refused():
    with pytest.raises(ValueError, match="steroid_use_or_osteoporosis: answered twice"):
        chiropractic.assess({"osteoporosis": True, "steroid_use_or_osteoporosis": False})


def test_check_refuses_an_id_used_twice_and_a_range_that_does_not_fit_the_kind():
    weak_bones = shared_questions.WEAK_BONES
    clash = dataclasses.replace(weak_bones, id="pregnancy_alias", old_ids=("pregnancy",))
    with pytest.raises(ValueError, match="'pregnancy' is used twice"):
        questionnaire.check((*CHECKER, clash))
    ranged_yes_no = dataclasses.replace(weak_bones, id="x", old_ids=(), minimum=0, maximum=1)
    with pytest.raises(ValueError, match="range"):
        questionnaire.check((ranged_yes_no,))
    questionnaire.check(CHECKER)
    questionnaire.check(CHIROPRACTOR)


# The phase of back pain: the UK convention, the one place its weeks are written.


@pytest.mark.parametrize(
    "weeks, expected",
    [
        (0, "acute"), (5.9, "acute"), (6, "subacute"), (12, "subacute"),
        (12.1, "chronic"), (520, "chronic"),
    ],
)
def test_phase_at_the_boundaries(weeks, expected):
    assert questionnaire.phase(weeks) == expected


# The page address: one reader and one writer.


@pytest.mark.parametrize("text", ["1", "yes", "true", "YES", "True", " yes "])
def test_yes_can_be_written_in_several_ways(text):
    assert answers_from_query({"fever": text}, CHECKER) == ({"fever": True}, [])


@pytest.mark.parametrize("text", ["0", "no", "false", "No", "FALSE"])
def test_no_can_be_written_in_several_ways(text):
    assert answers_from_query({"fever": text}, CHECKER) == ({"fever": False}, [])


@pytest.mark.parametrize("text", ["not_sure", "NOT_SURE", " not_sure "])
def test_not_sure_can_be_read_from_the_address(text):
    assert answers_from_query({"fever": text}, CHECKER) == ({"fever": NOT_SURE}, [])


def test_query_parameters_fill_in_numbers():
    answers, ignored = answers_from_query(
        {"age_years": "45", "pain_duration_weeks": "7.5", "pain_severity": ["8"]}, CHECKER
    )
    assert answers == {"age_years": 45, "pain_duration_weeks": 7.5, "pain_severity": 8}
    assert ignored == []


@pytest.mark.parametrize(
    "params",
    [
        {"<script>alert(1)</script>": "1"},
        {"fever": "<script>alert(1)</script>"},
        {"age_years": "9" * 5000},
        {"pain_duration_weeks": "1e999"},
        {"pain_duration_weeks": "nan"},
        {"pain_duration_weeks": "inf"},
        {"pain_duration_weeks": "-1"},
        {"pain_severity": "11"},
        {"pain_severity": "0x5"},
        {"age_years": "\u0664\u0665"},  # Arabic-Indic digits: int() would accept them
        {"age_years": "45.0"},
        {"age_years": "not_sure"},
        {"fever": "maybe"},
        {"fever": ["1", "0"]},
        {"fever": ["1", "1"]},
        {"fever": []},
        {"fever": ""},
        {"age_years": ""},
        {"fever": "2"},
    ],
)
def test_odd_or_hostile_query_parameters_are_ignored_and_named(params):
    answers, ignored = answers_from_query(params, CHECKER)
    assert answers == {}
    assert ignored == list(params)


@pytest.mark.parametrize(
    "params",
    [
        {"saddle_numbness": "<script>"},
        {"pain_duration_weeks": "-4"},
        {"pain_duration_weeks": "521"},
        {"spinal_arthritis": "maybe"},
        {"pregnancy": ["1", "0"]},
    ],
)
def test_bad_chiropractor_values_in_the_address_are_left_out_and_named(params):
    assert answers_from_query(params, CHIROPRACTOR) == ({}, list(params))


def test_good_parameters_survive_next_to_bad_ones():
    answers, ignored = answers_from_query(
        {"saddle_numbness": "1", "utm_source": "leaflet", "age_years": "200"}, CHECKER
    )
    assert answers == {"saddle_numbness": True}
    assert ignored == ["utm_source", "age_years"]


def test_a_parameter_that_names_no_question_of_the_page_is_named_on_both_pages():
    # A mistyped or foreign id would otherwise drop an answer without a word (HAZ-15).
    params = {"saddle_numbnes": "1", "leg_weakness": "1"}
    assert answers_from_query(params, CHECKER) == ({"leg_weakness": True}, ["saddle_numbnes"])
    assert answers_from_query(params, CHIROPRACTOR) == ({}, ["saddle_numbnes", "leg_weakness"])


def test_answers_to_query_writes_every_given_answer_and_leaves_out_the_rest():
    query = answers_to_query(
        {"fever": True, "chest_pain": False, "age_years": 40, "pain_duration_weeks": None,
         "saddle_numbness": NOT_SURE},
        CHECKER,
    )
    assert query == {
        "saddle_numbness": "not_sure", "chest_pain": "0", "fever": "1", "age_years": "40"
    }


def test_answers_to_query_rejects_invalid_answers():
    with pytest.raises(ValueError, match="fever"):
        answers_to_query({"fever": "yes"}, CHECKER)


def test_a_symptom_checker_link_gives_the_chiropractor_its_shared_answers():
    shared = {"saddle_numbness": True, "cancer_history": NOT_SURE, "pain_duration_weeks": 20.0}
    link = answers_to_query(shared, CHECKER)
    assert answers_from_query(link, CHIROPRACTOR) == (shared, [])


@pytest.mark.parametrize("checker", list(BOTH))
@settings(deadline=None)
@given(data=st.data())
def test_answers_survive_a_round_trip_through_the_url(checker, data):
    questions, assess = BOTH[checker]
    answers = data.draw(_answers(questions))
    given_answers = questionnaire.checked(answers, questions)  # a no is an answer too
    restored, ignored = answers_from_query(answers_to_query(answers, questions), questions)
    assert restored == given_answers
    assert ignored == []
    assert assess(restored) == assess(answers)


QUERY_KEYS = st.one_of(
    st.sampled_from([i for q in (*CHECKER, *CHIROPRACTOR) for i in (q.id, *q.old_ids)]),
    st.text(),
)
QUERY_VALUES = st.one_of(st.sampled_from(["1", "0", NOT_SURE, "3"]), st.text(),
                         st.lists(st.text(), max_size=3))


@pytest.mark.parametrize("checker", list(BOTH))
@settings(deadline=None)
@given(params=st.dictionaries(QUERY_KEYS, QUERY_VALUES))
def test_answers_from_query_never_raises_and_gives_valid_answers(checker, params):
    questions, assess = BOTH[checker]
    answers, ignored = answers_from_query(params, questions)
    assess(answers)
    assert set(ignored) <= set(params)
    assert len(answers) + len(ignored) == len(params)  # each parameter used or named
