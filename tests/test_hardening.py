"""Settings and code habits that keep patients' answers private and the app safe."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Every file that draws with Streamlit: the entry point, shared pieces, pages and views.
APP_FILES = [
    ROOT / "app.py",
    ROOT / "ui.py",
    *sorted((ROOT / "app_pages").glob("*.py")),
    *sorted((ROOT / "views").glob("*.py")),
]


def test_streamlit_config_sends_nothing_and_shows_no_tracebacks():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"]["maxUploadSize"] <= 1
    assert config["client"]["showErrorDetails"] == "none"


def test_every_file_of_the_app_that_imports_streamlit_is_scanned():
    # Test apps and benchmarks never reach a patient; hidden folders hold no app code.
    served = [
        path
        for path in ROOT.rglob("*.py")
        if path.relative_to(ROOT).parts[0] not in {"tests", "bench"}
        and not path.relative_to(ROOT).parts[0].startswith(".")
    ]
    drawing = {path for path in served if "import streamlit" in path.read_text(encoding="utf-8")}
    assert drawing and drawing <= set(APP_FILES), sorted(map(str, drawing - set(APP_FILES)))


def test_no_page_renders_raw_html_from_variables():
    for path in APP_FILES:
        assert "unsafe_allow_html" not in path.read_text(), path
    html_calls = [path for path in APP_FILES if "st.html(" in path.read_text()]
    # Two, both built from constants: a style rule around a colour validated as #rrggbb
    # (clinic.py), and the checker's focus script, picked from a fixed table by step.
    assert html_calls == [ROOT / "ui.py", ROOT / "views" / "symptom_checker.py"]
    checker = (ROOT / "views" / "symptom_checker.py").read_text()
    assert checker.count("st.html(") == 1
    assert "st.html(FOCUS_SCRIPT_BY_STEP[" in checker


# What the process-wide caches (st.cache_data, cached_chart) may hold: content, filters
# and figures, never a person's answers, which must not outlive their session.
CACHED_BUILDERS = {
    "views/causes.py", "views/treatments.py", "views/scan_report.py", "views/charts.py",
}


def test_no_process_wide_cache_in_the_files_that_handle_answers():
    for path in APP_FILES:
        text = path.read_text()
        if "cache_data" in text or "cached_chart" in text:
            name = str(path.relative_to(ROOT))
            assert name in CACHED_BUILDERS or name == "ui.py", name
    for name in ("views/symptom_checker.py", "views/choices.py", "views/chiropractor.py"):
        text = (ROOT / name).read_text()
        assert "cache_data" not in text and "cached_chart" not in text, name
