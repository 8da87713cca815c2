"""The emergency number and the urgent health-advice line of each country, with their sources.

One row per country, keyed by its ISO 3166-1 alpha-2 code (the clinic file's `country`).
Each row names the public page (a government or health-service page) that gives the
number. Where a country has several numbers, the row shows the one for an ambulance, or
the general one the source recommends, and `kind` says which; `note` tells a clinic
about the others and about places where the number shown may not work. `urgent` is a
same-day health-advice line, or None where the country has no single national one (the
app then shows the clinic's own phone, or "your doctor").

A country missing from the table gets `FALLBACK`: 112, with a line saying what 112 is.

Pages never read this module directly: `backinfo.clinic.ClinicSettings` does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from backinfo.model import Prose

AMBULANCE = "ambulance"
GENERAL = "general emergency"  # one number for ambulance, fire and police

# BackInfo's own numbers, the UK's: the GB row below uses them, every page shows them when
# no clinic settings file is set (`backinfo.clinic.DEFAULT`), and a text that has numbers
# filled in (`emergency.route`, `triage.advice_for`) uses them when given none.
EMERGENCY_NUMBER = "999"
URGENT_NUMBER = "111"


@dataclass(frozen=True)
class PublicPage:
    """The public page a number comes from."""

    title: str
    publisher: str
    url: str


@dataclass(frozen=True)
class CountryNumbers:
    """A country's emergency number, what kind it is, and its urgent advice line."""

    country: str  # ISO 3166-1 alpha-2
    name: str
    emergency: str
    kind: str  # AMBULANCE or GENERAL
    urgent: str | None
    source: PublicPage
    urgent_source: PublicPage | None = None
    # For the clinic: other numbers, and where the number shown may not work.
    note: str | None = None


@dataclass(frozen=True)
class Fallback:
    """What every page shows when the clinic's country is missing or not in the table."""

    number: str
    line: Prose
    urgent: Prose  # who to call for same-day advice where no number is known
    pages: tuple[PublicPage, ...]  # where the line's facts come from


EC_112 = PublicPage(
    title="112: the European emergency number",
    publisher="European Commission",
    url="https://digital-strategy.ec.europa.eu/en/policies/112",
)
FALLBACK = Fallback(
    number="112",
    line="We do not know the emergency number in this clinic's country, so we show 112. "
    "112 is the international emergency number for mobile phones. If you know your local "
    "number, you can call it instead.",
    urgent="your doctor",
    pages=(
        EC_112,
        PublicPage(
            title="Service aspects; Service principles (3GPP TS 22.101), section 10: "
            "Emergency calls (mobile phones treat 112 as an emergency number)",
            publisher="3rd Generation Partnership Project (3GPP) and ETSI",
            url="https://www.3gpp.org/DynaReport/22101.htm",
        ),
    ),
)
NHS_999 = PublicPage(
    title="When to call 999",
    publisher="NHS website",
    url="https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/",
)
NHS_111 = PublicPage(
    title="When to use NHS 111",
    publisher="NHS website",
    url="https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/",
)

DE_112_116117 = PublicPage(
    title="Nationale Notrufnummern für medizinische Notfälle (112 und 116117)",
    publisher="Bundesministerium für Gesundheit (text), Verwaltungsportal Hessen",
    url="https://verwaltungsportal.hessen.de/leistung?leistung_id=B100019_102837939",
)


def _eu(country: str, name: str, note: str | None = None) -> CountryNumbers:
    """An EU country where the European Commission's page on 112 is the source."""
    return CountryNumbers(
        country=country,
        name=name,
        emergency="112",
        kind=GENERAL,
        urgent=None,
        source=EC_112,
        note=note,
    )


