"""Patient-facing text is plain: checked with textstat's Flesch-Kincaid grade.

The grade is a formula for passages. For a label of a few words (a page name, or a
medical term such as 'Sciatica') it gives nonsense, so single texts are graded only
from ten words up; every label still counts towards the grade of all text together,
and each medical term has a plain name or explanation beside it in its record.
"""

import textstat

from backinfo.content import prose_texts

WHOLE_TEXT_MAX_GRADE = 8
SINGLE_TEXT_MAX_GRADE = 12
MIN_WORDS_FOR_A_GRADE = 10


def test_there_is_plenty_of_text_to_grade():
    assert len(prose_texts()) > 100


def test_all_text_together_reads_at_grade_8_or_below():
    everything = "\n".join(text for _, text in prose_texts())
    assert textstat.flesch_kincaid_grade(everything) <= WHOLE_TEXT_MAX_GRADE


def test_no_single_text_reads_above_grade_12():
    too_hard = [
        (where, round(grade, 1), text)
        for where, text in prose_texts()
        if textstat.lexicon_count(text) >= MIN_WORDS_FOR_A_GRADE
        and (grade := textstat.flesch_kincaid_grade(text)) > SINGLE_TEXT_MAX_GRADE
    ]
    assert not too_hard, too_hard
