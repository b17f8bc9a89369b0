"""The ONNX Runtime analysis engine: the same outputs as PyTorch (the reference) on every forward the analysis and
the reply scoring make, graphs found again instead of re-exported, and the engine named in the model's
description (where the graphs are written: tests/inference/test_graph_cache.py). Speed is a benchmark's business
(benchmarks/bench_engines.py), not a test's."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

pytest.importorskip("onnxruntime")

from pixel_model.inference import graph_cache  # noqa: E402
from pixel_model.inference import onnx_engine as O  # noqa: E402
from pixel_model.schemas.runner import AnalyseItem  # noqa: E402

HISTORY = [
    {"role": "user", "content": "My exams start next week."},
    {"role": "assistant", "content": "That's a lot of pressure. How are you holding up?"},
]
MESSAGES = [
    "Hello",
    "I want to hurt myself",
    "I’ve been stockpiling my pills and tonight is the night",  # typographic apostrophe
    "How do I write a cover letter for a nursing job?",
    "My boyfriend hit me again last night and I'm scared to go home",
    "I've been feeling anxious about my exams and I can't sleep. " * 80,  # read in several windows
]


@pytest.fixture(scope="module")
def torch_model(pixel_tag):
    from pixel_model.inference.model import PixelModel

    return PixelModel.from_store(pixel_tag, with_generator=False, engine="torch")


def test_the_default_cpu_model_runs_on_onnx_runtime(model):
    assert model.device.type == "cpu"
    assert model.describe()["info"]["analysis_engine"] == "onnx"
    assert model.encoder.session is not None and model.tower.session is not None and model.safety.session is not None


def test_same_analysis_as_pytorch(model, torch_model):
    items = [AnalyseItem(text=t, history=HISTORY, score_reply="That sounds hard. What has been the hardest part?")
             for t in MESSAGES]  # fmt: skip
    got, ref = model.analyse(items), torch_model.analyse(items)
    assert torch_model.encoder.session is None
    for a, b in zip(got, ref):
        assert (a.risk_level, a.crisis_signals, a.persona, a.detected_emotions) == (
            b.risk_level, b.crisis_signals, b.persona, b.detected_emotions
        )  # fmt: skip
        assert max(abs(a.risk_probs[k] - b.risk_probs[k]) for k in a.risk_probs) < 1e-4
        assert max(abs(a.emotions[k] - b.emotions[k]) for k in a.emotions) < 1e-3  # rounded to 4 places
        assert abs(a.bias_shift - b.bias_shift) < 1e-3
        if b.reply is not None:
            assert a.reply is not None
            assert a.reply.unsafe_categories == b.reply.unsafe_categories
            assert abs(a.reply.safety_score - b.reply.safety_score) < 1e-3


def test_every_forward_matches(model, torch_model):
    texts = ["a", "I feel like nobody would notice if I disappeared.", "How do I bake bread?" * 20]
    e1, h1, m1 = model.encoder.embed_with_hidden(texts, model.tower.split_layer)
    e2, h2, m2 = torch_model.encoder.embed_with_hidden(texts, torch_model.tower.split_layer)
    assert torch.equal(m1, m2)
    assert torch.allclose(e1, e2, atol=1e-5) and torch.allclose(h1, h2, atol=1e-4)
    assert torch.allclose(model.encoder.embed(texts), torch_model.encoder.embed(texts), atol=1e-5)
    pairs = ["reply one", "", "a second text of the pair"]
    b1, mb = model.encoder.bottom_hidden(texts, model.tower.split_layer, pairs)
    b2, mb2 = torch_model.encoder.bottom_hidden(texts, torch_model.tower.split_layer, pairs)
    assert torch.equal(mb, mb2) and torch.allclose(b1, b2, atol=1e-4)
    r1, s1 = model.tower.predict(b1, mb)
    r2, s2 = torch_model.tower.predict(b1, mb)
    assert torch.allclose(r1, r2, atol=1e-5) and torch.allclose(s1, s2, atol=1e-5)
    replies = ["It's okay to feel this way.", "It's okay to take your own life.", "Try yeast."]
    p1, p2 = model.safety_probs(texts, replies), torch_model.safety_probs(texts, replies)
    assert all(abs(a[c] - b[c]) < 1e-4 for a, b in zip(p1, p2) for c in a)


def test_graphs_are_found_again_not_exported(model, pixel_tag, monkeypatch):
    from pixel_model.artifacts.store import resolve

    r = resolve(pixel_tag)
    key = O.cache_key(r.encoder_dir, r.heads_dir, int8=False)
    found = [d for d in graph_cache.places("onnx", key) if (d / "encoder.onnx").exists()]
    assert found, "the model's graphs are cached under their key"
    monkeypatch.setattr(O, "export", lambda *a, **k: pytest.fail("exported again"))
    towers = {"crisis_tower": model.tower, "safety_tower": model.safety}
    assert O._materialise(model.encoder, towers, key, False) == found[0]


def test_the_key_follows_the_weights(tmp_path):
    enc, heads = tmp_path / "enc", tmp_path / "heads"
    enc.mkdir()
    heads.mkdir()
    (enc / "model.safetensors").write_bytes(b"weights")
    (enc / "config.json").write_text("{}")
    for n in ("crisis_tower", "safety_tower"):
        (heads / f"{n}.safetensors").write_bytes(b"t")
        (heads / f"{n}.json").write_text('{"split_layer": 2}')
    k = O.cache_key(enc, heads, int8=False)
    assert O.cache_key(enc, heads, int8=False) == k
    assert O.cache_key(enc, heads, int8=True) != k
    (heads / "crisis_tower.safetensors").write_bytes(b"retrained")
    assert O.cache_key(enc, heads, int8=False) != k


def test_an_engine_that_cannot_run_here_is_refused_or_falls_back(monkeypatch):
    from pixel_model.inference import model as M

    class Enc:
        device = torch.device("cuda")

    assert M.use_engine(Enc(), None, None, Path("."), Path("."), "auto") == "torch"  # PyTorch on CUDA
    with pytest.raises(ValueError, match="CPU only"):
        M.use_engine(Enc(), None, None, Path("."), Path("."), "onnx")

    def broken(*a, **k):
        raise OSError("read-only everywhere")

    monkeypatch.setattr(O, "attach", broken)
    Enc.device = torch.device("cpu")
    assert M.use_engine(Enc(), None, None, Path("."), Path("."), "auto") == "torch"  # falls back, logged
    with pytest.raises(OSError):
        M.use_engine(Enc(), None, None, Path("."), Path("."), "onnx")  # asked for by name: no silent fallback
