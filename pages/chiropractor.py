"""Chiropractor?: the explainer, the suitability questions, the verdict and the whole picture."""

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


def condition_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """One row per condition: a shape under the verdict it gives alone, 'Yes' where ticked."""
    you = chiro.PICTURE_YOUR_ANSWER
    columns = [chiro.VERDICT_TEXT[v].short for v in Verdict] + [you]
    categories = [chiro.VERDICT_TEXT[v].short for v in Verdict] + [chiro.PICTURE_GET_HELP_NOW]
    colours, shapes = zip(*[*(MARKS[v] for v in Verdict), GET_HELP_NOW_MARK], strict=True)
    rows = frame[chiro.PICTURE_CONDITION].tolist()
    y = alt.Y(f"{chiro.PICTURE_CONDITION}:N", sort=rows, title=None)
    x_axis = alt.Axis(orient="top", labelAngle=0, title=None, labelFontWeight="bold")
    x = alt.X("column:N", scale=alt.Scale(domain=columns), axis=x_axis)
    base = alt.Chart(frame).encode(y=y)
    ticked = (
        base.transform_filter(alt.datum[you] == chiro.PICTURE_YES)
        .mark_rect(color="#e3e8ec")
        .encode()
    )
    points = (
        base.transform_calculate(column="datum.verdict")
        .mark_point(filled=True, size=160, stroke="#1b1f23", strokeWidth=1, opacity=1)
        .encode(
            x=x,
            color=alt.Color(
                f"{chiro.PICTURE_ON_ITS_OWN}:N",
                scale=alt.Scale(domain=categories, range=list(colours)),
                legend=alt.Legend(orient="bottom", columns=2, title=None, labelLimit=240),
            ),
            shape=alt.Shape(
                f"{chiro.PICTURE_ON_ITS_OWN}:N",
                scale=alt.Scale(domain=categories, range=list(shapes)),
            ),
            tooltip=[chiro.PICTURE_CONDITION, chiro.PICTURE_ON_ITS_OWN, you],
        )
    )
    answers = (
        base.transform_calculate(column=f"'{you}'")
        .mark_text(fontWeight="bold", color="#1b1f23")
        .encode(x=x, text=f"{you}:N")
    )
    return (ticked + points + answers).properties(height=alt.Step(30))


def evidence_grade() -> str:
    """The grade of spinal manipulation from its treatment record: the one source of truth."""
    record = treatments.TREATMENTS_BY_ID[chiro.MANIPULATION_TREATMENT_ID]
    grade = treatments.EVIDENCE_LABELS[record.evidence]
    scale = next(s for s in treatments.SCALES if s.id == "evidence")
    return f"**{scale.title}: {grade.label}.** {grade.meaning} {record.evidence_note}"


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
st.markdown(evidence_grade())
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
chart_column, table_column = st.columns([3, 2], gap="medium")
with chart_column:
    st.altair_chart(condition_chart(frame), alt=chiro.PICTURE_DESCRIPTION)
with table_column:
    table = frame.drop(columns=["question_id", "verdict"])
    st.dataframe(table, hide_index=True, row_height=30)
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
    label = chiro.ALTERNATIVE_LINK.format(
        name=option.name, grade=treatments.EVIDENCE_LABELS[option.evidence].label
    )
    st.page_link(
        "pages/treatments.py",
        label=label,
        icon=":material/arrow_forward:",
        query_params={"option": option_id},
    )
