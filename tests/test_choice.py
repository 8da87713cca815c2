"""The decision aid's contract (`backinfo.choice`): the ranking, its properties, what it
leaves apart, the questions to ask, the address, and the "My options" summary."""

import dataclasses
import io
from datetime import date

import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from backinfo import choice, choice_summary, documents, treatments, ui_text
from backinfo.summary import summary_text
from backinfo.treatments import (
    EVIDENCE_LEVELS,
    KINDS,
    PHASES,
    TREATMENT_BY_ID,
    Invasiveness,
    Relief,
    Risk,
)
from backinfo.triage import assess

PREFERENCE_IDS = [p.id for p in choice.PREFERENCES]
phases = st.sampled_from(PHASES)
weight_maps = st.dictionaries(st.sampled_from(PREFERENCE_IDS), st.integers(0, 3))


def order(phase, weights):
    return [r.treatment_id for r in choice.rank(phase, weights)]


# Every value each field a preference may read can take, for any phase.
FIELD_VALUES = {
    "evidence": [treatments.per_phase(**dict.fromkeys(PHASES, level))
                 for level in EVIDENCE_LEVELS],
    "relief": list(Relief),
    "risk": list(Risk),
    "invasiveness": list(Invasiveness),
    "kind": list(KINDS),
}


def test_the_contract_has_the_six_preferences_each_reading_a_treatment_field():
    assert [p.id for p in choice.PREFERENCES] == [
        "strong_evidence", "fast_relief", "low_risk", "not_invasive", "no_medicines",
        "do_it_myself"]
    record = TREATMENT_BY_ID["nsaids"]
    for preference, phase in zip(choice.PREFERENCES * 2, PHASES * 6, strict=True):
        assert preference.label and preference.explanation
        read = preference.reads.split()[0]  # "evidence for the phase" reads `evidence`
        for field, values in FIELD_VALUES.items():
            levels = {preference.level(dataclasses.replace(record, **{field: value}), phase)
                      for value in values}
            if field == read:  # the field it names gives every level it has words for
                assert levels == set(range(len(preference.levels))), (preference.id, field)
            else:  # and no other field moves it
                assert levels == {preference.level(record, phase)}, (preference.id, field)


@pytest.mark.parametrize("phase", PHASES)
def test_every_fit_is_a_level_the_preference_can_name(phase):
    for preference in choice.PREFERENCES:
        for record in choice.options_for(phase):
            assert 0 <= preference.level(record, phase) < len(preference.levels)
            assert 0 <= preference.fit(record, phase) <= choice.FULL_FIT


@given(phases, weight_maps)
def test_the_same_weights_always_give_the_same_order(phase, weights):
    reversed_weights = dict(reversed(list(weights.items())))
    assert choice.rank(phase, weights) == choice.rank(phase, weights)
    assert order(phase, weights) == order(phase, reversed_weights)


@given(phases, st.integers(1, 3))
def test_with_only_strong_evidence_weighted_the_order_follows_the_evidence_grade(phase, weight):
    grades = [EVIDENCE_LEVELS.index(TREATMENT_BY_ID[i].evidence[phase])
              for i in order(phase, {"strong_evidence": weight})]
    assert grades == sorted(grades, reverse=True)


@pytest.mark.parametrize("phase", PHASES)
def test_with_nothing_weighted_the_order_follows_the_evidence_grade(phase):
    assert order(phase, {}) == order(phase, {"strong_evidence": 3})


def raised(weights, preference_id, more):
    return {**weights, preference_id: min(3, weights.get(preference_id, 0) + more)}


@given(phases, weight_maps, st.integers(1, 3))
def test_caring_more_about_no_medicines_never_moves_a_medicine_up(phase, weights, more):
    before = order(phase, weights)
    after = order(phase, raised(weights, "no_medicines", more))
    for option_id in before:
        if TREATMENT_BY_ID[option_id].kind == "medicine":
            assert after.index(option_id) >= before.index(option_id)


@given(phases, weight_maps, st.integers(1, 3))
def test_caring_more_about_not_invasive_never_moves_an_operation_up(phase, weights, more):
    before = order(phase, weights)
    after = order(phase, raised(weights, "not_invasive", more))
    for option_id in before:
        if TREATMENT_BY_ID[option_id].invasiveness is Invasiveness.HIGH:
            assert after.index(option_id) >= before.index(option_id)


