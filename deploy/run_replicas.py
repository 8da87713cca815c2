"""Run BackInfo as several replicas behind nginx, all on loopback, as a clinic would in production.

Starts `streamlit run app.py` N times (default 2) on free loopback ports and Debian's nginx
(/usr/sbin/nginx; `apt-get install -y nginx`) in front of them, with the configuration of
deploy/nginx.conf.example. Only the replica addresses, the listen line and the file paths
are changed, so what runs here is what the example says. Everything lives in a temporary
folder: the generated nginx.conf, nginx's logs, pid and buffers, and each replica's log.

As a script:   python deploy/run_replicas.py [--replicas N]   (prints the URL; Ctrl-C stops)
As a library:  with replicas() as cluster: ... cluster.url ... cluster.upstreams_in_log()
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

if not __package__:  # run as a script: make the project's packages importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backinfo.clinic import ENV_VAR as CLINIC_ENV_VAR  # noqa: E402
from devtools.local import (  # noqa: E402
    ROOT,
    free_port,
    process,
    streamlit_command,
    wait_until_healthy,
)

EXAMPLE = ROOT / "deploy" / "nginx.conf.example"
NGINX = Path("/usr/sbin/nginx")
ROUTE_COOKIE = "backinfo_route"
LOG_LINE = re.compile(
    r'"(?P<request>[^"]*)" (?P<status>\d+) route=(?P<route>\S*) upstream=(?P<up>\S*)'
)


@dataclass(frozen=True)
class Cluster:
    """A running set: the URL to open, each replica's URL, and the folder with the logs."""

    url: str
    replica_urls: tuple[str, ...]
    folder: Path

    @property
    def access_log(self) -> Path:
        return self.folder / "access.log"

    def upstreams_in_log(self) -> list[tuple[str, str, str]]:
        """(request, route cookie, replica address) for every request nginx has logged."""
        if not self.access_log.exists():
            return []
        lines = self.access_log.read_text().splitlines()
        matches = (LOG_LINE.search(line) for line in lines)
        return [(m["request"], m["route"], m["up"]) for m in matches if m]


def nginx_config(example: str, folder: Path, listen_port: int, replica_ports: list[int]) -> str:
    """The example configuration, pointed at loopback replicas and at files in `folder`.

    Each replacement must match exactly once, so a change to the example that this
    script does not understand stops it instead of running something else.
    """
    servers = "\n".join(
        f"        server 127.0.0.1:{port} max_fails=3 fail_timeout=10s;" for port in replica_ports
    )
    temp_paths = "\n".join(
        f"    {kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    replacements = [
        (r"^worker_processes .*;$", "daemon off;\nworker_processes 1;"),
        (r"^error_log .*;$", f"error_log {folder / 'error.log'} warn;"),
        (r"^pid .*;$", f"pid {folder / 'nginx.pid'};"),
        (r"^    access_log \S+ backinfo;$", f"    access_log {folder / 'access.log'} backinfo;"),
        (r"^http \{$", "http {\n" + temp_paths),
        (r"(?:^        server \S+ max_fails=.*;\n)+", servers + "\n"),
        (r"^        listen \d+;$", f"        listen 127.0.0.1:{listen_port};"),
        (r"^        server_name .*;$", "        server_name 127.0.0.1;"),
    ]
    config = example
    for pattern, new in replacements:
        config, count = re.subn(pattern, lambda _match, new=new: new, config, flags=re.M)
        if count != 1:
            raise ValueError(f"{EXAMPLE.name}: expected one match for {pattern!r}, got {count}")
    return config


@contextmanager
def replicas(
    count: int = 2,
    clinic_config: Path | None = None,
    keep: Path | None = None,
    nginx: Path = NGINX,
) -> Iterator[Cluster]:
    """Start `count` replicas and nginx in front; yield the running set; stop them all.

    `clinic_config` is a clinic settings file for every replica (BACKINFO_CLINIC_CONFIG).
    `keep` names a folder for the config and logs to outlive the run (for CI artifacts);
    by default they go to a temporary folder that is removed afterwards.
    """
    if count < 2:
        raise ValueError("sticky sessions need two or more replicas")
    if not nginx.exists():
        raise FileNotFoundError(f"{nginx} not found: apt-get install -y nginx")
    with ExitStack() as stack:
        if keep is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="backinfo-")))
        else:
            folder = keep
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("*.log"):  # nginx appends; start each run afresh
                old.unlink()
        folder.chmod(0o755)  # nginx workers run as `nobody` when nginx starts as root
        env = dict(os.environ)
        if clinic_config is not None:
            env[CLINIC_ENV_VAR] = str(clinic_config.resolve())
        ports = [free_port() for _ in range(count)]
        urls = tuple(f"http://127.0.0.1:{port}" for port in ports)
        for index, (port, url) in enumerate(zip(ports, urls, strict=True)):
            log = folder / f"replica-{index}.log"
            replica = stack.enter_context(process(streamlit_command("app.py", port), log, env))
            wait_until_healthy(url, replica, log)

        listen = free_port()
        config = folder / "nginx.conf"
        config.write_text(nginx_config(EXAMPLE.read_text(), folder, listen, ports))
        args = [str(nginx), "-p", str(folder), "-c", str(config), "-e", str(folder / "error.log")]
        check = subprocess.run([*args, "-t"], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx rejected {config}:\n{check.stderr}")
        url = f"http://127.0.0.1:{listen}"
        log = folder / "nginx.out"
        wait_until_healthy(url, stack.enter_context(process(args, log)), folder / "error.log")
        yield Cluster(url, urls, folder)


def _stop(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=2, help="how many (2 or more)")
    parser.add_argument("--clinic", type=Path, help="a clinic settings file for every replica")
    parser.add_argument("--keep", type=Path, help="keep the config and logs in this folder")
    options = parser.parse_args(argv)
    for signum in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C, or `kill`: stop everything
        signal.signal(signum, _stop)
    with replicas(options.replicas, options.clinic, options.keep) as cluster:
        print(f"BackInfo: {cluster.url}  (replicas: {', '.join(cluster.replica_urls)})")
        print(f"nginx config and logs: {cluster.folder}   Ctrl-C stops.", flush=True)
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            print("stopping")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main(sys.argv[1:]))
