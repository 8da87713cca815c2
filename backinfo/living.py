"""Everyday ways to cope with back pain and to keep it from coming back."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from backinfo import ui_text
from backinfo.model import Strategy, Topic

STAYING_ACTIVE = Topic(
    id="staying_active",
    title="Keep moving",
    body="Most back pain gets better within a few weeks. Gentle movement helps you get "
    "better faster. Long bed rest makes it slower. A short rest can help in the first "
    "hours of a bad spasm.",
    sources=("nhs-back-pain", "acp-2017", "lancet-2018-lbp", "verywell-back-cramps"),
)

STRATEGIES = (
    Strategy(
        id="sit_less",
        title="Sit less",
        how="Get up and move about every half hour or so. Long spells of sitting make "
        "the back stiff.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="good_posture",
        title="Sit and stand tall",
        how="Keep your back straight and your shoulders relaxed. When you sit, keep your "
        "feet flat on the floor.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="safe_lifting",
        title="Lift the safe way",
        how="Bend your knees, keep the load close to your body, and do not twist while "
        "you lift. Use good form when you train, too.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="good_mattress",
        title="Sleep on a good mattress",
        how="A mattress that feels comfy and holds your body well helps your back rest "
        "at night.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="no_stomach_sleeping",
        title="Do not sleep on your tummy",
        how="Lying on your tummy bends the low back. Try lying on your side or on your "
        "back instead.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="strengthen_core",
        title="Make your back and tummy muscles strong",
        how="Strong muscles in your back and tummy hold up your spine. Ask a "
        "physiotherapist which exercises suit you.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="stay_active",
        title="Stay active, but go easy on your back",
        how="Sport and walking are good for you. Skip moves that put a big strain on "
        "your back until it feels better.",
        sources=("verywell-back-cramps", "nhs-back-pain"),
    ),
    Strategy(
        id="warm_up",
        title="Warm up first",
        how="Before you train, warm up with gentle moving stretches, like leg swings and "
        "slow twists.",
        sources=("verywell-back-cramps",),
    ),
)


def plan_text(chosen: Iterable[str], today: date) -> str:
    """A plain-text back care plan holding the chosen strategies, to print or keep."""
    by_id = {strategy.id: strategy for strategy in STRATEGIES}
    lines = [f"{ui_text.PLAN_HEADING} ({today.day} {today:%B %Y})", "", ui_text.PLAN_INTRO, ""]
    for strategy_id in chosen:
        strategy = by_id[strategy_id]
        lines += [f"[ ] {strategy.title}", f"    {strategy.how}", ""]
    lines.append(ui_text.DISCLAIMER)
    return "\n".join(lines) + "\n"