def test_the_chronic_list_holds_an_operation_for_the_property_to_bite():
    assert any(TREATMENT_BY_ID[i].invasiveness is Invasiveness.HIGH for i in order("chronic", {}))


@given(phases, weight_maps)
def test_every_ranked_option_has_at_least_one_reason(phase, weights):
    for option in choice.rank(phase, weights):
        assert option.reasons and all(reason.strip() for reason in option.reasons)


@given(phases, weight_maps)
def test_each_weighted_preference_gives_one_reason_most_important_first(phase, weights):
    weighted = [p for p in choice.PREFERENCES if weights.get(p.id)]
    for option in choice.rank(phase, weights):
        if not weighted:
            assert len(option.reasons) == 1
            continue
        assert len(option.reasons) == len(weighted)
        said = [
            next((p, weight) for p in weighted for weight, words
                 in enumerate(ui_text.CHOICES.weight_in_reason)
                 if reason.endswith(f" {p.short} {words}."))
            for reason in option.reasons
        ]
        assert {p.id for p, _ in said} == {p.id for p in weighted}  # one reason each
        assert all(weight == weights[p.id] for p, weight in said)
        said_weights = [weight for _, weight in said]
        assert said_weights == sorted(said_weights, reverse=True)  # most important first


def test_options_with_the_same_score_share_a_place():
    ranked = choice.rank("acute", {"strong_evidence": 3, "fast_relief": 2})
    assert ranked[0].score == ranked[1].score > ranked[3].score
    assert choice.places(ranked)[:4] == (1, 1, 1, 4)


@given(phases, weight_maps)
def test_places_never_fall_and_a_higher_score_always_has_a_better_place(phase, weights):
    ranked = choice.rank(phase, weights)
    places = choice.places(ranked)
    assert list(places) == sorted(places) and places[0] == 1
    for i in range(1, len(ranked)):
        assert (places[i] == places[i - 1]) == (ranked[i].score == ranked[i - 1].score)


def test_a_reason_says_what_the_option_has_and_what_the_person_said():
    nsaids = next(r for r in choice.rank("acute", {"strong_evidence": 3})
                  if r.treatment_id == "nsaids")
    assert nsaids.reasons == (
        "It has moderate evidence, and you said strong evidence matters a lot to you.",
    )


@pytest.mark.parametrize("phase", PHASES)
def test_it_ranks_every_option_for_the_phase_except_those_nice_advises_against(phase):
    ranked = set(order(phase, {}))
    against = {a.treatment_id for a in choice.advised_against(phase)}
    everything = {t.id for t in treatments.TREATMENTS if phase in t.phases}
    assert ranked | against == everything
    assert not ranked & against
    assert all(TREATMENT_BY_ID[i].nice[phase] is treatments.NiceStance.DO_NOT_OFFER
               for i in against)


def test_opioids_are_ranked_for_new_pain_but_listed_apart_for_long_lasting_pain():
    assert "opioids" in order("acute", {})
    assert "opioids" in {a.treatment_id for a in choice.advised_against("chronic")}


@pytest.mark.parametrize("phase", PHASES)
def test_each_option_advised_against_comes_with_why(phase):
    for item in choice.advised_against(phase):
        assert item.reason == TREATMENT_BY_ID[item.treatment_id].notes
        assert "NICE" in item.reason


@pytest.mark.parametrize(
    "phase, weights",
    [
        ("subacute", {}),
        ("ACUTE", {}),
        ("acute", {"cheap": 1}),
        ("acute", {"low_risk": 4}),
        ("acute", {"low_risk": -1}),
        ("acute", {"low_risk": 1.5}),
        ("acute", {"low_risk": 2.0}),
        ("acute", {"low_risk": "2"}),
        ("acute", {"low_risk": True}),
    ],
)
def test_a_bad_phase_preference_or_weight_raises_value_error(phase, weights):
    with pytest.raises(ValueError):
        choice.rank(phase, weights)
    with pytest.raises(ValueError):
        choice_summary.options_summary_text(
            choice.Choices(phase=phase, weights=weights, asked=(), unclear=False), date.today()
        )


def test_advised_against_refuses_an_unknown_phase():
    with pytest.raises(ValueError):
        choice.advised_against("later")


def questions(phase, looked_at=()):
    return {q.id for q in choice.questions_to_ask(phase, looked_at)}


def test_the_questions_depend_on_the_phase():
    assert "exercise_and_talking" in questions("chronic") - questions("acute")
    assert "how_long" in questions("acute") - questions("chronic")


