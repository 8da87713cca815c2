"""Streamlit building blocks that every page shares: the emergency route, sources, footer.

Pages import these so that the same thing is drawn the same way everywhere. Facts and
wording come from `backinfo`; this module only lays them out. `app.py` also checks the
content here, once per process, and reads the clinic's settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Protocol

import streamlit as st

from backinfo import clinic, content, documents, emergency, questionnaire, ui_text
from backinfo.model import long_date
from backinfo.sources import SOURCES


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
        st.warning(ui_text.COMMON.content_problem, icon=":material/error:")
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
    page = ui_text.PAGE_BY_ID[page_id]
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
        st.warning(ui_text.COMMON.clinic_settings_problem, icon=":material/settings_alert:")
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
            st.markdown(f"**{ui_text.COMMON.your_clinic}**")
            for line in lines:
                st.text(line)


def page_header(page_id: str) -> None:
    """The page's title and its one-line introduction."""
    page = ui_text.PAGE_BY_ID[page_id]
    st.title(page.heading)
    st.write(page.intro)


def emergency_route(*, compact: bool = False) -> None:
    """The signs that mean 'get help now' and what to do; compact folds the details away."""
    settings = clinic_settings()
    route = emergency.route(emergency=settings.emergency, urgent=settings.urgent)
    call_now = f"**{route.heading}.** {route.call_now}"
    # Where 112 stands in for an unknown country's number, say so in the same box.
    note = f"\n\n{settings.emergency_note}" if settings.emergency_note else ""
    signs = "\n".join(f"- {sign.text}" for sign in route.signs)
    if compact:
        st.error(f"{call_now}{note}", icon=":material/emergency:")
        with st.expander(ui_text.COMMON.show_emergency_signs):
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
    st.markdown(f":small[{ui_text.COMMON.sources_label}: {links}]")


def topic(record: TopicRecord, heading: Callable[[str], object] = st.subheader) -> None:
    """A sourced record as a heading, its text and its sources."""
    heading(record.title)
    st.write(record.body)
    cite(record)


def ask(question: questionnaire.Question) -> None:
    """One question as the widget its kind needs, keyed by its id, with its help below,
    in a box of its own so the help cannot be read as the next question's: Yes, No and
    Not sure side by side with none picked, or a number box left empty."""
    with st.container(border=True):
        if question.kind == "yes_no":
            st.radio(
                question.text,
                options=[True, False, questionnaire.NOT_SURE],
                format_func=ui_text.ANSWERS.name,
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
                placeholder=ui_text.ANSWERS.not_answered,
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
    day = ui_text.CONTENT_REVIEWED
    reviewed = ui_text.COMMON.reviewed.format(day=long_date(day))
    st.caption(f"{ui_text.COMMON.disclaimer} {reviewed}")
