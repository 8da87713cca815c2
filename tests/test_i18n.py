"""Translations: the template is fresh, every catalog is complete and keeps placeholders,
and the language is per session."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from backinfo import content, emergency, i18n, treatments, ui_text
from backinfo.model import Prose


def test_the_template_holds_every_text_of_the_content_now():
    """`python -m backinfo.i18n` was run after the last change of wording."""
    assert i18n.TEMPLATE.read_bytes() == i18n.po_bytes(i18n.template()), (
        "the template is stale: run `python -m backinfo.i18n` and translate the new messages"
    )


def test_the_template_has_every_prose_text_once():
    texts = {text for _, text in content.prose_texts()}
    assert {message.id for message in i18n.template() if message.id} == texts


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy(lang):
    catalog = i18n.read_catalog(i18n.catalog_path(lang))
    template_ids = {message.id for message in i18n.template() if message.id}
    ids = {message.id for message in catalog if message.id}
    assert ids == template_ids, "run `python -m backinfo.i18n` to merge the template"
    missing = sorted(m.id for m in catalog if m.id and not m.string)
    fuzzy = sorted(m.id for m in catalog if m.id and m.fuzzy)
    assert not missing, f"{len(missing)} messages have no {lang} translation: {missing[:5]}"
    assert not fuzzy, f"{len(fuzzy)} {lang} messages are fuzzy: {fuzzy[:5]}"


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_translations_keep_placeholders_numbers_and_links(lang):
    changed = {
        message.id: (i18n.placeholders(message.id), i18n.placeholders(message.string))
        for message in i18n.read_catalog(i18n.catalog_path(lang))
        if message.id and message.string
        and i18n.placeholders(message.id) != i18n.placeholders(message.string)
    }
    assert not changed, f"{len(changed)} {lang} messages change what they must keep: " + str(
        list(changed.items())[:3])


def test_placeholders_are_fields_link_addresses_and_numbers():
    text = "Call {emergency} or [NHS 111](https://111.nhs.uk) within 12 hours"
    assert i18n.placeholders(text) == ["111", "12", "](https://111.nhs.uk)", "{emergency}"]


@pytest.mark.parametrize(("value", "code"), [
    ("es", "es"), ("de-AT", "de"), ("ES_es", "es"), (" en-GB ", "en"), ("fr", None),
    ("", None), (None, None), (["es"], None),
])
def test_a_language_code_is_read_from_its_first_part(value, code):
    assert i18n.language_or_none(value) == code


@dataclass(frozen=True)
class _Card:
    id: str
    title: Prose
    steps: tuple[Prose, ...]
    inner: tuple[object, ...] = ()


def test_localize_translates_prose_fields_and_nested_records_only(monkeypatch):
    monkeypatch.setattr(i18n, "translations", lambda lang: {
        ("Rest", None): "Descanso", ("Walk", None): "Caminar", ("title", None): "título"})
    card = _Card(id="title", title="Rest", steps=("Walk", "Swim"),
                 inner=(_Card(id="x", title="Walk", steps=()),))
    spanish = i18n.localize(card, "es")
    assert spanish == _Card(id="title", title="Descanso", steps=("Caminar", "Swim"),
                            inner=(_Card(id="x", title="Caminar", steps=()),))
    assert i18n.localize(card, "en") is card
    assert card.title == "Rest", "the English record is never changed"


def test_the_content_packages_records_are_translated_once_and_kept(monkeypatch):
    monkeypatch.setattr(i18n, "_LOCALIZED", {})
    first = i18n.localize(ui_text.COMMON, "de")
    assert i18n.localize(ui_text.COMMON, "de") is first
    assert i18n.localize(ui_text.COMMON, "es") is not first


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_the_emergency_route_is_translated_with_the_numbers_filled_in(lang):
    route = emergency.route(emergency="112", urgent="116 117", lang=lang)
    english = emergency.route(emergency="112", urgent="116 117")
    assert "112" in route.call_now and "116 117" in route.urgent
    assert route.call_now != english.call_now and route.signs != english.signs
    assert len(route.signs) == len(english.signs)


def test_the_urgent_fallback_is_translated_like_any_other_text():
    route = emergency.route(urgent="your doctor", lang="de")
    assert "your doctor" not in route.urgent


@pytest.mark.parametrize(("lang", "written"), [
    ("en", "5 March 2026"), ("es", "5 de marzo de 2026"), ("de", "5. März 2026")])
def test_dates_are_written_in_the_language(lang, written):
    from datetime import date

    assert i18n.day(date(2026, 3, 5), lang) == written


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_a_message_that_quotes_another_quotes_its_translation(lang):
    """'Get help now' in a sentence names the heading people see, in their language."""
    ids = {message.id for message in i18n.template() if message.id}
    wrong = [
        (quoted, message)
        for message in ids
        for quoted in re.findall(r"['\"‘“]([^'\"’”]+)['\"’”]", message)
        if quoted in ids and i18n.gettext(quoted, lang) not in i18n.gettext(message, lang)
    ]
    assert not wrong, wrong


def test_a_scales_labels_are_translated_for_their_scale():
    """The same English word agrees with each scale's noun: Spanish evidence is "alta",
    risk "alto"; each scale's labels are messages of their own (gettext contexts)."""
    evidence = i18n.localize(treatments.EVIDENCE_LABEL_BY_ID["high"], "es")
    risk = i18n.localize(treatments.RISK_LABEL_BY_ID["HIGH"], "es")
    assert treatments.EVIDENCE_LABEL_BY_ID["high"].label == treatments.RISK_LABEL_BY_ID[
        "HIGH"].label == "High"
    assert (evidence.label, risk.label) == ("Alta", "Alto")
    assert {message.context for message in i18n.template() if message.id == "High"} == {
        "evidence", "invasiveness", "risk"}


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_page_addresses_and_ids_are_the_same_in_every_language(lang):
    pages = i18n.localize(ui_text.PAGES, lang)
    assert [(p.id, p.url_path, p.icon) for p in pages] == [
        (p.id, p.url_path, p.icon) for p in ui_text.PAGES]
    assert [p.title for p in pages] != [p.title for p in ui_text.PAGES]


