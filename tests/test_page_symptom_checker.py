"""The symptom checker page: a guided check in steps, the emergency signs first and alone;
a result that explains itself, reached only once the emergency signs are answered.

AppTest runs the whole script on every interaction, fragment included: it checks what each
step shows, the answers, the address and the result, but not that an answer reruns only
the step (the fragment), nor where the keyboard focus goes. tests/e2e covers those.
"""

import io
import itertools

import pypdf
import pytest
from element_tree import walk

from backinfo import triage, ui_text
from backinfo.questionnaire import NOT_SURE
from backinfo.triage_advice import DOCTOR_VISIT_BY_ID
from backinfo.triage_questions import GROUPS, QUESTION_BY_ID
from backinfo.triage_rules import RULE_BY_ID, Urgency
from views.symptom_checker import STEPS

EMERGENCY_TITLE = triage.advice_for(Urgency.EMERGENCY).title
TEXT = ui_text.CHECKER
EMERGENCY_SIGNS = [question.id for question in GROUPS[0].questions]
ALL_NO = dict.fromkeys(EMERGENCY_SIGNS, "0")
"""Every emergency sign answered No, as in a link the page itself writes."""
HEADING_LEVEL = {"title": 1, "header": 2, "subheader": 3}


def result_link(**answers: str) -> dict[str, str]:
    """A link to the result: every emergency sign answered No, then these answers."""
    return {**ALL_NO, **answers, "step": "result"}


def click(app, label: str):
    (button,) = [button for button in app.button if button.label == label]
    return button.click().run()


def shown_step(app) -> str:
    """The heading of the step on screen: a group's title or the result's."""
    headers = [header.value for header in app.header]
    return headers[0]


def heading_levels(node) -> list[int]:
    """The level of every heading, in the order a screen reader meets them."""
    return [HEADING_LEVEL[el.type] for el in walk(node) if el.type in HEADING_LEVEL]


def test_the_first_step_asks_only_the_emergency_signs_and_shows_no_result(open_page):
    app = open_page("symptom_checker")
    assert not app.exception
    assert [radio.key for radio in app.radio] == EMERGENCY_SIGNS
    assert len(EMERGENCY_SIGNS) <= 8
    assert not app.number_input
    assert shown_step(app) == GROUPS[0].title
    assert TEXT.result_heading not in [header.value for header in app.header]
    assert not app.success  # no "Self-care" before the emergency signs are answered


def test_next_is_refused_until_every_emergency_sign_has_an_answer(open_page):
    app = open_page("symptom_checker")
    for question_id in EMERGENCY_SIGNS[:-1]:
        app.radio(key=question_id).set_value(False)
    click(app, TEXT.next)
    assert shown_step(app) == GROUPS[0].title
    assert TEXT.answer_every_emergency_question in [w.value for w in app.warning]

    app.radio(key=EMERGENCY_SIGNS[-1]).set_value(NOT_SURE)
    click(app, TEXT.next)
    assert shown_step(app) == GROUPS[1].title
    assert TEXT.answer_every_emergency_question not in [w.value for w in app.warning]


def test_a_link_to_the_result_without_the_emergency_answers_opens_the_emergency_step(open_page):
    app = open_page("symptom_checker", step="result", pain_duration_weeks="2")
    assert shown_step(app) == GROUPS[0].title
    assert not app.success
    assert app.query_params["step"] == "emergency"


@pytest.mark.parametrize(
    ("answers", "step"),
    [
        ({}, "emergency"),
        ({"chest_pain": "0"}, "emergency"),  # the emergency signs are not all answered
        (ALL_NO, "urgent"),
        ({**ALL_NO, "fever": "0"}, "pain"),
        ({**ALL_NO, "pain_severity": "3"}, "you"),
        ({**ALL_NO, "age_years": "40"}, "result"),
    ],
)
def test_a_link_opens_the_step_after_the_last_answered_one(open_page, answers, step):
    app = open_page("symptom_checker", **answers)
    assert app.query_params["step"] == step
    expected = {**{g.id: g.title for g in GROUPS}, "result": TEXT.result_heading}[step]
    assert shown_step(app) == expected


def test_a_progress_line_says_which_step_of_how_many(open_page):
    app = open_page("symptom_checker", **ALL_NO, step="pain")
    progress = TEXT.step_progress.format(number=3, count=5)
    assert f"**{progress}**" in [m.value for m in app.markdown]
    assert len(STEPS) == 5


def test_back_and_next_keep_the_answers_of_every_step(open_page):
    app = open_page("symptom_checker")
    for question_id in EMERGENCY_SIGNS:
        app.radio(key=question_id).set_value(False)
    app.radio(key="chest_pain").set_value(NOT_SURE)
    click(app, TEXT.next)
    app.radio(key="fever").set_value(True)
    click(app, TEXT.next)
    app.number_input(key="pain_severity").set_value(6).run()

    click(app, TEXT.back)
    click(app, TEXT.back)
    assert app.radio(key="chest_pain").value == NOT_SURE
    assert app.radio(key="saddle_numbness").value is False
    click(app, TEXT.next)
    assert app.radio(key="fever").value is True
    click(app, TEXT.next)
    assert app.number_input(key="pain_severity").value == 6
    assert app.query_params == {
        **ALL_NO, "chest_pain": NOT_SURE, "fever": "1", "pain_severity": "6", "step": "pain"
    }


