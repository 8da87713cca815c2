"""A clinic's own settings: name, phone numbers, branding and which pages to show.

Read from the TOML file named by the environment variable BACKINFO_CLINIC_CONFIG
(`ENV_VAR`). A missing variable gives BackInfo's own defaults, the UK's numbers; a broken
or invalid file gives the same defaults plus one clear problem message, so the app (and
its emergency route) runs on.

Emergency and advice numbers come from `backinfo.emergency_numbers` by the file's
`country`. A missing or unknown country is not an error (the file is still used): every
page shows 112 with a line saying what 112 is, and the check names the country.

Check a file from the command line: python -m backinfo.clinic check FILE
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from backinfo import emergency_numbers, i18n
from backinfo.emergency_numbers import FALLBACK, CountryNumbers

ENV_VAR = "BACKINFO_CLINIC_CONFIG"
OptionalPage = Literal["treatments", "chiropractor", "living"]
"""The pages a clinic may hide; the others (the emergency route among them) always show."""
# How each kind of logo file begins: a file that does not is refused before it can break
# the page (Streamlit rejects an image it cannot read with an error).
LOGO_SIGNATURES: Mapping[str, tuple[bytes, ...]] = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".webp": (b"RIFF",),
    ".svg": (b"<svg", b"<?xml"),
}
MAX_FILE_BYTES = 64_000
MAX_LOGO_BYTES = 1_000_000

_PHONE = r"^[0-9+() \-]{2,25}$"


class ClinicSettings(BaseModel):
    """The validated settings; every text is shown as plain text, never as markup."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(default=None, min_length=1, max_length=120)
    phone: str | None = Field(default=None, pattern=_PHONE)
    address: str | None = Field(default=None, min_length=1, max_length=300)
    opening_hours: str | None = Field(default=None, min_length=1, max_length=300)
    website: str | None = Field(default=None, pattern=r"^https?://[^\s<>\"']{1,200}$")
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    emergency_number: str | None = Field(default=None, pattern=r"^[0-9]{2,6}$")
    urgent_number: str | None = Field(default=None, pattern=_PHONE)
    logo: Path | None = None
    accent_colour: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    hidden_pages: tuple[OptionalPage, ...] = ()
    # Where the About page tells people to report a mistake in this clinic's copy.
    mistake_contact: str | None = Field(default=None, min_length=1, max_length=200)
    # The languages offered (in the menu's order), and the one for a browser that asks
    # for none of them.
    languages: tuple[str, ...] = Field(default=tuple(i18n.LANGUAGE_NAMES), min_length=1)
    default_language: str = i18n.SOURCE_LANGUAGE

    @field_validator("languages")
    @classmethod
    def _languages_known_once(cls, languages: tuple[str, ...]) -> tuple[str, ...]:
        for code in languages:
            if code not in i18n.LANGUAGE_NAMES:
                raise ValueError(f"{code!r} is not one of BackInfo's languages "
                                 f"({', '.join(i18n.LANGUAGE_NAMES)})")
        if len(set(languages)) < len(languages):
            raise ValueError("a language is named twice")
        return languages

    @model_validator(mode="after")
    def _default_is_offered(self) -> ClinicSettings:
        if self.default_language not in self.languages:
            raise ValueError(f"default_language {self.default_language!r} is not in "
                             f"languages ({', '.join(self.languages)})")
        return self

    @field_validator("country", mode="before")
    @classmethod
    def _country_in_capitals(cls, country: object) -> object:
        return country.strip().upper() if isinstance(country, str) else country

    @field_validator("logo")
    @classmethod
    def _logo_is_a_local_image(cls, logo: Path | None) -> Path | None:
        if logo is None:
            return None
        signatures = LOGO_SIGNATURES.get(logo.suffix.lower())
        if signatures is None:
            raise ValueError(f"the logo must be one of {', '.join(LOGO_SIGNATURES)}")
        if not logo.is_file():
            raise ValueError(f"no logo file at {logo}")
        if logo.stat().st_size > MAX_LOGO_BYTES:
            raise ValueError(f"the logo {logo} is larger than {MAX_LOGO_BYTES} bytes")
        with logo.open("rb") as image:
            start = image.read(512).lstrip()
        if not start.startswith(signatures):
            raise ValueError(f"{logo} is not a {logo.suffix.lower()[1:].upper()} image")
        return logo

    @property
    def country_numbers(self) -> CountryNumbers | None:
        """The numbers of the clinic's country, or None if it is missing or unknown."""
        return emergency_numbers.numbers_for(self.country)

    @property
    def emergency(self) -> str:
        """The number to call in an emergency: the set number, the country's, or 112."""
        numbers = self.country_numbers
        return self.emergency_number or (numbers.emergency if numbers else FALLBACK.number)

    @property
    def emergency_note(self) -> str | None:
        """The line shown beside 112 when it stands in for an unknown country's number."""
        if self.emergency_number or self.country_numbers:
            return None
        return FALLBACK.line

    @property
    def urgent(self) -> str:
        """Who to call for same-day advice: the set number, the country's, or the clinic."""
        numbers = self.country_numbers
        country_urgent = numbers.urgent if numbers else None
        return self.urgent_number or country_urgent or self.phone or FALLBACK.urgent

    def warnings(self) -> tuple[str, ...]:
        """What a clinic should fix although the settings work: a missing, unknown or
        deprecated country."""
        if self.country in emergency_numbers.DEPRECATED_CODE_ADVICE:
            return (f"country: {emergency_numbers.DEPRECATED_CODE_ADVICE[self.country]}",)
        if self.emergency_number or self.country_numbers:
            return ()
        known = ", ".join(sorted(emergency_numbers.NUMBERS_BY_COUNTRY))
        what = (
            "no country is set"
            if self.country is None
            else f"the country {self.country!r} is not in BackInfo's table of emergency numbers"
        )
        return (
            f"country: {what}, so every page shows {FALLBACK.number}, the international "
            "emergency number for mobile phones. Set country to one of "
            f"{known}; or set emergency_number (and urgent_number) to the local numbers.",
        )

    def contact_lines(self) -> tuple[str, ...]:
        """The clinic's details as plain lines, for the summary and the pages."""
        values = (self.name, self.address, self.phone, self.opening_hours, self.website)
        return tuple(value for value in values if value)