# The terms that matter, as the glossaries (docs/i18n/) fix them: each English term in a
# message has its fixed translation in every translation of that message.
GLOSSARY = {
    r"A&E": {"es": r"urgencias", "de": r"Notaufnahme"},
    r"\bGPs?\b": {"es": r"de cabecera", "de": r"Hausärzt|Hausarzt"},
    r"(?i)\bsciatica": {"es": r"(?i)ciática", "de": r"Ischias"},
    r"(?i)cauda equina": {"es": r"(?i)cauda equina", "de": r"(?i)cauda[- ]equina"},
    r"(?i)slipped disc": {"es": r"(?i)hernia de disco", "de": r"(?i)bandscheibenvorfall"},
    r"NSAIDs": {"es": r"AINE", "de": r"NSAR"},
    r"(?i)physiotherap": {"es": r"(?i)fisioterap", "de": r"(?i)physiotherap"},
    r"(?i)spinal manipulation": {"es": r"(?i)manipulación", "de": r"(?i)manipulation"},
    r"^Not sure$": {"es": r"^No lo sé$", "de": r"^Weiß nicht$"},
    r"\bMRI\b": {"es": r"(?i)resonancia", "de": r"MRT"},
    r"(?i)chiropractor": {"es": r"(?i)quiropráctic", "de": r"(?i)chiroprakti"},
}


@pytest.mark.parametrize("lang", i18n.TRANSLATED)
def test_the_glossary_terms_are_used_in_every_message(lang):
    off = [
        (english, message)
        for (message, _), translated in i18n.translations(lang).items()
        for english, wanted in GLOSSARY.items()
        if re.search(english, message) and not re.search(wanted[lang], translated)
    ]
    assert not off, off[:5]
