"""The symptom checker page's building blocks: its steps (one group of questions each,
then the result) and where they are kept, each part of its result, the summary downloads
and starting again."""

from collections.abc import Callable
from datetime import date

import streamlit as st

import ui
from backinfo import (
    causes,
    chiropractic,
    diagnosis,
    questionnaire,
    summary,
    treatments,
    triage,
    ui_text,
)
from backinfo.questionnaire import Answer
from backinfo.shared_questions import PAIN_DURATION_WEEKS
from backinfo.triage import Assessment
from backinfo.triage_advice import CAUSES_NOTE
from backinfo.triage_questions import EMERGENCY_GROUP, GROUPS, QUESTIONS, Group
from backinfo.triage_rules import Urgency
from views.questionnaire import ALERT_BY_COLOUR, answers_in_address, keep_answers

SAVED = "symptom_checker_answers"  # every answer, a no included; outlives the widgets
STEP = "symptom_checker_step"  # the id of the step on screen
TOP_LEVEL = "symptom_checker_top_level"  # the urgency the message above the page shows
MOVED = "symptom_checker_moved"  # Back or Next was just pressed
UNANSWERED = "symptom_checker_unanswered"  # Next was pressed with an emergency sign unanswered
STEP_BOX = "checker_step"  # the key of the container of the step's progress line and heading
STEP_PARAM = "step"  # the step's name in the page address, beside the answers
RESULT = "result"
STEPS: tuple[str, ...] = (*(group.id for group in GROUPS), RESULT)
"""The steps in order: one per group of questions (the emergency signs first), then the result;
a group's step is its id (`triage_questions.GROUP_BY_ID`)."""
PhoneNumbers = dict[str, str]  # "emergency" and "urgent", as the clinic sets them
Answers = dict[str, Answer]


def phone_numbers() -> PhoneNumbers:
    """The emergency and urgent numbers of this clinic, for the advice texts."""
    settings = ui.clinic_settings()
    return {"emergency": settings.emergency, "urgent": settings.urgent}


def restore() -> None:
    """On arrival, give the widgets the answers and the step: from the page address (a
    link, a reload, a reconnect to another replica), or from this session after a visit
    to another page (the browser drops the address then). A rerun keeps the widgets'."""
    if STEP_PARAM in st.query_params and SAVED in st.session_state:
        return  # a rerun: the page address has its step only while the page is open
    step = st.query_params.get(STEP_PARAM)
    if SAVED in st.session_state and not ui.page_params():
        answers, step = st.session_state[SAVED], st.session_state[STEP]
    else:
        known = (STEP_PARAM,) if step in STEPS else ()  # an odd step is named as odd answers are
        answers = answers_in_address(QUESTIONS, other_params=known)
    for question in QUESTIONS:  # another page may have left a widget of the same key
        st.session_state.pop(question.id, None)
    st.session_state[SAVED] = answers
    st.session_state[STEP] = allowed_step(step if step in STEPS else step_after(answers), answers)


def step_after(answers: Answers) -> str:
    """The step after the last one with an answer (the result after the last group)."""
    answered = [
        index
        for index, group in enumerate(GROUPS)
        if any(question.id in answers for question in group.questions)
    ]
    return STEPS[answered[-1] + 1] if answered else STEPS[0]


def emergency_step_answered(answers: Answers) -> bool:
    """Whether each emergency sign has its Yes, No or Not sure."""
    return all(question.id in answers for question in EMERGENCY_GROUP.questions)


def allowed_step(step: str, answers: Answers) -> str:
    """The step, or the emergency step while one of its signs is unanswered: nothing after
    it, the result least of all, is shown before it (HAZ-22)."""
    return step if emergency_step_answered(answers) else EMERGENCY_GROUP.id


def answers() -> Answers:
    """Every answer given, a no included: those kept, updated from the widgets on screen.

    Streamlit forgets a widget's value once its step leaves the screen, so the answers are
    kept apart from the widgets, under `SAVED`.
    """
    kept = dict(st.session_state[SAVED])
    for question in QUESTIONS:
        if question.id in st.session_state:
            value = st.session_state[question.id]
            if value is None:
                kept.pop(question.id, None)
            else:
                kept[question.id] = value
    st.session_state[SAVED] = kept
    return kept


