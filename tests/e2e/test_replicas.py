"""Two replicas behind Debian's nginx on loopback, with deploy/nginx.conf.example.

A browser session goes through nginx: its page, its WebSocket and its reload all reach one
replica (sticky sessions), while new browsers spread over both. Without nginx the tests
skip, except under `CI`, where they fail.
"""

from __future__ import annotations

import os
import urllib.request
from collections import Counter
from collections.abc import Iterator

import pytest
from browser_app import ARTIFACTS, ROOT, app_page, wait_for_app
from playwright.sync_api import expect

from backinfo import clinic, triage, ui_text
from backinfo.triage import Urgency
from deploy.run_replicas import NGINX, ROUTE_COOKIE, Cluster, replicas

CHECKER = ui_text.PAGE_BY_ID["symptom_checker"].url_path
EXAMPLE_CLINIC = ROOT / "examples" / "clinic.toml"
NEW_BROWSERS = 40  # cookie-less requests: all 40 on one replica by chance is vanishingly rare


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """Two replicas with the example clinic settings, and nginx in front.

    nginx's generated config and the logs are kept in test-artifacts/replicas/.
    """
    if not NGINX.exists():
        reason = f"{NGINX} not found: apt-get install -y nginx"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set, so the replica tests must run)")
        pytest.skip(reason)
    with replicas(2, EXAMPLE_CLINIC, keep=ARTIFACTS / "replicas") as running:
        yield running


def get(url: str, cookie: str | None = None) -> None:
    headers = {"Cookie": f"{ROUTE_COOKIE}={cookie}"} if cookie else {}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=5) as r:
        assert r.status == 200


def test_a_checker_session_through_nginx_stays_on_one_replica_and_survives_a_reload(
    browser, cluster: Cluster
) -> None:
    urgent = triage.advice_for(Urgency.URGENT)
    clinic_name = clinic.load(EXAMPLE_CLINIC).settings.name
    with app_page(browser, cluster.url) as app:
        app.open()  # the root first, as on a fresh server (see conftest.py, app_url)
        app.open(CHECKER)
        fever = app.widget("fever").get_by_role("radio", name=ui_text.ANSWERS.yes, exact=True)
        yes_label = app.widget("fever").locator('[data-testid="stRadioOption"]').first
        app.rerun_after(lambda: yes_label.click())

        alerts = app.page.locator('[data-testid="stAlert"]', has_text=urgent.title)
        expect(fever).to_be_checked()
        expect(alerts.first).to_be_visible()
        assert "fever=" in app.page.url
        expect(app.page.get_by_text(clinic_name, exact=True)).to_be_visible()

        app.page.reload()
        wait_for_app(app.page)
        expect(fever).to_be_checked()
        expect(alerts.first).to_be_visible()
        assert app.page.locator('[data-testid="stException"]').count() == 0
        assert app.log.page_errors == []
        route = {c["name"]: c["value"] for c in app.page.context.cookies()}[ROUTE_COOKIE]

    session = [(request, up) for request, r, up in cluster.upstreams_in_log() if r == route]
    assert any(request.startswith("GET /_stcore/stream") for request, _ in session)
    assert len({up for _, up in session}) == 1, session
    assert "fever" not in cluster.access_log.read_text()  # answers stay out of the log
    assert app.log.foreign_requests == []


def test_new_browsers_spread_over_both_replicas_and_each_keeps_its_own(cluster: Cluster) -> None:
    for _ in range(NEW_BROWSERS):
        get(f"{cluster.url}/_stcore/health")
    for _ in range(5):
        get(f"{cluster.url}/_stcore/health", cookie="one-browser")

    log = cluster.upstreams_in_log()
    health = [(route, up) for request, route, up in log if "/_stcore/health" in request]
    replicas_used = Counter(up for route, up in health if route != "one-browser")
    assert set(replicas_used) == {url.removeprefix("http://") for url in cluster.replica_urls}
    assert len({up for route, up in health if route == "one-browser"}) == 1
