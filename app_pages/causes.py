"""Causes and diagnosis: each cause on a picture of the lower spine, then the doctor's tests."""

import streamlit as st

import ui
from backinfo import causes, diagnosis, spine, ui_text
from views import charts
from views.causes import spine_chart

ui.page_header("causes")

requested = st.query_params.get("cause")
if "cause" not in st.session_state:
    st.session_state.cause = requested if requested in causes.CAUSE_BY_ID else causes.CAUSES[0].id
if requested is not None and requested not in causes.CAUSE_BY_ID:
    st.info(ui_text.COMMON.unknown_link_value)

picked = st.radio(
    label=ui_text.CAUSES.pick_a_cause,
    options=list(causes.CAUSE_BY_ID),
    format_func=lambda cause_id: causes.CAUSE_BY_ID[cause_id].name,
    key="cause",
    horizontal=True,
)
st.query_params["cause"] = picked
cause = causes.CAUSE_BY_ID[picked]

picture, words = st.columns([3, 2], gap="medium")
with picture:
    charts.draw_chart(spine_chart(cause.spine_parts), ui_text.CAUSES.spine_chart_description)
with words:
    st.header(cause.name)  # h2, like the next section's: headings descend in order
    st.markdown(f"*{cause.plain_name}*")
    st.write(cause.summary)
    st.write(cause.how_it_happens)
    st.markdown(f"**{ui_text.CAUSES.parts_involved}:**")
    st.markdown("\n".join(f"- {spine.PART_BY_ID[part].name}" for part in cause.spine_parts))
    ui.cite(cause)

with st.expander(ui_text.CAUSES.about_the_spine):
    for part in spine.SPINE_PARTS:
        st.markdown(f"**{part.name}**: {part.description}")
    ui.cite(*spine.SPINE_PARTS)

st.header(ui_text.CAUSES.how_doctor_finds_cause)
st.write(diagnosis.IMAGING_ADVICE.body)
ui.cite(diagnosis.IMAGING_ADVICE)
for step in diagnosis.DIAGNOSTIC_STEPS:
    with st.expander(step.name):
        st.markdown(f"**{ui_text.CAUSES.what_it_shows}:** {step.what_it_shows}")
        st.markdown(f"**{ui_text.CAUSES.when_used}:** {step.when_used}")
        ui.cite(step)
