"""What the words in a back scan report mean: the findings, how to find them in a report,
and how common each is in people with no back pain.

`find_terms(report)` finds every finding a report mentions and whether the report says it
is absent; `prevalence(finding_id, age)` gives the share of people of that age without back
pain who have it (brinjikji-2015-asymptomatic). Nothing here keeps, logs or caches a report.

Which prevalence figures were checked against the paper, and where (issue 15):
- 20, 30, 40 and 50 years, every row: the paper's table as reproduced in Scoliosis and
  Spinal Disorders 2016;11:21, Table 1 (https://pmc.ncbi.nlm.nih.gov/articles/PMC4975884/).
- 80 years for disc degeneration (96), disc bulge (84), disc protrusion (43) and annular
  fissure (29): the paper's abstract (https://www.ajnr.org/content/36/4/811).
- 60 years for disc signal loss (86) and spondylolisthesis (23): the paper's results text
  ("by 60 years, 86% ... had disk signal loss"; spondylolisthesis "23%" at 60), as quoted
  by two summaries of it (ucymtr.hatenablog.com/entry/20151112, strengthscience.co).
The other figures (reference section 8, recalled from the paper's Table 2) are stored but
marked unconfirmed: `prevalence()` gives None for them, so the page never shows them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from backinfo.model import Prose, Topic

MAX_REPORT_CHARACTERS = 20_000
DECADES = (20, 30, 40, 50, 60, 70, 80)
NO_FIGURES: Mapping[int, int] = MappingProxyType({})


@dataclass(frozen=True)
class Finding:
    """Something a scan report can say, in plain words.

    `synonyms` are the words reports use: a space between words allows any punctuation,
    `*` ends a word stem ("desiccat*"), `…` allows up to three words in between, and every
    word also matches its plural. "disc" also matches "disk".
    """

    id: str
    name: Prose  # a plain name, e.g. "Disc bulge"
    synonyms: tuple[str, ...]
    meaning: Prose
    what_matters: Prose
    sources: tuple[str, ...]
    needs_doctor_now: bool
    prevalence: Mapping[int, int]  # age 20, 30, ... 80 -> % of people without back pain
    unconfirmed_ages: frozenset[int] = frozenset()  # figures not yet checked: never shown
    shows_emergency_route: bool = False  # the emergency signs in full go with this finding


@dataclass(frozen=True)
class Match:
    """One mention of a finding in a report: its words as written and where they are."""

    finding_id: str
    words: str
    start: int
    end: int
    level: str | None  # the spine level named with it, as "L4-L5", if any
    negated: bool  # the report says it is not there ("no disc protrusion")


@dataclass(frozen=True)
class ScanQuestion:
    """A question to ask the doctor about a scan."""

    id: str
    text: Prose
    sources: tuple[str, ...]


def _by_age(*percentages: int) -> Mapping[int, int]:
    return MappingProxyType(dict(zip(DECADES, percentages, strict=True)))


# Ages whose figures are only recalled from the paper's Table 2 (reference section 8).
_RECALLED_60_TO_80 = frozenset({60, 70, 80})

_DEGENERATION_SOURCES = ("brinjikji-2015-asymptomatic", "brinjikji-2015-symptomatic")

FINDINGS: tuple[Finding, ...] = (
    Finding(
        id="disc_degeneration",
        name="Disc wear",
        synonyms=(
            "disc degeneration", "desiccation", "degenerated disc", "degenerative disc*",
            "desiccat*",
            "disc dehydration", "dehydrated disc", "spondylosis", "degenerative change",
            "disc disease",
        ),
        meaning="The discs are the soft pads between the bones of the spine. With age they "
        "slowly dry out and wear. The report calls this degeneration.",
        what_matters="It is very common in people with no back pain, and more so with age. "
        "In one study of adults aged 50 or under, it was a bit more common in people with "
        "back pain than in people without it.",
        sources=_DEGENERATION_SOURCES,
        needs_doctor_now=False,
        prevalence=_by_age(37, 52, 68, 80, 88, 93, 96),
        unconfirmed_ages=frozenset({60, 70}),
    ),
    Finding(
        id="disc_signal_loss",
        name="Darker disc on the scan",
        synonyms=(
            "signal loss", "loss of signal", "loss of … signal", "decreased … signal",
            "reduced … signal", "low signal", "black disc", "dark disc",
        ),
        meaning="A healthy disc holds water and looks bright on an MRI scan. A disc with "
        "less water looks darker. Reports call this signal loss or a black disc.",
        what_matters="It is common in people with no back pain, and more so with age.",
        sources=("brinjikji-2015-asymptomatic",),
        needs_doctor_now=False,
        prevalence=_by_age(17, 33, 54, 73, 86, 94, 97),
        unconfirmed_ages=frozenset({70, 80}),
    ),
    Finding(
        id="disc_height_loss",
        name="Thinner disc",
        synonyms=(
            "disc height loss", "loss of disc height", "loss of … disc height",
            "reduced disc height", "decreased disc height", "disc space narrowing",
            "narrowing of the disc space", "narrowed disc", "disc narrowing",
            "disc collapse", "collapsed disc", "disc space collapse",
        ),
        meaning="A disc that has worn can get thinner, so the bones above and below it sit "
        "closer together.",
        what_matters="It is common in people with no back pain, and more so with age.",
        sources=("brinjikji-2015-asymptomatic",),
        needs_doctor_now=False,
        prevalence=_by_age(24, 34, 45, 56, 67, 76, 84),
        unconfirmed_ages=_RECALLED_60_TO_80,
    ),
    Finding(
        id="disc_bulge",
        name="Disc bulge",
        synonyms=("disc bulge", "bulging disc", "disc bulging", "bulge", "bulging"),
        meaning="The disc spreads out a little past the edge of the bones around it. It "
        "is a bit like a tyre that is low on air.",
        what_matters="It is common in people with no back pain, and more so with age. But "
        "in one study of adults aged 50 or under, it was more common in people with back "
        "pain than in people without it.",
        sources=_DEGENERATION_SOURCES,
        needs_doctor_now=False,
        prevalence=_by_age(30, 40, 50, 60, 69, 77, 84),
        unconfirmed_ages=frozenset({60, 70}),
    ),
    Finding(
        id="disc_protrusion",
        name="Disc sticking out in one spot",
        synonyms=(
            "disc protrusion", "protrusion", "protruding disc", "disc herniation",
            "herniation", "herniated disc", "herniated", "disc prolapse", "prolapsed disc",
            "prolapse", "slipped disc",
        ),
        meaning="Part of a disc pushes out past the edge of the bones in one spot. Reports "
        "may also call it a herniation or a prolapse, or a slipped disc.",
        what_matters="It is found in many people with no back pain. In one study of adults "
        "aged 50 or under, it was more common in people with back pain. It matters most if "
        "it fits your symptoms, such as pain down one leg.",
        sources=_DEGENERATION_SOURCES,
        needs_doctor_now=False,
        prevalence=_by_age(29, 31, 33, 36, 38, 40, 43),
        unconfirmed_ages=frozenset({60, 70}),
    ),
    Finding(
        id="disc_extrusion",
        name="Disc pushed out further",
        synonyms=(
            "disc extrusion", "extrusion", "extruded", "sequestration", "sequestered",
            "free fragment", "migrated fragment",
        ),
        meaning="The soft middle of a disc has pushed further out than in a protrusion. "
        "Sometimes a piece comes loose.",
        what_matters="In one study of adults aged 50 or under, it was clearly more common "
        "in people with back pain than in people without it. Your doctor will check if it "
        "fits your symptoms.",
        sources=("brinjikji-2015-symptomatic",),
        needs_doctor_now=False,
        prevalence=NO_FIGURES,
    ),
    Finding(
        id="annular_fissure",
        name="Small crack in the outer ring of a disc",
        synonyms=(
            "annular fissure", "annular tear", "anular fissure", "anular tear",
            "annulus tear", "annular fissuring", "high intensity zone",
        ),
        meaning="The outer ring of a disc has a small crack or split in it.",
        what_matters="It is found in about one in five people with no back pain. In one "
        "study of adults aged 50 or under, it was not clearly more common in people with "
        "back pain.",
        sources=_DEGENERATION_SOURCES,
        needs_doctor_now=False,
        prevalence=_by_age(19, 20, 22, 23, 25, 27, 29),
        unconfirmed_ages=frozenset({60, 70}),
    ),
    Finding(
        id="facet_degeneration",
        name="Wear of the small joints at the back of the spine",
        synonyms=(
            "facet arthropathy", "facet joint arthritis", "facet hypertrophy",
            "facet … arthropathy", "facet … arthrosis", "facet … arthritis",
            "facet … hypertrophy", "facet … degeneration", "facet … osteoarthritis",
            "degenerative facet*", "facet … degenerative",
        ),
        meaning="The facet joints are small joints at the back of the spine. Like other "
        "joints, they wear with age.",
        what_matters="It is rare in young people with no back pain and becomes common with "
        "age. It can cause pain, so your doctor will check if it fits your symptoms.",
        sources=("brinjikji-2015-asymptomatic", "verywell-back-cramps"),
        needs_doctor_now=False,
        prevalence=_by_age(4, 9, 18, 32, 50, 69, 83),
        unconfirmed_ages=_RECALLED_60_TO_80,
    ),
    Finding(
        id="spondylolisthesis",
        name="One bone of the spine slipped forward or back",
        synonyms=(
            "spondylolisthesis", "anterolisthesis", "retrolisthesis", "listhesis",
            "slipped vertebra", "vertebral slip",
        ),
        meaning="One bone of the spine has moved a little forward or back on the bone "
        "below it.",
        what_matters="It is rare in young people with no back pain and becomes more common "
        "with age. In one study of adults aged 50 or under, it was not clearly more common "
        "in people with back pain.",
        sources=_DEGENERATION_SOURCES,
        needs_doctor_now=False,
        prevalence=_by_age(3, 5, 8, 14, 23, 35, 50),
        unconfirmed_ages=frozenset({70, 80}),
    ),
    Finding(
        id="spondylolysis",
        name="A crack in a thin piece of bone at the back of the spine",
        synonyms=(
            "spondylolysis", "pars defect", "pars fracture", "pars … defect",
            "pars … fracture", "pars break", "pars … break", "pars … lysis",
        ),
        meaning="There is a crack or gap in a thin piece of bone at the back of the spine, "
        "called the pars.",
        what_matters="In one study of adults aged 50 or under, it was more common in people "
        "with back pain than in people without it. Your doctor will check if it fits your "
        "symptoms.",
        sources=("brinjikji-2015-symptomatic",),
        needs_doctor_now=False,
        prevalence=NO_FIGURES,
    ),
    Finding(
        id="modic_changes",
        name="Changes in the bone next to a disc",
        synonyms=(
            "modic", "modic change", "modic … change", "endplate … change", "endplate … oedema",
            "endplate … edema", "end plate … change", "endplate signal",
        ),
        meaning="The bone just above or below a disc looks different on an MRI scan. "
        "Reports name three types: 1, 2 and 3.",
        what_matters="In one study of adults aged 50 or under, type 1 was more common in "
        "people with back pain. Modic changes of any type were not clearly more common.",
        sources=("brinjikji-2015-symptomatic",),
        needs_doctor_now=False,
        prevalence=NO_FIGURES,
    ),
    Finding(
        id="spinal_stenosis",
        name="Less room for the nerves",
        synonyms=(
            "stenosis", "canal narrowing", "foraminal narrowing", "stenoses", "stenotic",
            "narrowing of the … canal", "narrowing of the … foram*", "narrowed … canal",
            "narrowed … foram*", "thecal sac compression", "compression of the thecal sac",
        ),
        meaning="The space for the nerves is narrower than usual. It can be in the middle "
        "of the spine (the canal) or at the side, where a nerve leaves (the foramen).",
        what_matters="In one study of adults aged 50 or under, narrowing in the middle of "
        "the spine was not clearly more common in people with back pain. It matters most "
        "if it fits your symptoms, such as leg pain when you walk.",
        sources=("brinjikji-2015-symptomatic", "nice-ng59"),
        needs_doctor_now=False,
        prevalence=NO_FIGURES,
    ),
    Finding(
        id="nerve_root_compression",
        name="A nerve touched or pressed",
        synonyms=(
            "nerve root compression", "root compression", "impingement", "compress* … nerve root",
            "nerve root … compress*", "impinge*", "nerve root … displace*",
            "displac* … nerve root", "abut* … nerve root", "contact* … nerve root",
            "nerve root … contact*", "mass effect", "nerve root irritation",
        ),
        # "mass effect" is a radiology term for pressing on something, usually by a disc:
        # it is not a "mass" (tumour); a report names a tumour in other words as well.
        meaning="Something, often a disc, touches or presses on a nerve where it leaves the "
        "spine. This can cause pain, tingling or numbness down a leg (sciatica).",
        what_matters="It matters if it fits your symptoms, such as pain down one leg. Most "
        "sciatica gets better within weeks. New weakness, or numbness that spreads, needs a "
        "doctor soon.",
        sources=("nhs-sciatica", "nice-cks-sciatica", "nhs-back-pain"),
        needs_doctor_now=False,
        prevalence=NO_FIGURES,
    ),
    Finding(
        id="cord_compression",
        name="Pressure on the spinal cord",
        synonyms=(
            "cord compression", "spinal cord compression", "myelopathy", "compress* … cord",
            "cord … compress*", "myelopath*",
            "cord signal", "cord oedema", "cord edema", "impinge* … cord",
            "efface* … cord", "cord … efface*", "cord flattening", "flatten* … cord",
            "cord … flatten*", "cord expansion", "expan* … cord", "cord … expan*", "syrinx",
            "syringomyelia",
        ),
        meaning="The spinal cord is the bundle of nerves inside the spine above the lower "
        "back. The report says something presses on it.",
        what_matters="A doctor needs to look at this soon.",
        sources=("nhs-back-pain", "nhs-glos-red-flags"),
        needs_doctor_now=True,
        prevalence=NO_FIGURES,
    ),
    Finding(
        id="cauda_equina_compression",
        name="Pressure on the nerves at the bottom of the spine",
        synonyms=(
            "cauda equina compression", "cauda equina syndrome",
            "compression of the cauda equina", "compress* … cauda equina",
            "cauda equina … compress*", "crowd* … cauda equina", "cauda equina … crowd*",
            "impinge* … cauda equina", "efface* … cauda equina",
            # A sentence naming the cauda equina or conus with a word for pressing counts
            # too, however far apart (see _NERVES_AT_THE_BOTTOM).
        ),
        meaning="The cauda equina is the bundle of nerves at the bottom of the spine. They "
        "control the bladder, the bowel and the legs. The report says something presses "
        "on them.",
        what_matters="A doctor needs to look at this soon. If you also have any of the signs "
        "under 'Get help now', it is an emergency.",
        sources=("nhs-ces", "nhs-back-pain"),
        needs_doctor_now=True,
        prevalence=NO_FIGURES,
        # With any of the signs under 'Get help now' this is an emergency: show them in full.
        shows_emergency_route=True,
    ),
    Finding(
        id="fracture",
        name="A broken bone",
        synonyms=(
            "fracture", "fractured", "vertebral collapse", "fractur*", "collaps*", "wedg*",
            "loss of height … vertebra*", "vertebra* … height loss", "compression deformity",
            "burst", "retropulsion", "retropuls*",
        ),
        meaning="A bone of the spine is broken or has been squashed.",
        what_matters="A doctor needs to look at this soon.",
        sources=("nhs-back-pain", "nhs-glos-red-flags", "nice-cks-lbp"),
        needs_doctor_now=True,
        prevalence=NO_FIGURES,
    ),
    Finding(
        id="tumour",
        name="A growth, lump or area that looks different",
        synonyms=(
            "tumour", "tumor", "lesion", "mass", "metasta*", "malignan*", "neoplas*",
            "cancer", "carcinoma", "myeloma", "lymphoma", "sarcoma", "marrow replacement",
            "infiltrative marrow", "destructive", "destruction", "deposit", "schwannoma",
            "meningioma", "ependymoma",
        ),
        meaning="The report names something that is not usually there, such as a lump or "
        "an area of bone that looks different. Only a doctor can tell what it is.",
        what_matters="A doctor needs to look at this soon.",
        sources=("nice-cks-lbp", "nhs-back-pain"),
        needs_doctor_now=True,
        prevalence=NO_FIGURES,
    ),
    Finding(
        id="infection",
        name="An infection",
        synonyms=(
            "discitis", "abscess", "osteomyelitis", "spondylodiscitis", "infection", "infect*",
            "septic", "empyema", "epidural … collection", "paraspinal … collection",
            "paravertebral … collection", "psoas … collection", "rim enhanc*", "phlegmon",
            "tuberculosis", "tuberculous", "pott",
        ),
        meaning="The report says there may be an infection in a disc, a bone or the space "
        "around the nerves.",
        what_matters="A doctor needs to look at this soon.",
        sources=("nice-cks-lbp", "nhs-back-pain"),
        needs_doctor_now=True,
        prevalence=NO_FIGURES,
    ),
)
FINDING_BY_ID: Mapping[str, Finding] = MappingProxyType({f.id: f for f in FINDINGS})

CONTACT_DOCTOR_TODAY = Topic(
    id="contact_doctor_today",
    title="Contact the doctor who asked for your scan today",
    body="Your report uses words that a doctor needs to look at soon. Call the doctor or "
    "clinic that asked for the scan today. If you cannot reach them, call {urgent}. If you "
    "have any of the signs under 'Get help now' at the top of the page, such as numbness "
    "between your legs or new trouble peeing, call {emergency} now.",
    sources=("nhs-back-pain", "nhs-ces", "nice-cks-lbp"),
)

FITS_YOUR_SYMPTOMS = Topic(
    id="fits_your_symptoms",
    title="Common is not the same as meaningless",
    body="Many of these findings are common in people with no back pain at all. Some are "
    "more common in people with back pain. What matters is whether a finding fits your "
    "symptoms, and a doctor decides that with you.",
    sources=("brinjikji-2015-asymptomatic", "brinjikji-2015-symptomatic"),
)

WHY_SCANS_ARE_RARELY_NEEDED = Topic(
    id="why_scans_are_rarely_needed",
    title="Why is a scan rarely needed?",
    body="In most people a scan does not change the treatment. And a scan often shows "
    "changes that many people without back pain have too, which can worry people for no "
    "good reason. A scan helps when there are warning signs, or when a specialist needs "
    "it to plan treatment.",
    sources=("nice-ng59", "choosing-wisely-imaging", "brinjikji-2015-asymptomatic"),
)

QUESTIONS_TO_ASK: tuple[ScanQuestion, ...] = (
    ScanQuestion(
        id="fits_symptoms",
        text="Which of these findings could explain my symptoms, and which are normal for "
        "my age?",
        sources=("brinjikji-2015-asymptomatic", "brinjikji-2015-symptomatic"),
    ),
    ScanQuestion(
        id="needs_action",
        text="Does anything in the report need more tests or a visit soon?",
        sources=("nice-cks-lbp",),
    ),
    ScanQuestion(
        id="changes_treatment",
        text="Does the scan change my treatment? If so, how?",
        sources=("nice-ng59",),
    ),
    ScanQuestion(
        id="warning_signs",
        text="Which signs mean I should get help quickly?",
        sources=("nhs-back-pain",),
    ),
)


# How a report is read ------------------------------------------------------------------

_SEPARATOR = r"[^\w.;!?]+"  # any punctuation or space, but not the end of a sentence
_GAP = rf"(?:{_SEPARATOR}\w+){{0,3}}?{_SEPARATOR}"  # "…": up to three words in between
_SENTENCE_END = re.compile(r"\.(?!\d)|[;!?]|\n\s*\n")
_LEVEL = re.compile(
    r"(?<![a-z0-9])(t1[0-2]|l[1-5])(?:\s*[-\u2013\u2014/]\s*|\s+(?=[ls]))(l?[1-5]|s1)(?![a-z0-9])",
    re.IGNORECASE,
)
# "no change in the known lesion", "no progression of metastatic disease" do not say the
# finding is absent; "cannot be excluded" says it may be there.
_NO_CHANGE = (
    r"no\s+(?:(?:further|appreciable|significant|interval|new)\s+){0,2}"
    r"(?:change|progression|growth|increase|enlargement)(?:\s+(?:in|of))?"
)
_CANNOT_EXCLUDE = (
    r"(?:cannot|can\s*not|can't|could\s+not|unable\s+to|difficult\s+to|not)\s+"
    r"(?:be\s+|been\s+)?(?:possible\s+to\s+)?(?:exclud\w*|rul\w*\s+out)"
)
_NOT_A_NEGATION = rf"{_NO_CHANGE}|{_CANNOT_EXCLUDE}"
_HEDGE = re.compile(rf"(?<!\w){_CANNOT_EXCLUDE}(?!\w)", re.IGNORECASE)
_NEGATION = re.compile(
    rf"(?<!\w)(?:(?P<pseudo>{_NOT_A_NEGATION})|no\s+(?:evidence|signs?)\s+of|negative\s+for"
    r"|free\s+of|without|no|not|nor)(?!\w)",
    re.IGNORECASE,
)
# A negation covers a few words and then a short list: "no disc protrusion or extrusion",
# "no evidence of fracture, mass or infection". It stops at words like these.
_MAX_WORDS_BEFORE_FIRST = 4
_STOP_WORDS = frozenset({
    "but", "however", "although", "though", "except", "apart", "besides", "which", "that",
    "with", "there", "is", "are", "was", "were", "has", "have", "seen", "noted", "present",
    "shows", "showing", "since", "given", "demonstrated", "identified",
})
# For a finding that needs a doctor now, "no definite cord compression" leaves it possible.
_NOT_SURE = frozenset({
    "definite", "definitive", "convincing", "obvious", "suspicious", "clear", "significant",
})
# ... and a negation stops at a verb or a level: "No stenosis, fracture at L2 is seen."
_URGENT_STOP = re.compile(
    r"(?<!\w)(?:is|are|was|were|seen|present|noted|demonstrated|identified)(?!\w)"
    r"|(?<![a-z0-9])[ctls]\d{1,2}(?![a-z0-9])",  # a level: "L2", "L4-5", "T12"
    re.IGNORECASE,
)
_JOINED_BY_OR = re.compile(r"(?<!\w)n?or(?!\w)", re.IGNORECASE)
# A sentence naming these nerves with a word for pressing says they are pressed on:
# "severe compression of the thecal sac and cauda equina".
_NERVES_AT_THE_BOTTOM = re.compile(
    r"(?<!\w)(?:cauda\W+equina|conus(?:\W+medullaris)?)(?!\w)", re.IGNORECASE
)
_PRESSING = re.compile(r"(?<!\w)(?:compress|crowd|efface|impinge)\w*", re.IGNORECASE)
_LIST_WORDS = frozenset({
    "or", "and", "nor", "any", "evidence", "of", "signs", "sign", "definite", "acute",
    "significant", "focal", "suspicious", "obvious", "convincing", "other",
})


def _word_pattern(word: str) -> str:
    if word.endswith("*"):
        return re.escape(word[:-1]).replace("disc", "dis[ck]") + r"\w*"
    return re.escape(word).replace("disc", "dis[ck]") + r"(?:s|es)?"


def _synonym_pattern(synonym: str) -> re.Pattern[str]:
    parts = []
    for word in synonym.split():
        if word == "…":
            parts.append(_GAP)
        else:
            if parts and parts[-1] != _GAP:
                parts.append(_SEPARATOR)
            parts.append(_word_pattern(word))
    return re.compile(rf"(?<!\w){''.join(parts)}(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Term:
    finding: Finding
    pattern: re.Pattern[str]
    priority: int  # 0 first: an explicit phrase, then urgent words, then the rest


def _terms() -> tuple[_Term, ...]:
    terms = []
    for finding in FINDINGS:
        for synonym in finding.synonyms:
            phrase = len(synonym.split()) > 1 and "…" not in synonym
            # An explicit phrase ("pars fracture", "mass effect") names its finding; any
            # other overlap goes to the finding that needs a doctor now, so a wider match
            # ("facet … arthropathy") can never hide "fracture" inside it.
            priority = 0 if phrase else 1 if finding.needs_doctor_now else 2
            terms.append(_Term(finding, _synonym_pattern(synonym), priority))
    return tuple(terms)


_TERMS = _terms()  # compiling the patterns is cheap and reads no report


def _check_report(report: object) -> str:
    if not isinstance(report, str):
        raise ValueError(f"A report must be text, not {type(report).__name__}.")
    if len(report) > MAX_REPORT_CHARACTERS:
        raise ValueError(
            f"The report is {len(report):,} characters long; the most we read is "
            f"{MAX_REPORT_CHARACTERS:,}. Paste the findings and the conclusion only."
        )
    return report


def _sentences(report: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(report):
        spans.append((start, end.start()))
        start = end.end()
    spans.append((start, len(report)))
    return spans


def _mentions(report: str) -> list[tuple[int, int, Finding]]:
    """Every mention, earliest first; where two overlap, the one of higher priority."""
    candidates = [
        (term.priority, -(found.end() - found.start()), found.start(), found.end(), term.finding)
        for term in _TERMS
        for found in term.pattern.finditer(report)
    ]
    taken: list[tuple[int, int, Finding]] = []
    for _, _, start, end, finding in sorted(candidates, key=lambda c: c[:3]):
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, finding))
    return sorted(taken, key=lambda mention: mention[0])


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _negated_mentions(
    sentence: str, offset: int, mentions: list[tuple[int, int, Finding]]
) -> set[int]:
    """The starts of the mentions a negation in this sentence covers. For a finding that
    needs a doctor now it covers less: not past "cannot be excluded" anywhere in the
    sentence, nor "definite" and the like, nor past a comma unless "or" joins the list,
    nor past a verb or a level."""
    cues = [
        (cue.start() + offset, cue.end() + offset, cue.group("pseudo") is not None)
        for cue in _NEGATION.finditer(sentence)
    ]
    hedged = _HEDGE.search(sentence) is not None
    negated: set[int] = set()
    for start, end, finding in mentions:
        before = [cue for cue in cues if cue[1] <= start]
        if not before or before[-1][2]:
            continue
        urgent = finding.needs_doctor_now
        if urgent and hedged:
            continue
        cue_end = before[-1][1]
        covered = [m for m in mentions if cue_end <= m[0] < start and m[0] in negated]
        reach, first = (covered[-1][1], False) if covered else (cue_end, True)
        gap = sentence[reach - offset : start - offset]
        words = _words(gap)
        if first:
            in_scope = (
                len(words) <= _MAX_WORDS_BEFORE_FIRST
                and "," not in gap
                and not _STOP_WORDS & set(words)
            )
        else:
            in_scope = set(words) <= _LIST_WORDS
        if in_scope and urgent:
            in_scope = not (_NOT_SURE & set(words) or _URGENT_STOP.search(gap))
            if in_scope and "," in gap:
                rest = _URGENT_STOP.split(sentence[end - offset :], maxsplit=1)[0]
                in_scope = bool(_JOINED_BY_OR.search(gap) or _JOINED_BY_OR.search(rest))
        if in_scope:
            negated.add(start)
    return negated


def _pressed_nerves(
    sentence: str, offset: int, mentions: list[tuple[int, int, Finding]], negated: set[int]
) -> list[tuple[int, int, Finding]]:
    """The cauda equina or conus as mentions of their compression, where the sentence
    also has a word for pressing that no negated mention holds ("No cord compression, the
    conus is normal" says nothing presses on the conus) and no other mention holds them."""
    in_negated = [(s, e) for s, e, _ in mentions if s in negated]
    pressing = [
        found.start() + offset
        for found in _PRESSING.finditer(sentence)
        if not any(s <= found.start() + offset < e for s, e in in_negated)
    ]
    if not pressing:
        return []
    nerves = FINDING_BY_ID["cauda_equina_compression"]
    found_nerves = [
        (found.start() + offset, found.end() + offset, nerves)
        for found in _NERVES_AT_THE_BOTTOM.finditer(sentence)
    ]
    return [
        (start, end, finding)
        for start, end, finding in found_nerves
        if all(end <= s or start >= e for s, e, _ in mentions)
    ]


def _levels(sentence: str, offset: int) -> list[tuple[int, str]]:
    levels = []
    for found in _LEVEL.finditer(sentence):
        upper, lower = found.group(1).upper(), found.group(2).upper()
        if lower[0].isdigit():
            lower = f"{upper[0]}{lower}"
        levels.append((found.start() + offset, f"{upper}-{lower}"))
    return levels


def find_terms(report: str) -> tuple[Match, ...]:
    """Every finding the report mentions, in the order it mentions them, each with its
    level and whether the report says it is absent. Raises ValueError if `report` is not
    text or is longer than MAX_REPORT_CHARACTERS. Nothing is logged or kept."""
    report = _check_report(report)
    mentions = _mentions(report)
    matches: list[Match] = []
    for start, end in _sentences(report):
        sentence = report[start:end]
        inside = [m for m in mentions if start <= m[0] and m[1] <= end]
        negated = _negated_mentions(sentence, start, inside)
        if pressed := _pressed_nerves(sentence, start, inside, negated):
            inside = sorted(inside + pressed, key=lambda mention: mention[0])
            negated = _negated_mentions(sentence, start, inside)
        if not inside:
            continue
        # A level named earlier on the same line ("L4-5: ... No stenosis.") counts too.
        first_character = start + len(sentence) - len(sentence.lstrip())
        line_start = report.rfind("\n", 0, first_character) + 1
        levels = _levels(sentence, start) or _levels(report[line_start:start], line_start)[-1:]
        for finding_id in dict.fromkeys(f.id for _, _, f in inside):
            own = [m for m in inside if m[2].id == finding_id]
            if len(own) == 1 and len(levels) > 1:  # "bulges at L4-5 and L5-S1"
                at = [(own[0], level) for _, level in levels]
            else:
                at = [(m, _nearest(levels, m[0])) for m in own]
            matches.extend(
                Match(
                    finding_id=finding_id,
                    words=report[m_start:m_end],
                    start=m_start,
                    end=m_end,
                    level=level,
                    negated=m_start in negated,
                )
                for (m_start, m_end, _), level in at
            )
    return tuple(sorted(matches, key=lambda match: (match.start, match.level or "")))


def _nearest(levels: list[tuple[int, str]], position: int) -> str | None:
    if not levels:
        return None
    return min(levels, key=lambda level: abs(level[0] - position))[1]


@dataclass(frozen=True)
class Reported:
    """A finding as the report mentions it: the words it uses and the levels it names."""

    finding: Finding
    words: tuple[str, ...]
    levels: tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    """What a report says, in the order a page shows it: findings that need a doctor now
    first, those mentioned and maybe said not to be there, then the other findings, then
    those the report says are not there."""

    needs_doctor_now: tuple[Reported, ...]
    # A finding that needs a doctor now is never shown as absent: reading a negation is
    # too easy to get wrong, so only the doctor may say it is not there.
    mentioned_urgent: tuple[Reported, ...]
    present: tuple[Reported, ...]
    absent: tuple[Reported, ...]


def read_report(matches: tuple[Match, ...]) -> Reading:
    """Sort what `find_terms` found: a finding is present if any mention of it is not
    negated, and absent only if every mention is; a finding that needs a doctor now is
    never shown among the others, nor as absent: if every mention is negated, it is
    `mentioned_urgent`."""
    def reported(finding: Finding, own: list[Match]) -> Reported:
        return Reported(
            finding=finding,
            words=tuple(dict.fromkeys(match.words.lower() for match in own if match.words)),
            levels=tuple(dict.fromkeys(match.level for match in own if match.level)),
        )

    urgent, mentioned, present, absent = [], [], [], []
    for finding in FINDINGS:
        own = [match for match in matches if match.finding_id == finding.id]
        shown_as_present = [match for match in own if not match.negated]
        if shown_as_present:
            group = urgent if finding.needs_doctor_now else present
            group.append(reported(finding, shown_as_present))
        elif own:
            group = mentioned if finding.needs_doctor_now else absent
            group.append(reported(finding, own))
    return Reading(
        needs_doctor_now=tuple(urgent),
        mentioned_urgent=tuple(mentioned),
        present=tuple(present),
        absent=tuple(absent),
    )


def read_ticked(finding_ids: tuple[str, ...]) -> Reading:
    """The same sorting for findings a person ticked from the list instead of pasting."""
    matches = tuple(
        Match(finding_id=finding_id, words="", start=0, end=0, level=None, negated=False)
        for finding_id in finding_ids
    )
    return read_report(matches)


def prevalence(finding_id: str, age: int) -> int | None:
    """Of 100 people of this age with no back pain, how many have this finding
    (brinjikji-2015-asymptomatic): by the nearest decade from 20 to 80, the 80-year
    figure above 80; None under 20, without data, or where the figure is unconfirmed."""
    finding = FINDING_BY_ID[finding_id]
    if age < DECADES[0]:
        return None
    decade = min(int((age + 5) // 10) * 10, DECADES[-1])
    if decade in finding.unconfirmed_ages:
        return None
    return finding.prevalence.get(decade)
