"""Streamlit building blocks that every page shares: the emergency route, sources, footer.

Pages import these so that the same thing is drawn the same way everywhere. Facts and
wording come from `backinfo`; this module only lays them out.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any, ParamSpec, Protocol

import altair as alt
import pandas as pd
import pyarrow as pa
import streamlit as st

from backinfo import clinic, emergency, ui_text
from backinfo.sources import SOURCES


@st.cache_data(ttl=60, show_spinner=False)
def _load_clinic(path: str | None) -> clinic.Loaded:
    return clinic.load(path)


def clinic_settings() -> clinic.ClinicSettings:
    """The clinic's settings in force (the defaults if its file has a problem)."""
    return _load_clinic(os.environ.get(clinic.ENV_VAR)).settings


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
    page = ui_text.PAGE[page_id]
    st.page_link(
        f"app_pages/{page_id}.py",
        label=label or page.title,
        icon=icon or page.icon,
        query_params=query_params,
    )
    return True


def clinic_frame() -> None:
    """The clinic's logo and colour, or one clear message if its settings file is broken."""
    loaded = _load_clinic(os.environ.get(clinic.ENV_VAR))
    if loaded.problem:
        st.warning(ui_text.CLINIC_SETTINGS_PROBLEM, icon=":material/settings_alert:")
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
            st.markdown(f"**{ui_text.YOUR_CLINIC}**")
            for line in lines:
                st.text(line)


def page_header(page_id: str) -> None:
    """The page's title and its one-line introduction."""
    page = ui_text.PAGE[page_id]
    st.title(page.heading)
    st.write(page.intro)


def emergency_route(*, compact: bool = False) -> None:
    """The signs that mean 'get help now' and what to do; compact folds the details away."""
    settings = clinic_settings()
    route = emergency.route(settings.emergency, settings.urgent)
    call_now = f"**{route.heading}.** {route.call_now}"
    # Where 112 stands in for an unknown country's number, say so in the same box.
    note = f"\n\n{settings.emergency_note}" if settings.emergency_note else ""
    signs = "\n".join(f"- {sign.text}" for sign in route.signs)
    if compact:
        st.error(f"{call_now}{note}", icon=":material/emergency:")
        with st.expander(ui_text.SHOW_EMERGENCY_SIGNS):
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
    st.markdown(f":small[{ui_text.SOURCES_LABEL}: {links}]")


def topic(record: TopicRecord, heading: Callable[[str], object] = st.subheader) -> None:
    """A sourced record as a heading, its text and its sources."""
    heading(record.title)
    st.write(record.body)
    cite(record)


def footer() -> None:
    """The disclaimer and the date the content was last checked, at the foot of every page."""
    st.divider()
    day = ui_text.CONTENT_REVIEWED
    reviewed = ui_text.REVIEWED.format(day=f"{day.day} {day:%B %Y}")
    st.caption(f"{ui_text.DISCLAIMER} {reviewed}")


P = ParamSpec("P")
VegaLiteSpec = dict[str, Any]


def cached_chart(build: Callable[P, alt.TopLevelMixin]) -> Callable[P, VegaLiteSpec]:
    """Decorate a page's Altair chart builder: it runs once per distinct arguments.

    Building and validating an Altair chart costs far more than a page's other work, and
    Streamlit reruns the page on every click; the finished Vega-Lite spec is cached instead.
    Draw the result with `draw_chart`.
    """

    @st.cache_data(show_spinner=False, max_entries=128)
    @functools.wraps(build)
    def spec(*args: P.args, **kwargs: P.kwargs) -> VegaLiteSpec:
        with alt.theme.enable("none"):  # as st.altair_chart does: Streamlit sizes charts
            chart = build(*args, **kwargs).to_dict()
        # Streamlit sends datasets to the browser as Arrow; already-encoded ones are sent
        # as they are, so encode them once here rather than on every rerun.
        chart["datasets"] = {
            name: _arrow_stream(rows) for name, rows in chart.get("datasets", {}).items()
        }
        return chart

    return spec


def _arrow_stream(rows: list[dict[str, Any]]) -> bytes:
    table = pa.Table.from_pandas(pd.DataFrame(rows), preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def draw_chart(spec: VegaLiteSpec, description: str) -> None:
    """A chart from `cached_chart`, with the description screen readers announce."""
    st.vega_lite_chart(spec=spec, alt=description)
