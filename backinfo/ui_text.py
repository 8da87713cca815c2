"""Every patient-facing label that is not medical content: page names, headings, buttons.

Kept in one place so that a translation touches only this package: one frozen record per
page (`HOME`, `CAUSES`, `LIVING`, `SOURCES_PAGE`, ...), `COMMON` for the frame every page
shares, and `PAGES` for the navigation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from backinfo.model import Prose

CONTENT_REVIEWED = date(2026, 11, 26)


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
        id="home",
        title="Home",
        icon=":material/home:",
        url_path="start",
        intro="Clear, checked facts about back cramps and back pain, with where each fact "
        "comes from.",
        heading="Back cramps and back pain, explained",
    ),
    PageText(
        id="causes",
        title="Causes and diagnosis",
        icon=":material/search:",
        url_path="causes-and-diagnosis",
        intro="What can cause back cramps, where in the spine it happens, and how a doctor "
        "finds out.",
    ),
    PageText(
        id="symptom_checker",
        title="Symptom checker",
        icon=":material/checklist:",
        url_path="symptom-checker",
        intro="Answer a few questions to find out how soon you should get help, and why.",
    ),
    PageText(
        id="treatments",
        title="Treatment options",
        icon=":material/medication:",
        url_path="treatment-options",
        intro="Compare the treatments for back pain that has lasted up to 12 weeks or "
        "longer: how well they work, how soon, their risks, and which ones NICE advises "
        "against.",
    ),
    PageText(
        id="chiropractor",
        title="Chiropractor?",
        icon=":material/accessibility_new:",
        url_path="chiropractic",
        intro="When a chiropractor may help, when it is not safe, and why you should see a "
        "doctor first.",
    ),
    PageText(
        id="living",
        title="Living with back pain",
        icon=":material/self_improvement:",
        url_path="living-with-back-pain",
        intro="Everyday ways to cope with back pain and to stop it coming back. Tick the "
        "ones you want to try and save your plan.",
    ),
    PageText(
        id="sources",
        title="Sources",
        icon=":material/menu_book:",
        url_path="references",
        intro="Where our facts come from. Every fact in this app names one or more of these.",
    ),
)
PAGE_BY_ID: Mapping[str, PageText] = MappingProxyType({page.id: page for page in PAGES})


# The frame around every page
@dataclass(frozen=True)
class CommonText:
    """What every page shows the same way: the frame, the emergency route, source lines."""

    app_name: Prose
    disclaimer: Prose
    reviewed: Prose  # {day} is the date the content was last checked
    sources_label: Prose
    show_emergency_signs: Prose
    unknown_link_value: Prose
    clinic_settings_problem: Prose
    your_clinic: Prose
    content_problem: Prose


COMMON = CommonText(
    app_name="BackInfo",
    disclaimer="This app gives general facts. It does not replace a doctor, and it cannot "
    "tell you what is wrong. If you are worried, talk to a doctor or a pharmacist.",
    reviewed="Content last checked on {day}.",
    sources_label="Sources",
    show_emergency_signs="Show the signs that mean you need help now",
    unknown_link_value="Part of the link you opened was not clear to us, so we left it "
    "out. Nothing else has changed.",
    clinic_settings_problem="The clinic's settings file has a problem, so BackInfo is "
    "using its standard settings. Please tell the clinic. The problem is:",
    your_clinic="Your clinic",
    content_problem="BackInfo cannot show its pages: a fact in it is not complete. If you "
    "need help now, follow the advice below. Please tell the clinic. The problem is:",
)


# Home
@dataclass(frozen=True)
class HomeText:
    """The home page's own wording."""

    what_each_page_offers: Prose


HOME = HomeText(what_each_page_offers="What you can do here")


# Causes and diagnosis
@dataclass(frozen=True)
class CausesText:
    """The causes page's wording: the cause picker, the spine picture and the tests."""

    pick_a_cause: Prose
    spine_chart_title: Prose
    spine_chart_description: Prose
    highlight_mark: str  # a symbol, not words: marks the highlighted parts on the picture
    highlighted: Prose
    not_highlighted: Prose
    parts_involved: Prose
    about_the_spine: Prose
    how_doctor_finds_cause: Prose
    what_it_shows: Prose
    when_used: Prose