def test_the_questions_depend_on_the_options_looked_at():
    assert not {"medicine_dose", "procedure_risks"} & questions("chronic")
    assert "medicine_dose" in questions("chronic", ["nsaids"])
    assert "procedure_risks" in questions("chronic", ["spinal_decompression"])
    assert "manipulation_safe" in questions("acute", ["spinal_manipulation"])
    assert "manipulation_safe" not in questions("acute", ["massage"])


def test_without_a_phase_only_questions_for_every_option_are_given():
    assert questions(None) == {q.id for q in choice.QUESTIONS_TO_ASK if not q.treatment_ids}


def test_every_question_to_ask_is_short_and_cites_a_source():
    for question in choice.QUESTIONS_TO_ASK:
        assert question.text.endswith("?") and question.sources
        assert len(question.text.split()) <= 20


def test_the_wording_never_tells_a_person_what_to_choose():
    texts = [v for v in vars(ui_text.CHOICES).values() if isinstance(v, str)]
    texts += [t for p in choice.PREFERENCES for t in (p.label, p.explanation, *p.levels)]
    for banned in ("choose this", "best option", "best for you", "we recommend", "you should"):
        assert not [t for t in texts if banned in t.lower()], banned
    assert "not advice" in ui_text.CHOICES.not_advice
    assert "doctor or physiotherapist" in ui_text.CHOICES.not_advice


@given(phases, weight_maps, st.lists(st.sampled_from([t.id for t in treatments.TREATMENTS])))
def test_choices_survive_a_round_trip_through_the_address(phase, weights, asked):
    known = set(order(phase, {}))
    chosen = choice.Choices(phase=phase, weights={k: v for k, v in weights.items() if v},
                            asked=tuple(dict.fromkeys(i for i in asked if i in known)),
                            unclear=False)
    query = choice.choices_to_query(chosen)
    params = {k: v if isinstance(v, list) else [v] for k, v in query.items()}
    back = choice.choices_from_query(params)
    assert (back.phase, dict(back.weights), back.asked, back.unclear) == (
        chosen.phase, dict(chosen.weights), chosen.asked, False)


@pytest.mark.parametrize("weeks, phase", [("3", "acute"), ("12", "acute"), ("12.5", "chronic"),
                                          ("40", "chronic")])
def test_the_checkers_pain_duration_sets_the_phase(weeks, phase):
    assert choice.choices_from_query({"pain_duration_weeks": [weeks]}).phase == phase


@given(st.floats(0, 520))
def test_every_duration_the_checker_links_with_sets_the_phase(weeks):
    shown = f"{weeks:g}"  # as views.symptom_checker.show_next_steps writes it
    state = choice.choices_from_query({"pain_duration_weeks": [shown]})
    assert (state.phase, state.unclear) == (treatments.phase_for_weeks(float(shown)), False)


def test_an_explicit_phase_wins_over_the_checkers_duration():
    params = {"phase": ["acute"], "pain_duration_weeks": ["40"]}
    assert choice.choices_from_query(params).phase == "acute"


@pytest.mark.parametrize("params", [
    {"phase": ["later"]}, {"low_risk": ["4"]}, {"low_risk": ["²"]}, {"low_risk": ["-1"]},
    {"pain_duration_weeks": ["1e999"]}, {"pain_duration_weeks": ["nan"]},
    {"ask": ["acupuncture"]},  # advised against: not an option to ask about here
])
def test_an_unclear_address_value_is_left_out_and_named(params):
    state = choice.choices_from_query(params)
    assert state.unclear
    assert state.phase in PHASES and all(w in choice.WEIGHTS for w in state.weights.values())
    assert state.phase == PHASES[0] and not state.weights and not state.asked  # left out


@given(st.dictionaries(st.text(max_size=30), st.lists(st.text(max_size=30), max_size=3)))
def test_choices_from_query_never_raises_and_gives_valid_choices(params):
    state = choice.choices_from_query(params)
    choice.rank(state.phase, state.weights)
    assert set(state.asked) <= set(order(state.phase, {}))


