"""The decision aid: what matters to a person, and the treatment options in that light.

Pure rules, no Streamlit. `rank(phase, weights)` orders every option for a phase that NICE
does not advise against (`advised_against(phase)` lists those apart, with why), by how well
each fits what the person says matters. The order is a way to think, not advice: every
fact it uses is a field of a treatment record in `backinfo.treatments`, with its sources.
The records are read through the module at each call (`treatments.TREATMENTS`), never
copied into this one, so content checks see each record once.

Each `Preference` reads one field of the treatment records and turns it into a level, worst
fit first; a weight of 0 (does not matter) to 3 (matters a lot) multiplies that fit. Every
fit is scaled to 0..`FULL_FIT`, so that a preference with two levels counts as much as one
with five. Ties are broken by stronger evidence for the phase, then by the order of
`treatments.TREATMENTS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from backinfo import i18n, questionnaire, treatments, ui_text
from backinfo.model import Prose, Topic
from backinfo.shared_questions import PAIN_DURATION_WEEKS
from backinfo.treatments import (
    EVIDENCE_LEVELS,
    PHASES,
    Invasiveness,
    NiceStance,
    Relief,
    Risk,
    Treatment,
    phase_for_weeks,
)

WEIGHTS = (0, 1, 2, 3)
"""0: does not matter; 3: matters a lot."""
FULL_FIT = 12  # divisible by the number of steps of every preference (4, 3 and 1)


def _evidence(treatment: Treatment, phase: str) -> int:
    return EVIDENCE_LEVELS.index(treatment.evidence[phase])


def _relief(treatment: Treatment, phase: str) -> int:
    return max(Relief) - treatment.relief


def _risk(treatment: Treatment, phase: str) -> int:
    return max(Risk) - treatment.risk


def _invasiveness(treatment: Treatment, phase: str) -> int:
    return max(Invasiveness) - treatment.invasiveness


def _not_a_medicine(treatment: Treatment, phase: str) -> int:
    return int(treatment.kind != "medicine")


def _done_yourself(treatment: Treatment, phase: str) -> int:
    # Invasiveness NONE is defined as "things you do yourself" (treatments.Invasiveness).
    return int(treatment.invasiveness is Invasiveness.NONE)


@dataclass(frozen=True)
class Preference:
    """Something that may matter to a person choosing a treatment, and how it reads the
    treatment records: `level` gives an option's level of the field named in `reads`,
    0 the worst fit; `levels` says in words what each level means for that option."""

    id: str
    label: Prose  # the control's label
    short: Prose  # inside a reason: "you said {short} matters a lot to you"
    explanation: Prose
    reads: str
    levels: tuple[Prose, ...]
    level: Callable[[Treatment, str], int]

    def fit(self, treatment: Treatment, phase: str) -> int:
        """How well the option fits this preference, from 0 to FULL_FIT."""
        return self.level(treatment, phase) * FULL_FIT // (len(self.levels) - 1)

    def fact(self, treatment: Treatment, phase: str) -> Prose:
        """What the option's level means, as the first half of a reason."""
        return self.levels[self.level(treatment, phase)]


PREFERENCES: tuple[Preference, ...] = (
    Preference(
        id="strong_evidence",
        label="Strong evidence that it helps",
        short="strong evidence",
        explanation="Options with better studies behind them, for pain that has lasted as "
        "long as yours, come higher.",
        reads="evidence for the phase",
        levels=(
            "There are too few good studies to judge it",
            "It has very weak evidence",
            "It has low evidence",
            "It has moderate evidence",
            "It has strong evidence",
        ),
        level=_evidence,
    ),
    Preference(
        id="fast_relief",
        label="Quick relief",
        short="quick relief",
        explanation="Options that usually start to help sooner come higher.",
        reads="relief",
        levels=(
            "It can take months to help",
            "It helps over weeks",
            "It takes a few days to help",
            "It can help within hours",
        ),
        level=_relief,
    ),
    Preference(
        id="low_risk",
        label="Low risk of harm",
        short="low risk",
        explanation="Options whose main harms are milder come higher.",
        reads="risk",
        levels=(
            "Its risk of harm is high",
            "Its risk of harm is moderate",
            "Its risk of harm is low",
            "Its risk of harm is very low",
        ),
        level=_risk,
    ),
    Preference(
        id="not_invasive",
        label="Little done to my body",
        short="having little done to your body",
        explanation="Options that do less to the body come higher. An operation comes "
        "lowest.",
        reads="invasiveness",
        levels=(
            "It is an operation",
            "It uses needles, an injection or a quick push on a joint",
            "Little is done to the body",
            "Nothing is done to your body: you do it yourself",
        ),
        level=_invasiveness,
    ),
    Preference(
        id="no_medicines",
        label="No medicines",
        short="avoiding medicines",
        explanation="Options that are not medicines come higher.",
        reads="kind",
        levels=("It is a medicine", "It is not a medicine"),
        level=_not_a_medicine,
    ),
    Preference(
        id="do_it_myself",
        label="Something I can do myself",
        short="doing it yourself",
        explanation="Things you can do on your own come higher.",
        reads="invasiveness",
        levels=("You need someone or something else for it", "You can do it yourself"),
        level=_done_yourself,
    ),
)
PREFERENCE_BY_ID: Mapping[str, Preference] = MappingProxyType({p.id: p for p in PREFERENCES})


