"""Start `streamlit run` on a free loopback port, wait for its health check, read its memory."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_SECONDS = 60


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def streamlit_server(script: Path, log_path: Path) -> Iterator[Server]:
    """Serve `script` from the project root until the block ends; fail if it never gets healthy."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        f"--server.port={port}",
        "--server.headless=true",
        "--browser.gatherUsageStats=false",
        "--server.address=127.0.0.1",
    ]
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_SECONDS
        try:
            while not _healthy(f"{url}/_stcore/health"):
                if process.poll() is not None:
                    raise RuntimeError(f"{script.name} exited early; see {log_path}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{script.name} not healthy in {START_SECONDS}s")
                time.sleep(0.1)
            yield Server(url, process.pid)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
