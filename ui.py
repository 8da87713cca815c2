"""Streamlit building blocks that every page shares: the emergency route, sources, footer.

Pages import these so that the same thing is drawn the same way everywhere. Facts and
wording come from `backinfo`; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from backinfo import emergency, ui_text
from backinfo.sources import SOURCES


def page_header(page_id: str) -> None:
    """The page's title and its one-line introduction."""
    page = ui_text.PAGE[page_id]
    st.title(page.heading)
    st.write(page.intro)


def emergency_route(*, compact: bool = False) -> None:
    """The signs that mean 'get help now' and what to do; compact folds the details away."""
    route = emergency.route()
    signs = "\n".join(f"- {sign.text}" for sign in route.signs)
    if compact:
        st.error(f"**{route.heading}.** {route.call_now}", icon=":material/emergency:")
        with st.expander(ui_text.SHOW_EMERGENCY_SIGNS):
            st.markdown(signs)
            st.markdown(route.urgent)
            cite(route.sources)
    else:
        st.error(f"**{route.heading}.** {route.call_now}\n\n{signs}", icon=":material/emergency:")
        st.markdown(route.urgent)
        cite(route.sources)


def cite(source_ids: Iterable[str]) -> None:
    """A short line naming the sources of the facts just shown, linked to each one."""
    refs = [SOURCES[source_id] for source_id in source_ids]
    links = "; ".join(f"[{ref.publisher}: {ref.title}]({ref.url})" for ref in refs)
    st.caption(f"{ui_text.SOURCES_LABEL}: {links}")


def footer() -> None:
    """The disclaimer and the date the content was last checked, at the foot of every page."""
    st.divider()
    reviewed = ui_text.REVIEWED.format(day=ui_text.CONTENT_REVIEWED.strftime("%-d %B %Y"))
    st.caption(f"{ui_text.DISCLAIMER} {reviewed}")
