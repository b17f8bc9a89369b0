"""A real `bentoml serve` subprocess on a free loopback port, on the session's temporary model store."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(pixel_tag, bentoml_home, tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {**os.environ, "BENTOML_HOME": str(bentoml_home), "OMP_NUM_THREADS": "1"}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # bentoml serve manages its own
    bentoml_bin = str(Path(sys.executable).with_name("bentoml"))
    with open(log, "w") as fh:
        proc = subprocess.Popen([bentoml_bin, "serve", "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                                env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"bentoml serve exited:\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        else:
            raise RuntimeError(f"bentoml serve not ready in 180 s:\n{log.read_text()[-3000:]}")
        yield {"url": url, "proc": proc, "log": log}
    finally:
        os.killpg(proc.pid, 15)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
