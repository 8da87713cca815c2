"""Causes and diagnosis: each cause on a picture of the lower spine, then the doctor's tests."""

import streamlit as st

import ui
from backinfo import diagnosis, spine, ui_text
from views.causes import (
    CAUSE_BY_ID,
    PART_BY_ID,
    spine_chart,
)

ui.page_header("causes")

cause_ids = list(CAUSE_BY_ID)
requested = st.query_params.get("cause")
if "cause" not in st.session_state:
    st.session_state.cause = requested if requested in CAUSE_BY_ID else cause_ids[0]
if requested is not None and requested not in CAUSE_BY_ID:
    st.info(ui_text.UNKNOWN_LINK_VALUE)

picked = st.radio(
    ui_text.PICK_A_CAUSE,
    cause_ids,
    format_func=lambda cause_id: CAUSE_BY_ID[cause_id].name,
    key="cause",
    horizontal=True,
)
st.query_params["cause"] = picked
cause = CAUSE_BY_ID[picked]

picture, words = st.columns([3, 2], gap="medium")
with picture:
    ui.draw_chart(spine_chart(cause.spine_parts), ui_text.SPINE_CHART_DESCRIPTION)
with words:
    st.subheader(cause.name)
    st.markdown(f"*{cause.plain_name}*")
    st.write(cause.summary)
    st.write(cause.how_it_happens)
    st.markdown(f"**{ui_text.PARTS_INVOLVED}:**")
    st.markdown("\n".join(f"- {PART_BY_ID[part].name}" for part in cause.spine_parts))
    ui.cite(cause)

with st.expander(ui_text.ABOUT_THE_SPINE):
    for part in spine.SPINE_PARTS:
        st.markdown(f"**{part.name}**: {part.description}")
    ui.cite(*spine.SPINE_PARTS)

st.header(ui_text.HOW_DOCTOR_FINDS_CAUSE)
st.write(diagnosis.IMAGING_ADVICE.body)
ui.cite(diagnosis.IMAGING_ADVICE)
for step in diagnosis.DIAGNOSTIC_STEPS:
    with st.expander(step.name):
        st.markdown(f"**{ui_text.WHAT_IT_SHOWS}:** {step.what_it_shows}")
        st.markdown(f"**{ui_text.WHEN_USED}:** {step.when_used}")
        ui.cite(step)
