"""The treatment page: one view and one phase at a time, phase and view switches, filters
and detail view, kept in the address; charts that keep their meaning without colour and
have a text alternative."""

import json

import pyarrow as pa
import pytest

from backinfo import treatments, ui_text
from backinfo.sources import SOURCES
from backinfo.treatments import (
    NICE_LABEL_BY_ID,
    PHASE_LABEL_BY_ID,
    SCALE_BY_ID,
    TREATMENT_BY_ID,
    TREATMENTS,
    NiceStance,
)

CHRONIC = {t.name for t in TREATMENTS if "chronic" in t.phases}
ACUTE = {t.name for t in TREATMENTS if "acute" in t.phases}
DESCRIPTIONS = (ui_text.TREATMENTS.ranked_description, ui_text.TREATMENTS.nice_description,
                ui_text.TREATMENTS.map_description, ui_text.TREATMENTS.relief_description)
SUMMARIES = (ui_text.TREATMENTS.ranked_summary, ui_text.TREATMENTS.nice_summary,
             ui_text.TREATMENTS.map_summary, ui_text.TREATMENTS.relief_summary)
VIEW_IDS = ("evidence", "nice", "gentle", "relief")  # in page order, as links name them


def _advised_against(phase: str) -> list[treatments.Treatment]:
    return [t for t in TREATMENTS
            if phase in t.phases and t.nice[phase] is NiceStance.DO_NOT_OFFER]


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


def _table(app):
    (table,) = app.table
    return table.value


def _every_view(open_page, **query):
    """The page opened once per view, with these query parameters."""
    return [open_page("treatments", view=view_id, **query) for view_id in VIEW_IDS]


def _text(app) -> str:
    return " ".join(m.value for m in app.markdown)


def test_the_page_opens_with_one_view_of_the_first_phase(open_page):
    app = open_page("treatments")
    assert not app.exception
    assert app.segmented_control(key="treatments_phase").value == "acute"
    assert app.segmented_control(key="treatments_view").value == "evidence"
    (chart,) = _charts(app)
    assert _chart_names(chart) == ACUTE
    assert chart.alt.endswith(ui_text.TREATMENTS.ranked_description)
    assert [h.value for h in app.header][0] == ui_text.TREATMENTS.ranked_heading


def test_both_phases_side_by_side_only_when_asked(open_page):
    app = open_page("treatments")
    app.segmented_control(key="treatments_phase").set_value("both").run()
    assert [_chart_names(chart) for chart in _charts(app)] == [ACUTE, CHRONIC]
    assert app.query_params["phase"] == "both"


@pytest.mark.parametrize(
    ("view_id", "heading", "description"),
    [
        ("nice", ui_text.TREATMENTS.nice_heading, ui_text.TREATMENTS.nice_description),
        ("gentle", ui_text.TREATMENTS.map_heading, ui_text.TREATMENTS.map_description),
        ("relief", ui_text.TREATMENTS.relief_heading, ui_text.TREATMENTS.relief_description),
    ],
)
def test_the_view_switch_shows_only_the_chosen_view_and_keeps_it_in_the_address(
    open_page, view_id, heading, description
):
    app = open_page("treatments")
    app.segmented_control(key="treatments_view").set_value(view_id).run()
    (chart,) = _charts(app)
    assert chart.alt.endswith(description)
    headers = [h.value for h in app.header]
    assert heading in headers and ui_text.TREATMENTS.ranked_heading not in headers
    assert app.query_params["view"] == view_id
    assert len(app.table) == 1


def test_a_link_opens_the_view_it_names(open_page):
    app = open_page("treatments", view="relief", phase="chronic")
    assert app.segmented_control(key="treatments_view").value == "relief"
    (chart,) = _charts(app)
    assert chart.alt.endswith(ui_text.TREATMENTS.relief_description)


def test_key_messages_come_first(open_page):
    app = open_page("treatments")
    text = " ".join(m.value for m in app.markdown)
    for message in treatments.KEY_MESSAGES:
        assert message.body in text
    last_message = text.index(treatments.KEY_MESSAGES[-1].body)
    assert last_message < text.index(ui_text.TREATMENTS.ranked_summary)


def test_switching_to_chronic_shows_only_chronic_options_and_updates_the_address(open_page):
    app = open_page("treatments")
    app.segmented_control(key="treatments_phase").set_value("chronic").run()
    (chart,) = _charts(app)
    assert _chart_names(chart) == CHRONIC
    assert set(_table(app)[ui_text.TREATMENTS.option]) == CHRONIC
    assert app.query_params["phase"] == "chronic"


