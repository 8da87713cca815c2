"""The scan report contract (issue 15): findings, find_terms, prevalence and read_report."""

import dataclasses
import logging
import re
import uuid
from types import FunctionType, MappingProxyType, ModuleType

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from backinfo import imaging
from backinfo.imaging import FINDING_BY_ID, FINDINGS, find_terms, prevalence, read_report

REQUIRED_IDS = {
    "disc_degeneration", "disc_signal_loss", "disc_height_loss", "disc_bulge",
    "disc_protrusion", "disc_extrusion", "annular_fissure", "facet_degeneration",
    "spondylolisthesis", "spondylolysis", "modic_changes", "spinal_stenosis",
    "nerve_root_compression",
}
NEEDS_DOCTOR_NOW = {"cord_compression", "cauda_equina_compression", "fracture", "tumour",
                    "infection"}
# Checked against the paper (see the docstring of backinfo/imaging.py for where).
CONFIRMED = {
    "disc_degeneration": {20: 37, 30: 52, 40: 68, 50: 80, 80: 96},
    "disc_signal_loss": {20: 17, 30: 33, 40: 54, 50: 73, 60: 86},
    "disc_height_loss": {20: 24, 30: 34, 40: 45, 50: 56},
    "disc_bulge": {20: 30, 30: 40, 40: 50, 50: 60, 80: 84},
    "disc_protrusion": {20: 29, 30: 31, 40: 33, 50: 36, 80: 43},
    "annular_fissure": {20: 19, 30: 20, 40: 22, 50: 23, 80: 29},
    "facet_degeneration": {20: 4, 30: 9, 40: 18, 50: 32},
    "spondylolisthesis": {20: 3, 30: 5, 40: 8, 50: 14, 60: 23},
}

REPORT = """MRI LUMBAR SPINE WITHOUT CONTRAST
FINDINGS:
Alignment: Grade 1 anterolisthesis of L4 on L5.
L3/4: Mild disc desiccation. No disc protrusion or extrusion.
L4-L5: Broad-based disk bulge with a left foraminal annular tear. Facet arthropathy.
No significant central canal stenosis.
L5-S1: Disc herniation abutting the left S1 nerve root. Modic type 1 endplate changes.
The conus and cauda equina are normal.
IMPRESSION: No evidence of fracture or malignancy. Multilevel degenerative change."""


def found(report: str) -> list[tuple[str, str | None, bool]]:
    return [(m.finding_id, m.level, m.negated) for m in find_terms(report)]


def ids(report: str, *, negated: bool) -> set[str]:
    return {m.finding_id for m in find_terms(report) if m.negated is negated}


# The findings ------------------------------------------------------------------------


def test_only_pressure_on_the_nerves_at_the_bottom_shows_the_emergency_signs_in_full():
    """With cauda equina compression, 'Get help now' signs make it an emergency; a finding
    that shows them must also need a doctor now."""
    shown = {f.id for f in FINDINGS if f.shows_emergency_route}
    assert shown == {"cauda_equina_compression"}
    assert shown <= NEEDS_DOCTOR_NOW

def test_every_required_finding_is_there_with_its_words_and_sources():
    assert set(FINDING_BY_ID) >= REQUIRED_IDS | NEEDS_DOCTOR_NOW
    for finding in FINDINGS:
        assert finding.name and finding.synonyms and finding.meaning and finding.what_matters
        assert finding.sources


def test_exactly_the_red_flag_findings_need_a_doctor_now():
    assert {f.id for f in FINDINGS if f.needs_doctor_now} == NEEDS_DOCTOR_NOW


def test_the_confirmed_figures_are_the_papers():
    for finding_id, by_age in CONFIRMED.items():
        for age, percent in by_age.items():
            assert prevalence(finding_id, age) == percent, (finding_id, age)


def test_figures_not_checked_against_the_paper_are_never_given():
    for finding in FINDINGS:
        for age in imaging.DECADES:
            if age not in CONFIRMED.get(finding.id, {}):
                assert prevalence(finding.id, age) is None, (finding.id, age)


