"""Everyday ways to cope with back pain and to keep it from coming back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType

from backinfo import i18n, ui_text
from backinfo.model import Strategy, Topic

STAYING_ACTIVE = Topic(
    id="staying_active",
    title="Keep moving",
    body="Most new back pain gets better within a few weeks. Staying active helps you "
    "get better. Long bed rest does not. A short rest can help when a sudden, painful "
    "spasm starts.",
    sources=("nhs-back-pain", "acp-2017", "verywell-back-cramps"),
)

STRATEGIES = (
    Strategy(
        id="sit_less",
        title="Sit less",
        how="Try to spend less time sitting down. Get up and move about when you can.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="good_posture",
        title="Mind your posture",
        how="Try to keep a good posture, both when you sit and when you stand.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="safe_lifting",
        title="Lift the safe way",
        how="Use good form when you lift something heavy, and when you exercise.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="good_mattress",
        title="Sleep on a good mattress",
        how="Choose a mattress that feels comfy and gives your body good support.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="no_stomach_sleeping",
        title="Do not sleep on your tummy",
        how="Try not to sleep lying on your tummy. Lie on your side or on your back instead.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="strengthen_core",
        title="Make your back and tummy muscles strong",
        how="Work on making the muscles of your back and tummy stronger. A "
        "physiotherapist can show you exercises that build up your muscles.",
        sources=("verywell-back-cramps",),
    ),
    Strategy(
        id="stay_active",
        title="Stay active, but go easy on your back",
        how="Keep doing sport: staying active helps you get better. Avoid hard "
        "activities and moves that put a lot of strain on your back.",
        sources=("verywell-back-cramps", "nhs-back-pain"),
    ),
    Strategy(
        id="warm_up",
        title="Warm up first",
        how="Before you train, warm up with stretches that keep you moving (dynamic stretches).",
        sources=("verywell-back-cramps",),
    ),
)


STRATEGY_BY_ID: Mapping[str, Strategy] = MappingProxyType(
    {strategy.id: strategy for strategy in STRATEGIES}
)


def plan_text(chosen: Iterable[str], today: date, *, lang: str = "en") -> str:
    """A plain-text back care plan holding the chosen strategies, to print or keep."""
    wording = i18n.localize(ui_text.LIVING, lang)
    lines = [f"{wording.plan_heading} ({i18n.day(today, lang)})", "", wording.plan_intro, ""]
    for strategy_id in chosen:
        strategy = i18n.localize(STRATEGY_BY_ID[strategy_id], lang)
        lines += [f"[ ] {strategy.title}", f"    {strategy.how}", ""]
    lines.append(i18n.localize(ui_text.COMMON, lang).disclaimer)
    return "\n".join(lines) + "\n"
