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
        id="choices",
        title="What matters to you?",
        icon=":material/balance:",
        url_path="what-matters-to-you",
        intro="Say what matters to you in a treatment, and see the options in that light. "
        "Then talk them through with a doctor or physiotherapist.",
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
        id="scan_report",
        title="Your scan report",
        icon=":material/radiology:",
        url_path="scan-report",
        intro="What the words in your back scan report (MRI or CT) mean, in plain words.",
        heading="What does my scan report mean?",
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
    PageText(
        id="about",
        title="About BackInfo",
        icon=":material/info:",
        url_path="about",
        intro="Who writes BackInfo and how, who pays for it, how we keep it up to date, and "
        "how to tell us about a mistake.",
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
    plan_file: Prose  # the download's file name, without ".txt": no spaces


LIVING = LivingText(
    plan_heading="My back care plan",
    plan_intro="Things I will try to help my back:",
    plan_empty="Tick the ideas you want to try. Your plan is not saved anywhere.",
    plan_download="Download my plan",
    plan_file="back-care-plan",
)


# Sources
@dataclass(frozen=True)
class SourcesPageText:
    """The sources page's wording, beside each reference."""

    supports: Prose
    cited_by: Prose
    written_in: Prose  # {language}: the language the source is written in


SOURCES_PAGE = SourcesPageText(
    supports="What it supports",
    cited_by="Used for",
    written_in="Written in {language}",
)

# Symptom checker
@dataclass(frozen=True)
class CheckerText:
    """The symptom checker page's wording, and the headings of its summary, in order."""

    privacy: Prose
    step_progress: Prose  # {number}, {count}
    back: Prose
    next: Prose
    answer_every_emergency_question: Prose
    more_questions: Prose
    result_heading: Prose
    change_answers: Prose
    why_heading: Prose
    no_warning_signs: Prose
    causes_heading: Prose
    doctor_heading: Prose
    if_things_change_heading: Prose
    summary_heading: Prose
    summary_file: Prose  # the downloads' file name, before the date: no spaces
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
    step_progress="Step {number} of {count}",
    back="Back",
    next="Next",
    answer_every_emergency_question="Please answer every question on this step before you "
    "go on. If you do not know, choose Not sure.",
    more_questions="More questions. You can skip these now: they only add to the summary "
    "for the doctor.",
    result_heading="Your result",
    change_answers="Change my answers",
    why_heading="Why this result?",
    no_warning_signs="None of the answers is a warning sign.",
    causes_heading="What may cause it?",
    doctor_heading="What will the doctor do?",
    if_things_change_heading="What if things change?",
    summary_heading="Take a summary to your appointment",
    summary_download_pdf="Download the summary (PDF)",
    summary_file="back-pain-summary",
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
    picture_table: Prose
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
    picture_table="Show the same facts as a table",
    picture_description="A chart with one row for each health problem in the questions. "
    "Each row shows what a yes to that question means on its own: may help, doctor "
    "decides, or not suitable. Some problems also mean you should get help now. The rows "
    "you answered yes or not sure say so in the last column. The table below the chart "
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
    view_question: Prose
    ranked_choice: Prose
    nice_choice: Prose
    map_choice: Prose
    relief_choice: Prose
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
    view_question="What do you want to compare?",
    ranked_choice="Evidence",
    nice_choice="NICE's advice",
    map_choice="Gentle or not",
    relief_choice="How soon",
    kind_filter="Show only these types of treatment",
    evidence_filter="Show only this strength of evidence",
    filter_hint="Pick nothing to see every option.",
    no_match="No option fits these choices. Try removing a filter.",
    ranked_heading="Which options have the strongest evidence?",
    ranked_intro="A longer bar means stronger evidence that the option helps. The grade is "
    "written at the end of each bar. A strong grade does not always mean that a doctor "
    "will offer it: pick NICE's advice above to see what NICE says. Point at a bar, or "
    "tap it, to see more.",
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


# What matters to you? (the decision aid)
@dataclass(frozen=True)
class ChoicesText:
    """The decision aid's wording, its reasons' pattern, and the headings of its summary."""

    not_advice: Prose
    privacy: Prose
    from_checker: Prose
    preferences_heading: Prose
    preferences_intro: Prose
    weight_labels: tuple[Prose, ...]  # for the weights 0 to 3
    weight_in_reason: tuple[Prose, ...]  # for the weights 0 to 3
    reason: Prose  # {fact}, {preference}, {weight}
    reason_no_preferences: Prose  # {fact}
    ranked_heading: Prose
    ranked_intro: Prose
    place: Prose  # {place}, {name}
    nice_advice: Prose
    against_heading: Prose
    against_intro: Prose
    grades_heading: Prose
    no_numbers: Prose
    questions_heading: Prose
    questions_pick: Prose
    questions_placeholder: Prose
    questions_intro: Prose
    summary_heading: Prose
    summary_file: Prose  # the downloads' file name, before the date: no spaces
    summary_download_pdf: Prose
    summary_download_text: Prose
    summary_preview: Prose
    summary_title: Prose
    summary_date: Prose
    summary_phase: Prose
    summary_matters: Prose
    summary_nothing_chosen: Prose
    summary_options: Prose
    summary_against: Prose
    summary_questions: Prose
    summary_not_advice: Prose
    link: Prose


CHOICES = ChoicesText(
    not_advice="The order on this page is a way to think about your options. It is not "
    "advice, and it does not tell you what to choose. Take it to a doctor or "
    "physiotherapist and talk it through: they know your health.",
    privacy="Your choices stay in this browser tab and in the page address. Nothing is "
    "saved or sent anywhere.",
    from_checker="We set this from your answer in the symptom checker. You can change it.",
    preferences_heading="How much does each of these matter to you?",
    preferences_intro="There is no right answer. Pick what is true for you.",
    weight_labels=("Does not matter", "A little", "Quite a lot", "A lot"),
    weight_in_reason=("does not matter to you", "matters a little to you",
                      "matters quite a lot to you", "matters a lot to you"),
    reason="{fact}, and you said {preference} {weight}.",
    reason_no_preferences="{fact}. Until you say what matters to you, stronger evidence "
    "comes first.",
    ranked_heading="Options to talk about, in the light of what matters to you",
    ranked_intro="Options that fit what you said come first. This is not a score of how "
    "well they work. NICE does not advise against any option in this list, for pain of "
    "this length.",
    place="{place}. {name}",
    nice_advice="What NICE advises:",
    against_heading="Options NICE advises against for pain of this length",
    against_intro="These are not in the list above. Some of them are still sold or "
    "offered, so here is why NICE advises against them.",
    grades_heading="What do the evidence grades mean for you?",
    no_numbers="Numbers, such as how many people in a study got better, can help you "
    "choose. Our sources give no such numbers for most of these options, so we show none. "
    "We will not guess one. Ask your doctor or physiotherapist what is known.",
    questions_heading="Questions to ask your doctor or physiotherapist",
    questions_pick="Which options do you want to ask about?",
    questions_placeholder="Pick one or more",
    questions_intro="The questions depend on how long you have had the pain and on the "
    "options you pick here.",
    summary_heading="Take your options to your appointment",
    summary_download_pdf="Download my options (PDF)",
    summary_file="my-back-pain-options",
    summary_download_text="Download them as plain text",
    summary_preview="Show my options",
    summary_title="My options: to talk through with a doctor or physiotherapist",
    summary_date="Date",
    summary_phase="How long the pain has lasted",
    summary_matters="What matters to me",
    summary_nothing_chosen="I have not said yet.",
    summary_options="Options in the light of what matters to me",
    summary_against="Options NICE advises against",
    summary_questions="Questions to ask your doctor or physiotherapist",
    summary_not_advice="This is not advice on what to choose. It lists what matters to "
    "me and the options BackInfo showed, to help me talk with a doctor or "
    "physiotherapist.",
    link="What matters to you? Think through your options",
)


# About BackInfo
@dataclass(frozen=True)
class AboutText:
    """The About page: how BackInfo is made, paid for, kept up to date and corrected."""

    who_heading: Prose
    who: Prose
    how_heading: Prose
    how: Prose
    reviewed_heading: Prose
    reviewed_intro: Prose
    reviewed_line: Prose  # {page}, {day}
    updates_heading: Prose
    updates: Prose
    funding_heading: Prose
    funding: Prose
    grades_heading: Prose
    nice_heading: Prose
    mistake_heading: Prose
    mistake: Prose
    mistake_clinic: Prose
    limits_heading: Prose
    limits: Prose
    languages_heading: Prose
    languages_intro: Prose
    language_not_reviewed: Prose  # {language}
    language_reviewed: Prose  # {language}, {reviewer}, {day}


ABOUT = AboutText(
    who_heading="Who writes BackInfo?",
    who="BackInfo is open source: anyone can read its code and its text. Its developers "
    "write it from public sources, such as the NHS, NICE and a US doctors' guideline (ACP). "
    "No named doctor or other clinician has checked it yet. Until one does, treat it as "
    "a careful summary, not as a doctor's word.",
    how_heading="How is it written?",
    how="Each fact names its sources. You can see them under each part of a page, and all "
    "of them on the Sources page. We write in our own plain words and do not copy from our "
    "sources. A test grades how easy each text is to read. It fails if the text is too "
    "hard, so we aim at what most 11-year-olds can read.",
    reviewed_heading="When was each page last checked?",
    reviewed_intro="The developers checked each page against its sources on the date below.",
    reviewed_line="{page} (checked on {day})",
    updates_heading="When do we update it?",
    updates="We check the pages again when a guideline we use changes, such as a new NICE "
    "or ACP guideline on back pain, or when someone tells us about a mistake. We also "
    "check every page against its sources at least once a year.",
    funding_heading="Who pays for it, and who gains?",
    funding="No one pays for BackInfo. It has no funding and no sponsor. It sells nothing "
    "and shows no adverts. As far as we know, no one who writes it is paid by a maker of "
    "medicines, devices or treatments, and no one gains from the choice you make.",
    grades_heading="How do we read the evidence?",
    nice_heading="What do NICE's words mean?",
    mistake_heading="How can I tell you about a mistake?",
    mistake="Please tell us. Say which page and which sentence, and why you think it is "
    "wrong. You can do this where BackInfo's code is published, as a new issue. Please "
    "do not put details of your own health in it.",
    mistake_clinic="Or tell the clinic that runs this copy of BackInfo:",
    limits_heading="What BackInfo cannot do",
    limits="It cannot examine you, so it cannot tell you what is wrong. It does not know "
    "your health or your medicines. It helps you get ready to talk with a doctor; it does "
    "not replace one.",
    languages_heading="Which languages is it in?",
    languages_intro="BackInfo is written in English. The Spanish and German pages are "
    "translated from the English. A test checks that every text is translated, and grades "
    "how easy the translations are to read.",
    language_not_reviewed="{language}: no doctor or nurse who speaks it as a first language "
    "has checked this translation yet.",
    language_reviewed="{language}: checked by {reviewer}, a clinician who speaks it as a "
    "first language, on {day}.",
)


# Your scan report
@dataclass(frozen=True)
class ScanReportText:
    """The scan report page's wording that states no medical fact, in page order."""

    privacy: Prose
    input_heading: Prose
    how_to_give_it: Prose
    paste_option: Prose
    tick_option: Prose
    paste_label: Prose
    paste_placeholder: Prose
    tick_intro: Prose
    age_label: Prose
    age_placeholder: Prose
    start_prompt: Prose
    nothing_found: Prose
    cannot_read: Prose
    english_only: Prose  # shown in every language but English
    mentioned_ask_today: Prose  # {name}, {words}: an urgent finding the report may negate
    urgent_words: Prose  # {words}: the words in the report that need a doctor now
    findings_heading: Prose
    your_report_says: Prose  # {words}
    at_levels: Prose  # {levels}
    what_it_means: Prose
    what_matters: Prose
    chart_sentence: Prose  # {n}: of 100 people
    chart_description: Prose  # {n}, {rest}
    has_it: Prose  # {n}
    does_not: Prose  # {n}
    give_age: Prose
    under_twenty: Prose
    no_figure: Prose
    absent_heading: Prose
    absent_line: Prose  # {words}, {name}
    questions_heading: Prose


SCAN_REPORT = ScanReportText(
    privacy="What you paste or tick stays on this page. It is not saved, not sent anywhere "
    "and not put in the page address. It is gone when you close the page.",
    input_heading="Your report",
    how_to_give_it="How would you like to give us your report?",
    paste_option="Paste the text",
    tick_option="Tick the words",
    paste_label="Paste the text of your scan report here",
    paste_placeholder="For example: L4-L5: small disc bulge. No stenosis.",
    tick_intro="Tick each word or phrase that is in your report. If the report says no or "
    "not just before a word, leave it unticked.",
    age_label="Your age in years",
    age_placeholder="Leave empty if you would rather not say",
    start_prompt="Paste your report or tick its words, and we will explain each one.",
    nothing_found="We did not find any words we can explain in this text. Ask the doctor "
    "who asked for the scan to go through the report with you.",
    cannot_read="We could not read this text:",
    english_only="This page can only read reports written in English. If your report is "
    "in another language, it will not find the words that matter. Then ask the doctor who "
    "asked for the scan to go through it with you.",
    mentioned_ask_today="Your report mentions {name} ({words}). The words around it may say "
    "it is not there, but only the doctor who ordered the scan can tell you: ask them today.",
    urgent_words="Words in your report that need a doctor: {words}.",
    findings_heading="What the words in your report mean",
    your_report_says="Your report says: {words}",
    at_levels="Where in the spine: {levels}",
    what_it_means="What it means",
    what_matters="What usually matters",
    chart_sentence="Of 100 people your age with no back pain, about {n} have this.",
    chart_description="A picture of 100 marks for 100 people your age with no back pain. "
    "{n} blue circles are people who have this on a scan. {rest} grey squares are people "
    "who do not.",
    has_it="Have this ({n})",
    does_not="Do not have this ({n})",
    give_age="Give your age above to see how common this is in people your age with no "
    "back pain.",
    under_twenty="The study only gives figures for adults aged 20 or over.",
    no_figure="We do not show a figure for this at your age: the study gives none, or we "
    "have not yet checked it against the study.",
    absent_heading="What your report says is not there",
    absent_line="Your report says there is no {words} ({name}).",
    questions_heading="Questions to ask about your scan",
)
