"""The decision aid's building blocks: its state from the address, the ranked options,
the options NICE advises against, and the "My options" downloads."""

from __future__ import annotations

from datetime import date

import streamlit as st

import ui
from backinfo import choice, choice_summary, treatments, ui_text
from backinfo.shared_questions import PAIN_DURATION_WEEKS

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
        params = ui.page_params()
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
        st.info(ui.tr(ui_text.COMMON).unknown_link_value)
    return from_checker


def keep_choices(choices: choice.Choices) -> None:
    """Keep the choices in the page address, for a reload or a saved link."""
    ui.set_page_params(choice.choices_to_query(choices))


def show_ranked(ranked: tuple[choice.Ranked, ...], phase: str) -> None:
    """Each option in order, in a box: its place and name, the reasons, its evidence grade
    and NICE's advice in words, and its sources. `ranked` is in this session's language
    (`choice.rank(..., lang=ui.language())`)."""
    text, words = ui.tr(ui_text.CHOICES), ui.tr(ui_text.TREATMENTS)
    evidence_title = ui.tr(treatments.SCALE_BY_ID)["evidence"].title
    records, grades = ui.tr(treatments.TREATMENT_BY_ID), ui.tr(treatments.EVIDENCE_LABEL_BY_ID)
    advices = ui.tr(treatments.NICE_LABEL_BY_ID)
    for place, option in zip(choice.places(ranked), ranked, strict=True):
        record = records[option.treatment_id]
        grade = grades[record.evidence[phase]].label
        advice = advices[record.nice[phase].name].label
        with st.container(border=True):
            st.markdown(f"**{text.place.format(place=place, name=record.name)}**")
            st.markdown("\n".join(f"- {reason}" for reason in option.reasons))
            st.markdown(f"**{words.benefit}:** {record.benefit}  \n"
                        f"**{words.risks}:** {record.risks}")
            st.markdown(
                f"{evidence_title}: **{grade}**. "
                f"{text.nice_advice} **{advice}**.  \n"
                f"**{words.guideline_stance}** {record.notes}"
            )
            ui.cite(record)


def show_advised_against(phase: str) -> None:
    """The options NICE advises against for this phase, apart from the ranking, with why."""
    against = ui.tr(choice.advised_against(phase))
    text = ui.tr(ui_text.CHOICES)
    st.header(text.against_heading)
    st.write(text.against_intro)
    record_by_id = ui.tr(treatments.TREATMENT_BY_ID)
    records = [record_by_id[a.treatment_id] for a in against]
    st.markdown("\n".join(f"- **{r.name}:** {a.reason}" for r, a in zip(records, against,
                                                                       strict=True)))
    ui.cite(*records)


def show_grades(ranked: tuple[choice.Ranked, ...], phase: str) -> None:
    """What each grade in the list means for the reader, and why no numbers are shown."""
    text = ui.tr(ui_text.CHOICES)
    st.header(text.grades_heading)
    st.write(ui.tr(choice.HOW_GRADES_ARE_READ).body)
    shown = {treatments.TREATMENT_BY_ID[r.treatment_id].evidence[phase] for r in ranked}
    grades = [ui.tr(choice.GRADE_FOR_YOU_BY_ID)[level]
              for level in reversed(treatments.EVIDENCE_LEVELS) if level in shown]
    labels = ui.tr(treatments.EVIDENCE_LABEL_BY_ID)
    st.markdown(treatments.meaning_list((labels[g.id].label, g.meaning) for g in grades))
    ui.cite(choice.HOW_GRADES_ARE_READ, *grades)
    st.write(text.no_numbers)


def show_questions(phase: str, asked: list[str]) -> None:
    """The questions to ask for this phase and the options picked, with their sources."""
    questions = ui.tr(choice.questions_to_ask(phase, asked))
    st.markdown("\n".join(f"- {q.text}" for q in questions))
    ui.cite(*questions)


def show_summary(choices: choice.Choices) -> None:
    """"My options": PDF and plain-text downloads, and a preview."""
    words = ui.tr(ui_text.CHOICES)
    st.header(words.summary_heading)
    today = date.today()
    text = choice_summary.options_summary_text(
        choices, today, clinic_lines=ui.clinic_settings().contact_lines(), lang=ui.language()
    )
    file_name = f"{words.summary_file}-{today:%Y-%m-%d}"
    pdf_column, text_column = st.columns(2)
    pdf_column.download_button(
        words.summary_download_pdf,
        data=ui.session_pdf(text, words.summary_title),
        file_name=f"{file_name}.pdf",
        mime="application/pdf", icon=":material/picture_as_pdf:", on_click="ignore",
        type="primary",
    )
    text_column.download_button(
        words.summary_download_text, data=text, file_name=f"{file_name}.txt",
        mime="text/plain", icon=":material/description:", on_click="ignore",
    )
    with st.expander(words.summary_preview):
        st.text(text)
