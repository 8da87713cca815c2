"""The symptom checker's rules: which answers raise the urgency to which level, and why.

The rules follow the warning-sign table of the clinical references (reference §2:
nhs-back-pain, nhs-ces, nhs-sciatica, nice-cks-lbp, nhs-glos-red-flags, the NHS kidney
pages, nhs-preterm-labour) and the seed article (verywell-back-cramps). `RULES` is the
table: each rule names the answers it needs, the urgency it raises to, its reason and its
sources; where a rule is a clinical choice, a comment beside it says why.
`backinfo.triage.assess` applies them: the urgency is the highest level any rule gives.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from types import MappingProxyType

from backinfo.model import Prose
from backinfo.questionnaire import SUBACUTE_FROM_WEEKS


class Urgency(IntEnum):
    """How soon to get help, lowest first."""

    SELF_CARE = 0
    SEE_GP = 1
    URGENT = 2
    EMERGENCY = 3


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
class Notice:
    """A short sourced message, such as a safety-net line."""

    id: str
    text: Prose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class CauseFit:
    """A yes to this question may fit this cause (cause ids as in backinfo.causes)."""

    cause_id: str
    question_id: str
    sources: tuple[str, ...]


_CES = ("nhs-ces", "nhs-back-pain", "verywell-back-cramps")
_SEED = ("verywell-back-cramps",)
_KIDNEY = ("verywell-back-cramps", "nhs-kidney-infection", "nhs-kidney-stones")

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
        reason="You have two or more signs at the same time that can mean nerves in your "
        "back are squashed. Together they can mean a serious problem that needs help now.",
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
        sources=("nhs-back-pain", "nhs-wales-gp-lbp-definitions", "verywell-back-cramps"),
        at_least=("pain_duration_weeks", SUBACUTE_FROM_WEEKS),
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



RULE_BY_ID: Mapping[str, Rule] = MappingProxyType({rule.id: rule for rule in RULES})

# "Not sure" (reference §2, "Not sure"): people often cannot tell whether they have a
# sign. A "not sure" counts as one level below what a yes would give with the same other
# answers: a sign whose yes means an emergency gives "get checked today", one whose yes
# means urgent gives "see a GP", and anything milder changes nothing. It never lowers what
# other answers give, because the urgency is always the highest level reached. The text
# repeats the question, so the person knows what to look out for.
NOT_SURE_TEXT: Mapping[Urgency, Notice] = MappingProxyType(
    {
        Urgency.EMERGENCY: Notice(
            id="not_sure_emergency",
            text="You were not sure about a sign that can mean an emergency: “{question}” "
            "Get checked today. If you find that you do have it, call the emergency number "
            "or go to A&E now.",
            sources=("nhs-back-pain", "nhs-ces"),
        ),
        Urgency.URGENT: Notice(
            id="not_sure_urgent",
            text="You were not sure about this: “{question}” With your other answers, a yes "
            "would mean getting advice today, so a GP should check it. If the answer turns "
            "out to be yes, get advice today.",
            sources=("nhs-back-pain",),
        ),
    }
)
"""What a "not sure" says, by the urgency a yes would give."""

CAUSE_FITS = (
    CauseFit(
        cause_id="muscle_strain",
        question_id="started_after_lifting_or_twisting",
        sources=_SEED,
    ),
    CauseFit(cause_id="muscle_strain", question_id="recurring_cramps", sources=_SEED),
    CauseFit(
        cause_id="herniated_disc",
        question_id="radiating_leg_pain",
        sources=("verywell-back-cramps", "nhs-sciatica"),
    ),
    CauseFit(
        cause_id="herniated_disc",
        question_id="worse_with_cough_sneeze_or_toilet",
        sources=("nhs-back-pain",),
    ),
    CauseFit(
        cause_id="sciatica",
        question_id="radiating_leg_pain",
        sources=("nhs-sciatica", "verywell-back-cramps"),
    ),
    CauseFit(cause_id="sciatica", question_id="pain_both_legs", sources=("nhs-sciatica",)),
)
"""Causes that may fit a yes. None is offered beside an emergency result: there, the
emergency explanation comes first and alone (hazard log HAZ-10)."""
