"""benchmarks/plot_results.py: the served rows become one curve per server set-up, the decode rows one bar per
engine, and both are written as real PNG files."""

from __future__ import annotations

import sys

import pytest

from pixel_model.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.plot_results import plot_latency, plot_tokens, served_series  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n"
SERVED = [
    {"case": "floor: in-process analyse, batch 1, sequential", "p50_ms": 16, "p95_ms": 17, "throughput_per_s": 60},
    {"case": "served /infer analysis, concurrency 1", "p50_ms": 34, "p95_ms": 43, "throughput_per_s": 26},
    {"case": "served /infer analysis, concurrency 16", "p50_ms": 207, "p95_ms": 229, "throughput_per_s": 76},
    {"case": "naive server: /infer analysis, concurrency 16", "p50_ms": 600, "p95_ms": 700, "throughput_per_s": 25},
    {"case": "naive server: /infer analysis, concurrency 1", "p50_ms": 40, "p95_ms": 45, "throughput_per_s": 24},
    {"case": "served /infer + 48-token reply, concurrency 8", "p50_ms": 20709, "p95_ms": 23527, "throughput_per_s": 1},
]


def test_served_series_groups_by_set_up_and_sorts_by_load():
    s = served_series(SERVED)
    assert set(s) == {"served /infer analysis", "naive server: /infer analysis"}  # no floor, no generation row
    assert [p[0] for p in s["naive server: /infer analysis"]] == [1, 16]
    assert s["served /infer analysis"][1] == (16, 207, 229, 76)


def test_plots_are_png_files(tmp_path):
    lat = plot_latency(SERVED, "now", tmp_path / "lat.png")
    decode = [
        {"case": "decode 64 tokens x 1 sequence", "engine": "torch", "tokens_per_s": 8.4},
        {"case": "decode 64 tokens x 1 sequence", "engine": "onnx", "tokens_per_s": 14.5},
        {"case": "stream: first piece", "engine": "onnx", "p50_ms": 190},  # not a decode row: left out
    ]
    tok = plot_tokens(decode, "now", tmp_path / "tok.png")
    for p in (lat, tok):
        data = p.read_bytes()
        assert data.startswith(PNG) and len(data) > 10_000


def test_results_without_the_rows_are_an_error(tmp_path):
    with pytest.raises(ValueError, match="concurrency"):
        plot_latency(SERVED[:1], "now", tmp_path / "x.png")
    with pytest.raises(ValueError, match="decode"):
        plot_tokens([{"case": "stream: first piece", "engine": "onnx"}], "now", tmp_path / "y.png")
