"""The symptom checker page's building blocks: its questions by group, each part of its
result, the summary downloads (the PDF cached), and starting again."""

from datetime import date

import streamlit as st

import ui
from backinfo import (
    causes,
    chiropractic,
    diagnosis,
    documents,
    questionnaire,
    summary,
    treatments,
    triage,
    ui_text,
)
from backinfo.shared_questions import PAIN_DURATION_WEEKS
from backinfo.triage import Assessment
from backinfo.triage_advice import CAUSES_NOTE
from backinfo.triage_questions import QUESTIONS, Group
from backinfo.triage_rules import Urgency
from views.questionnaire import ALERT_BY_COLOUR

SAVED = "symptom_checker_answers"  # survives a visit to another page, unlike widget state
TEXT = ui_text.CHECKER
PhoneNumbers = dict[str, str]  # "emergency" and "urgent", as the clinic sets them


@st.cache_data(max_entries=64, show_spinner=False)
def summary_pdf(summary_text: str) -> bytes:
    """The summary as a PDF, built once per distinct text."""
    return documents.text_to_pdf(summary_text, TEXT.summary_title)


def phone_numbers() -> PhoneNumbers:
    """The emergency and urgent numbers of this clinic, for the advice texts."""
    settings = ui.clinic_settings()
    return {"emergency": settings.emergency, "urgent": settings.urgent}


def ask_group(group: Group) -> None:
    """A block of questions: its heading, its introduction and each question."""
    st.subheader(group.title)
    st.write(group.intro)
    for question in group.questions:
        ui.ask(question)


def show_advice(assessment: Assessment, numbers: PhoneNumbers) -> None:
    """What to do and how soon, in a box of the level's colour and icon."""
    advice = triage.advice_for(assessment.urgency, **numbers)
    ALERT_BY_COLOUR[advice.colour](
        f"**{advice.name}: {advice.title}**\n\n{advice.what_to_do}\n\n{advice.how_soon}",
        icon=advice.icon,
    )
    ui.cite(advice)


def show_reasons(assessment: Assessment) -> None:
    """Why this result: each reason, most urgent first, or that none is a warning sign."""
    st.subheader(TEXT.why_heading)
    if assessment.reasons:
        st.markdown("\n".join(f"- {reason.text}" for reason in assessment.reasons))
    else:
        st.write(TEXT.no_warning_signs)


def show_possible_causes(assessment: Assessment) -> None:
    """Causes that may fit, each a link to its explanation; nothing if none fits."""
    if not assessment.possible_causes:
        return
    st.subheader(TEXT.causes_heading)
    st.write(CAUSES_NOTE.text)
    for fit in assessment.possible_causes:
        ui.page_link(
            "causes",
            label=causes.CAUSE_BY_ID[fit.cause_id].name,
            icon=":material/arrow_forward:",
            query_params={"cause": fit.cause_id},
        )
    ui.cite(CAUSES_NOTE)


def show_doctor_visits(assessment: Assessment) -> None:
    """What a doctor will likely do, with the names of the tests."""
    st.subheader(TEXT.doctor_heading)
    for visit in assessment.doctor_visits:
        st.write(visit.text)
        st.markdown("\n".join(f"- {diagnosis.STEP_BY_ID[step].name}" for step in visit.steps))
        ui.cite(visit)


def show_safety_net(assessment: Assessment, numbers: PhoneNumbers) -> None:
    """When to seek help if things change, with the clinic's numbers."""
    st.subheader(TEXT.if_things_change_heading)
    notices = triage.safety_net_for(assessment, **numbers)
    st.markdown("\n".join(f"- {notice.text}" for notice in notices))
    ui.cite(*notices)


def show_summary(answers: dict[str, object], assessment: Assessment, numbers: PhoneNumbers) -> None:
    """The summary for an appointment: PDF and plain-text downloads, and a preview."""
    st.subheader(TEXT.summary_heading)
    today = date.today()
    text = summary.summary_text(
        answers, assessment, today, clinic_lines=ui.clinic_settings().contact_lines(), **numbers
    )
    file_name = f"back-pain-summary-{today:%Y-%m-%d}"
    pdf_column, text_column = st.columns(2)
    pdf_column.download_button(
        TEXT.summary_download_pdf,
        data=summary_pdf(text),
        file_name=f"{file_name}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
        type="primary",
    )
    text_column.download_button(
        TEXT.summary_download_text,
        data=text,
        file_name=f"{file_name}.txt",
        mime="text/plain",
        icon=":material/description:",
        on_click="ignore",
    )
    with st.expander(TEXT.summary_preview):
        st.text(text)


def show_next_steps(answers: dict[str, object], assessment: Assessment) -> None:
    """Links on: the treatments for pain this long (below an urgent result), and the
    chiropractor check, carrying the answers it also asks for."""
    weeks = answers.get(PAIN_DURATION_WEEKS.id)
    if isinstance(weeks, int | float) and assessment.urgency < Urgency.URGENT:
        ui.page_link(
            "treatments",
            label=TEXT.treatments_link,
            icon=":material/arrow_forward:",
            query_params={"phase": treatments.phase_for_weeks(weeks)},
        )
    shared = {key: value for key, value in answers.items() if key in chiropractic.QUESTION_BY_ID}
    ui.page_link(
        "chiropractor",
        label=TEXT.chiropractor_link,
        icon=":material/arrow_forward:",
        query_params=questionnaire.answers_to_query(shared, chiropractic.QUESTIONS),
    )


def start_again() -> None:
    """Forget every answer: the widgets, the saved answers and the page address."""
    for question in QUESTIONS:
        st.session_state.pop(question.id, None)
    st.session_state.pop(SAVED, None)
    st.query_params.clear()