def test_filters_narrow_every_view_and_are_kept_in_the_address(open_page):
    app = open_page("treatments")
    app.segmented_control(key="treatments_phase").set_value("chronic").run()
    app.pills(key="treatments_kinds").set_value(["medicine"]).run()
    medicines = {t.name for t in TREATMENTS if t.kind == "medicine" and "chronic" in t.phases}
    assert medicines == {"Anti-inflammatory painkillers (NSAIDs)", "Opioid painkillers",
                         "Paracetamol on its own", "Antidepressants for pain",
                         "Gabapentin and similar medicines"}
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
    assert [w.value for w in app.warning] == [ui_text.TREATMENTS.no_match]


def test_a_link_pre_fills_the_phase_filters_and_option(open_page):
    app = open_page("treatments", phase="acute", kind=["self-care", "procedure"],
                    evidence="moderate", option="acupuncture")
    assert not app.info
    assert app.segmented_control(key="treatments_phase").value == "acute"
    assert app.pills(key="treatments_kinds").value == ["self-care", "procedure"]
    assert app.pills(key="treatments_evidence").value == ["moderate"]
    assert app.selectbox(key="treatments_option").value == "acupuncture"
    assert set(_table(app)[ui_text.TREATMENTS.option]) == {"Heat packs"}


@pytest.mark.parametrize(
    "query",
    [
        {"phase": "subacute"},
        {"kind": "<script>alert(1)</script>"},
        {"evidence": "excellent"},
        {"option": "miracle_cure"},
        {"view": "everything"},
    ],
)
def test_a_bad_value_in_the_link_is_ignored_with_a_gentle_note(open_page, query):
    app = open_page("treatments", **query)
    assert not app.exception
    assert [i.value for i in app.info] == [ui_text.COMMON.unknown_link_value]
    assert app.segmented_control(key="treatments_phase").value == "acute"
    assert app.segmented_control(key="treatments_view").value == "evidence"
    assert app.pills(key="treatments_kinds").value == []
    assert app.pills(key="treatments_evidence").value == []
    assert app.selectbox(key="treatments_option").value == TREATMENTS[0].id


def test_good_values_beside_a_bad_one_are_kept(open_page):
    app = open_page("treatments", phase="chronic", kind="nonsense")
    assert [i.value for i in app.info] == [ui_text.COMMON.unknown_link_value]
    assert app.segmented_control(key="treatments_phase").value == "chronic"


def test_the_detail_view_shows_who_says_what_about_acupuncture(open_page):
    app = open_page("treatments")
    app.selectbox(key="treatments_option").set_value("acupuncture").run()
    assert app.query_params["option"] == "acupuncture"
    acupuncture = TREATMENT_BY_ID["acupuncture"]
    assert acupuncture.name in [s.value for s in app.subheader]
    assert ui_text.TREATMENTS.guidelines_disagree in [w.value for w in app.warning]
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
    apps = _every_view(open_page, phase="chronic")
    for app, description, summary in zip(apps, DESCRIPTIONS, SUMMARIES, strict=True):
        (chart,) = _charts(app)
        assert chart.alt.endswith(description)
        written = next(m.value for m in app.markdown if summary in m.value)
        for name in CHRONIC:
            assert name in written, name
        assert len(app.table) == 1
        assert app.expander  # the table stays, folded under the chart


def test_every_chart_says_what_it_shows_with_shape_or_text_as_well_as_colour(open_page):
    charts = [chart for app in _every_view(open_page, phase="acute") for chart in _charts(app)]
    assert len(charts) == len(VIEW_IDS)
    for chart in charts:
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
    charts = [chart for app in _every_view(open_page, phase="acute") for chart in _charts(app)]
    assert len(charts) == len(VIEW_IDS)
    for chart in charts:
        for layer in _layers(chart):
            fields = {t["field"] for t in layer["encoding"]["tooltip"]}
            assert {"name", "benefit", "risks", "sources", "evidence_label",
                    "nice_label"} <= fields


@pytest.mark.parametrize("phase", ["acute", "chronic"])
def test_the_nice_chart_places_every_option_at_nices_advice_for_that_phase(open_page, phase):
    app = open_page("treatments", phase=phase, view="nice")
    (nice_chart,) = _charts(app)
    assert nice_chart.alt.endswith(ui_text.TREATMENTS.nice_description)
    rows = [row for dataset in nice_chart.datasets
            for row in pa.ipc.open_stream(dataset.data.data).read_all().to_pylist()]
    shown = {row["name"]: row["nice_label"] for row in rows}
    assert shown == {t.name: NICE_LABEL_BY_ID[t.nice[phase].name].label
                     for t in TREATMENTS if phase in t.phases}
    layers = _layers(nice_chart)
    shaped = [layer for layer in layers if "shape" in layer.get("encoding", {})]
    assert shaped and all(layer["encoding"]["shape"]["field"] == "nice_label"
                          for layer in shaped)


