"""Home: what a back spasm is, the emergency route, and what each page offers."""

import streamlit as st

import ui
from backinfo import topics, ui_text

ui.page_header("home")
ui.emergency_route()
ui.clinic_card()

for topic in (topics.BACK_SPASM, topics.PHASES, topics.SEE_A_DOCTOR):
    ui.topic(topic, heading=st.header)  # h2 under the page's h1: headings descend in order

st.header(ui.tr(ui_text.HOME).what_each_page_offers)
for page in ui.tr(ui.shown_pages())[1:]:
    ui.page_link(page.id)
    st.caption(page.intro)
