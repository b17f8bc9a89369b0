"""Text -> pooled sentence embeddings (mean pooling + L2 norm). MiniLM by default; any HF encoder."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import torch
from transformers import AutoModel, AutoTokenizer

if TYPE_CHECKING:
    from pixel_model.inference.onnx_engine import OnnxEncoder


class TextEncoder:
    def __init__(self, path: str | Path, device: torch.device, max_length: int = 256):
        self.path = str(path)
        self.device = device
        self.max_length = max_length
        self.tokenizer = AutoTokenizer.from_pretrained(self.path)
        # The encoder stays fp32 even on CUDA: it is small, and fp32 keeps CPU/GPU outputs comparable.
        self.model = AutoModel.from_pretrained(self.path, dtype=torch.float32).to(device).eval()
        self.dim = int(self.model.config.hidden_size)
        # a fast tokenizer keeps its padding/truncation settings in shared mutable state: calls with different
        # settings from two serving threads at once produce ragged batches (seen as a 500 under 64 clients)
        self._tok_lock = threading.Lock()
        # ONNX Runtime sessions for the forwards (``onnx_engine.attach``); None: PyTorch
        self.session: OnnxEncoder | None = None

    def windows(self, text: str, size: int | None = None, overlap: int = 64) -> list[str]:
        """``text`` cut into overlapping windows of at most ``size`` tokens (default: what one forward reads), at
        token boundaries; a text that fits is returned whole. Long messages are read window by window, never
        silently truncated."""
        size = size or self.max_length - 2
        with self._tok_lock:
            enc = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, truncation=False)
        offs = enc["offset_mapping"]
        if len(offs) <= size:
            return [text]
        out, start, step = [], 0, max(1, size - overlap)
        while True:
            end = min(start + size, len(offs))
            out.append(text[offs[start][0] : offs[end - 1][1]])
            if end == len(offs):
                return out
            start += step

    def _tokenize(self, texts: list[str]):
        with self._tok_lock:
            enc = self.tokenizer(
                [t if t.strip() else "." for t in texts],
                padding=True,
                truncation=True,
                max_length=self.max_length,
                return_tensors="pt",
            )
        return enc.to(self.device)

    @staticmethod
    def _pool(last_hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean over real tokens, L2-normalised, float32 on CPU."""
        m = mask.unsqueeze(-1).to(last_hidden.dtype)
        pooled = (last_hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled.float(), dim=-1).cpu()

    @torch.inference_mode()
    def embed_with_hidden(self, texts: list[str], layer: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(pooled embeddings [N, D] on CPU, hidden states at ``layer`` [N, L, D] and mask [N, L] on the device):
        one forward serves the frozen heads and the crisis tower."""
        if not texts:
            return torch.zeros(0, self.dim), torch.zeros(0, 1, self.dim), torch.zeros(0, 1, dtype=torch.long)
        enc = self._tokenize(texts)
        if self.session is not None:
            if layer != self.session.split_layer:
                raise ValueError(f"the ONNX encoder returns layer {self.session.split_layer}, not {layer}")
            pooled, hidden = self.session.full(enc)
            return pooled, hidden, enc["attention_mask"]
        out = self.model(**enc, output_hidden_states=True)
        return self._pool(out.last_hidden_state, enc["attention_mask"]), out.hidden_states[layer], enc["attention_mask"]

    @torch.inference_mode()
    def bottom_hidden(
        self, texts: list[str], layer: int, pairs: list[str] | None = None, max_length: int | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Hidden states after the encoder's first ``layer`` layers only ([N, L, D], mask [N, L], on the device):
        the input of a tower with that split, without paying for the layers above it. ``pairs``: a second text
        per item, encoded as the tokenizer's text pair (``[CLS] a [SEP] b [SEP]``)."""
        from pixel_model.inference.crisis_tower import run_layers

        with self._tok_lock:
            enc = self.tokenizer(
                [t if t.strip() else "." for t in texts],
                pairs,
                padding=True,
                truncation=True,
                max_length=max_length or self.max_length,
                return_tensors="pt",
            )
        enc = enc.to(self.device)
        if self.session is not None and layer == self.session.split_layer:
            return self.session.bottom(enc), enc["attention_mask"]
        m = self.model
        h = m.embeddings(input_ids=enc["input_ids"], token_type_ids=enc.get("token_type_ids"))
        return run_layers(m.encoder.layer[:layer], h, enc["attention_mask"]), enc["attention_mask"]

    @torch.inference_mode()
    def embed(self, texts: list[str], batch_size: int = 64) -> torch.Tensor:
        """Embeddings [N, dim] on CPU, float32, unit norm. Lists in, lists out; empty list -> [0, dim]."""
        if not texts:
            return torch.zeros(0, self.dim)
        out = []
        for i in range(0, len(texts), batch_size):
            enc = self._tokenize(texts[i : i + batch_size])
            if self.session is not None:
                out.append(self.session.full(enc)[0])
            else:
                out.append(self._pool(self.model(**enc).last_hidden_state, enc["attention_mask"]))
        return torch.cat(out)