COUNTRIES: tuple[CountryNumbers, ...] = (
    # Where English is widely spoken.
    CountryNumbers(
        country="GB",
        name="United Kingdom",
        emergency=EMERGENCY_NUMBER,
        kind=GENERAL,
        urgent=URGENT_NUMBER,
        source=NHS_999,
        urgent_source=NHS_111,
        note="112 also works. NHS 111 covers England, Scotland (NHS 24) and Wales; we "
        "could not confirm a 111 service in Northern Ireland, so a clinic there should "
        "set urgent_number.",
    ),
    CountryNumbers(
        country="IE",
        name="Ireland",
        emergency="112",
        kind=GENERAL,
        urgent=None,
        source=PublicPage(
            title="Emergency care - adults: when to call 112 or 999",
            publisher="HSE (Health Service Executive)",
            url="https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
        ),
        note="The HSE gives 112 and 999 as equal; 999 works too. Ireland has no national "
        "health advice line: set urgent_number to your GP out-of-hours service.",
    ),
    CountryNumbers(
        country="US",
        name="United States",
        emergency="911",
        kind=GENERAL,
        urgent=None,
        source=PublicPage(
            title="About the National 911 Program",
            publisher="National 911 Program, NHTSA, U.S. Department of Transportation",
            url="https://www.911.gov/about_national_911program.html",
        ),
    ),
    CountryNumbers(
        country="CA",
        name="Canada",
        emergency="911",
        kind=GENERAL,
        urgent="811",
        source=PublicPage(
            title="Telecom Regulatory Policy CRTC 2014-342: 9-1-1 action plan",
            publisher="Canadian Radio-television and Telecommunications Commission (CRTC)",
            url="https://crtc.gc.ca/eng/archive/2014/2014-342.htm",
        ),
        urgent_source=PublicPage(
            title="811 Telehealth",
            publisher="Health PEI (Government of Prince Edward Island)",
            url="https://www.healthpei.ca/811",
        ),
        note="811 reaches a nurse in most provinces and territories, but each runs its "
        "own line and not all use 811 (check Manitoba and Nunavut): set urgent_number "
        "to your province's line if it differs.",
    ),
    CountryNumbers(
        country="AU",
        name="Australia",
        emergency="000",
        kind=GENERAL,
        urgent="1800 022 222",
        source=PublicPage(
            title="Calling triple zero (000)",
            publisher="healthdirect Australia (Australian Government)",
            url="https://www.healthdirect.gov.au/calling-triple-zero",
        ),
        urgent_source=PublicPage(
            title="What care do I need?",
            publisher="healthdirect Australia (Australian Government)",
            url="https://www.healthdirect.gov.au/what-care-do-i-need",
        ),
        note="112 also works from mobile phones. healthdirect is being renamed 1800 "
        "MEDICARE; check which number your state's services give.",
    ),
    CountryNumbers(
        country="NZ",
        name="New Zealand",
        emergency="111",
        kind=GENERAL,
        urgent="0800 611 116",
        source=PublicPage(
            title="111 emergency service",
            publisher="New Zealand Government (govt.nz)",
            url="https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/"
            "111-emergency-service/",
        ),
        urgent_source=PublicPage(
            title="Common questions about Healthline",
            publisher="Ministry of Health, New Zealand",
            url="https://www.health.govt.nz/your-health/services-and-support/"
            "health-care-services/healthline/common-questions-about-healthline",
        ),
    ),
    CountryNumbers(
        country="IN",
        name="India",
        emergency="112",
        kind=GENERAL,
        urgent=None,
        source=PublicPage(
            title="Emergency Response Support System (ERSS): 112 India",
            publisher="Ministry of Home Affairs, Government of India",
            url="https://112.gov.in/",
        ),
        note="112 is the national number for police, fire and health services. Many "
        "states also run 108 (or 102) for an ambulance; set emergency_number if your "
        "state's 112 does not send ambulances.",
    ),
    # Where Spanish is widely spoken.
    _eu("ES", "Spain", note="Some regions also have 061 for health emergencies."),
    CountryNumbers(
        country="MX",
        name="Mexico",
        emergency="911",
        kind=GENERAL,
        urgent=None,
        source=PublicPage(
            title="Conferencia de prensa del Secretario Ejecutivo del Sistema Nacional de "
            "Seguridad Pública (9-1-1, número único de emergencias)",
            publisher="Secretaría de Gobernación, Gobierno de México",
            url="https://www.gob.mx/segob/prensa/conferencia-de-prensa-del-secretario-"
            "ejecutivo-del-sistema-nacional-de-seguridad-publica-alvaro-vizcaino-zamora",
        ),
    ),
    CountryNumbers(
        country="AR",
        name="Argentina",
        emergency="107",
        kind=AMBULANCE,
        urgent=None,
        source=PublicPage(
            title="SAME: Sistema de Atención Médica de Emergencias (107)",
            publisher="Gobierno de la Ciudad de Buenos Aires",
            url="https://buenosaires.gob.ar/salud/same",
        ),
        note="107 is the medical emergency (ambulance) number in Buenos Aires City and "
        "many provinces. 911 is the police and general number in many provinces, and in "
        "Buenos Aires Province it also sends ambulances: set emergency_number if 911 is "
        "the number your patients should call.",
    ),
    CountryNumbers(
        country="CO",
        name="Colombia",
        emergency="123",
        kind=GENERAL,
        urgent=None,
        source=PublicPage(
            title="Línea 123: línea única de emergencias nacional",
            publisher="Departamento Administrativo de la Función Pública, Gobierno de Colombia",
            url="https://www.funcionpublica.gov.co/",
        ),
        note="Some cities also have 125 for an ambulance.",
    ),
    CountryNumbers(
        country="CL",
        name="Chile",
        emergency="131",
        kind=AMBULANCE,
        urgent="600 360 7777",
        source=PublicPage(
            title="SAMU 131: Servicio de Atención Médica de Urgencia",
            publisher="Ministerio de Salud de Chile (MINSAL)",
            url="https://www.minsal.cl/",
        ),
        urgent_source=PublicPage(
            title="Salud Responde (600 360 7777)",
            publisher="Ministerio de Salud de Chile (MINSAL)",
            url="https://saludresponde.minsal.cl/",
        ),
        note="Chile has no single general number: 131 ambulance, 132 fire, 133 police.",
    ),
    # Where German is widely spoken.
    CountryNumbers(
        country="DE",
        name="Germany",
        emergency="112",
        kind=AMBULANCE,
        urgent="116117",
        source=DE_112_116117,
        urgent_source=DE_112_116117,
        note="112 reaches the ambulance and fire service (police: 110). 116117 is the "
        "on-call doctors' service for urgent problems that are not emergencies.",
    ),
    CountryNumbers(
        country="AT",
        name="Austria",
        emergency="144",
        kind=AMBULANCE,
        urgent="1450",
        source=PublicPage(
            title="Notrufnummern",
            publisher="RTR (Rundfunk und Telekom Regulierungs-GmbH)",
            url="https://www.rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/"
            "information/informationen_fuer_konsumenten/TKKS_Notrufe.de.html",
        ),
        urgent_source=PublicPage(
            title="Gesundheitsberatung 1450",
            publisher="Öffentliches Gesundheitsportal Österreichs (gesundheit.gv.at)",
            url="https://www.gesundheit.gv.at/news/aktuelles/aktuell-2023/gesundheitshotline.html",
        ),
        note="112 works too, but in Austria it reaches the police, who pass the call on.",
    ),
    CountryNumbers(
        country="CH",
        name="Switzerland",
        emergency="144",
        kind=AMBULANCE,
        urgent=None,
        source=PublicPage(
            title="Road accident: what should I do? (emergency numbers)",
            publisher="ch.ch, the Swiss authorities online",
            url="https://www.ch.ch/en/road-accident-what-should-i-do",
        ),
        note="112 works too, but in Switzerland it reaches the police emergency centre.",
    ),
    # The other countries of the European Union: 112 everywhere.
    _eu("BE", "Belgium"),
    _eu("BG", "Bulgaria"),
    _eu("HR", "Croatia"),
    _eu("CY", "Cyprus"),
    _eu("CZ", "Czechia"),
    _eu("DK", "Denmark", note="The Capital Region also has 1813 for urgent advice."),
    _eu("EE", "Estonia"),
    _eu("FI", "Finland", note="Many areas also have 116117 for urgent medical advice."),
    _eu("FR", "France", note="15 (SAMU) is the medical emergency number; 112 works too."),
    _eu("GR", "Greece"),
    _eu("HU", "Hungary"),
    _eu("IT", "Italy", note="118 is the medical emergency number in some regions."),
    _eu("LV", "Latvia"),
    _eu("LT", "Lithuania"),
    _eu("LU", "Luxembourg"),
    _eu("MT", "Malta"),
    _eu("NL", "Netherlands"),
    _eu("PL", "Poland"),
    _eu("PT", "Portugal"),
    _eu("RO", "Romania"),
    _eu("SK", "Slovakia"),
    _eu("SI", "Slovenia"),
    CountryNumbers(
        country="SE",
        name="Sweden",
        emergency="112",
        kind=GENERAL,
        urgent="1177",
        source=EC_112,
        urgent_source=PublicPage(
            title="Health care advice over the phone",
            publisher="Government Offices of Sweden",
            url="https://www.government.se/government-of-sweden/ministry-for-foreign-affairs/"
            "diplomatic-portal/diplomatic-guide/16.-health-care/16.7-health-care-advice-over-the-phone",
        ),
    ),
)
"""Every country BackInfo knows the numbers of, grouped by language as the issue asked."""

