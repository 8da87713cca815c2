"""Checks of the whole content package, and the walk that finds every record.

`validate()` runs once where the app starts (`app.py`) and in `tests/test_content.py`;
importing a module of `backinfo` checks nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from functools import cache
from types import ModuleType

from backinfo import (
    causes,
    chiropractic,
    choice,
    diagnosis,
    emergency,
    emergency_numbers,
    i18n,
    imaging,
    living,
    questionnaire,
    sources,
    spine,
    topics,
    treatments,
    triage,
    triage_advice,
    triage_questions,
    triage_rules,
    ui_text,
)
from backinfo.sources import SOURCES

CONTENT_MODULES: tuple[ModuleType, ...] = (
    sources,
    topics,
    spine,
    causes,
    diagnosis,
    living,
    emergency,
    emergency_numbers,
    triage_questions,
    triage_rules,
    triage_advice,
    treatments,
    chiropractic,
    choice,
    imaging,
    ui_text,
)


class ContentError(ValueError):
    """The content package is inconsistent: a maintainer must fix the named item."""


def _children(value: object) -> Iterator[object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield getattr(value, field.name)
    elif isinstance(value, Mapping):
        yield from value.values()
    elif isinstance(value, tuple | list | frozenset | set):
        yield from value


def iter_records() -> Iterator[object]:
    """Every content record reachable from the module-level values of the content modules,
    private ones included: a record kept in `_NAME` is still shown to patients."""
    seen: set[int] = set()
    stack = [
        value
        for module in CONTENT_MODULES
        for name, value in vars(module).items()
        if not name.startswith("__") and not isinstance(value, type | ModuleType)
    ]
    while stack:
        value = stack.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            yield value
        stack.extend(_children(value))


def prose_texts() -> list[tuple[str, str]]:
    """Every patient-facing text as (where, text): the `Prose` fields of every record.

    Wording is never a bare module constant: `ui_text` keeps it in one record per page."""
    texts: list[tuple[str, str]] = []
    for record in iter_records():
        label = f"{type(record).__name__} {getattr(record, 'id', '')}".strip()
        texts += [(f"{label}.{name}", text) for name, text in i18n.record_texts(record)]
    return texts


def validate() -> None:
    """Raise ContentError for empty text, dangling or duplicate ids, or missing sources."""
    ids: dict[type, set[str]] = {}
    for record in iter_records():
        kind = type(record)
        label = f"{kind.__name__} {getattr(record, 'id', record)!r}"
        for field in dataclasses.fields(record):
            value = getattr(record, field.name)
            if isinstance(value, str) and not value.strip():
                raise ContentError(f"{label}: field {field.name!r} is empty")
        record_id = getattr(record, "id", None)
        if isinstance(record_id, str):
            if record_id in ids.setdefault(kind, set()):
                raise ContentError(f"{label}: duplicate id")
            ids[kind].add(record_id)
        cited = getattr(record, "sources", None)
        if cited is not None:
            if not cited:
                raise ContentError(f"{label}: names no source")
            for source_id in cited:
                if source_id not in SOURCES:
                    raise ContentError(f"{label}: unknown source id {source_id!r}")
    _check_collections()
    _check_treatments()
    _check_links()


def _check_collections() -> None:
    """Each list of records a module exports has no id twice (even the same record twice)."""
    for module in CONTENT_MODULES:
        for name, value in vars(module).items():
            if name.startswith("_") or not isinstance(value, tuple):
                continue
            record_ids = [getattr(item, "id", None) for item in value]
            repeated = {i for i in record_ids if i is not None and record_ids.count(i) > 1}
            if repeated:
                raise ContentError(f"{module.__name__}.{name}: duplicate id {repeated.pop()!r}")


def _check_treatments() -> None:
    """Each treatment has an evidence grade and a NICE stance for every phase it covers and
    for no other, and cites NICE, whose stance it states."""
    for record in treatments.TREATMENTS:
        label = f"treatment {record.id!r}"
        for what, by_phase in (("evidence grade", record.evidence),
                               ("NICE stance", record.nice)):
            if missing := record.phases - set(by_phase):
                raise ContentError(f"{label}: no {what} for phase {sorted(missing)}")
            if extra := set(by_phase) - record.phases:
                raise ContentError(f"{label}: a {what} for phase {sorted(extra)}, "
                                   "which it does not cover")
        if "nice-ng59" not in record.sources:
            raise ContentError(f"{label}: states NICE's stance but does not cite nice-ng59")


def _check_links() -> None:
    part_ids = {part.id for part in spine.SPINE_PARTS}
    for cause in causes.CAUSES:
        for part in cause.spine_parts:
            if part not in part_ids:
                raise ContentError(f"cause {cause.id!r}: unknown spine part {part!r}")
    for shape in spine.SPINE_SHAPES:
        if shape.part not in part_ids:
            raise ContentError(f"spine shape {shape.label!r}: unknown part {shape.part!r}")
    _require("spine labels", {spot.part for spot in spine.LABEL_SPOTS}, part_ids)
    _require(
        "triage cause fits",
        {fit.cause_id for fit in triage_rules.CAUSE_FITS},
        {cause.id for cause in causes.CAUSES},
    )
    _require(
        "triage doctor visits",
        {step for visit in triage_advice.DOCTOR_VISITS for step in visit.steps},
        {step.id for step in diagnosis.DIAGNOSTIC_STEPS},
    )
    _require(
        "chiropractic treatment links",
        {*chiropractic.ALTERNATIVES, chiropractic.MANIPULATION_TREATMENT_ID},
        set(treatments.TREATMENT_BY_ID),
    )
    for questions in (triage_questions.QUESTIONS, chiropractic.QUESTIONS):
        try:
            questionnaire.check(questions)
        except ValueError as error:
            raise ContentError(f"question {error}") from None
    _require(
        "chiropractic rules",
        {rule.id for rule in chiropractic.RULES},
        {q.id for q in chiropractic.QUESTIONS if q.kind == "yes_no"},
    )
    _check_triage_rules()
    _require("questions to ask", {i for q in choice.QUESTIONS_TO_ASK for i in q.treatment_ids},
             set(treatments.TREATMENT_BY_ID))
    _require("evidence grades explained", set(choice.GRADE_FOR_YOU_BY_ID),
             set(treatments.EVIDENCE_LEVELS))
    if {sign.question_id for sign in emergency.SIGNS} != set(triage.emergency_sign_ids()):
        raise ContentError("the emergency route and the symptom checker's emergency signs differ")


def _check_triage_rules() -> None:
    """Each rule names known questions of the right kind; each emergency names its visit."""
    questions = triage_questions.QUESTION_BY_ID
    for rule in triage_rules.RULES:
        for question_id in rule.yes_questions():
            if question_id not in questions:
                raise ContentError(f"triage rule {rule.id!r}: unknown question {question_id!r}")
            if questions[question_id].kind != "yes_no":
                raise ContentError(f"triage rule {rule.id!r}: {question_id!r} is not yes/no")
        for bound in (rule.at_least, rule.below):
            if bound is not None and bound[0] not in questions:
                raise ContentError(f"triage rule {rule.id!r}: unknown question {bound[0]!r}")
        is_emergency = rule.urgency is triage_rules.Urgency.EMERGENCY
        if is_emergency != (rule.doctor_visit in triage_advice.DOCTOR_VISIT_BY_ID):
            raise ContentError(f"triage rule {rule.id!r}: an emergency names its doctor visit")


def _require(what: str, used: set[str], known: set[str]) -> None:
    if unknown := used - known:
        raise ContentError(f"{what}: unknown ids {sorted(unknown)}")


def _label(record: object) -> str:
    for name in ("title", "name", "text", "heading"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            return value
    return str(getattr(record, "id", type(record).__name__))


@cache
def citations() -> dict[str, tuple[str, ...]]:
    """Source id -> the names of the content items that cite it, sorted."""
    uses: dict[str, set[str]] = {source_id: set() for source_id in SOURCES}
    for record in iter_records():
        for source_id in getattr(record, "sources", ()):
            uses[source_id].add(_label(record))
    return {source_id: tuple(sorted(labels)) for source_id, labels in uses.items()}
