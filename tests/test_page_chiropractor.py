"""The chiropractor page: questions in, a verdict with reasons, the emergency route, the picture."""

import pyarrow as pa
import pytest

from backinfo import chiropractic as chiro
from backinfo import emergency, treatments, ui_text
from backinfo.chiropractic import Verdict
from views.chiropractor import EVIDENCE_SCALE


def _texts_in_order(app) -> list[str]:
    """The text of every element on the page, top to bottom."""
    return [node.value for node in app.main if isinstance(getattr(node, "value", None), str)]


def _result(app) -> list[str]:
    """The texts from the result heading onwards."""
    texts = _texts_in_order(app)
    return texts[texts.index(chiro.RESULT_HEADING) + 1 :]


def _alert_with_title(app, title: str):
    alerts = [*app.success, *app.warning, *app.error]
    return [alert for alert in alerts if alert.value.startswith(f"**{title}.**")]


def _chart_rows(app) -> list[dict]:
    chart = app.get("vega_lite_chart")[0].proto
    return [
        row
        for dataset in chart.datasets
        for row in pa.ipc.open_stream(dataset.data.data).read_all().to_pylist()
    ]


def test_page_renders_the_explainer_and_every_question(open_page):
    app = open_page("chiropractor")
    assert not app.exception
    subheaders = [s.value for s in app.subheader]
    assert chiro.WHAT_A_CHIROPRACTOR_DOES.title in subheaders
    assert chiro.WHY_A_DOCTOR_FIRST.title in subheaders
    assert {c.key for c in app.checkbox} == {
        q.id for q in chiro.QUESTIONS if q.kind == chiro.YES_NO
    }
    assert app.number_input(key="pain_duration_weeks").value is None


def test_evidence_grade_shown_is_the_treatment_records(open_page):
    app = open_page("chiropractor")
    record = treatments.TREATMENTS_BY_ID[chiro.MANIPULATION_TREATMENT_ID]
    texts = _texts_in_order(app)
    assert texts.count(record.evidence_note) == 1
    for note in chiro.EVIDENCE:
        grade = treatments.EVIDENCE_LABELS[record.evidence[note.phase]].label
        after_note = texts[texts.index(note.body) + 1]
        assert after_note.startswith(f"**{EVIDENCE_SCALE.title}: {grade}.**"), note.id


def test_nothing_ticked_may_help_after_a_doctors_check_with_a_reason(open_page):
    app = open_page("chiropractor")
    title = chiro.VERDICT_TEXT[Verdict.MAY_HELP_AFTER_DOCTOR].title
    (alert,) = _alert_with_title(app, title)
    assert alert in app.success
    assert alert.proto.icon == chiro.VERDICT_TEXT[Verdict.MAY_HELP_AFTER_DOCTOR].icon
    assert any(chiro.NOTHING_AGAINST.text in text for text in _result(app))


def test_spinal_arthritis_gives_not_suitable_with_its_reason(open_page):
    app = open_page("chiropractor")
    app.checkbox(key="spinal_arthritis").check().run()
    (alert,) = _alert_with_title(app, chiro.VERDICT_TEXT[Verdict.NOT_SUITABLE].title)
    assert alert in app.error
    reason = chiro.RULE_BY_QUESTION["spinal_arthritis"].reason
    assert any(reason in text for text in _result(app))
    assert emergency.route().call_now not in " ".join(_result(app))
    assert app.query_params["spinal_arthritis"] == "1"


def test_a_condition_needing_judgement_is_a_warning_for_the_doctor(open_page):
    app = open_page("chiropractor")
    app.checkbox(key="osteoporosis").check().run()
    (alert,) = _alert_with_title(app, chiro.VERDICT_TEXT[Verdict.DOCTOR_MUST_DECIDE].title)
    assert alert in app.warning


