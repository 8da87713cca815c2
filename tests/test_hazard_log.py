"""The hazard log (docs/safety/hazard-log.md) stays true: its tests exist, its risks add up."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOG = ROOT / "docs" / "safety" / "hazard-log.md"
COLUMNS = [
    "id", "hazard", "cause", "effect on the patient", "severity", "likelihood", "risk",
    "controls", "verified by", "status",
]
SEVERITY = ["Minor", "Significant", "Considerable", "Major", "Catastrophic"]
LIKELIHOOD = ["Very low", "Low", "Medium", "High", "Very high"]


def _table(heading: str) -> list[list[str]]:
    text = LOG.read_text(encoding="utf-8").split(heading, 1)[1].split("\n## ", 1)[0]
    rows = [line for line in text.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


def _hazards() -> list[dict[str, str]]:
    header, _rule, *rows = _table("## Hazards")
    assert header == COLUMNS
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def _test_names() -> set[str]:
    names = set()
    for path in (ROOT / "tests").rglob("test_*.py"):
        names |= set(re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M))
    return names


def test_the_log_has_at_least_15_hazards_numbered_in_order():
    ids = [row["id"] for row in _hazards()]
    assert len(ids) >= 15
    assert ids == [f"HAZ-{number}" for number in range(1, len(ids) + 1)]


def test_every_hazard_names_tests_that_exist():
    known = _test_names()
    for row in _hazards():
        named = [name.strip() for name in row["verified by"].split(",")]
        assert named and all(named), row["id"]
        missing = [name for name in named if name not in known]
        assert not missing, f"{row['id']} names tests that do not exist: {missing}"


def test_every_risk_follows_from_its_severity_and_likelihood():
    header, _rule, *rows = _table("## How risk is scored")
    matrix = {row[0]: dict(zip(header[1:], row[1:], strict=True)) for row in rows}
    assert list(matrix) == SEVERITY[::-1] and header[1:] == LIKELIHOOD
    for row in _hazards():
        assert row["risk"] == matrix[row["severity"]][row["likelihood"]], row["id"]


def test_every_hazard_has_a_status_and_every_column_filled():
    for row in _hazards():
        assert all(row.values()), row["id"]
        assert row["status"].startswith(("closed", "open")), row["id"]
