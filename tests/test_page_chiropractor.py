"""The chiropractor page: questions in, a verdict with reasons, the emergency route, the picture."""

import pyarrow as pa
import pytest

from backinfo import chiropractic as chiro
from backinfo import emergency, treatments, ui_text
from backinfo.chiropractic import Verdict
from backinfo.questionnaire import NOT_SURE

TEXT = ui_text.CHIROPRACTOR


def _texts_in_order(app) -> list[str]:
    """The text of every element on the page, top to bottom."""
    return [node.value for node in app.main if isinstance(getattr(node, "value", None), str)]


def _result(app) -> list[str]:
    """The texts from the result heading onwards."""
    texts = _texts_in_order(app)
    return texts[texts.index(TEXT.result_heading) + 1 :]


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
    headers = [s.value for s in app.header]
    assert chiro.WHAT_A_CHIROPRACTOR_DOES.title in headers
    assert chiro.WHY_A_DOCTOR_FIRST.title in headers
    answers = ui_text.ANSWERS
    yes_no = [q.id for q in chiro.QUESTIONS if q.kind == "yes_no"]
    assert {radio.key: radio.options for radio in app.radio} == dict.fromkeys(
        yes_no, [answers.yes, answers.no, answers.not_sure]
    )
    assert all(radio.value is None and radio.horizontal for radio in app.radio)
    assert app.number_input(key="pain_duration_weeks").value is None


def test_evidence_grade_shown_is_the_treatment_records(open_page):
    app = open_page("chiropractor")
    record = treatments.TREATMENT_BY_ID[chiro.MANIPULATION_TREATMENT_ID]
    texts = _texts_in_order(app)
    assert texts.count(record.evidence_note) == 1
    for note in chiro.EVIDENCE:
        grade = treatments.EVIDENCE_LABEL_BY_ID[record.evidence[note.phase]].label
        after_note = texts[texts.index(note.body) + 1]
        evidence = treatments.SCALE_BY_ID["evidence"].title
        assert after_note.startswith(f"**{evidence}: {grade}.**"), note.id


def test_nothing_answered_may_help_after_a_doctors_check_with_a_reason(open_page):
    app = open_page("chiropractor")
    title = chiro.VERDICT_TEXT[Verdict.MAY_HELP_AFTER_DOCTOR].title
    (alert,) = _alert_with_title(app, title)
    assert alert in app.success
    assert alert.proto.icon == chiro.VERDICT_TEXT[Verdict.MAY_HELP_AFTER_DOCTOR].icon
    assert any(chiro.NOTHING_AGAINST.text in text for text in _result(app))


def test_spinal_arthritis_gives_not_suitable_with_its_reason(open_page):
    app = open_page("chiropractor")
    app.radio(key="spinal_arthritis").set_value(True).run()
    (alert,) = _alert_with_title(app, chiro.VERDICT_TEXT[Verdict.NOT_SUITABLE].title)
    assert alert in app.error
    reason = chiro.RULE_BY_ID["spinal_arthritis"].reason
    assert any(reason in text for text in _result(app))
    assert emergency.route().call_now not in " ".join(_result(app))
    assert app.query_params["spinal_arthritis"] == "1"


def test_a_condition_needing_judgement_is_a_warning_for_the_doctor(open_page):
    app = open_page("chiropractor")
    app.radio(key="steroid_use_or_osteoporosis").set_value(True).run()
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
def test_the_new_contraindications_can_be_answered_and_give_their_verdict_and_reason(
    open_page, question_id, verdict, alerts
):
    app = open_page("chiropractor")
    app.radio(key=question_id).set_value(True).run()
    (alert,) = _alert_with_title(app, chiro.VERDICT_TEXT[verdict].title)
    assert alert in getattr(app, alerts)
    reason = chiro.RULE_BY_ID[question_id].reason
    assert any(reason in text for text in _result(app))
    assert app.query_params[question_id] == "1"


@pytest.mark.parametrize(
    "question_id",
    [
        "bladder_bowel_change",
        "saddle_numbness",
        "sexual_function_change",
        "pain_both_legs",
        "serious_accident",
    ],
)
def test_emergency_signs_show_the_emergency_route_first_in_the_result(open_page, question_id):
    app = open_page("chiropractor")
    app.radio(key=question_id).set_value(True).run()
    result = _result(app)
    assert emergency.route().call_now in result[0]
    verdict_at = next(
        i for i, text in enumerate(result) if chiro.VERDICT_TEXT[Verdict.NOT_SUITABLE].title in text
    )
    assert chiro.SEEK_CARE_NOW.body in result[verdict_at]


def test_a_link_from_the_symptom_checker_prefills_the_shared_answers(open_page):
    app = open_page("chiropractor", saddle_numbness="1", pain_duration_weeks="20")
    assert not app.info
    assert app.radio(key="saddle_numbness").value is True
    assert app.number_input(key="pain_duration_weeks").value == 20
    assert emergency.route().call_now in _result(app)[0]
    assert any(chiro.RULE_BY_ID["saddle_numbness"].reason in t for t in _result(app))


