"""The "My options" summary of the decision aid, as plain text.

`backinfo.documents.text_to_pdf` lays the same text out as a PDF: the title line large,
'Heading:' lines bold and '- ' lines as bullets.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from backinfo import choice, i18n, treatments, ui_text


def options_summary_text(
    choices: choice.Choices,
    today: date,
    *,
    clinic_lines: Sequence[str] = (),
    lang: str = "en",
) -> str:
    """What matters to the person, the options in that light with their reasons, those
    NICE advises against and why, and the questions to ask, in the language. Raises
    ValueError like `choice.rank` for choices that are not valid."""
    text = i18n.localize(ui_text.CHOICES, lang)
    ranked = choice.rank(choices.phase, choices.weights, lang=lang)
    weights = choice.check_weights(choices.weights)
    treatment_by_id = i18n.localize(treatments.TREATMENT_BY_ID, lang)
    phase = i18n.localize(treatments.PHASE_LABEL_BY_ID, lang)[choices.phase].label
    lines = [*clinic_lines, *([""] if clinic_lines else [])]
    lines += [
        text.summary_title,
        f"{text.summary_date}: {i18n.day(today, lang)}",
        f"{text.summary_phase}: {phase}",
        "",
        f"{text.summary_matters}:",
    ]
    lines += [
        f"- {p.label}: {text.weight_labels[weights[p.id]]}"
        for p in i18n.localize(choice.PREFERENCES, lang) if weights[p.id]
    ] or [f"- {text.summary_nothing_chosen}"]
    lines += ["", f"{text.summary_options}:"]
    for place, option in zip(choice.places(ranked), ranked, strict=True):
        name = treatment_by_id[option.treatment_id].name
        lines.append(f"- {text.place.format(place=place, name=name)}. {' '.join(option.reasons)}")
    lines += ["", f"{text.summary_against}:"]
    lines += [
        f"- {treatment_by_id[a.treatment_id].name}: {a.reason}"
        for a in i18n.localize(choice.advised_against(choices.phase), lang)
    ]
    lines += ["", f"{text.summary_questions}:"]
    questions = choice.questions_to_ask(choices.phase, choices.asked)
    lines += [f"- {q.text}" for q in i18n.localize(questions, lang)]
    lines += ["", text.summary_not_advice, i18n.localize(ui_text.COMMON, lang).disclaimer]
    return "\n".join(lines) + "\n"
