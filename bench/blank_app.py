"""The blank page the benchmark compares BackInfo with: a title, a checkbox and a line of text."""

import streamlit as st

st.title("Blank page")
st.checkbox("A checkbox", key="tick")
st.write("A line of text.")
