"""`python -m pixel_model.artifacts.store ensure` (what `make setup` runs) on a fresh store: saves once, then is a
no-op."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ensure_on_a_fresh_store(tmp_path):
    env = {**os.environ, "BENTOML_HOME": str(tmp_path / "home")}

    def run():
        return subprocess.run(
            [sys.executable, "-m", "pixel_model.artifacts.store", "ensure"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    first = run()
    assert first.returncode == 0, first.stderr[-2000:]
    assert first.stdout.startswith("saved pixel:")
    second = run()
    assert second.returncode == 0 and second.stdout.startswith("up to date: pixel:")
    assert (tmp_path / "home" / "models" / "pixel-generator").is_dir()
