"""The lower spine as data: its parts, and the shapes of a side-view picture of them.

The page draws the shapes; this module only says where they are. Coordinates are in
picture units: x grows towards the back of the body, y grows upwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from backinfo.model import SpinePart

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


@dataclass(frozen=True)
class Shape:
    """One rectangle of the spine picture, belonging to a spine part."""

    part: str
    label: str
    x: float
    x2: float
    y: float
    y2: float


def _lower_spine() -> tuple[Shape, ...]:
    shapes: list[Shape] = []
    levels = ("L1", "L2", "L3", "L4", "L5")
    for i, level in enumerate(levels):
        top = 100 - i * 18
        shapes.append(Shape("vertebrae", level, 10, 40, top - 14, top))
        shapes.append(Shape("facet_joints", f"{level} joint", 46, 52, top - 10, top - 4))
        shapes.append(Shape("discs", f"{level} disc", 11, 39, top - 18, top - 14))
        shapes.append(Shape("nerves", f"{level} nerve", 40, 62, top - 17, top - 15))
    shapes.append(Shape("vertebrae", "Sacrum", 12, 38, 0, 10))
    shapes.append(Shape("nerves", "Sciatic nerve", 58, 62, -20, 24))
    shapes.append(Shape("muscles", "Back muscles", 66, 80, 8, 102))
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
    LabelSpot("vertebrae", 25, 107),
    LabelSpot("facet_joints", 49, 107),
    LabelSpot("muscles", 73, 107),
    LabelSpot("discs", 25, -10),
    LabelSpot("nerves", 75, -14),
)
