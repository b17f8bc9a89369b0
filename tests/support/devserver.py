"""A real `bentoml serve` of this project in a subprocess, on a free loopback port (tests and benchmarks)."""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import psutil

from pixel_model.settings import PROJECT_ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


@contextmanager
def bentoml_serve(
    env: dict[str, str], log: Path, port: int | None = None, ready_timeout: float = 240
) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start `bentoml serve` from the project root with ``env`` added to this process's environment (one
    torch thread per process), wait for /readyz, yield (url, process); stop the whole process group after.
    With ``PIXEL_TLS_CERTFILE`` in ``env`` the URL is ``https://`` and readiness is checked against that
    certificate (a self-signed one in the TLS test).

    Each server gets a BENTOML_HOME of its own that shares the model store by a symlink: `bentoml serve`
    empties <BENTOML_HOME>/prometheus_multiproc_dir when it starts, so two servers on one home would mix and
    wipe each other's /metrics."""
    port = port or free_port()
    env = {**os.environ, "OMP_NUM_THREADS": "1", **env}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # bentoml serve manages its own
    store = Path(env.get("BENTOML_HOME") or Path.home() / "bentoml") / "models"
    home = Path(tempfile.mkdtemp(prefix="pixel-serve-home-"))
    (home / "models").symlink_to(store.resolve(), target_is_directory=True)
    env["BENTOML_HOME"] = str(home)
    with open(log, "w") as fh:
        proc = subprocess.Popen(
            [str(Path(sys.executable).with_name("bentoml")), "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    tls = env.get("PIXEL_TLS_CERTFILE")
    url = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    verify = ssl.create_default_context(cafile=tls) if tls else True
    workers: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + ready_timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"bentoml serve exited:\n{log.read_text()[-3000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"bentoml serve not ready in {ready_timeout} s:\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{url}/readyz", timeout=2, verify=verify).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        workers.extend(_children(proc.pid))
        yield url, proc
    finally:
        workers.extend(_children(proc.pid))  # runners restarted since start, too
        try:
            os.killpg(proc.pid, 15)
            proc.wait(timeout=30)
        except ProcessLookupError:  # already gone (a test killed it)
            pass
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
        # BentoML's workers run in process groups of their own: a server killed with kill -9 leaves them
        # orphaned (still serving, still delivering from the escalation outbox); none may outlive the server
        for w in workers:
            try:
                w.kill()
            except psutil.NoSuchProcess:
                pass
        shutil.rmtree(home, ignore_errors=True)  # the link, not the store it points to
