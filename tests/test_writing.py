"""Facts come from the seed article; its sentences may not."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COPYCHECK = ROOT.parent / "shared" / "hooks" / "copycheck.py"


@pytest.mark.skipif(not COPYCHECK.exists(), reason="../shared is not beside the repository")
def test_no_passage_is_copied_from_the_seed_article():
    result = subprocess.run(
        [sys.executable, str(COPYCHECK), str(ROOT)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
