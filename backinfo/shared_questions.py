"""The questions both checkers ask, defined once: the symptom checker (`triage_questions`)
and the chiropractor check (`chiropractic`) use these same records, so an answer means
the same on both pages and a link from one carries it to the other.

The bladder, bowel, sex and both-legs signs count only when new since the back pain
(hazard log HAZ-5).
"""

from __future__ import annotations

from backinfo.questionnaire import Question

_CES = ("nhs-ces", "nhs-back-pain", "verywell-back-cramps")

BLADDER_BOWEL_CHANGE = Question(
    id="bladder_bowel_change",
    text="Since your back pain started, have you had new trouble with your bladder or "
    "bowels, such as leaking or finding it hard to pee?",
    help="For example, you leak pee or poo, you cannot feel when your bladder is full, or "
    "you cannot pee when you try. Do not count a problem you have had for a long time that "
    "a doctor knows about, such as a slow stream from a large prostate.",
    kind="yes_no",
    sources=_CES,
)

SADDLE_NUMBNESS = Question(
    id="saddle_numbness",
    text="Do you feel numb or tingly around your bottom, your genitals or your inner thighs?",
    help="Doctors call this the saddle area: the parts of you that would touch a saddle if "
    "you sat on a bike.",
    kind="yes_no",
    sources=_CES,
)

SEXUAL_FUNCTION_CHANGE = Question(
    id="sexual_function_change",
    text="Have you had new problems with sex, such as less feeling in your genitals or "
    "trouble getting an erection?",
    help="Only count changes that started with your back pain or since. A problem you "
    "have had for a long time, that a doctor knows about, does not count.",
    kind="yes_no",
    sources=("nhs-ces",),
)

PAIN_BOTH_LEGS = Question(
    id="pain_both_legs",
    text="Since your back pain started, have you had new pain, tingling, numbness or "
    "weakness in both legs?",
    help="Answer yes if both legs are affected, even if one is worse than the other. Do "
    "not count numb feet you have had for a long time, for example from diabetes, "
    "that a doctor knows about.",
    kind="yes_no",
    sources=("nhs-back-pain", "nhs-sciatica", "nhs-ces"),
)

SERIOUS_ACCIDENT = Question(
    id="serious_accident",
    text="Did your back pain start after a serious accident, such as a car crash or a "
    "fall from a height?",
    help="A serious accident is one with a lot of force, not a small trip or bump.",
    kind="yes_no",
    sources=("nhs-back-pain",),
)

PAIN_DURATION_WEEKS = Question(
    id="pain_duration_weeks",
    text="How many weeks have you had this pain?",
    help="If it is less than a week, you can give part of a week, such as 0.5.",
    kind="number",
    sources=("nhs-back-pain", "nhs-wales-gp-lbp-definitions", "verywell-back-cramps"),
    minimum=0,
    maximum=520,
)

PREGNANCY = Question(
    id="pregnancy",
    text="Are you pregnant?",
    help="Back pain is common in pregnancy. Before 37 weeks, cramps that come and go, or "
    "backache that is not usual for you, can be a sign that labour is starting early.",
    kind="yes_no",
    sources=("nhs-preterm-labour",),
)

CANCER_HISTORY = Question(
    id="cancer_history",
    text="Have you ever had cancer?",
    help="Answer yes even if the cancer was treated a long time ago.",
    kind="yes_no",
    sources=("nice-cks-lbp",),
)

WEAK_BONES = Question(
    id="steroid_use_or_osteoporosis",
    text="Do you have thin, weak bones (osteoporosis), or have you taken steroid tablets for "
    "a long time?",
    help="Steroid tablets, such as prednisolone, can make bones thinner when taken for months.",
    kind="yes_no",
    sources=("nhs-glos-red-flags", "nice-cks-lbp"),
    old_ids=("osteoporosis",),  # the chiropractor check's id until the two were merged
)
