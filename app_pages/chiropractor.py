"""Chiropractor?: the explainer, the suitability questions, the verdict and the whole picture."""

import streamlit as st

import ui
from backinfo import chiropractic as chiro
from backinfo import ui_text
from views import charts
from views import chiropractor as view
from views.questionnaire import current_answers, keep_answers, restore_answers

text = ui.tr(ui_text.CHIROPRACTOR)
ui.page_header("chiropractor")
restore_answers(chiro.QUESTIONS, view.SAVED)

# Sections are h2 under the page's h1, their parts h3: headings descend in order.
ui.topic(chiro.WHAT_A_CHIROPRACTOR_DOES, heading=st.header)
ui.topic(chiro.WHAT_MANIPULATION_IS, heading=st.header)
view.show_evidence()

st.header(text.after_effects_heading)
mild, serious = st.columns(2)
with mild:
    ui.topic(chiro.MILD_AFTER_EFFECTS, heading=lambda title: st.markdown(f"**{title}**"))
with serious:
    ui.topic(chiro.SERIOUS_AFTER_EFFECTS, heading=lambda title: st.markdown(f"**{title}**"))
ui.topic(chiro.WHY_A_DOCTOR_FIRST, heading=st.header)

st.header(text.questions_heading)
st.write(text.questions_intro)
with st.container(border=True):
    for question in chiro.QUESTIONS:
        ui.ask(question)
answers = current_answers(chiro.QUESTIONS)
keep_answers(answers, chiro.QUESTIONS, view.SAVED)

st.header(text.result_heading)
view.show_verdict(chiro.assess(answers, lang=ui.language()))

st.subheader(text.picture_heading)
st.write(text.picture_intro)
frame = view.condition_frame(answers)
# Side by side, both were cut off at this page's width: the table follows the chart.
charts.draw_chart(charts.to_spec(view.condition_chart(frame)), text.picture_description)
with st.expander(text.picture_table):
    st.table(frame.drop(columns=["question_id", "verdict"]), hide_index=True)
ui.cite(*chiro.condition_table())

view.show_questions_to_ask()
ui.topic(chiro.ALTERNATIVES_INTRO)
view.show_alternatives()
