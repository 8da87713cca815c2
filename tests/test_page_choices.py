"""The decision aid page (What matters to you?): one control per preference, the phase
(set from the symptom checker's answer), the ranked options with their reasons, those NICE
advises against apart, questions to ask, and the "My options" downloads."""

import pytest

from backinfo import choice, treatments, ui_text
from backinfo.treatments import TREATMENT_BY_ID
from backinfo.triage_questions import GROUPS
from views import choices as view

TEXT = ui_text.CHOICES


def shown_order(app) -> list[str]:
    """The option names in the ranked list, in page order."""
    names = {f"**{TEXT.place.format(place=i, name=t.name)}**": t.id
             for t in treatments.TREATMENTS for i in range(1, len(treatments.TREATMENTS) + 1)}
    return [names[m.value] for m in app.markdown if m.value in names]


def markdown_text(app) -> str:
    return "\n".join(m.value for m in app.markdown)


def test_the_page_says_the_order_is_a_way_to_think_not_advice(open_page):
    app = open_page("choices")
    assert not app.exception
    assert [info.value for info in app.info] == [TEXT.not_advice]


def test_one_control_per_preference_from_does_not_matter_to_a_lot(open_page):
    app = open_page("choices")
    for preference in choice.PREFERENCES:
        control = app.radio(key=view.weight_key(preference.id))
        assert control.label == preference.label
        assert list(control.options) == list(TEXT.weight_labels)
        assert control.value == 0


@pytest.mark.parametrize("phase", treatments.PHASES)
def test_the_options_are_shown_in_the_ranked_order_with_their_reasons(open_page, phase):
    app = open_page("choices", phase=phase, low_risk="3", fast_relief="1")
    ranked = choice.rank(phase, {"low_risk": 3, "fast_relief": 1})
    assert shown_order(app) == [r.treatment_id for r in ranked]
    shown = markdown_text(app)
    for option in ranked:
        for reason in option.reasons:
            assert f"- {reason}" in shown


def test_changing_a_preference_reorders_the_options_and_keeps_it_in_the_address(open_page):
    app = open_page("choices", phase="acute")
    assert TREATMENT_BY_ID[shown_order(app)[0]].kind == "medicine"  # NSAIDs: moderate
    app.radio(key=view.weight_key("no_medicines")).set_value(3).run()
    assert TREATMENT_BY_ID[shown_order(app)[0]].kind != "medicine"
    assert app.query_params["no_medicines"] == "3"
    assert app.query_params["phase"] == "acute"


@pytest.mark.parametrize("weeks, phase", [("3", "acute"), ("30", "chronic")])
def test_the_phase_is_set_from_the_symptom_checkers_answer(open_page, weeks, phase):
    app = open_page("choices", pain_duration_weeks=weeks)
    assert app.get("button_group")[0].value == phase
    assert TEXT.from_checker in [caption.value for caption in app.caption]


def test_without_the_checkers_answer_the_page_does_not_claim_to_have_used_it(open_page):
    app = open_page("choices", phase="chronic")
    assert TEXT.from_checker not in [caption.value for caption in app.caption]


@pytest.mark.parametrize("phase", treatments.PHASES)
def test_options_nice_advises_against_are_listed_apart_with_why(open_page, phase):
    app = open_page("choices", phase=phase)
    ranked = shown_order(app)
    shown = markdown_text(app)
    assert TEXT.against_heading in [header.value for header in app.header]
    for item in choice.advised_against(phase):
        assert item.treatment_id not in ranked
        assert f"- **{TREATMENT_BY_ID[item.treatment_id].name}:** {item.reason}" in shown


def test_each_grade_shown_is_explained_in_words_and_no_number_is_invented(open_page):
    app = open_page("choices", phase="chronic")
    shown = markdown_text(app)
    for level in {TREATMENT_BY_ID[i].evidence["chronic"] for i in shown_order(app)}:
        assert choice.GRADE_FOR_YOU_BY_ID[level].meaning in shown
    assert TEXT.no_numbers in [text.value for text in app.markdown]
    assert "%" not in shown


def test_the_questions_follow_the_phase_and_the_options_picked(open_page):
    app = open_page("choices", phase="chronic")
    medicine_question = choice.QUESTION_TO_ASK_BY_ID["medicine_dose"].text
    assert choice.QUESTION_TO_ASK_BY_ID["exercise_and_talking"].text in markdown_text(app)
    assert medicine_question not in markdown_text(app)
    app.multiselect(key=view.ASK_KEY).select("nsaids").run()
    assert medicine_question in markdown_text(app)
    assert app.query_params["ask"] == "nsaids"


def test_an_option_picked_for_one_phase_is_dropped_when_it_is_not_offered_in_the_other(open_page):
    app = open_page("choices", phase="acute", ask="muscle_relaxants")
    assert app.multiselect(key=view.ASK_KEY).value == ["muscle_relaxants"]
    app.get("button_group")[0].set_value("chronic").run()
    assert not app.exception
    assert app.multiselect(key=view.ASK_KEY).value == []


def test_my_options_downloads_as_pdf_and_text(open_page, downloads):
    app = open_page("choices", phase="acute", strong_evidence="3", ask="nsaids")
    assert not app.exception
    (pdf_name,) = [name for name in downloads if name.endswith(".pdf")]
    (text_name,) = [name for name in downloads if name.endswith(".txt")]
    assert downloads[pdf_name].startswith(b"%PDF")
    text = downloads[text_name].decode()
    assert TEXT.summary_title in text and "Strong evidence that it helps: A lot" in text
    assert choice.QUESTION_TO_ASK_BY_ID["medicine_dose"].text in text


def test_an_odd_address_is_named_and_ignored(open_page):
    app = open_page("choices", phase="later", low_risk="9")
    assert not app.exception
    assert ui_text.COMMON.unknown_link_value in [info.value for info in app.info]
    assert app.get("button_group")[0].value == "acute"


def test_the_treatment_page_links_here(open_page):
    app = open_page("treatments")
    assert any(link.proto.page.endswith("choices.py") or "what-matters-to-you" in str(link.proto)
               for link in app.get("page_link"))


def test_the_checkers_result_links_here_with_the_pain_duration(open_page):
    no_emergency_sign = {question.id: "0" for question in GROUPS[0].questions}
    app = open_page("symptom_checker", **no_emergency_sign, pain_duration_weeks="20",
                    step="result")
    links = [link.proto for link in app.get("page_link")]
    (link,) = [link for link in links if link.page == ui_text.PAGE_BY_ID["choices"].url_path]
    assert "pain_duration_weeks=20" in str(link)
