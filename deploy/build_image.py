"""Build the Bento and its OCI image from bentofile.yaml.

    python deploy/build_image.py --version V [--base-image IMG] [--backend buildah] [--opt K=V] [--label K=V]

- Without options it is `bentoml build` + `bentoml containerize` of bentofile.yaml as it stands (official
  python base image; torch==2.13.0 from PyPI, the CUDA build, for GPU hosts).
- ``--base-image`` replaces the base image (for machines that cannot pull one: ../shared/notes/oci-image.md).
The generated bentofile goes to build/bentofile.image.yaml; bentofile.yaml itself is never edited.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--base-image")
    ap.add_argument("--backend", default="docker")
    ap.add_argument("--version", required=True)
    ap.add_argument("--label", action="append", default=[])
    ap.add_argument("--opt", action="append", default=[], help="passed to containerize as --opt")
    a = ap.parse_args()
    cfg = yaml.safe_load((ROOT / "bentofile.yaml").read_text())
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    if a.base_image:
        cfg["docker"] = {"base_image": a.base_image}
    bentofile = build / "bentofile.image.yaml"
    bentofile.write_text(yaml.safe_dump(cfg, sort_keys=False))
    labels = [x for lab in a.label for x in ("--label", lab)]
    tag = subprocess.run([str(BIN / "bentoml"), "build", "-f", str(bentofile), "--version", a.version, *labels,
                          "-o", "tag", str(ROOT)], check=True, capture_output=True, text=True).stdout.strip()
    tag = tag.split("__tag__:")[-1].strip()
    print("built", tag)
    opts = [x for o in a.opt for x in ("--opt", o)]
    return subprocess.run([str(BIN / "bentoml"), "containerize", tag, "--backend", a.backend, *opts]).returncode


if __name__ == "__main__":
    sys.exit(main())
