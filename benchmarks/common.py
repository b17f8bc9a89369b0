"""Shared benchmark helpers: percentiles, a printed table, results files, and a real `bentoml serve`."""

from __future__ import annotations

import json
import os
import platform
import secrets
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "results"
# the served benchmarks authenticate like any client; limits are set far above what 2 cores can serve, so the
# numbers include the gateway's cost (auth, the shared rate-limit bucket, the audit write) but not its refusals
BENCH_KEY = "bench-" + secrets.token_hex(16)
AUTH = {"Authorization": f"Bearer {BENCH_KEY}"}
BENCH_ENV = {"PIXEL_API_KEYS": f"{BENCH_KEY}:admin", "PIXEL_RATE_LIMITS": "admin:10000000,therapist:80,user:40"}


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(q * len(v)))] if v else float("nan")


def summarise(ms: list[float], wall_s: float, items: int) -> dict:
    return {
        "n": len(ms),
        "p50_ms": round(pct(ms, 0.5), 1),
        "p95_ms": round(pct(ms, 0.95), 1),
        "p99_ms": round(pct(ms, 0.99), 1),
        "throughput_per_s": round(items / wall_s, 1),
    }


def machine() -> dict:
    import torch

    return {
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "cuda": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
        "python": sys.version.split()[0],
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }


def table(rows: list[dict], cols: list[str]) -> str:
    w = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in cols}
    line = " | ".join(c.ljust(w[c]) for c in cols)
    out = [line, "-+-".join("-" * w[c] for c in cols)]
    out += [" | ".join(str(r.get(c, "")).ljust(w[c]) for c in cols) for r in rows]
    return "\n".join(out)


def write(name: str, payload: dict) -> Path:
    RESULTS.mkdir(exist_ok=True)
    p = RESULTS / f"{name}.json"
    p.write_text(json.dumps(payload, indent=2))
    return p


@contextmanager
def served(port: int | None = None, env: dict | None = None):
    """`bentoml serve` from the project root (the store in BENTOML_HOME must hold pixel), with BENCH_KEY as its
    admin key and its state (rate-limit DB, audit log) in a temporary directory; log in results/serve.log."""
    from tests.support.devserver import bentoml_serve

    RESULTS.mkdir(exist_ok=True)
    env = {**BENCH_ENV, "PIXEL_STATE_DIR": tempfile.mkdtemp(prefix="pixel-bench-state-"), **(env or {})}
    with bentoml_serve(env, RESULTS / "serve.log", port) as (url, _):
        yield url
