"""Reply generation through ONNX Runtime GenAI on CPU: the same causal LM, its own chat template and tokenizer, the
same decoding settings as ``generator.Generator`` (greedy with repetition penalty 1.1; best-of-N sampling at
temperature 0.7, top-p 0.9, top-k 50; streaming with a stop event), decoded by ``onnxruntime-genai`` instead of
Hugging Face ``generate``.

Why: on one CPU thread a 135M-parameter decoder step is mostly PyTorch's per-operator overhead, not arithmetic.
Measured here (``benchmarks/bench_generators.py``, README "Benchmarks"): the fp32 graph decodes 1.7-2x faster
than ``generate`` with identical greedy replies; the int4 graph (engine "onnx-int4", for the benchmarks only: block-wise
4-bit weights, 32 per block with a zero point -- the scheme of the Q4_1 GGUF the default's weights come from -- int8
activations) ~6x faster, but its replies failed the development reply set more often (0.609 against 0.665 for
fp32 on the same code; more claims to be human, one eating-disorder violation), so no setting offers it.

The graph is built once per (weights, precision) by the library's model builder
(``python -m onnxruntime_genai.models.builder``, ~10-20 s) into ``PIXEL_CACHE_DIR/genai/<key>`` (else the system
temp directory; ``graph_cache.py``), and runs with one intra-op thread (``PIXEL_TORCH_THREADS``).

Batching: ONNX Runtime GenAI finds padding by the pad token, and this model's pad token is its end-of-turn token,
which every chat prompt contains; so sequences are batched only when their prompts are identical (the N candidates
of one conversation), and different conversations decode one after another.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from transformers import AutoTokenizer

from pixel_model.inference.generator import SAMPLING, Messages, chat_prompt
from pixel_model.inference.graph_cache import digest, materialise
from pixel_model.metrics import GENERATED_TOKENS

PRECISIONS = {"onnx": "fp32", "onnx-int4": "int4"}
_BUILDER_OPTIONS = {"int4": ["int4_is_symmetric=false", "int4_block_size=32", "int4_accuracy_level=4"]}
FORMAT = 1
REPETITION_PENALTY = 1.1  # as Generator._gen_kwargs


def cache_key(src: Path, precision: str) -> str:
    """A digest of the generator's weights and configs, the precision and the library's version."""
    import onnxruntime_genai

    files = sorted(p for p in Path(src).iterdir() if p.suffix in (".safetensors", ".json", ".jinja"))
    return digest(f"{FORMAT}|{precision}|{onnxruntime_genai.__version__}", files)


def build(src: Path, out: Path, precision: str, threads: int) -> None:
    """Build the ONNX Runtime GenAI model of the Hugging Face directory ``src`` into ``out`` (the library's
    builder, in a subprocess: it holds a second copy of the weights while it works). Raises ``RuntimeError`` with
    the builder's last output when it fails."""
    cmd = [sys.executable, "-m", "onnxruntime_genai.models.builder", "-i", str(src), "-o", str(out), "-p", precision,
           "-e", "cpu", "-c", str(out / ".hf-cache")]  # fmt: skip
    if _BUILDER_OPTIONS.get(precision):
        cmd += ["--extra_options", *_BUILDER_OPTIONS[precision]]
    env = os.environ | {"OMP_NUM_THREADS": str(threads)}
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise RuntimeError(f"onnxruntime-genai builder failed: {(r.stderr or r.stdout)[-2000:]}")
    shutil.rmtree(out / ".hf-cache", ignore_errors=True)
    cfg_path = out / "genai_config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["model"]["decoder"].setdefault("session_options", {}).update(
        {"intra_op_num_threads": threads, "inter_op_num_threads": 1}
    )
    cfg_path.write_text(json.dumps(cfg, indent=2))


def built_model(src: Path, precision: str, threads: int) -> Path:
    """The built model's directory: found under its key, or built into the first place that can be written."""
    return materialise(
        "genai",
        cache_key(src, precision),
        lambda d: (d / "genai_config.json").exists(),
        lambda d: build(src, d, precision, threads),
    )


