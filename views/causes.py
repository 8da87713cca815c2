"""The causes page's picture of the lower spine: its data and its chart, built once."""

import altair as alt
import pandas as pd
import streamlit as st

from backinfo import spine, ui_text
from views import charts


@st.cache_data
def spine_frame() -> pd.DataFrame:
    """The spine picture's shapes as a table, one row per rectangle."""
    rows = [
        vars(shape) | {"name": spine.PART_BY_ID[shape.part].name} for shape in spine.SPINE_SHAPES
    ]
    return pd.DataFrame(rows)


@st.cache_data
def label_frame() -> pd.DataFrame:
    """Where the picture names each part, one row per label."""
    rows = [vars(spot) | {"label": spine.PART_BY_ID[spot.part].label} for spot in spine.LABEL_SPOTS]
    return pd.DataFrame(rows)


@charts.cached_chart
def spine_chart(highlight: tuple[str, ...]) -> alt.LayerChart:
    """The side view of the lower spine: every part named, the given parts dark with a star."""
    shapes = spine_frame().assign(
        state=lambda df: (
            df["part"]
            .isin(highlight)
            .map({True: ui_text.CAUSES.highlighted, False: ui_text.CAUSES.not_highlighted})
        )
    )
    states = [ui_text.CAUSES.highlighted, ui_text.CAUSES.not_highlighted]
    base = alt.Chart(shapes).encode(
        x=alt.X("x:Q", axis=None, scale=alt.Scale(domain=[0, 100])),
        y=alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[-22, 112])),
    )
    rects = base.mark_rect(cornerRadius=3, stroke=charts.INK).encode(
        x2="x2:Q",
        y2="y2:Q",
        color=alt.Color(
            "state:N",
            scale=alt.Scale(domain=states, range=["#0b5c73", "#d9e2e6"]),
            legend=alt.Legend(title=None, orient="bottom", **charts.LEGEND_TEXT),
        ),
        strokeWidth=alt.condition(
            alt.datum.state == ui_text.CAUSES.highlighted, alt.value(2.5), alt.value(0.5)
        ),
        tooltip=[
            alt.Tooltip("name:N", title=ui_text.CAUSES.parts_involved),
            alt.Tooltip("label:N"),
        ],
    )
    marks = (
        alt.Chart(shapes[shapes["state"] == ui_text.CAUSES.highlighted])
        .transform_calculate(cx="(datum.x + datum.x2) / 2", cy="(datum.y + datum.y2) / 2")
        .mark_text(text=ui_text.CAUSES.highlight_mark, fontSize=12, color="#ffffff")
        .encode(x="cx:Q", y="cy:Q")
    )
    names = label_frame()
    names["text"] = names["label"].where(
        ~names["part"].isin(highlight), f"{ui_text.CAUSES.highlight_mark} " + names["label"]
    )
    labels = (
        alt.Chart(names)
        .mark_text(fontSize=12, color=charts.INK)
        .encode(x="x:Q", y="y:Q", text="text:N")
    )
    return (rects + marks + labels).properties(height=440, title=ui_text.CAUSES.spine_chart_title)
