"""The decision aid's building blocks: its state from the address, the ranked options,
the options NICE advises against, and the "My options" downloads."""

from __future__ import annotations

from datetime import date

import streamlit as st

import ui
from backinfo import choice, choice_summary, treatments, ui_text
from backinfo.shared_questions import PAIN_DURATION_WEEKS

TEXT = ui_text.CHOICES
PHASE_KEY = "choices_phase"
ASK_KEY = "choices_ask"
ARRIVAL_KEY = "choices_arrival"  # (part of the address unclear, phase from the checker)


def weight_key(preference_id: str) -> str:
    """The widget key of a preference's control."""
    return f"choices_{preference_id}"


def restore_choices() -> bool:
    """On arrival, fill the controls from the page address; on a rerun they keep theirs.
    Returns True if the phase came from the symptom checker's answer. What arrival found
    is kept for the visit, so that a note above the controls does not vanish when the
    address is rewritten: that would move the controls and lose the keyboard focus."""
    if PHASE_KEY not in st.session_state:  # widget state is dropped when a person leaves
        params = {key: st.query_params.get_all(key) for key in st.query_params}
        state = choice.choices_from_query(params)
        st.session_state[PHASE_KEY] = state.phase
        for preference in choice.PREFERENCES:
            st.session_state[weight_key(preference.id)] = state.weights.get(preference.id, 0)
        st.session_state[ASK_KEY] = list(state.asked)
        st.session_state[ARRIVAL_KEY] = (
            state.unclear, choice.PHASE_PARAM not in params and PAIN_DURATION_WEEKS.id in params
        )
    unclear, from_checker = st.session_state[ARRIVAL_KEY]
    if unclear:
        st.info(ui_text.COMMON.unknown_link_value)
    return from_checker


def keep_choices(choices: choice.Choices) -> None:
    """Keep the choices in the page address, for a reload or a saved link."""
    params = choice.choices_to_query(choices)
    wanted = {key: value if isinstance(value, list) else [value] for key, value in params.items()}
    if {key: st.query_params.get_all(key) for key in st.query_params} != wanted:
        st.query_params.from_dict(params)


def show_ranked(ranked: tuple[choice.Ranked, ...], phase: str) -> None:
    """Each option in order, in a box: its place and name, the reasons, its evidence grade
    and NICE's advice in words, and its sources."""
    for place, option in zip(choice.places(ranked), ranked, strict=True):
        record = treatments.TREATMENT_BY_ID[option.treatment_id]
        grade = treatments.EVIDENCE_LABEL_BY_ID[record.evidence[phase]].label
        advice = treatments.NICE_LABEL_BY_ID[record.nice[phase].name].label
        with st.container(border=True):
            st.markdown(f"**{TEXT.place.format(place=place, name=record.name)}**")
            st.markdown("\n".join(f"- {reason}" for reason in option.reasons))
            st.markdown(f"**{ui_text.TREATMENTS.benefit}:** {record.benefit}  \n"
                        f"**{ui_text.TREATMENTS.risks}:** {record.risks}")
            st.markdown(
                f"{treatments.SCALE_BY_ID['evidence'].title}: **{grade}**. "
                f"{TEXT.nice_advice} **{advice}**.  \n"
                f"**{ui_text.TREATMENTS.guideline_stance}** {record.notes}"
            )
            ui.cite(record)


def show_advised_against(phase: str) -> None:
    """The options NICE advises against for this phase, apart from the ranking, with why."""
    against = choice.advised_against(phase)
    st.header(TEXT.against_heading)
    st.write(TEXT.against_intro)
    records = [treatments.TREATMENT_BY_ID[a.treatment_id] for a in against]
    st.markdown("\n".join(f"- **{r.name}:** {a.reason}" for r, a in zip(records, against,
                                                                       strict=True)))
    ui.cite(*records)


def show_grades(ranked: tuple[choice.Ranked, ...], phase: str) -> None:
    """What each grade in the list means for the reader, and why no numbers are shown."""
    st.header(TEXT.grades_heading)
    st.write(choice.HOW_GRADES_ARE_READ.body)
    shown = {treatments.TREATMENT_BY_ID[r.treatment_id].evidence[phase] for r in ranked}
    grades = [choice.GRADE_FOR_YOU_BY_ID[level] for level in reversed(treatments.EVIDENCE_LEVELS)
              if level in shown]
    st.markdown(treatments.meaning_list(
        (treatments.EVIDENCE_LABEL_BY_ID[g.id].label, g.meaning) for g in grades
    ))
    ui.cite(choice.HOW_GRADES_ARE_READ, *grades)
    st.write(TEXT.no_numbers)


def show_questions(phase: str, asked: list[str]) -> None:
    """The questions to ask for this phase and the options picked, with their sources."""
    questions = choice.questions_to_ask(phase, asked)
    st.markdown("\n".join(f"- {q.text}" for q in questions))
    ui.cite(*questions)


def show_summary(choices: choice.Choices) -> None:
    """"My options": PDF and plain-text downloads, and a preview."""
    st.header(TEXT.summary_heading)
    today = date.today()
    text = choice_summary.options_summary_text(
        choices, today, clinic_lines=ui.clinic_settings().contact_lines()
    )
    file_name = f"my-back-pain-options-{today:%Y-%m-%d}"
    pdf_column, text_column = st.columns(2)
    pdf_column.download_button(
        TEXT.summary_download_pdf,
        data=ui.session_pdf(text, TEXT.summary_title),
        file_name=f"{file_name}.pdf",
        mime="application/pdf", icon=":material/picture_as_pdf:", on_click="ignore",
        type="primary",
    )
    text_column.download_button(
        TEXT.summary_download_text, data=text, file_name=f"{file_name}.txt",
        mime="text/plain", icon=":material/description:", on_click="ignore",
    )
    with st.expander(TEXT.summary_preview):
        st.text(text)
