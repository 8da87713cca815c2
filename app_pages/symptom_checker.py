"""Symptom checker: questions (emergency signs first), then how urgently to get help, and why."""

from datetime import date

import streamlit as st

import ui
from backinfo import causes, chiropractic, diagnosis, documents, treatments, triage, ui_text
from backinfo.triage import Urgency

SAVED = "symptom_checker_answers"  # survives a visit to another page, unlike widget state
ALERT = {"red": st.error, "orange": st.warning, "blue": st.info, "green": st.success}
CAUSE_NAME = {cause.id: cause.name for cause in causes.CAUSES}
STEP_NAME = {step.id: step.name for step in diagnosis.DIAGNOSTIC_STEPS}
YES_NO_CHOICES = {
    True: ui_text.ANSWER_YES,
    False: ui_text.ANSWER_NO,
    triage.NOT_SURE: ui_text.ANSWER_NOT_SURE,
}


@st.cache_data(max_entries=64, show_spinner=False)
def summary_pdf(summary: str) -> bytes:
    return documents.text_to_pdf(summary, triage.SUMMARY_TITLE)


def restore_answers() -> None:
    """Fill the questions from the page address, or from this session, on first view."""
    if any(question.id in st.session_state for question in triage.QUESTIONS):
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    answers, ignored = triage.answers_from_query(params)
    if ignored:
        st.info(ui_text.UNKNOWN_LINK_VALUE)
    for question_id, value in (answers or st.session_state.get(SAVED, {})).items():
        st.session_state[question_id] = value


def ask(question: triage.Question) -> None:
    """One question, as the widget its kind needs; its key is the question id."""
    if question.kind == "yes_no":
        st.radio(
            question.text,
            options=list(YES_NO_CHOICES),
            format_func=YES_NO_CHOICES.__getitem__,
            index=None,
            horizontal=True,
            key=question.id,
        )
    else:
        number = int if question.kind == "integer" else float
        st.number_input(
            question.text,
            min_value=number(question.minimum),
            max_value=number(question.maximum),
            step=number(1),
            value=None,
            placeholder=ui_text.NOT_ANSWERED,
            key=question.id,
        )
    st.caption(question.help)


def ask_group(group: triage.Group) -> None:
    st.subheader(group.title)
    st.write(group.intro)
    for question in triage.QUESTIONS:
        if question.group == group.id:
            ask(question)


def current_answers() -> dict[str, object]:
    answers = {}
    for question in triage.QUESTIONS:
        value = st.session_state.get(question.id)
        if value is not None and value is not False:  # 0 is an answer; False is "no"
            answers[question.id] = value
    return answers


def show_advice(assessment: triage.Assessment, numbers: dict[str, str]) -> None:
    advice = triage.advice_for(assessment.urgency, **numbers)
    ALERT[advice.colour](
        f"**{advice.name}: {advice.title}**\n\n{advice.what_to_do}\n\n{advice.how_soon}",
        icon=advice.icon,
    )
    ui.cite(advice)


def show_result(
    answers: dict[str, object], assessment: triage.Assessment, numbers: dict[str, str]
) -> None:
    st.header(ui_text.RESULT_HEADING)
    show_advice(assessment, numbers)
    ui.clinic_card()

    st.subheader(ui_text.WHY_HEADING)
    if assessment.reasons:
        st.markdown("\n".join(f"- {reason.text}" for reason in assessment.reasons))
    else:
        st.write(triage.SUMMARY_NO_WARNING_SIGNS)

    if assessment.possible_causes:
        st.subheader(ui_text.CAUSES_HEADING)
        st.write(triage.CAUSES_NOTE.text)
        for fit in assessment.possible_causes:
            ui.page_link(
                "causes",
                label=CAUSE_NAME[fit.cause_id],
                icon=":material/arrow_forward:",
                query_params={"cause": fit.cause_id},
            )
        ui.cite(triage.CAUSES_NOTE)

    st.subheader(ui_text.DOCTOR_HEADING)
    for visit in assessment.doctor_visits:
        st.write(visit.text)
        st.markdown("\n".join(f"- {STEP_NAME[step]}" for step in visit.steps))
        ui.cite(visit)

    st.subheader(ui_text.IF_THINGS_CHANGE_HEADING)
    notices = triage.safety_net_for(assessment, **numbers)
    st.markdown("\n".join(f"- {notice.text}" for notice in notices))
    ui.cite(*notices)

    st.subheader(ui_text.SUMMARY_HEADING)
    summary = triage.summary_text(
        answers,
        assessment,
        date.today(),
        clinic_lines=ui.clinic_settings().contact_lines(),
        **numbers,
    )
    file_name = f"back-pain-summary-{date.today():%Y-%m-%d}"
    pdf_column, text_column = st.columns(2)
    pdf_column.download_button(
        ui_text.SUMMARY_DOWNLOAD_PDF,
        data=summary_pdf(summary),
        file_name=f"{file_name}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
        type="primary",
    )
    text_column.download_button(
        ui_text.SUMMARY_DOWNLOAD_TEXT,
        data=summary,
        file_name=f"{file_name}.txt",
        mime="text/plain",
        icon=":material/description:",
        on_click="ignore",
    )
    with st.expander(ui_text.SUMMARY_PREVIEW):
        st.text(summary)

    weeks = answers.get("pain_duration_weeks")
    if isinstance(weeks, int | float) and assessment.urgency < Urgency.URGENT:
        ui.page_link(
            "treatments",
            label=ui_text.TREATMENTS_FOR_YOUR_PAIN_LINK,
            icon=":material/arrow_forward:",
            query_params={"phase": treatments.phase_for_weeks(weeks)},
        )
    shared = {k: v for k, v in answers.items() if k in chiropractic.SHARED_WITH_TRIAGE}
    ui.page_link(
        "chiropractor",
        label=ui_text.CHIROPRACTOR_LINK,
        icon=":material/arrow_forward:",
        query_params=triage.answers_to_query(shared),
    )


def start_again() -> None:
    for question in triage.QUESTIONS:
        st.session_state.pop(question.id, None)
    st.session_state.pop(SAVED, None)
    st.query_params.clear()


top = st.container()  # the emergency message goes here, above everything else
ui.page_header("symptom_checker")
st.caption(ui_text.CHECKER_PRIVACY)
restore_answers()

emergency_group, *other_groups = triage.GROUPS
ask_group(emergency_group)
emergency_now = triage.assess(current_answers()).urgency is Urgency.EMERGENCY
with st.expander(ui_text.CHECKER_MORE_QUESTIONS) if emergency_now else st.container():
    for group in other_groups:
        ask_group(group)

answers = current_answers()
assessment = triage.assess(answers)
st.session_state[SAVED] = answers
if st.query_params.to_dict() != triage.answers_to_query(answers):
    st.query_params.from_dict(triage.answers_to_query(answers))

settings = ui.clinic_settings()
numbers = {"emergency": settings.emergency, "urgent": settings.urgent}
if assessment.urgency is Urgency.EMERGENCY:
    with top:
        show_advice(assessment, numbers)
show_result(answers, assessment, numbers)
st.button(ui_text.START_AGAIN, icon=":material/restart_alt:", on_click=start_again)