@dataclass(frozen=True)
class Ranked:
    """One option in a person's ranking: its score and the reasons for its place."""

    treatment_id: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class AdvisedAgainst:
    """An option NICE advises doctors not to offer for this phase, and what the sources say."""

    treatment_id: str
    reason: Prose


def check_phase(phase: object) -> str:
    """The phase, or ValueError naming the allowed ones."""
    if phase not in PHASES:
        raise ValueError(f"unknown phase {phase!r}: use one of {PHASES}")
    return str(phase)


def check_weights(weights: Mapping[str, object]) -> dict[str, int]:
    """Every preference's weight (missing ones 0), or ValueError naming the first bad one."""
    checked = dict.fromkeys(PREFERENCE_BY_ID, 0)
    for preference_id, weight in weights.items():
        if preference_id not in PREFERENCE_BY_ID:
            raise ValueError(f"unknown preference {preference_id!r}: use one of "
                             f"{tuple(PREFERENCE_BY_ID)}")
        if type(weight) is not int or weight not in WEIGHTS:
            raise ValueError(f"the weight of {preference_id!r} must be a whole number from "
                             f"{WEIGHTS[0]} to {WEIGHTS[-1]}, not {weight!r}")
        checked[preference_id] = weight
    return checked


def options_for(phase: str) -> tuple[Treatment, ...]:
    """The options for this phase that NICE does not advise against, in record order."""
    check_phase(phase)
    return tuple(
        t for t in treatments.TREATMENTS
        if phase in t.phases and t.nice[phase] is not NiceStance.DO_NOT_OFFER
    )


def advised_against(phase: str) -> tuple[AdvisedAgainst, ...]:
    """The options for this phase that NICE says not to offer, each with why (its record's
    note on what the guidelines say), in record order."""
    check_phase(phase)
    return tuple(
        AdvisedAgainst(treatment_id=t.id, reason=t.notes)
        for t in treatments.TREATMENTS
        if phase in t.phases and t.nice[phase] is NiceStance.DO_NOT_OFFER
    )


def rank(phase: str, weights: Mapping[str, int], *, lang: str = "en") -> tuple[Ranked, ...]:
    """Every option for the phase except those NICE advises against, best fit first, with
    the reasons in the language (the order is the same in every language).

    The score is the sum of weight x fit over the preferences; ties go to stronger evidence
    for the phase, then to the order of `treatments.TREATMENTS`. Raises ValueError for an
    unknown phase or preference, or a weight that is not a whole number from 0 to 3.
    """
    check_phase(phase)
    weight_by_id = check_weights(weights)
    weighted = sorted((p for p in PREFERENCES if weight_by_id[p.id]),
                      key=lambda p: -weight_by_id[p.id])  # stable: PREFERENCES order on ties
    order = {t.id: index for index, t in enumerate(treatments.TREATMENTS)}
    scored = [
        (sum(weight_by_id[p.id] * p.fit(t, phase) for p in weighted), t) for t in options_for(phase)
    ]
    scored.sort(key=lambda pair: (-pair[0], -_evidence(pair[1], phase), order[pair[1].id]))
    return tuple(
        Ranked(treatment_id=t.id, score=score,
               reasons=_reasons(t, phase, weighted, weight_by_id, lang))
        for score, t in scored
    )


def places(ranked: Sequence[Ranked]) -> tuple[int, ...]:
    """The place of each option in a ranking, from 1; options with the same score share
    a place (1, 1, 3), so that a tie broken only to list them is not shown as a lead."""
    return tuple(1 + sum(other.score > option.score for other in ranked) for option in ranked)


