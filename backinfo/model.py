"""The typed content model: frozen records, each with an id and the ids of its sources."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

Prose = Annotated[str, "prose"]
"""A patient-facing text: checked for plain language and readability by the tests."""


def long_date(day: date) -> str:
    """A date as people write it in full, the day without a leading zero: "5 March 2026"."""
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class Reference:
    """A published source that content items cite by id."""

    id: str
    short: str  # a few words to name it beside a fact, e.g. "NHS: Back pain"
    title: str
    publisher: str
    year: int
    url: str
    supports: Prose
    language: str = "en"  # the language it is written in, as a code such as "en"


@dataclass(frozen=True)
class Topic:
    """A short explanation with a heading, such as 'What is a back spasm?'."""

    id: str
    title: Prose
    body: Prose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class SpinePart:
    """A part of the lower spine that the spine picture draws and can highlight."""

    id: str
    name: Prose
    label: Prose  # one or two words, written on the picture
    description: Prose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Cause:
    """A cause of back cramps or back pain."""

    id: str
    name: Prose
    plain_name: Prose
    summary: Prose
    how_it_happens: Prose
    spine_parts: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class DiagnosticStep:
    """Something a doctor does or orders to find the cause of back pain."""

    id: str
    name: Prose
    kind: str  # "conversation", "examination", "imaging", "nerve test", "lab test"
    what_it_shows: Prose
    when_used: Prose
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Strategy:
    """An everyday way to cope with back pain or to prevent it coming back."""

    id: str
    title: Prose
    how: Prose
    sources: tuple[str, ...]
