"""The causes page's picture of the lower spine: its data and its chart, built once."""

import altair as alt
import pandas as pd
import streamlit as st

from backinfo import i18n, spine, ui_text
from views import charts


@st.cache_data
def spine_frame(lang: str) -> pd.DataFrame:
    """The spine picture's shapes as a table, one row per rectangle."""
    parts = i18n.localize(spine.PART_BY_ID, lang)
    rows = [
        vars(shape) | {"name": parts[shape.part].name}
        for shape in i18n.localize(spine.SPINE_SHAPES, lang)
    ]
    return pd.DataFrame(rows)


@st.cache_data
def label_frame(lang: str) -> pd.DataFrame:
    """Where the picture names each part, one row per label."""
    parts = i18n.localize(spine.PART_BY_ID, lang)
    rows = [vars(spot) | {"label": parts[spot.part].label} for spot in spine.LABEL_SPOTS]
    return pd.DataFrame(rows)


@charts.cached_chart
def spine_chart(highlight: tuple[str, ...], lang: str) -> alt.LayerChart:
    """The side view of the lower spine: every part named, the given parts dark with a star."""
    text = i18n.localize(ui_text.CAUSES, lang)
    shapes = spine_frame(lang).assign(
        state=lambda df: (
            df["part"]
            .isin(highlight)
            .map({True: text.highlighted, False: text.not_highlighted})
        )
    )
    states = [text.highlighted, text.not_highlighted]
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
            alt.datum.state == text.highlighted, alt.value(2.5), alt.value(0.5)
        ),
        tooltip=[
            alt.Tooltip("name:N", title=text.parts_involved),
            alt.Tooltip("label:N"),
        ],
    )
    marks = (
        alt.Chart(shapes[shapes["state"] == text.highlighted])
        .transform_calculate(cx="(datum.x + datum.x2) / 2", cy="(datum.y + datum.y2) / 2")
        .mark_text(text=text.highlight_mark, fontSize=12, color="#ffffff")
        .encode(x="cx:Q", y="cy:Q")
    )
    names = label_frame(lang)
    names["text"] = names["label"].where(
        ~names["part"].isin(highlight), f"{text.highlight_mark} " + names["label"]
    )
    labels = (
        alt.Chart(names)
        .mark_text(fontSize=12, color=charts.INK)
        .encode(x="x:Q", y="y:Q", text="text:N")
    )
    return (rects + marks + labels).properties(height=440, title=text.spine_chart_title)
