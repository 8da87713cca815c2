import ui

ui.page_header("chiropractor")
