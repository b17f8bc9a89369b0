"""Build the Bento and its OCI image from bentofile.yaml and the hashed lock of the chosen torch build.

    python deploy/build_image.py --version V [--torch cpu|cuda] [--wheels DIR] [--base-image IMG]
                                 [--backend docker|buildah] [--opt K=V] [--label K=V] [--bento-only]

- ``--torch cpu`` (default): the Bento installs ``requirements.lock`` (every package pinned with its sha256, torch
  ``2.13.0+cpu`` from the PyTorch CPU index named in the lock's header): a ~2 GB image for CPU hosts.
- ``--torch cuda``: ``requirements-gpu.lock`` (torch ``2.13.0`` from PyPI with its CUDA libraries): the GPU image;
  the runner's ``resources={"gpu": 1}`` is in the Bento either way. Run it with ``--gpus all`` / ``nvidia.com/gpu``.
- ``--wheels DIR`` (buildah): hosts that cannot reach the PyTorch index (these machines) mount DIR read-only at
  /opt/wheels during the build, where the base image of deploy/make_base_image.sh points uv (``UV_FIND_LINKS``);
  the Bento's lock then names no PyTorch index. The wheel's hash is still checked against the lock, and nothing
  of DIR stays in the image.
- ``--base-image`` replaces the base image (for machines that cannot pull one: deploy/make_base_image.sh).

BentoML's own build-time lock (``uv pip compile``, no hashes, whatever is newest that day) is switched off: the
Bento's requirements are the committed lock, so two builds of one commit install the same files. The generated
bentofile goes to build/bentofile.image.yaml (bentofile.yaml itself is never edited); prints ``built <tag>`` and
``image <name>``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LOCKS = {"cpu": "requirements.lock", "cuda": "requirements-gpu.lock"}


def bentofile(torch: str, wheels: Path | None, base_image: str | None, build: Path) -> Path:
    """The bentofile for this build: bentofile.yaml with the lock of ``torch`` as its requirements (and no
    PyTorch index for the CUDA build, which takes torch from PyPI, or where ``wheels`` stands in for it)."""
    cfg = yaml.safe_load((ROOT / "bentofile.yaml").read_text())
    py = cfg["python"]
    py["requirements_txt"] = LOCKS[torch]
    if torch == "cuda":  # torch and its CUDA libraries from PyPI
        py.pop("extra_index_url", None)
    if wheels:
        pin = re.search(r"^torch==(\S+)", (ROOT / LOCKS[torch]).read_text(), re.M).group(1)
        if not list(Path(wheels).glob(f"torch-{pin}-*.whl")):
            raise SystemExit(f"--wheels {wheels}: no torch-{pin}-*.whl there")
        py.pop("extra_index_url", None)
    cfg["labels"] = {**cfg.get("labels", {}), "torch": torch}
    if base_image:
        cfg["docker"] = {**cfg.get("docker", {}), "base_image": base_image}
        cfg["docker"].pop("python_version", None)
        cfg["docker"].pop("distro", None)
    path = build / "bentofile.image.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False))
    return path


def build_bento(
    version: str,
    torch: str = "cpu",
    wheels: Path | None = None,
    base_image: str | None = None,
    labels: list[str] = (),
    replace: bool = False,
) -> str:
    """``bentoml build`` of this checkout; returns the Bento tag. ``replace``: delete a Bento of this version
    first (else the build fails when one exists)."""
    if replace:
        subprocess.run([str(BIN / "bentoml"), "delete", "-y", f"pixel:{version}"], capture_output=True)
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    path = bentofile(torch, wheels, base_image, build)
    args = [x for lab in labels for x in ("--label", lab)]
    out = subprocess.run(
        [str(BIN / "bentoml"), "build", "-f", str(path), "--version", version, *args, "-o", "tag", str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return out.split("__tag__:")[-1].strip()


def wheel_mount(wheels: Path | None) -> list[str]:
    """The buildah option that shows ``wheels`` to the build at /opt/wheels (read-only, not stored)."""
    return [f"volume={Path(wheels).resolve()}:/opt/wheels:ro"] if wheels else []


def containerize(tag: str, backend: str, opts: list[str] = (), image: str | None = None) -> str:
    """``bentoml.container.build`` of the Bento; returns the image name. ``opts`` are ``key=value`` options of the
    backend (``volume=HOST:CTR:ro``, repeatable: the CLI's ``--opt`` joins two volumes into one broken string)."""
    import bentoml

    image = image or tag
    kwargs: dict[str, list[str] | str | bool] = {}
    for o in opts:
        key, sep, value = o.partition("=")
        key = key.replace("-", "_")
        if key == "volume":
            kwargs.setdefault("volume", []).append(value)
        else:
            kwargs[key] = value if sep else True
    bentoml.container.build(tag, backend=backend, tag=(image,), **kwargs)
    if backend == "buildah":  # BentoML logs a failed build and returns; the image is the proof
        probe = ["buildah", "inspect", "--type", "image", image if "/" in image else f"localhost/{image}"]
    else:
        probe = [backend, "image", "inspect", image]
    if subprocess.run(probe, capture_output=True).returncode:
        raise SystemExit(f"containerize {tag}: no image {image} (see the build log above)")
    return image


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", required=True)
    ap.add_argument("--torch", choices=sorted(LOCKS), default="cpu")
    ap.add_argument("--wheels", type=Path, help="directory holding the locked torch wheel (no PyTorch index)")
    ap.add_argument("--base-image")
    ap.add_argument("--backend", default="docker")
    ap.add_argument("--image", help="image name; default the Bento tag (pixel:<version>)")
    ap.add_argument("--label", action="append", default=[])
    ap.add_argument("--opt", action="append", default=[], help="passed to containerize as --opt")
    ap.add_argument("--bento-only", action="store_true")
    a = ap.parse_args()
    tag = build_bento(a.version, a.torch, a.wheels, a.base_image, a.label)
    print("built", tag, flush=True)
    if not a.bento_only:
        print("image", containerize(tag, a.backend, a.opt + wheel_mount(a.wheels), a.image), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
