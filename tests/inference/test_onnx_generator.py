"""Replies decoded by ONNX Runtime GenAI (``inference/onnx_generator.py``): the same greedy replies as PyTorch's
``generate`` from the same weights, reproducible seeded best-of-N candidates, a stream that adds up to the greedy
reply and stops when told, and the fallback rules of ``make_generator``. Speed is measured in
benchmarks/bench_generators.py, not here."""

from __future__ import annotations

import threading

import pytest
import torch

pytest.importorskip("onnxruntime_genai")

from pixel_model.inference import model as M  # noqa: E402
from pixel_model.inference.generator import Generator  # noqa: E402

PROMPTS = [
    [{"role": "user", "content": "I've been feeling really anxious about my exams and I can't sleep."}],
    [{"role": "user", "content": "How do I write a cover letter for a nursing job?"}],
    [
        {"role": "user", "content": "My dog died last week."},
        {"role": "assistant", "content": "I'm so sorry. How are you holding up?"},
        {"role": "user", "content": "Not great, the house feels empty."},
    ],
]


@pytest.fixture(scope="module")
def torch_generator(model):
    return Generator(model.generator.path, torch.device("cpu"))


def test_the_default_cpu_model_decodes_with_onnx_runtime_genai(model):
    assert model.describe()["info"]["generator_engine"] == "onnx"
    assert type(model.generator).__name__ == "OnnxGenerator" and model.generator.precision == "fp32"


def test_same_greedy_replies_as_pytorch(model, torch_generator):
    got = model.generator.generate(PROMPTS, [32, 24, 32])
    assert got == torch_generator.generate(PROMPTS, [32, 24, 32])
    assert all(len(r.split()) >= 4 for r in got)


def test_best_of_n_candidates_are_seeded_and_distinct(model):
    a = model.generator.sample(PROMPTS[:2], [24, 24], 3, seed=11)
    assert a == model.generator.sample(PROMPTS[:2], [24, 24], 3, seed=11)
    assert [len(c) for c in a] == [3, 3]
    assert len(set(a[0])) > 1  # sampled, not three copies of the greedy reply
    big = 0xFFFFFFF0  # the pipeline's seeds are 32-bit unsigned (8 hex digits of a digest)
    once = model.generator.sample(PROMPTS[:1], [8], 2, seed=big)
    assert once == model.generator.sample(PROMPTS[:1], [8], 2, seed=big)
    assert model.generator.sample(PROMPTS[:1], [24], 1) == [model.generator.generate(PROMPTS[:1], [24])]


def test_budgets(model):
    assert model.generator.generate(PROMPTS[:2], [0, 8])[0] == ""
    assert model.generator.sample(PROMPTS[:1], [0], 2) == [["", ""]]
    assert list(model.generator.stream(PROMPTS[0], 0)) == []
    short = model.generator.generate(PROMPTS[:1], [5])[0]
    assert 1 <= len(model.generator.tokenizer(short, add_special_tokens=False)["input_ids"]) <= 6


def test_stream_adds_up_to_the_greedy_reply_and_stops_when_told(model):
    assert "".join(model.generator.stream(PROMPTS[0], 32)).strip() == model.generator.generate(PROMPTS[:1], [32])[0]
    stop, pieces = threading.Event(), []
    for piece in model.generator.stream(PROMPTS[1], 64, stop):
        pieces.append(piece)
        if len(pieces) == 3:
            stop.set()
    assert len(pieces) == 3


def test_make_generator_falls_back_only_when_asked_for_auto(monkeypatch, model):
    from pixel_model.inference import onnx_generator as OG

    def broken(*a, **k):
        raise RuntimeError("builder failed")

    monkeypatch.setattr(OG, "OnnxGenerator", broken)
    gen, engine = M.make_generator(model.generator.path, torch.device("cpu"), "auto")
    assert engine == "torch" and isinstance(gen, Generator)
    with pytest.raises(RuntimeError):
        M.make_generator(model.generator.path, torch.device("cpu"), "onnx-int4")
    with pytest.raises(ValueError, match="CPU only"):
        M.make_generator(model.generator.path, torch.device("cuda"), "onnx")
