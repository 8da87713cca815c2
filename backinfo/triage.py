"""Symptom checker rules: answers in, an urgency with its reasons out. Pure functions.

The rules follow the warning-sign table of the clinical references (reference §2:
nhs-back-pain, nhs-ces, nhs-sciatica, nice-cks-lbp, nhs-glos-red-flags, the NHS kidney
pages, nhs-preterm-labour) and the seed article (verywell-back-cramps). `RULES` is the
table: each rule names the answers it needs, the urgency it raises to, its reason and
its sources; where a rule is a clinical choice, a comment beside it says why. The
urgency is the highest level any rule raises to.

Every yes/no question also takes the answer `NOT_SURE`. A "not sure" counts as one level
below what a yes would give in the same answers: a sign whose yes means an emergency
gives "get checked today", one whose yes means urgent gives "see a GP", and anything
milder changes nothing (reference §2, "Not sure"). It never lowers what other answers
give, because the urgency is always the highest level reached.

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
NOT_SURE = query.NOT_SURE
"""The third answer to a yes/no question, besides True and False."""
Answer = bool | int | float | Literal["not_sure"]


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
class Question:
    """One question of the symptom checker. Its id is also the widget key and query key."""

    id: str
    text: Prose
    help: Prose
    kind: Literal["yes_no", "integer", "number"]
    group: str
    sources: tuple[str, ...]
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Rule:
    """What some answers raise the urgency to, and why.

    The rule applies when every question in `all_yes` is answered yes, at least
    `how_many` of `any_yes` are answered yes (when `any_yes` is given), and the number
    answers meet `at_least` and `below` (question id, bound). A rule about one question
    has that question's id as its own id.
    """

    id: str
    urgency: Urgency
    reason: Prose
    sources: tuple[str, ...]
    all_yes: tuple[str, ...] = ()
    any_yes: tuple[str, ...] = ()
    how_many: int = 1
    at_least: tuple[str, float] | None = None
    below: tuple[str, float] | None = None
    doctor_visit: str | None = None  # an emergency rule's DOCTOR_VISIT_BY_ID key

    def yes_questions(self) -> tuple[str, ...]:
        """The yes/no questions whose yes this rule counts."""
        return (*self.all_yes, *self.any_yes)


@dataclass(frozen=True)
class CauseFit:
    """A yes to this question may fit this cause (cause ids as in backinfo.causes)."""

    cause_id: str
    question_id: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Reason:
    """Why the urgency is what it is: the rule id and a sentence.

    The rule id is a question id for a rule about one question, the id of a combination
    rule, or `<question id>:not_sure` for a "not sure" answer.
    """

    question_id: str
    text: Prose
    urgency: Urgency


@dataclass(frozen=True)
class PossibleCause:
    """A cause that may fit the answers, with the ids of the answers that fit it."""

    cause_id: str
    question_ids: tuple[str, ...]


@dataclass(frozen=True)
class Notice:
    """A short sourced message, such as a safety-net line."""

    id: str
    text: Prose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    """The result of `assess`: never a diagnosis."""

    urgency: Urgency
    reasons: tuple[Reason, ...]
    phase: Phase | None
    possible_causes: tuple[PossibleCause, ...]
    safety_net: tuple[Notice, ...] = ()  # use `safety_net_for()` for the phone numbers
    doctor_visits: tuple[DoctorVisit, ...] = ()


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
class DoctorVisit:
    """What a doctor will likely do, with diagnosis step ids."""

    id: str
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
_KIDNEY = ("verywell-back-cramps", "nhs-kidney-infection", "nhs-kidney-stones")

QUESTIONS = (
    # Emergency signs: nhs-back-pain's 'call 999' list and the signs of cauda equina
    # syndrome (nhs-ces). The bladder, bowel, sex and both-legs signs count only when new.
    Question(
        id="bladder_bowel_change",
        text="Since your back pain started, have you had new trouble with your bladder "
        "or bowels, such as leaking or finding it hard to pee?",
        help="For example, you leak pee or poo, you cannot feel when your bladder is full, "
        "or you cannot pee when you try. Do not count a problem you have had for a long "
        "time that a doctor knows about, such as a slow stream from a large prostate.",
        kind="yes_no",
        group="emergency",
        sources=_CES,
    ),
    Question(
        id="saddle_numbness",
        text="Do you feel numb or tingly around your bottom, your genitals or your inner "
        "thighs?",
        help="Doctors call this the saddle area: the parts of you that would touch a saddle "
        "if you sat on a bike.",
        kind="yes_no",
        group="emergency",
        sources=_CES,
    ),
    Question(
        id="sexual_function_change",
        text="Have you had new problems with sex, such as less feeling in your genitals or "
        "trouble getting an erection?",
        help="Only count changes that started with your back pain or since. A problem you "
        "have had for a long time, that a doctor knows about, does not count.",
        kind="yes_no",
        group="emergency",
        sources=("nhs-ces",),
    ),
    Question(
        id="pain_both_legs",
        text="Since your back pain started, have you had new pain, tingling, numbness or "
        "weakness in both legs?",
        help="Answer yes if both legs are affected, even if one is worse than the other. Do "
        "not count numb feet you have had for a long time, for example from diabetes, "
        "that a doctor knows about.",
        kind="yes_no",
        group="emergency",
        sources=("nhs-back-pain", "nhs-sciatica", "nhs-ces"),
    ),
    Question(
        id="serious_accident",
        text="Did your back pain start after a serious accident, such as a car crash or a "
        "fall from a height?",
        help="A serious accident is one with a lot of force, not a small trip or bump.",
        kind="yes_no",
        group="emergency",
        sources=("nhs-back-pain",),
    ),
    Question(
        id="chest_pain",
        text="Do you have pain in your chest as well as your back?",
        help="Answer yes for any new pain, pressure or tightness in your chest.",
        kind="yes_no",
        group="emergency",
        sources=("nhs-back-pain",),
    ),
    # Urgent signs: nhs-back-pain's 'call 111' list, the red flags of nice-cks-lbp and
    # nhs-glos-red-flags, and the kidney signs of the seed and the NHS kidney pages.
    Question(
        id="fever",
        text="Do you have a high temperature, or feel hot and shivery?",
        help="A high temperature is 38 degrees or more, or your chest or back feels hotter "
        "than usual.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-back-pain", "nice-cks-lbp"),
    ),
    Question(
        id="unexplained_weight_loss",
        text="Have you lost weight without trying?",
        help="Answer yes if you lost weight without a change in what you eat or how active "
        "you are.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-back-pain", "nice-cks-lbp"),
    ),
    Question(
        id="night_or_rest_pain",
        text="Is your pain just as bad when you rest, or worse at night?",
        help="Pain from a strain usually eases when you lie still. Answer yes if it does not.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-back-pain", "nice-cks-lbp"),
    ),
    Question(
        id="leg_weakness",
        text="Is one of your legs newly weak? For example, does your foot drag or slap down "
        "when you walk?",
        help="A foot that drags or slaps down is called foot drop.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
    ),
    Question(
        id="spreading_numbness",
        text="Is numbness in your back, bottom or legs spreading?",
        help="Numbness means you feel less than usual when you touch the skin.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
    ),
    Question(
        id="leg_symptoms_getting_worse",
        text="Is the weakness, numbness or pain in your leg getting worse quickly, over "
        "hours or days?",
        help="Answer yes if it is clearly worse today than a day or two ago.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-glos-red-flags",),
    ),
    Question(
        id="painful_or_bloody_urination",
        text="Does it hurt when you pee, or is there blood in your pee?",
        help="Blood can make pee look pink, red or brown.",
        kind="yes_no",
        group="urgent",
        sources=_KIDNEY,
    ),
    Question(
        id="sharp_flank_pain",
        text="Do you have a sharp pain in your side, between your ribs and your hip?",
        help="Doctors call this part of your body the flank. Your kidneys sit just inside it.",
        kind="yes_no",
        group="urgent",
        sources=_KIDNEY,
    ),
    Question(
        id="back_swelling_or_deformity",
        text="Do you have a lump or swelling on your back, or has the shape of your back "
        "changed?",
        help="For example, a bump you did not have before, or your back now bends to one side.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-back-pain",),
    ),
    Question(
        id="recent_fall_or_injury",
        text="Did your pain start after a fall, a knock or an injury?",
        help="Count a fall or knock that happened just before the pain started. A car crash "
        "or a fall from a height is a serious accident: answer the first questions.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-glos-red-flags",),
    ),
    Question(
        id="worse_with_cough_sneeze_or_toilet",
        text="Is your pain worse when you cough, sneeze or have a poo?",
        help="Answer yes if these make the pain clearly worse, or send it down your leg.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-back-pain",),
    ),
    Question(
        id="upper_back_pain",
        text="Is your pain high up in your back, between your shoulder blades, rather than "
        "low down?",
        help="Most back pain is in the lower back, below the ribs.",
        kind="yes_no",
        group="urgent",
        sources=("nhs-back-pain", "nice-cks-lbp"),
    ),
    # About the pain: reasons to see a GP (nhs-back-pain, nhs-sciatica, the seed).
    Question(
        id="pain_severity",
        text="How bad is your pain, from 0 (no pain) to 10 (the worst pain you can imagine)?",
        help="Mild pain comes and goes and does not stop you doing things. Very bad pain is "
        "there all the time and makes it hard to sleep, move, wash or dress.",
        kind="integer",
        group="pain",
        sources=("nhs-back-pain", "verywell-back-cramps"),
        minimum=0,
        maximum=10,
    ),
    Question(
        id="pain_duration_weeks",
        text="How many weeks have you had this pain?",
        help="If it is less than a week, you can give part of a week, such as 0.5.",
        kind="number",
        group="pain",
        sources=("nhs-back-pain", "nhs-wales-gp-lbp-definitions", "verywell-back-cramps"),
        minimum=0,
        maximum=520,
    ),
    Question(
        id="radiating_leg_pain",
        text="Does pain, tingling or numbness run from your back down one leg?",
        help="Pain that runs from the lower back down a leg, sometimes to the foot, is called "
        "sciatica.",
        kind="yes_no",
        group="pain",
        sources=("nhs-sciatica", "nice-cks-sciatica", "verywell-back-cramps"),
    ),
    Question(
        id="recurring_cramps",
        text="Do your back cramps keep coming back?",
        help="A back cramp, or spasm, is when back muscles tighten by themselves and will not "
        "let go.",
        kind="yes_no",
        group="pain",
        sources=("nhs-back-pain", "verywell-back-cramps"),
    ),
    Question(
        id="interferes_with_daily_life",
        text="Does the pain stop you doing everyday things, such as work, washing or sleep?",
        help="Answer yes if you have had to stop or change what you normally do.",
        kind="yes_no",
        group="pain",
        sources=("nhs-back-pain", "verywell-back-cramps"),
    ),
    Question(
        id="started_after_lifting_or_twisting",
        text="Did the pain start when you lifted, bent or twisted?",
        help="A sudden pull or twist is a common way to strain a back muscle.",
        kind="yes_no",
        group="pain",
        sources=_SEED,
    ),
    # About you: health problems that make a serious cause more likely (nice-cks-lbp,
    # nhs-glos-red-flags), and pregnancy (nhs-preterm-labour).
    Question(
        id="age_years",
        text="How old are you?",
        help="Give your age in whole years. It helps a doctor think about which causes are "
        "more likely.",
        kind="integer",
        group="you",
        sources=("nhs-glos-red-flags",),
        minimum=0,
        maximum=120,
    ),
    Question(
        id="pregnancy",
        text="Are you pregnant?",
        help="Back pain is common in pregnancy. Before 37 weeks, cramps that come and go, or "
        "backache that is not usual for you, can be a sign that labour is starting early.",
        kind="yes_no",
        group="you",
        sources=("nhs-preterm-labour",),
    ),
    Question(
        id="cancer_history",
        text="Have you ever had cancer?",
        help="Answer yes even if the cancer was treated a long time ago.",
        kind="yes_no",
        group="you",
        sources=("nice-cks-lbp",),
    ),
    Question(
        id="steroid_use_or_osteoporosis",
        text="Do you have thin, weak bones (osteoporosis), or have you taken steroid tablets "
        "for a long time?",
        help="Steroid tablets, such as prednisolone, can make bones weaker when taken for "
        "months.",
        kind="yes_no",
        group="you",
        sources=("nhs-glos-red-flags", "nice-cks-lbp"),
    ),
    Question(
        id="immunosuppressed_or_iv_drug_use",
        text="Is your immune system weak, for example because of a medicine or an illness, "
        "or do you inject drugs?",
        help="Your immune system is the way your body fights germs.",
        kind="yes_no",
        group="you",
        sources=("nice-cks-lbp",),
    ),
)

QUESTION = MappingProxyType({question.id: question for question in QUESTIONS})
"""Question id -> question."""

NERVE_SIGNS = (
    "bladder_bowel_change",
    "saddle_numbness",
    "leg_weakness",
    "radiating_leg_pain",
    "pain_both_legs",
)
"""The seed's warning signs that come from squashed nerves (reference §2)."""

