"""The living page: tick strategies, download them as a plain-text plan."""

from backinfo import living, ui_text

PLAN_FILE = "back-care-plan.txt"


def test_nothing_ticked_offers_no_download_and_says_what_to_do(open_page):
    app = open_page("living")
    assert not app.get("download_button")
    assert ui_text.LIVING.plan_empty in [i.value for i in app.info]


def test_the_downloaded_plan_holds_exactly_the_ticked_strategies(open_page, downloads):
    app = open_page("living")
    app.checkbox(key="plan_sit_less").check()
    app.checkbox(key="plan_warm_up").check().run()
    assert len(app.get("download_button")) == 1
    plan = downloads[PLAN_FILE].decode()
    ticked = {"sit_less", "warm_up"}
    for strategy in living.STRATEGIES:
        assert (f"[ ] {strategy.title}" in plan) == (strategy.id in ticked), strategy.id
    assert ui_text.LIVING.plan_heading in plan
    assert ui_text.COMMON.disclaimer in plan
