"""The symptom checker's logic: answers in, an urgency with its reasons out. Pure functions.

The content lives beside it: the questions in `triage_questions`, the rules in
`triage_rules` (with why, where a rule is a clinical choice), and what to do at each level
in `triage_advice`. `assess()` applies the rules: the urgency is the highest level any
rule gives, so adding an answer never lowers it. A "not sure" counts one level below what
a yes would give (see `triage_rules.NOT_SURE_TEXT`). The summary for an appointment is
drawn by `backinfo.summary`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from backinfo import i18n, questionnaire
from backinfo.emergency_numbers import EMERGENCY_NUMBER, URGENT_NUMBER
from backinfo.model import Prose
from backinfo.questionnaire import NOT_SURE, Answer
from backinfo.triage_advice import (
    ADVICE,
    DOCTOR_VISIT_BY_ID,
    DOCTOR_VISIT_BY_URGENCY,
    PREGNANCY_NOTICE,
    SAFETY_NET,
    Advice,
    DoctorVisit,
)
from backinfo.triage_questions import QUESTIONS
from backinfo.triage_rules import (
    CAUSE_FITS,
    NOT_SURE_TEXT,
    RULE_BY_ID,
    RULES,
    Notice,
    Rule,
    Urgency,
)


@dataclass(frozen=True)
class Reason:
    """Why the urgency is what it is: the rule that applied and its sentence.

    `rule_id` is a rule's id (a question id for a rule about one question, or the id of a
    combination rule), or `<question id>:not_sure` for a "not sure" answer.
    """

    rule_id: str
    text: Prose
    urgency: Urgency


@dataclass(frozen=True)
class PossibleCause:
    """A cause that may fit the answers, with the ids of the answers that fit it."""

    cause_id: str
    question_ids: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    """The result of `assess`: never a diagnosis."""

    urgency: Urgency
    reasons: tuple[Reason, ...]  # highest urgency first
    possible_causes: tuple[PossibleCause, ...]
    safety_net: tuple[Notice, ...]  # use `safety_net_for()` for the phone numbers
    doctor_visits: tuple[DoctorVisit, ...]


def assess(answers: Mapping[str, object], *, lang: str = "en") -> Assessment:
    """Assess the answers: the highest urgency any rule gives, with every reason, its texts
    in the language.

    A missing answer (or None) means 'no' or 'not given'; a yes/no question also takes
    `NOT_SURE`. Raises ValueError naming the question for an unknown id, a wrong type or
    a value out of range.
    """
    given = questionnaire.checked(answers, QUESTIONS)
    reasons = sorted(
        [*_reasons(given), *_not_sure_reasons(given, lang)], key=lambda reason: -reason.urgency
    )
    urgency = max((reason.urgency for reason in reasons), default=Urgency.SELF_CARE)
    return i18n.localize(Assessment(
        urgency=urgency,
        reasons=tuple(reasons),
        possible_causes=() if urgency is Urgency.EMERGENCY else _possible_causes(given),
        safety_net=_safety_net(urgency, given),
        doctor_visits=_doctor_visits(urgency, reasons),
    ), lang)


def offers_treatment_comparison(assessment: Assessment) -> bool:
    """Whether the result links on to comparing treatments: not beside an urgent or an
    emergency result, where getting help comes first and alone (as with causes)."""
    return assessment.urgency < Urgency.URGENT


def emergency_sign_ids() -> tuple[str, ...]:
    """The questions whose yes alone means an emergency, in page order."""
    alone = {
        rule.all_yes[0]
        for rule in RULES
        if rule.urgency is Urgency.EMERGENCY and len(rule.yes_questions()) == 1
    }
    return tuple(question.id for question in QUESTIONS if question.id in alone)


def advice_for(
    urgency: Urgency,
    *,
    emergency: str = EMERGENCY_NUMBER,
    urgent: str = URGENT_NUMBER,
    lang: str = "en",
) -> Advice:
    """The advice for an urgency in the language, with the phone numbers filled in."""
    advice = i18n.localize(ADVICE[urgency], lang)
    urgent = i18n.gettext(urgent, lang)
    return replace(
        advice,
        title=_with_numbers(advice.title, emergency, urgent),
        what_to_do=_with_numbers(advice.what_to_do, emergency, urgent),
        how_soon=_with_numbers(advice.how_soon, emergency, urgent),
    )


def safety_net_for(
    assessment: Assessment,
    *,
    emergency: str = EMERGENCY_NUMBER,
    urgent: str = URGENT_NUMBER,
    lang: str = "en",
) -> tuple[Notice, ...]:
    """When to seek help if things change, with the phone numbers filled in; the notices
    are in the language `assess` was given, and "your doctor" in `lang`."""
    urgent = i18n.gettext(urgent, lang)
    return tuple(
        replace(notice, text=_with_numbers(notice.text, emergency, urgent))
        for notice in assessment.safety_net
    )


def _applies(rule: Rule, given: Mapping[str, Answer]) -> bool:
    if not all(given.get(qid) is True for qid in rule.all_yes):
        return False
    if rule.any_yes and sum(given.get(qid) is True for qid in rule.any_yes) < rule.how_many:
        return False
    for bound, holds in ((rule.at_least, _at_least), (rule.below, _below)):
        if bound is not None:
            value = given.get(bound[0])
            if not isinstance(value, int | float) or not holds(value, bound[1]):
                return False
    return True


def _at_least(value: float, bound: float) -> bool:
    return value >= bound


def _below(value: float, bound: float) -> bool:
    return value < bound


def _reasons(given: Mapping[str, Answer]) -> Iterator[Reason]:
    # Walk the rules in table order, never the answers' order, so order cannot matter.
    for rule in RULES:
        if _applies(rule, given):
            yield Reason(rule_id=rule.id, text=rule.reason, urgency=rule.urgency)


def _not_sure_reasons(given: Mapping[str, Answer], lang: str) -> Iterator[Reason]:
    """A "not sure" counts one level below what a yes would give with the other answers.

    Every "not sure" is taken as a yes together, so that two unsure signs that would be an
    emergency together (leg weakness and its getting worse) give "today", not "see a GP".
    """
    unsure_as_yes = {**given, **{qid: True for qid, value in given.items() if value == NOT_SURE}}
    for question in QUESTIONS:
        if given.get(question.id) != NOT_SURE:
            continue
        as_yes = unsure_as_yes
        if_yes = max(
            (
                rule.urgency
                for rule in RULES
                if question.id in rule.yes_questions() and _applies(rule, as_yes)
            ),
            default=Urgency.SELF_CARE,
        )
        notice = NOT_SURE_TEXT.get(if_yes)
        if notice is not None:
            yield Reason(
                rule_id=f"{question.id}:{NOT_SURE}",
                text=i18n.gettext(notice.text, lang).format(
                    question=i18n.gettext(question.text, lang)
                ),
                urgency=Urgency(if_yes - 1),
            )


def _possible_causes(given: Mapping[str, Answer]) -> tuple[PossibleCause, ...]:
    fitting: dict[str, list[str]] = {}
    for fit in CAUSE_FITS:
        if given.get(fit.question_id) is True:
            fitting.setdefault(fit.cause_id, []).append(fit.question_id)
    return tuple(
        PossibleCause(cause_id=cause_id, question_ids=tuple(question_ids))
        for cause_id, question_ids in fitting.items()
    )


def _safety_net(urgency: Urgency, given: Mapping[str, Answer]) -> tuple[Notice, ...]:
    pregnant = given.get("pregnancy") in (True, NOT_SURE)
    return (*SAFETY_NET[urgency], *((PREGNANCY_NOTICE,) if pregnant else ()))


def _doctor_visits(urgency: Urgency, reasons: Sequence[Reason]) -> tuple[DoctorVisit, ...]:
    if urgency is not Urgency.EMERGENCY:
        return (DOCTOR_VISIT_BY_URGENCY[urgency],)
    visit_ids = dict.fromkeys(
        RULE_BY_ID[reason.rule_id].doctor_visit
        for reason in reasons
        if reason.urgency is Urgency.EMERGENCY
    )
    return tuple(DOCTOR_VISIT_BY_ID[visit_id] for visit_id in visit_ids if visit_id)


def _with_numbers(text: str, emergency: str, urgent: str) -> str:
    return text.format(emergency=emergency, urgent=urgent)
