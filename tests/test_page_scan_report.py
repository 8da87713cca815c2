"""The scan report page under AppTest: paste or tick, the urgent box first, each finding
with its figure for the age, the absent ones, and a report text that stays in its widget."""

from element_tree import walk

from backinfo import diagnosis, imaging, ui_text
from views import scan_report as view

TEXT = ui_text.SCAN_REPORT
ROUTINE = "L4-5: Broad-based disc bulge with an annular tear. No stenosis."
URGENT = "L4-5: Disc bulge. Lesion in the L2 vertebral body, possibly a metastasis."


def page_text(app) -> list[str]:
    """The text of every element of the page's main area, in page order."""
    return [str(getattr(element, "value", "")) for element in walk(app.main)]


def position(app, text: str) -> int:
    """Where on the page the first element holding this text is."""
    return next(i for i, shown in enumerate(page_text(app)) if text in shown)


def paste(open_page, report: str, age: int | None = None):
    app = open_page("scan_report")
    app.text_area(key=view.TEXT_KEY).input(report).run()
    if age is not None:
        app.number_input(key="scan_report_age").set_value(age).run()
    assert not app.exception
    return app


def test_the_page_opens_with_the_privacy_note_a_prompt_and_no_finding(open_page):
    app = open_page("scan_report")
    assert not app.exception
    assert [info.value for info in app.info] == [TEXT.privacy, TEXT.start_prompt]
    assert TEXT.findings_heading not in [header.value for header in app.header]


def test_each_pasted_finding_is_explained_with_its_figure_for_the_age(open_page):
    app = paste(open_page, ROUTINE, age=45)  # rounds to 50: bulge 60 %, fissure 23 %
    subheaders = [subheader.value for subheader in app.subheader]
    bulge = imaging.FINDING_BY_ID["disc_bulge"]
    fissure = imaging.FINDING_BY_ID["annular_fissure"]
    assert bulge.name in subheaders and fissure.name in subheaders
    shown = page_text(app)
    assert any(TEXT.chart_sentence.format(n=60) in text for text in shown)
    assert any(TEXT.chart_sentence.format(n=23) in text for text in shown)
    assert any(bulge.meaning in text for text in shown)
    assert any(imaging.FITS_YOUR_SYMPTOMS.body in text for text in shown)
    assert len(app.get("vega_lite_chart")) == 2
    assert not app.error[1:]  # only the frame's emergency route


def test_a_negated_finding_says_the_report_says_it_is_not_there_and_is_not_explained(
    open_page,
):
    app = paste(open_page, ROUTINE, age=45)
    stenosis = imaging.FINDING_BY_ID["spinal_stenosis"]
    line = TEXT.absent_line.format(words="stenosis", name=stenosis.name.lower())
    assert any(line in text for text in page_text(app))
    assert stenosis.name not in [subheader.value for subheader in app.subheader]
    assert not any(stenosis.meaning in text for text in page_text(app))


def test_an_urgent_word_comes_first_alone_in_the_emergency_style(open_page):
    app = paste(open_page, URGENT, age=45)
    urgent = [alert.value for alert in app.error[1:]]
    assert len(urgent) == 1
    assert urgent[0].startswith(f"**{imaging.CONTACT_DOCTOR_TODAY.title}.**")
    tumour = imaging.FINDING_BY_ID["tumour"]
    assert tumour.name in urgent[0] and "lesion" in urgent[0] and "metastasis" in urgent[0]
    box_at = position(app, imaging.CONTACT_DOCTOR_TODAY.title)
    reassurance = [imaging.FITS_YOUR_SYMPTOMS.body, TEXT.findings_heading,
                   TEXT.chart_sentence.format(n=60), diagnosis.IMAGING_ADVICE.body]
    for text in reassurance:
        assert position(app, text) > box_at, text
    assert tumour.name not in [subheader.value for subheader in app.subheader]


def test_the_urgent_box_names_the_clinics_numbers(open_page):
    app = paste(open_page, "Cord compression at C5-6.")
    assert "call 111" in app.error[1].value and "call 999 now" in app.error[1].value


def test_cauda_equina_compression_also_shows_the_emergency_signs_in_full(open_page):
    app = paste(open_page, "Severe stenosis with compression of the cauda equina.")
    assert len(app.error) == 3  # the frame's route, the urgent box, the route in full
    assert app.error[2].value.startswith("**Get help now.**")


