"""What the symptom checker tells a person to do at each level: the advice, the safety
net (when to seek help if things change) and what a doctor will likely do.

Texts hold `{emergency}` and `{urgent}` placeholders: `backinfo.triage.advice_for()` and
`safety_net_for()` fill in the clinic's numbers (`backinfo.emergency_numbers`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from backinfo.model import Prose
from backinfo.triage_rules import Notice, Urgency


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


ADVICE: Mapping[Urgency, Advice] = MappingProxyType(
    {
        Urgency.EMERGENCY: Advice(
            urgency=Urgency.EMERGENCY,
            name="Emergency",
            title="Call {emergency} or go to A&E now",
            what_to_do="Call {emergency} or go to A&E (the emergency department) now. Take "
            "this list of your answers with you if you can.",
            how_soon="Now. Do not wait to see if it gets better.",
            icon=":material/emergency:",
            colour="red",
            sources=("nhs-back-pain", "nhs-ces"),
        ),
        Urgency.URGENT: Advice(
            urgency=Urgency.URGENT,
            name="Urgent",
            title="Get medical advice today",
            what_to_do="Call {urgent}, or ask your GP surgery for an urgent appointment. "
            "Tell them which warning signs you have.",
            how_soon="Today.",
            icon=":material/warning:",
            colour="orange",
            sources=("nhs-back-pain",),
        ),
        Urgency.SEE_GP: Advice(
            urgency=Urgency.SEE_GP,
            name="See a GP",
            title="Book an appointment with a GP",
            what_to_do="Make an appointment with a GP to talk about your back pain. Until "
            "then, keep moving as much as you can.",
            how_soon="Soon, but it does not need to be today.",
            icon=":material/stethoscope:",
            colour="blue",
            sources=("nhs-back-pain", "nhs-sciatica", "verywell-back-cramps"),
        ),
        Urgency.SELF_CARE: Advice(
            urgency=Urgency.SELF_CARE,
            name="Self-care",
            title="You can look after your back at home",
            what_to_do="Keep moving and carry on with daily life as much as you can. Long "
            "bed rest slows recovery. Heat, gentle stretches and advice from a pharmacist "
            "on pain relief can help.",
            how_soon="Most back pain gets better within a few weeks.",
            icon=":material/self_improvement:",
            colour="green",
            sources=("nhs-back-pain", "acp-2017", "verywell-back-cramps"),
        ),
    }
)
"""Urgency -> what to do. Use `triage.advice_for()` for the texts with phone numbers."""

CAUSES_NOTE = Notice(
    id="causes_note",
    text="These causes may fit your answers. This is not a diagnosis: only a doctor who "
    "examines you can say what causes your pain.",
    sources=("verywell-back-cramps", "nice-ng59"),
)

_CALL_IF_EMERGENCY_SIGN = Notice(
    id="emergency_sign_appears",
    text="If you get an emergency sign, call {emergency} or go to A&E straight away. Two "
    "examples are numbness around your bottom and trouble peeing.",
    sources=("nhs-back-pain", "nhs-ces"),
)
_CALL_IF_URGENT_SIGN = Notice(
    id="urgent_sign_appears",
    text="If you get a high temperature, lose weight without trying, or the pain gets "
    "worse at night, call {urgent} or ask for an urgent GP appointment.",
    sources=("nhs-back-pain",),
)
_SEE_GP_IF_NOT_BETTER = Notice(
    id="not_better",
    text="See a GP if the pain is not getting better after a few weeks, if it stops you "
    "doing everyday things, or if cramps keep coming back.",
    sources=("nhs-back-pain", "verywell-back-cramps"),
)
_ACT_FAST = Notice(
    id="act_fast",
    text="Go even if the pain eases. Some of these problems need treatment within hours "
    "to stop lasting harm.",
    sources=("nhs-ces",),
)
PREGNANCY_NOTICE = Notice(
    id="pregnancy",
    text="You are pregnant, or not sure. Before 37 weeks, call your midwife or maternity "
    "unit now if you get cramps that come and go, or backache that is not usual for you.",
    sources=("nhs-preterm-labour",),
)

SAFETY_NET: Mapping[Urgency, tuple[Notice, ...]] = MappingProxyType(
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
the answer to `pregnancy` is yes or not sure; `triage.safety_net_for()` fills in the
numbers."""

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



DOCTOR_VISIT_BY_ID: Mapping[str, DoctorVisit] = MappingProxyType(
    {visit.id: visit for visit in DOCTOR_VISITS}
)
"""Visit id -> what a doctor will likely do. An emergency rule names its own visit
(`Rule.doctor_visit`, hazard log HAZ-11); other results use their urgency's visit."""

DOCTOR_VISIT_BY_URGENCY: Mapping[Urgency, DoctorVisit] = MappingProxyType(
    {
        Urgency.URGENT: DOCTOR_VISIT_BY_ID["urgent"],
        Urgency.SEE_GP: DOCTOR_VISIT_BY_ID["see_gp"],
        Urgency.SELF_CARE: DOCTOR_VISIT_BY_ID["self_care"],
    }
)
"""The visit for a result below an emergency."""
