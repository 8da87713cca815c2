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
        id="choosing-wisely-imaging",
        short="Choosing Wisely",
        title="Don't do imaging for low back pain within the first six weeks, unless red "
        "flags are present",
        publisher="Choosing Wisely (American Academy of Family Physicians)",
        year=2012,
        url="https://www.choosingwisely.org/",
        supports="Why most people with new back pain do not need a scan.",
    ),
    Reference(
        id="nhs-wales-gp-lbp-definitions",
        short="NHS Wales: Back pain definitions",
        title="Low back pain: definitions",
        publisher="NHS Wales (Health Education and Improvement Wales), GP education",
        year=2026,
        url="https://gpcpd.heiw.wales/clinical/low-back-pain/definitions/",
        supports="How long back pain lasts before UK doctors call it acute, subacute or "
        "long-lasting.",
    ),
    Reference(
        id="nhs-glos-red-flags",
        short="NHS Gloucestershire: Red flags",
        title="Red flags for spinal conditions",
        publisher="NHS Gloucestershire G-Care (primary-care back pain pathways)",
        year=2026,
        url="https://g-care.glos.nhs.uk/pathway/71/resource/3",
        supports="Warning signs GPs look for: age, weak bones, falls, and nerve problems "
        "that get worse.",
    ),
    Reference(
        id="nhs-preterm-labour",
        short="NHS maternity: Premature labour",
        title="Labour and birth: premature labour (NHS Suffolk and North East Essex); "
        "For those affected by premature birth (Borne)",
        publisher="NHS Suffolk and North East Essex; Borne",
        year=2026,
        url="https://www.borne.org.uk/premature-birth/for-those-affected/",
        supports="When backache or cramps in pregnancy mean calling the midwife or "
        "maternity unit.",
    ),
    Reference(
        id="nhs-kidney-infection",
        short="NHS: Kidney infection",
        title="Kidney infection",
        publisher="NHS website",
        year=2026,
        url="https://www.nhs.uk/conditions/kidney-infection/",
        supports="Signs of a kidney infection, such as pain in the side or back and blood "
        "in pee, and when to get help the same day.",
    ),
    Reference(
        id="nhs-kidney-stones",
        short="NHS: Kidney stones",
        title="Kidney stones",
        publisher="NHS website",
        year=2026,
        url="https://www.nhs.uk/conditions/kidney-stones/",
        supports="Signs of kidney stones, such as sharp pain in the side, and when to get "
        "help straight away.",
    ),
    Reference(
        id="brinjikji-2015-asymptomatic",
        short="Brinjikji 2015: no back pain",
        title="Systematic literature review of imaging features of spinal degeneration in "
        "asymptomatic populations. AJNR 36(4):811-816",
        publisher="American Journal of Neuroradiology",
        year=2015,
        url="https://doi.org/10.3174/ajnr.A4173",
        supports="How common changes seen on back scans are in people with no back pain, "
        "at each age from 20 to 80.",
    ),
    Reference(
        id="brinjikji-2015-symptomatic",
        short="Brinjikji 2015: with back pain",
        title="MRI findings of disc degeneration are more prevalent in adults with low back "
        "pain than in asymptomatic controls. AJNR 36(12):2394-2399",
        publisher="American Journal of Neuroradiology",
        year=2015,
        url="https://doi.org/10.3174/ajnr.A4498",
        supports="Which scan findings are more common in adults aged 50 or under with back "
        "pain than in those without it.",
    ),
)

SOURCES: MappingProxyType[str, Reference] = MappingProxyType({ref.id: ref for ref in _REFERENCES})
"""Source id -> reference. Every content item cites ids from here."""
