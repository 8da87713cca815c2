"""Is spinal manipulation by a chiropractor suitable? The questions, the rules and the explainer.

`assess(answers)` is pure: it takes the answers by question id and returns a `Suitability`.
Each rule in `RULES` names its sources. Firm reasons not to (WHO "absolute"
contraindications, who-chiro-2005; Hawk's table, hawk-2017-chiro) give `NOT_SUITABLE`;
conditions that need a clinician's judgement give `DOCTOR_MUST_DECIDE`. These "careful"
rules cite Hawk's table only: WHO also has a "relative" list, but it has not yet been
checked against the WHO text (clinical facts, section 6), so it is not cited for them.
Questions the symptom checker also asks come from `backinfo.shared_questions`.

Choices the references leave open:
- spinal_arthritis: the seed article (verywell-back-cramps) says manipulation is not suitable
  with spinal arthritis, so it gives NOT_SUITABLE. WHO and Hawk list wear-and-tear arthritis
  on its own among neither their firm nor their careful reasons; the reason text says both.
- spinal_cancer_or_tumour: cancer in the spine or a spinal cord tumour, as a doctor has told
  the person. WHO (absolute: malignancy of the spine, spinal cord tumours) and Hawk (bone
  tumours, spinal cord tumours): NOT_SUITABLE.
- cancer_history: WHO (absolute) and Hawk name cancer *in the spine* (a bone tumour or spread
  to the spine), not a past cancer. A past cancer is a warning sign that it may have spread
  there (nice-cks-lbp), which only a doctor can rule out. So DOCTOR_MUST_DECIDE: cautious
  (no manipulation until a doctor has checked) without claiming the sources forbid it.
  The symptom checker makes back pain after cancer urgent (today), and the reason says so.
- spinal_instability: WHO (absolute: signs of instability) and Hawk (structural instability:
  unstable spondylolisthesis, instability after surgery): NOT_SUITABLE.
- aortic_aneurysm: Hawk lists an unstable aortic aneurysm; a person cannot tell whether
  theirs is stable, so DOCTOR_MUST_DECIDE.
- numbness_or_weakness: asked as new, spreading or worsening numbness or weakness in one or
  both legs. WHO (absolute) and Hawk name a progressive or sudden nerve deficit, so
  NOT_SUITABLE. seek_care_now is True: the NHS treats it in both legs, or getting worse fast,
  as an emergency, and the one question cannot tell these apart from milder cases.
- sexual_function_change and pain_both_legs: the symptom checker's cauda equina signs,
  asked in its words (shared questions). WHO (absolute: cauda equina syndrome) gives
  NOT_SUITABLE; the NHS (nhs-ces) treats each as an emergency, so seek_care_now is True.
- serious_accident: the symptom checker's question (a car crash, a fall from a height). It
  can mean a broken bone in the spine, an emergency (nhs-back-pain); WHO (absolute: acute
  fractures) gives NOT_SUITABLE, and seek_care_now is True. recent_fracture_or_injury stays
  for smaller falls and injuries and a known break: NOT_SUITABLE, but not an emergency.
- spinal_infection_or_fever: NOT_SUITABLE (WHO, Hawk). A fever with back pain is urgent
  (same day, nhs-back-pain) rather than an emergency, so seek_care_now stays False and the
  reason says to see a doctor today.
- pregnancy: none of the references gives a rule. It does not change the verdict; its reason
  tells the person to tell both the doctor and the chiropractor, and says there is no rule.
- steroid_use_or_osteoporosis (old id `osteoporosis`): weak bones, or long-term steroid
  tablets, which weaken bones (nice-cks-lbp). Hawk names severe osteoporosis. Weak bones or
  steroids with back pain are urgent in the symptom checker (today: nice-cks-lbp,
  nhs-glos-red-flags), and the reason says so.
- pain_duration_weeks never changes the verdict; it changes the reason text. How long counts
  as new (under 6 weeks) or lasting (6 to 12 weeks) is the UK convention
  (nhs-wales-gp-lbp-definitions, `questionnaire.phase`). ACP (acp-2017) grades the evidence
  in two groups, up to 12 weeks (its acute and subacute pain) and over 12 weeks (chronic),
  and grades spinal manipulation low in both; so no reason says the evidence is weaker for
  new pain.
- "Not sure": see the comment above `NOT_SURE_GET_CHECKED_TODAY`.

Grades of evidence are not stated here: the page takes them, per phase, from the treatment
record `MANIPULATION_TREATMENT_ID` in `backinfo.treatments`, the one source of truth.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import IntEnum
from types import MappingProxyType

from backinfo import i18n, questionnaire
from backinfo.model import Prose, Topic
from backinfo.questionnaire import NOT_SURE, Phase, Question
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

MANIPULATION_TREATMENT_ID = "spinal_manipulation"


class Verdict(IntEnum):
    """How suitable spinal manipulation is, lowest (mildest) first."""

    MAY_HELP_AFTER_DOCTOR = 0
    DOCTOR_MUST_DECIDE = 1
    NOT_SUITABLE = 2


@dataclass(frozen=True)
class VerdictText:
    """What a verdict is called and what it means, with an icon and colour for the page."""

    verdict: Verdict
    title: Prose
    short: Prose  # a name of two or three words, for chart axes and tables
    meaning: Prose
    icon: str
    colour: str  # a Streamlit colour name; the page never shows colour alone
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """What a yes to one yes/no question means for spinal manipulation.

    Its id is the question's id; `label` names the condition in the chart and table.
    """

    id: str
    label: Prose
    verdict: Verdict
    seek_care_now: bool
    reason: Prose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Reason:
    """One reason behind a verdict.

    `rule_id` is the id of the rule that gave it, `<question id>:not_sure` for a "not
    sure" answer, `pain_duration_weeks` for the duration, or None for 'nothing against it'.
    """

    rule_id: str | None
    text: Prose
    verdict: Verdict
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Suitability:
    """The result of `assess`: the verdict, its reasons (most serious first), and urgency."""

    verdict: Verdict
    reasons: tuple[Reason, ...]
    seek_care_now: bool

    @property
    def text(self) -> VerdictText:
        return VERDICT_TEXT[self.verdict]


@dataclass(frozen=True)
class ConditionRow:
    """One row of 'the whole picture': a condition and the verdict it gives on its own."""

    question_id: str
    label: Prose
    verdict: Verdict
    seek_care_now: bool
    sources: tuple[str, ...]


@dataclass(frozen=True)
class EvidenceNote:
    """What studies say about manipulation for one phase of back pain; the grade is in
    the treatment record `treatment_id`, under `phase` (a phase id of backinfo.treatments)."""

    id: str
    title: Prose
    body: Prose
    treatment_id: str
    phase: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Ask:
    """A question to take to the doctor or to the chiropractor."""

    id: str
    who: str  # "doctor" or "chiropractor"
    about: Prose  # the group heading, e.g. "Their training"
    text: Prose
    sources: tuple[str, ...]


VERDICT_TEXT: Mapping[Verdict, VerdictText] = MappingProxyType(
    {
        Verdict.MAY_HELP_AFTER_DOCTOR: VerdictText(
            verdict=Verdict.MAY_HELP_AFTER_DOCTOR,
            title="May help, after a doctor's check",
            short="May help",
            meaning="Nothing in your answers rules out spinal manipulation. See a doctor "
            "first all the same. They can make sure nothing else is causing your pain.",
            icon=":material/check_circle:",
            colour="green",
            sources=("verywell-back-cramps", "who-chiro-2005"),
        ),
        Verdict.DOCTOR_MUST_DECIDE: VerdictText(
            verdict=Verdict.DOCTOR_MUST_DECIDE,
            title="Your doctor must decide first",
            short="Doctor decides",
            meaning="One of your answers may make manipulation risky. Only a doctor who "
            "knows your health can say if it is safe. They may suggest a gentler kind of "
            "treatment instead.",
            icon=":material/stethoscope:",
            colour="orange",
            sources=("who-chiro-2005", "hawk-2017-chiro"),
        ),
        Verdict.NOT_SUITABLE: VerdictText(
            verdict=Verdict.NOT_SUITABLE,
            title="Not suitable for you",
            short="Not suitable",
            meaning="Spinal manipulation should not be done with one or more of your "
            "answers. Talk to a doctor about other ways to treat your back.",
            icon=":material/block:",
            colour="red",
            sources=("who-chiro-2005", "hawk-2017-chiro", "verywell-back-cramps"),
        ),
    }
)


QUESTIONS: tuple[Question, ...] = (
    BLADDER_BOWEL_CHANGE,
    SADDLE_NUMBNESS,
    SEXUAL_FUNCTION_CHANGE,
    PAIN_BOTH_LEGS,
    Question(
        id="numbness_or_weakness",
        text="Do you have numbness or weakness in one or both legs that is new, spreading or "
        "getting worse?",
        help="For example, your foot drags or slaps when you walk, or a leg gives way.",
        kind="yes_no",
        sources=("nhs-back-pain", "nhs-sciatica", "who-chiro-2005", "hawk-2017-chiro"),
    ),
    SERIOUS_ACCIDENT,
    Question(
        id="recent_fracture_or_injury",
        text="Have you broken a bone in your back lately? Or did this pain start after a "
        "fall, an accident or another injury?",
        help="A doctor needs to rule out a broken bone first.",
        kind="yes_no",
        sources=("who-chiro-2005", "nhs-back-pain"),
    ),
    Question(
        id="spinal_infection_or_fever",
        text="Do you have an infection in your spine, or a high temperature with your back "
        "pain?",
        help="A high temperature means you feel hot and shivery.",
        kind="yes_no",
        sources=("who-chiro-2005", "hawk-2017-chiro", "nhs-back-pain"),
    ),
    Question(
        id="spinal_cancer_or_tumour",
        text="Has a doctor told you that you have cancer in the bones of your spine, or a "
        "tumour (a growth) in your spinal cord?",
        help="The spinal cord is the bundle of nerves that runs inside your spine. Answer "
        "yes if a cancer started in your spine or has spread there.",
        kind="yes_no",
        sources=("who-chiro-2005", "hawk-2017-chiro"),
    ),
    CANCER_HISTORY,
    Question(
        id="recent_spinal_surgery",
        text="Have you had an operation on your spine, or do you have metal screws or rods "
        "in it?",
        help="Answer yes for any spine operation in the past year, or any metal in your "
        "spine.",
        kind="yes_no",
        sources=("who-chiro-2005", "hawk-2017-chiro"),
    ),
    Question(
        id="spinal_instability",
        text="Has a doctor told you that part of your spine is unstable? For example, a bone "
        "in your spine has slipped and moves, or your spine is not stable after an operation.",
        help="Doctors call a slipped bone in the spine spondylolisthesis. Ask your doctor if "
        "you are not sure whether yours is stable.",
        kind="yes_no",
        sources=("who-chiro-2005", "hawk-2017-chiro"),
    ),
    Question(
        id="spinal_arthritis",
        text="Has a doctor told you that you have arthritis in your spine?",
        help="For example, wear and tear of the small joints at the back of the spine "
        "(facet joint arthritis). Ask your doctor if you are not sure.",
        kind="yes_no",
        sources=("verywell-back-cramps",),
    ),
    Question(
        id="inflammatory_arthritis",
        text="Do you have arthritis that makes your joints swell, such as rheumatoid "
        "arthritis or ankylosing spondylitis?",
        help="Ankylosing spondylitis is a kind of arthritis that makes the spine stiff and "
        "sore.",
        kind="yes_no",
        sources=("hawk-2017-chiro",),
    ),
    WEAK_BONES,
    Question(
        id="blood_thinners_or_bleeding_disorder",
        text="Do you take medicine to thin your blood, or do you have a problem that makes "
        "you bleed easily?",
        help="For example warfarin, or a condition such as haemophilia.",
        kind="yes_no",
        sources=("hawk-2017-chiro",),
    ),
    Question(
        id="aortic_aneurysm",
        text="Has a doctor told you that the main blood vessel in your chest or tummy is "
        "swollen?",
        help="Doctors call this an aortic aneurysm. Ask your doctor if you are not sure.",
        kind="yes_no",
        sources=("hawk-2017-chiro",),
    ),
    PREGNANCY,
    PAIN_DURATION_WEEKS,
)
"""The questions, in page order: emergency signs first."""

QUESTION_BY_ID: Mapping[str, Question] = MappingProxyType({q.id: q for q in QUESTIONS})


RULES: tuple[Rule, ...] = (
    Rule(
        id="bladder_bowel_change",
        label="Bladder or bowel changes",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=True,
        reason="Trouble with peeing or pooing can mean the nerves at the bottom of your "
        "spine are badly squeezed (cauda equina syndrome). This is an emergency. Do not see "
        "a chiropractor. Get medical help now.",
        sources=("who-chiro-2005", "nhs-ces", "nhs-back-pain", "verywell-back-cramps"),
    ),
    Rule(
        id="saddle_numbness",
        label="Numb bottom or genitals",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=True,
        reason="Numbness around your bottom or genitals can mean the nerves at the bottom of "
        "your spine are badly squeezed (cauda equina syndrome). This is an emergency. Do not "
        "see a chiropractor. Get medical help now.",
        sources=("who-chiro-2005", "nhs-ces", "nhs-back-pain", "verywell-back-cramps"),
    ),
    Rule(
        id="sexual_function_change",
        label="New problems with sex",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=True,
        reason="New problems with sex, or less feeling in your genitals, can mean the nerves "
        "at the bottom of your spine are badly squeezed (cauda equina syndrome). This is an "
        "emergency. Do not see a chiropractor. Get medical help now.",
        sources=("who-chiro-2005", "nhs-ces"),
    ),
    Rule(
        id="pain_both_legs",
        label="Pain or numbness in both legs",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=True,
        reason="New pain, tingling, numbness or weakness in both legs can mean the nerves at "
        "the bottom of your spine are badly squeezed (cauda equina syndrome). This is an "
        "emergency. Do not see a chiropractor. Get medical help now.",
        sources=("who-chiro-2005", "nhs-ces", "nhs-back-pain", "nhs-sciatica"),
    ),
    Rule(
        id="numbness_or_weakness",
        label="Numb or weak legs",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=True,
        reason="Numbness or weakness that is new or getting worse can mean a nerve is being "
        "squeezed more and more. Manipulation must not be done. Get medical help now. If it "
        "is in both legs, or getting worse fast, it is an emergency.",
        sources=(
            "who-chiro-2005",
            "hawk-2017-chiro",
            "nhs-back-pain",
            "nhs-sciatica",
            "verywell-back-cramps",
        ),
    ),
    Rule(
        id="serious_accident",
        label="Serious accident",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=True,
        reason="Back pain after a serious accident, such as a car crash or a fall from a "
        "height, can mean a broken bone in the spine. A broken bone must not be manipulated. "
        "This is an emergency. Do not see a chiropractor. Get medical help now.",
        sources=("who-chiro-2005", "nhs-back-pain"),
    ),
    Rule(
        id="recent_fracture_or_injury",
        label="Broken bone or injury",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=False,
        reason="A broken bone in the back must not be manipulated. After a fall or an "
        "injury, a doctor needs to check for a break first. If the pain began after a "
        "serious accident, such as a car crash, get help now.",
        sources=("who-chiro-2005", "nhs-back-pain", "nice-cks-lbp"),
    ),
    Rule(
        id="spinal_infection_or_fever",
        label="Infection or fever",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=False,
        reason="An infection in the spine rules out manipulation. A high temperature with "
        "back pain can be a sign of one. See a doctor today.",
        sources=("who-chiro-2005", "hawk-2017-chiro", "nhs-back-pain", "nice-cks-lbp"),
    ),
    Rule(
        id="spinal_cancer_or_tumour",
        label="Cancer or tumour in the spine",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=False,
        reason="Cancer in the bones of the spine, or a growth in the spinal cord, means "
        "manipulation must not be done. If you have had cancer, get medical advice about "
        "your back pain today.",
        sources=("who-chiro-2005", "hawk-2017-chiro", "nice-cks-lbp"),
    ),
    Rule(
        id="cancer_history",
        label="Cancer now or in the past",
        verdict=Verdict.DOCTOR_MUST_DECIDE,
        seek_care_now=False,
        reason="Cancer can sometimes spread to the bones of the spine. If it has, "
        "manipulation must not be done. Only a doctor can check this. Get medical advice "
        "about your back pain today.",
        sources=("who-chiro-2005", "hawk-2017-chiro", "nice-cks-lbp"),
    ),
    Rule(
        id="recent_spinal_surgery",
        label="Recent back surgery",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=False,
        reason="A spine that has had an operation, or has screws or rods in it, must not be "
        "manipulated in that part. Ask your surgeon which treatments are safe, and when.",
        sources=("who-chiro-2005", "hawk-2017-chiro"),
    ),
    Rule(
        id="spinal_instability",
        label="Unstable spine",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=False,
        reason="A spine that is not stable, such as one with a slipped bone that moves, must "
        "not be manipulated. Ask your doctor or surgeon which treatments are safe for you.",
        sources=("who-chiro-2005", "hawk-2017-chiro"),
    ),
    Rule(
        id="spinal_arthritis",
        label="Arthritis of the spine",
        verdict=Verdict.NOT_SUITABLE,
        seek_care_now=False,
        reason="The article this site is based on says manipulation is not suitable for "
        "arthritis of the spine. The WHO and chiropractic guidance we use do not list wear "
        "and tear on its own as a firm reason. We follow the more careful advice. Your "
        "doctor can tell you more.",
        sources=("verywell-back-cramps", "who-chiro-2005", "hawk-2017-chiro"),
    ),
    Rule(
        id="inflammatory_arthritis",
        label="Arthritis with swelling",
        verdict=Verdict.DOCTOR_MUST_DECIDE,
        seek_care_now=False,
        reason="A flare, when the joints are swollen and sore, may rule out manipulation. At "
        "other times a doctor may agree to gentle treatment.",
        sources=("hawk-2017-chiro",),
    ),
    Rule(
        id="steroid_use_or_osteoporosis",
        label="Weak bones",
        verdict=Verdict.DOCTOR_MUST_DECIDE,
        seek_care_now=False,
        reason="Weak bones break more easily. If the osteoporosis is severe, it may rule out "
        "manipulation. Steroid tablets taken for a long time can also weaken bones. With back "
        "pain, get medical advice today, so a doctor can check for a broken bone.",
        sources=("hawk-2017-chiro", "nice-cks-lbp", "nhs-glos-red-flags"),
    ),
    Rule(
        id="blood_thinners_or_bleeding_disorder",
        label="Blood thinners or bleeding problem",
        verdict=Verdict.DOCTOR_MUST_DECIDE,
        seek_care_now=False,
        reason="Blood thinners and bleeding problems raise the risk of bleeding inside the "
        "body. A doctor must check how well your blood clots before any manipulation.",
        sources=("hawk-2017-chiro",),
    ),
    Rule(
        id="aortic_aneurysm",
        label="Swollen main blood vessel",
        verdict=Verdict.DOCTOR_MUST_DECIDE,
        seek_care_now=False,
        reason="A swelling in this blood vessel that is not stable may rule out "
        "manipulation. Only your doctor can say if yours is stable, and if manipulation is "
        "safe.",
        sources=("hawk-2017-chiro",),
    ),
    Rule(
        id="pregnancy",
        label="You are pregnant",
        verdict=Verdict.MAY_HELP_AFTER_DOCTOR,
        seek_care_now=False,
        reason="Tell your doctor and the chiropractor that you are pregnant. The guidance we "
        "use gives no rule for pregnancy, so we cannot say more. They can choose what is "
        "safe for you.",
        sources=("who-chiro-2005", "hawk-2017-chiro"),
    ),
)
"""What a yes to each yes/no question means, in page order."""

RULE_BY_ID: Mapping[str, Rule] = MappingProxyType({rule.id: rule for rule in RULES})

# "Not sure" (a clinical choice, as in the symptom checker, where a "not sure" counts one
# level below a yes; hazard log HAZ-6). A person who cannot tell whether they have a
# condition that rules manipulation out, or that needs a doctor's judgement, cannot be told
# that it may help: only a doctor can find out. So "not sure" about any question whose yes
# gives NOT_SUITABLE or DOCTOR_MUST_DECIDE gives DOCTOR_MUST_DECIDE, with a reason to ask
# the doctor. On a sign whose yes means get help now (bladder or bowel, saddle numbness,
# sex, both legs, numbness or weakness, a serious accident) the reason says to get
# checked today instead, as the checker's "not sure" about an emergency sign does; like
# the checker, it does not call it an emergency. "Not sure" about pregnancy, whose yes
# changes no verdict, changes nothing.
# `assess` fills in the question and names the reason `<question id>:not_sure`.
NOT_SURE_GET_CHECKED_TODAY = Reason(
    rule_id=None,
    text="You were not sure about a sign that can mean an emergency: “{question}” Get "
    "checked by a doctor today, before any manipulation. If you find that you do have it, "
    "get help now.",
    verdict=Verdict.DOCTOR_MUST_DECIDE,
    sources=("nhs-back-pain", "nhs-ces", "who-chiro-2005"),
)
NOT_SURE_ASK_THE_DOCTOR = Reason(
    rule_id=None,
    text="You were not sure about this: “{question}” Ask your doctor before any "
    "manipulation. They can find out, and tell you if it is safe for you.",
    verdict=Verdict.DOCTOR_MUST_DECIDE,
    sources=("who-chiro-2005", "hawk-2017-chiro"),
)

NOTHING_AGAINST = Reason(
    rule_id=None,
    text="None of your answers rules out manipulation. A doctor should still check your "
    "back first. Some causes of back pain only show up when a doctor examines you.",
    verdict=Verdict.MAY_HELP_AFTER_DOCTOR,
    sources=("verywell-back-cramps", "who-chiro-2005", "nice-ng59"),
)
"""The reason given when no answer raises the verdict."""

DURATION_REASON_BY_PHASE: Mapping[Phase, Reason] = MappingProxyType(
    {
        "acute": Reason(
            rule_id=PAIN_DURATION_WEEKS.id,
            text="Your pain is new: it began less than 6 weeks ago. For pain of up to 12 "
            "weeks, manipulation may ease it a little. Most new back pain gets better by "
            "itself within a few weeks, and staying active helps.",
            verdict=Verdict.MAY_HELP_AFTER_DOCTOR,
            sources=("nhs-wales-gp-lbp-definitions", "acp-2017", "nhs-back-pain"),
        ),
        "subacute": Reason(
            rule_id=PAIN_DURATION_WEEKS.id,
            text="Your pain has lasted 6 to 12 weeks. For pain of up to 12 weeks, "
            "manipulation may ease it a little. See a doctor if it is not getting better.",
            verdict=Verdict.MAY_HELP_AFTER_DOCTOR,
            sources=("nhs-wales-gp-lbp-definitions", "acp-2017", "nhs-back-pain"),
        ),
        "chronic": Reason(
            rule_id=PAIN_DURATION_WEEKS.id,
            text="Your pain has lasted more than 12 weeks. For pain this long, manipulation "
            "may ease it a little, about as much as other treatments. In the UK, doctors "
            "may offer it only together with exercise.",
            verdict=Verdict.MAY_HELP_AFTER_DOCTOR,
            sources=(
                "nhs-wales-gp-lbp-definitions",
                "acp-2017",
                "nice-ng59",
                "verywell-back-cramps",
            ),
        ),
    }
)
"""What the evidence says for pain this long, by the UK phase (`questionnaire.phase`);
the evidence itself is in ACP's two groups (acp-2017)."""

