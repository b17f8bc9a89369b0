"""The reply-kind router: which vetted kind of answer a user message asks for, read from its sentence embedding.

Why a learned router next to the regular expressions of ``reply_rules``: questions about Pixel, requests for
promises, coping questions, medicine questions and questions about contacting an ex are answered from the response
bank (``compose.py``), never sampled, because the 135M generator's answers to them failed the reply checks. The
regular expressions route the wordings they were written from; on a reply set written in a separate pass they
caught few new ones (identity 0.25, the rest generated). A multinomial logistic regression on the encoder's own
sentence embedding (the one ``compose`` already computes, so routing costs one [K, 384] product) reads the kind
from meaning rather than from words. The regular expressions stay in front: the router only adds routes.

Labels (``LABELS``): ``about_pixel_identity`` (what Pixel is: a person, a bot, feelings, memory),
``about_pixel_qualified`` (qualifications, a diagnosis, being someone's therapist), ``about_pixel_promise`` (always
be there, love), ``about_pixel_stand_in`` (pretend to be someone in their life), ``coping`` (how to cope with a
difficulty: steps), ``medication`` (a question about a medicine), ``contact`` (whether to contact or go back to an
ex or an abuser), ``none``.

A message is routed to its most probable label when that label is not ``none`` and its probability reaches the
label's threshold (``thresholds``), chosen on validation families so that at most ``MAX_FALSE_ROUTE`` of the
validation ``none`` messages are routed (``training/train_router.py``). Files: ``router.safetensors`` (``weight``
[K, D], ``bias`` [K]) and ``router.json`` (labels, thresholds, metrics), in the weights directory; absent files ->
no router (regular expressions only).
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

LABELS = (
    "none",
    "about_pixel_identity",
    "about_pixel_qualified",
    "about_pixel_promise",
    "about_pixel_stand_in",
    "coping",
    "medication",
    "contact",
)
NAME = "router"


class ReplyRouter(torch.nn.Module):
    def __init__(self, dim: int, thresholds: dict[str, float] | None = None, info: dict | None = None):
        super().__init__()
        self.linear = torch.nn.Linear(dim, len(LABELS))
        self.thresholds = thresholds or {}
        self.info = info or {}

    def forward(self, emb: torch.Tensor) -> torch.Tensor:
        return self.linear(emb)

    @torch.inference_mode()
    def probabilities(self, emb: torch.Tensor) -> torch.Tensor:
        """``emb``: unit-norm sentence embeddings [N, D] -> label probabilities [N, len(LABELS)] (softmax)."""
        return torch.softmax(self.linear(emb.to(self.linear.weight.dtype)), -1)

    def route(self, emb: torch.Tensor) -> list[str | None]:
        """The routed label of each embedding [N, D], or None (``none`` most probable, or below its threshold)."""
        out: list[str | None] = []
        for row in self.probabilities(emb):
            k = int(row.argmax())
            label = LABELS[k]
            ok = label in self.thresholds and float(row[k]) >= self.thresholds[label]
            out.append(label if ok else None)
        return out

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        save_file(
            {"weight": self.linear.weight.detach().contiguous(), "bias": self.linear.bias.detach().contiguous()},
            str(directory / f"{NAME}.safetensors"),
        )
        meta = {"labels": list(LABELS), "dim": self.linear.in_features, "thresholds": self.thresholds} | self.info
        (directory / f"{NAME}.json").write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, directory: Path) -> ReplyRouter | None:
        """The router saved in ``directory``; None when it holds none. ValueError when its labels differ from
        ``LABELS`` (retrain it)."""
        meta_path, w_path = directory / f"{NAME}.json", directory / f"{NAME}.safetensors"
        if not (meta_path.exists() and w_path.exists()):
            return None
        meta = json.loads(meta_path.read_text())
        if tuple(meta["labels"]) != LABELS:
            raise ValueError(f"router labels {meta['labels']} differ from {list(LABELS)}; retrain the router")
        r = cls(meta["dim"], meta["thresholds"], {k: v for k, v in meta.items() if k not in ("labels", "dim")})
        w = load_file(str(w_path))
        with torch.no_grad():
            r.linear.weight.copy_(w["weight"])
            r.linear.bias.copy_(w["bias"])
        return r.eval()