def keep(answers: Answers, step: str) -> None:
    """Keep the answers and the step in the page address, so a reload or a reconnect to
    another replica lands on the same step with the same answers."""
    keep_answers(answers, QUESTIONS, SAVED, other_params={STEP_PARAM: step})


def top_level(assessment: Assessment) -> Urgency | None:
    """The urgency whose message stands above the page at once: an emergency or urgent one."""
    return assessment.urgency if assessment.urgency >= Urgency.URGENT else None


def stops_the_flow(assessment: Assessment) -> bool:
    """Whether the result follows at once, on whatever step: an emergency stops the flow,
    so no later question stands between a person and the emergency advice."""
    return assessment.urgency is Urgency.EMERGENCY


def ask_group(group: Group, answers: Answers, heading: Callable[[str], object]) -> None:
    """A group of questions: its heading, its introduction and each question, whose widget
    starts from the kept answer when the group comes back on screen."""
    text = ui.tr(group)
    heading(text.title)
    st.write(text.intro)
    for question in group.questions:
        if question.id not in st.session_state:
            st.session_state[question.id] = answers.get(question.id)
        ui.ask(question)


def progress(step: str) -> str:
    """Which step of how many; the step's own heading follows it, so it is not repeated."""
    text = ui.tr(ui_text.CHECKER)
    return text.step_progress.format(number=STEPS.index(step) + 1, count=len(STEPS))


def go_to(step: str) -> None:
    """Show another step (a button's callback)."""
    st.session_state[STEP] = step
    st.session_state[MOVED] = True


def go_back() -> None:
    """Back to the step before."""
    go_to(STEPS[STEPS.index(st.session_state[STEP]) - 1])


def go_next() -> None:
    """On to the next step; from the emergency step only once each sign is answered."""
    step = st.session_state[STEP]
    if allowed_step(STEPS[-1], answers()) != STEPS[-1]:
        st.session_state[UNANSWERED] = True
        return
    go_to(STEPS[STEPS.index(step) + 1])


def _focus_script(step: str) -> str:
    # The step's name only makes each step's script differ, so that Streamlit runs it anew.
    return (
        f"<script>/* {step} */ (() => {{"
        f"const step = document.querySelector('.st-key-{STEP_BOX}');"
        "const h = step && step.querySelector('h2');"
        "if (h) {step.scrollIntoView({block: 'start'}); h.tabIndex = -1;"
        " h.focus({preventScroll: true});}"
        "})();</script>"
    )


FOCUS_SCRIPT_BY_STEP = {step: _focus_script(step) for step in STEPS}
"""A fixed script per step, built from constants when the module loads: nothing a person
types or a link carries ever reaches the page as HTML."""


def move_focus_to_the_step() -> None:
    """After Back or Next, put the keyboard focus on the new step's heading, so it is not
    left on a button at the foot of the page (Streamlit has no command to move focus)."""
    if st.session_state.pop(MOVED, False):
        st.html(FOCUS_SCRIPT_BY_STEP[st.session_state[STEP]], unsafe_allow_javascript=True)


def show_advice(assessment: Assessment, numbers: PhoneNumbers) -> None:
    """What to do and how soon, in a box of the level's colour and icon."""
    advice = triage.advice_for(assessment.urgency, **numbers, lang=ui.language())
    ALERT_BY_COLOUR[advice.colour](
        f"**{advice.name}: {advice.title}**\n\n{advice.what_to_do}\n\n{advice.how_soon}",
        icon=advice.icon,
    )
    ui.cite(advice)


def show_reasons(assessment: Assessment) -> None:
    """Why this result: each reason, most urgent first, or that none is a warning sign."""
    text = ui.tr(ui_text.CHECKER)
    st.subheader(text.why_heading)
    if assessment.reasons:
        st.markdown("\n".join(f"- {reason.text}" for reason in assessment.reasons))
    else:
        st.write(text.no_warning_signs)