SEEK_CARE_NOW = Topic(
    id="seek_care_now",
    title="Get medical help now",
    body="Some of your answers can be signs of an emergency, such as badly squeezed nerves "
    "or a broken bone in your back. Do not book a chiropractor. Get medical help now.",
    sources=("nhs-ces", "nhs-back-pain", "who-chiro-2005"),
)


WHAT_A_CHIROPRACTOR_DOES = Topic(
    id="what_a_chiropractor_does",
    title="What does a chiropractor do?",
    body="A chiropractor treats problems of the bones, joints and muscles, mostly of the "
    "spine. They use their hands to move, press and stretch your back. Many also give "
    "exercises and advice. A chiropractor may help with back cramps and pain, but see a "
    "doctor first.",
    sources=("who-chiro-2005", "verywell-back-cramps"),
)

WHAT_MANIPULATION_IS = Topic(
    id="what_manipulation_is",
    title="What is manipulation of the spine?",
    body="Spinal manipulation is a quick, firm push on a joint of the spine. It moves the "
    "joint a little further than you can move it yourself. You may hear a click. A gentler "
    "method, called mobilisation, moves the joint slowly with no sudden push.",
    sources=("who-chiro-2005", "hawk-2017-chiro"),
)

EVIDENCE: tuple[EvidenceNote, ...] = (
    EvidenceNote(
        id="up_to_12_weeks",
        title="Does it help pain of up to 12 weeks?",
        body="For pain that began up to 12 weeks ago, manipulation may ease pain a little. "
        "Most new back pain gets better by itself within a few weeks. Staying active helps.",
        treatment_id=MANIPULATION_TREATMENT_ID,
        phase="acute",
        sources=("acp-2017", "nhs-back-pain"),
    ),
    EvidenceNote(
        id="over_12_weeks",
        title="Does it help pain of more than 12 weeks?",
        body="For pain that has lasted more than 12 weeks, manipulation can ease pain a "
        "little. The gain is about the same as from other treatments, such as exercise. In "
        "the UK, NICE says to think about it only as part of a plan that includes exercise.",
        treatment_id=MANIPULATION_TREATMENT_ID,
        phase="chronic",
        sources=("acp-2017", "nice-ng59", "verywell-back-cramps"),
    ),
)
"""The evidence in ACP's two groups, up to and over 12 weeks (acp-2017), which grades
manipulation low in both; the page shows each group's grade from `backinfo.treatments`."""

