"""The treatment page's building blocks: its state, its four views, their charts and tables.

The page shows one view and one phase at a time (both phases side by side only when asked):
each chart costs the browser time to draw, on a slow phone most of all.

Every chart and table is drawn from `treatments_table.frame()`; every word comes from
`backinfo.treatments` (records and scale labels) or `ui_text.TREATMENTS`, in this session's
language: each cached function that returns wording takes `lang`, so that each language is
its own cache entry. Defined here, not in the page script, so that Streamlit does not
define them again on every rerun.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import altair as alt
import pandas as pd
import streamlit as st

import ui
from backinfo import i18n, treatments, treatments_table, ui_text
from backinfo.model import Prose
from backinfo.sources import SOURCES
from views import charts

BOTH = "both"
PHASE_CHOICES = (*treatments.PHASES, BOTH)

# Okabe-Ito colours (safe for the common kinds of colour blindness), each paired with a shape.
OKABE_ITO = ("#009E73", "#56B4E9", "#E69F00", "#D55E00", "#CC79A7", "#0072B2", "#000000")
SHAPES = ("circle", "square", "triangle-up", "diamond", "triangle-down", "cross",
          "triangle-right")
# NICE's advice, weakest support first: "do not offer" is a vermilion X, "offer" a green tick.
CROSS = "M-1,-0.7L-0.7,-1L0,-0.3L0.7,-1L1,-0.7L0.3,0L1,0.7L0.7,1L0,0.3L-0.7,1L-1,0.7L-0.3,0Z"
TICK = "M-1,0L-0.7,-0.3L-0.3,0.2L0.7,-0.9L1,-0.6L-0.3,0.8Z"
NICE_COLOURS = ("#D55E00", "#6B6F76", "#CC79A7", "#0072B2", "#009E73")
NICE_SHAPES = (CROSS, "circle", "square", "diamond", TICK)
# Viridis, darker for stronger evidence; "not enough evidence" draws no bar at all.
EVIDENCE_COLOURS = ("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154")
LINE = 15  # pixels per line of an option's name beside a chart
NAME_WIDTH = 20  # characters per line of an option's name beside a chart
# The columns charts draw or show in tooltips: only these travel to the browser.
CHART_COLUMNS = (
    "name", "kind_label", "evidence_label", "evidence_note", "nice_label",
    "invasiveness_label", "relief_label", "benefit", "risks", "sources",
    "evidence_rank", "nice_rank", "invasiveness_rank", "relief_rank",
)
TOOLTIP_COLUMNS = (
    "name", "evidence_label", "evidence_note", "nice_label", "benefit", "risks", "sources"
)


def title_by_column(lang: str) -> Mapping[str, str]:
    """The heading, in the language, of each column of `treatments_table.frame()` that a
    tooltip or table shows."""
    text = i18n.localize(ui_text.TREATMENTS, lang)
    return MappingProxyType({
        "name": text.option,
        "evidence_note": text.evidence_note,
        "notes": text.guideline_stance,
        "benefit": text.benefit,
        "risks": text.risks,
        "sources": text.source_list,
        **{f"{scale.id}_label": scale.title
           for scale in i18n.localize(treatments.SCALES, lang)},
    })


Filters = tuple[str, tuple[str, ...], tuple[str, ...]]
"""(phase, kinds, evidence levels): cheap to hash, so cached work is keyed by it."""


@dataclass(frozen=True)
class PageState:
    """What the page shows: the phase, the filters and the option to read about."""

    phase: str
    view: str
    kinds: tuple[str, ...]
    evidence: tuple[str, ...]
    option: str
    unclear: bool


@dataclass(frozen=True)
class View:
    """One question the page answers: its chart, written list and table. Its words are
    texts of `ui_text.TREATMENTS`, so `ui.tr(view)` gives them in this session's language."""

    id: str
    choice: Prose  # its short name on the view switch
    heading: Prose
    intro: Prose
    draw: Callable[[Filters, str, str], charts.VegaLiteSpec]  # (filters, title, lang)
    description: Prose
    summary: Prose
    scale: str
    columns: tuple[str, ...]  # the fact table's columns of `treatments_table.frame()`
    detail: str | None = None
    descending: bool = False
    name_against: bool = False  # end the written list with what NICE says not to offer