@pytest.mark.parametrize(
    "question_id", ["sexual_function_change", "pain_both_legs", "serious_accident"]
)
def test_a_yes_from_the_symptom_checker_to_a_new_shared_sign_shows_the_emergency_route(
    open_page, question_id
):
    app = open_page("chiropractor", **{question_id: "1"})
    assert not app.info
    assert app.radio(key=question_id).value is True
    result = _result(app)
    assert emergency.route().call_now in result[0]
    assert any(chiro.RULE_BY_ID[question_id].reason in text for text in result)
    rows = _chart_rows(app)
    (row,) = [r for r in rows if r["question_id"] == question_id]
    assert row[TEXT.picture_on_its_own] == TEXT.picture_get_help_now
    assert row[TEXT.picture_your_answer] == ui_text.ANSWERS.yes


def test_the_answers_stay_in_the_address_so_a_reload_keeps_them(open_page):
    app = open_page("chiropractor")
    app.radio(key="steroid_use_or_osteoporosis").set_value(True).run()
    app.number_input(key="pain_duration_weeks").set_value(3).run()
    reloaded = open_page("chiropractor", **dict(app.query_params))
    assert reloaded.radio(key="steroid_use_or_osteoporosis").value is True
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
    assert [i.value for i in app.info] == [ui_text.COMMON.unknown_link_value]
    assert app.radio(key="saddle_numbness").value is None
    assert app.radio(key="spinal_arthritis").value is None
    assert app.number_input(key="pain_duration_weeks").value is None


def test_the_chart_marks_your_answers_and_has_alt_text_and_a_table_next_to_it(open_page):
    app = open_page("chiropractor")
    app.radio(key="steroid_use_or_osteoporosis").set_value(True).run()
    chart = app.get("vega_lite_chart")[0]
    assert chart.proto.alt == TEXT.picture_description
    rows = _chart_rows(app)
    assert [r[TEXT.picture_condition] for r in rows] == [r.label for r in chiro.condition_table()]
    yes = {r["question_id"] for r in rows if r[TEXT.picture_your_answer] == ui_text.ANSWERS.yes}
    assert yes == {"steroid_use_or_osteoporosis"}
    elements = [node for node in app.main if node.type not in {"main", "flex_container"}]
    chart_at = next(i for i, node in enumerate(elements) if node.type == "vega_lite_chart")
    folded = elements[chart_at + 1]  # the same facts, folded right below the chart
    assert folded.type == "expander" and folded.label == TEXT.picture_table
    (table,) = (table.value for table in folded.table)
    assert list(table[TEXT.picture_condition]) == [r.label for r in chiro.condition_table()]
    assert TEXT.picture_get_help_now in set(table[TEXT.picture_on_its_own])


def test_alternatives_link_to_the_treatment_comparison(open_page):
    app = open_page("chiropractor")
    links = app.get("page_link")
    queries = [link.proto.query_string for link in links]
    assert queries == [f"option={option}" for option in chiro.ALTERNATIVES]
    assert {link.proto.page for link in links} == {ui_text.PAGE_BY_ID["treatments"].url_path}


def test_not_sure_about_a_condition_means_the_doctor_decides(open_page):
    app = open_page("chiropractor")
    app.radio(key="spinal_instability").set_value(NOT_SURE).run()
    (alert,) = _alert_with_title(app, chiro.VERDICT_TEXT[Verdict.DOCTOR_MUST_DECIDE].title)
    assert alert in app.warning
    assert any("Ask your doctor" in text for text in _result(app))
    assert app.query_params["spinal_instability"] == NOT_SURE


def test_not_sure_from_a_symptom_checker_link_is_kept_and_says_get_checked_today(open_page):
    app = open_page("chiropractor", bladder_bowel_change="not_sure")
    assert not app.info
    assert app.radio(key="bladder_bowel_change").value == NOT_SURE
    (alert,) = _alert_with_title(app, chiro.VERDICT_TEXT[Verdict.DOCTOR_MUST_DECIDE].title)
    assert alert in app.warning
    assert any("today" in text and "not sure" in text for text in _result(app))


def test_an_old_link_with_the_old_weak_bones_id_still_fills_in_the_answer(open_page):
    app = open_page("chiropractor", osteoporosis="1")
    assert not app.info
    assert app.radio(key="steroid_use_or_osteoporosis").value is True
    assert app.query_params == {"steroid_use_or_osteoporosis": "1"}


def test_the_chart_and_table_mark_a_not_sure_answer(open_page):
    app = open_page("chiropractor", aortic_aneurysm="not_sure")
    rows = {r["question_id"]: r[TEXT.picture_your_answer] for r in _chart_rows(app)}
    assert rows["aortic_aneurysm"] == ui_text.ANSWERS.not_sure
    table = next(node.value for node in app.main if node.type == "table")
    assert ui_text.ANSWERS.not_sure in set(table[TEXT.picture_your_answer])


def test_answers_survive_a_visit_to_another_page(open_page):
    app = open_page("chiropractor")
    app.radio(key="spinal_arthritis").set_value(True).run()
    for page in ("causes", "chiropractor"):
        app.query_params.clear()  # as a browser does on a move to another page
        app.switch_page(f"app_pages/{page}.py").run()
    assert app.radio(key="spinal_arthritis").value is True
    assert app.query_params == {"spinal_arthritis": "1"}
