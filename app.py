"""BackInfo: the entry point. Builds the navigation and the frame around every page."""

import streamlit as st

import ui
from backinfo import ui_text

ui.choose_language()
common = ui.tr(ui_text.COMMON)
st.set_page_config(
    page_title=common.app_name,
    page_icon="🩹",  # a :material: icon would be fetched from Google as the favicon
    layout="centered",
    menu_items={"Get help": None, "Report a bug": None, "About": common.disclaimer},
)

ui.clinic_frame()
pages = [
    st.Page(
        f"app_pages/{page.id}.py",
        title=page.title,
        icon=page.icon,
        url_path=page.url_path,
        default=page.id == "home",
    )
    for page in ui.tr(ui.shown_pages())
]
current = st.navigation(pages)
ui.stop_if_content_is_broken()
if current.url_path != "":
    ui.emergency_route(compact=True)
ui.language_control()  # after the emergency route: embedded, the menu is on the page
current.run()
ui.footer()
