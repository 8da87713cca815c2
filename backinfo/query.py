"""The one way both questionnaires read an answer from the page address."""

from __future__ import annotations

YES = frozenset({"1", "yes", "true"})
NO = frozenset({"0", "no", "false"})


def single_value(raw: object) -> str | None:
    """The parameter's one value, trimmed and lower-cased; None if absent or repeated."""
    if isinstance(raw, list | tuple) and len(raw) == 1:
        (raw,) = raw
    return raw.strip().lower() if isinstance(raw, str) else None


def yes_no(raw: object) -> bool | None:
    """A yes/no answer ("1"/"0", "yes"/"no", "true"/"false", any case), or None."""
    text = single_value(raw)
    return True if text in YES else False if text in NO else None


NOT_SURE = "not_sure"


def yes_no_or_not_sure(raw: object) -> bool | str | None:
    """Like `yes_no`, and also "not_sure" (any case) for a question that takes it."""
    return NOT_SURE if single_value(raw) == NOT_SURE else yes_no(raw)