def _reasons(
    treatment: Treatment,
    phase: str,
    weighted: Sequence[Preference],
    weight_by_id: Mapping[str, int],
    lang: str,
) -> tuple[str, ...]:
    text = i18n.localize(ui_text.CHOICES, lang)
    if not weighted:
        fact = i18n.localize(PREFERENCE_BY_ID["strong_evidence"], lang).fact(treatment, phase)
        return (text.reason_no_preferences.format(fact=fact),)
    return tuple(
        text.reason.format(
            fact=p.fact(treatment, phase),
            preference=p.short,
            weight=text.weight_in_reason[weight_by_id[p.id]],
        )
        for p in i18n.localize(weighted, lang)
    )


# What the grades mean for the person reading
@dataclass(frozen=True)
class GradeForYou:
    """What an evidence grade means for a person weighing an option."""

    id: str  # the grade, one of treatments.EVIDENCE_LEVELS
    meaning: Prose
    sources: tuple[str, ...]


GRADES_FOR_YOU: tuple[GradeForYou, ...] = (
    GradeForYou(
        id="high",
        meaning="Strong studies show that it helps. New studies are unlikely to change "
        "this.",
        sources=("acp-2017",),
    ),
    GradeForYou(
        id="moderate",
        meaning="Good studies show that it helps some people, often by a small amount. New "
        "studies could still change this.",
        sources=("acp-2017",),
    ),
    GradeForYou(
        id="low",
        meaning="It may help, but the studies are few or weak. The real effect could be "
        "bigger, smaller, or none at all.",
        sources=("acp-2017",),
    ),
    GradeForYou(
        id="very low",
        meaning="The studies are very weak. No one can say if it helps.",
        sources=("acp-2017",),
    ),
    GradeForYou(
        id="insufficient",
        meaning="No one knows yet if it helps pain like yours. That does not mean it does "
        "not work: it has not been shown. If you try it, you are finding out for yourself.",
        sources=("acp-2017",),
    ),
)
GRADE_FOR_YOU_BY_ID: Mapping[str, GradeForYou] = MappingProxyType(
    {g.id: g for g in GRADES_FOR_YOU}
)

HOW_GRADES_ARE_READ = Topic(
    id="how_grades_are_read",
    title="How BackInfo reads the evidence",
    body="We use two guidelines. A US doctors' guideline (ACP) grades how sure we can be "
    "that each treatment helps. The grade is about how sure we are, not about how much it "
    "helps. NICE tells doctors in the UK what to offer, what to think about, and what not "
    "to offer. Where the two disagree, we show both.",
    sources=("acp-2017", "nice-ng59"),
)


# Questions to ask a doctor or physiotherapist
@dataclass(frozen=True)
class QuestionToAsk:
    """A question worth asking at an appointment: for some phases, and either for every
    option (`treatment_ids` empty) or for the options named."""

    id: str
    text: Prose
    phases: frozenset[str]
    treatment_ids: frozenset[str]
    sources: tuple[str, ...]


def _ids(*kinds: str) -> frozenset[str]:
    return frozenset(t.id for t in treatments.TREATMENTS if t.kind in kinds)


_BOTH = frozenset(PHASES)
_SEED = "verywell-back-cramps"
_NICE = "nice-ng59"
_ACP = "acp-2017"