MILD_AFTER_EFFECTS = Topic(
    id="mild_after_effects",
    title="Common, mild side effects",
    body="Many people feel sore or stiff for a day or two after a session. This is common "
    "and goes away by itself.",
    sources=("who-chiro-2005", "hawk-2017-chiro"),
)

SERIOUS_AFTER_EFFECTS = Topic(
    id="serious_after_effects",
    title="Rare, serious harm",
    body="Serious harm after manipulation of the lower back is very rare. Get help now if "
    "you have new numbness, weakness or trouble peeing after a session.",
    sources=("who-chiro-2005", "nhs-ces"),
)

WHY_A_DOCTOR_FIRST = Topic(
    id="why_a_doctor_first",
    title="Why see a doctor first?",
    body="Back pain has many causes. A few of them, such as a broken bone, an infection or "
    "cancer, need other care, and manipulation could make them worse. A doctor can check "
    "for these. They can also check for problems you may not know about, such as a swollen "
    "main blood vessel.",
    sources=("verywell-back-cramps", "who-chiro-2005", "hawk-2017-chiro", "nice-ng59"),
)

ASK_DOCTOR: tuple[Ask, ...] = (
    Ask(
        id="doctor_any_reason_not",
        who="doctor",
        about="Is it safe for me?",
        text="Is there any reason I should not have my spine manipulated?",
        sources=("who-chiro-2005", "verywell-back-cramps"),
    ),
    Ask(
        id="doctor_other_cause",
        who="doctor",
        about="Is it safe for me?",
        text="Could my pain have a cause that needs other tests or treatment first?",
        sources=("verywell-back-cramps", "nice-ng59"),
    ),
    Ask(
        id="doctor_what_first",
        who="doctor",
        about="What else could help?",
        text="Which treatments should I try first, such as exercise or physiotherapy?",
        sources=("nice-ng59", "acp-2017"),
    ),
    Ask(
        id="doctor_what_to_tell",
        who="doctor",
        about="What else could help?",
        text="If I see a chiropractor, what should I tell them about my health and my medicines?",
        sources=("who-chiro-2005", "hawk-2017-chiro"),
    ),
)

