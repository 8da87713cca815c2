"""What both checker pages do with their answers: restore them from the page address or
this session, read them from the widgets `ui.ask` draws, and keep them in the address."""

from collections.abc import Callable, Collection, Mapping, Sequence

import streamlit as st

import ui
from backinfo import questionnaire, ui_text
from backinfo.questionnaire import Question

ALERT_BY_COLOUR: dict[str, Callable[..., object]] = {
    "red": st.error,
    "orange": st.warning,
    "blue": st.info,
    "green": st.success,
}
"""How a result's colour (`Advice.colour`, `VerdictText.colour`) is drawn: as an alert
box that also has an icon and words, so colour is never the only sign."""


def restore_answers(questions: Sequence[Question], saved_key: str) -> None:
    """On arrival at the page, fill its questions from the page address, or else from the
    answers saved under `saved_key` in this session; say so if part of the address was not
    used. On a rerun, when every question already has its widget, the widgets keep theirs.
    """
    if all(question.id in st.session_state for question in questions):
        return
    answers = answers_in_address(questions)
    for question_id, value in (answers or st.session_state.get(saved_key, {})).items():
        st.session_state[question_id] = value


def answers_in_address(
    questions: Sequence[Question], other_params: Collection[str] = ()
) -> dict[str, questionnaire.Answer]:
    """The answers in the page address (a no included); a note if part of it was not used.
    `other_params` are the page's own parameters that are not answers (such as its step)."""
    params = ui.page_params()
    answers, ignored = questionnaire.answers_from_query(
        {key: value for key, value in params.items() if key not in other_params}, questions
    )
    if ignored:
        st.info(ui.tr(ui_text.COMMON).unknown_link_value)
    return answers


def current_answers(questions: Sequence[Question]) -> dict[str, object]:
    """The answers the widgets hold; a no, and a question not answered, are left out."""
    return questionnaire.given({q.id: st.session_state.get(q.id) for q in questions})


def keep_answers(
    answers: dict[str, object],
    questions: Sequence[Question],
    saved_key: str,
    *,
    other_params: Mapping[str, str] | None = None,
) -> None:
    """Keep the answers in this session under `saved_key`, for a visit to another page,
    and in the page address, for a reload or a saved link; the page's `other_params`
    follow the answers."""
    st.session_state[saved_key] = answers
    ui.set_page_params(
        {**questionnaire.answers_to_query(answers, questions), **(other_params or {})}
    )
