"""The Spanish and German texts are plain too: graded with the measures textstat offers
for each language, against bars set in the spirit of the English ones (tests/
test_readability.py: all text together at about school grade 8, no single text far
harder).

- Spanish: Fernández Huerta's and Szigriszt-Pazos's versions of the Flesch reading ease
  (0 to 100, higher is easier): all text together at 70 or more on both ("fairly easy",
  on Szigriszt-Pazos's INFLESZ scale), no single text below 30 ("very hard").
- German: the first Wiener Sachtextformel (about a school grade): all text together at 8
  or below, like the English, and Amstad's German Flesch reading ease at 60 or more; a
  single text at most 14. German joins words into long compounds (Rückenschmerzen), which
  this formula counts as hard, so a short text of ordinary words can grade 14.
"""

from __future__ import annotations

import pytest
import textstat

from backinfo import i18n

MIN_WORDS_FOR_A_GRADE = 10  # as for English: a label of a few words has no grade


@pytest.fixture
def language():
    """Set textstat's language for one test (its setting is global), then back to English."""
    yield textstat.set_lang
    textstat.set_lang("en")


def _translated(lang: str) -> list[str]:
    return sorted({text for text in i18n.translations(lang).values()})


def _graded(texts: list[str]) -> list[str]:
    return [text for text in texts if textstat.lexicon_count(text) >= MIN_WORDS_FOR_A_GRADE]


def test_spanish_as_a_whole_is_fairly_easy(language):
    language("es")
    everything = "\n".join(_translated("es"))
    assert textstat.fernandez_huerta(everything) >= 70
    assert textstat.szigriszt_pazos(everything) >= 70


def test_no_spanish_text_is_very_hard(language):
    language("es")
    too_hard = [(round(score), text) for text in _graded(_translated("es"))
                if (score := textstat.fernandez_huerta(text)) < 30]
    assert not too_hard, too_hard


def test_german_as_a_whole_reads_at_grade_8_or_below(language):
    language("de")
    everything = "\n".join(_translated("de"))
    assert textstat.wiener_sachtextformel(everything, 1) <= 8
    assert textstat.flesch_reading_ease(everything) >= 60


def test_no_german_text_reads_above_grade_13(language):
    language("de")
    too_hard = [(round(grade, 1), text) for text in _graded(_translated("de"))
                if (grade := textstat.wiener_sachtextformel(text, 1)) > 13]
    assert not too_hard, too_hard
