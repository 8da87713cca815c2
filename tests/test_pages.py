"""Every page renders through the app's navigation, with the frame every page needs."""

import dataclasses
import itertools
from pathlib import Path

import pytest

import ui
from backinfo import emergency, topics, ui_text

PAGE_IDS = [page.id for page in ui_text.PAGES]


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_renders_without_an_exception(open_page, page_id):
    app = open_page(page_id)
    assert not app.exception
    route = emergency.route()
    assert [alert.value.startswith(f"**{route.heading}.**") for alert in app.error] == [True]
    assert app.title[0].value == ui_text.PAGE_BY_ID[page_id].heading


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_page_shows_the_emergency_route_and_the_disclaimer(open_page, page_id):
    app = open_page(page_id)
    assert any(emergency.route().call_now in alert.value for alert in app.error)
    assert any(ui_text.COMMON.disclaimer in caption.value for caption in app.caption)


def test_home_lists_every_emergency_sign_without_a_click(open_page):
    app = open_page("home")
    shown = " ".join(alert.value for alert in app.error)
    for sign in emergency.SIGNS:
        assert sign.text in shown
    assert not app.expander or all(
        sign.text not in " ".join(m.value for m in e.markdown)
        for e in app.expander
        for sign in emergency.SIGNS
    )


def test_no_pages_folder_beside_app_py_for_streamlit_to_misread():
    # A `pages/` folder switches on Streamlit's old file-based navigation until the first
    # st.navigation call: a fresh server's first deep link then shows "Page not found".
    root = Path(__file__).resolve().parent.parent
    assert not (root / "pages").exists()
    assert {path.stem for path in (root / "app_pages").glob("*.py")} == {
        page.id for page in ui_text.PAGES
    }


HOSTILE_QUERY = {
    "cause": "<script>alert(1)</script>",
    "phase": "9" * 400,
    "kind": "ünïcødé ✱",
    "option": "../../etc/passwd",
    "fever": "nan",
    "pain_duration_weeks": "1e999",
    "spinal_arthritis": "maybe",
    "embed_options": "nonsense",
}


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_page_survives_a_hostile_address(open_page, page_id):
    app = open_page(page_id, **HOSTILE_QUERY)
    assert not app.exception
    assert app.title[0].value == ui_text.PAGE_BY_ID[page_id].heading


@pytest.fixture
def broken_content(monkeypatch):
    """A fact that cites no known source, as a maintainer's slip would leave it."""
    bad = dataclasses.replace(topics.BACK_SPASM, sources=("no-such-source",))
    monkeypatch.setattr(topics, "BACK_SPASM", bad)
    ui.content_problem.clear()  # the app checks once per process: check again
    yield
    ui.content_problem.clear()


@pytest.mark.parametrize("page_id", ["home", "symptom_checker"])
def test_broken_content_shows_a_plain_message_and_the_emergency_route_not_a_traceback(
    open_page, broken_content, page_id
):
    app = open_page(page_id)
    assert not app.exception
    assert [warning.value for warning in app.warning] == [ui_text.COMMON.content_problem]
    assert any("unknown source id 'no-such-source'" in text.value for text in app.text)
    assert any(emergency.route().call_now in alert.value for alert in app.error)
    assert not app.title  # no page is drawn from content that failed its checks


HEADING_LEVEL = {"title": 1, "header": 2, "subheader": 3}


def _heading_levels(node) -> list[int]:
    """The level of every heading on the page, in the order a screen reader meets them."""
    if hasattr(node, "children"):
        return [level for child in node.children.values() for level in _heading_levels(child)]
    return [HEADING_LEVEL[node.type]] if node.type in HEADING_LEVEL else []


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_headings_descend_in_order_on_every_page(open_page, page_id):
    levels = _heading_levels(open_page(page_id)._tree)
    assert levels[0] == 1
    assert all(later <= earlier + 1 for earlier, later in itertools.pairwise(levels)), levels
