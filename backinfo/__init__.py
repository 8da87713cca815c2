"""BackInfo's content and rules: facts with their sources, checked when first imported.

No Streamlit here: pages in `app_pages/` read from this package and draw.
"""

from backinfo.content import validate as _validate

_validate()
