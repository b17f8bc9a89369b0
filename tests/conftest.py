"""Shared fixtures. The whole session uses a temporary BentoML home with a freshly saved ``pixel`` model,
so tests never touch (or depend on) the developer's store."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="pixel-test-bentoml-"))
os.environ["BENTOML_HOME"] = str(_HOME)
os.environ.setdefault("BENTOML_DO_NOT_TRACK", "true")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="pixel-test-prom-"))
# auth on, as deployed: one key per role; the state (keys file, rate-limit DB, audit log) in a temp dir
_STATE = Path(tempfile.mkdtemp(prefix="pixel-test-state-"))
KEYS = {
    "admin": "test-admin-key-0123456789",
    "therapist": "test-therapist-key-0123456789",
    "user": "test-user-key-0123456789",
}
os.environ["PIXEL_STATE_DIR"] = str(_STATE)
os.environ["PIXEL_API_KEYS"] = ",".join(f"{k}:{role}" for role, k in KEYS.items())
os.environ["PIXEL_RATE_LIMITS"] = "admin:100000,therapist:100000,user:5"
for _var in ("PIXEL_API_KEY", "PIXEL_API_KEYS_FILE", "PIXEL_AUTH_DISABLED", "PIXEL_AUDIT_LOG", "PIXEL_RATE_LIMIT_DB"):
    os.environ.pop(_var, None)

import pytest  # noqa: E402


def pytest_sessionfinish(session, exitstatus):
    """The temporary BentoML home (a saved model: ~640 MB), state and metrics directories go with the session:
    left behind, a hundred test runs filled this machine's disk."""
    if hasattr(session.config, "workerinput"):  # an xdist worker: the controller cleans up
        return
    prom = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    for path in (_HOME, _STATE, *([prom] if prom.name.startswith("pixel-test-prom-") else [])):
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def bentoml_home() -> Path:
    return _HOME


@pytest.fixture(scope="session")
def keys() -> dict[str, str]:
    return dict(KEYS)


@pytest.fixture(scope="session")
def state_dir() -> Path:
    return _STATE


@pytest.fixture(scope="session")
def pixel_tag() -> str:
    """The shipped weights + the default encoder/generator, saved once into the session's temporary store (only
    when a test needs the model: the pure-Python tests run without it)."""
    from pixel_model.artifacts import store

    return store.save()


@pytest.fixture(scope="session")
def model(pixel_tag):
    from pixel_model.inference.model import PixelModel

    return PixelModel.from_store(pixel_tag)


@pytest.fixture(scope="session")
def asgi_app(pixel_tag):
    """The service's ASGI app, started once (BentoML registers its metrics per app: build it once)."""
    from starlette.testclient import TestClient

    from service import PixelService

    app = PixelService.to_asgi()
    with TestClient(app):  # runs the lifespan: the service (and its local runner) exist until the session ends
        yield app


@pytest.fixture
def redis_server(tmp_path):
    """A real ``redis-server`` on a free loopback port, no persistence; yields a client. Skips where none is
    installed (``make test`` installs one where it can)."""
    exe = shutil.which("redis-server")
    if not exe:
        pytest.skip("redis-server is not installed (apt-get install redis-server): the Redis store is untested here")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    redis = pytest.importorskip("redis")
    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield client
    proc.terminate()
    proc.wait(10)
