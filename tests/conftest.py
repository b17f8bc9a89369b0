"""Shared fixtures. The whole session uses a temporary BentoML home with a freshly saved ``pixel`` model,
so tests never touch (or depend on) the developer's store."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="pixel-test-bentoml-"))
os.environ["BENTOML_HOME"] = str(_HOME)
os.environ.setdefault("BENTOML_DO_NOT_TRACK", "true")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="pixel-test-prom-"))

import pytest  # noqa: E402

from pixel_model import store  # noqa: E402

PIXEL_TAG = store.save()  # the shipped head weights + the default encoder/generator, into the temp store


@pytest.fixture(scope="session")
def bentoml_home() -> Path:
    return _HOME


@pytest.fixture(scope="session")
def pixel_tag() -> str:
    return PIXEL_TAG


@pytest.fixture(scope="session")
def model():
    from pixel_model.model import PixelModel

    return PixelModel.from_store(PIXEL_TAG)