def test_every_stored_figure_rises_with_age_and_only_findings_of_the_study_have_them():
    for finding in FINDINGS:
        figures = [finding.prevalence[age] for age in sorted(finding.prevalence)]
        assert figures == sorted(figures), finding.id
        assert bool(figures) == (finding.id in CONFIRMED)


def test_prevalence_goes_by_the_nearest_decade_from_20_to_80():
    assert prevalence("disc_bulge", 24) == 30
    assert prevalence("disc_bulge", 25) == 40
    assert prevalence("disc_bulge", 44) == 50
    assert prevalence("disc_bulge", 46) == 60
    assert prevalence("disc_bulge", 19) is None
    assert prevalence("disc_bulge", 0) is None
    assert prevalence("disc_bulge", 84) == 84
    assert prevalence("disc_bulge", 97) == 84
    assert prevalence("disc_extrusion", 40) is None  # the study gives no figure


def test_prevalence_never_falls_from_any_age_to_the_next():
    for finding in FINDINGS:
        given_figures = [prevalence(finding.id, age) for age in range(-1, 131)]
        shown = [percent for percent in given_figures if percent is not None]
        assert shown == sorted(shown), finding.id


# Finding the words -------------------------------------------------------------------

def test_a_real_looking_report_is_read_level_by_level():
    assert found(REPORT) == [
        ("spondylolisthesis", None, False),
        ("disc_degeneration", "L3-L4", False),
        ("disc_protrusion", "L3-L4", True),
        ("disc_extrusion", "L3-L4", True),
        ("disc_bulge", "L4-L5", False),
        ("annular_fissure", "L4-L5", False),
        ("facet_degeneration", "L4-L5", False),
        ("spinal_stenosis", None, True),
        ("disc_protrusion", "L5-S1", False),
        ("nerve_root_compression", "L5-S1", False),
        ("modic_changes", "L5-S1", False),
        ("fracture", None, True),
        ("tumour", None, True),
        ("disc_degeneration", None, False),
    ]


def test_each_match_gives_the_words_as_written_and_where_they_are():
    report = "Small DISK-bulge at L4/5."
    (match,) = find_terms(report)
    assert (match.words, match.start, match.end) == ("DISK-bulge", 6, 16)
    assert report[match.start:match.end] == match.words


@pytest.mark.parametrize("words", ["disc bulge", "disk bulge", "Disc Bulge", "DISK-BULGE",
                                   "bulging disc", "disc, bulge"])
def test_both_spellings_case_and_punctuation_do_not_matter(words):
    assert ids(f"There is a {words} here.", negated=False) == {"disc_bulge"}


@pytest.mark.parametrize(("words", "finding_id"), [
    ("desiccation", "disc_degeneration"),
    ("desiccated disc", "disc_degeneration"),
    ("annular tear", "annular_fissure"),
    ("annular fissure", "annular_fissure"),
    ("anterolisthesis", "spondylolisthesis"),
    ("retrolisthesis", "spondylolisthesis"),
    ("facet arthropathy", "facet_degeneration"),
    ("facet joint hypertrophy", "facet_degeneration"),
    ("loss of disc height", "disc_height_loss"),
    ("black disc", "disc_signal_loss"),
    ("pars defect", "spondylolysis"),
    ("Modic type 2 change", "modic_changes"),
    ("foraminal stenosis", "spinal_stenosis"),
    ("extruded disc fragment", "disc_extrusion"),
    ("disc prolapse", "disc_protrusion"),
    ("mass effect on the left L5 nerve root", "nerve_root_compression"),
])
def test_radiology_words_name_their_finding(words, finding_id):
    assert ids(f"L4-5: {words}.", negated=False) == {finding_id}


