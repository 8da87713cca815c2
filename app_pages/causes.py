"""Causes and diagnosis: each cause on a picture of the lower spine, then the doctor's tests."""

import streamlit as st

import ui
from backinfo import causes, diagnosis, spine, ui_text
from views import charts
from views.causes import spine_chart

text = ui.tr(ui_text.CAUSES)
ui.page_header("causes")

requested = st.query_params.get("cause")
if "cause" not in st.session_state:
    st.session_state.cause = requested if requested in causes.CAUSE_BY_ID else causes.CAUSES[0].id
if requested is not None and requested not in causes.CAUSE_BY_ID:
    st.info(ui.tr(ui_text.COMMON).unknown_link_value)

names = {cause.id: cause.name for cause in ui.tr(causes.CAUSES)}
picked = st.radio(
    label=text.pick_a_cause,
    options=list(causes.CAUSE_BY_ID),
    format_func=names.__getitem__,
    key="cause",
    horizontal=True,
)
st.query_params["cause"] = picked
cause = ui.tr(causes.CAUSE_BY_ID[picked])

picture, words = st.columns([3, 2], gap="medium")
with picture:
    charts.draw_chart(spine_chart(cause.spine_parts, ui.language()), text.spine_chart_description)
with words:
    st.header(cause.name)  # h2, like the next section's: headings descend in order
    st.markdown(f"*{cause.plain_name}*")
    st.write(cause.summary)
    st.write(cause.how_it_happens)
    st.markdown(f"**{text.parts_involved}:**")
    st.markdown("\n".join(f"- {ui.tr(spine.PART_BY_ID[part]).name}" for part in cause.spine_parts))
    ui.cite(cause)

with st.expander(text.about_the_spine):
    for part in ui.tr(spine.SPINE_PARTS):
        st.markdown(f"**{part.name}**: {part.description}")
    ui.cite(*spine.SPINE_PARTS)

st.header(text.how_doctor_finds_cause)
st.write(ui.tr(diagnosis.IMAGING_ADVICE).body)
ui.cite(diagnosis.IMAGING_ADVICE)
for step in ui.tr(diagnosis.DIAGNOSTIC_STEPS):
    with st.expander(step.name):
        st.markdown(f"**{text.what_it_shows}:** {step.what_it_shows}")
        st.markdown(f"**{text.when_used}:** {step.when_used}")
        ui.cite(step)
