"""Short explanations used on the home page."""

from __future__ import annotations

from backinfo.model import Topic

BACK_SPASM = Topic(
    id="back_spasm",
    title="What is a back spasm?",
    body="A back spasm, or back cramp, is when the muscles of your back tighten on their "
    "own and will not let go. It can hurt a lot and make it hard to move. One movement "
    "can set it off. Most spasms come from weak, tired or hurt muscles. Spasms that keep "
    "coming back, or very strong ones, can be a sign of another problem, such as a "
    "sore nerve.",
    sources=("verywell-back-cramps",),
)

PHASES = Topic(
    id="phases",
    title="Short-term or long-term pain?",
    body="Doctors call back pain acute when it has lasted less than 6 weeks, subacute "
    "from 6 to 12 weeks, and chronic when it lasts more than 12 weeks. The best "
    "treatment can be different for each.",
    sources=("acp-2017", "nice-cks-lbp"),
)

SEE_A_DOCTOR = Topic(
    id="see_a_doctor",
    title="When should I see a doctor?",
    body="See a doctor if back pain or cramps keep getting in the way of your life, even "
    "if you think the cause is small, like bad posture. A doctor can find the cause and "
    "check if it needs its own treatment.",
    sources=("verywell-back-cramps", "nhs-back-pain"),
)