NUMBERS_BY_COUNTRY: Mapping[str, CountryNumbers] = MappingProxyType(
    {numbers.country: numbers for numbers in COUNTRIES}
)

DEPRECATED_CODES: Mapping[str, CountryNumbers] = MappingProxyType(
    {
        "EU": _eu("EU", "European Union (deprecated pseudo-country)"),
        "UK": NUMBERS_BY_COUNTRY["GB"],
    }
)
"""Codes that are not ISO country codes but that clinic files use, and the numbers they
still give. "EU" was the old pseudo-country: it keeps 112 (right in every EU country)
and no urgent line. The settings check warns about both (`DEPRECATED_CODE_ADVICE`)."""

DEPRECATED_CODE_ADVICE: Mapping[str, str] = MappingProxyType(
    {
        "EU": "'EU' is not a country code and is deprecated: it still gives 112, which "
        "works in every EU country, but no urgent advice line. Use your country's "
        "two-letter code instead (for example DE, FR or IE) to get its numbers.",
        "UK": "'UK' is not the ISO code for the United Kingdom: use 'GB'. Until then it "
        "gives the GB numbers (999 and 111).",
    }
)


def numbers_for(country: str | None) -> CountryNumbers | None:
    """The numbers for this country code, or None if the code is missing or unknown."""
    if country is None:
        return None
    return NUMBERS_BY_COUNTRY.get(country) or DEPRECATED_CODES.get(country)
