"""Common causes of back cramps and back pain, and where in the spine each one acts."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from backinfo.model import Cause

CAUSES = (
    Cause(
        id="muscle_strain",
        name="Muscle strain",
        plain_name="A pulled back muscle",
        summary="A back muscle gets hurt (pulled). A pulled back muscle can bring on "
        "painful back cramps.",
        how_it_happens="It can come from using a muscle too much, a sudden force, or a "
        "twisting movement. The low back is a common place for it. It can cause sudden "
        "pain and soreness that lasts, as well as cramps.",
        spine_parts=("muscles",),
        sources=("verywell-back-cramps",),
    ),
    Cause(
        id="facet_joint_arthrosis",
        name="Facet joint arthrosis",
        plain_name="Wear of the small joints of the spine",
        summary="The small joints at the back of the spine wear down. It is a kind of "
        "arthritis, also called osteoarthritis.",
        how_it_happens="The cartilage around these joints breaks down, and that hurts. "
        "Little bumps of extra bone (bone spurs) can grow and irritate a nerve.",
        spine_parts=("facet_joints", "nerves"),
        sources=("verywell-back-cramps",),
    ),
    Cause(
        id="degenerative_disc_disease",
        name="Degenerative disc disease",
        plain_name="Worn spine cushions",
        summary="The cushions between the bones of the spine wear out as we get older. "
        "It does not always cause pain.",
        how_it_happens="Over the years, wear and tear and getting older put stress on the "
        "spine. When worn discs do cause pain, it can be strong and can bring on cramps.",
        spine_parts=("discs",),
        sources=("verywell-back-cramps",),
    ),
    Cause(
        id="herniated_disc",
        name="Herniated disc (disc prolapse)",
        plain_name="A slipped or bulging disc",
        summary="A cushion between two bones bulges out of its place and presses on a "
        "nerve close by.",
        how_it_happens="It can happen after the same strain again and again, after an "
        "injury, or just with age. The pressure on the nerve causes pain and can lead "
        "to cramps.",
        spine_parts=("discs", "nerves"),
        sources=("verywell-back-cramps",),
    ),
    Cause(
        id="sciatica",
        name="Sciatica",
        plain_name="An irritated nerve that hurts down the leg",
        summary="The sciatic nerve is irritated and hurts. It is a very long nerve that "
        "goes down the legs, so the pain can be anywhere from the low back to the toes.",
        how_it_happens="Sciatica is usually a sign of another problem. Most often this is "
        "a bulging disc that presses on the nerve or makes it swollen. Most sciatica gets "
        "better in 4 to 6 weeks.",
        spine_parts=("nerves", "discs"),
        sources=("verywell-back-cramps", "nhs-sciatica", "nice-cks-sciatica"),
    ),
)
CAUSE_BY_ID: Mapping[str, Cause] = MappingProxyType({cause.id: cause for cause in CAUSES})
