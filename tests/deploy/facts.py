"""What the deploy files (deploy/kubernetes, deploy/compose.yaml) must agree with, read from the code and the
build files themselves, never restated: the settings' names, the Bento's state dir, the image's user, the port
BentoML serves and the routes it and the app answer. Shared by test_deploy_kubernetes.py and test_deploy_compose.py."""

from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

import yaml

from pixel_model.settings import PROJECT_ROOT, Settings

ROOT = PROJECT_ROOT
DEPLOY = ROOT / "deploy"
KUBERNETES = DEPLOY / "kubernetes"
PIXEL_NAME = re.compile(r"\bPIXEL_[A-Z0-9_]+\b")

# Environment names in the deploy files that are not PIXEL_ settings, each for a reason.
OTHER_ENV = {
    "OMP_NUM_THREADS": "one OpenMP thread per process (bentofile.yaml sets it too)",
    "BENTOML_DO_NOT_TRACK": "no usage tracking (bentofile.yaml sets it too)",
    "BENTOML_HOME": "BentoML's writable home, moved off the read-only root filesystem",
}


def setting_env_names() -> set[str]:
    """Every environment name pydantic-settings reads: the PIXEL_ prefix + each field, upper-case."""
    prefix = Settings.model_config["env_prefix"]
    return {prefix + name.upper() for name in Settings.model_fields}


def pixel_names_in(text: str) -> set[str]:
    """PIXEL_* names anywhere in a file, comments included (a commented example must be a real setting too)."""
    return set(PIXEL_NAME.findall(text))


@lru_cache
def bentofile_env() -> dict[str, str]:
    cfg = yaml.safe_load((ROOT / "bentofile.yaml").read_text())
    return {e["name"]: str(e["value"]) for e in cfg["envs"]}


def image_requirements() -> str:
    """The requirements file the Bento (so the image) installs: bentofile.yaml's python.requirements_txt."""
    cfg = yaml.safe_load((ROOT / "bentofile.yaml").read_text())
    return (ROOT / cfg["python"]["requirements_txt"]).read_text()


def state_dir() -> str:
    return bentofile_env()["PIXEL_STATE_DIR"]


def image_user() -> tuple[str, int, str]:
    """(user, uid, home) of the images `bentoml containerize` builds (its Dockerfile templates' defaults)."""
    from bentoml._internal.container import generate

    return generate.BENTO_USER, generate.BENTO_UID_GID, generate.BENTO_HOME


@lru_cache
def served_port() -> int:
    """The port the container serves on: BentoML's default http.port (the entrypoint runs `bentoml serve` with no
    --port), which its Dockerfile template EXPOSEs, and which service.py does not override."""
    import bentoml

    pkg = Path(bentoml.__file__).parent / "_internal"
    default = yaml.safe_load((pkg / "configuration" / "v2" / "default_configuration.yaml").read_text())
    port = default["services"]["http"]["port"]
    template = (pkg / "container" / "frontend" / "dockerfile" / "templates" / "base_v2.j2").read_text()
    assert f"EXPOSE {port}" in template, "BentoML's Dockerfile no longer EXPOSEs its default http port"
    service = (ROOT / "service.py").read_text()
    assert not re.search(r"""["']http["']\s*:|\bhttp\s*=|\bport\s*=""", service), (
        "service.py sets an http config/port: the deploy files assume BentoML's default port"
    )
    return port


@lru_cache
def bentoml_system_routes() -> frozenset[str]:
    """/livez, /healthz, /readyz and /metrics: the routes BentoML's own app factory adds to every service."""
    from bentoml._internal.server.base_app import BaseAppFactory

    class _Routes(BaseAppFactory):
        name = "deploy-check"

    return frozenset(r.path for r in _Routes().get_system_routes())


@lru_cache
def app_routes() -> frozenset[str]:
    """The paths pixel_model.api.app serves (mounted at / by service.py), the chat page's mount included."""
    from pixel_model.api.app import create_app

    def paths(routes):  # FastAPI keeps an included APIRouter as one entry (its routes under original_router)
        for r in routes:
            if hasattr(r, "path"):
                yield r.path
            elif hasattr(r, "original_router"):
                yield from paths(r.original_router.routes)

    return frozenset(paths(create_app(lambda: None).routes))


@lru_cache
def api_paths() -> frozenset[str]:
    """The documented API (the OpenAPI schema's paths)."""
    from pixel_model.api.app import create_app

    return frozenset(create_app(lambda: None).openapi()["paths"])


def served_paths() -> frozenset[str]:
    return bentoml_system_routes() | app_routes()


def parse_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines (comments and blank lines skipped), as kustomize and compose read env files."""
    out = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            out[key.strip()] = value
    return out


def git_ignored(path: Path) -> bool | None:
    """Whether git ignores the path (None: no git or not a checkout)."""
    try:
        r = subprocess.run(["git", "check-ignore", "-q", str(path.relative_to(ROOT))], cwd=ROOT, capture_output=True)
    except FileNotFoundError:
        return None
    return {0: True, 1: False}.get(r.returncode)


def settings_from_env(monkeypatch, env: dict[str, str]) -> Settings:
    """The Settings a container with exactly this environment would get (values validated by pydantic)."""
    import os

    for name in list(os.environ):
        if name.startswith(Settings.model_config["env_prefix"]):
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return Settings()
