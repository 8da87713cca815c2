"""A clinic's own settings: name, phone numbers, branding and which pages to show.

Read from the TOML file named by the environment variable BACKINFO_CLINIC_CONFIG.
A missing variable gives neutral defaults; a broken or invalid file gives the same
defaults plus one clear problem message, so the app (and its emergency route) runs on.

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

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

ENV_VAR = "BACKINFO_CLINIC_CONFIG"
OPTIONAL_PAGES = ("treatments", "chiropractor", "living")
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

# Country -> (emergency number, urgent advice number or None). Sources: NHS (999 and 111
# in the UK); 911 in the US and 112 across the EU are the public emergency numbers.
NUMBERS_BY_COUNTRY: Mapping[str, tuple[str, str | None]] = {
    "GB": ("999", "111"),
    "US": ("911", None),
    "EU": ("112", None),
}
FALLBACK_NUMBERS: tuple[str, str | None] = ("112", None)

_PHONE = r"^[0-9+() \-]{2,25}$"


class ClinicSettings(BaseModel):
    """The validated settings; every text is shown as plain text, never as markup."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(default=None, min_length=1, max_length=120)
    phone: str | None = Field(default=None, pattern=_PHONE)
    address: str | None = Field(default=None, min_length=1, max_length=300)
    opening_hours: str | None = Field(default=None, min_length=1, max_length=300)
    website: str | None = Field(default=None, pattern=r"^https?://[^\s<>\"']{1,200}$")
    country: str = Field(default="GB", pattern=r"^[A-Z]{2}$")
    emergency_number: str | None = Field(default=None, pattern=r"^[0-9]{2,6}$")
    urgent_number: str | None = Field(default=None, pattern=_PHONE)
    logo: Path | None = None
    accent_colour: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    hidden_pages: tuple[Literal["treatments", "chiropractor", "living"], ...] = ()

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
    def emergency(self) -> str:
        """The number to call in an emergency."""
        return self.emergency_number or NUMBERS_BY_COUNTRY.get(self.country, FALLBACK_NUMBERS)[0]

    @property
    def urgent(self) -> str:
        """Who to call for same-day advice: the set number, the country's, or the clinic."""
        country_urgent = NUMBERS_BY_COUNTRY.get(self.country, FALLBACK_NUMBERS)[1]
        return self.urgent_number or country_urgent or self.phone or URGENT_FALLBACK

    def contact_lines(self) -> tuple[str, ...]:
        """The clinic's details as plain lines, for the summary and the pages."""
        values = (self.name, self.address, self.phone, self.opening_hours, self.website)
        return tuple(value for value in values if value)


URGENT_FALLBACK = "your doctor"
DEFAULT = ClinicSettings()


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


def load_from_environment(environ: Mapping[str, str] = os.environ) -> Loaded:
    """The settings named by BACKINFO_CLINIC_CONFIG, or the defaults."""
    return load(environ.get(ENV_VAR))


def _describe(error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "file"
        message = "unknown setting" if item["type"] == "extra_forbidden" else item["msg"]
        message = message.removeprefix("Value error, ")
        problems.append(f"{where}: {message}")
    return "; ".join(problems)


def main(argv: list[str]) -> int:
    """`check FILE`: print whether the file is valid; exit 1 if not, 2 on bad usage."""
    if len(argv) != 2 or argv[0] != "check":
        print("usage: python -m backinfo.clinic check FILE", file=sys.stderr)
        return 2
    loaded = load(argv[1])
    if loaded.problem:
        print(f"invalid clinic settings: {loaded.problem}", file=sys.stderr)
        return 1
    print(f"ok: {argv[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
