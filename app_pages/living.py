"""Living with back pain: coping and prevention ideas as a checklist to save as a plan."""

from datetime import date

import streamlit as st

import ui
from backinfo import living, ui_text

ui.page_header("living")

st.header(living.STAYING_ACTIVE.title)  # h2 under the page's h1
st.write(living.STAYING_ACTIVE.body)
ui.cite(living.STAYING_ACTIVE)

st.header(ui_text.LIVING.plan_heading)
chosen = []
for strategy in living.STRATEGIES:
    if st.checkbox(f"**{strategy.title}**  \n{strategy.how}", key=f"plan_{strategy.id}"):
        chosen.append(strategy.id)
ui.cite(*living.STRATEGIES)

if chosen:
    st.download_button(
        label=ui_text.LIVING.plan_download,
        data=living.plan_text(chosen, date.today()),
        file_name="back-care-plan.txt",
        mime="text/plain",
        icon=":material/download:",
        on_click="ignore",
    )
else:
    st.info(ui_text.LIVING.plan_empty)
