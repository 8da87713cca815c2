"""The causes page: the cause picker drives the spine picture, the text and the address."""

import pyarrow as pa

from backinfo import causes, diagnosis, ui_text


def _highlighted_parts(app) -> set[str]:
    chart = app.get("vega_lite_chart")[0].proto
    rows = [
        row
        for dataset in chart.datasets
        for row in pa.ipc.open_stream(dataset.data.data).read_all().to_pylist()
    ]
    return {row["part"] for row in rows if row.get("state") == ui_text.CAUSES.highlighted}


def test_picking_a_cause_highlights_its_parts_of_the_spine(open_page):
    app = open_page("causes")
    app.radio(key="cause").set_value("facet_joint_arthrosis").run()
    assert _highlighted_parts(app) == {"facet_joints", "nerves"}
    app.radio(key="cause").set_value("muscle_strain").run()
    assert _highlighted_parts(app) == {"muscles"}


def test_picking_a_cause_shows_its_explanation_and_keeps_it_in_the_address(open_page):
    app = open_page("causes")
    app.radio(key="cause").set_value("herniated_disc").run()
    herniated = causes.CAUSE_BY_ID["herniated_disc"]
    assert herniated.name in [s.value for s in app.header]
    assert app.query_params["cause"] == "herniated_disc"


def test_a_link_can_open_a_cause(open_page):
    app = open_page("causes", cause="sciatica")
    assert app.radio(key="cause").value == "sciatica"


def test_an_unknown_cause_in_the_link_is_ignored_with_a_note(open_page):
    app = open_page("causes", cause="<script>alert(1)</script>")
    assert not app.exception
    assert app.radio(key="cause").value == causes.CAUSES[0].id
    assert [i.value for i in app.info] == [ui_text.COMMON.unknown_link_value]


def test_every_test_a_doctor_may_order_is_explained(open_page):
    app = open_page("causes")
    labels = [e.label for e in app.expander]
    for step in diagnosis.DIAGNOSTIC_STEPS:
        assert step.name in labels


def test_the_spine_picture_has_a_text_description(open_page):
    app = open_page("causes")
    assert app.get("vega_lite_chart")[0].proto.alt == ui_text.CAUSES.spine_chart_description