def state_from(params: Mapping[str, Sequence[str]]) -> PageState:
    """Turn the address's query parameters into the page state; unknown values are dropped."""

    def allowed(key: str, choices: Sequence[str]) -> tuple[list[str], bool]:
        given = list(params.get(key, ()))
        kept = [value for value in dict.fromkeys(given) if value in choices]
        return kept, len(kept) < len(set(given))

    phase, bad_phase = allowed("phase", PHASE_CHOICES)
    view, bad_view = allowed("view", list(VIEW_BY_ID))
    kinds, bad_kinds = allowed("kind", treatments.KINDS)
    evidence, bad_evidence = allowed("evidence", treatments.EVIDENCE_LEVELS)
    option, bad_option = allowed("option", list(treatments.TREATMENT_BY_ID))
    return PageState(
        phase=phase[-1] if phase else treatments.PHASES[0],
        view=view[-1] if view else VIEWS[0].id,
        kinds=tuple(kinds),
        evidence=tuple(evidence),
        option=option[-1] if option else treatments.TREATMENTS[0].id,
        unclear=bad_phase or bad_view or bad_kinds or bad_evidence or bad_option,
    )


@st.cache_data
def options(
    phase: str, kinds: tuple[str, ...], evidence: tuple[str, ...], lang: str
) -> pd.DataFrame:
    """The rows of `treatments_table.frame()` in the language for one phase that pass the
    filters."""
    table = treatments_table.frame(lang=lang)
    keep = table["phase"] == phase
    if kinds:
        keep &= table["kind"].isin(kinds)
    if evidence:
        keep &= table["evidence"].isin(evidence)
    return table[keep].reset_index(drop=True)


def labels_of(scale: str, lang: str) -> list[str]:
    """A scale's patient labels in the language, lowest rank first."""
    return [lab.label for lab in i18n.localize(treatments.scale_levels(scale), lang)]


def scale_title(scale: str, lang: str) -> str:
    """A scale's title in the language."""
    return i18n.localize(treatments.SCALE_BY_ID[scale], lang).title


def rank_axis(scale: str, lang: str, **kwargs: object) -> alt.Axis:
    """An axis over a scale's ranks (0, 1, ...) that shows the patient label of each rank."""
    names = labels_of(scale, lang)
    return alt.Axis(
        values=list(range(len(names))),
        labelExpr=f"split({names}[datum.value], ' ')",
        title=scale_title(scale, lang),
        grid=False,
        labelColor=charts.INK,
        **kwargs,
    )


def chart(
    table: pd.DataFrame, title: str, order: list[str], descending: list[bool], lang: str
) -> alt.Chart:
    """The common base of every chart: one row per option, sorted by `order`, full width,
    names wrapped onto short lines to fit a phone, and tooltips with the facts, headed in
    the language."""
    rows = (
        table.sort_values(order, ascending=[not d for d in descending])[list(CHART_COLUMNS)]
        .assign(row=lambda df: df["name"].map(lambda n: "\n".join(textwrap.wrap(n, NAME_WIDTH))))
    )
    titles = title_by_column(lang)
    tooltip = [alt.Tooltip(f"{column}:N", title=titles[column]) for column in TOOLTIP_COLUMNS]
    names = alt.Axis(
        labelExpr="split(datum.label, '\\n')",
        labelOverlap=False,  # every option is named, however many lines its name takes
        **charts.AXIS_TEXT | {"labelLimit": 170},
    )
    lines = max((name.count("\n") + 1 for name in rows["row"]), default=1)
    row = LINE * max(lines, 2) + 6  # room for the longest name, and at least two lines
    return alt.Chart(rows, title=title, width="container", height=alt.Step(row)).encode(
        y=alt.Y("row:N", sort=None, title=None, axis=names), tooltip=tooltip
    )


