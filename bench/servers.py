"""The servers a benchmark measures: a Streamlit script on loopback, and its memory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from devtools.local import ROOT
from devtools.local import streamlit_server as _streamlit_server

__all__ = ["ROOT", "Server", "streamlit_server"]


@dataclass(frozen=True)
class Server:
    """A running Streamlit server: its base URL and process id."""

    url: str
    pid: int

    def rss_kib(self) -> int:
        """Resident memory of the server process, in KiB, from /proc (psutil if present)."""
        try:
            import psutil
        except ImportError:
            status = Path(f"/proc/{self.pid}/status").read_text()
            line = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
            return int(line.split()[1])
        return psutil.Process(self.pid).memory_info().rss // 1024


@contextmanager
def streamlit_server(script: Path, log_path: Path) -> Iterator[Server]:
    """Serve `script` from the project root until the block ends."""
    with _streamlit_server(script, log_path) as (url, child):
        yield Server(url, child.pid)
