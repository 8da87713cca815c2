"""Treatment options for back cramps and back pain, compared side by side.

Options, phases and the main risks come from the seed article (verywell-back-cramps).
Evidence grades come from the American College of Physicians (acp-2017); the
guidelines' stance from NICE (nice-ng59), the NHS (nhs-back-pain) and, for spinal
manipulation, the WHO (who-chiro-2005) and Hawk et al. (hawk-2017-chiro).
Where our sources give no grade, the record says "insufficient" and its
`evidence_note` says so; `evidence_source` then is None.

The ordered scales are BackInfo's own plain summaries of each record's sources:
- `Invasiveness`: NONE (you do it yourself), LOW (medicine by mouth or on the skin,
  guided exercise, massage), MODERATE (needles, injections, or a quick push on a
  joint), HIGH (an operation).
- `Risk`: MINIMAL (brief soreness at most), LOW (mild, short-lived harms),
  MODERATE (common side effects or rare serious harm), HIGH (serious harm such as
  addiction, overdose or a failed operation).
- `Relief`: how soon an option usually starts to help, from HOURS to MONTHS.

`Scale` and `ScaleLabel` records are display text for these scales (axis titles,
legend labels and their meaning), so a page needs no wording of its own; like
`ui_text`, they state no medical fact and carry no sources. `KEY_MESSAGES` holds the
page's sourced messages: talk to a doctor, treatments are often combined, and
surgery is the last resort.

`frame()` turns the records into the one table that every chart and table uses.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import IntEnum
from types import MappingProxyType

import pandas as pd

from backinfo.model import Prose, Topic
from backinfo.sources import SOURCES

PHASES = ("acute", "chronic")
"""Acute: under 6 weeks; chronic: over 12 weeks (acp-2017, nice-cks-lbp)."""

KINDS = ("medicine", "physical", "self-care", "procedure", "complementary", "combined")

EVIDENCE_LEVELS = ("insufficient", "very low", "low", "moderate", "high")
"""Weakest first, so that a level's index is its rank."""


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


@dataclass(frozen=True)
class GuidelineView:
    """What one source says about a treatment."""

    source: str
    stance: Prose


@dataclass(frozen=True)
class Treatment:
    """One treatment option, with its evidence, timing, invasiveness, risks and sources."""

    id: str
    name: Prose
    phases: frozenset[str]
    kind: str
    evidence: str
    evidence_source: str | None
    evidence_note: Prose
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
        problems = []
        if not self.phases or not self.phases <= set(PHASES):
            problems.append(f"phases {sorted(self.phases)} must be drawn from {PHASES}")
        if self.kind not in KINDS:
            problems.append(f"kind {self.kind!r} must be one of {KINDS}")
        if self.evidence not in EVIDENCE_LEVELS:
            problems.append(f"evidence {self.evidence!r} must be one of {EVIDENCE_LEVELS}")
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
    """A scale or category that the page shows: its title and what it measures."""

    id: str
    title: Prose
    description: Prose


@dataclass(frozen=True)
class ScaleLabel:
    """How one value of a scale or category is shown to patients, and its rank."""

    scale: str
    value: str
    rank: int
    label: Prose
    meaning: Prose


@dataclass(frozen=True)
class PageLabels:
    """The treatment page's own wording: controls, headings, chart text and table headers.

    Like `ui_text`, these name and explain what the page shows; they state no medical fact.
    """

    key_messages: Prose
    phase_question: Prose
    both_phases: Prose
    kind_filter: Prose
    evidence_filter: Prose
    filter_hint: Prose
    no_match: Prose
    ranked_heading: Prose
    ranked_intro: Prose
    ranked_description: Prose
    ranked_summary: Prose
    map_heading: Prose
    map_intro: Prose
    map_description: Prose
    map_summary: Prose
    relief_heading: Prose
    relief_intro: Prose
    relief_description: Prose
    relief_summary: Prose
    show_table: Prose
    option: Prose
    benefit: Prose
    risks: Prose
    evidence_note: Prose
    source_list: Prose
    detail_heading: Prose
    detail_picker: Prose
    what_it_is: Prose
    how_it_helps: Prose
    who_it_suits: Prose
    guideline_stance: Prose
    guideline_views: Prose
    guidelines_disagree: Prose


_SEED = "verywell-back-cramps"
_ACP = "acp-2017"
_NICE = "nice-ng59"
_NHS = "nhs-back-pain"

