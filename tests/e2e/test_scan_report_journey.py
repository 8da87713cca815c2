"""The scan report page by keyboard alone, at desktop and phone width: paste a report,
tick its words instead, and an urgent word; each result checked by axe-core, each chart
described, and the report text never in the address or sent to another host."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_app import ARTIFACTS, AppPage
from test_pages_in_browser import (
    BLOCKING_IMPACTS,
    CHARTS,
    DESCRIBE_CHART,
    WCAG_22_A_AA,
    WIDTHS,
    wait_for_charts,
)

from backinfo import imaging, ui_text
from views import scan_report as view

TEXT = ui_text.SCAN_REPORT
URL = ui_text.PAGE_BY_ID["scan_report"].url_path
REPORT = "L4-L5: Broad-based disk bulge with an annular tear. No stenosis."
URGENT_REPORT = "L4-5: disc bulge. There is a lesion in L2, likely a metastasis."


def type_report_by_keyboard(app: AppPage, report: str) -> None:
    """Tab to the report box, type the report and apply it with Ctrl+Enter."""
    app.tab_to(app.widget(view.TEXT_KEY).locator("textarea"))
    app.page.keyboard.type(report)
    app.rerun_after(lambda: app.page.keyboard.press("Control+Enter"))


def type_age_by_keyboard(app: AppPage, age: int) -> None:
    """Tab to the age box, type the age and press Enter."""
    app.tab_to(app.widget("scan_report_age").locator("input"))
    app.page.keyboard.type(str(age))
    app.rerun_after(lambda: app.page.keyboard.press("Enter"))


def check_the_page(app: AppPage, name: str, charts: int) -> None:
    """All its charts drawn and described, no axe violation, nothing in the address or
    sent elsewhere, and a screenshot."""
    app.stretch_to_content()  # a phone draws charts below the fold only once in view
    app.page.wait_for_function(f"document.querySelectorAll('{CHARTS}').length === {charts}")
    wait_for_charts(app)
    for chart in app.page.locator(CHARTS).all():
        described = chart.evaluate(DESCRIBE_CHART)
        assert len(described["label"].split()) >= 5, described
        assert described["text_alternative"] and described["text_or_shape_marks"], described
    results = Axe().run(app.page, options={"runOnly": {"type": "tag", "values": WCAG_22_A_AA}})
    blocking = [
        f"{violation['id']}: {[node['target'] for node in violation['nodes']]}"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]
    assert not blocking, blocking
    assert "?" not in app.page.url
    assert app.log.foreign_requests == []
    assert app.page.locator('[data-testid="stException"]').count() == 0
    shots = ARTIFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    app.page.screenshot(path=shots / f"scan_report-{name}.png", full_page=True)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_pasted_report_is_explained_with_a_figure_for_the_age(app: AppPage, width):
    app.open(URL, *WIDTHS[width])
    type_report_by_keyboard(app, REPORT)
    type_age_by_keyboard(app, 45)

    bulge = imaging.FINDING_BY_ID["disc_bulge"]
    assert app.page.get_by_role("heading", name=bulge.name).is_visible()
    assert app.page.get_by_text(TEXT.chart_sentence.format(n=60)).is_visible()
    assert app.page.get_by_text("Your report says there is no stenosis").is_visible()
    check_the_page(app, f"paste-{width}", charts=2)


@pytest.mark.parametrize("width", WIDTHS)
def test_ticked_words_are_explained_without_pasting(app: AppPage, width):
    app.open(URL, *WIDTHS[width])
    radio = app.widget("scan_report_how")
    tick = radio.locator('[data-testid="stRadioOption"]').filter(
        has=app.page.get_by_text(TEXT.tick_option, exact=True)
    ).locator("input[type=radio]")
    app.tab_to(radio.locator('[role="radiogroup"]'))
    app.arrow_to(tick, "ArrowRight", picks=True)
    assert tick.is_checked()
    box = app.widget("scan_word_disc_protrusion").locator("input[type=checkbox]")
    app.tab_to(box)
    app.rerun_after(lambda: app.page.keyboard.press("Space"))
    type_age_by_keyboard(app, 30)

    protrusion = imaging.FINDING_BY_ID["disc_protrusion"]
    assert app.page.get_by_role("heading", name=protrusion.name).is_visible()
    assert app.page.get_by_text(TEXT.chart_sentence.format(n=31)).is_visible()
    check_the_page(app, f"tick-{width}", charts=1)


@pytest.mark.parametrize("width", WIDTHS)
def test_an_urgent_word_puts_contact_the_doctor_today_above_everything_else(
    app: AppPage, width
):
    app.open(URL, *WIDTHS[width])
    type_report_by_keyboard(app, URGENT_REPORT)

    alerts = app.page.locator('[data-testid="stAlert"]')
    urgent = alerts.filter(has_text=imaging.CONTACT_DOCTOR_TODAY.title)
    assert urgent.count() == 1 and urgent.is_visible()
    findings = app.page.get_by_role("heading", name=TEXT.findings_heading)
    urgent_top = urgent.bounding_box()["y"]
    assert urgent_top < findings.bounding_box()["y"]
    reassurance = app.page.get_by_text(imaging.FITS_YOUR_SYMPTOMS.body)
    assert urgent_top < reassurance.bounding_box()["y"]
    check_the_page(app, f"urgent-{width}", charts=0)  # no age given: no figure