@pytest.mark.parametrize(("words", "finding_id"), [
    ("spinal cord compression", "cord_compression"),
    ("the disc compresses the cord", "cord_compression"),
    ("compression of the cauda equina", "cauda_equina_compression"),
    ("cauda equina compression", "cauda_equina_compression"),
    ("compression fracture of L1", "fracture"),
    ("a lesion in the L2 vertebral body", "tumour"),
    ("soft tissue mass", "tumour"),
    ("metastasis", "tumour"),
    ("metastatic disease", "tumour"),
    ("malignancy", "tumour"),
    ("tumor", "tumour"),
    ("discitis", "infection"),
    ("epidural abscess", "infection"),
    ("osteomyelitis", "infection"),
])
def test_every_urgent_word_names_a_finding_that_needs_a_doctor_now(words, finding_id):
    assert ids(f"There is {words}.", negated=False) == {finding_id}
    assert FINDING_BY_ID[finding_id].needs_doctor_now


@pytest.mark.parametrize(("level", "normal"), [
    ("L4/5", "L4-L5"), ("L4-L5", "L4-L5"), ("L4-5", "L4-L5"), ("L4/L5", "L4-L5"),
    ("L5-S1", "L5-S1"), ("L5/S1", "L5-S1"), ("l5 s1", "L5-S1"), ("T12-L1", "T12-L1"),
    ("L3\u20134", "L3-L4"),
])
def test_every_way_of_writing_a_level_is_read(level, normal):
    assert found(f"Disc bulge at {level}.") == [("disc_bulge", normal, False)]


def test_the_same_finding_at_two_levels_is_two_matches():
    assert found("L4-5: disc bulge. L5-S1: disc bulge.") == [
        ("disc_bulge", "L4-L5", False), ("disc_bulge", "L5-S1", False)]
    assert found("Disc bulges at L4-5 and L5-S1.") == [
        ("disc_bulge", "L4-L5", False), ("disc_bulge", "L5-S1", False)]


# Negation ---------------------------------------------------------------------------

@pytest.mark.parametrize(("report", "negated"), [
    ("No disc protrusion.", {"disc_protrusion"}),
    ("Disc bulge without stenosis.", {"spinal_stenosis"}),
    ("No evidence of fracture or malignancy.", {"fracture", "tumour"}),
    ("No fracture, mass or infection.", {"fracture", "tumour", "infection"}),
    ("No significant central canal stenosis.", {"spinal_stenosis"}),
    ("Negative for metastasis.", {"tumour"}),
])
def test_a_negation_covers_the_findings_right_after_it(report, negated):
    assert ids(report, negated=True) == negated


@pytest.mark.parametrize(("report", "present"), [
    ("No stenosis. Disc bulge at L4-5.", {"disc_bulge"}),
    ("No stenosis\n\nMass at L2.", {"tumour"}),
    ("No significant stenosis, a large mass is present at L2.", {"tumour"}),
    ("No fracture, but a lesion at L2.", {"tumour"}),
    ("No change in the known metastasis.", {"tumour"}),
    ("No prior imaging for comparison of this fracture.", {"fracture"}),
    ("No stenosis and a disc bulge at L4-5.", {"disc_bulge"}),
])
def test_a_negation_covers_a_short_list_not_the_rest(report, present):
    assert ids(report, negated=False) == present


@pytest.mark.parametrize("report", [
    "No progression of metastatic disease.",
    "No progression of the lytic lesion.",
    "No further change in L3 lesion.",
    "No appreciable change in lesion.",
    "No growth of the lesion.",
    "No significant interval enlargement of the known mass.",
])
def test_follow_up_wording_does_not_say_a_finding_is_gone(report):
    assert ids(report, negated=False) == {"tumour"}
    assert ids(report, negated=True) == set()


