"""Spanish and German: English is the message id, the translations live in gettext catalogs.

Every `Prose` text of every content record is a message. `localize(record, lang)` returns
the record with its texts in that language; the language is an argument, never a
process-wide setting, so each visitor keeps their own. `python -m backinfo.i18n` writes
the template (`locales/backinfo.pot`) and merges it into each language's catalog.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import re
import sys
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from types import MappingProxyType

from babel import Locale
from babel.dates import format_date
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from backinfo.model import Prose, long_date

SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType(
    {"en": "English", "es": "Español", "de": "Deutsch"}
)
"""Each language BackInfo speaks, named in that language, in menu order."""
LANGUAGE_LABEL = "Language · Idioma · Sprache"
"""The language menu's label, the same in every language so that anyone can find it."""
TRANSLATED = tuple(lang for lang in LANGUAGE_NAMES if lang != SOURCE_LANGUAGE)


@dataclass(frozen=True)
class TranslationReview:
    """A clinician who speaks the language as a first language checked its translation."""

    reviewer: str  # as they want to be named
    day: date


TRANSLATION_REVIEWS: Mapping[str, TranslationReview] = MappingProxyType({})
"""The translations a native-speaking clinician has checked: none yet."""

DOMAIN = "backinfo"
LOCALE_DIR = Path(__file__).parent / "locales"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
# Fixed, so that a catalog file changes only when its messages do.
_TEMPLATE_DATE = datetime(2026, 11, 27, tzinfo=UTC)

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|\]\([^)]*\)|\d+")
"""What a translation keeps exactly: `{name}` fields, link addresses and numbers (ages,
weeks, phone numbers)."""


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def language_or_none(value: object) -> str | None:
    """The language code a value names ("es", "de-AT", "ES_es" -> "es"), or None."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGE_NAMES else None


# Which fields are patient-facing text
def _is_prose(hint: object) -> bool:
    if hint == Prose:
        return True
    args = typing.get_args(hint)
    return typing.get_origin(hint) is tuple and bool(args) and args[0] == Prose


@cache
def prose_fields(cls: type) -> tuple[str, ...]:
    """The fields of a record class that hold patient-facing text (`Prose`)."""
    hints = typing.get_type_hints(cls, include_extras=True)
    return tuple(name for name, hint in hints.items() if _is_prose(hint))


def record_texts(record: object) -> Iterator[tuple[str, str]]:
    """(field name, text) for each `Prose` text of one record."""
    for name in prose_fields(type(record)):
        value = getattr(record, name)
        for text in value if isinstance(value, tuple) else (value,):
            yield name, text


def context_of(record: object, field: str) -> str | None:
    """The gettext context (msgctxt) of a record's field: None for most. A record whose
    words read differently where it is used (a scale's "High": Spanish "alta" evidence,
    "alto" risk) names one with a `translation_context(field)` method."""
    method = getattr(record, "translation_context", None)
    return method(field) if method else None


# The template and the catalogs
def template() -> Catalog:
    """Every patient-facing text once, in a stable order, with where it is used."""
    from backinfo import content  # content imports every module; i18n is imported by some

    where_used: dict[tuple[str, str | None], list[str]] = {}
    for record in content.iter_records():
        label = f"{type(record).__name__} {getattr(record, 'id', '')}".strip()
        for name, text in record_texts(record):
            if text.strip():
                key = (text, context_of(record, name))
                where_used.setdefault(key, []).append(f"{label}.{name}")
    pot = Catalog(
        project="BackInfo",
        domain=DOMAIN,
        creation_date=_TEMPLATE_DATE,
        revision_date=_TEMPLATE_DATE,
        msgid_bugs_address="",
        copyright_holder="BackInfo contributors",
        fuzzy=False,
    )
    for text, context in sorted(where_used, key=lambda key: (key[0], key[1] or "")):
        where = sorted(set(where_used[text, context]))[:3]
        pot.add(text, context=context, auto_comments=where)
    return pot


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=88, sort_output=True, include_lineno=False)
    return out.getvalue()


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


@cache
def translations(lang: str) -> Mapping[tuple[str, str | None], str]:
    """(English text, context) -> its translation, for the finished (not fuzzy, not empty)
    messages."""
    if lang == SOURCE_LANGUAGE:
        return MappingProxyType({})
    catalog = read_catalog(catalog_path(lang))
    return MappingProxyType({
        (message.id, message.context): message.string
        for message in catalog
        if message.id and message.string and not message.fuzzy
    })


def gettext(text: str, lang: str, context: str | None = None) -> str:
    """The text in the language; English (the message id) where no translation exists."""
    if lang == SOURCE_LANGUAGE:
        return text
    return translations(lang).get((text, context), text)


def language_name(code: str, lang: str) -> str:
    """A language's name written in the language `lang`: ("en", "de") -> "Englisch"."""
    return Locale.parse(lang).languages[code]


