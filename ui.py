"""Streamlit building blocks that every page shares: the emergency route, sources, footer.

Pages import these so that the same thing is drawn the same way everywhere. Facts and
wording come from `backinfo`; this module only lays them out. `app.py` also checks the
content here, once per process, and reads the clinic's settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from typing import Protocol, TypeVar

import streamlit as st

from backinfo import clinic, content, documents, emergency, i18n, questionnaire, ui_text
from backinfo.sources import SOURCES

T = TypeVar("T")
LANGUAGE_PARAM = "lang"
_LANGUAGE = "_language"  # this session's language, for this rerun
_CHOSEN = "_language_chosen"  # the language this person picked, by link or control
LANGUAGE_CONTROL = "_language_control"  # the language menu's widget key
_UNCLEAR = "_language_unclear"  # the link asked for a language this copy does not offer


@st.cache_resource(show_spinner=False)
def content_problem() -> str | None:
    """What is wrong with BackInfo's content, or None; checked once per process."""
    try:
        content.validate()
    except content.ContentError as error:
        return str(error)
    except Exception as error:  # a check that crashes on a slip must not blank every page
        return f"{type(error).__name__}: {error}"
    return None


def stop_if_content_is_broken() -> None:
    """If the content fails its checks, say so plainly, show the emergency route and stop:
    a page drawn from broken content could show a fact without its source, or crash."""
    problem = content_problem()
    if problem:
        st.warning(tr(ui_text.COMMON).content_problem, icon=":material/error:")
        st.text(problem)
        emergency_route()
        footer()
        st.stop()


@st.cache_data(ttl=60, show_spinner=False)
def _load_clinic(path: str | None) -> clinic.Loaded:
    return clinic.load(path)


def _clinic() -> clinic.Loaded:
    """The settings file named by BACKINFO_CLINIC_CONFIG, read at most once a minute."""
    return _load_clinic(os.environ.get(clinic.ENV_VAR))


def clinic_settings() -> clinic.ClinicSettings:
    """The clinic's settings in force (the defaults if its file has a problem)."""
    return _clinic().settings


def choose_language() -> None:
    """Settle this session's language for this rerun, and keep a chosen one in the page
    address: `?lang=` first, then what this person picked earlier, then the browser's
    language, then the clinic's default. A language the clinic does not offer is named."""
    settings = clinic_settings()
    offered = settings.languages
    asked = st.query_params.get(LANGUAGE_PARAM)
    if asked is not None:
        code = i18n.language_or_none(asked)
        if code in offered:
            st.session_state[_CHOSEN] = code
        else:
            del st.query_params[LANGUAGE_PARAM]
            st.session_state[_UNCLEAR] = True
    chosen = st.session_state.get(_CHOSEN)
    if chosen not in offered:
        browser = i18n.language_or_none(st.context.locale)
        chosen = browser if browser in offered else settings.default_language
    elif st.query_params.get(LANGUAGE_PARAM) != chosen:
        st.query_params[LANGUAGE_PARAM] = chosen
    st.session_state[_LANGUAGE] = chosen


def language() -> str:
    """This session's language (`choose_language` settles it at the start of each rerun)."""
    return st.session_state.get(_LANGUAGE, i18n.SOURCE_LANGUAGE)


def tr(value: T) -> T:
    """A content record (or a tuple or mapping of them) with its texts in this session's
    language."""
    return i18n.localize(value, language())


def language_name(code: str) -> str:
    """A language's name in this session's language."""
    return i18n.language_name(code, language())


def citations() -> dict[str, list[str]]:
    """Source id -> the names of the content items that cite it, in this session's
    language, sorted."""
    lang = language()
    return {source_id: sorted(i18n.gettext(label, lang) for label in labels)
            for source_id, labels in content.citations().items()}


def day(value: date) -> str:
    """A date written out in full in this session's language."""
    return i18n.day(value, language())


def page_params() -> dict[str, list[str]]:
    """The page address's query parameters, without the language: a page's own state."""
    return {key: st.query_params.get_all(key) for key in st.query_params
            if key != LANGUAGE_PARAM}


def set_page_params(params: dict[str, str | list[str]]) -> None:
    """Make the page's own parameters these, keeping the language in the address."""
    kept = {LANGUAGE_PARAM: st.query_params[LANGUAGE_PARAM]} if (
        LANGUAGE_PARAM in st.query_params) else {}
    wanted = {key: value if isinstance(value, list) else [value] for key, value in params.items()}
    if page_params() != wanted:
        st.query_params.from_dict({**params, **kept})


def _pick_language() -> None:
    """The menu's choice goes in the address, where `choose_language` reads it first."""
    st.query_params[LANGUAGE_PARAM] = st.session_state[LANGUAGE_CONTROL]


def language_control() -> None:
    """The language menu: in the sidebar, or at the top of the page when BackInfo is
    embedded (an embedded app has no sidebar to open). Its label names itself in every
    language, so a person who cannot read the page still finds it. Also tells screen
    readers the page's language, and says when a link asked for one not offered."""
    lang = language()
    if st.session_state.pop(_UNCLEAR, False):
        st.info(tr(ui_text.COMMON).unknown_link_value)
    st.html(f"<script>document.documentElement.lang={lang!r}</script>",
            unsafe_allow_javascript=True)
    offered = clinic_settings().languages
    if len(offered) < 2:
        return
    st.session_state[LANGUAGE_CONTROL] = lang
    where = st.container() if st.context.is_embedded else st.sidebar
    where.selectbox(
        i18n.LANGUAGE_LABEL,
        options=offered,
        format_func=i18n.LANGUAGE_NAMES.__getitem__,
        key=LANGUAGE_CONTROL,
        on_change=_pick_language,
    )