ASK_CHIROPRACTOR: tuple[Ask, ...] = (
    Ask(
        id="chiro_training",
        who="chiropractor",
        about="Their training",
        text="Where did you train, and are you registered to practise?",
        sources=("who-chiro-2005",),
    ),
    Ask(
        id="chiro_examine_first",
        who="chiropractor",
        about="Their training",
        text="Will you examine me and ask about my health before you treat me?",
        sources=("hawk-2017-chiro", "who-chiro-2005"),
    ),
    Ask(
        id="chiro_what_you_do",
        who="chiropractor",
        about="What they will do",
        text="What will you do to my back, and how will it feel?",
        sources=("who-chiro-2005",),
    ),
    Ask(
        id="chiro_how_many",
        who="chiropractor",
        about="What they will do",
        text="How many sessions do you expect, and how will we know if it is working?",
        sources=("hawk-2017-chiro",),
    ),
    Ask(
        id="chiro_exercises",
        who="chiropractor",
        about="What they will do",
        text="Will you give me exercises to do at home?",
        sources=("nice-ng59", "hawk-2017-chiro"),
    ),
    Ask(
        id="chiro_not_neck",
        who="chiropractor",
        about="What they will not do",
        text="Will you treat only my lower back, and not my neck?",
        sources=("who-chiro-2005",),
    ),
    Ask(
        id="chiro_gentler",
        who="chiropractor",
        about="What they will not do",
        text="Can you use gentle methods with no sudden push, if I ask?",
        sources=("hawk-2017-chiro",),
    ),
    Ask(
        id="chiro_xrays",
        who="chiropractor",
        about="What they will not do",
        text="Will you take X-rays? Most people with back pain do not need them.",
        sources=("choosing-wisely-imaging", "nice-ng59"),
    ),
)

