"""Chart caching for every page: an Altair chart becomes a Vega-Lite spec once per
distinct arguments, and is drawn with the description screen readers announce."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec

import altair as alt
import pandas as pd
import pyarrow as pa
import streamlit as st

P = ParamSpec("P")
VegaLiteSpec = dict[str, Any]

# The one text and outline colour of every chart: 16.6:1 contrast on white (WCAG AA: 4.5:1).
INK = "#1b1f23"
AXIS_TEXT = {"labelColor": INK, "labelFontSize": 12, "labelLimit": 0}  # 0: labels never cut
LEGEND_TEXT = {"labelColor": INK, "labelFontSize": 12, "labelLimit": 0}  # 0: labels never cut


def cached_chart(build: Callable[P, alt.TopLevelMixin]) -> Callable[P, VegaLiteSpec]:
    """Decorate a page's Altair chart builder: it runs once per distinct arguments.

    Building and validating an Altair chart costs far more than a page's other work, and
    Streamlit reruns the page on every click; the finished Vega-Lite spec is cached instead.
    Draw the result with `draw_chart`.
    """

    @st.cache_data(show_spinner=False, max_entries=128)
    @functools.wraps(build)
    def spec(*args: P.args, **kwargs: P.kwargs) -> VegaLiteSpec:
        return to_spec(build(*args, **kwargs))

    return spec


def to_spec(chart: alt.TopLevelMixin) -> VegaLiteSpec:
    """The chart as the spec `draw_chart` takes. Use it alone, uncached, for a chart built
    from a person's answers: the process-wide cache would keep them after the session."""
    with alt.theme.enable("none"):  # as st.altair_chart does: Streamlit sizes charts
        spec = chart.to_dict()
    # Streamlit sends datasets to the browser as Arrow; already-encoded ones are sent
    # as they are, so encode them once here rather than on every rerun.
    spec["datasets"] = {
        name: _arrow_stream(rows) for name, rows in spec.get("datasets", {}).items()
    }
    return spec


def _arrow_stream(rows: list[dict[str, Any]]) -> bytes:
    table = pa.Table.from_pandas(pd.DataFrame(rows), preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def draw_chart(spec: VegaLiteSpec, description: str) -> None:
    """A chart from `cached_chart`, with the description screen readers announce."""
    st.vega_lite_chart(spec=spec, alt=description)