def shown_pages() -> tuple[ui_text.PageText, ...]:
    """The pages this clinic shows, in navigation order."""
    hidden = set(clinic_settings().hidden_pages)
    return tuple(page for page in ui_text.PAGES if page.id not in hidden)


def page_link(
    page_id: str,
    *,
    label: str | None = None,
    icon: str | None = None,
    query_params: dict[str, str] | None = None,
) -> bool:
    """A link to another page of the app; returns False and draws nothing if the clinic
    hides that page (Streamlit refuses links to pages outside the navigation)."""
    if page_id in clinic_settings().hidden_pages:
        return False
    page = tr(ui_text.PAGE_BY_ID)[page_id]
    st.page_link(
        f"app_pages/{page_id}.py",
        label=label or page.title,
        icon=icon or page.icon,
        query_params=query_params,
    )
    return True


def clinic_frame() -> None:
    """The clinic's logo and colour, or one clear message if its settings file is broken."""
    loaded = _clinic()
    if loaded.problem:
        st.warning(tr(ui_text.COMMON).clinic_settings_problem, icon=":material/settings_alert:")
        st.text(loaded.problem)
    settings = loaded.settings
    if settings.logo:
        st.logo(str(settings.logo))
    if settings.accent_colour:  # validated as #rrggbb, so safe inside this constant rule
        st.html(
            "<style>header[data-testid='stHeader']{border-top:6px solid "
            f"{settings.accent_colour}}}</style>"
        )


def clinic_card() -> None:
    """The clinic's name and contact details, shown as plain text, if a clinic set them."""
    lines = clinic_settings().contact_lines()
    if lines:
        with st.container(border=True):
            st.markdown(f"**{tr(ui_text.COMMON).your_clinic}**")
            for line in lines:
                st.text(line)


def page_header(page_id: str) -> None:
    """The page's title and its one-line introduction."""
    page = tr(ui_text.PAGE_BY_ID)[page_id]
    st.title(page.heading, anchor=False)  # a link icon after a long last word wrapped alone
    st.write(page.intro)


def emergency_route(*, compact: bool = False) -> None:
    """The signs that mean 'get help now' and what to do; compact folds the details away."""
    settings = clinic_settings()
    route = emergency.route(emergency=settings.emergency, urgent=settings.urgent,
                            lang=language())
    call_now = f"**{route.heading}.** {route.call_now}"
    # Where 112 stands in for an unknown country's number, say so in the same box.
    fallback = settings.emergency_note
    note = f"\n\n{i18n.gettext(fallback, language())}" if fallback else ""
    signs = "\n".join(f"- {sign.text}" for sign in route.signs)
    if compact:
        st.error(f"{call_now}{note}", icon=":material/emergency:")
        with st.expander(tr(ui_text.COMMON).show_emergency_signs):
            st.markdown(signs)
            st.markdown(route.urgent)
            cite(route)
    else:
        st.error(f"{call_now}\n\n{signs}{note}", icon=":material/emergency:")
        st.markdown(route.urgent)
        cite(route)


class Sourced(Protocol):
    """Any content record that names its sources."""

    sources: tuple[str, ...]


class TopicRecord(Sourced, Protocol):
    """A sourced record with a heading and a body, such as `backinfo.model.Topic`."""

    title: str
    body: str


def cite(*records: Sourced) -> None:
    """A short line naming the sources of the records just shown, each once, in order."""
    source_ids = dict.fromkeys(source for record in records for source in record.sources)
    refs = [SOURCES[source_id] for source_id in source_ids]
    links = " · ".join(f"[{ref.short}]({ref.url})" for ref in refs)
    # Small, not st.caption: links in a caption are faded below WCAG AA contrast.
    st.markdown(f":small[{tr(ui_text.COMMON).sources_label}: {links}]")


def topic(record: TopicRecord, heading: Callable[[str], object] = st.subheader) -> None:
    """A sourced record as a heading, its text and its sources."""
    record = tr(record)
    heading(record.title)
    st.write(record.body)
    cite(record)


def ask(question: questionnaire.Question) -> None:
    """One question as the widget its kind needs, keyed by its id, with its help below,
    in a box of its own so the help cannot be read as the next question's: Yes, No and
    Not sure side by side with none picked, or a number box left empty."""
    question = tr(question)
    with st.container(border=True):
        if question.kind == "yes_no":
            st.radio(
                question.text,
                options=[True, False, questionnaire.NOT_SURE],
                format_func=tr(ui_text.ANSWERS).name,
                index=None,
                horizontal=True,
                key=question.id,
            )
        else:
            number = int if question.kind == "integer" else float
            st.number_input(
                question.text,
                min_value=number(question.minimum),
                max_value=number(question.maximum),
                step=number(1),
                value=None,
                placeholder=tr(ui_text.ANSWERS).not_answered,
                key=question.id,
            )
        st.caption(question.help)


def session_pdf(text: str, title: str) -> bytes:
    """The text as a PDF, built once per text and kept in this session only: a summary
    holds a person's answers, so it never goes in a cache that other sessions share."""
    built = st.session_state.setdefault("_pdf_of_text", {})
    if text not in built:
        built.clear()  # only the latest summary is kept
        built[text] = documents.text_to_pdf(text, title)
    return built[text]


def footer() -> None:
    """The disclaimer and the date the content was last checked, at the foot of every page."""
    st.divider()
    text = tr(ui_text.COMMON)
    reviewed = text.reviewed.format(day=day(ui_text.CONTENT_REVIEWED))
    st.caption(f"{text.disclaimer} {reviewed}")
