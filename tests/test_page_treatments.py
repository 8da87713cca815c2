"""The treatment page: phase switch, filters and detail view, kept in the address; charts
that keep their meaning without colour and have a text alternative."""

import json

import pyarrow as pa
import pytest

from backinfo import treatments, ui_text
from backinfo.sources import SOURCES
from backinfo.treatments import PAGE_LABELS, TREATMENTS, TREATMENTS_BY_ID

CHRONIC = {t.name for t in TREATMENTS if "chronic" in t.phases}
ACUTE = {t.name for t in TREATMENTS if "acute" in t.phases}
DESCRIPTIONS = (PAGE_LABELS.ranked_description, PAGE_LABELS.map_description,
                PAGE_LABELS.relief_description)


def _charts(app):
    return [chart.proto for chart in app.get("vega_lite_chart")]


def _chart_names(chart) -> set[str]:
    return {
        row["name"]
        for dataset in chart.datasets
        for row in pa.ipc.open_stream(dataset.data.data).read_all().to_pylist()
    }


def _layers(chart) -> list[dict]:
    spec = json.loads(chart.spec)
    return spec.get("layer", [spec])


def _address(app, key: str) -> list[str]:
    value = app.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def _ranked_table(app):
    return app.dataframe[0].value


def test_the_page_opens_with_both_phases_side_by_side(open_page):
    app = open_page("treatments")
    assert not app.exception
    assert app.segmented_control(key="treatments_phase").value == "both"
    assert len(_charts(app)) == 6
    names = [_chart_names(chart) for chart in _charts(app)]
    assert names[0] == ACUTE and names[1] == CHRONIC


def test_key_messages_come_first(open_page):
    app = open_page("treatments")
    text = " ".join(m.value for m in app.markdown)
    for message in treatments.KEY_MESSAGES:
        assert message.body in text
    assert text.index(treatments.KEY_MESSAGES[-1].body) < text.index(PAGE_LABELS.ranked_summary)


def test_switching_to_chronic_shows_only_chronic_options_and_updates_the_address(open_page):
    app = open_page("treatments")
    app.segmented_control(key="treatments_phase").set_value("chronic").run()
    charts = _charts(app)
    assert len(charts) == 3
    assert all(_chart_names(chart) == CHRONIC for chart in charts)
    assert set(_ranked_table(app)[PAGE_LABELS.option]) == CHRONIC
    assert app.query_params["phase"] == "chronic"


def test_filters_narrow_every_view_and_are_kept_in_the_address(open_page):
    app = open_page("treatments")
    app.segmented_control(key="treatments_phase").set_value("chronic").run()
    app.pills(key="treatments_kinds").set_value(["medicine"]).run()
    medicines = {t.name for t in TREATMENTS if t.kind == "medicine" and "chronic" in t.phases}
    assert medicines == {"Anti-inflammatory painkillers (NSAIDs)", "Opioid painkillers"}
    assert all(_chart_names(chart) == medicines for chart in _charts(app))
    app.pills(key="treatments_evidence").set_value(["moderate"]).run()
    assert _chart_names(_charts(app)[0]) == {"Anti-inflammatory painkillers (NSAIDs)"}
    assert _address(app, "kind") == ["medicine"]
    assert _address(app, "evidence") == ["moderate"]
    app.pills(key="treatments_kinds").set_value(["medicine", "physical"]).run()
    assert _address(app, "kind") == ["medicine", "physical"]


def test_filters_that_match_nothing_say_so_instead_of_drawing_empty_charts(open_page):
    app = open_page("treatments", phase="acute", kind="procedure")
    assert not _charts(app)
    assert [w.value for w in app.warning] == [PAGE_LABELS.no_match]


def test_a_link_pre_fills_the_phase_filters_and_option(open_page):
    app = open_page("treatments", phase="acute", kind=["self-care", "procedure"],
                    evidence="moderate", option="acupuncture")
    assert not app.info
    assert app.segmented_control(key="treatments_phase").value == "acute"
    assert app.pills(key="treatments_kinds").value == ["self-care", "procedure"]
    assert app.pills(key="treatments_evidence").value == ["moderate"]
    assert app.selectbox(key="treatments_option").value == "acupuncture"
    assert set(_ranked_table(app)[PAGE_LABELS.option]) == {"Heat or cold packs"}


