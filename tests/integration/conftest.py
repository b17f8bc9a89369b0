"""Real `bentoml serve` subprocesses on free loopback ports, on the session's temporary model store.

``server``: the default configuration (one API worker) with auth on and the test keys. test_faults.py and
test_fuzz.py start their own (two API workers for the cross-process cases; small caps for fuzzing)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.devserver import bentoml_serve

TEST_LIMITS = "admin:1000000,therapist:1000000,user:6"


@contextmanager
def serve(bentoml_home: Path, workdir: Path, keys: dict[str, str], **env_extra: str):
    state = workdir / "state"
    env = {
        "BENTOML_HOME": str(bentoml_home),
        "PIXEL_STATE_DIR": str(state),
        "PIXEL_RATE_LIMITS": TEST_LIMITS,
        **env_extra,
    }
    with bentoml_serve(env, workdir / "serve.log", ready_timeout=180) as (url, proc):
        yield {
            "url": url,
            "proc": proc,
            "log": workdir / "serve.log",
            "audit": state / "audit.jsonl",
            "keys": keys,
            "headers": {"Authorization": f"Bearer {keys['admin']}"},
        }


@pytest.fixture(scope="session")
def server(pixel_tag, bentoml_home, keys, tmp_path_factory):
    with serve(bentoml_home, tmp_path_factory.mktemp("serve"), keys) as srv:
        yield srv
