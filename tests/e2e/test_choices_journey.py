"""The decision aid (What matters to you?) by keyboard alone, at desktop and phone width:
arriving from the symptom checker's duration and from the treatment page, weighing a
preference, picking an option to ask about, and downloading "My options"."""

from __future__ import annotations

import re

from browser_app import AppPage, download_by_keyboard

from backinfo import choice, treatments, ui_text
from views import choices as view

URL = ui_text.PAGE_BY_ID["choices"].url_path
TEXT = ui_text.CHOICES
PHONE = {"width": 390, "height": 844}


def ranked_names(app: AppPage) -> list[str]:
    """The option names of the ranked list, in page order."""
    pattern = re.compile(r"^\d+\. (.+)$")
    names = []
    for strong in app.page.locator('[data-testid="stMarkdownContainer"] p > strong').all():
        if match := pattern.match(strong.inner_text().strip()):
            names.append(match.group(1))
    return names


def weigh_by_keyboard(app: AppPage, preference_id: str, weight: int) -> None:
    """Tab into a preference's radio group and arrow to the weight; each arrow picks."""
    group = app.widget(view.weight_key(preference_id))
    option = group.locator('[data-testid="stRadioOption"]').filter(
        has=app.page.get_by_text(TEXT.weight_labels[weight], exact=True)
    ).locator("input[type=radio]")
    app.tab_to(group.locator('[role="radiogroup"]'))
    app.arrow_to(option, "ArrowRight", max_presses=len(choice.WEIGHTS), picks=True)
    assert option.is_checked()


def test_from_the_checkers_duration_weigh_pick_and_download_my_options(app: AppPage) -> None:
    app.open(f"{URL}?pain_duration_weeks=20")
    chronic = treatments.PHASE_LABEL_BY_ID["chronic"].label
    phase = app.widget(view.PHASE_KEY).locator('[role="radio"]', has_text=chronic)
    assert phase.get_attribute("aria-checked") == "true"
    assert app.page.get_by_text(TEXT.from_checker, exact=True).is_visible()

    weigh_by_keyboard(app, "no_medicines", 3)

    assert re.search(r"[?&]no_medicines=3\b", app.page.url)
    expected = [treatments.TREATMENT_BY_ID[r.treatment_id].name
                for r in choice.rank("chronic", {"no_medicines": 3})]
    assert ranked_names(app) == expected
    assert treatments.TREATMENT_BY_ID[choice.rank("chronic", {"no_medicines": 3})[-1]
                                      .treatment_id].kind == "medicine"

    gentle = treatments.TREATMENT_BY_ID["gentle_exercise"].name
    app.tab_to(app.widget(view.ASK_KEY).locator("input"))
    app.page.keyboard.type(gentle)
    app.rerun_after(lambda: app.page.keyboard.press("Enter"))
    app.page.keyboard.press("Escape")
    assert re.search(r"[?&]ask=gentle_exercise\b", app.page.url)
    exercise_question = choice.QUESTION_TO_ASK_BY_ID["exercise_plan"].text
    assert app.page.get_by_text(exercise_question, exact=True).is_visible()

    summary = download_by_keyboard(app, TEXT.summary_download_text).read_text()
    assert "No medicines: A lot" in summary
    assert exercise_question in summary
    assert TEXT.summary_not_advice in summary


def test_on_a_phone_the_treatment_page_link_leads_here_and_the_pdf_downloads(
    app: AppPage,
) -> None:
    app.open(ui_text.PAGE_BY_ID["treatments"].url_path, **PHONE)
    link = app.page.get_by_role("link", name=TEXT.link)
    app.tab_to(link)
    app.page.keyboard.press("Enter")
    app.page.get_by_role("heading", name=ui_text.PAGE_BY_ID["choices"].heading).wait_for()
    app.page.wait_for_url(re.compile(URL))

    chronic = treatments.PHASE_LABEL_BY_ID["chronic"].label
    switch = app.widget(view.PHASE_KEY)
    app.tab_to(switch.locator('[role="radiogroup"]'))
    app.arrow_to(switch.locator('[role="radio"]', has_text=chronic), "ArrowRight")
    app.rerun_after(lambda: app.page.keyboard.press("Enter"))
    assert re.search(r"[?&]phase=chronic\b", app.page.url)

    fusion = treatments.TREATMENT_BY_ID["spinal_fusion"]
    assert fusion.name not in ranked_names(app)
    why = app.page.locator('[data-testid="stMarkdownContainer"] li', has_text=fusion.notes)
    assert why.count() == 1 and why.inner_text().startswith(f"{fusion.name}: ")
    assert app.page.get_by_text(TEXT.not_advice, exact=True).is_visible()

    pdf = download_by_keyboard(app, TEXT.summary_download_pdf).read_bytes()
    assert pdf.startswith(b"%PDF")