def marks(
    base: alt.Chart,
    x: str,
    scale: str,
    category: str,
    colours: Sequence[str],
    shapes: Sequence[str] = SHAPES,
    *,
    lang: str,
) -> alt.LayerChart:
    """A line from the left edge to each option's level on `scale`, ending in a mark whose
    colour and shape both show its `category` (a scale or "kind"). Every level of `scale`
    keeps its label on the axis: each is short words, one per line."""
    levels = labels_of(scale, lang)
    categories = labels_of(category, lang)
    stems = base.mark_rule(color="#8a8f98").encode(
        x=alt.X("start:Q", scale=alt.Scale(domain=[-0.5, len(levels) - 0.5]),
                axis=rank_axis(scale, lang, labelOverlap=False)),
        x2=f"{x}:Q",
    ).transform_calculate(start="-0.5")
    points = base.mark_point(filled=True, size=120, opacity=1).encode(
        x=alt.X(f"{x}:Q"),
        color=alt.Color(
            f"{category}_label:N",
            title=scale_title(category, lang),
            scale=alt.Scale(domain=categories, range=list(colours[: len(categories)])),
            legend=alt.Legend(
                orient="top",
                direction="horizontal",
                columns=2 if len(categories) <= 4 else 1,  # one column of long names fits a phone
                labelColor=charts.INK,
                labelLimit=220,
            ),
        ),
        shape=alt.Shape(
            f"{category}_label:N",
            title=scale_title(category, lang),
            scale=alt.Scale(domain=categories, range=list(shapes[: len(categories)])),
        ),
    )
    return stems + points


@charts.cached_chart
def ranked_chart(filters: Filters, title: str, lang: str) -> alt.LayerChart:
    """Bars as long as the evidence is strong, strongest first, each labelled with its grade."""
    base = chart(options(*filters, lang), title, ["evidence_rank", "invasiveness_rank", "name"],
                 [True, False, False], lang).encode(
        x=alt.X(
            "evidence_rank:Q",
            scale=alt.Scale(domain=[0, len(treatments.EVIDENCE_LEVELS) + 0.5]),
            axis=alt.Axis(title=scale_title("evidence", lang), labels=False,
                          ticks=False, grid=False),
        ),
    )
    bars = base.mark_bar(height={"band": 0.7}).encode(
        color=alt.Color(
            "evidence_label:N",
            scale=alt.Scale(domain=labels_of("evidence", lang), range=list(EVIDENCE_COLOURS)),
            legend=None,
        )
    )
    grades = base.mark_text(align="left", dx=4, fontSize=12, color=charts.INK).encode(
        text="evidence_label:N"
    )
    return bars + grades


@charts.cached_chart
def nice_chart(filters: Filters, title: str, lang: str) -> alt.LayerChart:
    """One row per option, grouped by NICE's advice from "do not offer" up to "offer", with
    a mark whose place, colour and shape all show that advice."""
    base = chart(options(*filters, lang), title, ["nice_rank", "evidence_rank", "name"],
                 [False, True, False], lang)
    return marks(base, "nice_rank", "nice", "nice", NICE_COLOURS, NICE_SHAPES, lang=lang)


@charts.cached_chart
def map_chart(filters: Filters, title: str, lang: str) -> alt.LayerChart:
    """Options grouped by how much is done to the body, each marked at its evidence grade."""
    base = chart(options(*filters, lang), title, ["invasiveness_rank", "evidence_rank", "name"],
                 [False, True, False], lang)
    return marks(base, "evidence_rank", "evidence", "invasiveness", OKABE_ITO, lang=lang)


@charts.cached_chart
def relief_chart(filters: Filters, title: str, lang: str) -> alt.LayerChart:
    """One row per option, soonest first, with a mark at how soon it usually helps."""
    base = chart(options(*filters, lang), title, ["relief_rank", "name"], [False, False], lang)
    return marks(base, "relief_rank", "relief", "kind", OKABE_ITO, lang=lang)


