"""Symptom checker: questions (emergency signs first), then how urgently to get help, and why."""

import streamlit as st

import ui
from backinfo import triage, ui_text
from backinfo.triage_questions import GROUPS, QUESTIONS
from backinfo.triage_rules import Urgency
from views import symptom_checker as checker
from views.questionnaire import current_answers, keep_answers, restore_answers

text = ui_text.CHECKER
top = st.container()  # the emergency message goes here, above everything else
ui.page_header("symptom_checker")
st.caption(text.privacy)
restore_answers(QUESTIONS, checker.SAVED)

emergency_group, *other_groups = GROUPS
checker.ask_group(emergency_group)
emergency_now = triage.assess(current_answers(QUESTIONS)).urgency is Urgency.EMERGENCY
with st.expander(text.more_questions) if emergency_now else st.container():
    for group in other_groups:
        checker.ask_group(group)

answers = current_answers(QUESTIONS)
assessment = triage.assess(answers)
keep_answers(answers, QUESTIONS, checker.SAVED)

numbers = checker.phone_numbers()
if assessment.urgency is Urgency.EMERGENCY:
    with top:
        checker.show_advice(assessment, numbers)
st.header(text.result_heading)
checker.show_advice(assessment, numbers)
ui.clinic_card()
checker.show_reasons(assessment)
checker.show_possible_causes(assessment)
checker.show_doctor_visits(assessment)
checker.show_safety_net(assessment, numbers)
checker.show_summary(answers, assessment, numbers)
checker.show_next_steps(answers, assessment)
st.button(text.start_again, icon=":material/restart_alt:", on_click=checker.start_again)
