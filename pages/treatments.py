import ui

ui.page_header("treatments")
