"""The living page: tick strategies, download them as a plain-text plan."""

from backinfo import living, ui_text


def test_nothing_ticked_offers_no_download_and_says_what_to_do(open_page):
    app = open_page("living")
    assert not app.get("download_button")
    assert ui_text.PLAN_EMPTY in [i.value for i in app.info]


def test_the_plan_holds_exactly_the_ticked_strategies(open_page):
    app = open_page("living")
    app.checkbox(key="plan_sit_less").check()
    app.checkbox(key="plan_warm_up").check().run()
    assert app.get("download_button")
    text = living.plan_text(["sit_less", "warm_up"], living.date.today())
    assert "Sit less" in text and "Warm up first" in text
    assert "Do not sleep on your tummy" not in text
    assert ui_text.DISCLAIMER in text
