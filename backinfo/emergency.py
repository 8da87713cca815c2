"""The emergency route: the signs that mean 'get help now', shown on every page.

Phone numbers are filled in by `route()`: a clinic's settings give its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from backinfo import i18n
from backinfo.emergency_numbers import EMERGENCY_NUMBER, URGENT_NUMBER
from backinfo.model import Prose


@dataclass(frozen=True)
class EmergencySign:
    """A sign that, with back pain, means calling the emergency number now."""

    question_id: str  # the symptom checker question that asks about this sign
    text: Prose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class EmergencyRoute:
    """What to do in an emergency, and the signs that mean one."""

    heading: Prose
    call_now: Prose
    signs: tuple[EmergencySign, ...]
    urgent: Prose
    sources: tuple[str, ...]


SIGNS = (
    EmergencySign(
        question_id="bladder_bowel_change",
        text="You cannot control when you pee or poo, or you find it hard to pee.",
        sources=("nhs-ces", "nhs-back-pain", "verywell-back-cramps"),
    ),
    EmergencySign(
        question_id="saddle_numbness",
        text="You feel numb or tingly around your bottom, your genitals or the inside of "
        "your thighs.",
        sources=("nhs-ces", "nhs-back-pain", "verywell-back-cramps"),
    ),
    EmergencySign(
        question_id="sexual_function_change",
        text="Your genitals feel different, or you have new trouble with sex, such as "
        "getting an erection.",
        sources=("nhs-ces",),
    ),
    EmergencySign(
        question_id="pain_both_legs",
        text="You have pain, tingling, weakness or numbness in both legs.",
        sources=("nhs-sciatica", "nhs-ces", "nhs-back-pain"),
    ),
    EmergencySign(
        question_id="serious_accident",
        text="The pain started after a serious accident, such as a car crash or a bad fall.",
        sources=("nhs-back-pain",),
    ),
    EmergencySign(
        question_id="chest_pain",
        text="You also have pain in your chest.",
        sources=("nhs-back-pain",),
    ),
)

_ROUTE = EmergencyRoute(
    heading="Get help now",
    call_now="Call {emergency} or go to A&E (the emergency department) now if you have "
    "back pain and any of these:",
    signs=SIGNS,
    urgent="If you have a high temperature, lost weight without trying, or the pain is "
    "worse at night, call {urgent} or ask your GP for a visit today.",
    sources=("nhs-back-pain", "nhs-ces"),
)


def route(
    *, emergency: str = EMERGENCY_NUMBER, urgent: str = URGENT_NUMBER, lang: str = "en"
) -> EmergencyRoute:
    """The emergency route in the language, with the given phone numbers filled in."""
    text = i18n.localize(_ROUTE, lang)
    return replace(
        text,
        call_now=text.call_now.format(emergency=emergency),
        urgent=text.urgent.format(urgent=i18n.gettext(urgent, lang)),
    )
