"""What a language costs: each page's rerun under AppTest in English, Spanish and German,
as ratios to a blank Streamlit page measured in the same run.

    python bench/languages.py [--runs N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

import script_time  # noqa: E402

from backinfo.i18n import LANGUAGE_NAMES  # noqa: E402
from backinfo.ui_text import PAGES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="reruns per page and language")
    runs = parser.parse_args().runs
    blank = script_time.rerun_ms(None, runs)
    print(f"blank page: {blank:.1f} ms per rerun (median of {runs})")
    print("| page | " + " | ".join(f"{lang} (x blank)" for lang in LANGUAGE_NAMES) + " |")
    print("|---|" + "---|" * len(LANGUAGE_NAMES))
    for page in PAGES:
        times = [script_time.rerun_ms(page.id, runs, lang) for lang in LANGUAGE_NAMES]
        print(f"| {page.id} | " + " | ".join(f"{ms / blank:.2f}" for ms in times) + " |")


if __name__ == "__main__":
    main()
