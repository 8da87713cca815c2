"""How a doctor finds the cause of back pain: the talk, the examination and the tests."""

from __future__ import annotations

from backinfo.model import DiagnosticStep, Topic

IMAGING_ADVICE = Topic(
    id="imaging_advice",
    title="Do I need a scan?",
    body="Most people with back pain do not need a scan. In the first 6 weeks a scan "
    "rarely changes the treatment. Doctors ask for one when there is a warning sign, or "
    "when an operation is being thought about.",
    sources=("nice-ng59", "choosing-wisely-imaging"),
)

DIAGNOSTIC_STEPS = (
    DiagnosticStep(
        id="history",
        name="Talking about your pain",
        kind="conversation",
        what_it_shows="The doctor asks where it hurts, when it started, what makes it "
        "better or worse, and about your health. This is often all that is needed.",
        when_used="Always. It comes first.",
        sources=("verywell-back-cramps", "nice-ng59"),
    ),
    DiagnosticStep(
        id="movement_tests",
        name="Movement and strength checks",
        kind="examination",
        what_it_shows="You bend, walk and lift your legs while the doctor watches. The "
        "doctor tests your strength, feeling and reflexes (how your body reacts to a tap).",
        when_used="At the first visit, to look for weak or uneven muscles and nerve trouble.",
        sources=("verywell-back-cramps", "nice-ng59"),
    ),
    DiagnosticStep(
        id="xray",
        name="X-ray",
        kind="imaging",
        what_it_shows="A picture of the bones. It shows broken bones and how the spine "
        "lines up. It does not show discs or nerves well.",
        when_used="When a broken bone is a worry, for example after a fall.",
        sources=("verywell-back-cramps", "nice-ng59"),
    ),
    DiagnosticStep(
        id="mri",
        name="MRI scan",
        kind="imaging",
        what_it_shows="A detailed picture made with a strong magnet, not X-rays. It "
        "shows discs, nerves and other soft parts.",
        when_used="When there is a warning sign, or when an operation is being thought about.",
        sources=("verywell-back-cramps", "nice-ng59"),
    ),
    DiagnosticStep(
        id="ct",
        name="CT scan",
        kind="imaging",
        what_it_shows="Many X-rays put together by a computer. It shows the bones in "
        "fine detail.",
        when_used="When the doctor needs a close look at the bones, or when MRI is not "
        "possible.",
        sources=("verywell-back-cramps",),
    ),
    DiagnosticStep(
        id="myelogram",
        name="Myelogram",
        kind="imaging",
        what_it_shows="A dye is put into the space around the nerves in the spine. Then "
        "an X-ray or CT scan shows if something presses on them.",
        when_used="Mostly when a person cannot have an MRI scan.",
        sources=("verywell-back-cramps",),
    ),
    DiagnosticStep(
        id="emg",
        name="Electromyography (EMG)",
        kind="nerve test",
        what_it_shows="A test of the tiny electric signals in nerves and muscles. It "
        "shows if a nerve is hurt.",
        when_used="When you have weakness, or numbness that could come from a damaged nerve.",
        sources=("verywell-back-cramps",),
    ),
    DiagnosticStep(
        id="blood_tests",
        name="Blood tests",
        kind="lab test",
        what_it_shows="Blood tests can show signs of an infection or of swelling inside "
        "the body. Rarely, they point to cancer.",
        when_used="When a warning sign, such as a fever or weight loss, points to one of "
        "these.",
        sources=("verywell-back-cramps",),
    ),
)
