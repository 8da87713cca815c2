"""Short explanations used on the home page."""

from __future__ import annotations

from backinfo.model import Topic

BACK_SPASM = Topic(
    id="back_spasm",
    title="What is a back spasm?",
    body="A back spasm, or back cramp, is when the muscles of your back tighten on their "
    "own. It can hurt a lot and make it hard to move. One movement can set it off. Most "
    "spasms come from weak, overused or hurt muscles. Cramps that go on for a long time "
    "can come from another health problem. Very strong spasms can come from a nerve that "
    "is irritated or damaged.",
    sources=("verywell-back-cramps",),
)

PHASES = Topic(
    id="phases",
    title="Short-term or long-term pain?",
    body="Many doctors name back pain by how long it has lasted, but not all use the "
    "same weeks. In the UK, pain is called acute when it has lasted less than 6 weeks, "
    "subacute from 6 to 12 weeks, and long-lasting (chronic) after more than 12 weeks. "
    "A US guideline (ACP) calls pain acute when it has lasted less than 4 weeks, "
    "subacute from 4 to 12 weeks, and chronic after more than 12 weeks. It gives the "
    "same advice for acute and subacute pain, and other advice for chronic pain. The "
    "UK guideline from NICE does not sort back pain by how long it has lasted.",
    sources=("nhs-wales-gp-lbp-definitions", "acp-2017", "nice-ng59"),
)

SEE_A_DOCTOR = Topic(
    id="see_a_doctor",
    title="When should I see a doctor?",
    body="See a doctor if back pain or cramps keep getting in the way of your life, even "
    "if you think the cause is small, like bad posture. A doctor can help you find out what "
    "is causing it, and whether that needs its own treatment.",
    sources=("verywell-back-cramps", "nhs-back-pain"),
)