def show_possible_causes(assessment: Assessment) -> None:
    """Causes that may fit, each a link to its explanation; nothing if none fits."""
    if not assessment.possible_causes:
        return
    st.subheader(ui.tr(ui_text.CHECKER).causes_heading)
    st.write(ui.tr(CAUSES_NOTE).text)
    for fit in assessment.possible_causes:
        ui.page_link(
            "causes",
            label=ui.tr(causes.CAUSE_BY_ID[fit.cause_id]).name,
            icon=":material/arrow_forward:",
            query_params={"cause": fit.cause_id},
        )
    ui.cite(CAUSES_NOTE)


def show_doctor_visits(assessment: Assessment) -> None:
    """What a doctor will likely do, with the names of the tests."""
    st.subheader(ui.tr(ui_text.CHECKER).doctor_heading)
    steps = ui.tr(diagnosis.STEP_BY_ID)
    for visit in assessment.doctor_visits:
        st.write(visit.text)
        st.markdown("\n".join(f"- {steps[step].name}" for step in visit.steps))
        ui.cite(visit)


def show_safety_net(assessment: Assessment, numbers: PhoneNumbers) -> None:
    """When to seek help if things change, with the clinic's numbers."""
    st.subheader(ui.tr(ui_text.CHECKER).if_things_change_heading)
    notices = triage.safety_net_for(assessment, **numbers, lang=ui.language())
    st.markdown("\n".join(f"- {notice.text}" for notice in notices))
    ui.cite(*notices)


def show_summary(answers: dict[str, object], assessment: Assessment, numbers: PhoneNumbers) -> None:
    """The summary for an appointment: PDF and plain-text downloads, and a preview."""
    text = ui.tr(ui_text.CHECKER)
    st.subheader(text.summary_heading)
    today = date.today()
    summary_text = summary.summary_text(
        answers,
        assessment,
        today,
        clinic_lines=ui.clinic_settings().contact_lines(),
        **numbers,
        lang=ui.language(),
    )
    file_name = f"{text.summary_file}-{today:%Y-%m-%d}"
    pdf_column, text_column = st.columns(2)
    pdf_column.download_button(
        text.summary_download_pdf,
        data=ui.session_pdf(summary_text, text.summary_title),
        file_name=f"{file_name}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
        type="primary",
    )
    text_column.download_button(
        text.summary_download_text,
        data=summary_text,
        file_name=f"{file_name}.txt",
        mime="text/plain",
        icon=":material/description:",
        on_click="ignore",
    )
    with st.expander(text.summary_preview):
        st.text(summary_text)


def show_next_steps(answers: dict[str, object], assessment: Assessment) -> None:
    """Links on: the treatments for pain this long (below an urgent result), and the
    chiropractor check, carrying the answers it also asks for."""
    text = ui.tr(ui_text.CHECKER)
    weeks = answers.get(PAIN_DURATION_WEEKS.id)
    if isinstance(weeks, int | float) and triage.offers_treatment_comparison(assessment):
        ui.page_link(
            "treatments",
            label=text.treatments_link,
            icon=":material/arrow_forward:",
            query_params={"phase": treatments.phase_for_weeks(weeks)},
        )
        ui.page_link("choices", label=ui.tr(ui_text.CHOICES).link, icon=":material/balance:",
                     query_params={PAIN_DURATION_WEEKS.id: f"{weeks:g}"})
    shared = {key: value for key, value in answers.items() if key in chiropractic.QUESTION_BY_ID}
    ui.page_link(
        "chiropractor",
        label=text.chiropractor_link,
        icon=":material/arrow_forward:",
        query_params=questionnaire.answers_to_query(shared, chiropractic.QUESTIONS),
    )


def start_again() -> None:
    """Forget every answer: the widgets, the saved answers and the page address."""
    for question in QUESTIONS:
        st.session_state.pop(question.id, None)
    st.session_state[SAVED] = {}
    st.session_state[STEP] = STEPS[0]
    ui.set_page_params({})
