"""Shared fixtures: the app under Streamlit's AppTest, opened at a given page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def open_page() -> Callable[..., AppTest]:
    """Open app.py at the page with this id, with optional query parameters, and run it."""

    def _open(page_id: str, **query: str) -> AppTest:
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
        app.query_params.update(query)
        app.run()
        if page_id != "home":
            app.switch_page(f"app_pages/{page_id}.py").run()
        return app

    return _open
