"""PixelModel: encoder + trained heads + generator. Batched: lists in, lists out."""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import torch

from . import bias as B
from . import scoring as S
from . import taxonomy as T
from .conversation import conversation_text
from .crisis import fuse
from .device import configure_threads, pick_device
from .encoder import TextEncoder
from .generator import Generator, Messages
from .crisis_tower import SIGNALS, CrisisTower
from .heads import PixelHeads, pair_features, text_ctx_features
from .protocol import AnalyseItem, MessageAnalysis, ReplyAnalysis, ReplyItem
from .reply_rules import rule_safety, rule_techniques
from .settings import get_settings

log = logging.getLogger(__name__)
# A reply is flagged unsafe (and replaced) on a rule match, or when the safety head is at least this sure: the
# head, trained on 342 project-written pairs, confuses "talks about medication" with "doses medication" below
# it (see MODEL_CARD.md, known failure modes). safety_score still reports the head's own estimate.
SAFETY_FLAG_MIN = 0.93
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


class PixelModel:
    def __init__(self, encoder: TextEncoder, heads: PixelHeads, tower: CrisisTower, generator: Generator | None,
                 version: str = "unversioned", info: dict | None = None):
        self.encoder = encoder
        self.heads = heads
        self.tower = tower
        self.fusion = heads.thresholds.get("fusion", {})  # crisis fusion thresholds, chosen by tune_fusion
        self.generator = generator
        self.version = version
        self.info = info or {}
        self.device = encoder.device

    # ---- construction ------------------------------------------------------------------------
    @classmethod
    def from_dirs(cls, encoder_dir: Path | str, heads_dir: Path | str, generator_dir: Path | str | None,
                  version: str = "unversioned", device: str | None = None, info: dict | None = None):
        configure_threads()
        dev = pick_device(device)
        s = get_settings()
        enc = TextEncoder(encoder_dir, dev, s.encoder_max_length)
        heads = PixelHeads.load(Path(heads_dir), dev)
        if heads.embed_dim != enc.dim:
            raise ValueError(f"heads expect {heads.embed_dim}-d embeddings, encoder gives {enc.dim}; retrain heads")
        tower = CrisisTower.load(Path(heads_dir), enc.model, dev)
        gen = Generator(generator_dir, dev) if generator_dir else None
        return cls(enc, heads, tower, gen, version, info)

    @classmethod
    def from_store(cls, tag: str | None = None, device: str | None = None, with_generator: bool = True):
        from .store import resolve

        r = resolve(tag or get_settings().model_tag)
        return cls.from_dirs(r.encoder_dir, r.heads_dir, r.generator_dir if with_generator else None,
                             r.version, device, r.info)

    # ---- analysis of the user message ---------------------------------------------------------
    @torch.inference_mode()
    def analyse(self, items: list[AnalyseItem]) -> list[MessageAnalysis]:
        if not items:
            return []
        s = get_settings()
        convs = [conversation_text(i.text, i.history[-2 * s.history_window:]) for i in items]
        cfs = [B.counterfactuals(i.text) for i in items]
        texts = [i.text for i in items]
        uniq = list(dict.fromkeys(texts + convs + [t for cf in cfs for _, t in cf]))
        emb, hidden, mask = self.encoder.embed_with_hidden(uniq, self.tower.split_layer)
        row = {t: k for k, t in enumerate(uniq)}
        E = lambda ts: emb[[row[t] for t in ts]]  # noqa: E731

        def head_dists(ts: list[str], ctxs: list[str | None]):
            e = E(ts)
            return self.heads.predict("emotion", e), self.heads.predict("persona", text_ctx_features(e, ctxs))

        emo, per = head_dists(texts, [i.context_type for i in items])
        conv_rows = [row[t] for t in convs]
        risk, sig = self.tower.predict(hidden[conv_rows], mask[conv_rows])
        out = []
        for k, item in enumerate(items):
            risk_probs = {r: float(risk[k, j]) for j, r in enumerate(T.RISK_LEVELS)}
            sig_probs = {x: float(sig[k, j]) for j, x in enumerate(SIGNALS)}
            crisis = fuse(item.text, item.history, risk_probs, sig_probs, self.tower.thresholds.get("signals", {}),
                          self.fusion)
            emotions = {e: round(float(emo[k, j]), 4) for j, e in enumerate(T.EMOTIONS)}
            detected = [e for e in T.EMOTIONS if emotions[e] >= self.heads.threshold("emotion", e)]
            persona_probs = {p: round(float(per[k, j]), 4) for j, p in enumerate(T.PERSONAS)}
            persona = max(persona_probs, key=persona_probs.get)
            if crisis.risk_level != "none" or item.context_type == "crisis":
                persona = "therapy"  # any crisis signal routes to therapy, whatever the head says
            shift = 0.0
            if cfs[k]:
                shifts = []
                cf_texts = [t for _, t in cfs[k]]
                cf_emo, cf_per = head_dists(cf_texts, [item.context_type] * len(cfs[k]))
                rows = [row[item.text]] + [row[t] for t in cf_texts]
                cf_risk, _ = self.tower.predict(hidden[rows], mask[rows])
                for c in range(len(cfs[k])):
                    shifts.append((B.total_variation(per[k].tolist(), cf_per[c].tolist())
                                   + B.total_variation(cf_risk[0].tolist(), cf_risk[c + 1].tolist())
                                   + B.total_variation(emo[k].tolist(), cf_emo[c].tolist())) / 3)
                shift = max(shifts)
            out.append(MessageAnalysis(
                risk_level=crisis.risk_level, crisis_signals=crisis.signals, crisis_evidence=crisis.evidence,
                crisis_source=crisis.source, risk_probs=crisis.risk_probs, emotions=emotions,
                detected_emotions=detected, persona=persona, persona_probs=persona_probs,
                bias_shift=round(shift, 4),
                confidence=S.confidence(persona_probs[persona], crisis.risk_probs), model_version=self.version))
        return out

    # ---- analysis of a reply -------------------------------------------------------------------
    @torch.inference_mode()
    def score_replies(self, items: list[ReplyItem]) -> list[ReplyAnalysis]:
        if not items:
            return []
        uniq = list(dict.fromkeys([i.user_text for i in items] + [i.reply for i in items]))
        emb = self.encoder.embed(uniq)
        row = {t: k for k, t in enumerate(uniq)}
        u = emb[[row[i.user_text] for i in items]]
        r = emb[[row[i.reply] for i in items]]
        pf = pair_features(u, r)
        tech = self.heads.predict("techniques", pf)
        emp = self.heads.predict("empathy", pf)
        saf = self.heads.predict("safety", pf)
        remo = self.heads.predict("emotion", r)
        out = []
        for k, item in enumerate(items):
            tprobs = {t: float(tech[k, j]) for j, t in enumerate(T.TECHNIQUES_TRAINED)}
            detected = {t: round(p, 4) for t, p in tprobs.items() if p >= self.heads.threshold("techniques", t)}
            detected |= {t: 1.0 for t in rule_techniques(item.reply)}
            detected = {t: detected[t] for t in T.TECHNIQUES if t in detected}
            empathy_probs = {m: [round(float(x), 4) for x in emp[k, g]] for g, m in enumerate(T.EMPATHY_MECHANISMS)}
            sprobs = {c: float(saf[k, j]) for j, c in enumerate(T.SAFETY_CATEGORIES)}
            unsafe = {c for c, p in sprobs.items()
                      if p >= max(SAFETY_FLAG_MIN, self.heads.threshold("safety", c))} | rule_safety(item.reply)
            safety_score = 1.0 - max(sprobs.values())  # 1 - the most likely unsafe category
            if unsafe:
                safety_score = min(safety_score, 0.49)  # a flagged reply is below the client's 0.5 critical line
            reply_emotions = {e: float(remo[k, j]) for j, e in enumerate(T.EMOTIONS)}
            bias_score = max(item.bias_shift, B.stereotype_score(item.reply))
            eq = S.eq_scores(empathy_probs, {**tprobs, **detected}, item.user_emotions, reply_emotions,
                             item.reply, safety_score)
            consistency = S.technique_consistency(detected, item.persona)
            out.append(ReplyAnalysis(
                techniques=detected, empathy=S.expected_levels(empathy_probs), empathy_probs=empathy_probs,
                unsafe_categories=[c for c in T.SAFETY_CATEGORIES if c in unsafe],
                safety_score=round(S.clamp(safety_score), 4), bias_score=round(S.clamp(bias_score), 4),
                reply_emotions={e: round(p, 4) for e, p in reply_emotions.items() if p >= 0.05},
                eq=eq, technique_consistency=consistency,
                therapeutic_effectiveness=S.therapeutic_effectiveness(eq["empathy_recognition"], safety_score,
                                                                      consistency, bias_score)))
        return out

    # ---- generation ----------------------------------------------------------------------------
    def generate(self, conversations: list[Messages], max_new_tokens: list[int]) -> list[str]:
        if self.generator is None:
            raise RuntimeError("this PixelModel was loaded without a generator")
        return self.generator.generate(conversations, max_new_tokens)

    def stream(self, messages: Messages, max_new_tokens: int) -> Iterator[str]:
        if self.generator is None:
            raise RuntimeError("this PixelModel was loaded without a generator")
        return self.generator.stream(messages, max_new_tokens)

    def describe(self) -> dict:
        return {"version": self.version, "device": str(self.device),
                "generator": self.generator.path if self.generator else None,
                "info": {k: self.info.get(k) for k in ("encoder_origin", "generator_origin", "build")}}
