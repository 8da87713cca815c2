"""Two replicas behind Debian's nginx on loopback, with deploy/nginx.conf.example.

A browser session goes through nginx: its page, its WebSocket and its reload all reach one
replica (sticky sessions), while new browsers spread over both. If that replica dies, the
browser reconnects to the other, and the symptom checker's address (its step and every
answer) brings the session back where it was. Without nginx the tests skip, except under
`CI`, where they fail.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import urllib.request
from collections import Counter
from collections.abc import Iterator

import pytest
from browser_app import APP_READY_MS, ARTIFACTS, ROOT, RUN_FINISHED, app_page, wait_for_app
from playwright.sync_api import expect

from backinfo import clinic, triage, ui_text
from backinfo.triage import Urgency
from backinfo.triage_questions import GROUPS
from deploy.run_replicas import NGINX, ROUTE_COOKIE, Cluster, replicas

CHECKER = ui_text.PAGE_BY_ID["symptom_checker"].url_path
EXAMPLE_CLINIC = ROOT / "examples" / "clinic.toml"
ANSWERS = ui_text.ANSWERS
GROUP_TITLE = {group.id: group.title for group in GROUPS}
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
        # Not sure about an emergency sign: get checked today (the checker's first step).
        saddle = app.widget("saddle_numbness")
        not_sure = saddle.get_by_role("radio", name=ANSWERS.not_sure, exact=True)
        label = saddle.locator('[data-testid="stRadioOption"]', has_text=ANSWERS.not_sure)
        app.rerun_after(lambda: label.click())

        alerts = app.page.locator('[data-testid="stAlert"]', has_text=urgent.title)
        expect(not_sure).to_be_checked()
        expect(alerts.first).to_be_visible()
        assert "saddle_numbness=not_sure" in app.page.url
        expect(app.page.get_by_text(clinic_name, exact=True)).to_be_visible()

        app.page.reload()
        wait_for_app(app.page)
        expect(not_sure).to_be_checked()
        expect(alerts.first).to_be_visible()
        assert app.page.locator('[data-testid="stException"]').count() == 0
        assert app.log.page_errors == []
        route = {c["name"]: c["value"] for c in app.page.context.cookies()}[ROUTE_COOKIE]

    session = [(request, up) for request, r, up in cluster.upstreams_in_log() if r == route]
    assert any(request.startswith("GET /_stcore/stream") for request, _ in session)
    assert len({up for _, up in session}) == 1, session
    assert "saddle_numbness" not in cluster.access_log.read_text()  # answers stay out of it
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


@pytest.fixture
def two_replicas() -> Iterator[Cluster]:
    """A cluster of its own (no clinic settings), for a test that kills one of its replicas."""
    if not NGINX.exists():
        reason = f"{NGINX} not found: apt-get install -y nginx"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set, so the replica tests must run)")
        pytest.skip(reason)
    with replicas(2, keep=ARTIFACTS / "replicas-failover") as running:
        yield running


def kill_replica(address: str) -> None:
    """Kill (SIGKILL: no goodbye to the browser) the replica listening on host:port, one
    of the processes this test's cluster started."""
    port = address.rsplit(":", 1)[1]
    listing = subprocess.run(
        ["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True, check=True
    ).stdout
    (pid,) = {int(pid) for pid in re.findall(r"pid=(\d+)", listing)}
    os.kill(pid, signal.SIGKILL)


def test_the_symptom_checker_survives_losing_its_replica_mid_way_with_step_and_answers(
    browser, two_replicas: Cluster
) -> None:
    text = ui_text.CHECKER
    pain_step = GROUP_TITLE["pain"]
    with app_page(browser, two_replicas.url) as app:
        app.open()
        app.open(CHECKER)

        def pick(question_id: str, label: str) -> None:
            option = app.widget(question_id).locator('[data-testid="stRadioOption"]')
            app.rerun_after(lambda: option.filter(has_text=re.compile(f"^{label}$")).click())

        def press(label: str) -> None:
            app.rerun_after(lambda: app.page.get_by_role("button", name=label).click())

        for question in GROUPS[0].questions:
            pick(question.id, ANSWERS.not_sure if question.id == "saddle_numbness" else ANSWERS.no)
        press(text.next)
        pick("fever", ANSWERS.no)
        press(text.next)
        severity = app.widget("pain_severity").locator("input")
        severity.fill("6")
        app.rerun_after(lambda: severity.press("Enter"))
        before = app.page.url
        assert "step=pain" in before and "saddle_numbness=not_sure" in before

        route = {c["name"]: c["value"] for c in app.page.context.cookies()}[ROUTE_COOKIE]
        serving = {up for _, r, up in two_replicas.upstreams_in_log() if r == route}
        (address,) = serving
        seen = app.page.evaluate("window.__finished.length")
        kill_replica(address)
        app.page.wait_for_function(RUN_FINISHED, arg=seen, timeout=APP_READY_MS)
        wait_for_app(app.page)

        # Reconnected to the other replica: the same step, answers and address.
        now = {up for _, r, up in two_replicas.upstreams_in_log() if r == route}
        assert now - serving, "the session did not move to the other replica"
        assert app.page.url == before
        expect(app.page.get_by_role("heading", name=pain_step)).to_be_visible()
        expect(severity).to_have_value("6")
        press(text.next)
        press(text.next)
        result = app.page.get_by_role("heading", name=text.result_heading)
        advice = result.locator('xpath=following::*[@data-testid="stAlert"][1]')
        expect(advice).to_contain_text(triage.advice_for(Urgency.URGENT).title)
        press(text.change_answers)
        not_sure = app.widget("saddle_numbness").get_by_role(
            "radio", name=ANSWERS.not_sure, exact=True
        )
        expect(not_sure).to_be_checked()
        chest_no = app.widget("chest_pain").get_by_role("radio", name=ANSWERS.no, exact=True)
        expect(chest_no).to_be_checked()
        assert app.page.locator('[data-testid="stException"]').count() == 0
        assert app.log.page_errors == []
        assert app.log.foreign_requests == []
