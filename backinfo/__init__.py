"""BackInfo's content and rules: facts with their sources.

No Streamlit here: pages in `app_pages/` read from this package and draw. Importing it
does no work: `backinfo.content.validate()` checks everything where the app starts
(`app.py`) and in the tests.
"""
