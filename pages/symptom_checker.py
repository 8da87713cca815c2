import ui

ui.page_header("symptom_checker")
