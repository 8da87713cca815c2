"""Shared fixtures: the app under Streamlit's AppTest, opened at a given page, and the
files its download buttons offer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from pseudo_language import PSEUDO, pseudo_translations
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from backinfo import clinic, i18n

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


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """File name -> the bytes a download button offered, in the runs after this fixture.

    AppTest keeps a button's file in a media store it throws away after each run, and the
    button's element holds only an address; so record each file as the store takes it.
    """
    offered: dict[str, bytes] = {}
    store = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        if filename is not None and isinstance(path_or_data, bytes):
            offered[filename] = path_or_data
        return store(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return offered


@pytest.fixture
def clinic_file(tmp_path, monkeypatch) -> Callable[[str], Path]:
    """Write a clinic settings file with this text and point the app at it."""

    def _write(text: str) -> Path:
        path = tmp_path / "clinic.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv(clinic.ENV_VAR, str(path))
        return path

    return _write


@pytest.fixture
def pseudo(monkeypatch) -> Iterator[list[str]]:
    """Every message in capitals in the PSEUDO language (tests/pseudo_language.py); yields
    the messages to look for. Caches are emptied before and after, so that no test sees
    another's language."""
    table = pseudo_translations()
    monkeypatch.setattr(i18n, "translations", lambda lang: table if lang == PSEUDO else {})
    monkeypatch.setattr(i18n, "_LOCALIZED", {})
    st.cache_data.clear()
    yield sorted({text for text, _ in table if len(text) > 3})
    st.cache_data.clear()