ALTERNATIVES_INTRO = Topic(
    id="alternatives",
    title="Other treatments that help as much or more",
    body="These treatments help back pain about as much as manipulation, or more. The "
    "proof that they work is as good or better.",
    sources=("acp-2017", "nice-ng59"),
)

ALTERNATIVES: tuple[str, ...] = ("gentle_exercise", "physiotherapy", "heat_therapy", "nsaids")
"""Treatment ids in `backinfo.treatments` with similar or better evidence (acp-2017, nice-ng59)."""


def condition_table() -> tuple[ConditionRow, ...]:
    """Every yes/no condition with the verdict it gives on its own, in page order."""
    return tuple(
        ConditionRow(
            question_id=rule.id,
            label=rule.label,
            verdict=rule.verdict,
            seek_care_now=rule.seek_care_now,
            sources=rule.sources,
        )
        for rule in RULES
    )


def assess(answers: Mapping[str, object], *, lang: str = "en") -> Suitability:
    """The verdict on spinal manipulation for these answers, with its reasons in the
    language.

    Missing answers and None count as 'not answered' (a 'no' for yes/no questions), which
    also take `NOT_SURE`; a question may be named by an old id. Raises ValueError, naming
    the question, for an unknown id, a wrong type, or a number out of range or not finite.
    """
    given = questionnaire.checked(answers, QUESTIONS)
    reasons = [reason for rule in RULES if (reason := _reason(rule, given.get(rule.id), lang))]
    verdict = max((reason.verdict for reason in reasons), default=Verdict.MAY_HELP_AFTER_DOCTOR)
    if verdict == Verdict.MAY_HELP_AFTER_DOCTOR:
        reasons.insert(0, NOTHING_AGAINST)
    weeks = given.get(PAIN_DURATION_WEEKS.id)
    if isinstance(weeks, float):
        reasons.append(DURATION_REASON_BY_PHASE[questionnaire.phase(weeks)])
    reasons.sort(key=lambda reason: -reason.verdict)  # stable: page order within a verdict
    seek_now = any(rule.seek_care_now and given.get(rule.id) is True for rule in RULES)
    return i18n.localize(
        Suitability(verdict=verdict, reasons=tuple(reasons), seek_care_now=seek_now), lang
    )


def _reason(rule: Rule, answer: questionnaire.Answer | None, lang: str) -> Reason | None:
    """The reason a yes or a "not sure" to the rule's question gives, if any."""
    if answer is True:
        return Reason(rule_id=rule.id, text=rule.reason, verdict=rule.verdict, sources=rule.sources)
    if answer != NOT_SURE or rule.verdict < Verdict.DOCTOR_MUST_DECIDE:
        return None
    template = NOT_SURE_GET_CHECKED_TODAY if rule.seek_care_now else NOT_SURE_ASK_THE_DOCTOR
    return replace(
        template,
        rule_id=f"{rule.id}:{NOT_SURE}",
        text=i18n.gettext(template.text, lang).format(
            question=i18n.gettext(QUESTION_BY_ID[rule.id].text, lang)
        ),
    )
