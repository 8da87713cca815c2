"""Symptom checker rules: answers in, an urgency with its reasons out. Pure functions.

The rules follow the warning-sign table of the clinical references (nhs-back-pain,
nhs-ces, nhs-sciatica, nice-cks-lbp, nice-cks-sciatica) and the seed article
(verywell-back-cramps). Each rule is a `Rule` on its question, or a `Combination` of
questions, and names its sources. The urgency is the highest level any rule raises to.

Phone numbers: texts hold `{emergency}` and `{urgent}` placeholders, filled in by
`advice_for()` and `safety_net_for()` from `backinfo.emergency`, so a clinic can set its
own numbers in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum
from numbers import Integral, Real
from types import MappingProxyType
from typing import Literal

from backinfo import query
from backinfo.emergency import EMERGENCY_NUMBER, URGENT_NUMBER
from backinfo.model import Prose

Phase = Literal["acute", "subacute", "chronic"]
Answer = bool | int | float


class Urgency(IntEnum):
    """How soon to get help, lowest first."""

    SELF_CARE = 0
    SEE_GP = 1
    URGENT = 2
    EMERGENCY = 3


@dataclass(frozen=True)
class Group:
    """A block of questions on the page, in page order."""

    id: str
    title: Prose
    intro: Prose


@dataclass(frozen=True)
class Rule:
    """What an answer raises the urgency to, and why.

    A yes/no question's rule applies to a yes; a numeric question's rule applies from
    `at_least` upwards. Its sources are those of its question.
    """

    urgency: Urgency
    reason: Prose
    at_least: float | None = None


@dataclass(frozen=True)
class Question:
    """One question of the symptom checker. Its id is also the widget key and query key."""

    id: str
    text: Prose
    help: Prose
    kind: Literal["yes_no", "integer", "number"]
    group: str
    sources: tuple[str, ...]
    rule: Rule | None = None
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Combination:
    """A rule that needs several yes answers together. Its id is never a question id."""

    id: str
    question_ids: tuple[str, ...]
    at_least: int
    urgency: Urgency
    reason: Prose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class CauseFit:
    """A yes to this question may fit this cause (cause ids as in backinfo.causes)."""

    cause_id: str
    question_id: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Reason:
    """Why the urgency is what it is: the question (or combination) id and a sentence."""

    question_id: str
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
    reasons: tuple[Reason, ...]
    phase: Phase | None
    possible_causes: tuple[PossibleCause, ...]


@dataclass(frozen=True)
class Advice:
    """What to do at one urgency level. Texts may hold `{emergency}` and `{urgent}`."""

    urgency: Urgency
    name: Prose
    title: Prose
    what_to_do: Prose
    how_soon: Prose
    icon: str
    colour: str  # a Streamlit colour name; the page never shows colour alone
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Notice:
    """A short sourced message, such as a safety-net line."""

    id: str
    text: Prose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class DoctorVisit:
    """What a doctor will likely do at one urgency level, with diagnosis step ids."""

    urgency: Urgency
    text: Prose
    steps: tuple[str, ...]  # ids of backinfo.diagnosis.DIAGNOSTIC_STEPS
    sources: tuple[str, ...]


GROUPS = (
    Group(
        "emergency",
        "Do you need help right now?",
        "Start here. If you answer yes to any of these, you need help straight away.",
    ),
    Group(
        "urgent",
        "Do you need to see a doctor today?",
        "These signs are not common. If you answer yes to any of them, get advice today.",
    ),
    Group(
        "pain",
        "About your pain",
        "These questions show how much the pain affects you and what may cause it.",
    ),
    Group(
        "you",
        "About you and your health",
        "Some health problems mean that back pain should be checked sooner.",
    ),
)

_CES = ("nhs-ces", "nhs-back-pain", "verywell-back-cramps")
_SEED = ("verywell-back-cramps",)

QUESTIONS = (
    # Emergency signs: nhs-back-pain's 'call 999' list and the signs of cauda equina
    # syndrome (nhs-ces).
    Question(
        "bladder_bowel_change",
        "Have you lost control of your bladder or bowels, or found it hard to pee?",
        "For example, you leak pee or poo, you cannot feel when your bladder is full, "
        "or you cannot pee when you try.",
        "yes_no",
        "emergency",
        _CES,
        Rule(
            Urgency.EMERGENCY,
            "Trouble with your bladder or bowels can mean that the nerves at the bottom of "
            "your spine are badly squashed. This is called cauda equina syndrome.",
        ),
    ),
    Question(
        "saddle_numbness",
        "Do you feel numb or tingly around your bottom, your genitals or your inner thighs?",
        "Doctors call this the saddle area: the parts of you that would touch a saddle "
        "if you sat on a bike.",
        "yes_no",
        "emergency",
        _CES,
        Rule(
            Urgency.EMERGENCY,
            "Numbness around your bottom or genitals can be a sign of cauda equina "
            "syndrome, when nerves in the lower spine are squashed.",
        ),
    ),
    Question(
        "sexual_function_change",
        "Have you had new problems with sex, such as less feeling in your genitals or "
        "trouble getting an erection?",
        "Only count changes that are new since your back pain started.",
        "yes_no",
        "emergency",
        ("nhs-ces",),
        Rule(
            Urgency.EMERGENCY,
            "New changes in feeling or in how your genitals work can be a sign of cauda "
            "equina syndrome.",
        ),
    ),
    Question(
        "pain_both_legs",
        "Do you have pain, tingling, numbness or weakness in both legs?",
        "Answer yes if both legs are affected, even if one is worse than the other.",
        "yes_no",
        "emergency",
        ("nhs-back-pain", "nhs-sciatica", "nhs-ces"),
        Rule(
            Urgency.EMERGENCY,
            "Nerve pain or weakness in both legs can mean that nerves in your lower spine "
            "are badly squashed.",
        ),
    ),
    Question(
        "serious_accident",
        "Did your back pain start after a serious accident, such as a car crash or a fall "
        "from a height?",
        "A serious accident is one with a lot of force, not a small trip or bump.",
        "yes_no",
        "emergency",
        ("nhs-back-pain",),
        Rule(
            Urgency.EMERGENCY,
            "Back pain after a serious accident can mean a broken bone in the spine.",
        ),
    ),
    Question(
        "chest_pain",
        "Do you have pain in your chest as well as your back?",
        "Answer yes for any new pain, pressure or tightness in your chest.",
        "yes_no",
        "emergency",
        ("nhs-back-pain",),
        Rule(
            Urgency.EMERGENCY,
            "Chest pain with back pain can be a sign of a problem with your heart or a "
            "main blood vessel.",
        ),
    ),
    # Urgent signs: nhs-back-pain's 'call 111' list and the red flags of nice-cks-lbp.
    Question(
        "fever",
        "Do you have a high temperature, or feel hot and shivery?",
        "A high temperature is 38 degrees or more, or your chest or back feels hotter "
        "than usual.",
        "yes_no",
        "urgent",
        ("nhs-back-pain", "nice-cks-lbp"),
        Rule(
            Urgency.URGENT,
            "A high temperature with back pain can be a sign of an infection in your spine "
            "or your kidneys.",
        ),
    ),
    Question(
        "unexplained_weight_loss",
        "Have you lost weight without trying?",
        "Answer yes if you lost weight without a change in what you eat or how active "
        "you are.",
        "yes_no",
        "urgent",
        ("nhs-back-pain", "nice-cks-lbp"),
        Rule(
            Urgency.URGENT,
            "Weight loss you cannot explain needs a check. Rarely, it is a sign of an "
            "infection or a cancer.",
        ),
    ),
    Question(
        "night_or_rest_pain",
        "Is your pain just as bad when you rest, or worse at night?",
        "Pain from a strain usually eases when you lie still. Answer yes if it does not.",
        "yes_no",
        "urgent",
        ("nhs-back-pain", "nice-cks-lbp"),
        Rule(
            Urgency.URGENT,
            "Pain that does not ease with rest, or is worse at night, can have a cause "
            "other than a strain, such as an infection.",
        ),
    ),
    Question(
        "leg_weakness",
        "Is one of your legs newly weak? For example, does your foot drag or slap down "
        "when you walk?",
        "A foot that drags or slaps down is called foot drop.",
        "yes_no",
        "urgent",
        ("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
        Rule(
            Urgency.URGENT,
            "New weakness in a leg can mean that a nerve in your back is being squashed "
            "more and more.",
        ),
    ),
    Question(
        "spreading_numbness",
        "Is numbness in your back, bottom or legs spreading?",
        "Numbness means you feel less than usual when you touch the skin.",
        "yes_no",
        "urgent",
        ("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
        Rule(
            Urgency.URGENT,
            "Numbness that spreads can mean that a nerve problem is getting worse.",
        ),
    ),
    Question(
        "painful_or_bloody_urination",
        "Does it hurt when you pee, or is there blood in your pee?",
        "Blood can make pee look pink, red or brown.",
        "yes_no",
        "urgent",
        ("nhs-back-pain", "verywell-back-cramps"),
        Rule(
            Urgency.URGENT,
            "Pain when you pee, or blood in your pee, can be a sign of a kidney or "
            "bladder problem.",
        ),
    ),
    Question(
        "sharp_flank_pain",
        "Do you have a sharp pain in your side, between your ribs and your hip?",
        "Doctors call this part of your body the flank. Your kidneys sit just inside it.",
        "yes_no",
        "urgent",
        ("nhs-back-pain", "verywell-back-cramps"),
        Rule(
            Urgency.URGENT,
            "Sharp pain in your side can come from a kidney problem rather than from "
            "your back.",
        ),
    ),
    Question(
        "back_swelling_or_deformity",
        "Do you have a lump or swelling on your back, or has the shape of your back "
        "changed?",
        "For example, a bump you did not have before, or your back now bends to one side.",
        "yes_no",
        "urgent",
        ("nhs-back-pain",),
        Rule(
            Urgency.URGENT,
            "A lump, a swelling or a change in shape can be a sign of a broken bone, an "
            "infection or a growth.",
        ),
    ),
    Question(
        "recent_fall_or_injury",
        "Did your pain start after a fall or an injury?",
        "Count a fall or knock that happened just before the pain started.",
        "yes_no",
        "urgent",
        ("nhs-back-pain", "nice-cks-lbp"),
        Rule(
            Urgency.URGENT,
            "Pain after a fall or an injury can mean a broken bone in the spine.",
        ),
    ),
    Question(
        "worse_with_cough_sneeze_or_toilet",
        "Is your pain worse when you cough, sneeze or have a poo?",
        "Answer yes if these make the pain clearly worse, or send it down your leg.",
        "yes_no",
        "urgent",
        ("nhs-back-pain",),
        Rule(
            Urgency.URGENT,
            "Pain that gets worse when you cough, sneeze or poo can come from a nerve or "
            "a disc, so a doctor should check it soon.",
        ),
    ),
    Question(
        "upper_back_pain",
        "Is your pain high up in your back, between your shoulder blades, rather than "
        "low down?",
        "Most back pain is in the lower back, below the ribs.",
        "yes_no",
        "urgent",
        ("nhs-back-pain", "nice-cks-lbp"),
        Rule(
            Urgency.URGENT,
            "Pain high in the back has more possible causes than a simple strain, so a "
            "doctor should check it.",
        ),
    ),
    # About the pain: reasons to see a GP (nhs-back-pain, nhs-sciatica, the seed).
    Question(
        "pain_severity",
        "How bad is your pain, from 0 (no pain) to 10 (the worst pain you can imagine)?",
        "Mild pain comes and goes and does not stop you doing things. Very bad pain is "
        "there all the time and makes it hard to sleep, move, wash or dress.",
        "integer",
        "pain",
        ("nhs-back-pain", "verywell-back-cramps"),
        Rule(
            Urgency.SEE_GP,
            "Your pain is very bad: 8 or more out of 10. A GP can help you manage it and "
            "look for the cause.",
            at_least=8,
        ),
        minimum=0,
        maximum=10,
    ),
    Question(
        "pain_duration_weeks",
        "How many weeks have you had this pain?",
        "If it is less than a week, you can give part of a week, such as 0.5.",
        "number",
        "pain",
        ("nhs-back-pain", "nice-cks-lbp", "acp-2017", "verywell-back-cramps"),
        Rule(
            Urgency.SEE_GP,
            "You have had the pain for 6 weeks or more. Pain that is not getting better "
            "after a few weeks should be checked by a GP.",
            at_least=6,
        ),
        minimum=0,
        maximum=520,
    ),
    Question(
        "radiating_leg_pain",
        "Does pain, tingling or numbness run from your back down one leg?",
        "Pain that runs from the lower back down a leg, sometimes to the foot, is called "
        "sciatica.",
        "yes_no",
        "pain",
        ("nhs-sciatica", "nice-cks-sciatica", "verywell-back-cramps"),
        Rule(
            Urgency.SEE_GP,
            "Pain down one leg is often sciatica, from a squashed or sore nerve. It "
            "usually gets better in 4 to 6 weeks, but a GP should check it.",
        ),
    ),
    Question(
        "recurring_cramps",
        "Do your back cramps keep coming back?",
        "A back cramp, or spasm, is when back muscles tighten by themselves and will not "
        "let go.",
        "yes_no",
        "pain",
        ("nhs-back-pain", "verywell-back-cramps"),
        Rule(
            Urgency.SEE_GP,
            "Cramps that keep coming back are worth showing to a GP, to look for a cause "
            "that can be treated.",
        ),
    ),
    Question(
        "interferes_with_daily_life",
        "Does the pain stop you doing everyday things, such as work, washing or sleep?",
        "Answer yes if you have had to stop or change what you normally do.",
        "yes_no",
        "pain",
        ("nhs-back-pain", "verywell-back-cramps"),
        Rule(
            Urgency.SEE_GP,
            "Pain that gets in the way of daily life is a good reason to see a GP.",
        ),
    ),
    Question(
        "started_after_lifting_or_twisting",
        "Did the pain start when you lifted, bent or twisted?",
        "A sudden pull or twist is a common way to strain a back muscle.",
        "yes_no",
        "pain",
        _SEED,
    ),
    # About you: health problems that make a serious cause more likely (nice-cks-lbp).
    Question(
        "age_years",
        "How old are you?",
        "Give your age in whole years. It helps a doctor think about which causes are "
        "more likely.",
        "integer",
        "you",
        ("verywell-back-cramps", "nice-ng59"),
        minimum=0,
        maximum=120,
    ),
    Question(
        "cancer_history",
        "Have you ever had cancer?",
        "Answer yes even if the cancer was treated a long time ago.",
        "yes_no",
        "you",
        ("nice-cks-lbp",),
        Rule(
            Urgency.URGENT,
            "If you have had cancer, a doctor should check that it has not spread to "
            "your spine.",
        ),
    ),
    Question(
        "steroid_use_or_osteoporosis",
        "Do you have thin, weak bones (osteoporosis), or have you taken steroid tablets "
        "for a long time?",
        "Steroid tablets, such as prednisolone, can make bones weaker when taken for "
        "months.",
        "yes_no",
        "you",
        ("nhs-back-pain", "nice-cks-lbp"),
        Rule(
            Urgency.URGENT,
            "Weak bones break more easily, so a doctor should check for a break in the "
            "spine.",
        ),
    ),
    Question(
        "immunosuppressed_or_iv_drug_use",
        "Is your immune system weak, for example because of a medicine or an illness, "
        "or do you inject drugs?",
        "Your immune system is the way your body fights germs.",
        "yes_no",
        "you",
        ("nice-cks-lbp",),
        Rule(
            Urgency.SEE_GP,
            "A weak immune system, or injecting drugs, makes an infection more likely, "
            "so a GP should check your back pain.",
        ),
    ),
)

QUESTION = MappingProxyType({question.id: question for question in QUESTIONS})
"""Question id -> question."""

SEVERAL_WARNING_SIGNS = "several_warning_signs"
"""Reason id of the seed's rule: two or more of its warning signs together."""

