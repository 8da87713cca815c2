"""The public vignette suite (tests/vignettes/triage.toml): every case within its range."""

from pathlib import Path

import pytest

from backinfo import triage_questions, triage_rules, vignettes
from backinfo.questionnaire import NOT_SURE
from backinfo.triage import assess
from backinfo.triage_rules import Urgency

CASES = vignettes.load()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_vignette_is_within_its_accepted_urgency(case):
    urgency = assess(case.answers).urgency
    assert case.lowest <= urgency, f"under-triage: {case.rationale}"
    assert urgency <= case.highest, f"over-triage: {case.rationale}"


def test_the_suite_has_at_least_120_cases_and_no_under_triage():
    scores = vignettes.score(CASES)
    assert scores.total >= 120
    assert scores.under == ()


def test_every_rule_fires_in_some_vignette():
    fired = {reason.rule_id for case in CASES for reason in assess(case.answers).reasons}
    assert {rule.id for rule in triage_rules.RULES} <= fired


def test_every_yes_no_question_has_a_not_sure_vignette():
    not_sure = {key for case in CASES for key, value in case.answers.items() if value == NOT_SURE}
    assert not_sure == {q.id for q in triage_questions.QUESTIONS if q.kind == "yes_no"}


def test_the_suite_holds_over_triage_traps_kept_below_999():
    traps = [case for case in CASES if case.highest < Urgency.EMERGENCY and any(
        word in case.name for word in ("kidney colic", "strain", "pregnancy", "knock"))]
    assert len(traps) >= 5


def test_scores_count_a_result_below_the_range_as_under_triage():
    case = vignettes.Vignette(
        name="saddle numbness said to be self-care",
        answers={"saddle_numbness": True},
        lowest=Urgency.SELF_CARE,
        highest=Urgency.SELF_CARE,
        rationale="a deliberately wrong case",
        sources=("nhs-ces",),
    )
    low = vignettes.Vignette(**{**case.__dict__, "answers": {}, "lowest": Urgency.EMERGENCY,
                                "highest": Urgency.EMERGENCY})
    scores = vignettes.score([case, low])
    assert scores.over == (case.name,) and scores.under == (low.name,) and scores.exact == 0


def test_a_malformed_suite_is_refused_with_the_case_named(tmp_path: Path):
    suite = tmp_path / "bad.toml"
    suite.write_text('[[case]]\nname = "x"\nanswers = {}\nlowest = "SOON"\nhighest = "URGENT"\n'
                     'rationale = "r"\nsources = ["nhs-ces"]\n')
    with pytest.raises(ValueError, match="x"):
        vignettes.load(suite)


def test_the_command_prints_the_three_rates(capsys):
    assert vignettes.main([]) == 0
    out = capsys.readouterr().out
    assert "under-triage: 0.0%" in out and "over-triage:" in out and "exact match:" in out