def test_the_step_and_every_answer_in_the_address_bring_a_new_session_back_to_them(open_page):
    app = open_page("symptom_checker", **ALL_NO)
    app.radio(key="fever").set_value(True).run()
    click(app, TEXT.next)
    address = dict(app.query_params)

    again = open_page("symptom_checker", **address)  # a reload, or another replica
    assert shown_step(again) == GROUPS[2].title
    click(again, TEXT.back)
    assert again.radio(key="fever").value is True
    click(again, TEXT.back)
    assert all(again.radio(key=q).value is False for q in EMERGENCY_SIGNS)


@pytest.mark.parametrize("saddle_numbness", ["0", "1"], ids=["no emergency", "an emergency"])
@pytest.mark.parametrize("step", STEPS)
def test_headings_descend_in_order_on_every_step(open_page, step, saddle_numbness):
    app = open_page("symptom_checker", **{**ALL_NO, "saddle_numbness": saddle_numbness}, step=step)
    levels = heading_levels(app._tree)
    assert levels[0] == 1 and 2 in levels
    assert all(later <= earlier + 1 for earlier, later in itertools.pairwise(levels)), levels


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


def test_an_emergency_answer_stops_the_flow_and_shows_the_result_without_next(open_page):
    app = open_page("symptom_checker")
    app.radio(key="chest_pain").set_value(True).run()
    assert TEXT.next not in [button.label for button in app.button]
    assert TEXT.result_heading in [header.value for header in app.header]
    (folded,) = [box for box in app.expander if box.label == TEXT.more_questions]
    assert {radio.key for radio in folded.radio} >= {"fever", "pregnancy"}
    assert TEXT.start_again in [button.label for button in app.button]


def test_with_every_emergency_sign_answered_no_and_nothing_else_the_result_is_self_care(
    open_page,
):
    app = open_page("symptom_checker", **result_link())
    assert not app.exception
    advice = triage.advice_for(Urgency.SELF_CARE)
    assert any(advice.title in s.value for s in app.success)
    shown = " ".join(m.value for m in app.markdown)
    for notice in triage.safety_net_for(triage.assess({})):
        assert notice.text in shown


def test_a_mild_case_gives_self_care(open_page):
    app = open_page(
        "symptom_checker",
        **result_link(started_after_lifting_or_twisting="1", pain_severity="4"),
        pain_duration_weeks="1",
    )
    assert any(triage.advice_for(Urgency.SELF_CARE).title in s.value for s in app.success)
    assert not any(EMERGENCY_TITLE in alert.value for alert in app.error)


def test_an_urgent_answer_shows_its_message_at_once_and_tops_the_result_step(open_page):
    urgent = triage.advice_for(Urgency.URGENT).title
    app = open_page("symptom_checker", **ALL_NO)
    app.radio(key="fever").set_value(True).run()
    assert any(urgent in w.value for w in app.warning)  # above the page, before the result

    for _ in range(3):
        click(app, TEXT.next)
    assert shown_step(app) == TEXT.result_heading
    in_order = [node for node in walk(app.main) if node.type in {"header", "warning"}]
    heading_at = next(
        i for i, node in enumerate(in_order)
        if node.type == "header" and node.value == TEXT.result_heading
    )
    assert urgent in in_order[heading_at + 1].value  # the first thing under the heading
    shown = " ".join(m.value for m in app.markdown)
    assert RULE_BY_ID["fever"].reason in shown


def test_the_summary_download_holds_the_answers_and_the_result(open_page, downloads):
    app = open_page("symptom_checker", **result_link(radiating_leg_pain="1", age_years="52"))
    assert len(app.get("download_button")) == 2  # PDF and plain text
    (text_name,) = [name for name in downloads if name.endswith(".txt")]
    (pdf_name,) = [name for name in downloads if name.endswith(".pdf")]
    summary = downloads[text_name].decode()
    pages = pypdf.PdfReader(io.BytesIO(downloads[pdf_name])).pages
    printed = " ".join(" ".join(page.extract_text().split()) for page in pages)
    for offered in (summary, printed):
        assert QUESTION_BY_ID["radiating_leg_pain"].text in offered
        assert "52" in offered
        assert triage.advice_for(Urgency.SEE_GP).title in offered
    assert summary.strip() == app.get("text")[0].value.strip()  # the preview shows it too


def test_answers_are_kept_in_the_address_with_the_step(open_page):
    app = open_page("symptom_checker", **ALL_NO)
    app.radio(key="fever").set_value(True).run()
    click(app, TEXT.next)
    app.number_input(key="pain_severity").set_value(7).run()
    assert app.query_params == {**ALL_NO, "fever": "1", "pain_severity": "7", "step": "pain"}


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
    click(app, TEXT.next)  # not yet: the emergency signs come first
    for question_id in EMERGENCY_SIGNS:
        app.radio(key=question_id).set_value(False)
    click(app, TEXT.next)
    assert app.radio(key="fever").value is None
    assert app.radio(key="leg_weakness").value is True
    click(app, TEXT.next)
    click(app, TEXT.next)
    assert app.number_input(key="age_years").value is None