CAUSES = CausesText(
    pick_a_cause="Pick a cause to see where it happens in the spine",
    spine_chart_title="Side view of the lower back",
    spine_chart_description="A side view of the lower back. The front of the body is on "
    "the left. It shows the five bones of the lower spine, the discs between them, the "
    "small joints at the back, the nerves and the back muscles, each with its name. The "
    "parts linked to the cause you picked are dark, carry a star, and are named in the "
    "list beside the picture.",
    highlight_mark="★",
    highlighted="★ Linked to this cause",
    not_highlighted="Other parts",
    parts_involved="Parts of the spine involved",
    about_the_spine="What are the parts of the spine?",
    how_doctor_finds_cause="How does a doctor find the cause?",
    what_it_shows="What it shows",
    when_used="When it is used",
)


# Living with back pain
@dataclass(frozen=True)
class LivingText:
    """The living page's wording: the back care plan and its download."""

    plan_heading: Prose
    plan_intro: Prose
    plan_empty: Prose
    plan_download: Prose


LIVING = LivingText(
    plan_heading="My back care plan",
    plan_intro="Things I will try to help my back:",
    plan_empty="Tick the ideas you want to try. Your plan is not saved anywhere.",
    plan_download="Download my plan",
)


# Sources
@dataclass(frozen=True)
class SourcesPageText:
    """The sources page's wording, beside each reference."""

    supports: Prose
    cited_by: Prose


SOURCES_PAGE = SourcesPageText(supports="What it supports", cited_by="Used for")

# Symptom checker
@dataclass(frozen=True)
class CheckerText:
    """The symptom checker page's wording, and the headings of its summary, in order."""

    privacy: Prose
    more_questions: Prose
    result_heading: Prose
    why_heading: Prose
    no_warning_signs: Prose
    causes_heading: Prose
    doctor_heading: Prose
    if_things_change_heading: Prose
    summary_heading: Prose
    summary_download_pdf: Prose
    summary_download_text: Prose
    summary_preview: Prose
    treatments_link: Prose
    chiropractor_link: Prose
    start_again: Prose
    summary_title: Prose
    summary_date: Prose
    summary_result: Prose
    summary_how_soon: Prose
    summary_why: Prose
    summary_answers: Prose
    summary_others_not_yes: Prose
    summary_if_things_change: Prose
    summary_not_a_diagnosis: Prose


CHECKER = CheckerText(
    privacy="Your answers stay in this browser tab and in the page address. Nothing is "
    "saved or sent anywhere.",
    more_questions="More questions. You can skip these now: they only add to the summary "
    "for the doctor.",
    result_heading="Your result",
    why_heading="Why this result?",
    no_warning_signs="None of the answers is a warning sign.",
    causes_heading="What may cause it?",
    doctor_heading="What will the doctor do?",
    if_things_change_heading="What if things change?",
    summary_heading="Take a summary to your appointment",
    summary_download_pdf="Download the summary (PDF)",
    summary_download_text="Download it as plain text",
    summary_preview="Show the summary",
    treatments_link="Compare treatments for pain that has lasted this long",
    chiropractor_link="Thinking of a chiropractor? Check first",
    start_again="Start again",
    summary_title="Back pain check: a summary for your appointment",
    summary_date="Date",
    summary_result="Result",
    summary_how_soon="How soon",
    summary_why="Why",
    summary_answers="Answers",
    summary_others_not_yes="The answer to every other question was no, or not given.",
    summary_if_things_change="If things change",
    summary_not_a_diagnosis="This is not a diagnosis. It lists the answers given to the "
    "BackInfo symptom checker to help you talk with a doctor.",
)


