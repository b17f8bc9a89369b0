"""Start a real `bentoml serve`, run the locust SLO gate against it (bounded: 45 s), exit with its code.

python benchmarks/run_locust.py [users] [seconds]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import BENCH_KEY, RESULTS, ROOT, served  # noqa: E402


def main() -> int:
    users = sys.argv[1] if len(sys.argv) > 1 else "4"
    secs = sys.argv[2] if len(sys.argv) > 2 else "40"
    RESULTS.mkdir(exist_ok=True)
    with served() as url:
        cmd = [
            str(Path(sys.executable).with_name("locust")),
            "-f",
            str(ROOT / "locustfiles" / "pixel.py"),
            "--headless",
            "-u",
            users,
            "-r",
            "8",
            "-t",
            f"{secs}s",
            "--host",
            url,
            "--csv",
            str(RESULTS / "locust"),
            "--only-summary",
        ]
        return subprocess.run(cmd, cwd=ROOT, env={**os.environ, "PIXEL_CLIENT_KEY": BENCH_KEY}).returncode


if __name__ == "__main__":
    sys.exit(main())
