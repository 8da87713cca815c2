"""The content model's shared helpers."""

from datetime import date

import pytest

from backinfo.model import long_date


@pytest.mark.parametrize(("day", "written"), [
    (date(2026, 3, 5), "5 March 2026"),
    (date(2026, 12, 25), "25 December 2026"),
    (date(2027, 1, 1), "1 January 2027"),
])
def test_a_long_date_has_the_day_without_a_leading_zero_then_month_and_year(day, written):
    assert long_date(day) == written
