"""Common causes of back cramps and back pain, and where in the spine each one acts."""

from __future__ import annotations

from backinfo.model import Cause

CAUSES = (
    Cause(
        id="muscle_strain",
        name="Muscle strain",
        plain_name="A pulled back muscle",
        summary="A back muscle is stretched too far or torn a little. This is the most "
        "common reason for a sudden back cramp.",
        how_it_happens="It can come from using a muscle too much, a sudden pull, or a "
        "quick twist. The low back is a common place for it. It hurts, stays sore, and "
        "the muscle can cramp.",
        spine_parts=("muscles",),
        sources=("verywell-back-cramps", "nhs-back-pain"),
    ),
    Cause(
        id="facet_joint_arthrosis",
        name="Facet joint arthrosis",
        plain_name="Wear of the small joints of the spine",
        summary="The small joints at the back of the spine wear down. Arthrosis means "
        "wear and tear of a joint.",
        how_it_happens="The smooth, slippery layer in the joint (cartilage) gets thin, "
        "and that hurts. Little bumps of extra bone can grow and rub on a nerve.",
        spine_parts=("facet_joints", "nerves"),
        sources=("verywell-back-cramps",),
    ),
    Cause(
        id="degenerative_disc_disease",
        name="Degenerative disc disease",
        plain_name="Worn spine cushions",
        summary="The soft cushions between the bones of the spine wear out as we get "
        "older. Many people have this and feel nothing.",
        how_it_happens="Over the years the discs dry out and get thinner. For some "
        "people this causes strong pain and cramps, but for many it causes no trouble "
        "at all.",
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
        plain_name="A pinched nerve that hurts down the leg",
        summary="The sciatic nerve is squeezed or sore. It runs from the low back down "
        "each leg, so the pain can go anywhere from the back to the toes.",
        how_it_happens="Sciatica is not a cause by itself. It is a sign of something "
        "else pressing on the nerve, most often a bulging disc. Most sciatica gets "
        "better in 4 to 6 weeks.",
        spine_parts=("nerves", "discs"),
        sources=("verywell-back-cramps", "nhs-sciatica", "nice-cks-sciatica"),
    ),
)
