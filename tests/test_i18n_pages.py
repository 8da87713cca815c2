"""Every page, in a pseudo-language that writes every message in capitals, shows no English
message as it is: each text the page draws went through translation."""

from __future__ import annotations

import io

import pypdf
import pytest
from pseudo_language import PSEUDO, english_in, english_left

from backinfo import ui_text


@pytest.mark.parametrize("page", [page.id for page in ui_text.PAGES])
def test_no_english_is_left_on_a_page(open_page, pseudo, page):
    app = open_page(page, lang=PSEUDO)
    assert not app.exception
    assert english_left(app, pseudo) == []


def test_the_language_stays_in_the_address(open_page, pseudo):
    app = open_page("living", lang=PSEUDO)
    assert app.query_params["lang"] == PSEUDO


# The treatment page and the decision aid, in every part a person can open
TREATMENT_VIEWS = ("evidence", "nice", "gentle", "relief")


def _address(app, key: str) -> list[str]:
    value = app.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("view", TREATMENT_VIEWS)
def test_no_english_is_left_in_any_view_of_the_treatment_page(open_page, pseudo, view):
    # Both phases, an option whose sources disagree, and an address with an unclear value.
    app = open_page("treatments", lang=PSEUDO, view=view, phase="both", option="acupuncture",
                    evidence="excellent")
    assert not app.exception
    assert app.info and app.warning  # the unclear value's note; the sources that disagree
    assert len(app.get("vega_lite_chart")) == 2 and len(app.table) == 1
    assert english_left(app, pseudo) == []


def test_no_english_is_left_where_a_filter_leaves_one_phase_empty(open_page, pseudo):
    app = open_page("treatments", lang=PSEUDO, phase="both", kind="procedure")
    assert not app.exception
    assert len(app.get("vega_lite_chart")) == 1 and app.caption  # acute: no procedure
    assert english_left(app, pseudo) == []
    app = open_page("treatments", lang=PSEUDO, phase="acute", kind="procedure")
    assert app.warning  # nothing fits
    assert english_left(app, pseudo) == []


def test_the_treatment_page_stays_in_the_language_after_each_switch(open_page, pseudo):
    app = open_page("treatments", lang=PSEUDO)
    app.segmented_control(key="treatments_view").set_value("gentle").run()
    app.pills(key="treatments_kinds").set_value(["physical", "medicine"]).run()
    app.selectbox(key="treatments_option").set_value("spinal_fusion").run()
    assert not app.exception
    assert english_left(app, pseudo) == []
    assert _address(app, "lang") == [PSEUDO] and _address(app, "view") == ["gentle"]


def test_switching_language_keeps_the_treatment_pages_choices(open_page, pseudo):
    app = open_page("treatments", phase="chronic", view="relief", kind="medicine")
    english = app.selectbox(key="treatments_option").options
    app.selectbox(key="_language_control").set_value(PSEUDO).run()
    assert app.segmented_control(key="treatments_phase").value == "chronic"
    assert app.segmented_control(key="treatments_view").value == "relief"
    assert app.pills(key="treatments_kinds").value == ["medicine"]
    assert app.selectbox(key="treatments_option").options == [o.upper() for o in english]
    assert english_left(app, pseudo) == []


@pytest.mark.parametrize("address", [
    # From the checker's answer, with preferences, options to ask about and an unclear value
    {"pain_duration_weeks": "30", "strong_evidence": "3", "no_medicines": "1",
     "do_it_myself": "2", "ask": ["nsaids", "spinal_manipulation", "spinal_decompression"],
     "low_risk": "9"},
    {"phase": "acute"},  # nothing said yet: the reasons say so
], ids=["chosen", "nothing_chosen"])
def test_no_english_is_left_on_the_decision_aid_or_in_its_summary(
    open_page, pseudo, downloads, address
):
    app = open_page("choices", lang=PSEUDO, **address)
    assert not app.exception
    assert english_left(app, pseudo) == []
    (text,) = [data.decode() for name, data in downloads.items() if name.endswith(".txt")]
    (pdf,) = [data for name, data in downloads.items() if name.endswith(".pdf")]
    assert english_in([text], pseudo) == []
    assert english_in([" ".join(_pdf_text(pdf).split())], pseudo) == []
    assert ui_text.CHOICES.summary_title.upper() in text


def test_switching_language_keeps_the_decision_aids_choices(open_page, pseudo):
    app = open_page("choices", phase="chronic", low_risk="3", ask="nsaids")
    app.selectbox(key="_language_control").set_value(PSEUDO).run()
    assert app.get("button_group")[0].value == "chronic"
    assert app.radio(key="choices_low_risk").value == 3
    assert app.multiselect(key="choices_ask").value == ["nsaids"]
    assert _address(app, "lang") == [PSEUDO] and _address(app, "low_risk") == ["3"]
    assert english_left(app, pseudo) == []


def test_no_english_in_the_back_care_plan_or_its_download(open_page, pseudo, downloads):
    app = open_page("living", lang=PSEUDO)
    for checkbox in app.checkbox[:3]:
        checkbox.check()
    app.run()
    assert english_left(app, pseudo) == []
    (plan,) = downloads.values()
    assert english_in([plan.decode()], pseudo) == []
