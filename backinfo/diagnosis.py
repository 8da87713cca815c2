"""How a doctor finds the cause of back pain: the talk, the examination and the tests."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from backinfo.model import DiagnosticStep, Topic

IMAGING_ADVICE = Topic(
    id="imaging_advice",
    title="Do I need a scan?",
    body="Most people with back pain do not need a scan. UK guidance (NICE) says that "
    "outside a specialist clinic, scans should not be done as a matter of routine. A US "
    "group of family doctors says not to have a scan in the first 6 weeks, unless there "
    "is a warning sign. A specialist should only ask for a scan if the result is likely "
    "to change the treatment.",
    sources=("nice-ng59", "choosing-wisely-imaging"),
)

DIAGNOSTIC_STEPS = (
    DiagnosticStep(
        id="history",
        name="Talking about your pain",
        kind="conversation",
        what_it_shows="The doctor asks about your health, now and in the past. You tell "
        "the doctor about the pain and any other problems you notice.",
        when_used="Always. It comes first.",
        sources=("verywell-back-cramps", "nice-ng59"),
    ),
    DiagnosticStep(
        id="movement_tests",
        name="Movement and strength checks",
        kind="examination",
        what_it_shows="The doctor asks you to do some movements, and checks your "
        "strength and reflexes (how your body reacts to a tap).",
        when_used="To look for muscles that are weak or out of balance.",
        sources=("verywell-back-cramps", "nice-ng59"),
    ),
    DiagnosticStep(
        id="xray",
        name="X-ray",
        kind="imaging",
        what_it_shows="A picture of the bones. It shows broken bones and how the spine "
        "lines up. It does not show discs or nerves well.",
        when_used="Not as a routine test for back pain. A doctor may use it to check the "
        "bones, for example for a break.",
        sources=("verywell-back-cramps", "nice-ng59"),
    ),
    DiagnosticStep(
        id="mri",
        name="MRI scan",
        kind="imaging",
        what_it_shows="A scan made with a magnet. It shows discs, nerves and other soft "
        "parts of the body.",
        when_used="Not as a routine test for back pain. It is the usual scan when a doctor "
        "looks for a serious cause, or thinks about an operation.",
        sources=("verywell-back-cramps", "nice-ng59"),
    ),
    DiagnosticStep(
        id="ct",
        name="CT scan",
        kind="imaging",
        what_it_shows="A scan made with the help of a computer. It shows the bones in fine detail.",
        when_used="When the doctor needs a close look at the bones.",
        sources=("verywell-back-cramps",),
    ),
    DiagnosticStep(
        id="myelogram",
        name="Myelogram",
        kind="imaging",
        what_it_shows="A dye is put into the space in the spine where the nerves run. "
        "Then an X-ray or CT scan is taken.",
        when_used="When a person cannot have an MRI scan.",
        sources=("verywell-back-cramps",),
    ),
    DiagnosticStep(
        id="emg",
        name="Electromyography (EMG)",
        kind="nerve test",
        what_it_shows="A test of the tiny electric signals in nerves and muscles. It "
        "shows if a nerve is hurt.",
        when_used="When the doctor wants to check for nerve damage.",
        sources=("verywell-back-cramps",),
    ),
    DiagnosticStep(
        id="blood_tests",
        name="Blood tests",
        kind="lab test",
        what_it_shows="Blood tests can look for signs of an infection. They can also look "
        "for inflammation (swelling and soreness inside the body) and for signs of cancer.",
        when_used="When the doctor wants to check for one of these causes.",
        sources=("verywell-back-cramps",),
    ),
)
STEP_BY_ID: Mapping[str, DiagnosticStep] = MappingProxyType(
    {step.id: step for step in DIAGNOSTIC_STEPS}
)