# Chiropractor?
@dataclass(frozen=True)
class ChiropractorText:
    """The chiropractor page's wording that states no medical fact, in page order."""

    after_effects_heading: Prose
    questions_heading: Prose
    questions_intro: Prose
    result_heading: Prose
    reasons_heading: Prose
    picture_heading: Prose
    picture_intro: Prose
    picture_condition: Prose
    picture_on_its_own: Prose
    picture_your_answer: Prose
    picture_get_help_now: Prose
    picture_description: Prose
    ask_doctor_heading: Prose
    ask_chiropractor_heading: Prose


CHIROPRACTOR = ChiropractorText(
    after_effects_heading="Can it cause harm?",
    questions_heading="Is it safe for you? Answer these questions",
    questions_intro="If you are not sure about one, choose Not sure: we will tell you to "
    "ask your doctor. We do not store your answers.",
    result_heading="What your answers mean",
    reasons_heading="Why",
    picture_heading="How each health problem changes the answer",
    picture_intro="Each row is one question. It shows the answer that a yes would give on "
    "its own. The rows you answered yes or not sure are marked.",
    picture_condition="Health problem",
    picture_on_its_own="Answer on its own",
    picture_your_answer="You",
    picture_get_help_now="Not suitable: get help now",
    picture_description="A chart with one row for each health problem in the questions. "
    "Each row shows what a yes to that question means on its own: may help, doctor "
    "decides, or not suitable. Some problems also mean you should get help now. The rows "
    "you answered yes or not sure say so in the last column. The table beside the chart "
    "gives the same facts.",
    ask_doctor_heading="What to ask your doctor",
    ask_chiropractor_heading="What to ask the chiropractor",
)


# Answers to a question, on both checkers
@dataclass(frozen=True)
class AnswerText:
    """How the answers to a question are named: on its widget and in a summary."""

    yes: Prose
    no: Prose
    not_sure: Prose
    not_answered: Prose  # the placeholder of an empty number box

    def name(self, answer: object) -> Prose:
        """The words for a yes/no answer: True, False or "not_sure" (`questionnaire.NOT_SURE`)."""
        return self.yes if answer is True else self.no if answer is False else self.not_sure


ANSWERS = AnswerText(
    yes="Yes",
    no="No",
    not_sure="Not sure",
    not_answered="Leave empty if you are not sure",
)


# Treatment options
@dataclass(frozen=True)
class TreatmentsText:
    """The treatment page's wording: controls, headings, chart text and table headers."""

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
    ranked_against: Prose
    nice_heading: Prose
    nice_intro: Prose
    nice_description: Prose
    nice_summary: Prose
    against_heading: Prose
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


TREATMENTS = TreatmentsText(
    phase_question="How long has the pain lasted?",
    both_phases="Compare both",
    kind_filter="Show only these types of treatment",
    evidence_filter="Show only this strength of evidence",
    filter_hint="Pick nothing to see every option.",
    no_match="No option fits these choices. Try removing a filter.",
    ranked_heading="Which options have the strongest evidence?",
    ranked_intro="A longer bar means stronger evidence that the option helps. The grade is "
    "written at the end of each bar. A strong grade does not always mean that a doctor "
    "will offer it: the next part shows what NICE advises. Point at a bar, or tap it, to "
    "see more.",
    ranked_description="A bar chart of treatment options. Each bar is one option. The "
    "longer the bar, the stronger the evidence that it helps. The grade is written at the "
    "end of each bar. The list below the chart gives the same facts.",
    ranked_summary="Options by strength of evidence, strongest first:",
    ranked_against="NICE says not to offer:",
    nice_heading="What does NICE advise against, and why?",
    nice_intro="NICE advises doctors in the UK. For each option it says offer, consider, "
    "only with exercise, or do not offer. Some options that NICE advises against are "
    "still sold or offered, so check before you spend money or time on them. Each row is "
    "one option. The mark shows NICE's advice, and so do its shape and colour.",
    nice_description="A chart with one row for each treatment option. A mark on each row "
    "shows what NICE advises: do not offer, no advice, only with exercise, consider, or "
    "offer. The shape and colour of each mark show the same advice. The list below the "
    "chart gives the same facts.",
    nice_summary="Options by what NICE advises:",
    against_heading="Why does NICE advise against these?",
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