@pytest.mark.parametrize(
    ("question_id", "verdict", "alerts"),
    [
        ("spinal_cancer_or_tumour", Verdict.NOT_SUITABLE, "error"),
        ("spinal_instability", Verdict.NOT_SUITABLE, "error"),
        ("aortic_aneurysm", Verdict.DOCTOR_MUST_DECIDE, "warning"),
    ],
)
def test_the_new_contraindications_can_be_ticked_and_give_their_verdict_and_reason(
    open_page, question_id, verdict, alerts
):
    app = open_page("chiropractor")
    app.checkbox(key=question_id).check().run()
    (alert,) = _alert_with_title(app, chiro.VERDICT_TEXT[verdict].title)
    assert alert in getattr(app, alerts)
    reason = chiro.RULE_BY_QUESTION[question_id].reason
    assert any(reason in text for text in _result(app))
    assert app.query_params[question_id] == "1"


@pytest.mark.parametrize("question_id", ["bladder_bowel_change", "saddle_numbness"])
def test_emergency_signs_show_the_emergency_route_first_in_the_result(open_page, question_id):
    app = open_page("chiropractor")
    app.checkbox(key=question_id).check().run()
    result = _result(app)
    assert emergency.route().call_now in result[0]
    verdict_at = next(
        i for i, text in enumerate(result) if chiro.VERDICT_TEXT[Verdict.NOT_SUITABLE].title in text
    )
    assert chiro.SEEK_CARE_NOW.body in result[verdict_at]


def test_a_link_from_the_symptom_checker_prefills_the_shared_answers(open_page):
    app = open_page("chiropractor", saddle_numbness="1", pain_duration_weeks="20")
    assert not app.info
    assert app.checkbox(key="saddle_numbness").value is True
    assert app.number_input(key="pain_duration_weeks").value == 20
    assert emergency.route().call_now in _result(app)[0]
    assert any(chiro.RULE_BY_QUESTION["saddle_numbness"].reason in t for t in _result(app))


def test_the_answers_stay_in_the_address_so_a_reload_keeps_them(open_page):
    app = open_page("chiropractor")
    app.checkbox(key="osteoporosis").check().run()
    app.number_input(key="pain_duration_weeks").set_value(3).run()
    reloaded = open_page("chiropractor", **dict(app.query_params))
    assert reloaded.checkbox(key="osteoporosis").value is True
    assert reloaded.number_input(key="pain_duration_weeks").value == 3


def test_bad_link_values_are_ignored_with_a_note(open_page):
    app = open_page(
        "chiropractor",
        saddle_numbness="<script>",
        pain_duration_weeks="-4",
        spinal_arthritis="maybe",
        leg_weakness="1",
    )
    assert not app.exception
    assert [i.value for i in app.info] == [ui_text.UNKNOWN_LINK_VALUE]
    assert app.checkbox(key="saddle_numbness").value is False
    assert app.checkbox(key="spinal_arthritis").value is False
    assert app.number_input(key="pain_duration_weeks").value is None


def test_the_chart_marks_your_answers_and_has_alt_text_and_a_table_next_to_it(open_page):
    app = open_page("chiropractor")
    app.checkbox(key="osteoporosis").check().run()
    chart = app.get("vega_lite_chart")[0]
    assert chart.proto.alt == chiro.PICTURE_DESCRIPTION
    rows = _chart_rows(app)
    assert [r[chiro.PICTURE_CONDITION] for r in rows] == [r.label for r in chiro.condition_table()]
    yes = {r["question_id"] for r in rows if r[chiro.PICTURE_YOUR_ANSWER] == chiro.PICTURE_YES}
    assert yes == {"osteoporosis"}
    elements = [node for node in app.main if node.type not in {"main", "flex_container"}]
    chart_at = next(i for i, node in enumerate(elements) if node.type == "vega_lite_chart")
    assert elements[chart_at + 1].type == "table"
    table = elements[chart_at + 1].value
    assert list(table[chiro.PICTURE_CONDITION]) == [r.label for r in chiro.condition_table()]
    assert chiro.PICTURE_GET_HELP_NOW in set(table[chiro.PICTURE_ON_ITS_OWN])


def test_alternatives_link_to_the_treatment_comparison(open_page):
    app = open_page("chiropractor")
    links = app.get("page_link")
    queries = [link.proto.query_string for link in links]
    assert queries == [f"option={option}" for option in chiro.ALTERNATIVES]
    assert {link.proto.page for link in links} == {ui_text.PAGE["treatments"].url_path}
