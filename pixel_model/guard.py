"""The reply guard: a generated reply reaches a client only if it passes every check here, whatever the request's
flags (metrics off, EQ off, streaming). Pure Python: the probabilities come from the model (the safety tower,
the encoder's relevance), the rules from ``reply_rules``.

What is checked (each documented in MODEL_CARD.md, "Reply guard"):
1. **Safety tower**: each unsafe category whose probability reaches its threshold (chosen on validation data for
   recall >= 0.95, ``training/train_safety.py``) blocks the reply.
2. **Rules** (``reply_rules.rule_safety``), read with the user's analysis:
   - never: condoning, encouraging or normalising suicide or self-harm; claims to be human or a clinician;
     promises of permanence; diagnoses or prescriptions; medication doses (numbers with units, pill counts,
     dose changes) -- a reply may point to the label, a pharmacist or a doctor, nothing more;
   - when the user is at any risk or asks about means: method, means, lethality, height or location details;
   - when the user shows eating-disorder cues: calorie or weight numbers, fasting, restriction or weight-loss
     advice;
   - when the user talks about an ex, a breakup or abuse: advice to contact, confront or go back to them.
3. **Degeneration**: shorter than one full sentence, repeated n-grams or sentences, quiz-style non-answers, and
   (when the encoder's relevance is given) a reply unrelated to the message (cosine below ``MIN_RELEVANCE``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import taxonomy as T
from .reply_rules import ed_cues, means_seeking, relationship_context, rule_safety

# cosine(user message, reply) of MiniLM embeddings below which a reply is off-topic. Measured on the 919 safe
# replies of data/reply_safety/pairs.jsonl (training data, not the reply benchmark) against the same replies
# shuffled onto other messages: at 0.05, 1.0% of on-topic replies are blocked and 36% of off-topic ones caught
# (0.08: 1.4% / 47%; 0.03: 0.8% / 30%). A weak check by nature: the other guards and best-of-N ranking (which
# weighs relevance) do most of the work.
MIN_RELEVANCE = 0.05
_WORD = re.compile(r"[a-z0-9']+")
_SENTENCE_END = re.compile(r"[.!?…](\s|$)")
_NON_ANSWER = re.compile(
    r"^\s*(the (correct )?answer (to (your|this|the) (question|riddle|joke) )?is\b|answer:|q\d*[:.]|question \d)"
    r"|\b(this|the) classic (joke|riddle)\b|\bthe punchline\b|\btrivia\b", re.I)


@dataclass
class GuardContext:
    """What the guard knows about the person the reply is for."""
    user_text: str
    risk_level: str = "none"
    signals: list[str] = field(default_factory=list)
    persona: str = "therapy"
    history_text: str = ""  # the user's earlier turns, joined

    @property
    def at_risk(self) -> bool:
        return T.RISK_INDEX[self.risk_level] > 0

    @property
    def eating_disorder(self) -> bool:
        return "eating_disorder" in self.signals or ed_cues(self.user_text + " " + self.history_text)


@dataclass
class Verdict:
    passed: bool
    reasons: list[str]
    categories: list[str]  # the unsafe categories that blocked it (safety tower and rules)


def degeneration(reply: str, relevance: float | None = None) -> list[str]:
    """Why ``reply`` is not a usable answer (empty when it is): too_short, repetition, non_answer, off_topic."""
    out = []
    text = reply.strip()
    words = _WORD.findall(text.lower())
    if len(words) < 4 or (len(words) < 8 and not _SENTENCE_END.search(text)):
        out.append("too_short")
    if len(words) >= 12:
        grams = [" ".join(words[i:i + 4]) for i in range(len(words) - 3)]
        if max(grams.count(g) for g in set(grams)) >= 3 or len(set(words)) / len(words) < 0.35:
            out.append("repetition")
    sentences = [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 12]
    if len(sentences) != len(set(sentences)) and "repetition" not in out:
        out.append("repetition")
    if _NON_ANSWER.search(text):
        out.append("non_answer")
    if relevance is not None and relevance < MIN_RELEVANCE:
        out.append("off_topic")
    return out


def check(reply: str, ctx: GuardContext, safety_probs: dict[str, float] | None = None,
          thresholds: dict[str, float] | None = None, relevance: float | None = None) -> Verdict:
    """Guard one candidate reply. ``safety_probs``/``thresholds``: the safety tower's probability and threshold
    per category (omitted: rules and degeneration only)."""
    reasons: list[str] = []
    cats: set[str] = set()
    for c, p in (safety_probs or {}).items():
        th = (thresholds or {}).get(c, 0.5)
        if p >= th:
            cats.add(c)
            reasons.append(f"safety:{c}({p:.2f}>={th:.2f})")
    rules = rule_safety(reply, at_risk=ctx.at_risk or means_seeking(ctx.user_text),
                        eating_disorder=ctx.eating_disorder,
                        relationship=relationship_context(ctx.user_text + " " + ctx.history_text))
    for c in sorted(rules):
        cats.add(c)
        reasons.append(f"rule:{c}")
    reasons += [f"degenerate:{d}" for d in degeneration(reply, relevance)]
    return Verdict(not reasons, reasons, [c for c in T.SAFETY_CATEGORIES if c in cats])