def test_my_options_lists_preferences_options_in_order_those_apart_and_questions():
    chosen = choice.Choices(phase="chronic", weights={"low_risk": 3, "no_medicines": 1},
                            asked=("nsaids",), unclear=False)
    text = choice_summary.options_summary_text(chosen, date(2026, 3, 5), clinic_lines=["Clinic"])
    assert text.startswith("Clinic\n")
    assert "5 March 2026" in text and ui_text.CHOICES.summary_title in text
    assert treatments.PHASE_LABEL_BY_ID["chronic"].label in text
    assert "Low risk of harm: A lot" in text and "No medicines: A little" in text
    names = [TREATMENT_BY_ID[i].name for i in order("chronic", chosen.weights)]
    assert [text.index(name) for name in names] == sorted(text.index(name) for name in names)
    against, _, rest = text.partition(f"{ui_text.CHOICES.summary_against}:")[2].partition(
        f"{ui_text.CHOICES.summary_questions}:")
    for item in choice.advised_against("chronic"):
        assert TREATMENT_BY_ID[item.treatment_id].name in against and item.reason in against
    for question in choice.questions_to_ask("chronic", ["nsaids"]):
        assert question.text in rest
    assert ui_text.CHOICES.summary_not_advice in text


def test_my_options_says_when_nothing_was_chosen():
    chosen = choice.Choices(phase="acute", weights={}, asked=(), unclear=False)
    text = choice_summary.options_summary_text(chosen, date(2026, 3, 5))
    assert f"- {ui_text.CHOICES.summary_nothing_chosen}" in text


def pdf_lines(pdf: bytes) -> list[str]:
    """The lines of text a PDF shows, page by page, without their bullets."""
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    lines = [line.strip() for page in pages for line in page.extract_text().splitlines()]
    return [line.removeprefix("•").strip() for line in lines if line.strip()]


def test_my_options_prints_as_a_pdf():
    chosen = choice.Choices(phase="acute", weights={"fast_relief": 2}, asked=(), unclear=False)
    text = choice_summary.options_summary_text(chosen, date(2026, 3, 5))
    pdf = documents.text_to_pdf(text, ui_text.CHOICES.summary_title)
    assert pdf.startswith(b"%PDF")
    shown, at = " ".join(pdf_lines(pdf)), 0
    for line in filter(None, (line.removeprefix("- ").strip() for line in text.splitlines())):
        at = shown.find(" ".join(line.split()), at)  # long lines wrap: compare by words
        assert at >= 0, line  # every line, in the summary's order


@pytest.mark.parametrize("weeks, phase", [(3, "acute"), (30, "chronic")])
def test_the_checkers_summary_lists_the_questions_to_ask_for_its_phase(weeks, phase):
    answers = {"pain_duration_weeks": weeks}
    text = summary_text(answers, assess(answers), date(2026, 3, 5))
    section = text.partition(f"{ui_text.CHOICES.summary_questions}:")[2]
    for question in choice.questions_to_ask(phase):
        assert f"- {question.text}" in section
    other = "how_long" if phase == "chronic" else "exercise_and_talking"
    assert choice.QUESTION_TO_ASK_BY_ID[other].text not in section


def test_the_checkers_summary_without_a_duration_lists_the_general_questions():
    text = summary_text({}, assess({}), date(2026, 3, 5))
    for question in choice.questions_to_ask(None):
        assert f"- {question.text}" in text


# In another language
@pytest.mark.parametrize("weights", [{}, {"low_risk": 3, "fast_relief": 1, "no_medicines": 2}])
@pytest.mark.parametrize("phase", PHASES)
def test_the_order_is_the_same_in_every_language_and_only_the_reasons_are_translated(
    pseudo, phase, weights
):
    english, german = choice.rank(phase, weights), choice.rank(phase, weights, lang="de")
    assert [(r.treatment_id, r.score) for r in german] == [
        (r.treatment_id, r.score) for r in english
    ]
    assert [r.reasons for r in german] == [
        tuple(reason.upper() for reason in r.reasons) for r in english
    ]


def test_my_options_is_written_in_the_language_with_its_date(pseudo):
    chosen = choice.Choices(phase="chronic", weights={"low_risk": 3, "no_medicines": 1},
                            asked=("nsaids",), unclear=False)
    english = choice_summary.options_summary_text(chosen, date(2026, 3, 5),
                                                  clinic_lines=["Clinic"])
    german = choice_summary.options_summary_text(chosen, date(2026, 3, 5),
                                                 clinic_lines=["Clinic"], lang="de")
    assert "5. März 2026" in german
    assert german.startswith("Clinic\n")  # the clinic's own lines, as the clinic wrote them
    assert german.replace("5. März 2026", "").removeprefix("Clinic\n") == (
        english.replace("5 March 2026", "").removeprefix("Clinic\n").upper()
    )
