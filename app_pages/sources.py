"""Sources: every reference, with what it supports and where the app uses it."""

import streamlit as st

import ui
from backinfo import ui_text
from backinfo.sources import SOURCES

text = ui.tr(ui_text.SOURCES_PAGE)
ui.page_header("sources")
uses = ui.citations()
for ref in ui.tr(SOURCES).values():  # titles stay as published; each says its language
    with st.container(border=True):
        st.markdown(f"**{ref.title}**  \n{ref.publisher}, {ref.year}. [{ref.url}]({ref.url})")
        st.caption(text.written_in.format(language=ui.language_name(ref.language)))
        st.write(f"{text.supports}: {ref.supports}")
        with st.expander(f"{text.cited_by} ({len(uses[ref.id])})"):
            st.markdown("\n".join(f"- {label}" for label in uses[ref.id]))
