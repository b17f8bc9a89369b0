"""The benchmark plots (issue 12): served latency against offered load, and decode tokens/s, from the latest
results files (``bench_served.py`` and ``bench_generators.py``), as PNGs in ``results/plots/``.

    python benchmarks/plot_results.py                # results/bench_served.json + results/bench_generators.json
    python benchmarks/plot_results.py --served results/bench_served_baselines.json

Offered load is the number of concurrent clients (each sends its next request when the last one is answered), so
each curve's points are also labelled with the throughput they reached. A results file without a series simply
leaves it out of the plot.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402

RESULTS = Path(__file__).resolve().parents[1] / "results"
_LEVEL = re.compile(r"^(?P<series>.+), concurrency (?P<conc>\d+)$")


def served_series(rows: list[dict]) -> dict[str, list[tuple[int, float, float, float]]]:
    """{series name: [(concurrency, p50 ms, p95 ms, requests/s), ...] by concurrency} from bench_served rows."""
    out: dict[str, list[tuple[int, float, float, float]]] = {}
    for r in rows:
        m = _LEVEL.match(r["case"])
        if m and "token" not in m["series"]:  # analysis rows only: the generation rows have their own plot
            out.setdefault(m["series"], []).append((int(m["conc"]), r["p50_ms"], r["p95_ms"], r["throughput_per_s"]))
    return {k: sorted(v) for k, v in out.items()}


def plot_latency(rows: list[dict], when: str, path: Path) -> Path:
    series = served_series(rows)
    if not series:
        raise ValueError("no 'concurrency N' rows in the served results")
    fig, (ax50, ax95) = plt.subplots(1, 2, figsize=(12, 4.5), sharex=True)
    for name, pts in series.items():
        conc = [p[0] for p in pts]
        for ax, k in ((ax50, 1), (ax95, 2)):
            ax.plot(conc, [p[k] for p in pts], marker="o", label=name)
            for p in pts:
                ax.annotate(f"{p[3]:.0f}/s", (p[0], p[k]), textcoords="offset points", xytext=(3, 3), fontsize=7)
    for ax, title in ((ax50, "p50"), (ax95, "p95")):
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xlabel("offered load: concurrent clients")
        ax.set_ylabel(f"{title} latency (ms)")
        ax.set_title(f"analysis-only /infer, {title} (labels: requests/s reached)")
        ax.grid(True, which="both", alpha=0.3)
    ax95.legend(fontsize=7, loc="upper left")
    fig.suptitle(f"Pixel served latency against offered load ({when})", fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def plot_tokens(rows: list[dict], when: str, path: Path) -> Path:
    decode = [r for r in rows if "tokens_per_s" in r]
    if not decode:
        raise ValueError("no decode rows in the generator results")
    cases = list(dict.fromkeys(r["case"] for r in decode))
    engines = list(dict.fromkeys(r["engine"] for r in decode))
    fig, ax = plt.subplots(figsize=(8, 4.5))
    width = 0.8 / len(engines)
    for j, eng in enumerate(engines):
        vals = [next((r["tokens_per_s"] for r in decode if r["case"] == c and r["engine"] == eng), 0.0) for c in cases]
        bars = ax.bar([i + j * width for i in range(len(cases))], vals, width, label=eng)
        ax.bar_label(bars, fmt="%.1f", fontsize=7)
    ax.set_xticks([i + width * (len(engines) - 1) / 2 for i in range(len(cases))], cases, fontsize=8)
    ax.set_ylabel("tokens/s (all sequences)")
    ax.set_title(f"SmolLM2-135M decode on this CPU, one thread ({when})", fontsize=10)
    ax.legend(fontsize=8)
    ax.grid(True, axis="y", alpha=0.3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--served", type=Path, default=RESULTS / "bench_served.json")
    ap.add_argument("--generators", type=Path, default=RESULTS / "bench_generators.json")
    ap.add_argument("--out", type=Path, default=RESULTS / "plots")
    a = ap.parse_args()
    for src, fn, name in (
        (a.served, plot_latency, "latency_vs_load.png"),
        (a.generators, plot_tokens, "tokens_per_s.png"),
    ):
        d = json.loads(src.read_text())
        print("wrote", fn(d["rows"], d.get("machine", {}).get("when", "?"), a.out / name))


if __name__ == "__main__":
    main()
