"""Run BackInfo's processes on loopback: free ports, a Streamlit server, health checks.

One way to start the app for the browser tests (tests/e2e), the benchmarks (bench/) and
the replica runner (deploy/run_replicas.py).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_SECONDS = 60
STOP_SECONDS = 10

def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def streamlit_command(script: str | Path, port: int) -> list[str]:
    """`streamlit run` on loopback, headless, with usage statistics off."""
    return [
        sys.executable, "-m", "streamlit", "run", str(script),
        f"--server.port={port}",
        "--server.headless=true",
        "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false",
    ]  # fmt: skip


@contextmanager
def process(
    args: list[str], log: Path, env: Mapping[str, str] | None = None
) -> Iterator[subprocess.Popen]:
    """A child process run from the project root, writing to `log`; stopped on exit."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as out:
        child = subprocess.Popen(
            args, cwd=ROOT, env=dict(env) if env else None, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            yield child
        finally:
            child.terminate()
            try:
                child.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def wait_until_healthy(url: str, child: subprocess.Popen, log: Path) -> None:
    """Poll `url`/_stcore/health until it answers 200; raise if the child dies or time runs out."""
    deadline = time.monotonic() + START_SECONDS
    while not _healthy(f"{url}/_stcore/health"):
        if child.poll() is not None:
            raise RuntimeError(f"{child.args[0]} exited with {child.returncode}; see {log}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} not healthy after {START_SECONDS}s; see {log}")
        time.sleep(0.1)  # a poll interval under a deadline, not a wait for readiness


@contextmanager
def streamlit_server(
    script: str | Path, log: Path, env: Mapping[str, str] | None = None
) -> Iterator[tuple[str, subprocess.Popen]]:
    """Serve `script` on a free loopback port until the block ends; yield (base URL, process)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with process(streamlit_command(script, port), log, env) as child:
        wait_until_healthy(url, child, log)
        yield url, child


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False
