"""The chiropractor page's building blocks: the condition chart, its data and small helpers."""

import textwrap

import altair as alt
import pandas as pd
import streamlit as st

import ui
from backinfo import chiropractic as chiro
from backinfo import treatments
from backinfo.chiropractic import Verdict

ALERT = {
    Verdict.MAY_HELP_AFTER_DOCTOR: st.success,
    Verdict.DOCTOR_MUST_DECIDE: st.warning,
    Verdict.NOT_SUITABLE: st.error,
}
# Okabe-Ito colours, safe for colour blindness; each verdict also has its own shape.
MARKS = {
    Verdict.MAY_HELP_AFTER_DOCTOR: ("#0072B2", "circle"),
    Verdict.DOCTOR_MUST_DECIDE: ("#E69F00", "triangle-up"),
    Verdict.NOT_SUITABLE: ("#D55E00", "square"),
}
GET_HELP_NOW_MARK = ("#000000", "diamond")
AXIS_TEXT = {"labelColor": "#1b1f23", "labelFontSize": 12, "labelLimit": 0}
LEGEND_TEXT = {"labelColor": "#1b1f23", "labelFontSize": 12}
EVIDENCE_SCALE = next(scale for scale in treatments.SCALES if scale.id == "evidence")
LINE_BREAK = "|"  # where a long condition name wraps on the chart's axis


def condition_frame() -> pd.DataFrame:
    """Every condition with the verdict it gives on its own, in page order."""
    return pd.DataFrame(
        {
            "question_id": row.question_id,
            chiro.PICTURE_CONDITION: row.label,
            chiro.PICTURE_ON_ITS_OWN: chiro.PICTURE_GET_HELP_NOW
            if row.seek_care_now
            else chiro.VERDICT_TEXT[row.verdict].short,
            "verdict": chiro.VERDICT_TEXT[row.verdict].short,
        }
        for row in chiro.condition_table()
    )


@ui.cached_chart
def condition_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """One row per condition: a shape under the verdict it gives alone, 'Yes' where ticked."""
    you = chiro.PICTURE_YOUR_ANSWER
    columns = [chiro.VERDICT_TEXT[v].short for v in Verdict] + [you]
    categories = [chiro.VERDICT_TEXT[v].short for v in Verdict] + [chiro.PICTURE_GET_HELP_NOW]
    colours, shapes = zip(*[*(MARKS[v] for v in Verdict), GET_HELP_NOW_MARK], strict=True)
    frame = frame.assign(
        axis_label=[
            LINE_BREAK.join(textwrap.wrap(label, 18)) for label in frame[chiro.PICTURE_CONDITION]
        ]
    )
    one_word_a_line = "split(datum.label, ' ')"
    y = alt.Y(
        "axis_label:N",
        sort=frame.axis_label.tolist(),
        title=None,
        axis=alt.Axis(labelExpr=f"split(datum.label, '{LINE_BREAK}')", **AXIS_TEXT),
    )
    x = alt.X(
        "column:N",
        scale=alt.Scale(domain=columns),
        axis=alt.Axis(
            orient="top", labelAngle=0, title=None, labelExpr=one_word_a_line, **AXIS_TEXT
        ),
    )
    base = alt.Chart(frame).encode(y=y)
    ticked = base.transform_filter(alt.datum[you] == chiro.PICTURE_YES).mark_rect(
        color="#e3e8ec",
        aria=False,  # a decorative band; the "Yes" text says the same
    )
    points = (
        base.transform_calculate(column="datum.verdict")
        .mark_point(filled=True, size=160, stroke="#1b1f23", strokeWidth=1, opacity=1)
        .encode(
            x=x,
            color=alt.Color(
                f"{chiro.PICTURE_ON_ITS_OWN}:N",
                scale=alt.Scale(domain=categories, range=list(colours)),
                legend=alt.Legend(
                    orient="bottom", direction="vertical", title=None, labelLimit=300, **LEGEND_TEXT
                ),
            ),
            shape=alt.Shape(
                f"{chiro.PICTURE_ON_ITS_OWN}:N",
                scale=alt.Scale(domain=categories, range=list(shapes)),
            ),
            tooltip=[
                alt.Tooltip(f"{chiro.PICTURE_CONDITION}:N"),
                alt.Tooltip(f"{chiro.PICTURE_ON_ITS_OWN}:N"),
                alt.Tooltip(f"{you}:N"),
            ],
        )
    )
    answers = (
        base.transform_calculate(column=f"'{you}'")
        .mark_text(fontWeight="bold", fontSize=13, color="#1b1f23")
        .encode(x=x, text=f"{you}:N")
    )
    return (ticked + points + answers).properties(height=alt.Step(38))


def evidence_grade(record: treatments.Treatment, phase: str) -> str:
    """A treatment's grade of evidence for one phase, from its record: the one source of
    truth."""
    grade = treatments.EVIDENCE_LABELS[record.evidence[phase]]
    return f"**{EVIDENCE_SCALE.title}: {grade.label}.** {grade.meaning}"


def evidence_by_phase(record: treatments.Treatment) -> str:
    """A treatment's grade for each phase it covers, e.g. 'Pain up to 12 weeks: Moderate'."""
    return "; ".join(
        f"{treatments.PHASE_LABELS[phase].label}: "
        f"{treatments.EVIDENCE_LABELS[record.evidence[phase]].label}"
        for phase in treatments.PHASES
        if phase in record.phases
    )