@pytest.mark.parametrize(("report", "finding_id"), [
    ("Not possible to exclude cauda equina compression.", "cauda_equina_compression"),
    ("Cord compression cannot be excluded.", "cord_compression"),
    ("No fracture is seen, but a fracture at L1 cannot be excluded.", "fracture"),
    ("Cannot exclude discitis at L4-5.", "infection"),
    ("We cannot exclude infection.", "infection"),
    ("Metastatic disease is not ruled out.", "tumour"),
    ("No definite cord compression.", "cord_compression"),
    ("No convincing metastasis.", "tumour"),
    ("No obvious fracture.", "fracture"),
    ("No suspicious lesion.", "tumour"),
    ("No disc bulge or definite fracture.", "fracture"),
    ("No cauda equina compression, though this cannot be excluded.",
     "cauda_equina_compression"),
])
def test_hedged_wording_leaves_an_urgent_finding_present(report, finding_id):
    assert finding_id in ids(report, negated=False)
    assert finding_id in {r.finding.id for r in read_report(find_terms(report)).needs_doctor_now}


def test_cannot_be_excluded_is_not_a_negation_for_any_finding():
    assert ids("Not possible to exclude a disc protrusion.", negated=False) == {
        "disc_protrusion"}


@pytest.mark.parametrize(("report", "negated", "present"), [
    ("No disc herniation, fracture of L1 is seen.", {"disc_protrusion"}, {"fracture"}),
    ("No stenosis, fracture at L2.", {"spinal_stenosis"}, {"fracture"}),
    ("No stenosis, fracture at L2 or L3.", {"spinal_stenosis"}, {"fracture"}),
    ("No stenosis, fracture is seen or suspected.", {"spinal_stenosis"}, {"fracture"}),
    ("No osteomyelitis, no discitis, abscess at L3.", {"infection"}, {"infection"}),
    ("No fracture, mass or infection.", {"fracture", "tumour", "infection"}, set()),
    ("No fracture, nor mass.", {"fracture", "tumour"}, set()),
])
def test_a_negation_reaches_an_urgent_word_past_a_comma_only_in_a_list_joined_by_or(
    report, negated, present
):
    assert ids(report, negated=True) == negated
    assert ids(report, negated=False) == present


@pytest.mark.parametrize(("words", "finding_id"), [
    ("severe compression of the thecal sac and cauda equina", "cauda_equina_compression"),
    ("crowding of the nerve roots of the cauda equina", "cauda_equina_compression"),
    ("conus compression", "cauda_equina_compression"),
    ("compression of the conus medullaris", "cauda_equina_compression"),
    ("effacement of the CSF around the cauda equina nerve roots", "cauda_equina_compression"),
    ("cord flattening", "cord_compression"),
    ("cord expansion", "cord_compression"),
    ("a syrinx", "cord_compression"),
    ("myelopathy", "cord_compression"),
    ("a compression deformity of L1", "fracture"),
    ("a burst fracture", "fracture"),
    ("retropulsion of a fragment", "fracture"),
    ("marrow replacement", "tumour"),
    ("infiltrative marrow signal", "tumour"),
    ("a destructive process", "tumour"),
    ("destruction of the pedicle", "tumour"),
    ("a deposit in L2", "tumour"),
    ("deposits", "tumour"),
    ("a schwannoma", "tumour"),
    ("a meningioma", "tumour"),
    ("an ependymoma", "tumour"),
    ("an epidural collection", "infection"),
    ("a paraspinal collection", "infection"),
    ("a psoas collection", "infection"),
    ("rim enhancement", "infection"),
    ("a phlegmon", "infection"),
    ("tuberculosis", "infection"),
    ("tuberculous spondylitis", "infection"),
    ("Pott's disease", "infection"),
])
def test_more_urgent_words_name_their_finding(words, finding_id):
    assert finding_id in ids(f"There is {words}.", negated=False)
    assert FINDING_BY_ID[finding_id].needs_doctor_now


@pytest.mark.parametrize("report", [
    "The conus medullaris and cauda equina nerve roots are normal.",
    "No cord compression, the conus is normal.",
    "The conus terminates at L1. Mild disc bulge compresses the thecal sac.",
])
def test_naming_the_conus_without_anything_pressing_on_it_is_not_cauda_equina_compression(
    report,
):
    assert "cauda_equina_compression" not in {m.finding_id for m in find_terms(report)}