DEFAULT = ClinicSettings(country="GB")  # no settings file: BackInfo's own UK numbers


@dataclass(frozen=True)
class Loaded:
    """The settings in force, and the problem with the file if it could not be used."""

    settings: ClinicSettings
    problem: str | None = None


def load(path: str | os.PathLike[str] | None) -> Loaded:
    """Read and check a settings file; never raises: problems come back as a message."""
    if not path:
        return Loaded(DEFAULT)
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            return Loaded(DEFAULT, f"{file}: the file is larger than {MAX_FILE_BYTES} bytes")
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        base = file.parent
        if isinstance(data.get("logo"), str):
            data["logo"] = str(base / data["logo"])
        return Loaded(ClinicSettings.model_validate(data))
    except OSError as error:
        return Loaded(DEFAULT, f"{file}: cannot read the file ({error.strerror or error})")
    except UnicodeDecodeError:
        return Loaded(DEFAULT, f"{file}: the file is not UTF-8 text")
    except tomllib.TOMLDecodeError as error:
        return Loaded(DEFAULT, f"{file}: not valid TOML ({error})")
    except ValidationError as error:
        return Loaded(DEFAULT, f"{file}: {_describe(error)}")


def _describe(error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "file"
        message = "unknown setting" if item["type"] == "extra_forbidden" else item["msg"]
        message = message.removeprefix("Value error, ")
        problems.append(f"{where}: {message}")
    return "; ".join(problems)


def main(argv: list[str]) -> int:
    """`check FILE`: print whether the file is valid and the numbers it gives; warnings
    (a missing, unknown or deprecated country) go to stderr and do not fail the check.
    Exit 1 if the file cannot be used, 2 on bad usage."""
    if len(argv) != 2 or argv[0] != "check":
        print("usage: python -m backinfo.clinic check FILE", file=sys.stderr)
        return 2
    loaded = load(argv[1])
    if loaded.problem:
        print(f"invalid clinic settings: {loaded.problem}", file=sys.stderr)
        return 1
    settings = loaded.settings
    print(f"ok: {argv[1]}")
    for line in _numbers_report(settings):
        print(line)
    for warning in settings.warnings():
        print(f"warning: {argv[1]}: {warning}", file=sys.stderr)
    return 0


def _numbers_report(settings: ClinicSettings) -> list[str]:
    """The numbers every page will show, and where each comes from."""
    numbers = settings.country_numbers
    if settings.emergency_number:
        emergency = f"{settings.emergency} (set by emergency_number)"
    elif numbers:
        emergency = (
            f"{numbers.emergency} ({numbers.kind}, {numbers.name}; source: "
            f"{numbers.source.publisher}, {numbers.source.url})"
        )
    else:
        emergency = f"{FALLBACK.number} (fallback: the country is missing or unknown)"
    urgent = settings.urgent
    if numbers and numbers.urgent_source and not settings.urgent_number:
        source = numbers.urgent_source
        urgent = f"{urgent} (source: {source.publisher}, {source.url})"
    lines = [f"emergency number: {emergency}", f"urgent advice: {urgent}"]
    if numbers and numbers.note and not settings.emergency_number:
        lines.append(f"note: {numbers.note}")
    return lines


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