COMBINATIONS = (
    Combination(
        SEVERAL_WARNING_SIGNS,
        (
            "bladder_bowel_change",
            "saddle_numbness",
            "leg_weakness",
            "radiating_leg_pain",
            "sharp_flank_pain",
        ),
        2,
        Urgency.EMERGENCY,
        "You have two or more warning signs at the same time. Together they can mean a "
        "serious problem with your spine that needs help now.",
        _SEED,
    ),
    Combination(
        "immunosuppressed_with_fever",
        ("immunosuppressed_or_iv_drug_use", "fever"),
        2,
        Urgency.URGENT,
        "A high temperature with a weak immune system, or with injecting drugs, makes an "
        "infection of the spine more likely.",
        ("nice-cks-lbp",),
    ),
)

CAUSE_FITS = (
    CauseFit("muscle_strain", "started_after_lifting_or_twisting", _SEED),
    CauseFit("muscle_strain", "recurring_cramps", _SEED),
    CauseFit("herniated_disc", "radiating_leg_pain", ("verywell-back-cramps", "nhs-sciatica")),
    CauseFit("herniated_disc", "worse_with_cough_sneeze_or_toilet", ("nhs-back-pain",)),
    CauseFit("sciatica", "radiating_leg_pain", ("nhs-sciatica", "verywell-back-cramps")),
    CauseFit("sciatica", "pain_both_legs", ("nhs-sciatica",)),
)

