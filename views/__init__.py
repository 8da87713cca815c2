"""Building blocks of the pages that cost time to define: charts, cached tables, page state.

Streamlit runs a page script again on every click; what a module defines is defined once
per process. Pages import from here and stay a top-to-bottom list of what they draw.
"""
