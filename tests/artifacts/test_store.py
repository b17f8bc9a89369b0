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


def test_the_router_files_are_carried_only_when_present(tmp_path):
    """A weights directory without the reply-kind router (one trained before it existed) still saves and hashes; the
    model then loads without a router (``ReplyRouter.load`` -> None: tests/replies/test_router.py)."""
    import shutil

    from pixel_model.artifacts.store import (
        OPTIONAL_WEIGHT_FILES,
        WEIGHT_FILES,
        WEIGHTS_DIR,
        weight_files,
        weights_sha256,
    )

    assert weight_files(WEIGHTS_DIR) == [*WEIGHT_FILES, *OPTIONAL_WEIGHT_FILES]
    for f in WEIGHT_FILES:
        shutil.copy2(WEIGHTS_DIR / f, tmp_path / f)
    assert weight_files(tmp_path) == list(WEIGHT_FILES)
    without = weights_sha256(tmp_path)
    for f in OPTIONAL_WEIGHT_FILES:
        shutil.copy2(WEIGHTS_DIR / f, tmp_path / f)
    assert weights_sha256(tmp_path) == weights_sha256(WEIGHTS_DIR) != without
