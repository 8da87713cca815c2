"""Treatment options for back cramps and back pain, per phase: the records, their scales
and the page's key messages. Content only: `backinfo.treatments_table` turns the records
into the table the charts use, and the page's own wording is `ui_text.TREATMENTS`.

Options, phases and the main risks come from the seed article (verywell-back-cramps) and
the guidelines. Each record holds, for each phase it covers:
- `evidence`: the grade of the studies that it helps, from the American College of
  Physicians (acp-2017). Where no source gives a grade, the grade is "insufficient" and
  `evidence_note` says so; `evidence_source` names who graded the record, or is None.
- `nice`: what NICE's guideline NG59 (nice-ng59) advises, as a `NiceStance`. NICE words
  each recommendation with a verb that shows its strength: "offer", "consider", "only as
  part of a treatment package including exercise" and "do not offer"; where NG59 says
  nothing, NOT_COVERED.
Build both with `per_phase()`. `backinfo.content.validate()` checks that each covers
exactly the record's phases.

The two phases are the two groups in which ACP grades the evidence: pain up to 12 weeks
(ACP's acute, under 4 weeks, and subacute, 4 to 12 weeks, graded together) and pain over
12 weeks (chronic). The phase ids stay "acute" and "chronic". The UK's 6-week boundary
(nhs-wales-gp-lbp-definitions) is not used for the comparison: see `phase_for_weeks`.

The ordered scales are BackInfo's own plain summaries of each record's sources:
- `Invasiveness`: NONE (you do it yourself), LOW (medicine by mouth or on the skin,
  guided exercise, massage, a machine on the skin), MODERATE (needles, injections, or a
  quick push on a joint), HIGH (an operation).
- `Risk`: MINIMAL (brief soreness at most, or no harms named by our sources), LOW (mild,
  short-lived harms), MODERATE (common side effects or rare serious harm), HIGH (serious
  harm such as addiction, overdose or a failed operation).
- `Relief`: how soon an option usually starts to help, from HOURS to MONTHS.

`Scale` and `ScaleLabel` records are the patient labels of these scales and of phase,
kind, evidence and NICE's advice (axis titles, legend labels and their meaning). They
stay here, beside the values they label, because each label's rank must match its
scale's order; like `ui_text`, they state no medical fact and carry no sources.
`SCALE_BY_ID`, `scale_levels()` and the `<SCALE>_LABEL_BY_ID` lookups find them.
`KEY_MESSAGES` holds the page's sourced messages: talk to a doctor, why the groups split
at 12 weeks, treatments are often combined, and surgery is the last resort.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, IntEnum
from types import MappingProxyType
from typing import TypeVar

from backinfo import i18n
from backinfo.model import Prose, Topic
from backinfo.questionnaire import CHRONIC_AFTER_WEEKS
from backinfo.sources import SOURCES

PHASES = ("acute", "chronic")
"""The comparison's two groups: "acute" is pain up to 12 weeks (ACP's acute or subacute),
"chronic" pain over 12 weeks (acp-2017)."""

KINDS = ("medicine", "physical", "self-care", "procedure", "complementary", "combined",
         "device")

EVIDENCE_LEVELS = ("insufficient", "very low", "low", "moderate", "high")
"""Weakest first, so that a level's index is its rank."""


def phase_for_weeks(duration_weeks: float) -> str:
    """The comparison group for pain that has lasted this many weeks: "acute" up to and
    including 12 weeks, "chronic" after that, as ACP grades the evidence (acp-2017).

    A checker answer of 6 to 12 weeks (the UK's subacute pain) leads to "acute".
    """
    return "acute" if duration_weeks <= CHRONIC_AFTER_WEEKS else "chronic"


class NiceStance(Enum):
    """What NICE's guideline NG59 advises about a treatment, in NICE's own verbs."""

    OFFER = "offer"
    CONSIDER = "consider"
    ONLY_WITH_EXERCISE = "only as part of a treatment package including exercise"
    DO_NOT_OFFER = "do not offer"
    NOT_COVERED = "not covered by NICE"


class Invasiveness(IntEnum):
    """How much is done to the body, from nothing to an operation."""

    NONE = 0
    LOW = 1
    MODERATE = 2
    HIGH = 3


class Risk(IntEnum):
    """How serious the main harms are, from brief soreness to serious harm."""

    MINIMAL = 0
    LOW = 1
    MODERATE = 2
    HIGH = 3


class Relief(IntEnum):
    """How soon an option usually starts to help."""

    HOURS = 0
    DAYS = 1
    WEEKS = 2
    MONTHS = 3


_Value = TypeVar("_Value")


def per_phase(**by_phase: _Value) -> MappingProxyType[str, _Value]:
    """A read-only mapping from phase to value: `per_phase(acute="moderate", chronic="low")`."""
    return MappingProxyType(by_phase)


@dataclass(frozen=True)
class GuidelineView:
    """What one source says about a treatment."""

    source: str
    stance: Prose


@dataclass(frozen=True)
class Treatment:
    """One treatment option, with its evidence and NICE stance per phase, timing,
    invasiveness, risks and sources."""

    id: str
    name: Prose
    phases: frozenset[str]
    kind: str
    evidence: MappingProxyType[str, str]
    evidence_source: str | None
    evidence_note: Prose
    nice: MappingProxyType[str, NiceStance]
    benefit: Prose
    time_to_relief: Prose
    relief: Relief
    invasiveness: Invasiveness
    risk: Risk
    risks: Prose
    notes: Prose
    what_it_is: Prose
    how_it_helps: Prose
    who_it_suits: Prose
    guideline_views: tuple[GuidelineView, ...]
    guidelines_disagree: bool
    sources: tuple[str, ...]

    def __post_init__(self) -> None:
        # Which phases `evidence` and `nice` cover is checked by content.validate(), so
        # that a record with a gap can still be built, and named, there.
        problems = []
        if not self.phases or not self.phases <= set(PHASES):
            problems.append(f"phases {sorted(self.phases)} must be drawn from {PHASES}")
        if self.kind not in KINDS:
            problems.append(f"kind {self.kind!r} must be one of {KINDS}")
        for name, values, allowed in (
            ("evidence", self.evidence, EVIDENCE_LEVELS),
            ("nice", self.nice, tuple(NiceStance)),
        ):
            if not isinstance(values, MappingProxyType):
                problems.append(f"{name} must be built with per_phase()")
                continue
            if not set(values) <= set(PHASES):
                problems.append(f"{name} phases {sorted(values)} must be drawn from {PHASES}")
            if bad := [v for v in values.values() if v not in allowed]:
                problems.append(f"{name} values {bad} must be among {allowed}")
        unknown = [s for s in self.sources if s not in SOURCES]
        if unknown:
            problems.append(f"unknown source ids {unknown}: add them to backinfo.sources")
        cited = {view.source for view in self.guideline_views}
        if self.evidence_source:
            cited.add(self.evidence_source)
        if not cited <= set(self.sources):
            problems.append(f"cited sources {sorted(cited - set(self.sources))} not in sources")
        if problems:
            raise ValueError(f"treatment {self.id!r}: " + "; ".join(problems))


