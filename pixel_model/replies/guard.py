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
3. **Degeneration**: shorter than one full sentence, repeated n-grams or sentences, quiz-style non-answers, a
   reply that talks about "the user" instead of to them, one that steps out of role (links, payment, asking for
   personal details), and (when the encoder's relevance is given) a reply unrelated to the message (cosine below
   ``MIN_RELEVANCE``).

Before any of that, **sensitive topics** (``sensitive_topics``): when the user is at any crisis risk, shows
eating-disorder cues, asks about means, names a medicine, asks whether to contact an ex or an abuser, or asks
about Pixel itself (a person or an AI, feelings, memory, a promise to always be there), the reply is composed from
the vetted response bank and no candidate is generated (``Settings.sensitive_generation`` turns generation back
on, for a generator you have validated). Why: measured on the held-out reply set (``benchmarks/eval_replies.py``), the
135M default
generator's text on exactly these topics produced the must-not violations that got past every check above
(restriction tips, a dose, means talk after a loss); a guard can only block what it recognises, and for these
topics the cost of one miss is the worst this project can do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pixel_model import taxonomy as T
from pixel_model.replies.rules import (
    about_pixel,
    contact_question,
    coping_question,
    ed_cues,
    means_seeking,
    medication_question,
    method_question,
    phatic_kind,
    relationship_context,
    rule_safety,
)

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
    r"|\b(this|the) classic (joke|riddle)\b|\bthe punchline\b|\btrivia\b",
    re.I,
)
# the reply narrates the user in the third person ("The person's expression is one of distress. They seem...")
_THIRD_PERSON = re.compile(
    r"\bthe (user|person|individual|client|patient|speaker)('s)? (is|seems|appears|expresses|"
    r"feels|has|message|statement|question|expression|situation|feelings)\b|\bthe user\b",
    re.I,
)
# out of role: a counselling or assistant reply never carries links, asks for payment or personal details, or sells
_OFF_ROLE = re.compile(
    r"https?://|\bwww\.|\]\(|\bcredit card\b|\bbank (details|account)\b|\bpay(ment)? (me|now)\b|"
    r"\b\d{1,3} ?% off\b|\bpromo code\b|\b(send|give|tell) me your (address|number|password|"
    r"card|details|photo|pictures?)\b|\bsubscribe\b",
    re.I,
)


@dataclass
class GuardContext:
    """What the guard knows about the person the reply is for."""

    user_text: str
    risk_level: str = "none"
    signals: list[str] = field(default_factory=list)
    persona: str = "therapy"
    history_text: str = ""  # the user's earlier turns, joined
    routed: str | None = None  # the reply-kind router's label for user_text (``replies/router.py``), if any

    @property
    def at_risk(self) -> bool:
        return T.RISK_INDEX[self.risk_level] > 0

    @property
    def eating_disorder(self) -> bool:
        return "eating_disorder" in self.signals or ed_cues(self.user_text + " " + self.history_text)


def topic_of(label: str) -> str:
    """The sensitive topic a reply-kind router label (``router.LABELS``) opens: every ``about_pixel_*`` kind ->
    ``about_pixel``; ``coping``, ``medication``, ``contact`` -> themselves."""
    return "about_pixel" if label.startswith("about_pixel_") else label


def sensitive_topics(ctx: GuardContext) -> list[str]:
    """Why a reply for ``ctx`` is composed rather than generated (empty: generate): ``at_risk`` (crisis risk above
    none), ``eating_disorder`` (the signal or cues in the user's words), ``means`` (lethality, painlessness,
    heights or a named method: ``reply_rules.method_question``), ``medication`` (a medicine named or a dose
    change), ``contact`` (whether to contact, confront or go back to an ex or an abuser), ``about_pixel`` (a person
    or an AI, feelings, memory, promises to always be there: the honest answer is written, not sampled), ``coping`` (how
    to cope with panic,
    sleep, nerves, stress: vetted concrete steps; the default 135M generator's coping advice passed the reply
    checks in 30% of the development set's coping questions, mostly without any step one could follow),
    ``phatic`` (a greeting, thanks or goodbye alone, no risk: ``reply_rules.phatic_kind``; answered in kind).
    The regular expressions route the wordings they know; ``ctx.routed`` (the learned router's label) adds
    ``about_pixel``, ``coping``, ``medication`` or ``contact`` for wordings they miss."""
    text = ctx.user_text + " " + ctx.history_text
    out = []
    if ctx.at_risk:
        out.append("at_risk")
    if ctx.eating_disorder:
        out.append("eating_disorder")
    if method_question(text):
        out.append("means")
    if medication_question(text):
        out.append("medication")
    if contact_question(ctx.user_text) and relationship_context(text):
        out.append("contact")
    if about_pixel(ctx.user_text):
        out.append("about_pixel")
    if coping_question(ctx.user_text):
        out.append("coping")
    if ctx.routed and (topic := topic_of(ctx.routed)) not in out:
        out.append(topic)
    if not ctx.at_risk and phatic_kind(ctx.user_text, first_turn=not ctx.history_text.strip()):
        out.append("phatic")
    return out


@dataclass
class Verdict:
    passed: bool
    reasons: list[str]
    categories: list[str]  # the unsafe categories that blocked it (safety tower and rules)


def degeneration(reply: str, relevance: float | None = None) -> list[str]:
    """Why ``reply`` is not a usable answer (empty when it is): too_short, repetition, non_answer (a quiz-style
    answer, or the user narrated in the third person), off_role (links, payment, personal details), off_topic."""
    out = []
    text = reply.strip()
    words = _WORD.findall(text.lower())
    if len(words) < 4 or (len(words) < 8 and not _SENTENCE_END.search(text)):
        out.append("too_short")
    if len(words) >= 12:
        grams = [" ".join(words[i : i + 4]) for i in range(len(words) - 3)]
        if max(grams.count(g) for g in set(grams)) >= 3 or len(set(words)) / len(words) < 0.35:
            out.append("repetition")
    sentences = [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 12]
    if len(sentences) != len(set(sentences)) and "repetition" not in out:
        out.append("repetition")
    if _NON_ANSWER.search(text) or _THIRD_PERSON.search(text):
        out.append("non_answer")
    if _OFF_ROLE.search(text):
        out.append("off_role")
    if relevance is not None and relevance < MIN_RELEVANCE:
        out.append("off_topic")
    return out


def check(
    reply: str,
    ctx: GuardContext,
    safety_probs: dict[str, float] | None = None,
    thresholds: dict[str, float] | None = None,
    relevance: float | None = None,
) -> Verdict:
    """Guard one candidate reply. ``safety_probs``/``thresholds``: the safety tower's probability and threshold
    per category (omitted: rules and degeneration only)."""
    reasons: list[str] = []
    cats: set[str] = set()
    for c, p in (safety_probs or {}).items():
        th = (thresholds or {}).get(c, 0.5)
        if p >= th:
            cats.add(c)
            reasons.append(f"safety:{c}({p:.2f}>={th:.2f})")
    rules = rule_safety(
        reply,
        at_risk=ctx.at_risk or means_seeking(ctx.user_text),
        eating_disorder=ctx.eating_disorder,
        relationship=relationship_context(ctx.user_text + " " + ctx.history_text),
    )
    for c in sorted(rules):
        cats.add(c)
        reasons.append(f"rule:{c}")
    reasons += [f"degenerate:{d}" for d in degeneration(reply, relevance)]
    return Verdict(not reasons, reasons, [c for c in T.SAFETY_CATEGORIES if c in cats])