CAUSES_NOTE = Notice(
    "causes_note",
    "These causes may fit your answers. This is not a diagnosis: only a doctor who "
    "examines you can say what causes your pain.",
    ("verywell-back-cramps", "nice-ng59"),
)

ADVICE = MappingProxyType(
    {
        Urgency.EMERGENCY: Advice(
            Urgency.EMERGENCY,
            "Emergency",
            "Call {emergency} or go to A&E now",
            "Call {emergency} or go to A&E (the emergency department) now. Take this "
            "list of your answers with you if you can.",
            "Now. Do not wait to see if it gets better.",
            ":material/emergency:",
            "red",
            ("nhs-back-pain", "nhs-ces"),
        ),
        Urgency.URGENT: Advice(
            Urgency.URGENT,
            "Urgent",
            "Get medical advice today",
            "Call {urgent}, or ask your GP surgery for an urgent appointment. Tell them "
            "which warning signs you have.",
            "Today.",
            ":material/warning:",
            "orange",
            ("nhs-back-pain",),
        ),
        Urgency.SEE_GP: Advice(
            Urgency.SEE_GP,
            "See a GP",
            "Book an appointment with a GP",
            "Make an appointment with a GP to talk about your back pain. Until then, keep "
            "moving as much as you can.",
            "Soon, but it does not need to be today.",
            ":material/stethoscope:",
            "blue",
            ("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
        ),
        Urgency.SELF_CARE: Advice(
            Urgency.SELF_CARE,
            "Self-care",
            "You can look after your back at home",
            "Keep moving and carry on with daily life as much as you can. Long bed rest "
            "slows recovery. Heat, gentle stretches and advice from a pharmacist on pain "
            "relief can help.",
            "Most back pain gets better within a few weeks.",
            ":material/self_improvement:",
            "green",
            ("nhs-back-pain", "acp-2017", "verywell-back-cramps"),
        ),
    }
)
"""Urgency -> what to do. Use `advice_for()` to get the texts with phone numbers."""

_CALL_IF_EMERGENCY_SIGN = Notice(
    "emergency_sign_appears",
    "If you get an emergency sign, call {emergency} or go to A&E straight away. Two "
    "examples are numbness around your bottom and trouble peeing.",
    ("nhs-back-pain", "nhs-ces"),
)
_CALL_IF_URGENT_SIGN = Notice(
    "urgent_sign_appears",
    "If you get a high temperature, lose weight without trying, or the pain gets worse "
    "at night, call {urgent} or ask for an urgent GP appointment.",
    ("nhs-back-pain",),
)
_SEE_GP_IF_NOT_BETTER = Notice(
    "not_better",
    "See a GP if the pain is not getting better after a few weeks, if it stops you "
    "doing everyday things, or if cramps keep coming back.",
    ("nhs-back-pain", "verywell-back-cramps"),
)
_ACT_FAST = Notice(
    "act_fast",
    "Go even if the pain eases. Some of these problems need treatment within hours to "
    "stop lasting harm.",
    ("nhs-ces",),
)

SAFETY_NET = MappingProxyType(
    {
        Urgency.EMERGENCY: (_ACT_FAST,),
        Urgency.URGENT: (_CALL_IF_EMERGENCY_SIGN,),
        Urgency.SEE_GP: (_CALL_IF_EMERGENCY_SIGN, _CALL_IF_URGENT_SIGN),
        Urgency.SELF_CARE: (
            _SEE_GP_IF_NOT_BETTER,
            _CALL_IF_EMERGENCY_SIGN,
            _CALL_IF_URGENT_SIGN,
        ),
    }
)
"""Urgency -> when to seek help if things change. Use `safety_net_for()` for numbers."""

DOCTOR_WILL = MappingProxyType(
    {
        Urgency.EMERGENCY: DoctorVisit(
            Urgency.EMERGENCY,
            "At the hospital a doctor will ask what happened and check your back, legs "
            "and feeling. You may need a scan straight away, most often an MRI, which "
            "shows the nerves and discs. If MRI is not possible, a CT scan or a "
            "myelogram can be used.",
            ("history", "movement_tests", "mri", "ct", "myelogram", "blood_tests"),
            ("nhs-ces", "nice-ng59", "verywell-back-cramps"),
        ),
        Urgency.URGENT: DoctorVisit(
            Urgency.URGENT,
            "A doctor will ask about your pain and your health, and check your back and "
            "legs. Because of the warning signs, they may ask for blood tests, an X-ray "
            "or an MRI scan, or a nerve test such as EMG.",
            ("history", "movement_tests", "blood_tests", "xray", "mri", "emg"),
            ("nice-ng59", "choosing-wisely-imaging", "verywell-back-cramps"),
        ),
        Urgency.SEE_GP: DoctorVisit(
            Urgency.SEE_GP,
            "Your GP will ask about your pain and your health. They will watch you bend "
            "and walk, and test the strength and feeling in your legs. Most people do not "
            "need a scan unless there is a warning sign.",
            ("history", "movement_tests"),
            ("nice-ng59", "choosing-wisely-imaging", "verywell-back-cramps"),
        ),
        Urgency.SELF_CARE: DoctorVisit(
            Urgency.SELF_CARE,
            "If you see a doctor, they will ask about your pain and check how you move. "
            "A scan is not needed for most new back pain without warning signs.",
            ("history", "movement_tests"),
            ("nice-ng59", "choosing-wisely-imaging", "verywell-back-cramps"),
        ),
    }
)
"""Urgency -> what a doctor will likely do, with the diagnosis steps it involves."""

SUMMARY_TITLE: Prose = "Back pain check: a summary for your appointment"
SUMMARY_DATE: Prose = "Date"
SUMMARY_RESULT: Prose = "Result"
SUMMARY_HOW_SOON: Prose = "How soon"
SUMMARY_WHY: Prose = "Why"
SUMMARY_NO_WARNING_SIGNS: Prose = "None of the answers is a warning sign."
SUMMARY_ANSWERS: Prose = "Answers"
SUMMARY_YES: Prose = "Yes"
SUMMARY_OTHERS_NOT_YES: Prose = "The answer to every other question was no, or not given."
SUMMARY_IF_THINGS_CHANGE: Prose = "If things change"
SUMMARY_NOT_A_DIAGNOSIS: Prose = (
    "This is not a diagnosis. It lists the answers given to the BackInfo symptom checker "
    "to help you talk with a doctor."
)

_PHASE_BOUNDS_WEEKS = (6, 12)  # acute < 6 <= subacute <= 12 < chronic (acp-2017, nice-cks-lbp)
_INTEGER_TEXT = re.compile(r"[0-9]{1,4}")
_NUMBER_TEXT = re.compile(r"[0-9]{1,4}(\.[0-9]{1,20})?([eE]-?[0-9]{1,3})?")


def assess(answers: Mapping[str, object]) -> Assessment:
    """Assess the answers: the highest urgency any rule gives, with every reason.

    A missing answer (or None) means 'no' or 'not given'. Raises ValueError naming the
    question for an unknown id, a wrong type or a value out of range.
    """
    given = _checked(answers)
    reasons = sorted(_reasons(given), key=lambda reason: -reason.urgency)
    urgency = max((reason.urgency for reason in reasons), default=Urgency.SELF_CARE)
    return Assessment(
        urgency=urgency,
        reasons=tuple(reasons),
        phase=phase(given.get("pain_duration_weeks")),
        possible_causes=_possible_causes(given),
    )


def phase(duration_weeks: float | None) -> Phase | None:
    """Acute under 6 weeks, subacute 6 to 12, chronic over 12 (acp-2017, nice-cks-lbp)."""
    if duration_weeks is None:
        return None
    subacute_from, chronic_after = _PHASE_BOUNDS_WEEKS
    if duration_weeks < subacute_from:
        return "acute"
    return "subacute" if duration_weeks <= chronic_after else "chronic"


def _reasons(given: Mapping[str, Answer]) -> Iterator[Reason]:
    # Walk the rules in table order, never the answers' order, so order cannot matter.
    for question in QUESTIONS:
        value = given.get(question.id)
        rule = question.rule
        if rule is None or value is None:
            continue
        applies = value is True if rule.at_least is None else value >= rule.at_least
        if applies:
            yield Reason(question.id, rule.reason, rule.urgency)
    for combination in COMBINATIONS:
        yeses = sum(given.get(qid) is True for qid in combination.question_ids)
        if yeses >= combination.at_least:
            yield Reason(combination.id, combination.reason, combination.urgency)


def _possible_causes(given: Mapping[str, Answer]) -> tuple[PossibleCause, ...]:
    fitting: dict[str, list[str]] = {}
    for fit in CAUSE_FITS:
        if given.get(fit.question_id) is True:
            fitting.setdefault(fit.cause_id, []).append(fit.question_id)
    return tuple(PossibleCause(cause, tuple(ids)) for cause, ids in fitting.items())


def _checked(answers: Mapping[str, object]) -> dict[str, Answer]:
    """The answers that were given, checked against their questions."""
    checked: dict[str, Answer] = {}
    for question_id, value in answers.items():
        question = QUESTION.get(question_id) if isinstance(question_id, str) else None
        if question is None:
            raise ValueError(f"Unknown question id {question_id!r}.")
        if value is not None:
            checked[question_id] = _checked_value(question, value)
    return checked


def _checked_value(question: Question, value: object) -> Answer:
    if question.kind == "yes_no":
        if not isinstance(value, bool):
            raise ValueError(f"{question.id}: expected True or False, got {value!r}.")
        return value
    if isinstance(value, bool) or not isinstance(value, Integral | Real):
        raise ValueError(f"{question.id}: expected a number, got {value!r}.")
    if question.kind == "integer" and not isinstance(value, Integral):
        raise ValueError(f"{question.id}: expected a whole number, got {value!r}.")
    number = int(value) if question.kind == "integer" else float(value)
    assert question.minimum is not None and question.maximum is not None
    if not question.minimum <= number <= question.maximum:  # also catches NaN
        raise ValueError(
            f"{question.id}: {value!r} is outside {question.minimum:g} to "
            f"{question.maximum:g}."
        )
    return number


def answers_from_query(
    params: Mapping[str, str | list[str]],
) -> tuple[dict[str, object], list[str]]:
    """Turn URL query parameters into valid answers, and the names of those ignored.

    Yes/no values: "1"/"0", "yes"/"no", "true"/"false" (any case). A key repeated with
    more than one value is ignored. Never raises: unknown, malformed or out-of-range
    parameters are left out and listed (as given: escape them before showing them).
    """
    answers: dict[str, object] = {}
    ignored: list[str] = []
    for key, raw in params.items():
        name = key if isinstance(key, str) else repr(key)
        value = query.single_value(raw)
        question = QUESTION.get(name)
        parsed = None if question is None or value is None else _parsed(question, value)
        if parsed is None:
            ignored.append(name)
        else:
            answers[name] = parsed
    return answers, ignored


def _parsed(question: Question, text: str) -> Answer | None:
    if question.kind == "yes_no":
        return query.yes_no(text)
    pattern = _INTEGER_TEXT if question.kind == "integer" else _NUMBER_TEXT
    if not pattern.fullmatch(text):
        return None
    value = int(text) if question.kind == "integer" else float(text)
    try:
        return _checked_value(question, value)
    except ValueError:
        return None


def answers_to_query(answers: Mapping[str, object]) -> dict[str, str]:
    """The query parameters for the answers: yes as "1", numbers as digits; no is left out.

    Raises ValueError like `assess` for answers that are not valid.
    """
    params: dict[str, str] = {}
    checked = _checked(answers)
    for question in QUESTIONS:  # page order, so links look the same every time
        value = checked.get(question.id)
        if value is True:
            params[question.id] = "1"
        elif isinstance(value, int) and not isinstance(value, bool):
            params[question.id] = str(value)
        elif isinstance(value, float):
            params[question.id] = repr(value + 0.0)  # + 0.0 turns -0.0 into 0.0
    return params


def advice_for(
    urgency: Urgency, emergency: str = EMERGENCY_NUMBER, urgent: str = URGENT_NUMBER
) -> Advice:
    """The advice for an urgency, with the phone numbers filled in."""
    advice = ADVICE[urgency]
    return replace(
        advice,
        title=_with_numbers(advice.title, emergency, urgent),
        what_to_do=_with_numbers(advice.what_to_do, emergency, urgent),
        how_soon=_with_numbers(advice.how_soon, emergency, urgent),
    )


def safety_net_for(
    urgency: Urgency, emergency: str = EMERGENCY_NUMBER, urgent: str = URGENT_NUMBER
) -> tuple[Notice, ...]:
    """When to seek help if things change, with the phone numbers filled in."""
    return tuple(
        replace(notice, text=_with_numbers(notice.text, emergency, urgent))
        for notice in SAFETY_NET[urgency]
    )


def _with_numbers(text: str, emergency: str, urgent: str) -> str:
    return text.format(emergency=emergency, urgent=urgent)


def summary_text(
    answers: Mapping[str, object],
    assessment: Assessment,
    today: date,
    *,
    clinic_lines: Sequence[str] = (),
    emergency: str = EMERGENCY_NUMBER,
    urgent: str = URGENT_NUMBER,
) -> str:
    """A plain-text summary to take to an appointment: result, reasons, answers, date."""
    checked = _checked(answers)
    advice = advice_for(assessment.urgency, emergency, urgent)
    lines = [*clinic_lines, *([""] if clinic_lines else [])]
    lines += [
        SUMMARY_TITLE,
        f"{SUMMARY_DATE}: {today.day} {today:%B %Y}",
        "",
        f"{SUMMARY_RESULT}: {advice.name}. {advice.title}.",
        advice.what_to_do,
        f"{SUMMARY_HOW_SOON}: {advice.how_soon}",
        "",
        f"{SUMMARY_WHY}:",
    ]
    lines += [f"- {reason.text}" for reason in assessment.reasons] or [
        f"- {SUMMARY_NO_WARNING_SIGNS}"
    ]
    lines += ["", f"{SUMMARY_ANSWERS}:"]
    for question in QUESTIONS:
        value = checked.get(question.id)
        if value is None or value is False and question.kind == "yes_no":
            continue
        shown = SUMMARY_YES if value is True else f"{value:g}"
        lines.append(f"- {question.text} {shown}")
    if any(q.kind == "yes_no" and checked.get(q.id) is not True for q in QUESTIONS):
        lines.append(f"- {SUMMARY_OTHERS_NOT_YES}")
    lines += ["", f"{SUMMARY_IF_THINGS_CHANGE}:"]
    safety_net = safety_net_for(assessment.urgency, emergency, urgent)
    lines += [f"- {notice.text}" for notice in safety_net]
    lines += ["", SUMMARY_NOT_A_DIAGNOSIS]
    return "\n".join(lines) + "\n"
