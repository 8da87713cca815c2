"""About BackInfo: who writes it and how, when each page was checked, the update policy,
funding and conflicts of interest, how evidence is read, and how to report a mistake."""

import streamlit as st

import ui
from backinfo import choice, treatments, ui_text
from backinfo.model import long_date

text = ui_text.ABOUT
ui.page_header("about")

for heading, body in (
    (text.who_heading, text.who),
    (text.how_heading, text.how),
    (text.funding_heading, text.funding),
    (text.limits_heading, text.limits),
):
    st.header(heading)
    st.write(body)
ui.page_link("sources", icon=":material/arrow_forward:")

st.header(text.reviewed_heading)
st.write(text.reviewed_intro)
day = ui_text.CONTENT_REVIEWED
st.markdown("\n".join(
    f"- {text.reviewed_line.format(page=page.title, day=long_date(day))}"
    for page in ui.shown_pages()
))
st.header(text.updates_heading)
st.write(text.updates)

st.header(text.grades_heading)
st.write(choice.HOW_GRADES_ARE_READ.body)
st.markdown(treatments.meaning_list(
    (treatments.EVIDENCE_LABEL_BY_ID[g.id].label, g.meaning) for g in choice.GRADES_FOR_YOU
))
st.markdown(f"**{text.nice_heading}**")
st.markdown(treatments.meaning_list(
    (label.label, label.meaning) for label in reversed(treatments.scale_levels("nice"))
))
ui.cite(choice.HOW_GRADES_ARE_READ, *choice.GRADES_FOR_YOU)

st.header(text.mistake_heading)
st.write(text.mistake)
contact = ui.clinic_settings().mistake_contact
if contact:
    st.write(text.mistake_clinic)
    st.text(contact)
