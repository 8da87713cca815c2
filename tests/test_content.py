"""The content package: every record is complete, linked and sourced."""

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from backinfo import causes, content, diagnosis, emergency, spine
from backinfo.sources import SOURCES

ROOT = Path(__file__).resolve().parents[1]

REQUIRED_DIAGNOSTIC_STEPS = {
    "history", "movement_tests", "xray", "emg", "myelogram", "mri", "ct", "blood_tests",
}


def test_content_validates():
    content.validate()  # importing backinfo checks nothing, so this is the check


# Imports every module of backinfo, watching for any call of a function of
# backinfo/content.py (validate() and the checks it makes), and prints the ones called.
IMPORT_EVERY_MODULE = """
import importlib, inspect, pkgutil, sys
import backinfo
from pathlib import Path
CONTENT = str(Path(backinfo.__file__).with_name("content.py"))
called = set()
def watch(frame, event, arg):
    if event == "call" and frame.f_code.co_filename == CONTENT:
        called.add(frame.f_code.co_name)
sys.setprofile(watch)
names = [m.name for m in pkgutil.iter_modules(backinfo.__path__)]
for name in names:
    importlib.import_module(f"backinfo.{name}")
sys.setprofile(None)
import backinfo.content as content
functions = {n for n, f in vars(content).items() if inspect.isfunction(f)}
print(len(names), "content" in names, "validate" in functions, sorted(called & functions))
"""


def test_importing_backinfo_checks_nothing():
    """Validation runs where the app starts; an import that validated would load it all."""
    done = subprocess.run([sys.executable, "-c", IMPORT_EVERY_MODULE], capture_output=True,
                          text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    count, has_content, has_validate, called = done.stdout.split(maxsplit=3)
    assert int(count) > 20 and has_content == has_validate == "True"  # the watch can see
    assert called.strip() == "[]"  # no function of backinfo.content ran


def test_every_source_has_title_publisher_year_and_address():
    for ref in SOURCES.values():
        assert ref.title and ref.publisher and ref.supports
        assert isinstance(ref.year, int) and 1990 <= ref.year <= 2026
        assert ref.url and ref.url.startswith("https://")


def test_every_source_has_a_short_distinct_name_to_show_beside_facts():
    shorts = [ref.short for ref in SOURCES.values()]
    assert len(set(shorts)) == len(shorts)
    assert all(0 < len(short) <= 35 for short in shorts)


def test_every_record_that_states_a_fact_cites_a_known_source():
    cited = [r for r in content.iter_records() if hasattr(r, "sources")]
    assert len(cited) > 30
    for record in cited:
        assert record.sources, record
        assert set(record.sources) <= SOURCES.keys(), record


def test_every_source_is_cited_somewhere():
    cited = {s for r in content.iter_records() for s in getattr(r, "sources", ())}
    assert cited == set(SOURCES)


def test_the_seed_causes_are_all_present():
    assert [c.id for c in causes.CAUSES] == [
        "muscle_strain", "facet_joint_arthrosis", "degenerative_disc_disease",
        "herniated_disc", "sciatica",
    ]


def test_the_seed_tests_are_all_explained():
    assert {step.id for step in diagnosis.DIAGNOSTIC_STEPS} == REQUIRED_DIAGNOSTIC_STEPS


def test_every_cause_acts_on_a_part_the_spine_picture_draws():
    drawn = {shape.part for shape in spine.SPINE_SHAPES}
    for cause in causes.CAUSES:
        assert set(cause.spine_parts) <= drawn


def test_emergency_route_fills_in_the_numbers():
    route = emergency.route(emergency="112", urgent="116117")
    assert "112" in route.call_now and "{" not in route.call_now
    assert "116117" in route.urgent


def use_causes(monkeypatch, *records):
    """Put other causes in place, in the list and its lookup, as a maintainer's edit would."""
    monkeypatch.setattr(causes, "CAUSES", records)
    monkeypatch.setattr(causes, "CAUSE_BY_ID", {record.id: record for record in records})


@pytest.mark.parametrize(
    "broken, message",
    [
        ({"sources": ("no-such-source",)}, "unknown source id"),
        ({"sources": ()}, "names no source"),
        ({"summary": "  "}, "is empty"),
    ],
)
def test_validation_names_the_broken_item(monkeypatch, broken, message):
    bad = dataclasses.replace(causes.CAUSES[0], **broken)
    use_causes(monkeypatch, bad, *causes.CAUSES[1:])
    with pytest.raises(content.ContentError, match=message):
        content.validate()


def test_validation_rejects_duplicate_ids(monkeypatch):
    use_causes(monkeypatch, *causes.CAUSES, causes.CAUSES[0])
    with pytest.raises(content.ContentError, match="duplicate id"):
        content.validate()


def test_validation_rejects_a_cause_on_an_unknown_spine_part(monkeypatch):
    bad = dataclasses.replace(causes.CAUSES[0], spine_parts=("kneecap",))
    use_causes(monkeypatch, bad)
    with pytest.raises(content.ContentError, match="unknown spine part"):
        content.validate()


def test_the_emergency_route_lists_exactly_the_checkers_emergency_signs(monkeypatch):
    monkeypatch.setattr(emergency, "SIGNS", emergency.SIGNS[:-1])
    with pytest.raises(content.ContentError, match="emergency signs differ"):
        content.validate()
