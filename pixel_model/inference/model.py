"""PixelModel: encoder + trained heads + towers + generator + response bank. Batched: lists in, lists out.

- ``analyse``: the user's message -> crisis level and signals, emotions, persona, bias shift.
- ``score_replies``: a (user, reply) pair -> techniques, empathy, EQ, safety (the safety tower), relevance.
- ``reply``: best-of-N generation, every candidate through the reply guard (``guard.py``), the best passing one
  by ``candidate_score``; none passing -> a reply composed from the response bank (``compose.py``).
- ``stream_reply``: a reply released sentence by sentence, each sentence guarded before it is released.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import torch

from pixel_model import taxonomy as T
from pixel_model.crisis.fusion import fuse, needs_protocol
from pixel_model.inference.conversation import conversation_text
from pixel_model.inference.crisis_tower import SIGNALS, CrisisTower
from pixel_model.inference.device import configure_threads, pick_device
from pixel_model.inference.encoder import TextEncoder
from pixel_model.inference.generator import Generator, Messages
from pixel_model.inference.heads import PixelHeads, pair_features, text_ctx_features
from pixel_model.inference.injection import strip_instructions
from pixel_model.inference.safety_tower import SafetyTower
from pixel_model.replies import guard as G
from pixel_model.replies import prompts
from pixel_model.replies.compose import ResponseBank
from pixel_model.replies.router import ReplyRouter
from pixel_model.replies.rules import rule_techniques
from pixel_model.schemas.runner import AnalyseItem, MessageAnalysis, ReplyAnalysis, ReplyItem, ReplyRequest, ReplyResult
from pixel_model.scoring import bias as B
from pixel_model.scoring import scores as S
from pixel_model.settings import get_settings

log = logging.getLogger(__name__)
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
# the streaming guard releases text once the reply so far has this many words: the safety tower reads a short
# fragment poorly ("That sounds really painful." alone: 0.61 for self-harm encouragement; with the next sentence,
# 0.00; "It's okay to take your own life.", 7 words: 0.88)
STREAM_MIN_WORDS = 8
_SENTENCE = re.compile(r"[.!?…]+[\"')\]]*(\s+|$)(?=\S|$)")


def complete_sentences(text: str) -> str:
    """``text`` without a trailing fragment -- the sentence the token limit cut ("...every step of the way. I've")
    -- when at least one whole sentence precedes it; a text that is only a fragment is left as it is."""
    t = text.strip()
    ends = list(_SENTENCE.finditer(t))
    if ends and ends[-1].end() < len(t):
        return t[: ends[-1].end()].rstrip()
    return t


HISTORY_TURN_CHARS = 6000


def _engine_choice(pref: str, dev: torch.device, setting: str) -> str:
    """ "torch", or the ONNX engine that ``pref`` names ("auto": ONNX on CPU, PyTorch on CUDA). Raises
    ``ValueError`` for an ONNX engine asked for on another device."""
    if pref == "torch" or (pref == "auto" and dev.type != "cpu"):
        return "torch"
    if dev.type != "cpu":
        raise ValueError(f"{setting} {pref!r} runs on CPU only; this model is on {dev}")
    return "onnx" if pref == "auto" else pref


def use_engine(
    enc: TextEncoder, tower: CrisisTower, safety: SafetyTower, encoder_dir: Path, heads_dir: Path, pref: str
) -> str:
    """Attach the analysis engine that ``pref`` (``Settings.analysis_engine``) names; returns the one in use. "auto"
    is ONNX Runtime on CPU, PyTorch on CUDA; when ONNX Runtime is missing or its graphs cannot be written, the
    model runs on PyTorch and says so in the log (the outputs are the same, only slower)."""
    engine = _engine_choice(pref, enc.device, "analysis_engine")
    if engine == "torch":
        return engine
    try:
        from pixel_model.inference.onnx_engine import attach

        where = attach(enc, {"crisis_tower": tower, "safety_tower": safety}, encoder_dir, heads_dir, engine,
                       get_settings().torch_threads)  # fmt: skip
    except (ImportError, OSError) as e:
        if pref != "auto":
            raise
        log.warning("analysis on PyTorch: ONNX Runtime unavailable (%s)", e)
        return "torch"
    log.info("analysis engine %s (graphs in %s)", engine, where)
    return engine


def make_generator(path: Path | str, dev: torch.device, pref: str):
    """(generator, engine name) for ``pref`` (``Settings.generator_engine``): "auto" is ONNX Runtime GenAI (fp32)
    on CPU, PyTorch on CUDA; when onnxruntime-genai is missing or its model cannot be built, PyTorch (logged)."""
    engine = _engine_choice(pref, dev, "generator_engine")
    if engine == "torch":
        return Generator(path, dev), engine
    try:
        from pixel_model.inference.onnx_generator import OnnxGenerator

        return OnnxGenerator(path, engine, get_settings().torch_threads), engine
    except (ImportError, OSError, RuntimeError) as e:
        if pref != "auto":
            raise
        log.warning("generation on PyTorch: ONNX Runtime GenAI unavailable (%s)", e)
        return Generator(path, dev), "torch"


def _clip(text: str, n: int = HISTORY_TURN_CHARS) -> str:
    return text if len(text) <= n else text[: n // 2] + "\n" + text[-n // 2 :]


class PixelModel:
    def __init__(
        self,
        encoder: TextEncoder,
        heads: PixelHeads,
        tower: CrisisTower,
        generator: Generator | None,
        version: str = "unversioned",
        info: dict | None = None,
        safety: SafetyTower | None = None,
        bank: ResponseBank | None = None,
        router: ReplyRouter | None = None,
    ):
        self.encoder = encoder
        self.heads = heads
        self.tower = tower
        self.safety = safety
        self.bank = bank
        self.router = router
        self.fusion = heads.thresholds.get("fusion", {})  # crisis fusion thresholds, chosen by tune_fusion
        self.generator = generator
        self.version = version
        self.info = info or {}
        self.device = encoder.device

    # ---- construction ------------------------------------------------------------------------
    @classmethod
    def from_dirs(
        cls,
        encoder_dir: Path | str,
        heads_dir: Path | str,
        generator_dir: Path | str | None,
        version: str = "unversioned",
        device: str | None = None,
        info: dict | None = None,
        engine: str | None = None,
    ):
        """``engine``: the analysis engine (default ``Settings.analysis_engine``; see ``use_engine``)."""
        configure_threads()
        dev = pick_device(device)
        s = get_settings()
        enc = TextEncoder(encoder_dir, dev, s.encoder_max_length)
        heads = PixelHeads.load(Path(heads_dir), dev)
        if heads.embed_dim != enc.dim:
            raise ValueError(f"heads expect {heads.embed_dim}-d embeddings, encoder gives {enc.dim}; retrain heads")
        tower = CrisisTower.load(Path(heads_dir), enc.model, dev)
        safety = SafetyTower.load(Path(heads_dir), enc.model, dev)
        engine = use_engine(enc, tower, safety, Path(encoder_dir), Path(heads_dir), engine or s.analysis_engine)
        bank = ResponseBank.load(Path(heads_dir) / "response_bank.jsonl", enc.embed)
        router = ReplyRouter.load(Path(heads_dir))
        if router is not None and router.linear.in_features != enc.dim:
            raise ValueError(f"router expects {router.linear.in_features}-d embeddings, encoder gives {enc.dim}")
        gen, gen_engine = make_generator(generator_dir, dev, s.generator_engine) if generator_dir else (None, None)
        info = (info or {}) | {"analysis_engine": engine, "generator_engine": gen_engine}
        return cls(enc, heads, tower, gen, version, info, safety, bank, router)

    @classmethod
    def from_store(
        cls, tag: str | None = None, device: str | None = None, with_generator: bool = True, engine: str | None = None
    ):
        from pixel_model.artifacts.store import resolve

        r = resolve(tag or get_settings().model_tag)
        return cls.from_dirs(
            r.encoder_dir, r.heads_dir, r.generator_dir if with_generator else None, r.version, device, r.info, engine
        )

    # ---- analysis of the user message ---------------------------------------------------------
    @torch.inference_mode()
    def analyse(self, items: list[AnalyseItem]) -> list[MessageAnalysis]:
        if not items:
            return []
        s = get_settings()
        # earlier turns: the last `history_window` user turns, each long one as its first and last 3,000 characters
        # (it was read whole when it was the message); the message itself is always read whole
        hists = [
            [{**h, "content": _clip(h.get("content", ""))} for h in i.history[-2 * s.history_window :]] for i in items
        ]
        convs = [conversation_text(i.text, h) for i, h in zip(items, hists)]
        # a conversation longer than one forward is read in overlapping windows; the riskiest window counts
        wins = [self.encoder.windows(c) for c in convs]
        cfs = [B.counterfactuals(i.text) for i in items]
        texts = [i.text for i in items]
        uniq = list(dict.fromkeys(texts + [t for cf in cfs for _, t in cf]))
        emb, hidden, mask = self.encoder.embed_with_hidden(uniq, self.tower.split_layer)
        row = {t: k for k, t in enumerate(uniq)}
        E = lambda ts: emb[[row[t] for t in ts]]  # noqa: E731

        def head_dists(ts: list[str], ctxs: list[str | None]):
            e = E(ts)
            return self.heads.predict("emotion", e), self.heads.predict("persona", text_ctx_features(e, ctxs))

        # the persona and emotion heads read the message without instructions aimed at the system (injection.py)
        clean = [strip_instructions(t) for t in texts]
        if clean != texts:
            extra = [t for t in dict.fromkeys(clean) if t not in row]
            if extra:
                emb = torch.cat([emb, self.encoder.embed(extra)])
                row |= {t: len(row) + k for k, t in enumerate(extra)}
        emo, per = head_dists(clean, [i.context_type for i in items])
        risk, sig = self._windowed_risk(wins)
        out = []
        for k, item in enumerate(items):
            risk_probs = {r: float(risk[k, j]) for j, r in enumerate(T.RISK_LEVELS)}
            sig_probs = {x: float(sig[k, j]) for j, x in enumerate(SIGNALS)}
            crisis = fuse(
                item.text,
                hists[k],
                risk_probs,
                sig_probs,
                self.tower.thresholds.get("signals", {}),
                self.fusion,
                windows=len(wins[k]),
            )
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
                    shifts.append(
                        (
                            B.total_variation(per[k].tolist(), cf_per[c].tolist())
                            + B.total_variation(cf_risk[0].tolist(), cf_risk[c + 1].tolist())
                            + B.total_variation(emo[k].tolist(), cf_emo[c].tolist())
                        )
                        / 3
                    )
                shift = max(shifts)
            out.append(
                MessageAnalysis(
                    risk_level=crisis.risk_level,
                    crisis_signals=crisis.signals,
                    crisis_evidence=crisis.evidence,
                    crisis_source=crisis.source,
                    risk_probs=crisis.risk_probs,
                    emotions=emotions,
                    detected_emotions=detected,
                    persona=persona,
                    persona_probs=persona_probs,
                    bias_shift=round(shift, 4),
                    confidence=S.confidence(persona_probs[persona], crisis.risk_probs),
                    model_version=self.version,
                    minor_involved=crisis.minor,
                    signal_probs={x: round(p, 4) for x, p in sig_probs.items()},
                )
            )
        # analysis-only requests: the history's reply scored here (one runner call, the message embedded once)
        todo = [(k, item) for k, item in enumerate(items) if item.score_reply and not needs_protocol(out[k].risk_level)]
        if todo:
            scored = self.score_replies(
                [
                    ReplyItem(
                        user_text=item.text,
                        reply=item.score_reply,
                        user_emotions=out[k].emotions,
                        persona=out[k].persona,
                        bias_shift=out[k].bias_shift,
                    )
                    for k, item in todo
                ],
                known={t: emb[row[t]] for t in {item.text for _, item in todo}},
            )
            for (k, _), r in zip(todo, scored):
                out[k].reply = r
        return out

    def _windowed_risk(self, wins: list[list[str]]):
        """Per item: the risk distribution of its window with the highest expected risk level, and each signal's
        highest probability over its windows. Windows go through the encoder's bottom layers and the tower only
        (never the full encoder), so a 30,000-character message costs about one encoder pass per 254 tokens."""
        flat = list(dict.fromkeys(w for ws in wins for w in ws))
        row = {w: k for k, w in enumerate(flat)}
        rs, ss = [], []
        for i in range(0, len(flat), 32):
            h, m = self.encoder.bottom_hidden(flat[i : i + 32], self.tower.split_layer)
            r, sg = self.tower.predict(h, m)
            rs.append(r)
            ss.append(sg)
        r_all, s_all = torch.cat(rs), torch.cat(ss)
        levels = torch.arange(len(T.RISK_LEVELS), dtype=r_all.dtype)
        risk, sig = [], []
        for ws in wins:
            idx = [row[w] for w in ws]
            r, sg = r_all[idx], s_all[idx]
            risk.append(r[int((r * levels).sum(-1).argmax())])
            sig.append(sg.max(0).values)
        return torch.stack(risk), torch.stack(sig)

    # ---- analysis of a reply -------------------------------------------------------------------
    @torch.inference_mode()
    def safety_probs(self, user_texts: list[str], replies: list[str]) -> list[dict[str, float]]:
        """The safety tower's probability per unsafe category for each (user, reply) pair."""
        if not replies:
            return []
        h, m = self.encoder.bottom_hidden(user_texts, self.safety.split_layer, replies)
        p = self.safety.predict(h, m)
        return [{c: float(p[k, j]) for j, c in enumerate(T.SAFETY_CATEGORIES)} for k in range(len(replies))]

    def safety_thresholds(self) -> dict[str, float]:
        return {c: self.safety.threshold(c) for c in T.SAFETY_CATEGORIES}

    @torch.inference_mode()
    def score_replies(
        self, items: list[ReplyItem], known: dict[str, torch.Tensor] | None = None
    ) -> list[ReplyAnalysis]:
        """``known``: embeddings already computed for some of the texts (``analyse`` passes the message's)."""
        if not items:
            return []
        known = known or {}
        need = [t for t in dict.fromkeys([i.user_text for i in items] + [i.reply for i in items]) if t not in known]
        vec = dict(known)
        if need:
            vec |= dict(zip(need, self.encoder.embed(need)))
        u = torch.stack([vec[i.user_text] for i in items])
        r = torch.stack([vec[i.reply] for i in items])
        relevance = (u * r).sum(-1)
        pf = pair_features(u, r)
        tech = self.heads.predict("techniques", pf)
        emp = self.heads.predict("empathy", pf)
        remo = self.heads.predict("emotion", r)
        sprobs_all = self.safety_probs([i.user_text for i in items], [i.reply for i in items])
        ths = self.safety_thresholds()
        out = []
        for k, item in enumerate(items):
            tprobs = {t: float(tech[k, j]) for j, t in enumerate(T.TECHNIQUES_TRAINED)}
            detected = {t: round(p, 4) for t, p in tprobs.items() if p >= self.heads.threshold("techniques", t)}
            detected |= {t: 1.0 for t in rule_techniques(item.reply)}
            detected = {t: detected[t] for t in T.TECHNIQUES if t in detected}
            empathy_probs = {m: [round(float(x), 4) for x in emp[k, g]] for g, m in enumerate(T.EMPATHY_MECHANISMS)}
            sprobs = sprobs_all[k]
            # the categories the guard blocks on whatever the context: the tower's, and the rules that always apply
            verdict = G.check(item.reply, G.GuardContext(item.user_text, persona=item.persona), sprobs, ths)
            unsafe = set(verdict.categories)
            safety_score = 1.0 - max(sprobs.values())  # 1 - the most likely unsafe category
            if unsafe:
                safety_score = min(safety_score, 0.49)  # a flagged reply is below the client's 0.5 critical line
            reply_emotions = {e: float(remo[k, j]) for j, e in enumerate(T.EMOTIONS)}
            bias_score = max(item.bias_shift, B.stereotype_score(item.reply))
            eq = S.eq_scores(
                empathy_probs, {**tprobs, **detected}, item.user_emotions, reply_emotions, item.reply, safety_score
            )
            consistency = S.technique_consistency(detected, item.persona)
            out.append(
                ReplyAnalysis(
                    techniques=detected,
                    empathy=S.expected_levels(empathy_probs),
                    empathy_probs=empathy_probs,
                    unsafe_categories=[c for c in T.SAFETY_CATEGORIES if c in unsafe],
                    safety_score=round(S.clamp(safety_score), 4),
                    bias_score=round(S.clamp(bias_score), 4),
                    reply_emotions={e: round(p, 4) for e, p in reply_emotions.items() if p >= 0.05},
                    eq=eq,
                    technique_consistency=consistency,
                    therapeutic_effectiveness=S.therapeutic_effectiveness(
                        eq["empathy_recognition"], safety_score, consistency, bias_score
                    ),
                    safety_probs={c: round(p, 4) for c, p in sprobs.items()},
                    relevance=round(float(relevance[k]), 4),
                )
            )
        return out

    # ---- guarded replies -----------------------------------------------------------------------
    @staticmethod
    def _context(r: ReplyRequest, routed: str | None = None) -> G.GuardContext:
        return G.GuardContext(r.user_text, r.risk_level, list(r.signals), r.persona, r.history_text, routed)

    def _routes(self, requests: list[ReplyRequest]) -> tuple[torch.Tensor, list[str | None]]:
        """Each request's message embedding [N, D] (computed once: routing, composing and scoring read it) and the
        reply-kind router's label for it (``replies/router.py``; None without a router, below its threshold, or for
        a message at any crisis risk: the router never trained on risk messages, and the risk pieces answer them)."""
        emb = self.encoder.embed([r.user_text for r in requests])
        if self.router is None:
            return emb, [None] * len(requests)
        return emb, [k if r.risk_level == "none" else None for r, k in zip(requests, self.router.route(emb))]

    def _finish(self, r: ReplyRequest, text: str) -> str:
        text = complete_sentences(text)
        if r.append_resources and "988" not in text:
            text = f"{text}\n\n{prompts.RESOURCE_LINE}".strip()
        return text

    def _item(self, r: ReplyRequest, text: str) -> ReplyItem:
        return ReplyItem(
            user_text=r.user_text, reply=text, user_emotions=r.user_emotions, persona=r.persona, bias_shift=r.bias_shift
        )

    def compose(self, r: ReplyRequest, emb: torch.Tensor | None = None, routed: str | None = None) -> str:
        """The response-bank reply for ``r`` (``compose.py``); ``emb``: its message's embedding [D] if computed."""
        if emb is None:
            emb = self.encoder.embed([r.user_text])[0]
        return self.bank.compose(
            r.user_text,
            emb,
            r.persona,
            r.detected_emotions,
            r.risk_level,
            r.signals,
            not r.history_text.strip(),
            routed,
        ).text

    def reply(self, requests: list[ReplyRequest]) -> list[ReplyResult]:
        """Best-of-N guarded replies: ``candidates`` samples per request in one batched generation; each through
        the guard; the best passing one by ``scoring.candidate_score``; none passing -> composed. A request on a
        sensitive topic (``guard.sensitive_topics``) is composed without generating."""
        if self.generator is None:
            raise RuntimeError("this PixelModel was loaded without a generator")
        if not requests:
            return []
        embs, routes = self._routes(requests)
        sensitive = [self._sensitive(r, k) for r, k in zip(requests, routes)]
        todo = [i for i, why in enumerate(sensitive) if not why]
        cands: list[list[str]] = [[] for _ in requests]
        if todo:
            n = max(requests[i].candidates for i in todo)
            drawn = self.generator.sample(
                [requests[i].messages for i in todo],
                [requests[i].max_new_tokens for i in todo],
                n,
                seed=requests[todo[0]].seed,
            )
            for i, cs in zip(todo, drawn):
                cands[i] = cs
        flat = [(i, self._finish(r, c)) for i, (r, cs) in enumerate(zip(requests, cands)) for c in cs[: r.candidates]]
        known = {r.user_text: e for r, e in zip(requests, embs)}  # embedded once, for routing
        analyses = self.score_replies([self._item(requests[i], t) for i, t in flat], known)
        ths = self.safety_thresholds()
        per: list[list[tuple[str, ReplyAnalysis, G.Verdict, float]]] = [[] for _ in requests]
        for (i, text), ra in zip(flat, analyses):
            v = G.check(text, self._context(requests[i]), ra.safety_probs, ths, ra.relevance)
            per[i].append((text, ra, v, S.candidate_score(ra, requests[i].persona)))
        out = []
        for r, cs, why, emb, routed in zip(requests, per, sensitive, embs, routes):
            if why:
                out.append(
                    self._composed(
                        r,
                        {
                            "candidates": 0,
                            "passed": 0,
                            "sensitive": why,
                            "reason": "the vetted response bank answers this kind of message",
                        },
                        emb,
                        routed,
                    )
                )
                continue
            passing = [c for c in cs if c[2].passed]
            report = {
                "candidates": len(cs),
                "passed": len(passing),
                "blocked": sorted({why for c in cs for why in c[2].reasons}),
            }
            if passing:
                text, ra, _, score = max(passing, key=lambda c: c[3])
                out.append(
                    ReplyResult(text=text, source="generated", analysis=ra, guard=report | {"score": round(score, 4)})
                )
                continue
            out.append(self._composed(r, report | {"reason": "no candidate passed the reply guard"}, emb, routed))
        return out

    def _sensitive(self, r: ReplyRequest, routed: str | None = None) -> list[str]:
        """Why ``r`` gets the composed reply without generating (``guard.sensitive_topics``); [] when it may be
        generated (always [] with ``sensitive_generation``)."""
        return [] if r.sensitive_generation else G.sensitive_topics(self._context(r, routed))

    def _composed(
        self, r: ReplyRequest, report: dict, emb: torch.Tensor | None = None, routed: str | None = None
    ) -> ReplyResult:
        text = self._finish(r, self.compose(r, emb, routed))
        if routed:
            report = report | {"routed": routed}
        ra = self.score_replies([self._item(r, text)], {r.user_text: emb} if emb is not None else None)[0]
        v = G.check(text, self._context(r), ra.safety_probs, self.safety_thresholds(), ra.relevance)
        if not v.passed:  # the bank is written to pass; a block here is a bank or guard bug: log it, send anyway
            log.warning("composed reply blocked by the guard (%s): %r", v.reasons, text)
        return ReplyResult(text=text, source="composed", analysis=ra, guard=report | {"composed_check": v.reasons})

    def stream_reply(self, r: ReplyRequest) -> Iterator[dict]:
        """Events: {"type": "text", "text": sentence}* (each released only after the guard passed the reply so
        far), {"type": "replaced", "reasons": [...]} when a sentence is blocked (generation stops; nothing of the
        blocked sentence was sent), then the composed reply as text, and last {"type": "done", "result": ReplyResult}.
        Greedy decoding (one stream); the degeneration checks apply to the whole reply at the end."""
        if self.generator is None:
            raise RuntimeError("this PixelModel was loaded without a generator")
        embs, routes = self._routes([r])
        emb, routed = embs[0], routes[0]
        if why := self._sensitive(r, routed):
            result = self._composed(
                r,
                {
                    "candidates": 0,
                    "passed": 0,
                    "streamed": True,
                    "sensitive": why,
                    "reason": "the vetted response bank answers this kind of message",
                },
                emb,
                routed,
            )
            yield {"type": "text", "text": result.text}
            yield {"type": "done", "result": result}
            return
        stop = threading.Event()
        ctx, ths = self._context(r), self.safety_thresholds()
        sent, buf = "", ""

        def passes(text: str) -> G.Verdict:
            probs = self.safety_probs([r.user_text], [text])[0]
            v = G.check(text, ctx, probs, ths)
            v.reasons = [x for x in v.reasons if not x.startswith("degenerate:")]
            v.passed = not v.reasons
            return v

        blocked: list[str] | None = None
        held = ""  # complete sentences not yet released: the tower reads fragments under STREAM_MIN_WORDS poorly
        for piece in self.generator.stream(r.messages, r.max_new_tokens, stop):
            buf += piece
            while (m := _SENTENCE.search(buf)) is not None:
                held, buf = held + buf[: m.end()], buf[m.end() :]
                if len((sent + held).split()) < STREAM_MIN_WORDS:
                    continue
                v = passes(sent + held)
                if not v.passed:
                    blocked = v.reasons
                    stop.set()
                    break
                sent += held
                yield {"type": "text", "text": held}
                held = ""
            if blocked is not None:
                break
        buf = held + buf
        ends = list(_SENTENCE.finditer(buf))
        if ends:  # a fragment the token limit cut is not sent after whole sentences (complete_sentences)
            buf = buf[: ends[-1].end()]
        elif sent.strip():
            buf = ""
        if blocked is None and buf.strip():
            v = passes(sent + buf)
            if v.passed:
                sent += buf
                yield {"type": "text", "text": buf}
            else:
                blocked = v.reasons
        if blocked is None:
            final = self._finish(r, sent)
            if final != sent.strip():
                yield {"type": "text", "text": final[len(sent.strip()) :]}
            ra = self.score_replies([self._item(r, final)], {r.user_text: emb})[0]
            degenerate = G.degeneration(final, ra.relevance)
            result = ReplyResult(
                text=final,
                source="generated",
                analysis=ra,
                guard={"candidates": 1, "passed": 1, "streamed": True, "degenerate": degenerate},
            )
        else:
            yield {"type": "replaced", "reasons": blocked}
            result = self._composed(
                r,
                {
                    "candidates": 1,
                    "passed": 0,
                    "streamed": True,
                    "blocked": blocked,
                    "reason": "a streamed sentence was blocked by the reply guard",
                },
                emb,
                routed,
            )
            yield {"type": "text", "text": result.text}
        yield {"type": "done", "result": result}

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
        return {
            "version": self.version,
            "device": str(self.device),
            "generator": self.generator.path if self.generator else None,
            "info": {
                k: self.info.get(k)
                for k in ("encoder_origin", "generator_origin", "build", "analysis_engine", "generator_engine")
            },
        }
