"""The symptom checker's questions, in page order: emergency signs first.

Each group is a block on the page. Questions the chiropractor check also asks come from
`backinfo.shared_questions`. A question's id is its widget key and its name in the page
address: saved links use it, so it never changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from backinfo.model import Prose
from backinfo.questionnaire import Question
from backinfo.shared_questions import (
    BLADDER_BOWEL_CHANGE,
    CANCER_HISTORY,
    PAIN_BOTH_LEGS,
    PAIN_DURATION_WEEKS,
    PREGNANCY,
    SADDLE_NUMBNESS,
    SERIOUS_ACCIDENT,
    SEXUAL_FUNCTION_CHANGE,
    WEAK_BONES,
)


@dataclass(frozen=True)
class Group:
    """A block of questions on the page, in page order."""

    id: str
    title: Prose
    intro: Prose
    questions: tuple[Question, ...]


_SEED = ("verywell-back-cramps",)
_KIDNEY = ("verywell-back-cramps", "nhs-kidney-infection", "nhs-kidney-stones")

# Emergency signs: nhs-back-pain's 'call 999' list and the signs of cauda equina
# syndrome (nhs-ces). The bladder, bowel, sex and both-legs signs count only when new.
_EMERGENCY_SIGNS = (
    BLADDER_BOWEL_CHANGE,
    SADDLE_NUMBNESS,
    SEXUAL_FUNCTION_CHANGE,
    PAIN_BOTH_LEGS,
    SERIOUS_ACCIDENT,
    Question(
        id="chest_pain",
        text="Do you have pain in your chest as well as your back?",
        help="Answer yes for any new pain, pressure or tightness in your chest.",
        kind="yes_no",
        sources=("nhs-back-pain",),
    ),
)

# Urgent signs: nhs-back-pain's 'call 111' list, the red flags of nice-cks-lbp and
# nhs-glos-red-flags, and the kidney signs of the seed and the NHS kidney pages.
_URGENT_SIGNS = (
    Question(
        id="fever",
        text="Do you have a high temperature, or feel hot and shivery?",
        help="A high temperature is 38 degrees or more, or your chest or back feels hotter "
        "than usual.",
        kind="yes_no",
        sources=("nhs-back-pain", "nice-cks-lbp"),
    ),
    Question(
        id="unexplained_weight_loss",
        text="Have you lost weight without trying?",
        help="Answer yes if you lost weight without a change in what you eat or how active "
        "you are.",
        kind="yes_no",
        sources=("nhs-back-pain", "nice-cks-lbp"),
    ),
    Question(
        id="night_or_rest_pain",
        text="Is your pain just as bad when you rest, or worse at night?",
        help="Pain from a strain usually eases when you lie still. Answer yes if it does not.",
        kind="yes_no",
        sources=("nhs-back-pain", "nice-cks-lbp"),
    ),
    Question(
        id="leg_weakness",
        text="Is one of your legs newly weak? For example, does your foot drag or slap down "
        "when you walk?",
        help="A foot that drags or slaps down is called foot drop.",
        kind="yes_no",
        sources=("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
    ),
    Question(
        id="spreading_numbness",
        text="Is numbness in your back, bottom or legs spreading?",
        help="Numbness means you feel less than usual when you touch the skin.",
        kind="yes_no",
        sources=("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
    ),
    Question(
        id="leg_symptoms_getting_worse",
        text="Is the weakness, numbness or pain in your leg getting worse quickly, over "
        "hours or days?",
        help="Answer yes if it is clearly worse today than a day or two ago.",
        kind="yes_no",
        sources=("nhs-glos-red-flags",),
    ),
    Question(
        id="painful_or_bloody_urination",
        text="Does it hurt when you pee, or is there blood in your pee?",
        help="Blood can make pee look pink, red or brown.",
        kind="yes_no",
        sources=_KIDNEY,
    ),
    Question(
        id="sharp_flank_pain",
        text="Do you have a sharp pain in your side, between your ribs and your hip?",
        help="Doctors call this part of your body the flank. Your kidneys sit just inside it.",
        kind="yes_no",
        sources=_KIDNEY,
    ),
    Question(
        id="back_swelling_or_deformity",
        text="Do you have a lump or swelling on your back, or has the shape of your back "
        "changed?",
        help="For example, a bump you did not have before, or your back now bends to one side.",
        kind="yes_no",
        sources=("nhs-back-pain",),
    ),
    Question(
        id="recent_fall_or_injury",
        text="Did your pain start after a fall, a knock or an injury?",
        help="Count a fall or knock that happened just before the pain started. A car crash "
        "or a fall from a height is a serious accident: answer the first questions.",
        kind="yes_no",
        sources=("nhs-glos-red-flags",),
    ),
    Question(
        id="worse_with_cough_sneeze_or_toilet",
        text="Is your pain worse when you cough, sneeze or have a poo?",
        help="Answer yes if these make the pain clearly worse, or send it down your leg.",
        kind="yes_no",
        sources=("nhs-back-pain",),
    ),
    Question(
        id="upper_back_pain",
        text="Is your pain high up in your back, between your shoulder blades, rather than "
        "low down?",
        help="Most back pain is in the lower back, below the ribs.",
        kind="yes_no",
        sources=("nhs-back-pain", "nice-cks-lbp"),
    ),
)

# About the pain: reasons to see a GP (nhs-back-pain, nhs-sciatica, the seed).
_ABOUT_THE_PAIN = (
    Question(
        id="pain_severity",
        text="How bad is your pain, from 0 (no pain) to 10 (the worst pain you can imagine)?",
        help="Mild pain comes and goes and does not stop you doing things. Very bad pain is "
        "there all the time and makes it hard to sleep, move, wash or dress.",
        kind="integer",
        sources=("nhs-back-pain", "verywell-back-cramps"),
        minimum=0,
        maximum=10,
    ),
    PAIN_DURATION_WEEKS,
    Question(
        id="radiating_leg_pain",
        text="Does pain, tingling or numbness run from your back down one leg?",
        help="Pain that runs from the lower back down a leg, sometimes to the foot, is called "
        "sciatica.",
        kind="yes_no",
        sources=("nhs-sciatica", "nice-cks-sciatica", "verywell-back-cramps"),
    ),
    Question(
        id="recurring_cramps",
        text="Do your back cramps keep coming back?",
        help="A back cramp, or spasm, is when back muscles tighten by themselves and will not "
        "let go.",
        kind="yes_no",
        sources=("nhs-back-pain", "verywell-back-cramps"),
    ),
    Question(
        id="interferes_with_daily_life",
        text="Does the pain stop you doing everyday things, such as work, washing or sleep?",
        help="Answer yes if you have had to stop or change what you normally do.",
        kind="yes_no",
        sources=("nhs-back-pain", "verywell-back-cramps"),
    ),
    Question(
        id="started_after_lifting_or_twisting",
        text="Did the pain start when you lifted, bent or twisted?",
        help="A sudden pull or twist is a common way to strain a back muscle.",
        kind="yes_no",
        sources=_SEED,
    ),
)

# About you: health problems that make a serious cause more likely (nice-cks-lbp,
# nhs-glos-red-flags), and pregnancy (nhs-preterm-labour).
_ABOUT_YOU = (
    Question(
        id="age_years",
        text="How old are you?",
        help="Give your age in whole years. It helps a doctor think about which causes are "
        "more likely.",
        kind="integer",
        sources=("nhs-glos-red-flags",),
        minimum=0,
        maximum=120,
    ),
    PREGNANCY,
    CANCER_HISTORY,
    WEAK_BONES,
    Question(
        id="immunosuppressed_or_iv_drug_use",
        text="Is your immune system weak, for example because of a medicine or an illness, "
        "or do you inject drugs?",
        help="Your immune system is the way your body fights germs.",
        kind="yes_no",
        sources=("nice-cks-lbp", "nhs-glos-red-flags"),
    ),
)

EMERGENCY_GROUP = Group(
    id="emergency",
    title="Do you need help right now?",
    intro="Start here. If you answer yes to any of these, you need help straight away.",
    questions=_EMERGENCY_SIGNS,
)
"""The emergency signs: asked first and alone; nothing after them is shown before each has
an answer (HAZ-22)."""

GROUPS = (
    EMERGENCY_GROUP,
    Group(
        id="urgent",
        title="Do you need to see a doctor today?",
        intro="These signs are not common. If you answer yes to any of them, get advice "
        "today.",
        questions=_URGENT_SIGNS,
    ),
    Group(
        id="pain",
        title="About your pain",
        intro="These questions show how much the pain affects you and what may cause it.",
        questions=_ABOUT_THE_PAIN,
    ),
    Group(
        id="you",
        title="About you and your health",
        intro="Some health problems mean that back pain should be checked sooner.",
        questions=_ABOUT_YOU,
    ),
)

GROUP_BY_ID: Mapping[str, Group] = MappingProxyType({group.id: group for group in GROUPS})

QUESTIONS: tuple[Question, ...] = tuple(q for group in GROUPS for q in group.questions)
"""Every question, in page order."""

QUESTION_BY_ID: Mapping[str, Question] = MappingProxyType({q.id: q for q in QUESTIONS})