def test_the_step_in_the_address_is_no_odd_parameter_but_an_odd_step_is(open_page):
    app = open_page("symptom_checker", **ALL_NO, step="pain")
    assert ui_text.COMMON.unknown_link_value not in [i.value for i in app.info]
    odd = open_page("symptom_checker", **ALL_NO, step="9")
    assert ui_text.COMMON.unknown_link_value in [i.value for i in odd.info]
    assert odd.query_params["step"] == "urgent"  # the step after the last answered one


def test_change_my_answers_goes_back_to_the_first_step_with_the_answers(open_page):
    app = open_page("symptom_checker", **result_link(fever="1"))
    click(app, TEXT.change_answers)
    assert shown_step(app) == GROUPS[0].title
    assert all(app.radio(key=q).value is False for q in EMERGENCY_SIGNS)
    assert app.query_params["fever"] == "1"


def test_start_again_clears_every_answer(open_page):
    app = open_page("symptom_checker", **result_link(fever="1"))
    click(app, TEXT.start_again)
    assert shown_step(app) == GROUPS[0].title
    assert all(app.radio(key=q).value is None for q in EMERGENCY_SIGNS)
    assert app.query_params == {"step": "emergency"}


def test_possible_causes_link_to_their_explanation(open_page):
    app = open_page("symptom_checker", **result_link(radiating_leg_pain="1"))
    links = app.get("page_link")
    assert any("cause=herniated_disc" in str(link.proto) for link in links)


def test_an_answer_of_zero_is_kept(open_page):
    app = open_page("symptom_checker", **ALL_NO, step="pain")
    app.number_input(key="pain_severity").set_value(0).run()
    assert app.query_params == {**ALL_NO, "pain_severity": "0", "step": "pain"}
    click(app, TEXT.next)
    click(app, TEXT.next)
    assert f"{QUESTION_BY_ID['pain_severity'].text} 0" in app.get("text")[0].value


def test_not_sure_about_an_emergency_sign_gives_get_checked_today(open_page):
    app = open_page("symptom_checker")
    app.radio(key="saddle_numbness").set_value(NOT_SURE).run()
    assert any(triage.advice_for(Urgency.URGENT).title in w.value for w in app.warning)
    assert not any(EMERGENCY_TITLE in alert.value for alert in app.error)
    assert app.query_params == {"saddle_numbness": "not_sure", "step": "emergency"}


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
    app = open_page("symptom_checker", **result_link(pain_duration_weeks=weeks))
    links = [str(link.proto) for link in app.get("page_link")]
    assert any(f"phase={phase}" in link for link in links)


@pytest.mark.parametrize("sign", ["fever", "chest_pain"])
def test_no_treatment_link_when_the_result_is_urgent_or_an_emergency(open_page, sign):
    app = open_page("symptom_checker", **result_link(pain_duration_weeks="8", **{sign: "1"}))
    links = [str(link.proto) for link in app.get("page_link")]
    assert links and not any("phase=" in link or "what-matters" in link for link in links)


def test_the_chiropractor_link_carries_the_answers_both_checkers_ask(open_page):
    app = open_page(
        "symptom_checker",
        **result_link(bladder_bowel_change="not_sure", osteoporosis="1", fever="1"),
    )
    (link,) = [link.proto for link in app.get("page_link") if "chiropractic" in link.proto.page]
    assert link.query_string == "bladder_bowel_change=not_sure&steroid_use_or_osteoporosis=1"


def test_each_question_is_asked_once_over_the_steps_as_yes_no_not_sure_or_a_number(open_page):
    app = open_page("symptom_checker", **ALL_NO)
    click(app, TEXT.back)
    radios, numbers = {}, []
    for _ in GROUPS:
        radios.update({radio.key: radio.options for radio in app.radio})
        numbers += [box.key for box in app.number_input]
        click(app, TEXT.next)
    yes_no = [q.id for q in QUESTION_BY_ID.values() if q.kind == "yes_no"]
    answers = ui_text.ANSWERS
    assert radios == dict.fromkeys(yes_no, [answers.yes, answers.no, answers.not_sure])
    assert sorted(numbers) == sorted(set(QUESTION_BY_ID) - set(yes_no))


def test_answers_survive_a_visit_to_the_chiropractor_page_which_asks_some_of_them(open_page):
    app = open_page("symptom_checker", **ALL_NO)
    app.radio(key="fever").set_value(True).run()
    click(app, TEXT.back)
    app.radio(key="bladder_bowel_change").set_value(NOT_SURE).run()
    for page in ("chiropractor", "symptom_checker"):
        app.query_params.clear()  # as a browser does on a move to another page
        app.switch_page(f"app_pages/{page}.py").run()
    assert app.radio(key="bladder_bowel_change").value == NOT_SURE
    assert app.query_params == {
        **ALL_NO, "bladder_bowel_change": "not_sure", "fever": "1", "step": "emergency"
    }