@pytest.mark.parametrize(("report", "finding_id"), [
    ("No destructive lesion.", "tumour"),
    ("No compression of the conus medullaris.", "cauda_equina_compression"),
    ("No syrinx.", "cord_compression"),
])
def test_a_negated_urgent_word_is_mentioned_but_never_called_present_or_absent(
    report, finding_id
):
    reading = read_report(find_terms(report))
    assert [r.finding.id for r in reading.mentioned_urgent] == [finding_id]
    assert reading.needs_doctor_now == () and reading.absent == ()


@pytest.mark.parametrize("report", [
    "Mild disc bulge at L4-5. No stenosis.",
    "Broad-based disc bulge effacing the thecal sac.",
    "Facet arthropathy. Disc desiccation at L5-S1.",
])
def test_common_benign_wording_raises_no_urgent_finding(report):
    reading = read_report(find_terms(report))
    assert reading.needs_doctor_now == () and reading.mentioned_urgent == ()


def test_a_wider_phrase_never_hides_an_urgent_word_inside_it():
    assert "fracture" in ids("Facet fracture and arthropathy at L2-3.", negated=False)


def test_naming_normal_nerves_is_not_a_finding():
    assert find_terms("The conus medullaris and cauda equina nerve roots are normal.") == ()


# Bad input --------------------------------------------------------------------------

@pytest.mark.parametrize("not_text", [None, b"disc bulge", 42, ["disc bulge"]])
def test_anything_but_text_is_refused_with_a_clear_message(not_text):
    with pytest.raises(ValueError, match="must be text"):
        find_terms(not_text)


def test_text_over_the_limit_is_refused_and_text_at_the_limit_is_read():
    with pytest.raises(ValueError, match="20,000"):
        find_terms("a" * (imaging.MAX_REPORT_CHARACTERS + 1))
    at_limit = ("disc bulge. " * 2000)[: imaging.MAX_REPORT_CHARACTERS]
    assert len(find_terms(at_limit)) == 20_000 // len("disc bulge. ")


def held_by(value: object, seen: set[int]):
    """Every object `value` holds: containers, records, functions' defaults and closures,
    classes' attributes; not other modules."""
    if id(value) in seen or isinstance(value, ModuleType):
        return
    seen.add(id(value))
    yield value
    if isinstance(value, dict | MappingProxyType):
        inner = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple | set | frozenset):
        inner = list(value)
    elif isinstance(value, FunctionType):
        cells = [cell.cell_contents for cell in value.__closure__ or ()]
        inner = [value.__defaults__, value.__kwdefaults__, value.__dict__, *cells,
                 getattr(value, "__wrapped__", None)]
    elif isinstance(value, type) and value.__module__ == imaging.__name__:
        inner = [value.__dict__]
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner = [getattr(value, field.name) for field in dataclasses.fields(value)]
    elif isinstance(value, re.Pattern):
        inner = [value.pattern]
    else:
        inner = []
    for item in inner:
        yield from held_by(item, seen)


def test_reading_a_report_logs_nothing_and_keeps_nothing(caplog):
    secret = f"Patient {uuid.uuid4().hex} asked"  # new each run, so no cache can hold it yet
    report = f"{REPORT}\n{secret} about the L4-L5 disc bulge."
    held = list(held_by(vars(imaging), set()))
    caches = {id(f): f.cache_info().currsize for f in held if hasattr(f, "cache_info")}
    with caplog.at_level(logging.DEBUG):
        reading = read_report(find_terms(report))
    assert reading.present and caplog.records == []
    after = list(held_by(vars(imaging), set()))
    assert not [v for v in after if isinstance(v, str) and secret.split()[1] in v]
    assert len(after) == len(held)  # nothing new is held, not even a piece of the report
    for f in after:  # no cache, from functools or like it, grew on the report
        if hasattr(f, "cache_info"):
            assert f.cache_info().currsize == caches.get(id(f), 0), f


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
@example(("No disc bulge, L4/5 mass; " * 800)[: imaging.MAX_REPORT_CHARACTERS])
def test_find_terms_never_raises_on_any_text_under_the_limit(report):
    for match in find_terms(report):
        assert report[match.start:match.end] == match.words


