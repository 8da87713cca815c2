"""The symptom checker's summary for an appointment, as plain text.

`backinfo.documents.text_to_pdf` lays the same text out as a PDF: a line that is the
title is drawn large, 'Heading:' lines bold and '- ' lines as bullets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from backinfo import choice, i18n, questionnaire, treatments, triage, ui_text
from backinfo.emergency_numbers import EMERGENCY_NUMBER, URGENT_NUMBER
from backinfo.questionnaire import NOT_SURE, Answer
from backinfo.shared_questions import PAIN_DURATION_WEEKS
from backinfo.triage_questions import QUESTIONS


def summary_text(
    answers: Mapping[str, object],
    assessment: triage.Assessment,
    today: date,
    *,
    clinic_lines: Sequence[str] = (),
    emergency: str = EMERGENCY_NUMBER,
    urgent: str = URGENT_NUMBER,
    lang: str = "en",
) -> str:
    """A plain-text summary to take to an appointment, in the language: result, reasons,
    answers, date. The assessment's texts are in the language it was made in.

    Raises ValueError like `triage.assess` for answers that are not valid.
    """
    text = i18n.localize(ui_text.CHECKER, lang)
    given = questionnaire.checked(answers, QUESTIONS)
    advice = triage.advice_for(assessment.urgency, emergency=emergency, urgent=urgent,
                               lang=lang)
    lines = [*clinic_lines, *([""] if clinic_lines else [])]
    lines += [
        text.summary_title,
        f"{text.summary_date}: {i18n.day(today, lang)}",
        "",
        f"{text.summary_result}: {advice.name}. {advice.title}.",
        advice.what_to_do,
        f"{text.summary_how_soon}: {advice.how_soon}",
        "",
        f"{text.summary_why}:",
    ]
    lines += [f"- {reason.text}" for reason in assessment.reasons] or [
        f"- {text.no_warning_signs}"
    ]
    lines += ["", f"{text.summary_answers}:"]
    said = questionnaire.given(given)
    answer_names = i18n.localize(ui_text.ANSWERS, lang)
    lines += [
        f"- {q.text} {_shown(said[q.id], answer_names)}"
        for q in i18n.localize(QUESTIONS, lang)
        if q.id in said
    ]
    if any(q.kind == "yes_no" and q.id not in said for q in QUESTIONS):
        lines.append(f"- {text.summary_others_not_yes}")
    lines += ["", f"{text.summary_if_things_change}:"]
    notices = triage.safety_net_for(assessment, emergency=emergency, urgent=urgent, lang=lang)
    lines += [f"- {notice.text}" for notice in notices]
    lines += ["", f"{i18n.localize(ui_text.CHOICES, lang).summary_questions}:"]
    weeks = given.get(PAIN_DURATION_WEEKS.id)
    phase = treatments.phase_for_weeks(weeks) if isinstance(weeks, int | float) else None
    asks = i18n.localize(choice.questions_to_ask(phase), lang)
    lines += [f"- {question.text}" for question in asks]
    lines += ["", text.summary_not_a_diagnosis]
    return "\n".join(lines) + "\n"


def _shown(value: Answer, names: ui_text.AnswerText) -> str:
    if value is True or value == NOT_SURE:
        return names.name(value)
    return f"{value:g}"