@st.cache_data(show_spinner=False)
def summary_lines(
    filters: Filters,
    scale: str,
    detail: str | None,
    descending: bool,
    name_against: bool,
    lang: str,
) -> str:
    """A chart's facts as Markdown list lines in the language, grouped by level on its
    scale; with `name_against`, a last line names the options NICE says not to offer."""
    table = options(*filters, lang)
    groups = treatments_table.grouped_names(table, scale, detail=detail, descending=descending,
                                            lang=lang)
    lines = [f"- **{level.label}:** {'; '.join(names)}" for level, names in groups]
    if name_against:
        against = table[table["nice"] == treatments.NiceStance.DO_NOT_OFFER.name]["name"]
        if len(against):
            ranked_against = i18n.localize(ui_text.TREATMENTS, lang).ranked_against
            lines.append(f"\n**{ranked_against}** {'; '.join(against)}")
    return "\n".join(lines)


def written_summary(filters: Filters, view: View) -> None:
    """The chart's facts as a short list, right below it: the text alternative. `view`
    is in this session's language (`ui.tr`)."""
    lines = summary_lines(
        filters, view.scale, view.detail, view.descending, view.name_against, ui.language()
    )
    st.markdown(f"{view.summary}\n\n{lines}")


@st.cache_data(show_spinner=False)
def against_lines(filters: tuple[Filters, ...], lang: str) -> str:
    """Each option shown that NICE says not to offer, once, with what the guidelines say
    about it, as Markdown list lines in the language; the phase is named where it is not
    every phase shown."""
    table = pd.concat([options(*f, lang) for f in filters])
    against = table[table["nice"] == treatments.NiceStance.DO_NOT_OFFER.name]
    lines = []
    for option_id, rows in against.groupby("id", sort=False):
        record = i18n.localize(treatments.TREATMENT_BY_ID[option_id], lang)
        only = "" if len(rows) == len(filters) else f" ({', '.join(rows['phase_label'])})"
        lines.append(f"- **{record.name}**{only}: {record.notes}")
    return "\n".join(lines)


def advised_against(filters: tuple[Filters, ...]) -> None:
    """What NICE advises against among the options shown, and why, in words: drawn under
    every view, so that no choice of view hides it."""
    lines = against_lines(filters, ui.language())
    if lines:
        st.subheader(ui.tr(ui_text.TREATMENTS).against_heading)
        st.markdown(lines)


@st.cache_data(show_spinner=False)
def fact_rows(
    filters: tuple[Filters, ...], columns: tuple[str, ...], lang: str
) -> pd.DataFrame:
    """The rows of the fact table: every option shown, with these columns under their
    headings, in the language; an option in both phases shown gets one row, or one per
    phase where those columns differ."""
    tables = [options(*f, lang) for f in filters]
    return (pd.concat(tables)[list(columns)].drop_duplicates()
            .rename(columns=title_by_column(lang)))


def fact_table(filters: tuple[Filters, ...], columns: tuple[str, ...]) -> None:
    """The same facts as a table, folded away below the chart. A plain HTML table, not
    `st.dataframe`: its grid's code (about 220 KB compressed) and drawing cost a phone's
    first visit more than sorting is worth, and a screen reader reads a table's cells."""
    with st.expander(ui.tr(ui_text.TREATMENTS).show_table):
        st.table(fact_rows(filters, columns, ui.language()), hide_index=True)


def view_choices() -> dict[str, str]:
    """The name of each choice on the view switch, in this session's language."""
    return {view.id: view.choice for view in ui.tr(VIEWS)}


def phase_labels() -> dict[str, str]:
    """The name of each choice on the phase switch, in this session's language."""
    labels = ui.tr(treatments.PHASE_LABEL_BY_ID)
    return {**{phase: labels[phase].label for phase in treatments.PHASES},
            BOTH: ui.tr(ui_text.TREATMENTS).both_phases}


