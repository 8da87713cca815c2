"""Treatment options compared, one view and one phase at a time: evidence, NICE's advice,
how much is done to the body, how soon they help; what NICE advises against, and why,
under every view."""

import streamlit as st

import ui
from backinfo import treatments, ui_text
from views import charts
from views.treatments import (
    BOTH,
    PHASE_CHOICES,
    VIEW_BY_ID,
    Filters,
    advised_against,
    fact_table,
    options,
    phase_labels,
    show_option,
    state_from,
    view_choices,
    written_summary,
)

lang = ui.language()
text = ui.tr(ui_text.TREATMENTS)
ui.page_header("treatments")
ui.page_link("choices", label=ui.tr(ui_text.CHOICES).link, icon=":material/balance:")

for message in ui.tr(treatments.KEY_MESSAGES):
    with st.container(border=True):
        st.markdown(f"**{message.title}.** {message.body}")
        ui.cite(message)

state = state_from(ui.page_params())
if state.unclear:
    st.info(ui.tr(ui_text.COMMON).unknown_link_value)
for key, value in (
    ("treatments_phase", state.phase),
    ("treatments_view", state.view),
    ("treatments_kinds", list(state.kinds)),
    ("treatments_evidence", list(state.evidence)),
    ("treatments_option", state.option),
):
    st.session_state.setdefault(key, value)


@st.fragment
def compare() -> None:
    """The switches, the chosen view and the why list. A click on a switch reruns only this
    part, not the frame, the key messages or the detail below: less to send and redraw.
    Each control's options are ids, named in this session's language."""
    phase_label = phase_labels()
    phase = st.segmented_control(
        text.phase_question, PHASE_CHOICES, format_func=phase_label.__getitem__,
        key="treatments_phase", required=True,
    )
    view_id = st.segmented_control(
        text.view_question, list(VIEW_BY_ID), format_func=view_choices().__getitem__,
        key="treatments_view", required=True,
    )
    kind_labels = ui.tr(treatments.KIND_LABEL_BY_ID)
    kinds = st.pills(
        text.kind_filter, treatments.KINDS, selection_mode="multi",
        key="treatments_kinds", help=text.filter_hint,
        format_func=lambda kind: kind_labels[kind].label,
    )
    evidence_labels = ui.tr(treatments.EVIDENCE_LABEL_BY_ID)
    evidence = st.pills(
        text.evidence_filter, treatments.EVIDENCE_LEVELS[::-1],
        selection_mode="multi", key="treatments_evidence", help=text.filter_hint,
        format_func=lambda level: evidence_labels[level].label,
    )
    st.query_params["phase"] = phase
    st.query_params["view"] = view_id
    st.query_params["kind"] = kinds
    st.query_params["evidence"] = evidence

    phases = list(treatments.PHASES) if phase == BOTH else [phase]
    shown: dict[str, Filters] = {p: (p, tuple(kinds), tuple(evidence)) for p in phases}
    if not any(len(options(*filters, lang)) for filters in shown.values()):
        st.warning(text.no_match)
    else:
        view = ui.tr(VIEW_BY_ID[view_id])
        st.header(view.heading)
        st.write(view.intro)
        for p, column in zip(phases, st.columns(len(phases)), strict=True):
            with column:
                filters, label = shown[p], phase_label[p]
                if len(options(*filters, lang)):
                    charts.draw_chart(view.draw(filters, label, lang),
                                      f"{label}. {view.description}")
                    written_summary(filters, view)
                else:
                    st.caption(f"{label}: {text.no_match}")
        advised_against(tuple(shown.values()))
        fact_table(tuple(shown.values()), view.columns)


compare()

st.header(text.detail_heading)
treatment_by_id = ui.tr(treatments.TREATMENT_BY_ID)
option_id = st.selectbox(
    text.detail_picker, list(treatments.TREATMENT_BY_ID), key="treatments_option",
    format_func=lambda i: treatment_by_id[i].name,
)
st.query_params["option"] = option_id
show_option(option_id)