QUESTIONS_TO_ASK: tuple[QuestionToAsk, ...] = (
    QuestionToAsk(
        id="cause",
        text="What do you think is causing my pain?",
        phases=_BOTH,
        treatment_ids=frozenset(),
        sources=(_SEED, _NICE),
    ),
    QuestionToAsk(
        id="warning_signs",
        text="Which signs mean that I should get help straight away?",
        phases=_BOTH,
        treatment_ids=frozenset(),
        sources=("nhs-back-pain", "nhs-glos-red-flags"),
    ),
    QuestionToAsk(
        id="how_long",
        text="How long should it take to get better, and when should I come back if it "
        "does not?",
        phases=frozenset({"acute"}),
        treatment_ids=frozenset(),
        sources=("nice-cks-lbp", "nhs-back-pain"),
    ),
    QuestionToAsk(
        id="stay_active",
        text="How can I stay active while my back gets better?",
        phases=frozenset({"acute"}),
        treatment_ids=frozenset(),
        sources=("nhs-back-pain", _ACP),
    ),
    QuestionToAsk(
        id="group_exercise",
        text="Could a group exercise class help me?",
        phases=_BOTH,
        treatment_ids=frozenset(),
        sources=(_NICE,),
    ),
    QuestionToAsk(
        id="exercise_and_talking",
        text="Could a programme that joins exercise and talking therapy help me?",
        phases=frozenset({"chronic"}),
        treatment_ids=frozenset(),
        sources=(_NICE, _ACP),
    ),
    QuestionToAsk(
        id="medicine_dose",
        text="What is the lowest dose that works, and how long should I take it?",
        phases=_BOTH,
        treatment_ids=_ids("medicine"),
        sources=(_NICE,),
    ),
    QuestionToAsk(
        id="medicine_safe",
        text="Is this medicine safe with my health and my other medicines? What side "
        "effects may I get?",
        phases=_BOTH,
        treatment_ids=_ids("medicine"),
        sources=(_NICE, _SEED),
    ),
    QuestionToAsk(
        id="exercise_plan",
        text="Which exercises should I do, how often, and for how long?",
        phases=_BOTH,
        treatment_ids=_ids("physical", "combined"),
        sources=(_NICE, _ACP),
    ),
    QuestionToAsk(
        id="manipulation_safe",
        text="Is treatment of my spine by hand safe with my health problems?",
        phases=_BOTH,
        treatment_ids=frozenset({"spinal_manipulation"}),
        sources=("who-chiro-2005", "hawk-2017-chiro"),
    ),
    QuestionToAsk(
        id="procedure_risks",
        text="What are the risks, how likely is it to help me, and what else could I try "
        "first?",
        phases=_BOTH,
        treatment_ids=_ids("procedure"),
        sources=(_SEED, _NICE),
    ),
)
QUESTION_TO_ASK_BY_ID: Mapping[str, QuestionToAsk] = MappingProxyType(
    {q.id: q for q in QUESTIONS_TO_ASK}
)


def questions_to_ask(
    phase: str | None, treatment_ids: Iterable[str] = ()
) -> tuple[QuestionToAsk, ...]:
    """The questions for this phase and for the options looked at, in list order; with no
    phase (the checker did not ask how long), only the questions for every option, of both
    phases. Raises ValueError for an unknown phase."""
    phases = set(PHASES) if phase is None else {check_phase(phase)}
    looked_at = set() if phase is None else set(treatment_ids)
    return tuple(
        q for q in QUESTIONS_TO_ASK
        if q.phases & phases and (not q.treatment_ids or q.treatment_ids & looked_at)
    )


# The page address
@dataclass(frozen=True)
class Choices:
    """What a person chose on the page: the phase, a weight for each preference, and the
    options they want to ask about; `unclear` if part of the address was left out."""

    phase: str
    weights: Mapping[str, int]
    asked: tuple[str, ...]
    unclear: bool


PHASE_PARAM = "phase"
ASK_PARAM = "ask"


def choices_from_query(params: Mapping[str, Sequence[str]]) -> Choices:
    """The choices in a page address; any value that is not clear is left out, never raised.

    The phase comes from `phase`, or else from the checker's `pain_duration_weeks` (read
    as the checker reads it), or else is "acute". Parameters of other pages are ignored.
    """
    unclear = False

    def first(key: str) -> str | None:
        values = params.get(key) or []
        return values[-1] if values else None

    phase = first(PHASE_PARAM)
    if phase is not None and phase not in PHASES:
        unclear, phase = True, None
    if phase is None and (text := first(PAIN_DURATION_WEEKS.id)) is not None:
        answers, _ = questionnaire.answers_from_query(
            {PAIN_DURATION_WEEKS.id: text}, (PAIN_DURATION_WEEKS,)
        )
        weeks = answers.get(PAIN_DURATION_WEEKS.id)
        if isinstance(weeks, int | float):
            phase = phase_for_weeks(weeks)
        else:
            unclear = True
    weights = {}
    for preference in PREFERENCES:
        value = first(preference.id)
        if value is None:
            continue
        if value in {str(weight) for weight in WEIGHTS}:
            weights[preference.id] = int(value)
        else:
            unclear = True
    chosen_phase = phase or PHASES[0]
    known = {t.id for t in options_for(chosen_phase)}
    asked = tuple(dict.fromkeys(v for v in params.get(ASK_PARAM, []) if v in known))
    unclear = unclear or len(asked) < len(set(params.get(ASK_PARAM, [])))
    return Choices(phase=chosen_phase, weights=MappingProxyType(weights), asked=asked,
                   unclear=unclear)


def choices_to_query(choices: Choices) -> dict[str, str | list[str]]:
    """The address parameters that give back these choices; weights of 0 are left out."""
    query: dict[str, str | list[str]] = {PHASE_PARAM: choices.phase}
    query.update({key: str(weight) for key, weight in choices.weights.items() if weight})
    if choices.asked:
        query[ASK_PARAM] = list(choices.asked)
    return query
