"""Every patient-facing label that is not medical content: page names, headings, buttons.

Kept in one place so that a translation touches only this package.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from backinfo.model import Prose

CONTENT_REVIEWED = date(2026, 11, 26)
APP_NAME = "BackInfo"


@dataclass(frozen=True)
class PageText:
    """A page's name in the navigation, its icon, its address and its opening line.

    The page script is `app_pages/<id>.py`; `url_path` is the address people save and
    share, so it never changes with a file name.
    """

    id: str
    title: Prose
    icon: str
    url_path: str
    intro: Prose
    heading: Prose = ""

    def __post_init__(self) -> None:
        if not self.heading:
            object.__setattr__(self, "heading", self.title)


PAGES = (
    PageText(
        "home",
        "Home",
        ":material/home:",
        "start",
        "Clear, checked facts about back cramps and back pain, with where each fact "
        "comes from.",
        heading="Back cramps and back pain, explained",
    ),
    PageText(
        "causes",
        "Causes and diagnosis",
        ":material/search:",
        "causes-and-diagnosis",
        "What can cause back cramps, where in the spine it happens, and how a doctor "
        "finds out.",
    ),
    PageText(
        "symptom_checker",
        "Symptom checker",
        ":material/checklist:",
        "symptom-checker",
        "Answer a few questions to find out how soon you should get help, and why.",
    ),
    PageText(
        "treatments",
        "Treatment options",
        ":material/medication:",
        "treatment-options",
        "Compare the treatments for back pain that has lasted up to 12 weeks or longer: "
        "how well they work, how soon, their risks, and which ones NICE advises against.",
    ),
    PageText(
        "chiropractor",
        "Chiropractor?",
        ":material/accessibility_new:",
        "chiropractic",
        "When a chiropractor may help, when it is not safe, and why you should see a "
        "doctor first.",
    ),
    PageText(
        "living",
        "Living with back pain",
        ":material/self_improvement:",
        "living-with-back-pain",
        "Everyday ways to cope with back pain and to stop it coming back. Tick the ones "
        "you want to try and save your plan.",
    ),
    PageText(
        "sources",
        "Sources",
        ":material/menu_book:",
        "references",
        "Where our facts come from. Every fact in this app names one or more of these.",
    ),
)
PAGE = {page.id: page for page in PAGES}

DISCLAIMER: Prose = (
    "This app gives general facts. It does not replace a doctor, and it cannot tell you "
    "what is wrong. If you are worried, talk to a doctor or a pharmacist."
)
REVIEWED: Prose = "Content last checked on {day}."
SOURCES_LABEL: Prose = "Sources"
WHAT_EACH_PAGE_OFFERS: Prose = "What you can do here"

# Causes and diagnosis
PICK_A_CAUSE: Prose = "Pick a cause to see where it happens in the spine"
SPINE_CHART_TITLE: Prose = "Side view of the lower back"
SPINE_CHART_DESCRIPTION: Prose = (
    "A side view of the lower back. The front of the body is on the left. It shows the "
    "five bones of the lower spine, the discs between them, the small joints at the "
    "back, the nerves and the back muscles, each with its name. The parts linked to the "
    "cause you picked are dark, carry a star, and are named in the list beside the picture."
)
HIGHLIGHT_MARK = "★"
HIGHLIGHTED: Prose = "★ Linked to this cause"
NOT_HIGHLIGHTED: Prose = "Other parts"
PARTS_INVOLVED: Prose = "Parts of the spine involved"
HOW_DOCTOR_FINDS_CAUSE: Prose = "How does a doctor find the cause?"
WHAT_IT_SHOWS: Prose = "What it shows"
WHEN_USED: Prose = "When it is used"

ABOUT_THE_SPINE: Prose = "What are the parts of the spine?"

# Living with back pain
PLAN_HEADING: Prose = "My back care plan"
PLAN_DOWNLOAD: Prose = "Download my plan"
PLAN_EMPTY: Prose = "Tick the ideas you want to try. Your plan is not saved anywhere."
PLAN_INTRO: Prose = "Things I will try to help my back:"

# Sources page
SUPPORTS: Prose = "What it supports"
CITED_BY: Prose = "Used for"

# Shared frame
SHOW_EMERGENCY_SIGNS: Prose = "Show the signs that mean you need help now"
UNKNOWN_LINK_VALUE: Prose = (
    "Part of the link you opened was not clear to us, so we left it out. Nothing else "
    "has changed."
)

# Symptom checker
CHECKER_PRIVACY: Prose = (
    "Your answers stay in this browser tab and in the page address. Nothing is saved or "
    "sent anywhere."
)
CHECKER_MORE_QUESTIONS: Prose = (
    "More questions. You can skip these now: they only add to the summary for the doctor."
)
RESULT_HEADING: Prose = "Your result"
WHY_HEADING: Prose = "Why this result?"
CAUSES_HEADING: Prose = "What may cause it?"
DOCTOR_HEADING: Prose = "What will the doctor do?"
IF_THINGS_CHANGE_HEADING: Prose = "What if things change?"
SUMMARY_HEADING: Prose = "Take a summary to your appointment"
SUMMARY_DOWNLOAD_PDF: Prose = "Download the summary (PDF)"
SUMMARY_DOWNLOAD_TEXT: Prose = "Download it as plain text"
SUMMARY_PREVIEW: Prose = "Show the summary"
START_AGAIN: Prose = "Start again"
CHIROPRACTOR_LINK: Prose = "Thinking of a chiropractor? Check first"
TREATMENTS_FOR_YOUR_PAIN_LINK: Prose = "Compare treatments for pain that has lasted this long"
NOT_ANSWERED: Prose = "Leave empty if you are not sure"
ANSWER_YES: Prose = "Yes"
ANSWER_NO: Prose = "No"
ANSWER_NOT_SURE: Prose = "Not sure"

# Clinic settings
CLINIC_SETTINGS_PROBLEM: Prose = (
    "The clinic's settings file has a problem, so BackInfo is using its standard "
    "settings. Please tell the clinic. The problem is:"
)
YOUR_CLINIC: Prose = "Your clinic"