@dataclass(frozen=True)
class Scale:
    """A scale or category that the page shows, and its title."""

    id: str
    title: Prose


@dataclass(frozen=True)
class ScaleLabel:
    """How one value of a scale or category is shown to patients, and its rank."""

    scale: str
    value: str
    rank: int
    label: Prose
    meaning: Prose

    def translation_context(self, field: str) -> str | None:
        """A label is translated for its scale: "High" is "Alta" evidence but "Alto" risk
        in Spanish (`backinfo.i18n.context_of`)."""
        return self.scale if field == "label" else None


_SEED = "verywell-back-cramps"
_ACP = "acp-2017"
_NICE = "nice-ng59"
_NHS = "nhs-back-pain"
_CKS = "nice-cks-lbp"
_UK_PHASES = "nhs-wales-gp-lbp-definitions"
_BOTH = frozenset(PHASES)
_ACUTE = frozenset({"acute"})
_CHRONIC = frozenset({"chronic"})
_OFFER = NiceStance.OFFER
_CONSIDER = NiceStance.CONSIDER
_WITH_EXERCISE = NiceStance.ONLY_WITH_EXERCISE
_DO_NOT_OFFER = NiceStance.DO_NOT_OFFER
_NOT_COVERED = NiceStance.NOT_COVERED

