"""The hashed locks (``make lock``): complete, hashed, consistent with each other and with the direct pins, and
what this environment actually runs. A lock that drifted from requirements*.txt, a package without a hash, or a
runtime package at one version in the image and another under test fails here."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+?)\s*\\?$")


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(name: str) -> dict[str, tuple[str, list[str]]]:
    """{package: (version, [sha256, ...])}; fails on any requirement line that is not ``name==version``."""
    out: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in (ROOT / name).read_text().splitlines():
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("--hash=sha256:"):
            assert current, f"{name}: a hash before any requirement"
            out[current][1].append(s.split(":", 1)[1].rstrip(" \\"))
            continue
        m = PIN.match(s)
        assert m, f"{name}: not an exact pin: {line!r}"
        current = norm(m.group(1))
        out[current] = (m.group(2), [])
    return out


def direct_pins(name: str) -> dict[str, str]:
    pins = {}
    for line in (ROOT / name).read_text().splitlines():
        s = line.split("#")[0].strip()
        if s and not s.startswith("-"):
            n, _, v = s.partition("==")
            assert v, f"{name}: {s!r} is not pinned with =="
            pins[norm(n)] = v
    return pins


LOCKS = ("requirements.lock", "requirements-gpu.lock", "requirements-dev.lock", "requirements-weights.lock")


@pytest.mark.parametrize("lock", LOCKS)
def test_every_package_is_pinned_with_hashes(lock):
    pkgs = read_lock(lock)
    assert pkgs and all(len(h) >= 1 and all(re.fullmatch(r"[0-9a-f]{64}", x) for x in h) for _, h in pkgs.values())


def test_locks_follow_the_direct_pins():
    runtime, dev = direct_pins("requirements.txt"), direct_pins("requirements-dev.txt")
    cpu, gpu, devlock = (
        read_lock("requirements.lock"),
        read_lock("requirements-gpu.lock"),
        read_lock("requirements-dev.lock"),
    )
    for name, v in runtime.items():
        assert cpu[name][0].split("+")[0] == v and gpu[name][0] == v, name
    for name, v in dev.items():
        assert devlock[name][0].split("+")[0] == v, name
    assert cpu["torch"][0] == "2.13.0+cpu" and gpu["torch"][0] == "2.13.0"  # the CPU build, the CUDA build
    assert not any(n.startswith("nvidia-cu") for n in cpu) and "nvidia-cublas" in gpu


def test_image_and_tests_run_the_same_runtime():
    """Every package of the CPU image's lock is at the same version in the dev lock, and the CUDA lock differs from
    the CPU one only by torch's build and the CUDA packages it adds."""
    cpu, gpu, dev = (read_lock(f) for f in ("requirements.lock", "requirements-gpu.lock", "requirements-dev.lock"))
    assert {n: v for n, (v, _) in cpu.items()} == {n: dev[n][0] for n in cpu}
    assert {n: v for n, (v, _) in cpu.items() if n != "torch"} == {n: gpu[n][0] for n in cpu if n != "torch"}
    extra = set(gpu) - set(cpu)
    assert extra and all(n.startswith(("nvidia-", "cuda-", "triton")) for n in extra), sorted(extra)


def test_this_environment_is_the_dev_lock():
    """`make setup` installs the dev lock with --require-hashes: what runs the tests is what the lock says."""
    wrong = {}
    for name, (version, _) in {**read_lock("requirements-dev.lock"), **read_lock("requirements-weights.lock")}.items():
        try:
            got = metadata.version(name)
        except metadata.PackageNotFoundError:
            got = None
        if got != version:
            wrong[name] = (version, got)
    assert not wrong, f"installed != lock (run `make setup` after `make lock`): {wrong}"


def test_the_bento_installs_the_lock():
    import yaml

    cfg = yaml.safe_load((ROOT / "bentofile.yaml").read_text())["python"]
    assert cfg["requirements_txt"].lstrip("./") == "requirements.lock" and cfg["lock_packages"] is False