def day(value: date, lang: str) -> str:
    """A date written out in full in the language: "5 March 2026", "5 de marzo de 2026"."""
    if lang == SOURCE_LANGUAGE:
        return long_date(value)
    return format_date(value, format="long", locale=lang)


# Records in a language
T = typing.TypeVar("T")
_LOCALIZED: dict[tuple[int, str], object] = {}


def localize(value: T, lang: str) -> T:
    """The value with every `Prose` text of every record in it in that language: records,
    tuples, lists and mappings of records are copied, anything else is returned as is.

    The copies of the content package's own records are kept (they live as long as the
    process); a record built for one person, such as a triage result, is copied afresh."""
    if lang == SOURCE_LANGUAGE:
        return value
    return typing.cast(T, _localize(value, lang))


def _localize(value: object, lang: str) -> object:
    key = (id(value), lang)
    kept = _LOCALIZED.get(key)
    if kept is not None and kept[0] is value:  # type: ignore[index]
        return kept[1]  # type: ignore[index]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = copy.copy(value)
        names = set(prose_fields(type(value)))
        for field in dataclasses.fields(value):
            old = getattr(value, field.name)
            if field.name in names:
                context = context_of(value, field.name)
                new = (tuple(gettext(t, lang, context) for t in old) if isinstance(old, tuple)
                       else gettext(old, lang, context))
            else:
                new = _localize(old, lang)
            if new is not old:
                object.__setattr__(result, field.name, new)
    elif isinstance(value, tuple) and not hasattr(value, "_fields"):
        result = tuple(_localize(item, lang) for item in value)
    elif isinstance(value, list):
        result = [_localize(item, lang) for item in value]
    elif isinstance(value, MappingProxyType | dict):
        items = {k: _localize(v, lang) for k, v in value.items()}
        result = MappingProxyType(items) if isinstance(value, MappingProxyType) else items
    else:
        return value
    if _is_lasting(value):
        _LOCALIZED[key] = (value, result)
    return result


@cache
def _lasting_ids() -> frozenset[int]:
    """The ids of the content package's module-level values and every record in them."""
    from backinfo import content

    ids = {id(record) for record in content.iter_records()}
    for module in content.CONTENT_MODULES:
        ids.update(id(value) for value in vars(module).values())
    return frozenset(ids)


def _is_lasting(value: object) -> bool:
    return id(value) in _lasting_ids()


def placeholders(text: str) -> list[str]:
    """The parts of a text a translation must keep, sorted."""
    return sorted(PLACEHOLDER.findall(text))


def main() -> int:
    """Write the template and merge it into each language's catalog (new messages empty)."""
    pot = template()
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_bytes(po_bytes(pot))
    print(f"{TEMPLATE}: {len(pot)} messages")
    for lang in TRANSLATED:
        path = catalog_path(lang)
        if path.exists():
            catalog = read_catalog(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=lang, domain=DOMAIN, project="BackInfo", fuzzy=False)
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        catalog.creation_date = catalog.revision_date = _TEMPLATE_DATE
        path.write_bytes(po_bytes(catalog))
        missing = sum(1 for message in catalog if message.id and not message.string)
        print(f"{path}: {len(catalog)} messages, {missing} not translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
