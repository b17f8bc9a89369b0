"""ONNX Runtime for the analysis forwards on CPU: the encoder, and the crisis and safety towers, exported from the
loaded PyTorch modules and run by ``onnxruntime``; PyTorch stays the reference, the GPU path and training's engine.

Why: on one CPU thread the analysis is small matrix work wrapped in a great deal of per-operator dispatch. The same
graphs through ONNX Runtime (its graph optimisations fuse attention, LayerNorm and GELU) give the same numbers --
max abs difference ~1e-5 on the logits, ``tests/inference/test_onnx_engine.py`` -- and faster: analysis with a reply
to score 1.56x for one message, 1.19x at batch 8, about even at batch 32 (``benchmarks/bench_engines.py``, README
"Benchmarks"). What the engine is changes no decision:
thresholds, temperatures and fusion are applied to its outputs exactly as to PyTorch's.

Four graphs, each with dynamic batch and sequence axes (``input_ids``, ``token_type_ids``, ``attention_mask``:
int64 [N, L]; hidden states float32 [N, L, D]):

- ``encoder``: tokens -> (mean-pooled, L2-normalised embedding [N, D], hidden states after the first
  ``split_layer`` layers [N, L, D]): ``TextEncoder.embed_with_hidden`` and ``embed``;
- ``bottom``: tokens -> hidden states after the first ``split_layer`` layers: ``TextEncoder.bottom_hidden``;
- ``crisis_tower``: (hidden, mask) -> (risk logits [N, 5], signal logits [N, S]);
- ``safety_tower``: (hidden, mask) -> category logits [N, C].

The graphs are traced from the modules as loaded (``torch.onnx.export``, TorchScript exporter, opset 17) and the
attention mask is built by this project's ``run_layers``, not by transformers' mask helpers, whose shortcuts (no
mask when a traced example has no padding) would be frozen into a trace. Files go to a directory named by a digest
of the weights and of the versions that made them (``cache_key``; ``graph_cache.py``: ``PIXEL_CACHE_DIR/onnx/<key>``,
else the system temp directory, built in a scratch directory and renamed into place). First load of new weights:
~5-10 s to export; later loads: none.

``int8`` (engine "onnx-int8", for ``benchmarks/bench_engines.py`` only): the same graphs with ONNX Runtime's dynamic
int8 quantisation (per-channel weights). 2.4-3.4x faster than PyTorch, but it lowers crisis recall (held-out proxy,
high at >= high, 0.874 -> 0.852), so no setting turns it on (README "Benchmarks").
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn

from pixel_model.inference.crisis_tower import EncoderTower, run_layers
from pixel_model.inference.graph_cache import digest, materialise

FORMAT = 1  # bump when the graphs' inputs, outputs or construction change
_TOKENS = ["input_ids", "token_type_ids", "attention_mask"]
_HIDDEN = ["hidden", "attention_mask"]


class _Bottom(nn.Module):
    def __init__(self, model: nn.Module, split_layer: int):
        super().__init__()
        self.model, self.split = model, split_layer

    def forward(self, input_ids, token_type_ids, attention_mask):
        h = self.model.embeddings(input_ids=input_ids, token_type_ids=token_type_ids)
        return run_layers(self.model.encoder.layer[: self.split], h, attention_mask)


class _Full(_Bottom):
    def forward(self, input_ids, token_type_ids, attention_mask):
        low = super().forward(input_ids, token_type_ids, attention_mask)
        top = run_layers(self.model.encoder.layer[self.split :], low, attention_mask)
        m = attention_mask.unsqueeze(-1).to(top.dtype)
        pooled = (top * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return nn.functional.normalize(pooled, dim=-1), low


class _Tower(nn.Module):
    def __init__(self, tower: EncoderTower):
        super().__init__()
        self.tower = tower

    def forward(self, hidden, attention_mask):
        return self.tower(hidden, attention_mask)


def cache_key(encoder_dir: Path, heads_dir: Path, int8: bool) -> str:
    """A digest of everything the graphs depend on: the encoder's and the towers' weight files and configs, the
    graph format, torch's and onnxruntime's versions, int8 or not."""
    import onnxruntime

    files = sorted(p for p in Path(encoder_dir).iterdir() if p.suffix in (".safetensors", ".bin", ".json"))
    files += [Path(heads_dir) / f"{n}{s}" for n in ("crisis_tower", "safety_tower") for s in (".safetensors", ".json")]
    return digest(f"{FORMAT}|{torch.__version__}|{onnxruntime.__version__}|{int8}", files)


def _example(tokenizer):
    # two texts of different lengths, so that the trace carries padding
    enc = tokenizer(["a short one", "a longer example sentence, with padding for the other"], padding=True,
                    return_tensors="pt")  # fmt: skip
    return enc["input_ids"], enc["token_type_ids"], enc["attention_mask"]


def export(encoder, towers: dict[str, EncoderTower], directory: Path, int8: bool = False) -> None:
    """Write ``encoder.onnx``, ``bottom.onnx`` and one ``<name>.onnx`` per tower into ``directory`` (created)."""
    directory.mkdir(parents=True, exist_ok=True)
    splits = {t.split_layer for t in towers.values()}
    if len(splits) != 1:
        raise ValueError(f"the towers split the encoder at different layers {sorted(splits)}; one split expected")
    split = splits.pop()
    ids, tt, mask = _example(encoder.tokenizer)
    axes_tok = {k: {0: "n", 1: "l"} for k in _TOKENS}
    kw = {"opset_version": 17, "dynamo": False}
    # the tracer warns about Python values it freezes (shapes, transformers' SDPA checks): the graphs are checked
    # against PyTorch on padded batches of other lengths (tests/inference/test_onnx_engine.py)
    with torch.inference_mode(False), torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        full = _Full(encoder.model, split).eval()
        torch.onnx.export(full, (ids, tt, mask), str(directory / "encoder.onnx"), input_names=_TOKENS,
                          output_names=["pooled", "hidden"], dynamic_axes=axes_tok | {"pooled": {0: "n"},
                          "hidden": {0: "n", 1: "l"}}, **kw)  # fmt: skip
        torch.onnx.export(_Bottom(encoder.model, split).eval(), (ids, tt, mask), str(directory / "bottom.onnx"),
                          input_names=_TOKENS, output_names=["hidden"],
                          dynamic_axes=axes_tok | {"hidden": {0: "n", 1: "l"}}, **kw)  # fmt: skip
        _, hidden = full(ids, tt, mask)
        for name, tower in towers.items():
            outs = ["risk", "signals"] if name == "crisis_tower" else ["logits"]
            torch.onnx.export(_Tower(tower).eval(), (hidden, mask), str(directory / f"{name}.onnx"),
                              input_names=_HIDDEN, output_names=outs,
                              dynamic_axes={"hidden": {0: "n", 1: "l"}, "attention_mask": {0: "n", 1: "l"}}
                              | {o: {0: "n"} for o in outs}, **kw)  # fmt: skip
    if int8:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        for f in list(directory.glob("*.onnx")):
            tmp = f.with_suffix(".int8")
            quantize_dynamic(str(f), str(tmp), weight_type=QuantType.QInt8, per_channel=True)
            tmp.replace(f)


class OnnxGraph:
    """One ONNX Runtime session: torch tensors in (moved to CPU numpy), float32 torch tensors out. Thread-safe
    (ONNX Runtime allows concurrent ``run`` calls on one session)."""

    def __init__(self, path: Path, threads: int):
        import onnxruntime as ort

        so = ort.SessionOptions()
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]

    def __call__(self, *args: torch.Tensor) -> list[torch.Tensor]:
        feed = {}
        for name, a in zip(self.inputs, args):
            x = a.detach().cpu().numpy()
            feed[name] = x.astype(np.int64) if name in _TOKENS else x.astype(np.float32)
        return [torch.from_numpy(o) for o in self.session.run(None, feed)]


class OnnxEncoder:
    """``encoder`` and ``bottom`` graphs for ``TextEncoder``: ``full(enc) -> (pooled, hidden)``, ``bottom(enc)``."""

    def __init__(self, directory: Path, split_layer: int, threads: int):
        self.split_layer = split_layer
        self._full = OnnxGraph(directory / "encoder.onnx", threads)
        self._bottom = OnnxGraph(directory / "bottom.onnx", threads)

    @staticmethod
    def _args(enc) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        ids = enc["input_ids"]
        tt = enc.get("token_type_ids")
        return ids, tt if tt is not None else torch.zeros_like(ids), enc["attention_mask"]

    def full(self, enc) -> tuple[torch.Tensor, torch.Tensor]:
        pooled, hidden = self._full(*self._args(enc))
        return pooled, hidden

    def bottom(self, enc) -> torch.Tensor:
        return self._bottom(*self._args(enc))[0]


def _materialise(encoder, towers: dict[str, EncoderTower], key: str, int8: bool) -> Path:
    """The graphs' directory for ``key``: found, or exported into the first place that can be written."""
    names = ["encoder.onnx", "bottom.onnx"] + [f"{n}.onnx" for n in towers]
    return materialise(
        "onnx", key, lambda d: all((d / n).exists() for n in names), lambda d: export(encoder, towers, d, int8)
    )


def attach(encoder, towers: dict[str, EncoderTower], encoder_dir: Path, heads_dir: Path, engine: str, threads: int):
    """Run ``encoder``'s forwards and each tower's through ONNX Runtime (``engine`` "onnx" or "onnx-int8"): sets
    ``encoder.session`` and each ``tower.session``. Returns the graphs' directory. Raises ``ImportError`` without
    onnxruntime, ``OSError`` when no directory can be written; the caller falls back to PyTorch."""
    int8 = engine == "onnx-int8"
    key = cache_key(encoder_dir, heads_dir, int8)
    directory = _materialise(encoder, towers, key, int8)
    split = next(iter(towers.values())).split_layer
    session = OnnxEncoder(directory, split, threads)
    tower_sessions = {name: OnnxGraph(directory / f"{name}.onnx", threads) for name in towers}
    encoder.session = session
    for name, tower in towers.items():
        tower.session = tower_sessions[name]
    return directory
