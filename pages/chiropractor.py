"""Chiropractor?: the explainer, the suitability questions, the verdict and the whole picture."""

import textwrap

import altair as alt
import pandas as pd
import streamlit as st

import ui
from backinfo import chiropractic as chiro
from backinfo import treatments, ui_text
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


def distinct_sources(groups) -> list[str]:
    """Source ids of several records, once each, in first-seen order."""
    return list(dict.fromkeys(source for group in groups for source in group))


@st.cache_data
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
        color="#e3e8ec", aria=False  # a decorative band; the "Yes" text says the same
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


def evidence_grade(record: treatments.Treatment) -> str:
    """A treatment's grade of evidence, from its record: the one source of truth."""
    grade = treatments.EVIDENCE_LABELS[record.evidence]
    return f"**{EVIDENCE_SCALE.title}: {grade.label}.** {grade.meaning} {record.evidence_note}"


def topic(item, heading=st.subheader) -> None:
    """A heading, its text and its sources."""
    heading(item.title)
    st.write(item.body)
    ui.cite(item.sources)


ui.page_header("chiropractor")

prefill, ignored = chiro.answers_from_query(st.query_params.to_dict())
if ignored:
    st.info(ui_text.UNKNOWN_LINK_VALUE)

topic(chiro.WHAT_A_CHIROPRACTOR_DOES)
topic(chiro.WHAT_MANIPULATION_IS)
for note, column in zip(chiro.EVIDENCE, st.columns(len(chiro.EVIDENCE)), strict=True):
    with column:
        topic(note)
manipulation = treatments.TREATMENTS_BY_ID[chiro.MANIPULATION_TREATMENT_ID]
st.markdown(evidence_grade(manipulation))
ui.cite([manipulation.evidence_source] if manipulation.evidence_source else manipulation.sources)

st.subheader(chiro.AFTER_EFFECTS_HEADING)
mild, serious = st.columns(2)
with mild:
    topic(chiro.MILD_AFTER_EFFECTS, heading=lambda title: st.markdown(f"**{title}**"))
with serious:
    topic(chiro.SERIOUS_AFTER_EFFECTS, heading=lambda title: st.markdown(f"**{title}**"))
topic(chiro.WHY_A_DOCTOR_FIRST)

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
ui.cite(distinct_sources(reason.sources for reason in result.reasons))

st.subheader(chiro.PICTURE_HEADING)
st.write(chiro.PICTURE_INTRO)
frame = condition_frame()
frame[chiro.PICTURE_YOUR_ANSWER] = [
    chiro.PICTURE_YES if answers.get(qid) else "" for qid in frame["question_id"]
]
# Side by side, both were cut off at this page's width: the table follows the chart.
ui.draw_chart(condition_chart(frame), chiro.PICTURE_DESCRIPTION)
st.table(frame.drop(columns=["question_id", "verdict"]), hide_index=True)
ui.cite(distinct_sources(row.sources for row in chiro.condition_table()))

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
        ui.cite(distinct_sources(ask.sources for ask in asks))

topic(chiro.ALTERNATIVES_INTRO)
for option_id in chiro.ALTERNATIVES:
    option = treatments.TREATMENTS_BY_ID[option_id]
    st.page_link(
        "pages/treatments.py",
        label=option.name,
        icon=":material/arrow_forward:",
        query_params={"option": option_id},
    )
    grade = treatments.EVIDENCE_LABELS[option.evidence].label
    st.caption(f"{EVIDENCE_SCALE.title}: {grade}. {option.evidence_note}")
