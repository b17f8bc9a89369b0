"""deploy/compose.yaml and deploy/pixel.env.example: valid against the Compose Specification's JSON schema (the
copy check-jsonschema vendors), and in agreement with the code: port, probe, settings names, state dir, image
user, a read-only root with every written path on a volume. When `docker compose` or `podman-compose` is
installed, its own `config` must accept the file too (skipped otherwise)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from importlib import resources

import pytest
import yaml

from pixel_model.api.gateway import PROBES
from tests.deploy.facts import (
    DEPLOY,
    OTHER_ENV,
    PIXEL_NAME,
    bentoml_system_routes,
    git_ignored,
    image_user,
    parse_env_file,
    pixel_names_in,
    served_port,
    setting_env_names,
    settings_from_env,
    state_dir,
)

COMPOSE = DEPLOY / "compose.yaml"
EXAMPLE = DEPLOY / "pixel.env.example"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def pixel(compose) -> dict:
    return compose["services"]["pixel"]


def env_of(service: dict) -> dict[str, str]:
    """What the container gets: its env files (the committed example stands for pixel.env), then `environment`."""
    env = {}
    for f in service.get("env_file", []):
        path = f if isinstance(f, str) else f["path"]
        assert path == "pixel.env", "the env file is deploy/pixel.env (from pixel.env.example)"
        env.update(parse_env_file(EXAMPLE))
    env.update({k: str(v) for k, v in (service.get("environment") or {}).items()})
    return env


def test_valid_compose_spec(compose):
    jsonschema = pytest.importorskip("jsonschema", reason="pip install -r requirements-dev.txt")
    pytest.importorskip("check_jsonschema", reason="pip install -r requirements-dev.txt (its compose-spec schema)")
    schema = json.loads(
        resources.files("check_jsonschema.builtin_schemas.vendor").joinpath("compose-spec.json").read_text()
    )
    errors = sorted(jsonschema.validators.validator_for(schema)(schema).iter_errors(compose), key=str)
    assert not errors, "\n".join(f"{'.'.join(map(str, e.path))}: {e.message}" for e in errors)


def test_compose_tool_accepts_it(tmp_path):
    """The real parser, when one is installed (it interpolates and normalises; the schema above does not)."""
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        cmd = ["docker", "compose", "-f", "compose.yaml", "--profile", "redis", "config", "-q"]
    elif shutil.which("podman-compose"):
        cmd = ["podman-compose", "-f", "compose.yaml", "--profile", "redis", "config"]
    else:
        pytest.skip("neither `docker compose` nor podman-compose is installed (pip install podman-compose==1.6.0)")
    shutil.copy(COMPOSE, tmp_path / "compose.yaml")
    shutil.copy(EXAMPLE, tmp_path / "pixel.env")
    r = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_port_bound_to_loopback_on_the_served_port(pixel):
    (mapping,) = pixel["ports"]
    host_ip, host_port, container_port = str(mapping).split(":")
    assert host_ip == "127.0.0.1", "compose publishes on loopback only (a TLS proxy in front for anything else)"
    assert int(container_port) == served_port()
    assert not {"PORT", "BENTOML_PORT"} & set(env_of(pixel)), "the image's entrypoint would move the server"


def test_healthcheck_is_the_readiness_probe_in_python(pixel):
    test = pixel["healthcheck"]["test"]
    assert test[0] == "CMD" and test[1] == "python", "the image has python, not curl"
    (url,) = re.findall(r"https?://[^'\"]+", " ".join(test))
    m = re.fullmatch(r"http://127\.0\.0\.1:(\d+)(/\S*)", url)
    assert m and int(m.group(1)) == served_port()
    assert m.group(2) == "/readyz" and "/readyz" in PROBES and "/readyz" in bentoml_system_routes()
    code = test[3]
    compile(code, "healthcheck", "exec")  # it is valid Python
    assert "sys.exit(" in code, "the exit status is the health"
    assert pixel["healthcheck"]["start_period"], "the model load (tens of seconds) must not count as failures"


def test_runs_as_the_image_user_read_only(pixel):
    _, uid, home = image_user()
    assert pixel["user"] == f"{uid}:{uid}" and uid != 0
    assert pixel["read_only"] is True
    assert pixel["cap_drop"] == ["ALL"] and "no-new-privileges:true" in pixel["security_opt"]
    assert pixel["restart"] in ("unless-stopped", "always", "on-failure")
    tmpfs = [t.split(":")[0] for t in pixel["tmpfs"]]
    mounts = [v.split(":")[1] for v in pixel["volumes"]] + tmpfs
    env = env_of(pixel)
    assert "/tmp" in tmpfs
    for path in (state_dir(), env["BENTOML_HOME"]):
        assert any(path == m or path.startswith(m.rstrip("/") + "/") for m in mounts), f"{path} would be read-only"
    assert not env["BENTOML_HOME"].startswith(home.rstrip("/") + "/bento")


def test_state_volume_is_the_state_dir_and_owned_by_the_user(compose, pixel):
    env = env_of(pixel)
    assert env["PIXEL_STATE_DIR"] == state_dir(), "PIXEL_STATE_DIR differs from bentofile.yaml's"
    (volume,) = pixel["volumes"]
    name, target = volume.split(":")[:2]
    assert target == state_dir() and name in compose["volumes"], "a named volume holds the state"
    init = compose["services"]["state-init"]
    assert pixel["depends_on"]["state-init"]["condition"] == "service_completed_successfully"
    assert init["volumes"] == [volume]
    _, uid, _ = image_user()
    script = init["entrypoint"][-1]
    assert f"chown {uid}:{uid} {state_dir()}" in script and f"chmod 0700 {state_dir()}" in script
    assert init["image"] == pixel["image"] and init["network_mode"] == "none" and init["restart"] == "no"


def test_every_env_name_is_a_setting(pixel, monkeypatch):
    env = env_of(pixel)
    unknown = {n for n in env if n.startswith("PIXEL_")} - setting_env_names()
    assert not unknown, f"not fields of pixel_model.settings.Settings (silently ignored): {sorted(unknown)}"
    assert not {n for n in env if not n.startswith("PIXEL_")} - set(OTHER_ENV)
    for path in (COMPOSE, EXAMPLE):  # commented examples included
        unknown = pixel_names_in(path.read_text()) - setting_env_names()
        assert not unknown, f"{path.name} names {sorted(unknown)}: not settings"
    s = settings_from_env(monkeypatch, {k: v for k, v in env.items() if k.startswith("PIXEL_")})  # values validate
    assert str(s.state_dir) == state_dir() and s.device in ("auto", "cpu", "cuda")
    assert not s.auth_disabled


def test_no_secret_is_committed():
    values = parse_env_file(EXAMPLE)
    assert values["PIXEL_API_KEYS"] == "" and values["PIXEL_AUDIT_SECRET"] == ""
    if git_ignored(DEPLOY / "pixel.env") is None:
        pytest.skip("not a git checkout: cannot check that pixel.env is ignored")
    assert git_ignored(DEPLOY / "pixel.env"), "deploy/pixel.env (real keys) must be git-ignored"


def test_redis_is_optional_and_matches_the_example_urls(compose):
    redis = compose["services"]["redis"]
    assert redis["profiles"] == ["redis"], "Redis only with --profile redis"
    assert "ports" not in redis, "Redis is reachable from the compose network only"
    commented = [line.lstrip("# ") for line in EXAMPLE.read_text().splitlines() if "REDIS_URL" in line]
    assert commented
    for line in commented:
        name, _, url = line.partition("=")
        assert PIXEL_NAME.fullmatch(name) and re.fullmatch(r"redis://redis:6379/\d+", url), line
    # that the image can use them: test_deploy_kubernetes.py::test_redis_settings_reach_the_image
