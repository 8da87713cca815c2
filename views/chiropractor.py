"""The chiropractor page's building blocks: the evidence, the verdict, the condition chart
with its data, and the questions to ask."""

import textwrap

import altair as alt
import pandas as pd
import streamlit as st

import ui
from backinfo import chiropractic as chiro
from backinfo import questionnaire, treatments, ui_text
from backinfo.chiropractic import Suitability, Verdict
from views import charts
from views.questionnaire import ALERT_BY_COLOUR

SAVED = "chiropractor_answers"  # survives a visit to another page, unlike widget state
# Okabe-Ito colours, safe for colour blindness; each verdict also has its own shape.
MARKS = {
    Verdict.MAY_HELP_AFTER_DOCTOR: ("#0072B2", "circle"),
    Verdict.DOCTOR_MUST_DECIDE: ("#E69F00", "triangle-up"),
    Verdict.NOT_SUITABLE: ("#D55E00", "square"),
}
GET_HELP_NOW_MARK = ("#000000", "diamond")
LINE_BREAK = "|"  # where a long condition name wraps on the chart's axis


def show_evidence() -> None:
    """What studies say for each phase, with the grade from the manipulation record."""
    manipulation = ui.tr(treatments.TREATMENT_BY_ID[chiro.MANIPULATION_TREATMENT_ID])
    notes = ui.tr(chiro.EVIDENCE)
    for note, column in zip(notes, st.columns(len(notes)), strict=True):
        with column:
            st.subheader(note.title)
            st.write(note.body)
            st.markdown(evidence_grade(manipulation, note.phase))
            ui.cite(note)
    st.markdown(manipulation.evidence_note)
    ui.cite(manipulation)


def show_verdict(result: Suitability) -> None:
    """The emergency route first if a sign means get help now, then the verdict and why."""
    if result.seek_care_now:
        ui.emergency_route()
    verdict = ui.tr(result.text)
    message = f"**{verdict.title}.** {verdict.meaning}"
    if result.seek_care_now:
        seek_now = ui.tr(chiro.SEEK_CARE_NOW)
        message += f"\n\n**{seek_now.title}.** {seek_now.body}"
    ALERT_BY_COLOUR[verdict.colour](message, icon=verdict.icon)
    st.subheader(ui.tr(ui_text.CHIROPRACTOR).reasons_heading)
    st.markdown("\n".join(f"- {reason.text}" for reason in result.reasons))
    ui.cite(*result.reasons)


def condition_frame(answers: dict[str, object]) -> pd.DataFrame:
    """Every condition with the verdict it gives on its own, in page order, and the
    person's answer where it is yes or not sure, in this session's language."""
    text, verdicts = ui.tr(ui_text.CHIROPRACTOR), ui.tr(chiro.VERDICT_TEXT)
    return pd.DataFrame(
        {
            "question_id": row.question_id,
            text.picture_condition: row.label,
            text.picture_on_its_own: text.picture_get_help_now
            if row.seek_care_now
            else verdicts[row.verdict].short,
            "verdict": verdicts[row.verdict].short,
            text.picture_your_answer: _marked(answers.get(row.question_id)),
        }
        for row in ui.tr(chiro.condition_table())
    )


