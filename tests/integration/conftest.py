"""Real `bentoml serve` subprocesses on free loopback ports, on the session's temporary model store.

``server``: the default configuration (one API worker) with auth on and the test keys. test_faults.py and
test_fuzz.py start their own (two API workers for the cross-process cases; small caps for fuzzing)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
TEST_LIMITS = "admin:1000000,therapist:1000000,user:6"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"bentoml serve exited:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"bentoml serve not ready in {timeout} s:\n{log.read_text()[-3000:]}")


@contextmanager
def serve(bentoml_home: Path, workdir: Path, keys: dict[str, str], **env_extra: str):
    port = free_port()
    log = workdir / "serve.log"
    state = workdir / "state"
    env = {**os.environ, "BENTOML_HOME": str(bentoml_home), "OMP_NUM_THREADS": "1",
           "PIXEL_STATE_DIR": str(state), "PIXEL_RATE_LIMITS": TEST_LIMITS, **env_extra}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # bentoml serve manages its own
    bentoml_bin = str(Path(sys.executable).with_name("bentoml"))
    with open(log, "w") as fh:
        proc = subprocess.Popen([bentoml_bin, "serve", "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                                env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, proc, log)
        yield {"url": url, "proc": proc, "log": log, "audit": state / "audit.jsonl", "keys": keys,
               "headers": {"Authorization": f"Bearer {keys['admin']}"}}
    finally:
        try:
            os.killpg(proc.pid, 15)
            proc.wait(timeout=30)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)


@pytest.fixture(scope="session")
def server(pixel_tag, bentoml_home, keys, tmp_path_factory):
    with serve(bentoml_home, tmp_path_factory.mktemp("serve"), keys) as srv:
        yield srv