def test_an_urgent_word_the_report_negates_is_mentioned_first_never_reassured(open_page):
    app = paste(open_page, "No evidence of fracture or malignancy. Disc bulge at L4-5.", 45)
    urgent = [alert.value for alert in app.error[1:]]
    assert len(urgent) == 1
    assert urgent[0].startswith(f"**{imaging.CONTACT_DOCTOR_TODAY.title}.**")
    for finding_id, words in [("fracture", "fracture"), ("tumour", "malignancy")]:
        name = imaging.FINDING_BY_ID[finding_id].name.lower()
        assert ui_text.SCAN_REPORT.mentioned_ask_today.format(name=name, words=words) in urgent[0]
        line = TEXT.absent_line.format(words=words, name=name)
        assert not any(line in text for text in page_text(app))
    assert TEXT.absent_heading not in [subheader.value for subheader in app.subheader]
    box_at = position(app, imaging.CONTACT_DOCTOR_TODAY.title)
    for text in [imaging.FITS_YOUR_SYMPTOMS.body, TEXT.findings_heading]:
        assert position(app, text) > box_at, text


def test_a_negated_cauda_equina_compression_also_shows_the_emergency_signs_in_full(
    open_page,
):
    app = paste(open_page, "No compression of the cauda equina.")
    assert len(app.error) == 3
    assert "only the doctor who ordered the scan can tell you" in app.error[1].value
    assert app.error[2].value.startswith("**Get help now.**")


def test_ticking_words_explains_them_without_any_text(open_page):
    app = open_page("scan_report")
    app.radio(key="scan_report_how").set_value("tick").run()
    assert not app.text_area
    app.checkbox(key="scan_word_disc_protrusion").check()
    app.checkbox(key="scan_word_infection").check().run()
    assert not app.exception
    assert app.error[1].value.startswith(f"**{imaging.CONTACT_DOCTOR_TODAY.title}.**")
    assert imaging.FINDING_BY_ID["disc_protrusion"].name in [s.value for s in app.subheader]


def test_without_an_age_it_asks_for_one_and_shows_no_figure(open_page):
    app = paste(open_page, ROUTINE)
    assert TEXT.give_age in page_text(app)
    assert not app.get("vega_lite_chart")


def test_an_unchecked_figure_is_never_shown(open_page):
    app = paste(open_page, "Disc desiccation at L4-5.", age=65)  # 88 % is not confirmed
    assert TEXT.no_figure in page_text(app)
    assert not app.get("vega_lite_chart")
    assert not any("88" in text for text in page_text(app))


def test_under_20_says_the_study_starts_at_20(open_page):
    app = paste(open_page, ROUTINE, age=16)
    assert TEXT.under_twenty in page_text(app)


def test_words_it_cannot_explain_get_a_plain_message(open_page):
    app = paste(open_page, "The vertebral bodies are normal in height.")
    assert TEXT.nothing_found in [info.value for info in app.info]


def test_text_over_the_limit_is_refused_by_the_box_without_a_traceback(open_page):
    # In a browser the box stops at the limit (maxlength); Streamlit refuses longer text.
    app = paste(open_page, "disc bulge " * 3000)
    assert app.text_area(key=view.TEXT_KEY).max_chars == imaging.MAX_REPORT_CHARACTERS
    assert TEXT.start_prompt in [info.value for info in app.info]


def test_text_that_cannot_be_read_gives_a_plain_message_not_a_traceback(
    open_page, monkeypatch
):
    def refuse(report):
        raise ValueError("The report is too long.")

    monkeypatch.setattr(imaging, "find_terms", refuse)
    app = paste(open_page, ROUTINE)
    assert [w.value for w in app.warning] == [f"{TEXT.cannot_read} The report is too long."]
    assert TEXT.start_prompt in [info.value for info in app.info]


def test_the_report_text_stays_in_its_widget_only(open_page):
    app = paste(open_page, URGENT, age=45)
    assert dict(app.query_params) == {}
    holding = [key for key, value in app.session_state.items() if URGENT in str(value)]
    assert holding == [view.TEXT_KEY]
    assert not app.get("download_button")


def test_the_questions_and_nices_advice_are_shown_with_their_sources(open_page):
    app = open_page("scan_report")
    shown = page_text(app)
    for question in imaging.QUESTIONS_TO_ASK:
        assert any(question.text in text for text in shown)
    assert diagnosis.IMAGING_ADVICE.body in shown
    assert imaging.WHY_SCANS_ARE_RARELY_NEEDED.body in shown
    assert any("NICE guideline NG59" in text and text.startswith(":small[") for text in shown)
