"""What matters to you? The options for the phase, in the light of what the person says
matters, with the reasons; those NICE advises against apart; questions to ask; a summary."""

import streamlit as st

import ui
from backinfo import choice, treatments, ui_text
from views import choices as view

text = ui.tr(ui_text.CHOICES)
treatment_by_id = ui.tr(treatments.TREATMENT_BY_ID)
phase_labels = ui.tr(treatments.PHASE_LABEL_BY_ID)
ui.page_header("choices")
st.info(text.not_advice, icon=":material/forum:")
st.caption(text.privacy)

from_checker = view.restore_choices()
phase = st.segmented_control(
    ui.tr(ui_text.TREATMENTS).phase_question, treatments.PHASES, key=view.PHASE_KEY,
    required=True, format_func=lambda p: phase_labels[p].label,
)
if from_checker:
    st.caption(text.from_checker)

st.header(text.preferences_heading)
st.write(text.preferences_intro)
for preference in ui.tr(choice.PREFERENCES):
    with st.container(border=True):
        st.radio(
            preference.label, choice.WEIGHTS, key=view.weight_key(preference.id),
            format_func=lambda weight: text.weight_labels[weight], horizontal=True,
        )
        st.caption(preference.explanation)
weights = {p.id: st.session_state[view.weight_key(p.id)] for p in choice.PREFERENCES}
ranked = choice.rank(phase, weights, lang=ui.language())

st.header(text.ranked_heading)
st.write(text.ranked_intro)
view.show_ranked(ranked, phase)
view.show_advised_against(phase)
view.show_grades(ranked, phase)

st.header(text.questions_heading)
st.write(text.questions_intro)
ranked_ids = [r.treatment_id for r in ranked]
st.session_state[view.ASK_KEY] = [i for i in st.session_state[view.ASK_KEY] if i in ranked_ids]
asked = st.multiselect(
    text.questions_pick, ranked_ids, key=view.ASK_KEY, placeholder=text.questions_placeholder,
    format_func=lambda i: treatment_by_id[i].name,
)
view.show_questions(phase, asked)

choices = choice.Choices(phase=phase, weights=weights, asked=tuple(asked), unclear=False)
view.keep_choices(choices)
view.show_summary(choices)
ui.page_link("treatments", icon=":material/arrow_forward:")