class OnnxGenerator:
    """``Generator``'s interface (``generate``, ``sample``, ``stream``, ``tokenizer``, ``path``, ``max_context``) over
    an ONNX Runtime GenAI model built from the Hugging Face directory ``path``. ``engine``: "onnx" (fp32) or
    "onnx-int4". Raises ``ImportError`` without onnxruntime-genai, ``OSError``/``RuntimeError`` when the model
    cannot be built."""

    def __init__(self, path: str | Path, engine: str = "onnx", threads: int = 1):
        import onnxruntime_genai as og

        self.og = og
        self.path = str(path)
        self.precision = PRECISIONS[engine]
        self.built = built_model(Path(path), self.precision, threads)
        cfg = og.Config(str(self.built))
        cfg.clear_providers()  # CPU
        self.model = og.Model(cfg)
        self.tokenizer = AutoTokenizer.from_pretrained(self.path)
        self.tokenizer.truncation_side = "left"  # keep the latest turns when a history is too long
        self.max_context = int(json.loads((self.built / "genai_config.json").read_text())["model"]["context_length"])
        self._tok_lock = threading.Lock()

    def _ids(self, messages: Messages, max_new_tokens: int) -> list[int]:
        budget = max(64, self.max_context - max_new_tokens)
        with self._tok_lock:
            enc = self.tokenizer(
                chat_prompt(self.tokenizer, messages), truncation=True, max_length=budget, add_special_tokens=False
            )
        return list(enc["input_ids"])

    def _generator(
        self, ids: list[int], n: int, max_new_tokens: int, sampling: bool, seed: int | None, min_new_tokens: int = 0
    ):
        og = self.og
        params = og.GeneratorParams(self.model)
        opts = {"max_length": len(ids) + max_new_tokens, "repetition_penalty": REPETITION_PENALTY, "batch_size": n}
        if min_new_tokens:  # benchmarks: decode a fixed number of tokens
            opts["min_length"] = len(ids) + min_new_tokens
        if sampling:
            opts |= {k: SAMPLING[k] for k in ("do_sample", "temperature", "top_p", "top_k")}
            if seed is not None:
                opts["random_seed"] = seed % (2**31 - 1)  # the library's seed is a C int; the pipeline's is 32-bit
        else:
            opts["do_sample"] = False
        params.set_search_options(**opts)
        gen = og.Generator(self.model, params)
        gen.append_tokens(np.array([ids] * n, dtype=np.int32))
        return gen

    def _decode(self, tokens: list[int]) -> str:
        return self.tokenizer.decode(tokens, skip_special_tokens=True).strip()

    def _new_tokens(self, gen, row: int, start: int) -> list[int]:
        seq = list(gen.get_sequence(row))[start:]
        eos = self.tokenizer.eos_token_id
        return seq[: seq.index(eos)] if eos in seq else seq

    def _run(self, messages: Messages, max_new_tokens: int, n: int, sampling: bool, seed: int | None) -> list[str]:
        ids = self._ids(messages, max_new_tokens)
        gen = self._generator(ids, n, max_new_tokens, sampling, seed)
        while not gen.is_done():
            gen.generate_next_token()
        rows = [self._new_tokens(gen, k, len(ids))[:max_new_tokens] for k in range(n)]
        GENERATED_TOKENS.labels("batch").inc(sum(len(r) for r in rows))
        return [self._decode(r) for r in rows]

    def generate(self, conversations: list[Messages], max_new_tokens: list[int]) -> list[str]:
        """Greedy replies, one per conversation (decoded one conversation after another)."""
        return [self._run(m, b, 1, False, None)[0] if b > 0 else "" for m, b in zip(conversations, max_new_tokens)]

    def sample(
        self, conversations: list[Messages], max_new_tokens: list[int], n: int, seed: int | None = None
    ) -> list[list[str]]:
        """``n`` sampled replies per conversation (``SAMPLING``), the n decoded together; ``n == 1``: greedy."""
        if n <= 1:
            return [[r] for r in self.generate(conversations, max_new_tokens)]
        return [
            self._run(m, b, n, True, None if seed is None else seed + i) if b > 0 else [""] * n
            for i, (m, b) in enumerate(zip(conversations, max_new_tokens))
        ]

    def stream(self, messages: Messages, max_new_tokens: int, stop: threading.Event | None = None) -> Iterator[str]:
        """Yield text pieces as they are decoded (greedy, as ``generate``); ``stop`` ends it at the next token."""
        if max_new_tokens <= 0:
            return
        ids = self._ids(messages, max_new_tokens)
        gen = self._generator(ids, 1, max_new_tokens, False, None)
        eos = self.tokenizer.eos_token_id
        tokens: list[int] = []
        shown = ""
        try:
            while not gen.is_done() and not (stop is not None and stop.is_set()):
                gen.generate_next_token()
                tok = int(gen.get_next_tokens()[0])
                if tok == eos:
                    break
                tokens.append(tok)
                text = self.tokenizer.decode(tokens, skip_special_tokens=True)
                if text.endswith("\ufffd"):  # half of a multi-byte character: wait for the rest
                    continue
                if len(text) > len(shown):
                    yield text[len(shown) :]
                    shown = text
        finally:
            GENERATED_TOKENS.labels("stream").inc(len(tokens))
