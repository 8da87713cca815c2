"""A pseudo-translation for tests: every message in capitals, so that English left on a
page (a text that skipped translation) stands out in lower case."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType

import pyarrow as pa
from element_tree import walk
from google.protobuf.json_format import MessageToDict

from backinfo import i18n
from backinfo.sources import SOURCES

PSEUDO = "de"  # the catalog the pseudo-language stands in for, in tests that use it
_KEEP = re.compile(r"\{[a-z_]*\}|\]\([^)]*\)|:[a-z_]+/[a-z_]+:|\*\*|:small\[")


def capitals(text: str) -> str:
    """The text in capitals, but its placeholders, link addresses and marks as they are."""
    parts, end = [], 0
    for kept in _KEEP.finditer(text):
        parts += [text[end:kept.start()].upper(), kept.group()]
        end = kept.end()
    return "".join([*parts, text[end:].upper()])


def pseudo_translations() -> Mapping[tuple[str, str | None], str]:
    """Every message of the template, as `i18n.translations` gives them, in capitals."""
    return MappingProxyType({(message.id, message.context): capitals(message.id)
                             for message in i18n.template() if message.id})


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):  # element ids are not text people see
        for key, item in value.items():
            if key != "id":
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def page_strings(app) -> list[str]:
    """Every string the page sends to the browser, from every element, sidebar included."""
    found = []
    for element in walk(app._tree):
        proto = getattr(element, "proto", None)
        if proto is not None:
            found += _strings(MessageToDict(proto))
    return found


def published_names() -> list[str]:
    """Source titles, short names and publishers: shown as published, never translated."""
    return sorted({text for ref in SOURCES.values() for text in (ref.title, ref.short,
                   ref.publisher)}, key=len, reverse=True)


def data_strings(app) -> list[str]:
    """The texts in the charts' data and the tables: sent as Arrow, not as strings in the
    elements; tooltips, legends' labels and table cells are among them."""
    texts = []
    for chart in app.get("vega_lite_chart"):
        for dataset in chart.proto.datasets:
            rows = pa.ipc.open_stream(dataset.data.data).read_all().to_pylist()
            texts += [value for row in rows for value in row.values() if isinstance(value, str)]
    for table in app.table:
        texts += [str(column) for column in table.value.columns]
        texts += [value for value in table.value.to_numpy().ravel() if isinstance(value, str)]
    return texts


def english_in(texts: list[str], messages: list[str]) -> list[str]:
    """The English messages found in the texts as they are, source names aside."""
    names = published_names()
    kept = []
    for text in texts:
        for name in names:
            text = text.replace(name, "")
        kept.append(text)
    joined = "\n".join(kept)
    return sorted({m for m in messages if re.search(rf"(?<!\w){re.escape(m)}(?!\w)", joined)})


def english_left(app, messages: list[str]) -> list[str]:
    """The English messages found on the page as they are: in its elements, its charts'
    data and its tables."""
    return english_in([*page_strings(app), *data_strings(app)], messages)