def condition_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """One row per condition: a shape under the verdict it gives alone, and the person's
answer where it is yes or not sure."""
    text, verdicts = ui.tr(ui_text.CHIROPRACTOR), ui.tr(chiro.VERDICT_TEXT)
    you = text.picture_your_answer
    columns = [verdicts[v].short for v in Verdict] + [you]
    categories = [verdicts[v].short for v in Verdict] + [text.picture_get_help_now]
    colours, shapes = zip(*[*(MARKS[v] for v in Verdict), GET_HELP_NOW_MARK], strict=True)
    frame = frame.assign(
        axis_label=[
            LINE_BREAK.join(textwrap.wrap(label, 18)) for label in frame[text.picture_condition]
        ]
    )
    one_word_a_line = "split(datum.label, ' ')"
    y = alt.Y(
        "axis_label:N",
        sort=frame.axis_label.tolist(),
        title=None,
        axis=alt.Axis(
            labelExpr=f"split(datum.label, '{LINE_BREAK}')",
            labelOverlap=False,  # every condition is named, however many lines it takes
            **charts.AXIS_TEXT,
        ),
    )
    x = alt.X(
        "column:N",
        scale=alt.Scale(domain=columns),
        axis=alt.Axis(
            orient="top", labelAngle=0, title=None, labelExpr=one_word_a_line, **charts.AXIS_TEXT
        ),
    )
    base = alt.Chart(frame).encode(y=y)
    answered = base.transform_filter(alt.datum[you] != "").mark_rect(
        color="#e3e8ec",
        aria=False,  # a decorative band; the "Yes" or "Not sure" text says the same
    )
    points = (
        base.transform_calculate(column="datum.verdict")
        .mark_point(filled=True, size=160, stroke=charts.INK, strokeWidth=1, opacity=1)
        .encode(
            x=x,
            color=alt.Color(
                f"{text.picture_on_its_own}:N",
                scale=alt.Scale(domain=categories, range=list(colours)),
                legend=alt.Legend(
                    orient="bottom", direction="vertical", title=None,
                    **charts.LEGEND_TEXT,
                ),
            ),
            shape=alt.Shape(
                f"{text.picture_on_its_own}:N",
                scale=alt.Scale(domain=categories, range=list(shapes)),
            ),
            tooltip=[
                alt.Tooltip(f"{text.picture_condition}:N"),
                alt.Tooltip(f"{text.picture_on_its_own}:N"),
                alt.Tooltip(f"{you}:N"),
            ],
        )
    )
    answers = (
        base.transform_calculate(column=f"'{you}'")
        .mark_text(fontWeight="bold", fontSize=13, color=charts.INK)
        .encode(x=x, text=f"{you}:N")
    )
    lines = max(label.count(LINE_BREAK) + 1 for label in frame.axis_label)
    return (answered + points + answers).properties(height=alt.Step(15 * max(lines, 2) + 8))


def show_questions_to_ask() -> None:
    """What to ask the doctor and the chiropractor, side by side, grouped by subject."""
    text = ui.tr(ui_text.CHIROPRACTOR)
    doctor, chiropractor = st.columns(2, gap="medium")
    for column, heading, asks in (
        (doctor, text.ask_doctor_heading, ui.tr(chiro.ASK_DOCTOR)),
        (chiropractor, text.ask_chiropractor_heading, ui.tr(chiro.ASK_CHIROPRACTOR)),
    ):
        with column:
            st.subheader(heading)
            for about in dict.fromkeys(ask.about for ask in asks):
                st.markdown(f"**{about}**")
                st.markdown("\n".join(f"- {ask.text}" for ask in asks if ask.about == about))
            ui.cite(*asks)


def show_alternatives() -> None:
    """Each alternative with its grades, linked to the treatment page unless it is hidden."""
    for option_id in chiro.ALTERNATIVES:
        option = ui.tr(treatments.TREATMENT_BY_ID[option_id])
        if not ui.page_link(
            "treatments",
            label=option.name,
            icon=":material/arrow_forward:",
            query_params={"option": option_id},
        ):
            st.markdown(f"**{option.name}**")
        by_phase = "; ".join(
            f"{phase}: {grade.label}"
            for phase, grade in treatments.grades_by_phase(option, "evidence", lang=ui.language())
        )
        st.caption(f"{_evidence_title()}: {by_phase}. {option.evidence_note}")


def evidence_grade(record: treatments.Treatment, phase: str) -> str:
    """A treatment's grade of evidence for one phase, from its record: the one source of
    truth."""
    grade = ui.tr(treatments.EVIDENCE_LABEL_BY_ID[record.evidence[phase]])
    return f"**{_evidence_title()}: {grade.label}.** {grade.meaning}"


def _evidence_title() -> str:
    return ui.tr(treatments.SCALE_BY_ID["evidence"]).title


def _marked(answer: object) -> str:
    """A yes or a not sure, in words; nothing for a no or no answer."""
    return ui.tr(ui_text.ANSWERS).name(answer) if answer in (True, questionnaire.NOT_SURE) else ""