@pytest.mark.parametrize(
    "query",
    [
        {"phase": "subacute"},
        {"kind": "<script>alert(1)</script>"},
        {"evidence": "excellent"},
        {"option": "miracle_cure"},
    ],
)
def test_a_bad_value_in_the_link_is_ignored_with_a_gentle_note(open_page, query):
    app = open_page("treatments", **query)
    assert not app.exception
    assert [i.value for i in app.info] == [ui_text.UNKNOWN_LINK_VALUE]
    assert app.segmented_control(key="treatments_phase").value == "both"
    assert app.pills(key="treatments_kinds").value == []
    assert app.pills(key="treatments_evidence").value == []
    assert app.selectbox(key="treatments_option").value == TREATMENTS[0].id


def test_good_values_beside_a_bad_one_are_kept(open_page):
    app = open_page("treatments", phase="chronic", kind="nonsense")
    assert [i.value for i in app.info] == [ui_text.UNKNOWN_LINK_VALUE]
    assert app.segmented_control(key="treatments_phase").value == "chronic"


def test_the_detail_view_shows_who_says_what_about_acupuncture(open_page):
    app = open_page("treatments")
    app.selectbox(key="treatments_option").set_value("acupuncture").run()
    assert app.query_params["option"] == "acupuncture"
    acupuncture = TREATMENTS_BY_ID["acupuncture"]
    assert acupuncture.name in [s.value for s in app.subheader]
    assert PAGE_LABELS.guidelines_disagree in [w.value for w in app.warning]
    text = " ".join(m.value for m in app.markdown)
    for view in acupuncture.guideline_views:
        assert f"**{SOURCES[view.source].publisher}:** {view.stance}" in text
    assert {v.source for v in acupuncture.guideline_views} >= {
        "nice-ng59", "acp-2017", "verywell-back-cramps"
    }
    for part in (acupuncture.what_it_is, acupuncture.how_it_helps, acupuncture.who_it_suits,
                 acupuncture.risks):
        assert part in text
    assert any(SOURCES["nice-ng59"].url in c.value for c in app.markdown)


def test_every_chart_has_a_description_and_a_written_list_beside_it(open_page):
    app = open_page("treatments", phase="chronic")
    charts = _charts(app)
    for chart, description in zip(charts, DESCRIPTIONS, strict=True):
        assert chart.alt.endswith(description)
    text = " ".join(m.value for m in app.markdown)
    for summary in (PAGE_LABELS.ranked_summary, PAGE_LABELS.map_summary,
                    PAGE_LABELS.relief_summary):
        assert summary in text
    for name in CHRONIC:
        assert text.count(name) >= 3, name
    assert len(app.dataframe) == 3


def test_every_chart_says_what_it_shows_with_shape_or_text_as_well_as_colour(open_page):
    app = open_page("treatments", phase="acute")
    for chart in _charts(app):
        layers = _layers(chart)
        coloured = [layer for layer in layers if "color" in layer.get("encoding", {})]
        assert coloured
        marks = {layer["mark"]["type"] for layer in layers}
        shapes = [layer for layer in layers if "shape" in layer.get("encoding", {})]
        if shapes:
            assert all(layer["encoding"]["shape"]["field"] == layer["encoding"]["color"]["field"]
                       for layer in shapes)
        else:
            assert "text" in marks
            texts = {lay["encoding"]["text"]["field"] for lay in layers
                     if lay["mark"]["type"] == "text"}
            assert texts & {lay["encoding"]["color"]["field"] for lay in coloured}


def test_chart_tooltips_carry_the_benefit_risks_and_sources(open_page):
    app = open_page("treatments", phase="acute")
    for chart in _charts(app):
        for layer in _layers(chart):
            fields = {t["field"] for t in layer["encoding"]["tooltip"]}
            assert {"name", "benefit", "risks", "sources", "evidence_label"} <= fields
