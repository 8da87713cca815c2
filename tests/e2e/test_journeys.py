"""Journeys through the app by keyboard alone, as a person who cannot use a mouse makes them.

Widgets are found by their key (Streamlit puts `st-key-<key>` on the widget's container);
the symptom checker and chiropractor questions use their question ids as keys. The
symptom checker and the chiropractor page ask yes/no questions as radio groups (Yes, No,
Not sure); the living page uses checkboxes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from datetime import date
from urllib.parse import parse_qsl, urlsplit

import pytest
from browser_app import AppPage, download_by_keyboard
from pypdf import PdfReader
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from backinfo import (
    causes,
    chiropractic,
    living,
    spine,
    treatments,
    triage,
    triage_questions,
    ui_text,
    vignettes,
)
from backinfo.chiropractic import Verdict
from backinfo.questionnaire import NOT_SURE, answers_to_query
from backinfo.triage_rules import Urgency

URL = {page.id: page.url_path for page in ui_text.PAGES}
CHARTS = '[data-testid="stVegaLiteChart"]'
ANSWER_LABEL = {
    True: ui_text.ANSWERS.yes,
    False: ui_text.ANSWERS.no,
    NOT_SURE: ui_text.ANSWERS.not_sure,
}
# One vignette per urgency level, each with few answers, so a journey stays short.
JOURNEY_CASE = {
    Urgency.EMERGENCY: "saddle_numbness alone",
    Urgency.URGENT: "not sure about saddle_numbness",
    Urgency.SEE_GP: "sciatica alone at 40 for 2 weeks",
    Urgency.SELF_CARE: "plain lifting strain at 35",
}


def tick_by_keyboard(app: AppPage, key: str) -> None:
    """Tab to the checkbox with this key and tick it with the space bar."""
    box = app.widget(key).locator("input[type=checkbox]")
    app.tab_to(box)
    app.rerun_after(lambda: app.page.keyboard.press("Space"))
    assert box.is_checked()


def choose_by_keyboard(app: AppPage, key: str, value: bool | str) -> None:
    """Tab to the radio group with this key, arrow to the answer and pick it with Space.

    Tab enters a group with nothing picked at its first option; each arrow key moves and
    picks, so going from Yes to Not sure passes through No, as it does for a person.
    """
    option = (
        app.widget(key)
        .locator('[data-testid="stRadioOption"]')
        .filter(has=app.page.get_by_text(ANSWER_LABEL[value], exact=True))
        .locator("input[type=radio]")
    )
    app.tab_to(app.widget(key).locator('[role="radiogroup"]'))
    app.arrow_to(option, "ArrowRight", max_presses=len(ANSWER_LABEL), picks=True)
    if not option.is_checked():
        app.rerun_after(lambda: app.page.keyboard.press("Space"))
    assert option.is_checked()


def type_number_by_keyboard(app: AppPage, key: str, value: float) -> None:
    """Tab to the number box with this key, type a value and press Enter."""
    field = app.widget(key).locator("input")
    app.tab_to(field.first)
    app.page.keyboard.type(str(value))
    app.rerun_after(lambda: app.page.keyboard.press("Enter"))
    assert re.search(rf"[?&]{key}={re.escape(str(value))}(\.0)?(&|$)", app.page.url)


def symptom_checker_answers_by_keyboard(app: AppPage, answers: Mapping[str, object]) -> dict:
    """Go through the symptom checker's steps by keyboard: on each, answer its questions
    top to bottom as Tab reaches them (each emergency sign not in `answers` is answered
    No, since the check goes on only once every one has an answer), then press Next; stop
    at the result, or where an emergency answer stops the flow. Returns every answer given.
    """
    given = dict(answers)
    for group in triage_questions.GROUPS:
        for question in group.questions:
            if group is triage_questions.GROUPS[0]:
                given.setdefault(question.id, False)
            if question.id not in given:
                continue
            if question.kind == "yes_no":
                choose_by_keyboard(app, question.id, given[question.id])
            else:
                type_number_by_keyboard(app, question.id, given[question.id])
        next_button = app.page.get_by_role("button", name=ui_text.CHECKER.next)
        if next_button.count() == 0:  # an emergency: the result is already shown
            return given
        app.tab_to(next_button)
        app.rerun_after(lambda: app.page.keyboard.press("Enter"))
        assert_focus_on_the_step_heading(app)
    return given


def assert_focus_on_the_step_heading(app: AppPage) -> None:
    """After Back or Next, the keyboard focus moves to the new step's heading, at the top
    (the page's script does it once the step is drawn, so wait for it, not for a time)."""
    focus_on_heading = (
        "() => document.activeElement.tagName === 'H2'"
        " && !!document.activeElement.closest('.st-key-checker_step')"
    )
    try:
        app.page.wait_for_function(focus_on_heading, timeout=5_000)
    except Exception as error:
        focus = app.page.evaluate("document.activeElement.outerHTML.slice(0, 200)")
        raise AssertionError(f"focus left on {focus}") from error


def symptom_checker_address(answers: Mapping[str, object], step: str) -> dict[str, str]:
    """The page address the checker writes: yes, not sure and numbers as the shared codec
    writes them, a no given as "0", then the step."""
    written = answers_to_query(answers, triage_questions.QUESTIONS)
    noes = {key: "0" for key, value in answers.items() if value is False}
    ordered = [q.id for q in triage_questions.QUESTIONS if q.id in {**written, **noes}]
    return {**{key: {**written, **noes}[key] for key in ordered}, "step": step}


def alert_text(app: AppPage) -> str:
    """The text of every alert box (error, warning, info, success) on the page."""
    return "\n".join(app.page.locator('[data-testid="stAlert"]').all_inner_texts())


def levels_named_in(text: str) -> list[Urgency]:
    """The urgency levels whose advice title appears in the text."""
    return [level for level in Urgency if triage.advice_for(level).title in text]


def result_title(app: AppPage) -> str:
    """The bold first line of the advice box under the result heading."""
    heading = app.page.get_by_role("heading", name=ui_text.CHECKER.result_heading)
    advice = heading.locator('xpath=following::*[@data-testid="stAlert"][1]')
    return advice.locator("strong").first.inner_text()


def address_answers(app: AppPage) -> dict[str, str]:
    """The answers in the page address, as query parameters."""
    return dict(parse_qsl(urlsplit(app.page.url).query))


def test_living_plan_ticked_by_keyboard_downloads_with_both_ideas(app: AppPage) -> None:
    first, second, third = living.STRATEGIES[:3]
    app.open(URL["living"])
    tick_by_keyboard(app, f"plan_{first.id}")
    tick_by_keyboard(app, f"plan_{second.id}")

    plan = download_by_keyboard(app, ui_text.LIVING.plan_download).read_text()

    assert plan == living.plan_text([first.id, second.id], date.today())
    assert first.title in plan and second.title in plan and third.title not in plan


def test_causes_arrow_key_changes_the_picture_and_its_text_alternative(app: AppPage) -> None:
    first, second = causes.CAUSES[:2]
    app.open(URL["causes"])
    words = app.page.locator('[data-testid="stColumn"]').nth(1)
    assert first.name in words.inner_text()

    app.tab_to(app.widget("cause").locator("input[type=radio]:checked"))
    app.rerun_after(lambda: app.page.keyboard.press("ArrowRight"))

    text = words.inner_text()
    assert second.name in text and first.name not in text
    assert f"cause={second.id}" in app.page.url
    # Vega labels each shape for screen readers; the dark ones are the parts of this cause.
    chart = app.page.locator(CHARTS)
    assert chart.get_attribute("aria-label") == ui_text.CAUSES.spine_chart_description
    names = {part.id: part.name for part in spine.SPINE_PARTS}
    dark = f'[aria-label*="state: {ui_text.CAUSES.highlighted};"]'
    wanted = {names[part_id] for part_id in second.spine_parts}
    for name in wanted:
        assert name in text
        chart.locator(f'{dark}[aria-label*="{name}"]').first.wait_for(state="attached")
    labels = " ".join(mark.get_attribute("aria-label") for mark in chart.locator(dark).all())
    assert {name for name in names.values() if name in labels} == wanted


@pytest.mark.parametrize(
    ("level", "case_name"), JOURNEY_CASE.items(), ids=[level.name for level in JOURNEY_CASE]
)
def test_symptom_checker_vignette_answered_by_keyboard_shows_its_level(
    app: AppPage, level: Urgency, case_name: str
) -> None:
    case = next(case for case in vignettes.load() if case.name == case_name)
    assert case.lowest <= level <= case.highest, f"{case_name!r} is not a {level.name} case"
    app.open(URL["symptom_checker"])
    assert Urgency.EMERGENCY not in levels_named_in(alert_text(app))

    given = symptom_checker_answers_by_keyboard(app, case.answers)

    assert levels_named_in(result_title(app)) == [level], case_name
    assert levels_named_in(alert_text(app)) == [level], "another level's advice is shown"
    step = "emergency" if level is Urgency.EMERGENCY else "result"
    assert address_answers(app) == symptom_checker_address(given, step)
    if level >= Urgency.URGENT:  # its message stands above the page's title at once
        title = triage.advice_for(level).title
        message = app.page.locator('[data-testid="stAlert"]', has_text=title).first
        page_title = app.page.locator("h1").first
        assert message.bounding_box()["y"] < page_title.bounding_box()["y"]
    if level is Urgency.URGENT:  # and it tops the result step, in view after Next
        heading = app.page.get_by_role("heading", name=ui_text.CHECKER.result_heading)
        advice = heading.locator('xpath=following::*[@data-testid="stAlert"][1]')
        assert advice.bounding_box()["y"] < app.page.viewport_size["height"]


def test_symptom_checker_mild_answers_give_self_care_and_a_summary(app: AppPage) -> None:
    self_care = triage.advice_for(Urgency.SELF_CARE)
    app.open(URL["symptom_checker"])
    symptom_checker_answers_by_keyboard(app, {"pain_duration_weeks": 1, "pain_severity": 3})

    assert self_care.title in alert_text(app)
    text = ui_text.CHECKER
    summary = download_by_keyboard(app, text.summary_download_text).read_text()
    pdf = download_by_keyboard(app, text.summary_download_pdf).read_bytes()
    assert pdf.startswith(b"%PDF-")
    shown = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert text.summary_title in shown and self_care.title in shown
    assert text.summary_title in summary
    assert f"{text.summary_result}: {self_care.name}. {self_care.title}." in summary
    questions = triage_questions.QUESTION_BY_ID
    assert f"- {questions['pain_duration_weeks'].text} 1" in summary
    assert f"- {questions['pain_severity'].text} 3" in summary
    assert f"{date.today():%B %Y}" in summary


def test_symptom_checker_no_result_before_the_emergency_step_and_back_keeps_answers(
    app: AppPage,
) -> None:
    text = ui_text.CHECKER
    app.open(URL["symptom_checker"])
    assert app.page.get_by_role("heading", name=text.result_heading).count() == 0
    next_button = app.page.get_by_role("button", name=text.next)
    app.tab_to(next_button)
    app.rerun_after(lambda: app.page.keyboard.press("Enter"))
    assert text.answer_every_emergency_question in alert_text(app)
    assert address_answers(app) == {"step": "emergency"}

    given = symptom_checker_answers_by_keyboard(app, {"fever": True, "pain_severity": 5})
    back = app.page.get_by_role("button", name=text.back)
    for _ in triage_questions.GROUPS:
        app.tab_to(back)
        app.rerun_after(lambda: app.page.keyboard.press("Enter"))
        assert_focus_on_the_step_heading(app)
    for question_id, value in given.items():
        if question_id in {q.id for q in triage_questions.GROUPS[0].questions}:
            option = app.widget(question_id).get_by_role(
                "radio", name=ANSWER_LABEL[value], exact=True
            )
            assert option.is_checked(), question_id
    assert address_answers(app) == symptom_checker_address(given, "emergency")


def test_symptom_checker_answer_reruns_only_its_step_but_an_emergency_reruns_the_page(
    app: AppPage,
) -> None:
    """What AppTest cannot see: an answer sends a fragment rerun and gets back only the
    step's elements; an emergency answer also redraws the page, with its message on top."""
    sent: list[bytes] = []
    received: list[bytes] = []

    def watch(socket) -> None:
        socket.on("framesent", lambda frame: sent.append(frame))
        socket.on("framereceived", lambda frame: received.append(frame))

    def deltas_outside_the_fragment() -> int:
        messages = [ForwardMsg.FromString(f) for f in received if isinstance(f, bytes)]
        deltas = [m.delta for m in messages if m.WhichOneof("type") == "delta"]
        assert deltas, "nothing was redrawn"
        return sum(1 for delta in deltas if not delta.fragment_id)

    app.page.on("websocket", watch)
    app.open(URL["symptom_checker"])
    emergency = triage.advice_for(Urgency.EMERGENCY).title
    sent.clear()
    received.clear()
    choose_by_keyboard(app, "serious_accident", False)
    reruns = [BackMsg.FromString(f) for f in sent if isinstance(f, bytes)]
    reruns = [m.rerun_script for m in reruns if m.WhichOneof("type") == "rerun_script"]
    assert reruns and all(rerun.fragment_id for rerun in reruns)
    assert deltas_outside_the_fragment() == 0  # not the frame, the header or the title
    assert emergency not in alert_text(app)

    received.clear()
    choose_by_keyboard(app, "chest_pain", True)
    assert deltas_outside_the_fragment() > 0
    message = app.page.locator('[data-testid="stAlert"]', has_text=emergency).first
    assert message.bounding_box()["y"] < app.page.locator("h1").first.bounding_box()["y"]
    assert app.page.get_by_role("button", name=ui_text.CHECKER.next).count() == 0


def test_treatments_switch_to_chronic_and_nice_by_keyboard_shows_one_chronic_view(
    app: AppPage,
) -> None:
    acute, chronic = (treatments.PHASE_LABEL_BY_ID[p].label for p in ("acute", "chronic"))
    text = ui_text.TREATMENTS
    app.open(URL["treatments"])
    for key, choice in (("treatments_phase", chronic), ("treatments_view", text.nice_choice)):
        switch = app.widget(key)
        # Tab enters a switch at its first button; arrow keys move within it, Enter picks.
        app.tab_to(switch.locator('[role="radiogroup"]'))
        app.arrow_to(switch.locator('[role="radio"]', has_text=choice), "ArrowRight")
        app.rerun_after(lambda: app.page.keyboard.press("Enter"))

    assert re.search(r"[?&]phase=chronic\b", app.page.url)
    assert re.search(r"[?&]view=nice\b", app.page.url)
    app.page.locator(CHARTS).first.wait_for()
    labels = [chart.get_attribute("aria-label") for chart in app.page.locator(CHARTS).all()]
    # One chart: the chosen view, for the chosen phase only.
    assert len(labels) == 1 and labels[0].startswith(chronic) and not labels[0].startswith(acute)
    assert labels[0].endswith(text.nice_description)
    # What NICE advises against for long-lasting pain is shown in words, with why.
    assert app.page.get_by_role("heading", name=text.against_heading).is_visible()
    fusion = treatments.TREATMENT_BY_ID["spinal_fusion"]
    why = app.page.locator('[data-testid="stMarkdownContainer"] li', has_text=fusion.notes)
    assert why.count() == 1 and why.is_visible()
    assert why.inner_text().startswith(f"{fusion.name}: ")


def test_chiropractor_spinal_arthritis_gives_not_suitable(app: AppPage) -> None:
    may_help = chiropractic.VERDICT_TEXT[Verdict.MAY_HELP_AFTER_DOCTOR].title
    not_suitable = chiropractic.VERDICT_TEXT[Verdict.NOT_SUITABLE].title
    app.open(URL["chiropractor"])
    assert may_help in alert_text(app)

    choose_by_keyboard(app, "spinal_arthritis", True)

    verdict = alert_text(app)
    assert not_suitable in verdict and may_help not in verdict
    assert address_answers(app) == {"spinal_arthritis": "1"}


def test_chiropractor_not_sure_by_keyboard_leaves_it_to_the_doctor(app: AppPage) -> None:
    doctor_decides = chiropractic.VERDICT_TEXT[Verdict.DOCTOR_MUST_DECIDE].title
    app.open(URL["chiropractor"])

    choose_by_keyboard(app, "aortic_aneurysm", NOT_SURE)

    assert doctor_decides in alert_text(app)
    assert address_answers(app) == {"aortic_aneurysm": NOT_SURE}