def per_phase_lines(option: treatments.Treatment) -> tuple[str, str]:
    """An option's evidence grade and NICE's advice, one Markdown list line per phase, in
    this session's language."""

    def lines(scale: str) -> str:
        return "\n".join(
            f"- {phase}: **{label.label}**. {label.meaning}"
            for phase, label in treatments.grades_by_phase(option, scale, lang=ui.language())
        )

    return lines("evidence"), lines("nice")


def show_option(option_id: str) -> None:
    """One option in full: what it is, how it helps, who it suits, its risks, its grades
    per phase, and what each guideline says, with its sources."""
    option = ui.tr(treatments.TREATMENT_BY_ID[option_id])
    text = ui.tr(ui_text.TREATMENTS)
    scales = ui.tr(treatments.SCALE_BY_ID)
    grades, advice = per_phase_lines(option)
    with st.container(border=True):
        st.subheader(option.name)
        for heading, body in (
            (text.what_it_is, option.what_it_is),
            (text.how_it_helps, option.how_it_helps),
            (text.benefit, option.benefit),
            (scales["relief"].title, option.time_to_relief),
            (text.who_it_suits, option.who_it_suits),
            (text.risks, option.risks),
            (scales["evidence"].title, f"{grades}\n\n{option.evidence_note}"),
            (scales["nice"].title, advice),
            (text.guideline_stance, option.notes),
        ):
            st.markdown(f"**{heading}**  \n{body}")
        st.markdown(f"**{text.guideline_views}**")
        if option.guidelines_disagree:
            st.warning(text.guidelines_disagree)
        st.markdown(
            "\n".join(f"- **{SOURCES[view.source].publisher}:** {view.stance}"
                      for view in option.guideline_views)
        )
        ui.cite(option)


VIEWS = (
    View(
        id="evidence",
        choice=ui_text.TREATMENTS.ranked_choice,
        heading=ui_text.TREATMENTS.ranked_heading,
        intro=ui_text.TREATMENTS.ranked_intro,
        draw=ranked_chart,
        description=ui_text.TREATMENTS.ranked_description,
        summary=ui_text.TREATMENTS.ranked_summary,
        scale="evidence",
        columns=("name", "phase_label", "evidence_label", "nice_label", "evidence_note",
                 "sources"),
        descending=True,
        name_against=True,
    ),
    View(
        id="nice",
        choice=ui_text.TREATMENTS.nice_choice,
        heading=ui_text.TREATMENTS.nice_heading,
        intro=ui_text.TREATMENTS.nice_intro,
        draw=nice_chart,
        description=ui_text.TREATMENTS.nice_description,
        summary=ui_text.TREATMENTS.nice_summary,
        scale="nice",
        columns=("name", "phase_label", "nice_label", "notes", "evidence_label", "benefit",
                 "risks", "sources"),
    ),
    View(
        id="gentle",
        choice=ui_text.TREATMENTS.map_choice,
        heading=ui_text.TREATMENTS.map_heading,
        intro=ui_text.TREATMENTS.map_intro,
        draw=map_chart,
        description=ui_text.TREATMENTS.map_description,
        summary=ui_text.TREATMENTS.map_summary,
        scale="invasiveness",
        columns=("name", "phase_label", "invasiveness_label", "evidence_label", "risk_label",
                 "risks"),
        detail="evidence",
    ),
    View(
        id="relief",
        choice=ui_text.TREATMENTS.relief_choice,
        heading=ui_text.TREATMENTS.relief_heading,
        intro=ui_text.TREATMENTS.relief_intro,
        draw=relief_chart,
        description=ui_text.TREATMENTS.relief_description,
        summary=ui_text.TREATMENTS.relief_summary,
        scale="relief",
        columns=("name", "relief_label", "kind_label", "benefit"),
    ),
)
VIEW_BY_ID = MappingProxyType({view.id: view for view in VIEWS})
