"""Every reference the content cites, by id.

`year` is the year of publication; for web pages that are updated in place
(NHS, NICE CKS, the seed article) it is the year the page was read.
"""

from __future__ import annotations

from types import MappingProxyType

from backinfo.model import Reference

_REFERENCES = (
    Reference(
        id="verywell-back-cramps",
        short="Verywell Health",
        title="Debilitating back cramps: causes and treatment",
        publisher="Verywell Health",
        year=2026,
        url="https://www.verywellhealth.com/",
        supports="What a back spasm is, its common causes, warning signs, tests, "
        "treatments, ways to cope, and when a chiropractor may help.",
    ),
    Reference(
        id="nice-ng59",
        short="NICE guideline NG59",
        title="Low back pain and sciatica in over 16s: assessment and management (NG59), "
        "updated 2020",
        publisher="National Institute for Health and Care Excellence (NICE)",
        year=2016,
        url="https://www.nice.org.uk/guidance/ng59",
        supports="Which treatments doctors in the UK should and should not offer, "
        "and when scans are needed.",
    ),
    Reference(
        id="nice-cks-lbp",
        short="NICE CKS: Low back pain",
        title="Back pain - low (without radiculopathy)",
        publisher="NICE Clinical Knowledge Summaries",
        year=2026,
        url="https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/",
        supports="How long back pain lasts, and the warning signs a doctor looks for.",
    ),
    Reference(
        id="nice-cks-sciatica",
        short="NICE CKS: Sciatica",
        title="Sciatica (lumbar radiculopathy)",
        publisher="NICE Clinical Knowledge Summaries",
        year=2026,
        url="https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/",
        supports="What sciatica is and how long it usually lasts.",
    ),
    Reference(
        id="nhs-back-pain",
        short="NHS: Back pain",
        title="Back pain",
        publisher="NHS website",
        year=2026,
        url="https://www.nhs.uk/conditions/back-pain/",
        supports="When to call 999, when to get help the same day, and how to look "
        "after your back at home.",
    ),
    Reference(
        id="nhs-sciatica",
        short="NHS: Sciatica",
        title="Sciatica",
        publisher="NHS website",
        year=2026,
        url="https://www.nhs.uk/conditions/sciatica/",
        supports="What sciatica feels like, how long it lasts, and when it is an emergency.",
    ),
    Reference(
        id="nhs-ces",
        short="NHS: Cauda equina syndrome",
        title="Cauda equina syndrome",
        publisher="NHS website",
        year=2026,
        url="https://www.nhs.uk/conditions/cauda-equina-syndrome/",
        supports="The signs of cauda equina syndrome, a rare emergency.",
    ),
    Reference(
        id="acp-2017",
        short="ACP guideline 2017",
        title="Noninvasive treatments for acute, subacute, and chronic low back pain: "
        "a clinical practice guideline from the American College of Physicians "
        "(Qaseem A, et al. Annals of Internal Medicine 166(7):514-530)",
        publisher="American College of Physicians",
        year=2017,
        url="https://www.acpjournals.org/doi/10.7326/M16-2367",
        supports="How strong the evidence is for each treatment, and how much it helps.",
    ),
    Reference(
        id="who-chiro-2005",
        short="WHO chiropractic guideline 2005",
        title="WHO guidelines on basic training and safety in chiropractic",
        publisher="World Health Organization",
        year=2005,
        url="https://www.who.int/publications/i/item/9241593717",
        supports="When spinal manipulation must not be done, and when it needs extra care.",
    ),
    Reference(
        id="hawk-2017-chiro",
        short="Hawk et al. 2017",
        title="Best practices for chiropractic management of patients with chronic "
        "musculoskeletal pain: a clinical practice guideline (Hawk C, et al. Journal of "
        "Alternative and Complementary Medicine)",
        publisher="Mary Ann Liebert, Inc.",
        year=2017,
        url="https://doi.org/10.1089/acm.2017.0050",
        supports="Health problems that may rule out spine treatment by hand, and gentle "
        "ways to treat that are safer.",
    ),
    Reference(
        id="lancet-2018-lbp",
        short="The Lancet 2018",
        title="Prevention and treatment of low back pain: evidence, challenges, and promising "
        "directions (Foster NE, et al. The Lancet 391:2368-2383)",
        publisher="The Lancet",
        year=2018,
        url="https://doi.org/10.1016/S0140-6736(18)30489-6",
        supports="How common back pain is, and which care helps most people.",
    ),
    Reference(
        id="choosing-wisely-imaging",
        short="Choosing Wisely",
        title="Don't do imaging for low back pain within the first six weeks, unless red "
        "flags are present",
        publisher="Choosing Wisely (American Academy of Family Physicians)",
        year=2012,
        url="https://www.choosingwisely.org/",
        supports="Why most people with new back pain do not need a scan.",
    ),
)

SOURCES: MappingProxyType[str, Reference] = MappingProxyType({ref.id: ref for ref in _REFERENCES})
"""Source id -> reference. Every content item cites ids from here."""
