"""Chiropractor?: the explainer, the suitability questions, the verdict and the whole picture."""

import streamlit as st

import ui
from backinfo import chiropractic as chiro
from backinfo import treatments, ui_text
from views.chiropractor import (
    ALERT,
    EVIDENCE_SCALE,
    condition_chart,
    condition_frame,
    evidence_by_phase,
    evidence_grade,
)

ui.page_header("chiropractor")

prefill, ignored = chiro.answers_from_query(st.query_params.to_dict())
if ignored:
    st.info(ui_text.UNKNOWN_LINK_VALUE)

ui.topic(chiro.WHAT_A_CHIROPRACTOR_DOES)
ui.topic(chiro.WHAT_MANIPULATION_IS)
manipulation = treatments.TREATMENTS_BY_ID[chiro.MANIPULATION_TREATMENT_ID]
for note, column in zip(chiro.EVIDENCE, st.columns(len(chiro.EVIDENCE)), strict=True):
    with column:
        st.subheader(note.title)
        st.write(note.body)
        st.markdown(evidence_grade(manipulation, note.phase))
        ui.cite(note)
st.markdown(manipulation.evidence_note)
ui.cite(manipulation)

st.subheader(chiro.AFTER_EFFECTS_HEADING)
mild, serious = st.columns(2)
with mild:
    ui.topic(chiro.MILD_AFTER_EFFECTS, heading=lambda title: st.markdown(f"**{title}**"))
with serious:
    ui.topic(chiro.SERIOUS_AFTER_EFFECTS, heading=lambda title: st.markdown(f"**{title}**"))
ui.topic(chiro.WHY_A_DOCTOR_FIRST)

st.header(chiro.QUESTIONS_HEADING)
st.write(chiro.QUESTIONS_INTRO)
answers: dict[str, object] = {}
with st.container(border=True):
    for question in chiro.QUESTIONS:
        yes_no = question.kind == chiro.YES_NO
        if question.id not in st.session_state:
            st.session_state[question.id] = prefill.get(question.id, False if yes_no else None)
        if yes_no:
            answers[question.id] = st.checkbox(question.text, key=question.id, help=question.help)
        else:
            low, high = question.range
            answers[question.id] = st.number_input(
                question.text,
                min_value=float(low),
                max_value=float(high),
                value=None,
                step=1.0,
                format="%g",
                key=question.id,
                help=question.help,
            )
st.query_params.from_dict(chiro.answers_to_query(answers))
result = chiro.assess(answers)

st.header(chiro.RESULT_HEADING)
if result.seek_care_now:
    ui.emergency_route()
verdict = result.text
message = f"**{verdict.title}.** {verdict.meaning}"
if result.seek_care_now:
    message += f"\n\n**{chiro.SEEK_CARE_NOW.title}.** {chiro.SEEK_CARE_NOW.body}"
ALERT[result.verdict](message, icon=verdict.icon)
st.subheader(chiro.REASONS_HEADING)
st.markdown("\n".join(f"- {reason.text}" for reason in result.reasons))
ui.cite(*result.reasons)

st.subheader(chiro.PICTURE_HEADING)
st.write(chiro.PICTURE_INTRO)
frame = condition_frame()
frame[chiro.PICTURE_YOUR_ANSWER] = [
    chiro.PICTURE_YES if answers.get(qid) else "" for qid in frame["question_id"]
]
# Side by side, both were cut off at this page's width: the table follows the chart.
ui.draw_chart(condition_chart(frame), chiro.PICTURE_DESCRIPTION)
st.table(frame.drop(columns=["question_id", "verdict"]), hide_index=True)
ui.cite(*chiro.condition_table())

doctor, chiropractor = st.columns(2, gap="medium")
for column, heading, asks in (
    (doctor, chiro.ASK_DOCTOR_HEADING, chiro.ASK_DOCTOR),
    (chiropractor, chiro.ASK_CHIROPRACTOR_HEADING, chiro.ASK_CHIROPRACTOR),
):
    with column:
        st.subheader(heading)
        for about in dict.fromkeys(ask.about for ask in asks):
            st.markdown(f"**{about}**")
            st.markdown("\n".join(f"- {ask.text}" for ask in asks if ask.about == about))
        ui.cite(*asks)

ui.topic(chiro.ALTERNATIVES_INTRO)
for option_id in chiro.ALTERNATIVES:
    option = treatments.TREATMENTS_BY_ID[option_id]
    if not ui.page_link(
        "treatments",
        label=option.name,
        icon=":material/arrow_forward:",
        query_params={"option": option_id},
    ):
        st.markdown(f"**{option.name}**")
    st.caption(f"{EVIDENCE_SCALE.title}: {evidence_by_phase(option)}. {option.evidence_note}")
