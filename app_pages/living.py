"""Living with back pain: coping and prevention ideas as a checklist to save as a plan."""

from datetime import date

import streamlit as st

import ui
from backinfo import living, ui_text

text = ui.tr(ui_text.LIVING)
ui.page_header("living")

ui.topic(living.STAYING_ACTIVE, heading=st.header)  # h2 under the page's h1

st.header(text.plan_heading)
chosen = []
for strategy in ui.tr(living.STRATEGIES):
    if st.checkbox(f"**{strategy.title}**  \n{strategy.how}", key=f"plan_{strategy.id}"):
        chosen.append(strategy.id)
ui.cite(*living.STRATEGIES)

if chosen:
    st.download_button(
        label=text.plan_download,
        data=living.plan_text(chosen, date.today(), lang=ui.language()),
        file_name=f"{text.plan_file}.txt",
        mime="text/plain",
        icon=":material/download:",
        on_click="ignore",
    )
else:
    st.info(text.plan_empty)