SENTENCES = st.lists(
    st.sampled_from([
        "No disc protrusion", "Disc bulge at L4-5", "no evidence of fracture or malignancy",
        "Mass at L2", "without stenosis", "L5-S1: annular tear", "facet arthropathy",
        "No change in the metastasis", "cord compression", "and", "or", ",", "no",
    ]) | st.text(max_size=40),
    max_size=6,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(report=SENTENCES, sentence=SENTENCES)
def test_adding_a_sentence_never_removes_a_match(report, sentence):
    before = set(find_terms(report))
    assert before <= set(find_terms(f"{report}. {sentence}"))


# Sorting what was found ---------------------------------------------------------------

def test_an_urgent_finding_mentioned_once_as_present_needs_a_doctor_now():
    reading = read_report(find_terms("No fracture at L1. Fracture at L2. Disc bulge."))
    assert [r.finding.id for r in reading.needs_doctor_now] == ["fracture"]
    assert [r.finding.id for r in reading.present] == ["disc_bulge"]
    assert reading.absent == ()


def test_a_finding_only_ever_negated_is_absent_never_present():
    reading = read_report(find_terms(REPORT))
    assert {r.finding.id for r in reading.absent} == {"disc_extrusion", "spinal_stenosis"}
    assert not {r.finding.id for r in reading.present} & {r.finding.id for r in reading.absent}
    assert reading.needs_doctor_now == ()


def test_an_urgent_finding_only_ever_negated_is_mentioned_never_absent():
    reading = read_report(find_terms(REPORT))  # "No evidence of fracture or malignancy."
    assert [r.finding.id for r in reading.mentioned_urgent] == ["fracture", "tumour"]
    assert not {"fracture", "tumour"} & {r.finding.id for r in reading.absent}


URGENT_WORDS = [
    (synonym.replace("*", "").replace(" … ", " the "), finding.id)
    for finding in FINDINGS if finding.needs_doctor_now
    for synonym in finding.synonyms
]
NEGATIONS = ["No {}.", "No evidence of {}.", "Without {}.", "Negative for {}.",
             "No disc bulge or {}.", "No stenosis, {} or disc bulge.", "{} is not seen."]


@pytest.mark.parametrize(("words", "finding_id"), URGENT_WORDS)
def test_no_negation_of_any_urgent_word_ever_puts_it_in_the_absent_group(words, finding_id):
    for negation in NEGATIONS:
        reading = read_report(find_terms(negation.format(words)))
        assert not [r for r in reading.absent if r.finding.needs_doctor_now], negation
        shown = reading.needs_doctor_now + reading.mentioned_urgent
        assert finding_id in {r.finding.id for r in shown}, negation.format(words)


URGENT_SENTENCES = st.lists(
    st.sampled_from([
        "No", "no evidence of", "without", "not", "or", "nor", ",", ".", "L2",
        "cannot be excluded", "no change in", "definite", "disc bulge", "stenosis",
        *(words for words, _ in URGENT_WORDS),
    ]) | st.text(max_size=20),
    max_size=10,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(URGENT_SENTENCES)
def test_a_finding_that_needs_a_doctor_now_never_lands_in_the_absent_group(report):
    reading = read_report(find_terms(report))
    assert not [r.finding.id for r in reading.absent if r.finding.needs_doctor_now]
    mentioned = {m.finding_id for m in find_terms(report)}
    shown = {r.finding.id for r in reading.needs_doctor_now + reading.mentioned_urgent}
    assert shown == {f for f in mentioned if FINDING_BY_ID[f].needs_doctor_now}


def test_a_ticked_red_flag_needs_a_doctor_now():
    reading = imaging.read_ticked(("disc_bulge", "infection"))
    assert [r.finding.id for r in reading.needs_doctor_now] == ["infection"]
    assert [r.finding.id for r in reading.present] == ["disc_bulge"]
