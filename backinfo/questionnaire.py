"""What both checkers share: the question type, the one validator, the one reader and
writer of answers in the page address, and the phase of back pain by its length.

The symptom checker (`backinfo.triage`) and the chiropractor check
(`backinfo.chiropractic`) each keep their own questions, rules and `assess()`; the
questions both ask are defined once, in `backinfo.shared_questions`. A question's id is
also its widget key and its name in the page address, so an id never changes: where the
two checkers once used different ids for one question, the other id stays in `old_ids`
and is still accepted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from numbers import Integral, Real
from typing import Literal, TypeVar

from backinfo.model import Prose

NOT_SURE = "not_sure"
"""The third answer to a yes/no question, besides True and False."""

Answer = bool | int | float | Literal["not_sure"]
Kind = Literal["yes_no", "integer", "number"]
Phase = Literal["acute", "subacute", "chronic"]

SUBACUTE_FROM_WEEKS = 6
CHRONIC_AFTER_WEEKS = 12
"""UK convention (nhs-wales-gp-lbp-definitions): pain is acute (new) under 6 weeks,
subacute (lasting) from 6 to 12 weeks, chronic (long-lasting) over 12 weeks."""

Value = TypeVar("Value")

_YES = frozenset({"1", "yes", "true"})
_NO = frozenset({"0", "no", "false"})
_INTEGER_TEXT = re.compile(r"[0-9]{1,4}")
_NUMBER_TEXT = re.compile(r"[0-9]{1,4}(\.[0-9]{1,20})?([eE]-?[0-9]{1,3})?")


@dataclass(frozen=True)
class Question:
    """One question: Yes / No / Not sure, a whole number or a number.

    Its id is also its widget key and its name in the page address. A number question
    has a range (`minimum` to `maximum`, inclusive); a yes/no question has none.
    """

    id: str
    text: Prose
    help: Prose
    kind: Kind
    sources: tuple[str, ...]
    minimum: float | None = None
    maximum: float | None = None
    old_ids: tuple[str, ...] = ()  # ids one checker used before; still accepted


def check(questions: Sequence[Question]) -> None:
    """Raise ValueError naming the question if two share an id (or an old id), or a
    question's range does not fit its kind."""
    seen: set[str] = set()
    for question in questions:
        for question_id in (question.id, *question.old_ids):
            if question_id in seen:
                raise ValueError(f"{question.id}: the id {question_id!r} is used twice")
            seen.add(question_id)
        ranged = question.minimum is not None and question.maximum is not None
        if ranged != (question.kind != "yes_no"):
            raise ValueError(f"{question.id}: a number question needs a range, yes/no none")


def checked(answers: Mapping[str, object], questions: Sequence[Question]) -> dict[str, Answer]:
    """The answers that were given, by question id, checked against the questions.

    An answer may name its question by an old id. None means 'not given'; a yes/no
    question also takes `NOT_SURE`. Raises ValueError naming the question for an unknown
    id, a wrong type, a number out of range or not finite, or a question answered twice.
    """
    by_any_id = _by_any_id(tuple(questions))
    given: dict[str, Answer] = {}
    for question_id, value in answers.items():
        question = by_any_id.get(question_id) if isinstance(question_id, str) else None
        if question is None:
            raise ValueError(
                f"Unknown question id {question_id!r}; expected one of "
                f"{', '.join(q.id for q in questions)}."
            )
        if value is None:
            continue
        if question.id in given:
            raise ValueError(f"{question.id}: answered twice, also as {question_id!r}.")
        given[question.id] = _checked_value(question, value)
    return given


def given(answers: Mapping[str, Value]) -> dict[str, Value]:
    """The answers the checkers' rules and summaries read: a no (False) counts as not
    given, as does None, so both are left out. 0 is a number given, not a no."""
    return {
        key: value for key, value in answers.items() if value is not None and value is not False
    }


