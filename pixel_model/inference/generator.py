"""Causal-LM reply generation: the model's own chat template, batched greedy decoding, batched sampling of
several candidates per conversation (best-of-N, ranked by the reply guard and the heads), streaming.

SmolLM2-135M-Instruct by default; any local Hugging Face causal LM (e.g. a Qwen3 checkpoint) works:
nothing here assumes the default's sizes or template.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    StoppingCriteria,
    StoppingCriteriaList,
    TextIteratorStreamer,
)

from pixel_model.inference.device import generator_dtype
from pixel_model.metrics import GENERATED_TOKENS

Messages = list[dict[str, str]]
# sampling for best-of-N candidates: varied enough that N candidates differ, tame enough to stay on topic
SAMPLING = {"do_sample": True, "temperature": 0.7, "top_p": 0.9, "top_k": 50}


def chat_prompt(tokenizer, messages: Messages) -> str:
    """``messages`` in the model's own chat template, ready for the assistant's turn (both decoders use it)."""
    kwargs = {}
    # Qwen3-style templates accept enable_thinking; a reply must not contain a thinking trace.
    if "enable_thinking" in (tokenizer.chat_template or ""):
        kwargs["enable_thinking"] = False
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True, **kwargs)


class _StopOn(StoppingCriteria):
    """Stops a generation when its event is set (the stream's guard blocked a sentence)."""

    def __init__(self, event: threading.Event):
        self.event = event

    def __call__(self, input_ids, scores, **kwargs) -> bool:
        return self.event.is_set()


class _CountSteps(StoppingCriteria):
    """Never stops; counts the decoding steps (one token each at batch 1) for ``pixel_generated_tokens_total``."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, input_ids, scores, **kwargs) -> bool:
        self.n += 1
        return False


class Generator:
    def __init__(self, path: str | Path, device: torch.device):
        self.path = str(path)
        self.device = device
        self.tokenizer = AutoTokenizer.from_pretrained(self.path)
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.model = AutoModelForCausalLM.from_pretrained(self.path, dtype=generator_dtype(device))
        self.model.to(device).eval()
        self.max_context = int(getattr(self.model.config, "max_position_embeddings", 2048) or 2048)
        self._tok_lock = threading.Lock()  # the fast tokenizer's settings are shared state (see encoder.py)

    def _prompt(self, messages: Messages) -> str:
        return chat_prompt(self.tokenizer, messages)

    def _encode(self, prompts: list[str], max_new_tokens: int):
        budget = max(64, self.max_context - max_new_tokens)
        with self._tok_lock:
            self.tokenizer.truncation_side = "left"  # keep the latest turns when a history is too long
            enc = self.tokenizer(
                prompts, return_tensors="pt", padding=True, truncation=True, max_length=budget, add_special_tokens=False
            )
        return enc.to(self.device)

    def _gen_kwargs(self, max_new_tokens: int) -> dict:
        return dict(
            max_new_tokens=max_new_tokens,
            do_sample=False,
            temperature=None,
            top_p=None,
            top_k=None,
            repetition_penalty=1.1,
            pad_token_id=self.tokenizer.pad_token_id,
        )

    @torch.inference_mode()
    def generate(self, conversations: list[Messages], max_new_tokens: list[int]) -> list[str]:
        """Greedy replies, one per conversation; a batch decodes together up to its largest budget."""
        if not conversations:
            return []
        top = max(max_new_tokens)
        if top <= 0:
            return [""] * len(conversations)
        enc = self._encode([self._prompt(m) for m in conversations], top)
        out = self.model.generate(**enc, **self._gen_kwargs(top))
        new = out[:, enc["input_ids"].shape[1] :]
        GENERATED_TOKENS.labels("batch").inc(self._decoded(new, [max(b, 0) for b in max_new_tokens]))
        replies = []
        for row, budget in zip(new, max_new_tokens):
            text = self.tokenizer.decode(row[: max(budget, 0)], skip_special_tokens=True)
            replies.append(text.strip())
        return replies

    @torch.inference_mode()
    def sample(
        self, conversations: list[Messages], max_new_tokens: list[int], n: int, seed: int | None = None
    ) -> list[list[str]]:
        """``n`` sampled replies per conversation (``SAMPLING``), all in one batched ``generate`` call; with
        ``n == 1``, the greedy reply. ``seed`` makes the draw reproducible."""
        if not conversations:
            return []
        top = max(max_new_tokens)
        if top <= 0:
            return [[""] * n for _ in conversations]
        if n <= 1:
            return [[r] for r in self.generate(conversations, max_new_tokens)]
        enc = self._encode([self._prompt(m) for m in conversations], top)
        if seed is not None:
            torch.manual_seed(seed)
        kw = self._gen_kwargs(top) | SAMPLING | {"num_return_sequences": n}
        out = self.model.generate(**enc, **kw)
        new = out[:, enc["input_ids"].shape[1] :]  # row i * n + k: conversation i, candidate k
        GENERATED_TOKENS.labels("batch").inc(self._decoded(new, [max(b, 0) for b in max_new_tokens for _ in range(n)]))
        return [
            [
                self.tokenizer.decode(new[i * n + k][: max(budget, 0)], skip_special_tokens=True).strip()
                for k in range(n)
            ]
            for i, budget in enumerate(max_new_tokens)
        ]

    def _decoded(self, new: torch.Tensor, budgets: list[int]) -> int:
        """Tokens the model produced in each row, up to its budget (padding, which follows the end of a shorter
        row, not counted)."""
        pad = self.tokenizer.pad_token_id
        if pad is None:
            return sum(min(b, new.shape[1]) for b in budgets)
        return sum(int((row[:b] != pad).sum()) for row, b in zip(new, budgets))

    def stream(self, messages: Messages, max_new_tokens: int, stop: threading.Event | None = None) -> Iterator[str]:
        """Yield text pieces as they are decoded (greedy, same settings as ``generate``); setting ``stop`` ends
        the generation at the next token."""
        if max_new_tokens <= 0:
            return
        enc = self._encode([self._prompt(messages)], max_new_tokens)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        steps = _CountSteps()
        criteria = StoppingCriteriaList([steps] + ([_StopOn(stop)] if stop is not None else []))

        def run():
            with torch.inference_mode():
                self.model.generate(
                    **enc, **self._gen_kwargs(max_new_tokens), streamer=streamer, stopping_criteria=criteria
                )

        t = threading.Thread(target=run, daemon=True)
        t.start()
        for piece in streamer:
            if piece:
                yield piece
        t.join()
        GENERATED_TOKENS.labels("stream").inc(steps.n)
