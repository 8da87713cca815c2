"""The lower spine as data: its parts, and the shapes of a side-view picture of them.

The page draws the shapes; this module only says where they are. Coordinates are in
picture units: x grows towards the back of the body, y grows upwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from backinfo.model import Prose, SpinePart

SPINE_PARTS = (
    SpinePart(
        id="vertebrae",
        name="Vertebrae (the bones of the spine)",
        label="Bones",
        description="The spine is made of many bones. A disc sits between one bone and "
        "the next. Nerves run in the spine.",
        sources=("verywell-back-cramps",),
    ),
    SpinePart(
        id="discs",
        name="Discs (the cushions)",
        label="Discs",
        description="Pads between the bones of the spine. They keep the bones apart and "
        "cushion them.",
        sources=("verywell-back-cramps",),
    ),
    SpinePart(
        id="facet_joints",
        name="Facet joints (the small joints)",
        label="Joints",
        description="Small joints at the back of the spine. They link the parts of the "
        "spine to each other.",
        sources=("verywell-back-cramps",),
    ),
    SpinePart(
        id="nerves",
        name="Nerves",
        label="Nerves",
        description="Nerves run in the spine. One of them, the sciatic nerve, is very "
        "long: it goes from the low back down the legs.",
        sources=("verywell-back-cramps", "nhs-sciatica"),
    ),
    SpinePart(
        id="muscles",
        name="Back muscles",
        label="Muscles",
        description="The muscles of the back. A spasm is when they tighten on their own, "
        "without you meaning them to.",
        sources=("verywell-back-cramps",),
    ),
)
PART_BY_ID: Mapping[str, SpinePart] = MappingProxyType({part.id: part for part in SPINE_PARTS})


@dataclass(frozen=True)
class Shape:
    """One rectangle of the spine picture, belonging to a spine part."""

    part: str
    label: Prose  # its name in the chart's tooltip
    x: float
    x2: float
    y: float
    y2: float


def _lower_spine() -> tuple[Shape, ...]:
    shapes: list[Shape] = []
    levels = ("L1", "L2", "L3", "L4", "L5")
    for i, level in enumerate(levels):
        top = 100 - i * 18
        shapes += [
            Shape(part="vertebrae", label=level, x=10, x2=40, y=top - 14, y2=top),
            Shape(part="facet_joints", label=f"{level} joint", x=46, x2=52, y=top - 10,
                  y2=top - 4),
            Shape(part="discs", label=f"{level} disc", x=11, x2=39, y=top - 18, y2=top - 14),
            Shape(part="nerves", label=f"{level} nerve", x=40, x2=62, y=top - 17,
                  y2=top - 15),
        ]
    shapes += [
        Shape(part="vertebrae", label="Sacrum", x=12, x2=38, y=0, y2=10),
        Shape(part="nerves", label="Sciatic nerve", x=58, x2=62, y=-20, y2=24),
        Shape(part="muscles", label="Back muscles", x=66, x2=80, y=8, y2=102),
    ]
    return tuple(shapes)


SPINE_SHAPES: tuple[Shape, ...] = _lower_spine()
"""The picture, as rectangles; each belongs to one of SPINE_PARTS."""


@dataclass(frozen=True)
class LabelSpot:
    """Where the picture writes a part's label."""

    part: str
    x: float
    y: float


LABEL_SPOTS = (
    LabelSpot(part="vertebrae", x=25, y=107),
    LabelSpot(part="facet_joints", x=49, y=107),
    LabelSpot(part="muscles", x=73, y=107),
    LabelSpot(part="discs", x=25, y=-10),
    LabelSpot(part="nerves", x=75, y=-14),
)
