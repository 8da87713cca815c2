"""Your scan report: what its words mean, how common each finding is in people with no
back pain, and which words need a doctor today. The text lives only in its widget."""

import streamlit as st

import ui
from backinfo import diagnosis, i18n, imaging, ui_text
from views import scan_report as view

text = ui.tr(ui_text.SCAN_REPORT)
ui.page_header("scan_report")
st.info(text.privacy, icon=":material/lock:")

st.header(text.input_heading)
if ui.language() != i18n.SOURCE_LANGUAGE:
    st.warning(text.english_only, icon=":material/translate:")
options = {"paste": text.paste_option, "tick": text.tick_option}
how = st.radio(
    text.how_to_give_it,
    options=list(options),
    format_func=options.__getitem__,
    horizontal=True,
    key="scan_report_how",
)
if how == "tick":
    reading = view.tick_findings()
else:
    report = st.text_area(
        text.paste_label,
        placeholder=text.paste_placeholder,
        max_chars=imaging.MAX_REPORT_CHARACTERS,
        height=180,
        key=view.TEXT_KEY,
    )
    reading = view.read_pasted(report)
age = st.number_input(
    text.age_label,
    min_value=1,
    max_value=120,
    value=None,
    step=1,
    placeholder=text.age_placeholder,
    key="scan_report_age",
)

if reading is None:
    st.info(text.start_prompt)
else:
    view.show_reading(reading, age)

st.header(text.questions_heading)
st.markdown("\n".join(f"- {question.text}" for question in ui.tr(imaging.QUESTIONS_TO_ASK)))
ui.cite(*imaging.QUESTIONS_TO_ASK)
ui.topic(diagnosis.IMAGING_ADVICE)
ui.topic(imaging.WHY_SCANS_ARE_RARELY_NEEDED)