def answers_from_query(
    params: Mapping[str, str | list[str]], questions: Sequence[Question]
) -> tuple[dict[str, Answer], list[str]]:
    """The answers in the page address's query parameters, and the parameters left out.

    Yes/no: "1"/"0", "yes"/"no", "true"/"false" and "not_sure", in any case; numbers in
    plain digits. A parameter that names no question, holds a value that cannot be read,
    is repeated, or answers a question already answered under another of its ids is left
    out and named (as given: escape it before showing it), so the page can say that part
    of the link was not used. Never raises.
    """
    by_any_id = _by_any_id(tuple(questions))
    answers: dict[str, Answer] = {}
    ignored: list[str] = []
    read_as: dict[str, str] = {}  # question id -> the parameter its answer came from
    for key, raw in params.items():
        name = key if isinstance(key, str) else repr(key)
        question = by_any_id.get(name)
        value = None if question is None else _parsed(question, _single_value(raw))
        if question is None or value is None:
            ignored.append(name)
        elif question.id in read_as:  # given under two of its ids: neither is trusted
            ignored += [read_as.pop(question.id), name]
            del answers[question.id]
        else:
            read_as[question.id] = name
            answers[question.id] = value
    return answers, ignored


def answers_to_query(
    answers: Mapping[str, object], questions: Sequence[Question]
) -> dict[str, str]:
    """The query parameters for the answers, in question order: yes as "1", no as "0",
    not sure as "not_sure", numbers as digits; 'not given' is left out.

    Raises ValueError like `checked` for answers that are not valid.
    """
    given = checked(answers, questions)
    params: dict[str, str] = {}
    for question in questions:
        value = given.get(question.id)
        if value is True:
            params[question.id] = "1"
        elif value is False:
            params[question.id] = "0"
        elif value == NOT_SURE:
            params[question.id] = NOT_SURE
        elif isinstance(value, float):
            params[question.id] = repr(value + 0.0)  # + 0.0 turns -0.0 into 0.0
        elif isinstance(value, int) and not isinstance(value, bool):
            params[question.id] = str(value)
    return params


def phase(duration_weeks: float) -> Phase:
    """Acute under 6 weeks, subacute 6 to 12, chronic over 12: the UK convention
    (nhs-wales-gp-lbp-definitions)."""
    if duration_weeks < SUBACUTE_FROM_WEEKS:
        return "acute"
    return "subacute" if duration_weeks <= CHRONIC_AFTER_WEEKS else "chronic"


@cache
def _by_any_id(questions: tuple[Question, ...]) -> Mapping[str, Question]:
    return {i: question for question in questions for i in (question.id, *question.old_ids)}


def _checked_value(question: Question, value: object) -> Answer:
    if question.kind == "yes_no":
        if isinstance(value, bool):
            return value
        if value == NOT_SURE:
            return NOT_SURE
        raise ValueError(f"{question.id}: expected True, False or {NOT_SURE!r}, got {value!r}.")
    if isinstance(value, bool) or not isinstance(value, Integral | Real):
        raise ValueError(f"{question.id}: expected a number, got {value!r}.")
    if question.kind == "integer" and not isinstance(value, Integral):
        raise ValueError(f"{question.id}: expected a whole number, got {value!r}.")
    number = int(value) if question.kind == "integer" else float(value)
    assert question.minimum is not None and question.maximum is not None
    if not question.minimum <= number <= question.maximum:  # also catches NaN
        raise ValueError(
            f"{question.id}: {value!r} is outside {question.minimum:g} to {question.maximum:g}."
        )
    return number


def _single_value(raw: object) -> str | None:
    """The parameter's one value, trimmed and lower-cased; None if absent or repeated."""
    if isinstance(raw, list | tuple) and len(raw) == 1:
        (raw,) = raw
    return raw.strip().lower() if isinstance(raw, str) else None


def _parsed(question: Question, text: str | None) -> Answer | None:
    if text is None:
        return None
    if question.kind == "yes_no":
        if text == NOT_SURE:
            return NOT_SURE
        return True if text in _YES else False if text in _NO else None
    pattern = _INTEGER_TEXT if question.kind == "integer" else _NUMBER_TEXT
    if not pattern.fullmatch(text):
        return None
    try:
        return _checked_value(question, int(text) if question.kind == "integer" else float(text))
    except ValueError:
        return None
