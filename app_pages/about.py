"""About BackInfo: who writes it and how, when each page was checked, the update policy,
funding and conflicts of interest, how evidence is read, and how to report a mistake."""

import streamlit as st

import ui
from backinfo import choice, i18n, treatments, ui_text

text = ui.tr(ui_text.ABOUT)
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
checked = ui.day(ui_text.CONTENT_REVIEWED)
st.markdown("\n".join(
    f"- {text.reviewed_line.format(page=page.title, day=checked)}"
    for page in ui.tr(ui.shown_pages())
))
st.header(text.updates_heading)
st.write(text.updates)

st.header(text.grades_heading)
st.write(ui.tr(choice.HOW_GRADES_ARE_READ).body)
labels = ui.tr(treatments.EVIDENCE_LABEL_BY_ID)
st.markdown(treatments.meaning_list(
    (labels[g.id].label, g.meaning) for g in ui.tr(choice.GRADES_FOR_YOU)
))
st.markdown(f"**{text.nice_heading}**")
st.markdown(treatments.meaning_list(
    (label.label, label.meaning) for label in reversed(ui.tr(treatments.scale_levels("nice")))
))
ui.cite(choice.HOW_GRADES_ARE_READ, *choice.GRADES_FOR_YOU)

st.header(text.languages_heading)
st.write(text.languages_intro)
lines = []
for code in ui.clinic_settings().languages:
    if code == i18n.SOURCE_LANGUAGE:
        continue
    language, review = i18n.LANGUAGE_NAMES[code], i18n.TRANSLATION_REVIEWS.get(code)
    lines.append(text.language_reviewed.format(
        language=language, reviewer=review.reviewer, day=ui.day(review.day)
    ) if review else text.language_not_reviewed.format(language=language))
st.markdown("\n".join(f"- {line}" for line in lines))

st.header(text.mistake_heading)
st.write(text.mistake)
contact = ui.clinic_settings().mistake_contact
if contact:
    st.write(text.mistake_clinic)
    st.text(contact)
