"""Sources: every reference, with what it supports and where the app uses it."""

import streamlit as st

import ui
from backinfo import content, ui_text
from backinfo.sources import SOURCES

ui.page_header("sources")
uses = content.citations()
for ref in SOURCES.values():
    with st.container(border=True):
        st.markdown(f"**{ref.title}**  \n{ref.publisher}, {ref.year}. [{ref.url}]({ref.url})")
        st.write(f"{ui_text.SOURCES_PAGE.supports}: {ref.supports}")
        with st.expander(f"{ui_text.SOURCES_PAGE.cited_by} ({len(uses[ref.id])})"):
            st.markdown("\n".join(f"- {label}" for label in uses[ref.id]))
