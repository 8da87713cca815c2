"""The Kubernetes manifests in deploy/kubernetes/: valid against the Kubernetes schemas
(bundled in kubernetes-validate, so no network), and wired together as docs/deploy.md says:
probes on Streamlit's health check, sticky sessions, WebSocket timeouts, an autoscaler."""

from pathlib import Path

import kubernetes_validate
import pytest
import yaml

MANIFESTS = Path(__file__).resolve().parents[1] / "deploy" / "kubernetes"
KUBERNETES_VERSIONS = ["1.30.0", "1.37.0"]
"""The oldest release a clinic may still run, and the newest the schemas know."""
HEALTH = "/_stcore/health"


def documents() -> list[dict]:
    return [
        document
        for path in sorted(MANIFESTS.glob("*.yaml"))
        for document in yaml.safe_load_all(path.read_text())
        if document
    ]


def one(kind: str) -> dict:
    (found,) = [document for document in documents() if document["kind"] == kind]
    return found


def container() -> dict:
    (found,) = one("Deployment")["spec"]["template"]["spec"]["containers"]
    return found


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_every_manifest_is_valid_against_the_kubernetes_schema(version):
    # strict: a misspelt field is an error, not silently ignored by the cluster
    for document in documents():
        kubernetes_validate.validate(document, desired_version=version, strict=True)


def test_the_manifests_hold_every_object_the_deployment_needs():
    kinds = sorted(document["kind"] for document in documents())
    assert kinds == [
        "ConfigMap",
        "Deployment",
        "HorizontalPodAutoscaler",
        "Ingress",
        "PodDisruptionBudget",
        "Service",
    ]


def test_readiness_liveness_and_startup_probes_ask_streamlits_health_check():
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        assert container()[probe]["httpGet"] == {"path": HEALTH, "port": "http"}


def test_the_container_asks_for_cpu_and_memory_and_has_a_memory_limit():
    resources = container()["resources"]
    assert {"cpu", "memory"} <= resources["requests"].keys()
    assert "memory" in resources["limits"]


def test_the_service_selects_the_pods_and_the_ingress_reaches_the_service():
    pod_labels = one("Deployment")["spec"]["template"]["metadata"]["labels"]
    service = one("Service")
    assert service["spec"]["selector"].items() <= pod_labels.items()
    assert "sessionAffinity" not in service["spec"]  # the Ingress's cookie does it
    port_names = {port["name"] for port in container()["ports"]}
    assert {port["targetPort"] for port in service["spec"]["ports"]} <= port_names
    (rule,) = one("Ingress")["spec"]["rules"]
    (path,) = rule["http"]["paths"]
    backend = path["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"]
    assert backend["port"]["name"] in {port["name"] for port in service["spec"]["ports"]}


def test_the_ingress_keeps_each_browser_on_one_pod_with_a_cookie():
    annotations = one("Ingress")["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert annotations["nginx.ingress.kubernetes.io/affinity-mode"] == "persistent"


def test_the_ingress_keeps_an_idle_websocket_open_for_an_hour():
    annotations = one("Ingress")["metadata"]["annotations"]
    for timeout in ("proxy-read-timeout", "proxy-send-timeout"):
        assert int(annotations[f"nginx.ingress.kubernetes.io/{timeout}"]) >= 3600


def test_the_autoscaler_scales_the_deployment_and_never_below_two_pods():
    autoscaler = one("HorizontalPodAutoscaler")["spec"]
    deployment = one("Deployment")
    assert autoscaler["scaleTargetRef"] == {
        "apiVersion": deployment["apiVersion"],
        "kind": "Deployment",
        "name": deployment["metadata"]["name"],
    }
    assert 2 <= autoscaler["minReplicas"] <= autoscaler["maxReplicas"]
    # utilisation is measured against the CPU request, so the pod must have one
    assert "cpu" in container()["resources"]["requests"]
