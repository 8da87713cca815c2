"""Causes and diagnosis: each cause on a picture of the lower spine, then the doctor's tests."""

import altair as alt
import pandas as pd
import streamlit as st

import ui
from backinfo import causes, diagnosis, spine, ui_text

CAUSE_BY_ID = {cause.id: cause for cause in causes.CAUSES}
PART_BY_ID = {part.id: part for part in spine.SPINE_PARTS}


@st.cache_data
def spine_frame() -> pd.DataFrame:
    """The spine picture's shapes as a table, one row per rectangle."""
    rows = [vars(shape) | {"name": PART_BY_ID[shape.part].name} for shape in spine.SPINE_SHAPES]
    return pd.DataFrame(rows)


@st.cache_data
def label_frame() -> pd.DataFrame:
    """Where the picture names each part, one row per label."""
    rows = [vars(spot) | {"label": PART_BY_ID[spot.part].label} for spot in spine.LABEL_SPOTS]
    return pd.DataFrame(rows)


@ui.cached_chart
def spine_chart(highlight: tuple[str, ...]) -> alt.LayerChart:
    """The side view of the lower spine: every part named, the given parts dark with a star."""
    shapes = spine_frame().assign(
        state=lambda df: df["part"].isin(highlight).map(
            {True: ui_text.HIGHLIGHTED, False: ui_text.NOT_HIGHLIGHTED}
        )
    )
    states = [ui_text.HIGHLIGHTED, ui_text.NOT_HIGHLIGHTED]
    base = alt.Chart(shapes).encode(
        x=alt.X("x:Q", axis=None, scale=alt.Scale(domain=[0, 100])),
        y=alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[-22, 112])),
    )
    rects = base.mark_rect(cornerRadius=3, stroke="#1b1f23").encode(
        x2="x2:Q",
        y2="y2:Q",
        color=alt.Color(
            "state:N",
            scale=alt.Scale(domain=states, range=["#0b5c73", "#d9e2e6"]),
            legend=alt.Legend(title=None, orient="bottom"),
        ),
        strokeWidth=alt.condition(
            alt.datum.state == ui_text.HIGHLIGHTED, alt.value(2.5), alt.value(0.5)
        ),
        tooltip=[alt.Tooltip("name:N", title=ui_text.PARTS_INVOLVED), alt.Tooltip("label:N")],
    )
    marks = (
        alt.Chart(shapes[shapes["state"] == ui_text.HIGHLIGHTED])
        .transform_calculate(cx="(datum.x + datum.x2) / 2", cy="(datum.y + datum.y2) / 2")
        .mark_text(text=ui_text.HIGHLIGHT_MARK, fontSize=12, color="#ffffff")
        .encode(x="cx:Q", y="cy:Q")
    )
    names = label_frame()
    names["text"] = names["label"].where(
        ~names["part"].isin(highlight), f"{ui_text.HIGHLIGHT_MARK} " + names["label"]
    )
    labels = alt.Chart(names).mark_text(fontSize=12, color="#1b1f23").encode(
        x="x:Q", y="y:Q", text="text:N"
    )
    return (rects + marks + labels).properties(height=440, title=ui_text.SPINE_CHART_TITLE)


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
    ui.cite(cause.sources)

with st.expander(ui_text.ABOUT_THE_SPINE):
    for part in spine.SPINE_PARTS:
        st.markdown(f"**{part.name}**: {part.description}")
    ui.cite(sorted({s for part in spine.SPINE_PARTS for s in part.sources}))

st.header(ui_text.HOW_DOCTOR_FINDS_CAUSE)
st.write(diagnosis.IMAGING_ADVICE.body)
ui.cite(diagnosis.IMAGING_ADVICE.sources)
for step in diagnosis.DIAGNOSTIC_STEPS:
    with st.expander(step.name):
        st.markdown(f"**{ui_text.WHAT_IT_SHOWS}:** {step.what_it_shows}")
        st.markdown(f"**{ui_text.WHEN_USED}:** {step.when_used}")
        ui.cite(step.sources)
