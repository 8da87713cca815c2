"""The scan report page's building blocks: reading the report, the urgent box, each
finding with its icon array (cached), and the findings the report says are absent."""

import altair as alt
import pandas as pd
import streamlit as st

import ui
from backinfo import i18n, imaging, ui_text
from backinfo.imaging import Reading, Reported
from views import charts

TEXT_KEY = "scan_report_text"  # the widget's own state is the only place the text lives
# Okabe-Ito blue for "has this", a grey with 4.6:1 contrast for "does not"; shapes differ too.
HAS_IT = ("#0072B2", "circle")
DOES_NOT = ("#6e7781", "square")


def read_pasted(report: str) -> Reading | None:
    """What the pasted text says; None if it is empty or (with a plain message) cannot be
    read."""
    if not report.strip():
        return None
    text = ui.tr(ui_text.SCAN_REPORT)
    try:
        return imaging.read_report(imaging.find_terms(report))
    except ValueError as problem:
        st.warning(f"{text.cannot_read} {problem}", icon=":material/error:")
        return None


def tick_findings() -> Reading | None:
    """A checkbox for each finding, named plainly with the words reports use for it; what
    the ticked ones mean, or None if none is ticked."""
    st.write(ui.tr(ui_text.SCAN_REPORT).tick_intro)
    ticked = []
    for finding in ui.tr(imaging.FINDINGS):
        plain = [synonym for synonym in finding.synonyms if not {"*", "…"} & set(synonym)]
        words = ", ".join(plain[:3])
        if st.checkbox(f"**{finding.name}**: {words}", key=f"scan_word_{finding.id}"):
            ticked.append(finding.id)
    return imaging.read_ticked(tuple(ticked)) if ticked else None


def show_reading(reading: Reading, age: int | None) -> None:
    """Findings that need a doctor now first and alone (also those the report may say are
    not there), then each other finding, then those the report says are not there."""
    text = ui.tr(ui_text.SCAN_REPORT)
    reading = ui.tr(reading)
    if reading.needs_doctor_now or reading.mentioned_urgent:
        show_needs_doctor_now(reading.needs_doctor_now, reading.mentioned_urgent)
    if reading.present:
        st.header(text.findings_heading)
        ui.topic(imaging.FITS_YOUR_SYMPTOMS)
        for reported in reading.present:
            show_finding(reported, age)
    if reading.absent:
        st.subheader(text.absent_heading)
        st.markdown(
            "\n".join(
                "- " + text.absent_line.format(
                    words=" / ".join(reported.words), name=reported.finding.name.lower()
                )
                for reported in reading.absent
            )
        )
        ui.cite(*(reported.finding for reported in reading.absent))
    if not (reading.needs_doctor_now or reading.mentioned_urgent or reading.present
            or reading.absent):
        st.info(text.nothing_found)


def show_needs_doctor_now(
    urgent: tuple[Reported, ...], mentioned: tuple[Reported, ...] = ()
) -> None:
    """The emergency-style box: contact the doctor today, or the emergency route; the
    urgent findings the report may say are not there are in it too, never reassured."""
    text = ui.tr(ui_text.SCAN_REPORT)
    settings = ui.clinic_settings()
    advice = ui.tr(imaging.CONTACT_DOCTOR_TODAY)
    urgent_call = i18n.gettext(settings.urgent, ui.language())
    body = advice.body.format(emergency=settings.emergency, urgent=urgent_call)
    parts = [f"**{advice.title}.** {body}"]
    if urgent:
        words = "; ".join(
            f"{reported.finding.name} ({', '.join(reported.words)})" if reported.words
            else reported.finding.name
            for reported in urgent
        )
        parts.append(text.urgent_words.format(words=words))
        parts.append("\n".join(f"- {reported.finding.meaning}" for reported in urgent))
    if mentioned:
        parts.append("\n".join(
            "- " + text.mentioned_ask_today.format(
                name=reported.finding.name.lower(), words=" / ".join(reported.words)
            )
            for reported in mentioned
        ))
    st.error("\n\n".join(parts), icon=":material/emergency:")
    ui.cite(advice, *(reported.finding for reported in urgent + mentioned))
    if any(reported.finding.shows_emergency_route for reported in urgent + mentioned):
        ui.emergency_route()


def show_finding(reported: Reported, age: int | None) -> None:
    """One finding: its plain name, the report's words, what it means and what matters,
    and how common it is at this age in people with no back pain."""
    text = ui.tr(ui_text.SCAN_REPORT)
    finding = reported.finding
    with st.container(border=True):
        st.subheader(finding.name)
        said = [text.your_report_says.format(words=", ".join(reported.words))] * bool(
            reported.words
        )
        if reported.levels:
            said.append(text.at_levels.format(levels=", ".join(reported.levels)))
        if said:
            st.markdown("  \n".join(said))
        st.markdown(f"**{text.what_it_means}:** {finding.meaning}")
        st.markdown(f"**{text.what_matters}:** {finding.what_matters}")
        if finding.prevalence:
            show_prevalence(finding, age)
        ui.cite(finding)


def show_prevalence(finding: imaging.Finding, age: int | None) -> None:
    """The icon array and its sentence, or why there is no figure for this age."""
    text = ui.tr(ui_text.SCAN_REPORT)
    if age is None:
        st.markdown(text.give_age)
        return
    percent = imaging.prevalence(finding.id, age)
    if percent is None:
        st.markdown(text.under_twenty if age < imaging.DECADES[0] else text.no_figure)
        return
    # Beside each other on a wide screen, so the grid stays square; stacked on a phone.
    picture, sentence = st.columns(2, vertical_alignment="center")
    with picture:
        description = text.chart_description.format(n=percent, rest=100 - percent)
        charts.draw_chart(icon_array(percent, ui.language()), description)
    with sentence:
        st.markdown(f"**{text.chart_sentence.format(n=percent)}**")


@charts.cached_chart
def icon_array(percent: int, lang: str) -> alt.Chart:
    """100 marks in a 10 by 10 grid: `percent` blue circles, the rest grey squares."""
    text = i18n.localize(ui_text.SCAN_REPORT, lang)
    has_it, does_not = text.has_it.format(n=percent), text.does_not.format(n=100 - percent)
    frame = pd.DataFrame(
        {"column": i % 10, "row": i // 10, "group": has_it if i < percent else does_not}
        for i in range(100)
    )
    domain = [has_it, does_not]
    legend = alt.Legend(orient="bottom", direction="vertical", title=None,
                        **charts.LEGEND_TEXT | {"labelFontSize": 13})
    return (
        alt.Chart(frame)
        .mark_point(filled=True, size=140, opacity=1)
        .encode(
            x=alt.X("column:O", axis=None),
            y=alt.Y("row:O", axis=None),
            color=alt.Color(
                "group:N", scale=alt.Scale(domain=domain, range=[HAS_IT[0], DOES_NOT[0]]),
                legend=legend,
            ),
            shape=alt.Shape(
                "group:N", scale=alt.Scale(domain=domain, range=[HAS_IT[1], DOES_NOT[1]]),
                legend=legend,
            ),
            tooltip=alt.value(None),
        )
        .properties(height=260)
    )