TREATMENTS: tuple[Treatment, ...] = (
    Treatment(
        id="nsaids",
        name="Anti-inflammatory painkillers (NSAIDs)",
        phases=frozenset({"acute", "chronic"}),
        kind="medicine",
        evidence="moderate",
        evidence_source=_ACP,
        evidence_note="Graded by the American College of Physicians (ACP), for both new "
        "and long-lasting pain.",
        benefit="A small easing of pain in studies.",
        time_to_relief="Within hours of a dose.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MODERATE,
        risks="They can upset the stomach and cause bleeding there. They can also strain "
        "the kidneys and the heart, more so with long use.",
        notes="ACP and NICE both support them. NICE says to use the lowest dose that "
        "works, for the shortest time.",
        what_it_is="Pills such as ibuprofen or naproxen. You can buy some of them at a "
        "pharmacy.",
        how_it_helps="They calm swelling and dull pain.",
        who_it_suits="They may suit adults with no stomach, kidney or heart problems. A "
        "pharmacist or doctor can check if they are safe for you.",
        guideline_views=(
            GuidelineView(_ACP, "Fair studies show a small benefit for new and long-lasting "
                          "pain."),
            GuidelineView(_NICE, "Think about them at the lowest dose that works, for as "
                          "short a time as you can."),
            GuidelineView(_SEED, "Lists them for both new and long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="topical_pain_relief",
        name="Pain relief creams and gels",
        phases=frozenset({"acute"}),
        kind="medicine",
        evidence="insufficient",
        evidence_source=None,
        evidence_note="None of our guidelines grades creams or gels for back pain. A low "
        "grade has been suggested, but we could not confirm it.",
        benefit="Not known for back pain. Good studies are lacking.",
        time_to_relief="Within hours, if it helps.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.LOW,
        risks="The skin may get red, itchy or sore.",
        notes="Verywell Health lists them for new pain. Our guidelines do not grade them.",
        what_it_is="Creams, gels or sprays that you rub on the sore part of the back.",
        how_it_helps="They act on the skin over the sore area.",
        who_it_suits="They may suit people who would like to try something on the skin "
        "first.",
        guideline_views=(
            GuidelineView(_SEED, "Lists creams and gels as an option for new pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED,),
    ),
    Treatment(
        id="heat_cold_therapy",
        name="Heat or cold packs",
        phases=frozenset({"acute", "chronic"}),
        kind="self-care",
        evidence="moderate",
        evidence_source=_ACP,
        evidence_note="ACP grades heat as moderate, for new pain only. For cold, ACP found "
        "too little evidence to judge.",
        benefit="Heat eases new pain a little in studies. The effect of cold is not known.",
        time_to_relief="While you use it, and for a short time after.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.LOW,
        risks="Too much heat can burn the skin. Ice put straight on the skin can harm it.",
        notes="ACP supports heat for new pain. Verywell Health lists heat and cold for "
        "new and long-lasting pain.",
        what_it_is="A warm pad, wrap or hot water bottle, or a cold pack in a cloth, held "
        "on the sore area.",
        how_it_helps="Warmth can relax tight muscles. Cold can numb the area for a while.",
        who_it_suits="It may suit most people as a simple thing to try at home.",
        guideline_views=(
            GuidelineView(_ACP, "Fair studies show heat helps new pain. There is too little "
                          "evidence to judge cold."),
            GuidelineView(_SEED, "Lists heat and cold for both new and long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP),
    ),
    Treatment(
        id="muscle_relaxants",
        name="Muscle relaxants",
        phases=frozenset({"acute"}),
        kind="medicine",
        evidence="moderate",
        evidence_source=_ACP,
        evidence_note="Graded by ACP, for new pain only.",
        benefit="A small easing of new pain in studies.",
        time_to_relief="Within hours of a dose.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MODERATE,
        risks="Sleepiness and dizziness are common. This can make driving unsafe.",
        notes="ACP lists them as an option for new pain, not for long-lasting pain.",
        what_it_is="Medicines from a doctor that calm tight muscles and spasms.",
        how_it_helps="They act on the nerves and brain to loosen tight back muscles.",
        who_it_suits="They may suit some people with a new, painful spasm, for a short "
        "time. A doctor decides if they fit.",
        guideline_views=(
            GuidelineView(_ACP, "Fair studies show a small benefit for new pain."),
            GuidelineView(_SEED, "Lists them for new pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP),
    ),
    Treatment(
        id="stretching",
        name="Stretching and staying active",
        phases=frozenset({"acute"}),
        kind="physical",
        evidence="insufficient",
        evidence_source=None,
        evidence_note="Our guidelines give no grade for stretching alone. The NHS advises "
        "staying as active as you can.",
        benefit="Staying active helps people get better. How much stretching adds is "
        "not known.",
        time_to_relief="Over a few days.",
        relief=Relief.DAYS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.MINIMAL,
        risks="Muscles may feel a little sore at first.",
        notes="The NHS supports staying active. Long bed rest is not advised.",
        what_it_is="Gentle stretches, and keeping up your daily tasks as best you can.",
        how_it_helps="Moving stops muscles and joints from getting stiff, and helps you "
        "get back to normal sooner.",
        who_it_suits="It may suit most people with new back pain. A doctor or "
        "physiotherapist can show you which stretches to do.",
        guideline_views=(
            GuidelineView(_NHS, "Stay as active as you can, and try gentle exercise."),
            GuidelineView(_SEED, "Suggests the stretches that your doctor advises."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _NHS),
    ),
    Treatment(
        id="short_rest",
        name="A short rest",
        phases=frozenset({"acute"}),
        kind="self-care",
        evidence="insufficient",
        evidence_source=None,
        evidence_note="No guideline grades a short rest. The advice against long rest "
        "comes from the NHS.",
        benefit="It may settle a sudden spasm. Longer rest slows recovery.",
        time_to_relief="Within hours, if it helps.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.LOW,
        risks="Resting for long can make the back stiff and slow down recovery.",
        notes="Only briefly. Doctors advise against long bed rest, for new or long-lasting "
        "pain.",
        what_it_is="Resting for a short while when a spasm first strikes, then moving "
        "again.",
        how_it_helps="A brief rest can give a sudden spasm time to settle.",
        who_it_suits="It may suit someone in the first hours of a sudden, painful spasm.",
        guideline_views=(
            GuidelineView(_SEED, "A short rest may help when a spasm first starts. Longer "
                          "rest is not advised."),
            GuidelineView(_NHS, "Stay as active as you can. Resting for a long time can "
                          "make the pain worse."),
        ),
        guidelines_disagree=True,
        sources=(_SEED, _NHS),
    ),
    Treatment(
        id="physiotherapy",
        name="Physiotherapy and exercise therapy",
        phases=frozenset({"chronic"}),
        kind="physical",
        evidence="moderate",
        evidence_source=_ACP,
        evidence_note="ACP grades exercise therapy as moderate, for long-lasting pain.",
        benefit="A small easing of pain. It can also help people do more each day.",
        time_to_relief="Over several weeks of regular sessions.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MINIMAL,
        risks="Muscles may ache after exercise, mostly at the start.",
        notes="ACP supports exercise therapy. NICE suggests a group exercise class.",
        what_it_is="A physiotherapist (an expert in movement and exercise) plans exercises "
        "with you and checks how you do them.",
        how_it_helps="Exercises build strength and fix weak or uneven muscles, so the back "
        "copes better.",
        who_it_suits="It may suit people whose pain has lasted for months. Doing the "
        "exercises at home as well helps.",
        guideline_views=(
            GuidelineView(_ACP, "Fair studies support exercise for long-lasting pain."),
            GuidelineView(_NICE, "Think about a group exercise class."),
            GuidelineView(_SEED, "Lists physiotherapy to build strength and even out the "
                          "muscles."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="relaxation",
        name="Relaxation and mindfulness",
        phases=frozenset({"chronic"}),
        kind="self-care",
        evidence="low",
        evidence_source=_ACP,
        evidence_note="ACP grades relaxation training as low. Mindfulness courses rate "
        "higher, at moderate.",
        benefit="A small easing of pain in some studies.",
        time_to_relief="Over weeks of regular practice.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.MINIMAL,
        risks="Few or no harms are reported.",
        notes="ACP lists these as options. NICE suggests talking therapy only as part of "
        "a package with exercise.",
        what_it_is="Ways to calm the body and mind. Examples are slow breathing, relaxing "
        "one muscle group at a time, and mindfulness (calm focus on the here and now).",
        how_it_helps="Stress can tighten muscles and make pain feel worse. A calmer mind "
        "may ease both.",
        who_it_suits="It may suit people whose pain is tied up with stress, worry or poor "
        "sleep.",
        guideline_views=(
            GuidelineView(_ACP, "Mindfulness has moderate support. Relaxation training and "
                          "talking therapy have low support."),
            GuidelineView(_NICE, "Offer talking therapy (CBT) only as part of a plan with "
                          "exercise."),
            GuidelineView(_SEED, "Lists relaxation for long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="lifestyle_posture",
        name="Posture and lifestyle changes",
        phases=frozenset({"chronic"}),
        kind="self-care",
        evidence="insufficient",
        evidence_source=None,
        evidence_note="No guideline we use grades advice on posture. NICE makes self-care "
        "advice part of every plan.",
        benefit="Not measured well in studies.",
        time_to_relief="Over weeks to months.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.MINIMAL,
        risks="No harms are known.",
        notes="Part of the self-care advice in NICE guidance.",
        what_it_is="Changes to daily habits: sitting less, sitting and standing tall, "
        "lifting with care, and a firm, comfy bed.",
        how_it_helps="Better habits take strain off the back and may stop pain coming back.",
        who_it_suits="It may suit anyone with back pain, alongside other care.",
        guideline_views=(
            GuidelineView(_NICE, "Give advice and support to help people manage their own "
                          "pain and stay active."),
            GuidelineView(_SEED, "Suggests better posture and other changes to daily life."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _NICE),
    ),
    Treatment(
        id="steroid_injections_nerve_blocks",
        name="Steroid injections and nerve blocks",
        phases=frozenset({"chronic"}),
        kind="procedure",
        evidence="insufficient",
        evidence_source=None,
        evidence_note="Our sources give no grade. NICE looked at the studies and advises "
        "against spinal injections for low back pain.",
        benefit="Not shown for back pain alone. NICE says an injection may help severe, "
        "new sciatica.",
        time_to_relief="Within days, if it helps. The effect may wear off.",
        relief=Relief.DAYS,
        invasiveness=Invasiveness.MODERATE,
        risk=Risk.MODERATE,
        risks="Rare but serious: infection, bleeding or nerve damage.",
        notes="The sources disagree. NICE says no for back pain alone, but perhaps for "
        "severe, new sciatica.",
        what_it_is="A doctor injects a steroid (a strong medicine against swelling) or a "
        "numbing drug near a nerve or joint in the spine.",
        how_it_helps="The aim is to calm a swollen nerve or joint and block pain signals.",
        who_it_suits="NICE says an injection may be an option for severe, new sciatica "
        "(leg pain from a pressed nerve). It does not advise them for back pain alone.",
        guideline_views=(
            GuidelineView(_SEED, "Lists steroid injections and nerve blocks for "
                          "long-lasting pain. Suggests that pairing them with physical "
                          "therapy can work better."),
            GuidelineView(_NICE, "Do not offer spinal injections for low back pain. Think "
                          "about an injection around the spinal nerves for severe, new "
                          "sciatica."),
        ),
        guidelines_disagree=True,
        sources=(_SEED, _NICE),
    ),
    Treatment(
        id="opioids",
        name="Opioid painkillers",
        phases=frozenset({"chronic"}),
        kind="medicine",
        evidence="insufficient",
        evidence_source=None,
        evidence_note="Our sources give no grade for opioids alone. ACP puts them last, "
        "after other options have failed. NICE says not to offer them for long-lasting "
        "low back pain.",
        benefit="A small easing of long-lasting pain, for a short time, in studies.",
        time_to_relief="Within hours of a dose.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.HIGH,
        risks="Opioids can cause addiction and dependence (the body comes to need the "
        "drug). An overdose can kill. Constipation and sleepiness are common.",
        notes="Last resort. NICE advises against them for long-lasting low back pain.",
        what_it_is="Strong painkillers such as codeine, tramadol or morphine. Most need a "
        "prescription.",
        how_it_helps="They act on the brain and nerves to dull pain.",
        who_it_suits="Doctors use them only rarely for back pain, after other options "
        "have failed, and for a short time.",
        guideline_views=(
            GuidelineView(_SEED, "Lists opioids for long-lasting pain, and warns that they "
                          "can lead to addiction."),
            GuidelineView(_NICE, "Do not offer opioids for long-lasting low back pain. For "
                          "new pain, a weak opioid only if NSAIDs are not suitable."),
            GuidelineView(_ACP, "Think about opioids only when other treatments have "
                          "failed, and after talking through the risks."),
        ),
        guidelines_disagree=True,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="gentle_exercise",
        name="Gentle exercise",
        phases=frozenset({"chronic"}),
        kind="physical",
        evidence="moderate",
        evidence_source=_ACP,
        evidence_note="ACP grades exercise as moderate, for long-lasting pain.",
        benefit="A small easing of pain, and it can help people do more each day.",
        time_to_relief="Over a few weeks, if you keep it up.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.NONE,
        risk=Risk.MINIMAL,
        risks="Some aches at first.",
        notes="ACP supports exercise for long-lasting pain. The NHS advises staying active.",
        what_it_is="Regular, gentle activity such as walking, swimming, yoga or tai chi.",
        how_it_helps="Moving often keeps the back strong and supple. It can lift your mood "
        "too.",
        who_it_suits="It may suit most people with long-lasting pain. Start slowly and "
        "build up.",
        guideline_views=(
            GuidelineView(_ACP, "Fair studies support exercise for long-lasting pain."),
            GuidelineView(_NHS, "Stay as active as you can."),
            GuidelineView(_SEED, "Lists gentle exercise for long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NHS),
    ),
    Treatment(
        id="acupuncture",
        name="Acupuncture",
        phases=frozenset({"chronic"}),
        kind="complementary",
        evidence="moderate",
        evidence_source=_ACP,
        evidence_note="ACP grades acupuncture as moderate for long-lasting pain, and low "
        "for new pain. NICE advises against it.",
        benefit="A small easing of long-lasting pain in some studies.",
        time_to_relief="Over a course of sessions across several weeks.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.MODERATE,
        risk=Risk.LOW,
        risks="Minor bleeding or bruising where the needles go in.",
        notes="The guidelines disagree. ACP lists it as an option. NICE says not to "
        "offer it.",
        what_it_is="A trained person puts very thin needles into the skin at chosen points.",
        how_it_helps="How it works is not clear. It may change how the body senses pain.",
        who_it_suits="Some people with long-lasting pain choose to try it.",
        guideline_views=(
            GuidelineView(_SEED, "Names acupuncture as another therapy that some people "
                          "find helpful."),
            GuidelineView(_ACP, "An option for long-lasting pain, with moderate support."),
            GuidelineView(_NICE, "Do not offer acupuncture for low back pain."),
        ),
        guidelines_disagree=True,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="surgery",
        name="Back surgery",
        phases=frozenset({"chronic"}),
        kind="procedure",
        evidence="insufficient",
        evidence_source=None,
        evidence_note="Our sources give no single grade for back surgery. NICE limits it "
        "to a few cases.",
        benefit="It varies. There is no promise that it will ease the pain.",
        time_to_relief="Recovery takes weeks to months.",
        relief=Relief.MONTHS,
        invasiveness=Invasiveness.HIGH,
        risk=Risk.HIGH,
        risks="Infection, nerve damage, and pain that does not get better.",
        notes="Last resort, with no promise of relief. NICE advises against joining bones "
        "of the spine for low back pain, except in research.",
        what_it_is="An operation on the spine. One kind frees a pressed nerve. Another "
        "joins two bones of the spine together (spinal fusion).",
        how_it_helps="It aims to take pressure off a nerve, or to steady a painful part of "
        "the spine.",
        who_it_suits="Only a few people, after other care has failed. NICE says freeing a "
        "pressed nerve may be an option for sciatica.",
        guideline_views=(
            GuidelineView(_SEED, "Surgery is an option but usually the last one, and it "
                          "may not ease the pain."),
            GuidelineView(_NICE, "Do not offer spinal fusion for low back pain, except in "
                          "a research trial. Think about freeing a pressed nerve for "
                          "sciatica when other care has not helped."),
        ),
        guidelines_disagree=True,
        sources=(_SEED, _NICE),
    ),
    Treatment(
        id="spinal_manipulation",
        name="Spinal manipulation",
        phases=frozenset({"chronic"}),
        kind="physical",
        evidence="low",
        evidence_source=_ACP,
        evidence_note="ACP grades it as low. NICE supports it only alongside exercise.",
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
        who_it_suits="It may suit some people with long-lasting pain. It is not safe with "
        "some problems, such as a broken bone, a spine infection or very weak bones. See "
        "a doctor first.",
        guideline_views=(
            GuidelineView(_ACP, "Studies of low quality show a small benefit."),
            GuidelineView(_NICE, "Think about it only as part of a package that includes "
                          "exercise."),
            GuidelineView("who-chiro-2005", "It must not be done with some problems, such "
                          "as a broken or unstable spine, a spine infection, or cancer in "
                          "the spine."),
            GuidelineView("hawk-2017-chiro", "Very weak bones, bleeding problems and some "
                          "kinds of arthritis may rule it out. Gentler methods may still "
                          "be possible."),
            GuidelineView(_SEED, "It can help some long-lasting pain, but it does not suit "
                          "everyone, for example people with arthritis of the spine."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE, "who-chiro-2005", "hawk-2017-chiro"),
    ),
    Treatment(
        id="combination_therapy",
        name="Combined treatment",
        phases=frozenset({"chronic"}),
        kind="combined",
        evidence="moderate",
        evidence_source=_ACP,
        evidence_note="ACP grades programmes that join care from several experts as "
        "moderate, for long-lasting pain.",
        benefit="In studies, joined-up programmes ease pain and help people do more.",
        time_to_relief="Over weeks to months.",
        relief=Relief.WEEKS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.LOW,
        risks="It depends on the treatments. Each one brings its own risks.",
        notes="Doctors often combine treatments. NICE suggests a joint programme of "
        "exercise and talking therapy for some people.",
        what_it_is="Two or more treatments used together. Examples are exercise with "
        "talking therapy, or physiotherapy with pain relief.",
        how_it_helps="Each part works on a different side of the pain, so together they "
        "may help more.",
        who_it_suits="It may suit people whose pain has lasted a long time, or gets in the "
        "way of work, mood or sleep.",
        guideline_views=(
            GuidelineView(_SEED, "Doctors often mix treatments, and this can work better "
                          "than one alone."),
            GuidelineView(_NICE, "Think about a joint programme of exercise and talking "
                          "therapy when worry or low mood hold back recovery."),
            GuidelineView(_ACP, "Programmes that join care from several experts help "
                          "long-lasting pain."),
        ),
        guidelines_disagree=False,
        sources=(_SEED, _ACP, _NICE),
    ),
    Treatment(
        id="massage",
        name="Massage",
        phases=frozenset({"acute"}),
        kind="physical",
        evidence="low",
        evidence_source=_ACP,
        evidence_note="ACP grades massage as low, for new pain.",
        benefit="A small, short easing of new pain in studies.",
        time_to_relief="During and soon after a session.",
        relief=Relief.HOURS,
        invasiveness=Invasiveness.LOW,
        risk=Risk.MINIMAL,
        risks="Few harms are reported.",
        notes="ACP lists it for new pain. NICE says only as part of a package with "
        "exercise.",
        what_it_is="A therapist rubs and kneads the muscles of the back.",
        how_it_helps="It may relax tight muscles and ease pain for a while.",
        who_it_suits="It may suit people who find hands-on care soothing.",
        guideline_views=(
            GuidelineView(_ACP, "Studies of low quality show a small benefit for new pain."),
            GuidelineView(_NICE, "Think about hands-on therapy only as part of a package "
                          "that includes exercise."),
        ),
        guidelines_disagree=False,
        sources=(_ACP, _NICE),
    ),
)

TREATMENTS_BY_ID: MappingProxyType[str, Treatment] = MappingProxyType(
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
        id="combining_treatments",
        title="Treatments are often combined",
        body="Doctors often use more than one treatment at a time. For example, exercise "
        "may be joined with pain relief or talking therapy. Together they can work better "
        "than one alone.",
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
    Scale("phase", "How long the pain has lasted",
          "Doctors split back pain by how long it has lasted. The options differ."),
    Scale("kind", "Type of treatment", "What sort of treatment it is."),
    Scale("evidence", "Strength of evidence",
          "How sure the studies are that it helps, as graded by a guideline."),
    Scale("invasiveness", "How much is done to the body",
          "From things you do yourself up to an operation."),
    Scale("risk", "Level of risk", "How serious the main harms can be."),
    Scale("relief", "How soon it may help", "How long it usually takes to start to help."),
)

SCALE_LABELS: tuple[ScaleLabel, ...] = (
    ScaleLabel("phase", "acute", 0, "New pain (acute)",
               "Pain that started less than 6 weeks ago."),
    ScaleLabel("phase", "chronic", 1, "Long-lasting pain (chronic)",
               "Pain that has lasted more than 12 weeks."),
    ScaleLabel("kind", "medicine", 0, "Medicine", "Pills, creams or other drugs."),
    ScaleLabel("kind", "physical", 1, "Movement and hands-on care",
               "Exercise, stretching, or a therapist working on the back."),
    ScaleLabel("kind", "self-care", 2, "Self-care", "Things you can do at home."),
    ScaleLabel("kind", "procedure", 3, "Procedure",
               "An injection or an operation done by a specialist."),
    ScaleLabel("kind", "complementary", 4, "Complementary therapy",
               "A therapy from outside mainstream medicine, such as acupuncture."),
    ScaleLabel("kind", "combined", 5, "Combined care", "Two or more treatments together."),
    ScaleLabel("evidence", "insufficient", 0, "Not enough evidence",
               "Too few good studies, or our sources give no grade."),
    ScaleLabel("evidence", "very low", 1, "Very low",
               "Very weak studies. We cannot be sure of any effect."),
    ScaleLabel("evidence", "low", 2, "Low",
               "Few or weak studies. The true effect may be quite different."),
    ScaleLabel("evidence", "moderate", 3, "Moderate",
               "Good studies, but some doubt remains."),
    ScaleLabel("evidence", "high", 4, "High",
               "Strong studies. New research is unlikely to change the picture."),
    ScaleLabel("invasiveness", "NONE", 0, "None",
               "Things you do yourself, such as moving, resting or using heat."),
    ScaleLabel("invasiveness", "LOW", 1, "Low",
               "Medicine by mouth or on the skin, guided exercise, or massage."),
    ScaleLabel("invasiveness", "MODERATE", 2, "Moderate",
               "Needles, injections, or a quick push on a joint."),
    ScaleLabel("invasiveness", "HIGH", 3, "High", "An operation."),
    ScaleLabel("risk", "MINIMAL", 0, "Very low", "Brief soreness at most."),
    ScaleLabel("risk", "LOW", 1, "Low", "Mild harms that soon pass."),
    ScaleLabel("risk", "MODERATE", 2, "Moderate",
               "Side effects are common, or serious harm is rare but possible."),
    ScaleLabel("risk", "HIGH", 3, "High",
               "Serious harm is possible, such as addiction or a failed operation."),
    ScaleLabel("relief", "HOURS", 0, "Within hours", "It can help the same day."),
    ScaleLabel("relief", "DAYS", 1, "Within days", "It takes a few days to help."),
    ScaleLabel("relief", "WEEKS", 2, "Over weeks", "It helps over weeks of regular use."),
    ScaleLabel("relief", "MONTHS", 3, "Over months", "Full recovery can take months."),
)


PAGE_LABELS = PageLabels(
    key_messages="Before you compare",
    phase_question="Which back pain do you want to compare?",
    both_phases="Both, side by side",
    kind_filter="Show only these types of treatment",
    evidence_filter="Show only this strength of evidence",
    filter_hint="Pick nothing to see every option.",
    no_match="No option fits these choices. Try removing a filter.",
    ranked_heading="Which options have the strongest evidence?",
    ranked_intro="A longer bar means stronger evidence that the option helps. The grade is "
    "written at the end of each bar. Point at a bar, or tap it, to see more.",
    ranked_description="A bar chart of treatment options. Each bar is one option. The "
    "longer the bar, the stronger the evidence that it helps. The grade is written at the "
    "end of each bar. The list below the chart gives the same facts.",
    ranked_summary="Options by strength of evidence, strongest first:",
    map_heading="Which options are gentle and well supported?",
    map_intro="Each row is one option. The rows are grouped by how much is done to the "
    "body, least first. The further right the mark, the stronger the evidence. The shape "
    "and colour of a mark show how much is done to the body.",
    map_description="A chart with one row for each treatment option, grouped by how much "
    "is done to the body, from things you do yourself up to an operation. A line on each "
    "row ends at the strength of evidence that the option helps: the further right, the "
    "stronger. The shape and colour of the mark at the end of the line show how much is "
    "done to the body. The list below the chart gives the same facts.",
    map_summary="Options by how much is done to the body, from least to most. The "
    "strength of evidence follows each name:",
    relief_heading="How soon may each option help?",
    relief_intro="Each row is one option. The mark shows how soon it usually starts to "
    "help. The shape and colour of a mark show the type of treatment.",
    relief_description="A chart with one row for each treatment option. A mark on each "
    "row shows how soon the option usually starts to help: within hours, days, weeks or "
    "months. The shape and colour of each mark show the type of treatment. The list below "
    "the chart gives the same facts.",
    relief_summary="Options by how soon they may help, from soonest to slowest:",
    show_table="Show these facts as a table",
    option="Option",
    benefit="How much it helps",
    risks="Main risks",
    evidence_note="About the evidence",
    source_list="Sources",
    detail_heading="Read about one option",
    detail_picker="Pick an option",
    what_it_is="What is it?",
    how_it_helps="How may it help?",
    who_it_suits="Who may it suit?",
    guideline_stance="What do the guidelines advise?",
    guideline_views="Who says what?",
    guidelines_disagree="The sources do not agree about this option. Each view is below, "
    "with the name of the source that gives it.",
)

def _labels(scale: str) -> MappingProxyType[str, ScaleLabel]:
    return MappingProxyType({lab.value: lab for lab in SCALE_LABELS if lab.scale == scale})


PHASE_LABELS = _labels("phase")
KIND_LABELS = _labels("kind")
EVIDENCE_LABELS = _labels("evidence")
INVASIVENESS_LABELS = _labels("invasiveness")
"""Keyed by the member name: INVASIVENESS_LABELS[Invasiveness.LOW.name]."""
RISK_LABELS = _labels("risk")
RELIEF_LABELS = _labels("relief")

TEXT_COLUMNS = (
    "id", "name", "kind", "kind_label", "phases", "evidence", "evidence_label",
    "evidence_note", "evidence_source", "invasiveness_label", "risk_label", "relief_label",
    "benefit", "time_to_relief", "risks", "notes", "what_it_is", "how_it_helps",
    "who_it_suits", "sources", "source_ids",
)
RANK_COLUMNS = ("evidence_rank", "invasiveness_rank", "risk_rank", "relief_rank")
BOOL_COLUMNS = ("acute", "chronic", "guidelines_disagree")


def _cite(ids: tuple[str, ...]) -> str:
    return "; ".join(f"{SOURCES[i].publisher} ({SOURCES[i].year})" for i in ids)


def _row(t: Treatment) -> dict[str, object]:
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.kind,
        "kind_label": KIND_LABELS[t.kind].label,
        "phases": ", ".join(PHASE_LABELS[p].label for p in PHASES if p in t.phases),
        "evidence": t.evidence,
        "evidence_label": EVIDENCE_LABELS[t.evidence].label,
        "evidence_note": t.evidence_note,
        "evidence_source": _cite((t.evidence_source,)) if t.evidence_source else "",
        "invasiveness_label": INVASIVENESS_LABELS[t.invasiveness.name].label,
        "risk_label": RISK_LABELS[t.risk.name].label,
        "relief_label": RELIEF_LABELS[t.relief.name].label,
        "benefit": t.benefit,
        "time_to_relief": t.time_to_relief,
        "risks": t.risks,
        "notes": t.notes,
        "what_it_is": t.what_it_is,
        "how_it_helps": t.how_it_helps,
        "who_it_suits": t.who_it_suits,
        "sources": _cite(t.sources),
        "source_ids": ", ".join(t.sources),
        "evidence_rank": EVIDENCE_LEVELS.index(t.evidence),
        "invasiveness_rank": int(t.invasiveness),
        "risk_rank": int(t.risk),
        "relief_rank": int(t.relief),
        "acute": "acute" in t.phases,
        "chronic": "chronic" in t.phases,
        "guidelines_disagree": t.guidelines_disagree,
    }


@functools.cache
def _frame(by_phase: bool) -> pd.DataFrame:
    table = pd.DataFrame([_row(t) for t in TREATMENTS])
    table = table.astype(
        {c: "string" for c in TEXT_COLUMNS}
        | {c: "int64" for c in RANK_COLUMNS}
        | {c: "bool" for c in BOOL_COLUMNS}
    )
    if not by_phase:
        return table
    table["phase"] = [[p for p in PHASES if p in TREATMENTS_BY_ID[i].phases] for i in table.id]
    table = table.explode("phase", ignore_index=True)
    table["phase"] = table["phase"].astype("string")
    table["phase_label"] = table["phase"].map(lambda p: PHASE_LABELS[p].label).astype("string")
    return table


def frame(by_phase: bool = False) -> pd.DataFrame:
    """The treatments as a table: one row per treatment, in the order of TREATMENTS.

    With `by_phase=True`, one row per treatment and phase, with `phase` ("acute" or
    "chronic") and `phase_label` columns, for charts that set the phases side by side.
    Columns: TEXT_COLUMNS (strings), RANK_COLUMNS (int64, higher means stronger
    evidence, more invasive, riskier or slower) and BOOL_COLUMNS. Built once; each call
    returns a fresh copy, so callers may change it.
    """
    return _frame(by_phase).copy()


def grouped_names(
    table: pd.DataFrame, scale: str, *, detail: str | None = None, descending: bool = False
) -> tuple[tuple[ScaleLabel, tuple[str, ...]], ...]:
    """The options in `table` grouped by their level on `scale`, for a written summary.

    `scale` is "evidence", "invasiveness", "risk" or "relief"; levels run from the bottom of
    the scale up, or from the top down with `descending`. Empty levels are left out. With
    `detail`, each name carries that scale's label: "Acupuncture: Moderate".
    """
    levels = sorted(
        (lab for lab in SCALE_LABELS if lab.scale == scale),
        key=lambda lab: lab.rank,
        reverse=descending,
    )
    groups = []
    for level in levels:
        rows = table[table[f"{scale}_rank"] == level.rank]
        names = tuple(
            f"{row['name']}: {row[f'{detail}_label']}" if detail else row["name"]
            for _, row in rows.iterrows()
        )
        if names:
            groups.append((level, names))
    return tuple(groups)