@pytest.mark.parametrize("phase", ["acute", "chronic"])
def test_every_option_nice_advises_against_is_shown_with_why(open_page, phase):
    against = _advised_against(phase)
    assert len(against) >= 7
    for app in _every_view(open_page, phase=phase):  # no choice of view hides the why
        assert ui_text.TREATMENTS.against_heading in [s.value for s in app.subheader]
        (why,) = [m.value for m in app.markdown
                  if all(f"**{t.name}**" in m.value for t in against)]
        for t in against:
            assert f"- **{t.name}**: {t.notes}" in why
    app = open_page("treatments", phase=phase, view="nice")
    written = next(m.value for m in app.markdown if ui_text.TREATMENTS.nice_summary in m.value)
    do_not_offer = NICE_LABEL_BY_ID["DO_NOT_OFFER"].label
    assert f"- **{do_not_offer}:** {'; '.join(t.name for t in against)}" in written
    table = _table(app)
    refused = table[table[SCALE_BY_ID["nice"].title] == do_not_offer]
    assert set(refused[ui_text.TREATMENTS.option]) == {t.name for t in against}


def test_nothing_nice_advises_for_is_listed_as_advised_against(open_page):
    app = open_page("treatments", phase="acute")
    why = next(m.value for m in app.markdown
               if m.value.startswith(f"- **{_advised_against('acute')[0].name}**"))
    for t in TREATMENTS:
        if "acute" in t.phases and t.nice["acute"] is not NiceStance.DO_NOT_OFFER:
            assert f"**{t.name}**" not in why, t.id


def test_with_both_phases_the_why_list_names_the_phase_only_where_nice_differs(open_page):
    app = open_page("treatments", phase="both")
    why = next(m.value for m in app.markdown
               if m.value.startswith(f"- **{_advised_against('acute')[0].name}**"))
    opioids, paracetamol = TREATMENT_BY_ID["opioids"], TREATMENT_BY_ID["paracetamol_alone"]
    assert f"- **{opioids.name}** ({PHASE_LABEL_BY_ID['chronic'].label}): {opioids.notes}" in why
    assert f"- **{paracetamol.name}**: {paracetamol.notes}" in why
    assert why.count(f"**{paracetamol.name}**") == 1


def test_the_evidence_list_names_what_nice_advises_against(open_page):
    app = open_page("treatments", phase="chronic")
    ranked = next(m.value for m in app.markdown if ui_text.TREATMENTS.ranked_summary in m.value)
    names = "; ".join(t.name for t in _advised_against("chronic"))
    assert f"**{ui_text.TREATMENTS.ranked_against}** {names}" in ranked
    assert "Acupuncture" in names  # graded moderate by ACP, yet NICE says do not offer


def test_an_option_in_both_phases_gets_a_row_per_phase_in_the_evidence_table(open_page):
    app = open_page("treatments", phase="both")
    table = _table(app)
    heat = table[table[ui_text.TREATMENTS.option] == TREATMENT_BY_ID["heat_therapy"].name]
    grades = dict(zip(heat[SCALE_BY_ID["phase"].title], heat[SCALE_BY_ID["evidence"].title],
                      strict=True))
    assert grades == {PHASE_LABEL_BY_ID["acute"].label: "Moderate",
                      PHASE_LABEL_BY_ID["chronic"].label: "Not enough evidence"}


def test_the_detail_view_shows_the_grade_and_nices_advice_for_each_phase(open_page):
    app = open_page("treatments", option="opioids")
    text = _text(app)
    opioids = TREATMENT_BY_ID["opioids"]
    for phase in treatments.PHASES:
        grade = treatments.EVIDENCE_LABEL_BY_ID[opioids.evidence[phase]]
        advice = NICE_LABEL_BY_ID[opioids.nice[phase].name]
        label = PHASE_LABEL_BY_ID[phase].label
        assert f"- {label}: **{grade.label}**. {grade.meaning}" in text
        assert f"- {label}: **{advice.label}**. {advice.meaning}" in text
    assert f"- {PHASE_LABEL_BY_ID['chronic'].label}: **Do not offer**." in text
    assert f"- {PHASE_LABEL_BY_ID['acute'].label}: **Consider**." in text
    assert opioids.evidence_note in text
