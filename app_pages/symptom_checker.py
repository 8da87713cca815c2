"""Symptom checker: a guided check in steps (emergency signs first, alone), then how
urgently to get help, and why."""

import streamlit as st

import ui
from backinfo import questionnaire, triage, ui_text
from backinfo.triage import Assessment
from backinfo.triage_questions import GROUP_BY_ID
from backinfo.triage_rules import Urgency
from views import symptom_checker as checker

text = ui.tr(ui_text.CHECKER)
top = st.container()  # an emergency or urgent message goes here, above everything else
ui.page_header("symptom_checker")
st.caption(text.privacy)
checker.restore()
numbers = checker.phone_numbers()
at_top = triage.assess(questionnaire.given(checker.answers()))
st.session_state[checker.TOP_LEVEL] = checker.top_level(at_top)
if checker.top_level(at_top) is not None:
    with top:
        checker.show_advice(at_top, numbers)
        if checker.top_level(at_top) is Urgency.URGENT:
            ui.clinic_card()  # "get advice today": the practice to call, if a clinic set one


def show_result(answers: checker.Answers, assessment: Assessment) -> None:
    """The result under its heading: the level first, then why, causes that may fit, the
    doctor, a safety net, a summary and where to go next."""
    checker.show_advice(assessment, numbers)
    ui.clinic_card()
    checker.show_reasons(assessment)
    checker.show_possible_causes(assessment)
    checker.show_doctor_visits(assessment)
    checker.show_safety_net(assessment, numbers)
    checker.show_summary(questionnaire.given(answers), assessment, numbers)
    checker.show_next_steps(questionnaire.given(answers), assessment)


@st.fragment
def guided_steps() -> None:
    """The step on screen. An answer reruns only this part of the page, not the frame,
    the header or other steps; a change to the message above the page reruns it all."""
    step = st.session_state[checker.STEP]
    answers = checker.answers()
    with st.container(key=checker.STEP_BOX):
        st.markdown(f"**{checker.progress(step)}**")
        if step == checker.RESULT:
            st.header(text.result_heading)
        else:
            checker.ask_group(GROUP_BY_ID[step], answers, heading=st.header)
    answers = checker.answers()
    assessment = triage.assess(questionnaire.given(answers), lang=ui.language())
    checker.keep(answers, step)
    if checker.top_level(assessment) != st.session_state[checker.TOP_LEVEL]:
        st.rerun(scope="app")  # only a run of the whole page redraws the message above it
    stopped = checker.stops_the_flow(assessment)
    if stopped and step != checker.RESULT:  # the result follows at once
        if later := checker.STEPS[checker.STEPS.index(step) + 1 : -1]:
            with st.expander(text.more_questions):
                for group_id in later:
                    checker.ask_group(GROUP_BY_ID[group_id], answers, st.subheader)
        st.header(text.result_heading)
    if stopped or step == checker.RESULT:
        show_result(answers, assessment)
    if st.session_state.pop(checker.UNANSWERED, False):
        st.warning(text.answer_every_emergency_question, icon=":material/help:")
    with st.container(horizontal=True):
        if step != checker.STEPS[0]:
            st.button(text.back, icon=":material/arrow_back:", on_click=checker.go_back)
        if step != checker.RESULT and not stopped:
            st.button(
                text.next, icon=":material/arrow_forward:", type="primary", on_click=checker.go_next
            )
        if step == checker.RESULT:
            st.button(
                text.change_answers,
                icon=":material/edit:",
                on_click=checker.go_to,
                args=(checker.STEPS[0],),
            )
        if step == checker.RESULT or stopped:
            st.button(text.start_again, icon=":material/restart_alt:", on_click=checker.start_again)
    checker.move_focus_to_the_step()


guided_steps()
