"""Reproducible Bentos (deploy/build_image.py): one commit and one model built twice give the same requirements
(the hashed lock, byte for byte), the same model tags, the same generated Dockerfile and image settings and the
same source files; only the version and the creation time differ. The GPU variant differs only where it must
(torch's CUDA build from PyPI; the runner's GPU declaration is in both). `bentoml build` on the session's store,
~10 s per Bento; the image itself is built by `make image-test` (the release check)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))

import build_image  # noqa: E402

pytestmark = pytest.mark.integration


def bento_dir(bentoml_home: Path, tag: str) -> Path:
    name, version = tag.split(":")
    return bentoml_home / "bentos" / name / version


def tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def pins(text: str) -> dict[str, list[str]]:
    """{"name==version": sorted hashes} of a requirements text (comments and line layout do not matter: BentoML
    re-writes the file), plus the option lines under their own text."""
    logical = re.sub(
        r"\\\n", " ", "\n".join(line.split(" #")[0] for line in text.splitlines() if not line.lstrip().startswith("#"))
    )
    out = {}
    for line in filter(None, (x.strip() for x in logical.splitlines())):
        name, *rest = line.split()
        out.setdefault(name, [])
        out[name] = sorted(set(out[name]) | {h.split(":", 1)[1] for h in rest if h.startswith("--hash=")})
    return out


def info(path: Path) -> dict:
    d = yaml.safe_load((path / "bento.yaml").read_text())
    for k in ("version", "creation_time"):
        d.pop(k)
    return d


@pytest.fixture(scope="module")
def builds(pixel_tag, bentoml_home):
    # the build reads the service's settings: none of the builder's own PIXEL_* may leak into the Bento
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("PIXEL_TLS")}
    tags = {}
    try:
        for name, torch in (("repro-a", "cpu"), ("repro-b", "cpu"), ("repro-gpu", "cuda")):
            tags[name] = build_image.build_bento(f"0.0.0-{name}", torch)
        yield {k: bento_dir(bentoml_home, t) for k, t in tags.items()}
    finally:
        os.environ.update(saved)
        for t in tags.values():
            subprocess.run([str(Path(sys.executable).with_name("bentoml")), "delete", "-y", t], capture_output=True)


def test_two_builds_of_one_commit_are_the_same(builds, pixel_tag):
    a, b = builds["repro-a"], builds["repro-b"]
    assert info(a) == info(b)
    assert tree(a / "src") == tree(b / "src") and tree(a / "env") == tree(b / "env")
    reqs = pins((a / "env/python/requirements.txt").read_text())
    lock = pins((ROOT / "requirements.lock").read_text())
    assert {k: reqs[k] for k in lock} == lock  # the lock itself, every hash included
    # what BentoML adds: the PyTorch CPU index (bentofile) and its own pin again, at the locked version
    assert set(reqs) - set(lock) == {"--extra-index-url"} and "bentoml==1.4.40" in lock
    runner = next(s for s in info(a)["services"] if s["name"] == "pixel-runner")
    assert {m["tag"] for m in runner["models"]} == {pixel_tag, build_image_generator(pixel_tag)}
    assert runner["config"]["resources"] == {"gpu": 1}
    envs = {e["name"]: e["value"] for e in info(a)["envs"]}
    assert envs["PIXEL_STATE_DIR"] == "/home/bentoml/pixel-state" and envs["UV_INDEX_STRATEGY"] == "unsafe-best-match"


def build_image_generator(pixel_tag: str) -> str:
    from pixel_model.artifacts.store import generator_tag

    return generator_tag(pixel_tag)


def test_gpu_variant_differs_only_in_torchs_build(builds):
    cpu, gpu = builds["repro-a"], builds["repro-gpu"]
    reqs = pins((gpu / "env/python/requirements.txt").read_text())
    assert reqs == pins((ROOT / "requirements-gpu.lock").read_text())  # no PyTorch index: torch from PyPI
    assert "torch==2.13.0" in reqs and any(k.startswith("nvidia-cublas==") for k in reqs)
    a, b = info(cpu), info(gpu)
    assert a["labels"].pop("torch") == "cpu" and b["labels"].pop("torch") == "cuda"
    assert pins(a["image"].pop("python_requirements")) == pins((cpu / "env/python/requirements.txt").read_text())
    assert pins(b["image"].pop("python_requirements")) == reqs
    assert a == b  # services, models, GPU declaration, envs, base image: the same
    assert (cpu / "env/docker/Dockerfile").read_text() == (gpu / "env/docker/Dockerfile").read_text()