SEVERAL_WARNING_SIGNS = "several_warning_signs"
"""Rule id of the seed's rule: two or more nerve warning signs together."""

RULES = (
    # Emergency: call 999 or go to A&E now.
    Rule(
        id="bladder_bowel_change",
        urgency=Urgency.EMERGENCY,
        reason="New trouble with your bladder or bowels can mean that the nerves at the "
        "bottom of your spine are badly squashed. This is called cauda equina syndrome.",
        sources=_CES,
        all_yes=("bladder_bowel_change",),
        doctor_visit="emergency_nerves",
    ),
    Rule(
        id="saddle_numbness",
        urgency=Urgency.EMERGENCY,
        reason="Numbness around your bottom or genitals can be a sign of cauda equina "
        "syndrome, when nerves in the lower spine are squashed.",
        sources=_CES,
        all_yes=("saddle_numbness",),
        doctor_visit="emergency_nerves",
    ),
    Rule(
        id="sexual_function_change",
        urgency=Urgency.EMERGENCY,
        reason="New changes in feeling or in how your genitals work can be a sign of cauda "
        "equina syndrome.",
        sources=("nhs-ces",),
        all_yes=("sexual_function_change",),
        doctor_visit="emergency_nerves",
    ),
    Rule(
        id="pain_both_legs",
        urgency=Urgency.EMERGENCY,
        reason="New nerve pain or weakness in both legs can mean that nerves in your lower "
        "spine are badly squashed.",
        sources=("nhs-back-pain", "nhs-sciatica", "nhs-ces"),
        all_yes=("pain_both_legs",),
        doctor_visit="emergency_nerves",
    ),
    Rule(
        id="serious_accident",
        urgency=Urgency.EMERGENCY,
        reason="Back pain after a serious accident can mean a broken bone in the spine.",
        sources=("nhs-back-pain",),
        all_yes=("serious_accident",),
        doctor_visit="emergency_accident",
    ),
    Rule(
        id="chest_pain",
        urgency=Urgency.EMERGENCY,
        reason="Chest pain with back pain can be a sign of a problem with your heart or a "
        "main blood vessel.",
        sources=("nhs-back-pain",),
        all_yes=("chest_pain",),
        doctor_visit="emergency_chest",
    ),
    # The seed: several warning signs together are an emergency. Read as the seed means
    # it (reference §2): nerve signs only. Sharp side pain is left out: the seed says it
    # is often a muscle injury or a kidney problem (see side_pain_with_nerve_sign).
    Rule(
        id=SEVERAL_WARNING_SIGNS,
        urgency=Urgency.EMERGENCY,
        reason="You have two or more signs that nerves in your back are squashed, at the "
        "same time. Together they can mean a serious problem that needs help now.",
        sources=("verywell-back-cramps", "nhs-back-pain"),
        any_yes=NERVE_SIGNS,
        how_many=2,
        doctor_visit="emergency_nerves",
    ),
    # Weakness or numbness getting quickly worse: a nerve squeezed more and more
    # (nhs-glos-red-flags: progressive deficit is an emergency).
    Rule(
        id="leg_weakness_getting_worse",
        urgency=Urgency.EMERGENCY,
        reason="Weakness or numbness in your leg that gets worse over hours or days can mean "
        "a nerve is being squashed more and more. This needs help now.",
        sources=("nhs-glos-red-flags", "nhs-back-pain"),
        all_yes=("leg_symptoms_getting_worse",),
        any_yes=("leg_weakness", "spreading_numbness"),
        doctor_visit="emergency_nerves",
    ),
    # Urgent: get advice today (call 111 or an urgent GP appointment).
    Rule(
        id="fever",
        urgency=Urgency.URGENT,
        reason="A high temperature with back pain can be a sign of an infection in your spine "
        "or your kidneys.",
        sources=("nhs-back-pain", "nice-cks-lbp"),
        all_yes=("fever",),
    ),
    Rule(
        id="unexplained_weight_loss",
        urgency=Urgency.URGENT,
        reason="Weight loss you cannot explain needs a check. Rarely, it is a sign of an "
        "infection or a cancer.",
        sources=("nhs-back-pain", "nice-cks-lbp"),
        all_yes=("unexplained_weight_loss",),
    ),
    Rule(
        id="night_or_rest_pain",
        urgency=Urgency.URGENT,
        reason="Pain that does not ease with rest, or is worse at night, can have a cause "
        "other than a strain, such as an infection.",
        sources=("nhs-back-pain", "nice-cks-lbp"),
        all_yes=("night_or_rest_pain",),
    ),
    Rule(
        id="leg_weakness",
        urgency=Urgency.URGENT,
        reason="New weakness in a leg can mean that a nerve in your back is being squashed.",
        sources=("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
        all_yes=("leg_weakness",),
    ),
    Rule(
        id="spreading_numbness",
        urgency=Urgency.URGENT,
        reason="Numbness that spreads can mean that a nerve problem is getting worse.",
        sources=("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
        all_yes=("spreading_numbness",),
    ),
    Rule(
        id="leg_pain_getting_worse",
        urgency=Urgency.URGENT,
        reason="Pain down your leg that gets worse quickly should be checked by a doctor "
        "today.",
        sources=("nhs-glos-red-flags",),
        all_yes=("leg_symptoms_getting_worse", "radiating_leg_pain"),
    ),
    Rule(
        id="painful_or_bloody_urination",
        urgency=Urgency.URGENT,
        reason="Pain when you pee, or blood in your pee, can be a sign of a kidney or "
        "bladder problem.",
        sources=_KIDNEY,
        all_yes=("painful_or_bloody_urination",),
    ),
    Rule(
        id="sharp_flank_pain",
        urgency=Urgency.URGENT,
        reason="Sharp pain in your side can come from a kidney problem rather than from "
        "your back.",
        sources=_KIDNEY,
        all_yes=("sharp_flank_pain",),
    ),
    # Side pain with a nerve sign: urgent, not a 999 spine emergency. Kidney colic can
    # spread down the leg, and a strain can cause both (reference §2). A nerve sign that
    # is an emergency on its own still gives an emergency through its own rule.
    Rule(
        id="side_pain_with_nerve_sign",
        urgency=Urgency.URGENT,
        reason="Sharp pain in your side together with another warning sign can come from "
        "your kidneys or from your spine. A doctor should check you today.",
        sources=("verywell-back-cramps", "nhs-kidney-stones"),
        all_yes=("sharp_flank_pain",),
        any_yes=NERVE_SIGNS,
    ),
    Rule(
        id="back_swelling_or_deformity",
        urgency=Urgency.URGENT,
        reason="A lump, a swelling or a change in shape can be a sign of a broken bone, an "
        "infection or a growth.",
        sources=("nhs-back-pain",),
        all_yes=("back_swelling_or_deformity",),
    ),
    Rule(
        id="worse_with_cough_sneeze_or_toilet",
        urgency=Urgency.URGENT,
        reason="Pain that gets worse when you cough, sneeze or poo can come from a nerve or "
        "a disc, so a doctor should check it soon.",
        sources=("nhs-back-pain",),
        all_yes=("worse_with_cough_sneeze_or_toilet",),
    ),
    Rule(
        id="upper_back_pain",
        urgency=Urgency.URGENT,
        reason="Pain high in the back has more possible causes than a simple strain, so a "
        "doctor should check it.",
        sources=("nhs-back-pain", "nice-cks-lbp"),
        all_yes=("upper_back_pain",),
    ),
    Rule(
        id="cancer_history",
        urgency=Urgency.URGENT,
        reason="If you have had cancer, a doctor should check that it has not spread to "
        "your spine.",
        sources=("nice-cks-lbp",),
        all_yes=("cancer_history",),
    ),
    # Weak bones break easily: new back pain is urgent even with no fall, because a
    # strain or lifting can be enough (nhs-glos-red-flags).
    Rule(
        id="steroid_use_or_osteoporosis",
        urgency=Urgency.URGENT,
        reason="Weak bones can break easily, even without a fall. A doctor should check "
        "for a break in your spine today.",
        sources=("nhs-glos-red-flags", "nice-cks-lbp"),
        all_yes=("steroid_use_or_osteoporosis",),
    ),
    Rule(
        id="fall_with_weak_bones",
        urgency=Urgency.URGENT,
        reason="A fall or knock with weak bones can break a bone in your spine.",
        sources=("nhs-glos-red-flags", "nice-cks-lbp"),
        all_yes=("recent_fall_or_injury", "steroid_use_or_osteoporosis"),
    ),
    Rule(
        id="immunosuppressed_with_fever",
        urgency=Urgency.URGENT,
        reason="A high temperature with a weak immune system, or with injecting drugs, makes "
        "an infection of the spine more likely.",
        sources=("nice-cks-lbp",),
        all_yes=("immunosuppressed_or_iv_drug_use", "fever"),
    ),
    # Pregnancy: before 37 weeks, cramps that come back may be early labour. Pregnancy
    # alone raises nothing: back pain in pregnancy is common (nhs-preterm-labour).
    Rule(
        id="pregnancy_with_recurring_cramps",
        urgency=Urgency.URGENT,
        reason="If you are less than 37 weeks pregnant, cramps that keep coming back can be "
        "a sign that labour is starting early. Call your midwife or maternity unit now.",
        sources=("nhs-preterm-labour",),
        all_yes=("pregnancy", "recurring_cramps"),
    ),
    # See a GP.
    # A small fall or knock without weak bones is usually a bruise or strain: the red
    # flags give it no rise (nhs-glos-red-flags). We still say "see a GP", one level up,
    # because the question cannot tell a small knock from a harder fall.
    Rule(
        id="recent_fall_or_injury",
        urgency=Urgency.SEE_GP,
        reason="Pain after a fall or knock is usually a bruise or a strain. A GP can check it "
        "if it does not ease.",
        sources=("nhs-glos-red-flags",),
        all_yes=("recent_fall_or_injury",),
    ),
    Rule(
        id="leg_symptoms_getting_worse",
        urgency=Urgency.SEE_GP,
        reason="Leg symptoms that are getting worse should be checked by a GP.",
        sources=("nhs-glos-red-flags",),
        all_yes=("leg_symptoms_getting_worse",),
    ),
    Rule(
        id="radiating_leg_pain",
        urgency=Urgency.SEE_GP,
        reason="Pain down one leg is often sciatica, from a squashed or sore nerve. It "
        "usually gets better in 4 to 6 weeks, but a GP should check it.",
        sources=("nhs-sciatica", "nice-cks-sciatica", "verywell-back-cramps"),
        all_yes=("radiating_leg_pain",),
    ),
    Rule(
        id="recurring_cramps",
        urgency=Urgency.SEE_GP,
        reason="Cramps that keep coming back are worth showing to a GP, to look for a cause "
        "that can be treated.",
        sources=("nhs-back-pain", "verywell-back-cramps"),
        all_yes=("recurring_cramps",),
    ),
    Rule(
        id="interferes_with_daily_life",
        urgency=Urgency.SEE_GP,
        reason="Pain that gets in the way of daily life is a good reason to see a GP.",
        sources=("nhs-back-pain", "verywell-back-cramps"),
        all_yes=("interferes_with_daily_life",),
    ),
    Rule(
        id="immunosuppressed_or_iv_drug_use",
        urgency=Urgency.SEE_GP,
        reason="A weak immune system, or injecting drugs, makes an infection more likely, so "
        "a GP should check your back pain.",
        sources=("nice-cks-lbp", "nhs-glos-red-flags"),
        all_yes=("immunosuppressed_or_iv_drug_use",),
    ),
    Rule(
        id="pain_severity",
        urgency=Urgency.SEE_GP,
        reason="Your pain is very bad: 8 or more out of 10. A GP can help you manage it and "
        "look for the cause.",
        sources=("nhs-back-pain", "verywell-back-cramps"),
        at_least=("pain_severity", 8),
    ),
    Rule(
        id="pain_duration_weeks",
        urgency=Urgency.SEE_GP,
        reason="You have had the pain for 6 weeks or more. Pain that is not getting better "
        "after a few weeks should be checked by a GP.",
        sources=("nhs-back-pain", "verywell-back-cramps"),
        at_least=("pain_duration_weeks", 6),
    ),
    # Children and teenagers: new back pain under 20 is a red flag (nhs-glos-red-flags);
    # NICE NG59 covers only people over 16. See a doctor.
    Rule(
        id="age_under_20",
        urgency=Urgency.SEE_GP,
        reason="Back pain is less common in children and young people, so a GP should check "
        "it.",
        sources=("nhs-glos-red-flags", "nice-ng59"),
        below=("age_years", 20),
    ),
    # New pain over 50: the red flags say a serious cause is more likely, though still
    # rare, and that age adds weight to night pain, weight loss and past cancer, which
    # are urgent here already. Age alone is not urgent; a plain strain at 63 need not go
    # to a GP. So this adds a reason and a summary line but no rise (hazard log HAZ-12).
    Rule(
        id="age_over_50",
        urgency=Urgency.SELF_CARE,
        reason="Over the age of 50, new back pain is a little more likely to have a cause "
        "other than a strain, though this is rare. See a GP if it does not get better.",
        sources=("nhs-glos-red-flags",),
        at_least=("age_years", 50),
    ),
)

RULE_BY_ID = MappingProxyType({rule.id: rule for rule in RULES})
"""Rule id -> rule."""

NOT_SURE_TEXT = MappingProxyType(
    {
        Urgency.EMERGENCY: Notice(
            "not_sure_emergency",
            "You were not sure about a sign that can mean an emergency: “{question}” Get "
            "checked today. If you find that you do have it, get help now.",
            ("nhs-back-pain", "nhs-ces"),
        ),
        Urgency.URGENT: Notice(
            "not_sure_urgent",
            "You were not sure about a warning sign: “{question}” A GP should check it. If "
            "you find that you do have it, get advice today.",
            ("nhs-back-pain",),
        ),
    }
)
"""What a "not sure" says, by the urgency a yes would give: it counts one level lower."""

CAUSE_FITS = (
    CauseFit("muscle_strain", "started_after_lifting_or_twisting", _SEED),
    CauseFit("muscle_strain", "recurring_cramps", _SEED),
    CauseFit("herniated_disc", "radiating_leg_pain", ("verywell-back-cramps", "nhs-sciatica")),
    CauseFit("herniated_disc", "worse_with_cough_sneeze_or_toilet", ("nhs-back-pain",)),
    CauseFit("sciatica", "radiating_leg_pain", ("nhs-sciatica", "verywell-back-cramps")),
    CauseFit("sciatica", "pain_both_legs", ("nhs-sciatica",)),
)
"""Causes that may fit a yes. None is offered beside an emergency result: there, the
emergency explanation comes first and alone."""

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
PREGNANCY_NOTICE = Notice(
    "pregnancy",
    "You are pregnant, or not sure. Before 37 weeks, call your midwife or maternity unit "
    "now if you get cramps that come and go, or backache that is not usual for you.",
    ("nhs-preterm-labour",),
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
"""Urgency -> when to seek help if things change. `assess` adds PREGNANCY_NOTICE when
the answer to `pregnancy` is yes or not sure; `safety_net_for()` fills in the numbers."""

DOCTOR_VISITS = (
    DoctorVisit(
        id="emergency_nerves",
        text="At the hospital a doctor will ask what happened and check your back, legs "
        "and feeling. You may need a scan straight away, most often an MRI, which "
        "shows the nerves and discs. If MRI is not possible, a CT scan or a "
        "myelogram can be used.",
        steps=("history", "movement_tests", "mri", "ct", "myelogram", "blood_tests"),
        sources=("nhs-ces", "nice-ng59", "verywell-back-cramps"),
    ),
    DoctorVisit(
        id="emergency_chest",
        text="At the hospital, doctors will first check your heart and the large blood "
        "vessels in your chest, because these can cause chest pain and back pain together.",
        steps=("history",),
        sources=("nhs-back-pain",),
    ),
    DoctorVisit(
        id="emergency_accident",
        text="At the hospital a doctor will ask how the accident happened and check your "
        "back, legs and feeling. An X-ray or a CT scan can show whether a bone is broken.",
        steps=("history", "movement_tests", "xray", "ct"),
        sources=("nhs-back-pain", "verywell-back-cramps"),
    ),
    DoctorVisit(
        id="urgent",
        text="A doctor will ask about your pain and your health, and check your back and "
        "legs. Because of the warning signs, they may ask for blood tests, an X-ray "
        "or an MRI scan, or a nerve test such as EMG.",
        steps=("history", "movement_tests", "blood_tests", "xray", "mri", "emg"),
        sources=("nice-ng59", "choosing-wisely-imaging", "verywell-back-cramps"),
    ),
    DoctorVisit(
        id="see_gp",
        text="Your GP will ask about your pain and your health. They will watch you bend "
        "and walk, and test the strength and feeling in your legs. Most people do not "
        "need a scan unless there is a warning sign.",
        steps=("history", "movement_tests"),
        sources=("nice-ng59", "choosing-wisely-imaging", "verywell-back-cramps"),
    ),
    DoctorVisit(
        id="self_care",
        text="If you see a doctor, they will ask about your pain and check how you move. "
        "A scan is not needed for most new back pain without warning signs.",
        steps=("history", "movement_tests"),
        sources=("nice-ng59", "choosing-wisely-imaging", "verywell-back-cramps"),
    ),
)

DOCTOR_VISIT_BY_ID = MappingProxyType({visit.id: visit for visit in DOCTOR_VISITS})
"""Visit id -> what a doctor will likely do. An emergency rule names its visit
(`Rule.doctor_visit`); other results use the urgency's visit."""

_VISIT_FOR_URGENCY = MappingProxyType(
    {Urgency.URGENT: "urgent", Urgency.SEE_GP: "see_gp", Urgency.SELF_CARE: "self_care"}
)

SUMMARY_TITLE: Prose = "Back pain check: a summary for your appointment"
SUMMARY_DATE: Prose = "Date"
SUMMARY_RESULT: Prose = "Result"
SUMMARY_HOW_SOON: Prose = "How soon"
SUMMARY_WHY: Prose = "Why"
SUMMARY_NO_WARNING_SIGNS: Prose = "None of the answers is a warning sign."
SUMMARY_ANSWERS: Prose = "Answers"
SUMMARY_YES: Prose = "Yes"
SUMMARY_NOT_SURE: Prose = "Not sure"
SUMMARY_OTHERS_NOT_YES: Prose = "The answer to every other question was no, or not given."
SUMMARY_IF_THINGS_CHANGE: Prose = "If things change"
SUMMARY_NOT_A_DIAGNOSIS: Prose = (
    "This is not a diagnosis. It lists the answers given to the BackInfo symptom checker "
    "to help you talk with a doctor."
)

_PHASE_BOUNDS_WEEKS = (6, 12)  # UK: acute < 6 <= subacute <= 12 < chronic (nhs-wales-...)
_INTEGER_TEXT = re.compile(r"[0-9]{1,4}")
_NUMBER_TEXT = re.compile(r"[0-9]{1,4}(\.[0-9]{1,20})?([eE]-?[0-9]{1,3})?")


def assess(answers: Mapping[str, object]) -> Assessment:
    """Assess the answers: the highest urgency any rule gives, with every reason.

    A missing answer (or None) means 'no' or 'not given'; a yes/no question also takes
    `NOT_SURE`. Raises ValueError naming the question for an unknown id, a wrong type or
    a value out of range.
    """
    given = _checked(answers)
    reasons = sorted(
        [*_reasons(given), *_not_sure_reasons(given)], key=lambda reason: -reason.urgency
    )
    urgency = max((reason.urgency for reason in reasons), default=Urgency.SELF_CARE)
    return Assessment(
        urgency=urgency,
        reasons=tuple(reasons),
        phase=phase(given.get("pain_duration_weeks")),
        possible_causes=() if urgency is Urgency.EMERGENCY else _possible_causes(given),
        safety_net=_safety_net(urgency, given),
        doctor_visits=_doctor_visits(urgency, reasons),
    )


def emergency_sign_ids() -> tuple[str, ...]:
    """The questions whose yes alone means an emergency, in page order."""
    alone = {
        rule.all_yes[0]
        for rule in RULES
        if rule.urgency is Urgency.EMERGENCY and len(rule.yes_questions()) == 1
    }
    return tuple(question.id for question in QUESTIONS if question.id in alone)


def phase(duration_weeks: float | None) -> Phase | None:
    """Acute under 6 weeks, subacute 6 to 12, chronic over 12: the UK convention
    (nhs-wales-gp-lbp-definitions)."""
    if duration_weeks is None:
        return None
    subacute_from, chronic_after = _PHASE_BOUNDS_WEEKS
    if duration_weeks < subacute_from:
        return "acute"
    return "subacute" if duration_weeks <= chronic_after else "chronic"


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
            yield Reason(rule.id, rule.reason, rule.urgency)


def _not_sure_reasons(given: Mapping[str, Answer]) -> Iterator[Reason]:
    """A "not sure" counts one level below what a yes would give with the other answers."""
    for question in QUESTIONS:
        if given.get(question.id) != NOT_SURE:
            continue
        as_yes = {**given, question.id: True}
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
            text = notice.text.format(question=question.text)
            yield Reason(f"{question.id}:{NOT_SURE}", text, Urgency(if_yes - 1))


def _possible_causes(given: Mapping[str, Answer]) -> tuple[PossibleCause, ...]:
    fitting: dict[str, list[str]] = {}
    for fit in CAUSE_FITS:
        if given.get(fit.question_id) is True:
            fitting.setdefault(fit.cause_id, []).append(fit.question_id)
    return tuple(PossibleCause(cause, tuple(ids)) for cause, ids in fitting.items())


def _safety_net(urgency: Urgency, given: Mapping[str, Answer]) -> tuple[Notice, ...]:
    pregnant = given.get("pregnancy") in (True, NOT_SURE)
    return (*SAFETY_NET[urgency], *((PREGNANCY_NOTICE,) if pregnant else ()))


def _doctor_visits(urgency: Urgency, reasons: Sequence[Reason]) -> tuple[DoctorVisit, ...]:
    if urgency is not Urgency.EMERGENCY:
        return (DOCTOR_VISIT_BY_ID[_VISIT_FOR_URGENCY[urgency]],)
    ids = dict.fromkeys(
        RULE_BY_ID[reason.question_id].doctor_visit
        for reason in reasons
        if reason.urgency is Urgency.EMERGENCY
    )
    return tuple(DOCTOR_VISIT_BY_ID[visit_id] for visit_id in ids if visit_id)


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
        if not isinstance(value, bool) and value != NOT_SURE:
            raise ValueError(
                f"{question.id}: expected True, False or {NOT_SURE!r}, got {value!r}."
            )
        return NOT_SURE if value == NOT_SURE else value  # type: ignore[return-value]
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

    Yes/no values: "1"/"0", "yes"/"no", "true"/"false" (any case), and "not_sure". A key
    repeated with more than one value is ignored. Never raises: unknown, malformed or
    out-of-range parameters are left out and listed (as given: escape them before
    showing them).
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
        return query.yes_no_or_not_sure(text)
    pattern = _INTEGER_TEXT if question.kind == "integer" else _NUMBER_TEXT
    if not pattern.fullmatch(text):
        return None
    value = int(text) if question.kind == "integer" else float(text)
    try:
        return _checked_value(question, value)
    except ValueError:
        return None


def answers_to_query(answers: Mapping[str, object]) -> dict[str, str]:
    """The query parameters for the answers: yes as "1", "not_sure" as itself, numbers as
    digits; no is left out.

    Raises ValueError like `assess` for answers that are not valid.
    """
    params: dict[str, str] = {}
    checked = _checked(answers)
    for question in QUESTIONS:  # page order, so links look the same every time
        value = checked.get(question.id)
        if value is True:
            params[question.id] = "1"
        elif value == NOT_SURE:
            params[question.id] = NOT_SURE
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
    assessment: Assessment, emergency: str = EMERGENCY_NUMBER, urgent: str = URGENT_NUMBER
) -> tuple[Notice, ...]:
    """When to seek help if things change, with the phone numbers filled in."""
    return tuple(
        replace(notice, text=_with_numbers(notice.text, emergency, urgent))
        for notice in assessment.safety_net
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
        if value is None or value is False:
            continue
        shown = (
            SUMMARY_YES if value is True else SUMMARY_NOT_SURE if value == NOT_SURE
            else f"{value:g}"
        )
        lines.append(f"- {question.text} {shown}")
    if any(q.kind == "yes_no" and checked.get(q.id) in (None, False) for q in QUESTIONS):
        lines.append(f"- {SUMMARY_OTHERS_NOT_YES}")
    lines += ["", f"{SUMMARY_IF_THINGS_CHANGE}:"]
    lines += [f"- {notice.text}" for notice in safety_net_for(assessment, emergency, urgent)]
    lines += ["", SUMMARY_NOT_A_DIAGNOSIS]
    return "\n".join(lines) + "\n"
