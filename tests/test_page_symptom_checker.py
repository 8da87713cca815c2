"""The symptom checker page: emergency first, a result that explains itself, a summary."""

import pytest

from backinfo import triage, ui_text
from backinfo.questionnaire import NOT_SURE
from backinfo.triage_advice import DOCTOR_VISIT_BY_ID
from backinfo.triage_questions import QUESTION_BY_ID
from backinfo.triage_rules import RULE_BY_ID, Urgency

EMERGENCY_TITLE = triage.advice_for(Urgency.EMERGENCY).title


def test_nothing_answered_gives_self_care_with_when_to_come_back(open_page):
    app = open_page("symptom_checker")
    assert not app.exception
    advice = triage.advice_for(Urgency.SELF_CARE)
    assert any(advice.title in s.value for s in app.success)
    shown = " ".join(m.value for m in app.markdown)
    for notice in triage.safety_net_for(triage.assess({})):
        assert notice.text in shown


def test_saddle_numbness_shows_the_emergency_message_first(open_page):
    app = open_page("symptom_checker")
    app.radio(key="saddle_numbness").set_value(True).run()
    children = list(app.main.children.values())
    title_at = next(i for i, child in enumerate(children) if child.type == "title")
    above_title = [
        alert.value
        for child in children[:title_at]
        if child.type == "flex_container"
        for alert in child.get("error")
    ]
    assert any(EMERGENCY_TITLE in value for value in above_title)


def test_a_mild_case_gives_self_care(open_page):
    app = open_page("symptom_checker")
    app.radio(key="started_after_lifting_or_twisting").set_value(True)
    app.number_input(key="pain_severity").set_value(4)
    app.number_input(key="pain_duration_weeks").set_value(1.0).run()
    assert any(triage.advice_for(Urgency.SELF_CARE).title in s.value for s in app.success)
    assert not any(EMERGENCY_TITLE in alert.value for alert in app.error)


def test_the_result_says_why(open_page):
    app = open_page("symptom_checker")
    app.radio(key="fever").set_value(True).run()
    assert any(triage.advice_for(Urgency.URGENT).title in w.value for w in app.warning)
    shown = " ".join(m.value for m in app.markdown)
    assert RULE_BY_ID["fever"].reason in shown


def test_the_summary_download_holds_the_answers_and_the_result(open_page):
    app = open_page("symptom_checker")
    app.radio(key="radiating_leg_pain").set_value(True)
    app.number_input(key="age_years").set_value(52).run()
    summary = app.get("text")[0].value
    assert QUESTION_BY_ID["radiating_leg_pain"].text in summary
    assert "52" in summary
    assert triage.advice_for(Urgency.SEE_GP).title in summary
    assert len(app.get("download_button")) == 2  # PDF and plain text


def test_answers_are_kept_in_the_address(open_page):
    app = open_page("symptom_checker")
    app.radio(key="fever").set_value(True)
    app.number_input(key="pain_severity").set_value(7).run()
    assert app.query_params == {"fever": "1", "pain_severity": "7"}


def test_the_address_pre_fills_the_answers(open_page):
    app = open_page("symptom_checker", chest_pain="1", pain_duration_weeks="8")
    assert app.radio(key="chest_pain").value is True
    assert app.number_input(key="pain_duration_weeks").value == 8
    assert any(EMERGENCY_TITLE in e.value for e in app.error)


def test_odd_parameters_in_the_address_are_ignored_with_a_note(open_page):
    app = open_page(
        "symptom_checker", fever="maybe", age_years="999", **{"<script>": "1"}, leg_weakness="1"
    )
    assert not app.exception
    assert ui_text.COMMON.unknown_link_value in [i.value for i in app.info]
    assert app.radio(key="fever").value is None
    assert app.number_input(key="age_years").value is None
    assert app.radio(key="leg_weakness").value is True


def test_start_again_clears_every_answer(open_page):
    app = open_page("symptom_checker", fever="1")
    app.button[0].click().run()
    assert app.radio(key="fever").value is None
    assert app.query_params == {}