TREATMENTS: tuple[Treatment, ...] = (
    Treatment(
        id="nsaids",
        name="Anti-inflammatory painkillers (NSAIDs)",
        phases=_BOTH,
        kind="medicine",
        evidence=per_phase(acute="moderate", chronic="moderate"),
        evidence_source=_ACP,
        evidence_note="Graded by the American College of Physicians (ACP), for pain up to "
        "12 weeks and for pain over 12 weeks.",
        nice=per_phase(acute=_CONSIDER, chronic=_CONSIDER),
        benefit="A small easing of pain in studies.",
        time_to_relief="Within hours of a dose.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MODERATE,
        risks="They can upset the stomach and cause bleeding there. They can also strain "
        "the kidneys and the heart, more so with long use.",
        notes="ACP and NICE both support them. NICE says to use the lowest dose that "
        "works, for the shortest time. For pain over 12 weeks, ACP puts them first among "
        "medicines, once care without medicine has not helped enough.",
        what_it_is="Pills such as ibuprofen or naproxen. You can buy some of them at a "
        "pharmacy.",
        how_it_helps="They calm swelling and dull pain.",
        who_it_suits="They may suit adults with no stomach, kidney or heart problems. A "
        "pharmacist or doctor can check if they are safe for you.",
        guideline_views=(
            GuidelineView(source=_ACP,
                          stance="Fair studies show a small benefit, for pain of any length. For "
                          "pain over 12 weeks, try them first among medicines when care without "
                          "medicine has not helped enough."),
            GuidelineView(source=_NICE,
                          stance="Think about them at the lowest dose that works, for as short a "
                          "time as you can."),
            GuidelineView(source=_SEED, stance="Lists them for both new and long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="paracetamol_alone",
        name="Paracetamol on its own",
        phases=_BOTH,
        kind="medicine",
        evidence=per_phase(acute="insufficient", chronic="insufficient"),
        evidence_source=None,
        evidence_note="No source we use grades it as a help for back pain. ACP found that "
        "it worked no better than a dummy pill for new pain.",
        nice=per_phase(acute=_DO_NOT_OFFER, chronic=_DO_NOT_OFFER),
        benefit="For new pain, ACP found it no better than a dummy pill (a placebo).",
        time_to_relief="Within hours of a dose, if it helps.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MODERATE,
        risks="Taking too much can badly harm the liver.",
        notes="NICE says not to offer paracetamol on its own for low back pain. ACP found "
        "it no better than a dummy pill for new pain.",
        what_it_is="A common painkiller that you can buy in shops, taken with no other "
        "painkiller.",
        how_it_helps="It is meant to dull pain.",
        who_it_suits="NICE advises against it on its own for low back pain. Ask a "
        "pharmacist or doctor what may suit you instead.",
        guideline_views=(
            GuidelineView(source=_NICE,
                          stance="Do not offer paracetamol on its own for low back pain."),
            GuidelineView(source=_ACP,
                          stance="For new pain, it worked no better than a dummy pill."),
        ),
        guidelines_disagree=False,
        sources=(_NICE, _ACP),
    ),
    Treatment(
        id="topical_pain_relief",
        name="Pain relief creams and gels",
        phases=_ACUTE,
        kind="medicine",
        evidence=per_phase(acute="insufficient"),
        evidence_source=None,
        evidence_note="None of our guidelines grades creams or gels for back pain. A low "
        "grade has been suggested, but we could not confirm it.",
        nice=per_phase(acute=_NOT_COVERED),
        benefit="Not known for back pain. Good studies are lacking.",
        time_to_relief="Within hours, if it helps.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.LOW,
        risks="The skin may get red, itchy or sore.",
        notes="Verywell Health lists them for new pain. Our guidelines do not grade them, "
        "and NICE gives no advice on them for low back pain.",
        what_it_is="Creams, gels or sprays that you rub on the sore part of the back.",
        how_it_helps="They act on the skin over the sore area.",
        who_it_suits="They may suit people who would like to try something on the skin "
        "first.",
        guideline_views=(
            GuidelineView(source=_SEED, stance="Lists creams and gels as an option for new pain."),
            GuidelineView(source=_NICE,
                          stance="Gives no advice on creams or gels for low back pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _NICE),
    ),
    Treatment(
        id="heat_therapy",
        name="Heat packs",
        phases=_BOTH,
        kind="self-care",
        evidence=per_phase(acute="moderate", chronic="insufficient"),
        evidence_source=_ACP,
        evidence_note="ACP grades heat as moderate for pain up to 12 weeks. It gives no "
        "grade for pain over 12 weeks.",
        nice=per_phase(acute=_NOT_COVERED, chronic=_NOT_COVERED),
        benefit="Heat eased pain a little in studies of pain up to 12 weeks. For pain over "
        "12 weeks, the effect is not known.",
        time_to_relief="While you use it, and for a short time after.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.LOW,
        risks="Too much heat can burn the skin.",
        notes="ACP supports heat for pain up to 12 weeks. Verywell Health lists heat for "
        "new and long-lasting pain. NICE gives no advice on heat.",
        what_it_is="A warm pad, wrap or hot water bottle held on the sore area.",
        how_it_helps="Warmth can relax tight muscles.",
        who_it_suits="It may suit most people as a simple thing to try at home.",
        guideline_views=(
            GuidelineView(source=_ACP,
                          stance="Fair studies show heat helps pain up to 12 weeks. It gives no "
                          "grade for pain over 12 weeks."),
            GuidelineView(source=_NICE, stance="Gives no advice on heat for low back pain."),
            GuidelineView(source=_SEED, stance="Lists heat for both new and long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="cold_therapy",
        name="Cold packs",
        phases=_BOTH,
        kind="self-care",
        evidence=per_phase(acute="insufficient", chronic="insufficient"),
        evidence_source=_ACP,
        evidence_note="ACP found too little evidence to judge cold for pain up to 12 "
        "weeks. It gives no grade for pain over 12 weeks.",
        nice=per_phase(acute=_NOT_COVERED, chronic=_NOT_COVERED),
        benefit="Not known. Good studies are lacking.",
        time_to_relief="While you use it, and for a short time after.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.LOW,
        risks="Ice put straight on the skin can harm it.",
        notes="Verywell Health lists cold for new and long-lasting pain. ACP found too "
        "little evidence to judge it. NICE gives no advice on cold.",
        what_it_is="A cold pack or ice wrapped in a cloth, held on the sore area.",
        how_it_helps="Cold can numb the area for a while.",
        who_it_suits="Some people like to try it at home. Always wrap ice in a cloth.",
        guideline_views=(
            GuidelineView(source=_ACP, stance="There is too little evidence to judge cold."),
            GuidelineView(source=_NICE, stance="Gives no advice on cold for low back pain."),
            GuidelineView(source=_SEED, stance="Lists cold for both new and long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="muscle_relaxants",
        name="Muscle relaxants",
        phases=_ACUTE,
        kind="medicine",
        evidence=per_phase(acute="moderate"),
        evidence_source=_ACP,
        evidence_note="Graded by ACP, for pain up to 12 weeks only.",
        nice=per_phase(acute=_NOT_COVERED),
        benefit="A small easing of new pain in studies.",
        time_to_relief="Within hours of a dose.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MODERATE,
        risks="Sleepiness and dizziness are common. This can make driving unsafe. Some, "
        "such as diazepam, can be habit-forming.",
        notes="ACP lists them as an option for pain up to 12 weeks, not for long-lasting "
        "pain. NICE gives no advice on them for low back pain. For sciatica, NICE says not "
        "to offer diazepam or similar medicines.",
        what_it_is="Medicines from a doctor that calm tight muscles and spasms.",
        how_it_helps="They act on the nerves and brain to loosen tight back muscles.",
        who_it_suits="They may suit some people with a new, painful spasm, for a short "
        "time. A doctor decides if they fit.",
        guideline_views=(
            GuidelineView(source=_ACP,
                          stance="Fair studies show a small benefit for pain up to 12 weeks."),
            GuidelineView(source=_NICE,
                          stance="Gives no advice on them for low back pain. For sciatica, do not "
                          "offer benzodiazepines, such as diazepam."),
            GuidelineView(source=_CKS,
                          stance="Mentions a short course of diazepam for muscle spasm."),
            GuidelineView(source=_SEED, stance="Lists them for new pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE, _CKS),
    ),
    Treatment(
        id="stretching",
        name="Stretching and staying active",
        phases=_BOTH,
        kind="physical",
        evidence=per_phase(acute="insufficient", chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our guidelines give no grade for stretching alone. The NHS and NICE "
        "advise keeping up your normal activities.",
        nice=per_phase(acute=_OFFER, chronic=_OFFER),
        benefit="Staying active helps people get better. How much stretching adds is "
        "not known.",
        time_to_relief="Over a few days.",
        relief=Relief.DAYS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.MINIMAL,
        risks="Muscles may feel a little sore at first.",
        notes="The NHS and NICE both advise keeping up your normal activities. Long bed "
        "rest is not advised.",
        what_it_is="Gentle stretches, and keeping up your daily tasks as best you can.",
        how_it_helps="Moving stops muscles and joints from getting stiff, and helps you "
        "get back to normal sooner.",
        who_it_suits="It may suit most people with back pain, new or long-lasting. A doctor "
        "or physiotherapist can show you which stretches to do.",
        guideline_views=(
            GuidelineView(source=_NHS,
                          stance="Stay as active as you can, and try gentle exercise."),
            GuidelineView(source=_NICE,
                          stance="Give people advice to help them manage their own pain, and "
                          "encourage them to keep up their normal activities."),
            GuidelineView(source=_SEED, stance="Suggests the stretches that your doctor advises."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _NHS, _NICE),
    ),
    Treatment(
        id="short_rest",
        name="A short rest",
        phases=_ACUTE,
        kind="self-care",
        evidence=per_phase(acute="insufficient"),
        evidence_source=None,
        evidence_note="No guideline grades a short rest. The advice against long rest "
        "comes from the NHS.",
        nice=per_phase(acute=_NOT_COVERED),
        benefit="It may settle a sudden spasm. Longer rest slows recovery.",
        time_to_relief="Within hours, if it helps.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.LOW,
        risks="Resting for long can make the back stiff and slow down recovery.",
        notes="Only briefly. Verywell Health and the NHS agree: a short rest can help, "
        "but long bed rest is not advised, for new or long-lasting pain.",
        what_it_is="Resting for a short while when a spasm first strikes, then moving "
        "again.",
        how_it_helps="A brief rest can give a sudden spasm time to settle.",
        who_it_suits="It may suit someone in the first hours of a sudden, painful spasm.",
        guideline_views=(
            GuidelineView(source=_SEED,
                          stance="A short rest may help when a spasm first starts. Longer rest is "
                          "not advised."),
            GuidelineView(source=_NHS,
                          stance="Stay as active as you can. Resting for a long time can make the "
                          "pain worse."),
            GuidelineView(source=_NICE,
                          stance="Gives no advice on rest. It does say to encourage people to keep "
                          "up their normal activities."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _NHS, _NICE),
    ),
    Treatment(
        id="physiotherapy",
        name="Physiotherapy and exercise therapy",
        phases=_BOTH,
        kind="physical",
        evidence=per_phase(acute="insufficient", chronic="moderate"),
        evidence_source=_ACP,
        evidence_note="ACP grades exercise therapy as moderate for pain over 12 weeks. It "
        "gives no grade for pain up to 12 weeks.",
        nice=per_phase(acute=_CONSIDER, chronic=_CONSIDER),
        benefit="A small easing of long-lasting pain. It can also help people do more "
        "each day.",
        time_to_relief="Over several weeks of regular sessions.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MINIMAL,
        risks="Muscles may ache after exercise, mostly at the start.",
        notes="ACP supports exercise therapy for pain over 12 weeks. NICE suggests a group "
        "exercise class for a bout or flare-up of back pain, however long it has lasted.",
        what_it_is="A physiotherapist (an expert in movement and exercise) plans exercises "
        "with you and checks how you do them.",
        how_it_helps="Exercises build strength and fix weak or uneven muscles, so the back "
        "copes better.",
        who_it_suits="It may suit people whose pain has lasted for months, or who have a "
        "flare-up of pain.",
        guideline_views=(
            GuidelineView(source=_ACP,
                          stance="Fair studies support exercise for pain over 12 weeks."),
            GuidelineView(source=_NICE,
                          stance="Think about a group exercise class for a bout or flare-up of "
                          "back pain, however long it has lasted."),
            GuidelineView(source=_SEED,
                          stance="Lists physiotherapy to build strength and even out the muscles."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="relaxation",
        name="Relaxation and mindfulness",
        phases=_CHRONIC,
        kind="self-care",
        evidence=per_phase(chronic="low"),
        evidence_source=_ACP,
        evidence_note="ACP grades relaxation training as low. Mindfulness courses rate "
        "higher, at moderate.",
        nice=per_phase(chronic=_WITH_EXERCISE),
        benefit="A small easing of pain in some studies.",
        time_to_relief="Over weeks of regular practice.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.MINIMAL,
        risks="Few or no harms are reported.",
        notes="ACP lists these as options. NICE suggests talking therapy only as part of "
        "a plan that includes exercise.",
        what_it_is="Ways to calm the body and mind. Examples are slow breathing, relaxing "
        "one muscle group at a time, and mindfulness (calm focus on the here and now).",
        how_it_helps="Stress can tighten muscles and make pain feel worse. A calmer mind "
        "may ease both.",
        who_it_suits="It may suit people whose pain is tied up with stress, worry or poor "
        "sleep.",
        guideline_views=(
            GuidelineView(source=_ACP,
                          stance="Mindfulness has moderate support. Relaxation training and "
                          "talking therapy have low support."),
            GuidelineView(source=_NICE,
                          stance="Think about talking therapy (CBT) only as part of a plan that "
                          "includes exercise."),
            GuidelineView(source=_SEED, stance="Lists relaxation for long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="lifestyle_posture",
        name="Posture and lifestyle changes",
        phases=_CHRONIC,
        kind="self-care",
        evidence=per_phase(chronic="insufficient"),
        evidence_source=None,
        evidence_note="No guideline we use grades advice on posture. NICE makes self-care "
        "advice part of every plan.",
        nice=per_phase(chronic=_NOT_COVERED),
        benefit="Not measured well in studies.",
        time_to_relief="Over weeks to months.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.MINIMAL,
        risks="No harms are known.",
        notes="Verywell Health suggests these changes. NICE gives no advice on posture "
        "itself, but makes self-care advice part of every plan.",
        what_it_is="Changes to daily habits: sitting less, sitting and standing tall, "
        "lifting with care, and a comfy bed that supports you well.",
        how_it_helps="Better habits take strain off the back and may stop pain coming back.",
        who_it_suits="It may suit anyone with back pain, alongside other care.",
        guideline_views=(
            GuidelineView(source=_NICE,
                          stance="Give people advice to help them manage their own pain, at every "
                          "step of care. It gives no advice on posture itself."),
            GuidelineView(source=_SEED,
                          stance="Suggests better posture and other changes to daily life."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _NICE),
    ),
    Treatment(
        id="steroid_injections_nerve_blocks",
        name="Steroid injections and nerve blocks",
        phases=_CHRONIC,
        kind="procedure",
        evidence=per_phase(chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade. NICE looked at the studies and advises "
        "against spinal injections for low back pain.",
        nice=per_phase(chronic=_DO_NOT_OFFER),
        benefit="Not shown for back pain alone. NICE says an injection may help severe, "
        "new sciatica.",
        time_to_relief="Within days, if it helps. The effect may wear off.",
        relief=Relief.DAYS,
        invasiveness=Invasiveness.MODERATE,
        risk=Risk.MODERATE,
        risks="Rare but serious: infection, bleeding or nerve damage.",
        notes="The sources disagree. NICE says not to offer spinal injections for low back "
        "pain, but an injection may be an option for severe, new sciatica.",
        what_it_is="A doctor injects a steroid (a strong medicine against swelling) or a "
        "numbing drug near a nerve or joint in the spine.",
        how_it_helps="The aim is to calm a swollen nerve or joint and block pain signals.",
        who_it_suits="NICE says an injection may be an option for severe, new sciatica "
        "(leg pain from a pressed nerve). It does not advise them for back pain alone.",
        guideline_views=(
            GuidelineView(source=_SEED,
                          stance="Lists steroid injections and nerve blocks for long-lasting pain. "
                          "Suggests that pairing them with physical therapy can work better."),
            GuidelineView(source=_NICE,
                          stance="Do not offer spinal injections for low back pain. Think about an "
                          "injection around the spinal nerves for severe, new sciatica."),
        ),
        guidelines_disagree=True,
        sources=(_SEED, _NICE),
    ),
    Treatment(
        id="radiofrequency_denervation",
        name="Nerve heat treatment (radiofrequency)",
        phases=_CHRONIC,
        kind="procedure",
        evidence=per_phase(chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade. NICE says a specialist may think about "
        "it for a few people with pain over 12 weeks.",
        nice=per_phase(chronic=_CONSIDER),
        benefit="Not graded by our sources. NICE says it may be an option for a few people "
        "with long-lasting pain.",
        time_to_relief="Over days to weeks, if it helps.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.MODERATE,
        risk=Risk.MODERATE,
        risks="The risks of a procedure with a needle near the spine. Ask the specialist "
        "to explain them.",
        notes="NICE says a specialist may think about it for pain over 12 weeks, but only "
        "after a test injection has shown where the pain comes from.",
        what_it_is="A specialist puts a needle near small nerves of the spine and uses "
        "heat to stop them sending pain signals.",
        how_it_helps="The aim is to stop these nerves sending pain signals.",
        who_it_suits="NICE says to think about it only when other care has not worked and "
        "the pain is 5 or more out of 10. The pain must seem to come from parts these "
        "nerves serve. A test injection that numbs the nerves must first ease the pain.",
        guideline_views=(
            GuidelineView(source=_NICE,
                          stance="Think about sending people with pain over 12 weeks to a "
                          "specialist to check if it may help. Only do it after a test injection "
                          "that numbs the nerves has eased the pain."),
        ),
        guidelines_disagree=False,
        sources=(_NICE,),
    ),
    Treatment(
        id="opioids",
        name="Opioid painkillers",
        phases=_BOTH,
        kind="medicine",
        evidence=per_phase(acute="insufficient", chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade for opioids as a group. For pain over 12 "
        "weeks, ACP rates the studies of one opioid, tramadol, as moderate, but puts it "
        "after NSAIDs, and other opioids last. NICE says not to offer them for pain over "
        "12 weeks.",
        nice=per_phase(acute=_CONSIDER, chronic=_DO_NOT_OFFER),
        benefit="No source we use grades how much opioids help back pain as a group.",
        time_to_relief="Within hours of a dose.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.HIGH,
        risks="Opioids can cause addiction and dependence (the body comes to need the "
        "drug). An overdose can kill. Constipation and sleepiness are common.",
        notes="The guidelines disagree. For pain up to 12 weeks, NICE says a weak opioid, "
        "such as codeine, is only for when NSAIDs do not suit you or have not worked. For "
        "pain over 12 weeks, NICE says do not offer them. ACP puts tramadol after NSAIDs, "
        "and other opioids last.",
        what_it_is="Painkillers such as codeine (a weak opioid), tramadol or morphine. Most "
        "need a prescription.",
        how_it_helps="They act on the brain and nerves to dull pain.",
        who_it_suits="For pain up to 12 weeks, NICE keeps a weak opioid for people who "
        "cannot take NSAIDs, or whom NSAIDs did not help. For pain over 12 weeks, NICE "
        "advises against them. If you take them now, talk to your doctor before you stop.",
        guideline_views=(
            GuidelineView(source=_SEED,
                          stance="Lists opioids for long-lasting pain, and warns that they can "
                          "lead to addiction."),
            GuidelineView(source=_NICE,
                          stance="For pain up to 12 weeks, think about a weak opioid only if "
                          "NSAIDs do not suit you or did not work. Do not give opioids as a matter "
                          "of course for new pain. Do not offer them for pain over 12 weeks."),
            GuidelineView(source=_ACP,
                          stance="For pain over 12 weeks, when care without medicine has not "
                          "helped: NSAIDs first, then tramadol or duloxetine. Other opioids only "
                          "as a last resort, after talking through the risks."),
        ),
        guidelines_disagree=True,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="antidepressants",
        name="Antidepressants for pain",
        phases=_BOTH,
        kind="medicine",
        evidence=per_phase(acute="insufficient", chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade for antidepressants as a group. For pain "
        "over 12 weeks, ACP rates the studies of one of them, duloxetine, as moderate, but "
        "puts it after NSAIDs. NICE says not to offer any of them for low back pain.",
        nice=per_phase(acute=_DO_NOT_OFFER, chronic=_DO_NOT_OFFER),
        benefit="Not graded as a group. For pain over 12 weeks, ACP suggests one of them, "
        "duloxetine, as a second choice after NSAIDs.",
        time_to_relief="Over weeks, if they help.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MODERATE,
        risks="Sleepiness and dizziness.",
        notes="The guidelines disagree. NICE says not to offer them for low back pain. ACP "
        "suggests duloxetine for pain over 12 weeks, after NSAIDs. For sciatica, NICE "
        "found no studies to go on, so it gives no advice.",
        what_it_is="Medicines first made for low mood that are sometimes given for pain. "
        "The kinds are SSRIs, SNRIs (such as duloxetine) and tricyclics.",
        how_it_helps="They act on the nerves and brain and may change how pain is felt.",
        who_it_suits="NICE advises against them for low back pain. If you take one now, "
        "talk to your doctor before you change anything.",
        guideline_views=(
            GuidelineView(source=_NICE,
                          stance="Do not offer SSRIs, SNRIs or tricyclics for low back pain. For "
                          "sciatica, it found no studies to judge them, so it gives no advice."),
            GuidelineView(source=_ACP,
                          stance="For pain over 12 weeks, when care without medicine has not "
                          "helped: NSAIDs first, then duloxetine or tramadol."),
        ),
        guidelines_disagree=True,
        sources=(_ACP, _NICE),
    ),
    Treatment(
        id="gabapentinoids",
        name="Gabapentin and similar medicines",
        phases=_BOTH,
        kind="medicine",
        evidence=per_phase(acute="insufficient", chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade. NICE says not to offer them for low back "
        "pain or for sciatica.",
        nice=per_phase(acute=_DO_NOT_OFFER, chronic=_DO_NOT_OFFER),
        benefit="Not graded by our sources for back pain or sciatica.",
        time_to_relief="Over days to weeks, if they help.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MODERATE,
        risks="Sleepiness and dizziness. The body can come to need them (dependence).",
        notes="NICE says not to offer gabapentin, pregabalin or other epilepsy medicines "
        "for low back pain or for sciatica.",
        what_it_is="Medicines first made for epilepsy (fits), such as gabapentin and "
        "pregabalin. They are sometimes given for nerve pain, such as sciatica.",
        how_it_helps="They calm nerves that send too many pain signals.",
        who_it_suits="NICE advises against them for back pain and sciatica. If you take "
        "one now, talk to your doctor before you change anything.",
        guideline_views=(
            GuidelineView(source=_NICE,
                          stance="Do not offer epilepsy medicines for low back pain. Do not offer "
                          "them for sciatica either. This includes gabapentin and pregabalin."),
        ),
        guidelines_disagree=False,
        sources=(_NICE,),
    ),
    Treatment(
        id="gentle_exercise",
        name="Gentle exercise",
        phases=_CHRONIC,
        kind="physical",
        evidence=per_phase(chronic="moderate"),
        evidence_source=_ACP,
        evidence_note="ACP grades exercise as moderate, for pain over 12 weeks.",
        nice=per_phase(chronic=_CONSIDER),
        benefit="A small easing of pain, and it can help people do more each day.",
        time_to_relief="Over a few weeks, if you keep it up.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.MINIMAL,
        risks="Some aches at first.",
        notes="ACP supports exercise for pain over 12 weeks. NICE suggests an exercise "
        "class. The NHS advises staying active.",
        what_it_is="Regular, gentle activity such as walking or swimming.",
        how_it_helps="Moving often keeps the back strong and supple.",
        who_it_suits="It may suit most people with long-lasting pain. Start slowly and "
        "build up.",
        guideline_views=(
            GuidelineView(source=_ACP,
                          stance="Fair studies support exercise for pain over 12 weeks."),
            GuidelineView(source=_NICE,
                          stance="Think about a group exercise class. The kind of exercise should "
                          "suit the person's needs and wishes."),
            GuidelineView(source=_NHS, stance="Stay as active as you can."),
            GuidelineView(source=_SEED, stance="Lists gentle exercise for long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE, _NHS),
    ),
    Treatment(
        id="acupuncture",
        name="Acupuncture",
        phases=_BOTH,
        kind="complementary",
        evidence=per_phase(acute="low", chronic="moderate"),
        evidence_source=_ACP,
        evidence_note="ACP grades acupuncture as low for pain up to 12 weeks, and moderate "
        "for pain over 12 weeks. NICE advises against it.",
        nice=per_phase(acute=_DO_NOT_OFFER, chronic=_DO_NOT_OFFER),
        benefit="ACP found a small easing of pain in some studies. NICE found that it did "
        "no better than fake acupuncture.",
        time_to_relief="Over a course of sessions across several weeks.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.MODERATE,
        risk=Risk.LOW,
        risks="Minor bleeding or bruising where the needles go in.",
        notes="The guidelines disagree. ACP lists it as an option for pain of any length. "
        "NICE says not to offer it, as it did no better than fake acupuncture in studies.",
        what_it_is="A trained person puts very thin needles into the skin at chosen points.",
        how_it_helps="How it works is not clear. It may change how the body senses pain.",
        who_it_suits="Some people choose to try it. NICE says doctors should not offer it "
        "for low back pain.",
        guideline_views=(
            GuidelineView(source=_SEED,
                          stance="Names acupuncture as another therapy that some people find "
                          "helpful."),
            GuidelineView(source=_ACP,
                          stance="An option for pain of any length: low support for pain up to 12 "
                          "weeks, moderate for pain over 12 weeks."),
            GuidelineView(source=_NICE,
                          stance="Do not offer acupuncture for low back pain. In studies it did no "
                          "better than fake (sham) acupuncture."),
        ),
        guidelines_disagree=True,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="electrotherapy",
        name="Electrical machines (such as TENS)",
        phases=_BOTH,
        kind="device",
        evidence=per_phase(acute="insufficient", chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade. NICE says not to offer these for low "
        "back pain.",
        nice=per_phase(acute=_DO_NOT_OFFER, chronic=_DO_NOT_OFFER),
        benefit="Not graded by our sources. NICE advises against them for low back pain.",
        time_to_relief="While the machine is on, if it helps.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MINIMAL,
        risks="Our sources name no main harms.",
        notes="NICE says not to offer TENS, ultrasound or interferential therapy for low "
        "back pain.",
        what_it_is="Machines that send small electric pulses or sound waves into the sore "
        "area. Examples are TENS, ultrasound and interferential therapy.",
        how_it_helps="The aim is to block or calm pain signals.",
        who_it_suits="NICE advises against them for low back pain. Talk to a doctor or "
        "physiotherapist before you buy or pay for one.",
        guideline_views=(
            GuidelineView(source=_NICE,
                          stance="Do not offer TENS, ultrasound or interferential therapy for low "
                          "back pain."),
        ),
        guidelines_disagree=False,
        sources=(_NICE,),
    ),
    Treatment(
        id="traction",
        name="Traction (pulling the spine)",
        phases=_BOTH,
        kind="device",
        evidence=per_phase(acute="insufficient", chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade. NICE says not to offer it for low back "
        "pain.",
        nice=per_phase(acute=_DO_NOT_OFFER, chronic=_DO_NOT_OFFER),
        benefit="Not graded by our sources. NICE advises against it for low back pain.",
        time_to_relief="During a session, if it helps.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MINIMAL,
        risks="Our sources name no main harms.",
        notes="NICE says not to offer traction for low back pain.",
        what_it_is="A machine or a therapist pulls on the body to stretch the spine.",
        how_it_helps="The aim is to take pressure off the spine.",
        who_it_suits="NICE advises against it for low back pain. Talk to a doctor or "
        "physiotherapist before you pay for it.",
        guideline_views=(
            GuidelineView(source=_NICE, stance="Do not offer traction for low back pain."),
        ),
        guidelines_disagree=False,
        sources=(_NICE,),
    ),
    Treatment(
        id="belts_and_corsets",
        name="Back belts and corsets",
        phases=_BOTH,
        kind="device",
        evidence=per_phase(acute="insufficient", chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade. NICE says not to offer them for low back "
        "pain.",
        nice=per_phase(acute=_DO_NOT_OFFER, chronic=_DO_NOT_OFFER),
        benefit="Not graded by our sources. NICE advises against them for low back pain.",
        time_to_relief="While you wear it, if it helps.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.MINIMAL,
        risks="Our sources name no main harms.",
        notes="NICE says not to offer belts or corsets for low back pain.",
        what_it_is="A belt, brace or corset worn tight around the lower back.",
        how_it_helps="The aim is to support the back.",
        who_it_suits="NICE advises against them for low back pain. Talk to a doctor or "
        "physiotherapist before you buy one.",
        guideline_views=(
            GuidelineView(source=_NICE, stance="Do not offer belts or corsets for low back pain."),
        ),
        guidelines_disagree=False,
        sources=(_NICE,),
    ),
    Treatment(
        id="spinal_decompression",
        name="Nerve decompression surgery",
        phases=_CHRONIC,
        kind="procedure",
        evidence=per_phase(chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade for it. NICE limits it to some people with "
        "sciatica.",
        nice=per_phase(chronic=_CONSIDER),
        benefit="It varies. There is no promise that it will ease the pain.",
        time_to_relief="Recovery takes weeks to months.",
        relief=Relief.MONTHS,
        invasiveness=Invasiveness.HIGH,
        risk=Risk.HIGH,
        risks="Infection, nerve damage, and pain that does not get better.",
        notes="Last resort, with no promise of relief. NICE says it may be an option for "
        "sciatica when other care has not helped.",
        what_it_is="An operation that takes pressure off a pressed nerve in the spine.",
        how_it_helps="It aims to free the nerve, so that the leg pain eases.",
        who_it_suits="Only a few people with sciatica (leg pain from a pressed nerve), "
        "after other care has failed. A specialist decides.",
        guideline_views=(
            GuidelineView(source=_SEED,
                          stance="Surgery is an option but usually the last one, and it may not "
                          "ease the pain."),
            GuidelineView(source=_NICE,
                          stance="Think about this operation for sciatica when other care has not "
                          "helped."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _NICE),
    ),
    Treatment(
        id="spinal_fusion",
        name="Spinal fusion surgery",
        phases=_CHRONIC,
        kind="procedure",
        evidence=per_phase(chronic="insufficient"),
        evidence_source=None,
        evidence_note="Our sources give no grade for it. NICE says not to offer it for low "
        "back pain, except in a research trial.",
        nice=per_phase(chronic=_DO_NOT_OFFER),
        benefit="It varies. There is no promise that it will ease the pain.",
        time_to_relief="Recovery takes weeks to months.",
        relief=Relief.MONTHS,
        invasiveness=Invasiveness.HIGH,
        risk=Risk.HIGH,
        risks="Infection, nerve damage, and pain that does not get better.",
        notes="The sources disagree. Verywell Health calls surgery a last resort, with no "
        "promise of relief. NICE says not to offer spinal fusion for low back pain, except "
        "in a research trial.",
        what_it_is="An operation that joins two or more bones of the spine, so that they "
        "grow into one.",
        how_it_helps="It aims to steady a painful part of the spine.",
        who_it_suits="NICE advises against it for low back pain, except as part of a "
        "research trial.",
        guideline_views=(
            GuidelineView(source=_SEED,
                          stance="Surgery is an option but usually the last one, and it may not "
                          "ease the pain."),
            GuidelineView(source=_NICE,
                          stance="Do not offer spinal fusion for low back pain, except in a "
                          "research trial."),
        ),
        guidelines_disagree=True,
        sources=(_SEED, _NICE),
    ),
    Treatment(
        id="spinal_manipulation",
        name="Spinal manipulation",
        phases=_BOTH,
        kind="physical",
        evidence=per_phase(acute="low", chronic="low"),
        evidence_source=_ACP,
        evidence_note="ACP grades it as low, for pain of any length. NICE supports it only "
        "alongside exercise.",
        nice=per_phase(acute=_WITH_EXERCISE, chronic=_WITH_EXERCISE),
        benefit="A small easing of pain, about the same as other advised treatments.",
        time_to_relief="Over a few sessions, often across several weeks.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.MODERATE,
        risk=Risk.LOW,
        risks="Soreness or stiffness for a day or two is common. Serious harm after "
        "treatment of the lower back is very rare.",
        notes="ACP lists it as an option. NICE says only as part of a package with "
        "exercise. Some health problems rule it out.",
        what_it_is="A chiropractor, osteopath or physiotherapist moves the joints of the "
        "spine by hand, sometimes with a quick push.",
        how_it_helps="It may loosen stiff joints and ease tight muscles.",
        who_it_suits="It may suit some people with back pain. It is not safe with some "
        "problems, such as a broken bone, a spine infection or very weak bones. See a "
        "doctor first.",
        guideline_views=(
            GuidelineView(source=_ACP,
                          stance="Studies of low quality show a small benefit, for pain of any "
                          "length."),
            GuidelineView(source=_NICE,
                          stance="Think about it only as part of a package that includes "
                          "exercise."),
            GuidelineView(source="who-chiro-2005",
                          stance="It must not be done with some problems, such as a broken or "
                          "unstable spine, a spine infection, or cancer in the spine."),
            GuidelineView(source="hawk-2017-chiro",
                          stance="Very weak bones, bleeding problems and some kinds of arthritis "
                          "may rule it out. Gentler methods may still be possible."),
            GuidelineView(source=_SEED,
                          stance="It can help some long-lasting pain, but it does not suit "
                          "everyone, for example people with arthritis of the spine."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE, "who-chiro-2005", "hawk-2017-chiro"),
    ),
    Treatment(
        id="combination_therapy",
        name="Exercise and talking therapy programme",
        phases=_CHRONIC,
        kind="combined",
        evidence=per_phase(chronic="moderate"),
        evidence_source=_ACP,
        evidence_note="ACP grades team programmes as moderate, for pain over 12 weeks. It "
        "calls them multidisciplinary rehabilitation.",
        nice=per_phase(chronic=_CONSIDER),
        benefit="Fair studies show that it can ease long-lasting pain.",
        time_to_relief="Over weeks to months.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.LOW,
        risks="It depends on the parts of the programme. Each one brings its own risks.",
        notes="ACP supports team programmes for pain over 12 weeks. NICE suggests a joint "
        "programme of physical care and talking therapy for some people.",
        what_it_is="A programme run by a team, such as a physiotherapist and a "
        "psychologist. It joins exercise and other physical care with talking therapy. ACP "
        "calls this multidisciplinary rehabilitation.",
        how_it_helps="Each part works on a different side of the pain, so together they "
        "may help more.",
        who_it_suits="It may suit people whose pain has lasted a long time, when worry, "
        "low mood or other troubles make it hard to get better.",
        guideline_views=(
            GuidelineView(source=_ACP,
                          stance="Programmes run by a team of experts have moderate support for "
                          "pain over 12 weeks."),
            GuidelineView(source=_NICE,
                          stance="Think about a joint programme of physical care and talking "
                          "therapy when worry, low mood or other troubles hold back recovery."),
            GuidelineView(source=_SEED,
                          stance="Doctors often mix treatments, and this can work better than one "
                          "alone."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="massage",
        name="Massage",
        phases=_ACUTE,
        kind="physical",
        evidence=per_phase(acute="low"),
        evidence_source=_ACP,
        evidence_note="ACP grades massage as low, for pain up to 12 weeks.",
        nice=per_phase(acute=_WITH_EXERCISE),
        benefit="A small, short easing of new pain in studies.",
        time_to_relief="During and soon after a session.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MINIMAL,
        risks="Few harms are reported.",
        notes="ACP lists it for pain up to 12 weeks. NICE says only as part of a package "
        "with exercise.",
        what_it_is="A therapist rubs and kneads the muscles of the back.",
        how_it_helps="It may relax tight muscles and ease pain for a while.",
        who_it_suits="It may suit people who find hands-on care soothing.",
        guideline_views=(
            GuidelineView(source=_ACP,
                          stance="Studies of low quality show a small benefit for pain up to 12 "
                          "weeks."),
            GuidelineView(source=_NICE,
                          stance="Think about hands-on therapy only as part of a package that "
                          "includes exercise."),
        ),
        guidelines_disagree=False,
        sources=(_ACP, _NICE),
    ),
)

TREATMENT_BY_ID: MappingProxyType[str, Treatment] = MappingProxyType(
    {t.id: t for t in TREATMENTS}
)

KEY_MESSAGES: tuple[Topic, ...] = (
    Topic(
        id="talk_to_a_doctor",
        title="Use this to talk with your doctor",
        body="This page compares options. It does not tell you what to choose. The best "
        "choice depends on the cause of your pain and your health, so talk it through "
        "with a doctor.",
        sources=(_SEED, _NICE),
    ),
    Topic(
        id="why_12_weeks",
        title="Why the groups split at 12 weeks",
        body="In the UK, doctors call back pain acute for its first 6 weeks, and subacute "
        "from 6 to 12 weeks. A US guideline (ACP) grades the treatments for all pain up to "
        "12 weeks together, and for pain over 12 weeks apart. So this page compares these "
        "two groups.",
        sources=(_UK_PHASES, _ACP),
    ),
    Topic(
        id="combining_treatments",
        title="Treatments are often combined",
        body="Doctors often use more than one treatment at a time. For example, exercise "
        "may be joined with talking therapy. Together they can work better than one alone.",
        sources=(_SEED, _NICE, _ACP),
    ),
    Topic(
        id="surgery_last_resort",
        title="Surgery is the last resort",
        body="An operation is only for a few people, after other care has failed. It "
        "carries risks, and there is no promise that it will ease the pain.",
        sources=(_SEED, _NICE),
    ),
)

SCALES: tuple[Scale, ...] = (
    Scale(id="phase", title="How long the pain has lasted"),
    Scale(id="kind", title="Type of treatment"),
    Scale(id="evidence", title="Strength of evidence"),
    Scale(id="nice", title="What NICE advises"),
    Scale(id="invasiveness", title="How much is done to the body"),
    Scale(id="risk", title="Level of risk"),
    Scale(id="relief", title="How soon it may help"),
)
SCALE_BY_ID: MappingProxyType[str, Scale] = MappingProxyType({s.id: s for s in SCALES})

SCALE_LABELS: tuple[ScaleLabel, ...] = (
    ScaleLabel(scale="phase", value="acute", rank=0, label="Pain up to 12 weeks",
               meaning="Pain that started 12 weeks ago or less. This joins new pain and pain that "
               "has lasted a few weeks."),
    ScaleLabel(scale="phase", value="chronic", rank=1, label="Pain over 12 weeks",
               meaning="Pain that has lasted more than 12 weeks. Doctors call it chronic, or "
               "long-lasting."),
    ScaleLabel(scale="kind", value="medicine", rank=0, label="Medicine",
               meaning="Pills, creams or other drugs."),
    ScaleLabel(scale="kind", value="physical", rank=1, label="Movement and hands-on care",
               meaning="Exercise, stretching, or a therapist working on the back."),
    ScaleLabel(scale="kind", value="self-care", rank=2, label="Self-care",
               meaning="Things you can do at home."),
    ScaleLabel(scale="kind", value="procedure", rank=3, label="Procedure",
               meaning="An injection or an operation done by a specialist."),
    ScaleLabel(scale="kind", value="complementary", rank=4, label="Complementary therapy",
               meaning="A therapy from outside mainstream medicine, such as acupuncture."),
    ScaleLabel(scale="kind", value="combined", rank=5, label="Combined care",
               meaning="Two or more treatments together."),
    ScaleLabel(scale="kind", value="device", rank=6, label="Device",
               meaning="A machine, belt or brace used on the body."),
    ScaleLabel(scale="evidence", value="insufficient", rank=0, label="Not enough evidence",
               meaning="Too few good studies, or our sources give no grade."),
    ScaleLabel(scale="evidence", value="very low", rank=1, label="Very low",
               meaning="Very weak studies. We cannot be sure of any effect."),
    ScaleLabel(scale="evidence", value="low", rank=2, label="Low",
               meaning="Few or weak studies. The true effect may be quite different."),
    ScaleLabel(scale="evidence", value="moderate", rank=3, label="Moderate",
               meaning="Good studies, but some doubt remains."),
    ScaleLabel(scale="evidence", value="high", rank=4, label="High",
               meaning="Strong studies. New research is unlikely to change the picture."),
    ScaleLabel(scale="nice", value="DO_NOT_OFFER", rank=0, label="Do not offer",
               meaning="NICE says doctors should not offer it for low back pain."),
    ScaleLabel(scale="nice", value="NOT_COVERED", rank=1, label="No advice",
               meaning="NICE gives no advice on it for low back pain."),
    ScaleLabel(scale="nice", value="ONLY_WITH_EXERCISE", rank=2, label="Only with exercise",
               meaning="Only as part of a plan that includes exercise."),
    ScaleLabel(scale="nice", value="CONSIDER", rank=3, label="Consider",
               meaning="Doctors may think about it. NICE is less sure that it helps."),
    ScaleLabel(scale="nice", value="OFFER", rank=4, label="Offer",
               meaning="NICE's firmest advice: doctors should offer it."),
    ScaleLabel(scale="invasiveness", value="NONE", rank=0, label="None",
               meaning="Things you do yourself, such as moving, resting or using heat."),
    ScaleLabel(scale="invasiveness", value="LOW", rank=1, label="Low",
               meaning="Medicine by mouth or on the skin, guided exercise, massage, or a machine "
               "on the skin."),
    ScaleLabel(scale="invasiveness", value="MODERATE", rank=2, label="Moderate",
               meaning="Needles, injections, or a quick push on a joint."),
    ScaleLabel(scale="invasiveness", value="HIGH", rank=3, label="High", meaning="An operation."),
    ScaleLabel(scale="risk", value="MINIMAL", rank=0, label="Very low",
               meaning="Brief soreness at most, or no main harms named by our sources."),
    ScaleLabel(scale="risk", value="LOW", rank=1, label="Low",
               meaning="Mild harms that soon pass."),
    ScaleLabel(scale="risk", value="MODERATE", rank=2, label="Moderate",
               meaning="Side effects are common, or serious harm is rare but possible."),
    ScaleLabel(scale="risk", value="HIGH", rank=3, label="High",
               meaning="Serious harm is possible, such as addiction or a failed operation."),
    ScaleLabel(scale="relief", value="HOURS", rank=0, label="Within hours",
               meaning="It can help the same day."),
    ScaleLabel(scale="relief", value="DAYS", rank=1, label="Within days",
               meaning="It takes a few days to help."),
    ScaleLabel(scale="relief", value="WEEKS", rank=2, label="Over weeks",
               meaning="It helps over weeks of regular use."),
    ScaleLabel(scale="relief", value="MONTHS", rank=3, label="Over months",
               meaning="Full recovery can take months."),
)


def scale_levels(scale: str) -> tuple[ScaleLabel, ...]:
    """The labels of one scale in `SCALES`, lowest rank first."""
    return tuple(sorted((lab for lab in SCALE_LABELS if lab.scale == scale),
                        key=lambda lab: lab.rank))


def _label_by_id(scale: str) -> MappingProxyType[str, ScaleLabel]:
    return MappingProxyType({lab.value: lab for lab in scale_levels(scale)})


PHASE_LABEL_BY_ID = _label_by_id("phase")
KIND_LABEL_BY_ID = _label_by_id("kind")
EVIDENCE_LABEL_BY_ID = _label_by_id("evidence")
NICE_LABEL_BY_ID = _label_by_id("nice")
"""Keyed by the member name: NICE_LABEL_BY_ID[NiceStance.CONSIDER.name]."""
INVASIVENESS_LABEL_BY_ID = _label_by_id("invasiveness")
"""Keyed by the member name: INVASIVENESS_LABEL_BY_ID[Invasiveness.LOW.name]."""
RISK_LABEL_BY_ID = _label_by_id("risk")
RELIEF_LABEL_BY_ID = _label_by_id("relief")


def grades_by_phase(
    record: Treatment, scale: str, *, lang: str = "en"
) -> tuple[tuple[Prose, ScaleLabel], ...]:
    """A treatment's grade on the "evidence" or "nice" scale for each phase it covers, in
    phase order, with the phase's name, in the language: the one place pages read a grade
    per phase from."""
    grade = {
        "evidence": lambda phase: EVIDENCE_LABEL_BY_ID[record.evidence[phase]],
        "nice": lambda phase: NICE_LABEL_BY_ID[record.nice[phase].name],
    }[scale]
    return tuple(
        (i18n.localize(PHASE_LABEL_BY_ID[phase], lang).label, i18n.localize(grade(phase), lang))
        for phase in PHASES
        if phase in record.phases
    )


def meaning_list(labels: Iterable[tuple[str, str]]) -> str:
    """A Markdown list of grades or words explained: each name in bold, then its meaning."""
    return "\n".join(f"- **{name}:** {meaning}" for name, meaning in labels)