def test_possible_causes_link_to_their_explanation(open_page):
    app = open_page("symptom_checker", radiating_leg_pain="1")
    links = app.get("page_link")
    assert any("cause=herniated_disc" in str(link.proto) for link in links)


def test_an_answer_of_zero_is_kept(open_page):
    app = open_page("symptom_checker")
    app.number_input(key="pain_severity").set_value(0).run()
    assert app.query_params == {"pain_severity": "0"}
    assert f"{QUESTION_BY_ID['pain_severity'].text} 0" in app.get("text")[0].value


def test_not_sure_about_an_emergency_sign_gives_get_checked_today(open_page):
    app = open_page("symptom_checker")
    app.radio(key="saddle_numbness").set_value(NOT_SURE).run()
    assert any(triage.advice_for(Urgency.URGENT).title in w.value for w in app.warning)
    assert not any(EMERGENCY_TITLE in alert.value for alert in app.error)
    assert app.query_params == {"saddle_numbness": "not_sure"}


def test_not_sure_in_the_address_is_restored_on_the_page(open_page):
    app = open_page("symptom_checker", chest_pain="not_sure")
    assert app.radio(key="chest_pain").value == NOT_SURE
    assert ui_text.ANSWERS.not_sure in app.radio(key="chest_pain").options


def test_each_kind_of_emergency_shows_its_own_doctor_visit(open_page):
    app = open_page("symptom_checker", chest_pain="1")
    shown = " ".join(m.value for m in app.markdown)
    assert DOCTOR_VISIT_BY_ID["emergency_chest"].text in shown
    assert DOCTOR_VISIT_BY_ID["emergency_nerves"].text not in shown


@pytest.mark.parametrize("weeks, phase", [("2", "acute"), ("8", "acute"), ("12", "acute"),
                                          ("13", "chronic")])
def test_the_result_links_to_the_treatments_for_the_pain_s_duration(open_page, weeks, phase):
    app = open_page("symptom_checker", pain_duration_weeks=weeks)
    links = [str(link.proto) for link in app.get("page_link")]
    assert any(f"phase={phase}" in link for link in links)


def test_no_treatment_link_when_the_result_is_urgent_or_an_emergency(open_page):
    app = open_page("symptom_checker", pain_duration_weeks="8", fever="1")
    assert not any("phase=" in str(link.proto) for link in app.get("page_link"))


def test_the_chiropractor_link_carries_the_answers_both_checkers_ask(open_page):
    app = open_page(
        "symptom_checker", bladder_bowel_change="not_sure", osteoporosis="1", fever="1"
    )
    (link,) = [link.proto for link in app.get("page_link") if "chiropractic" in link.proto.page]
    assert link.query_string == "bladder_bowel_change=not_sure&steroid_use_or_osteoporosis=1"


def test_each_question_is_asked_once_as_yes_no_not_sure_or_a_number(open_page):
    app = open_page("symptom_checker")
    radios = {radio.key: radio.options for radio in app.radio}
    numbers = {box.key for box in app.number_input}
    yes_no = [q.id for q in QUESTION_BY_ID.values() if q.kind == "yes_no"]
    answers = ui_text.ANSWERS
    assert radios == dict.fromkeys(yes_no, [answers.yes, answers.no, answers.not_sure])
    assert numbers == set(QUESTION_BY_ID) - set(yes_no)


def test_answers_survive_a_visit_to_the_chiropractor_page_which_asks_some_of_them(open_page):
    app = open_page("symptom_checker")
    app.radio(key="fever").set_value(True)
    app.radio(key="bladder_bowel_change").set_value(NOT_SURE).run()
    for page in ("chiropractor", "symptom_checker"):
        app.query_params.clear()  # as a browser does on a move to another page
        app.switch_page(f"app_pages/{page}.py").run()
    assert app.radio(key="fever").value is True
    assert app.radio(key="bladder_bowel_change").value == NOT_SURE
    assert app.query_params == {"bladder_bowel_change": "not_sure", "fever": "1"}
