"""Crisis detection: the rule layer (``crisis_rules``) fused with the trained crisis heads, and the
crisis-protocol reply.

Fusion policy (recall-first, rules primary):
1. The rule layer reads the normalised message and the user's earlier turns and gives signals + a risk level.
   It is the primary detector: it composes method x means x time x intent x person features and knows
   idioms, fiction, news, jargon and negation.
2. The heads read the latest user turns joined with the message. They can only RAISE the level:
   ``P(risk >= high) >= fusion.head_high`` -> ``high``; else ``P(risk > none) >= fusion.head_any`` -> ``low`` or
   ``moderate`` (whichever of the two the head finds likelier). They never produce ``imminent`` on their own:
   that needs rule evidence (plan + means + time, or an act in progress).
3. When the rule layer recognised a non-crisis frame (idiom, fiction, news, negation, jargon), or the message
   uses a figurative idiom of death or violence (``idioms.py``), and the rules found no crisis, the heads do
   not override it.
4. Signals: the rule signals; when the head raised the level (or the rules gave a level of moderate or more
   without a signal), the head's signals with probability >= max(0.5, their threshold), else its top one.
   ``immediate_harm`` iff ``imminent``.
The two fusion thresholds are chosen by ``python -m pixel_model.training.tune_fusion`` on data the tower never
trained on (the crisis dev set + the project test split): the most recall with false positives on their
risk-free cases at or under its ``MAX_FP_RATE`` (8%).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import taxonomy as T
from .crisis_rules import RuleFinding, assess_conversation
from .idioms import figurative_frame

DEFAULT_FUSION = {"head_any": 0.95, "head_high": 0.95}  # used only if heads.json carries no tuned values


@dataclass
class CrisisAssessment:
    risk_level: str
    signals: list[str]
    evidence: list[str] = field(default_factory=list)
    risk_probs: dict[str, float] = field(default_factory=dict)
    source: str = "none"  # none | rules | head | rules+head


def needs_protocol(risk_level: str) -> bool:
    """High or imminent risk gets the crisis-protocol reply instead of a generated one."""
    return T.RISK_INDEX[risk_level] >= T.RISK_INDEX[T.CRISIS_PROTOCOL_MIN_RISK]


def fuse(text: str, history: list[dict], risk_probs: dict[str, float], signal_probs: dict[str, float],
         signal_thresholds: dict[str, float], fusion: dict) -> CrisisAssessment:
    return combine(assess_conversation(text, history), risk_probs, signal_probs, signal_thresholds, fusion,
                   figurative_frame(text))


def combine(rule: RuleFinding, risk_probs: dict[str, float], signal_probs: dict[str, float],
            signal_thresholds: dict[str, float], fusion: dict, idiom: str | None = None) -> CrisisAssessment:
    """``signal_thresholds``: the tower's per-signal thresholds; ``fusion``: head_any / head_high (heads.json)."""
    level = rule.risk
    evidence = list(rule.evidence)
    p_high = sum(risk_probs[r] for r in T.RISK_LEVELS[T.RISK_INDEX["high"]:])
    p_any = 1.0 - risk_probs["none"]
    fz = {**DEFAULT_FUSION, **fusion}
    head_level = "none"
    if p_high >= fz["head_high"]:
        head_level = "high"
    elif p_any >= fz["head_any"]:
        head_level = "moderate" if risk_probs["moderate"] + p_high >= risk_probs["low"] else "low"
    if (rule.negated or idiom) and rule.risk == "none":
        head_level = "none"
    source = "rules" if rule.risk != "none" else "none"
    if T.RISK_INDEX[head_level] > T.RISK_INDEX[level]:
        evidence.append(f"head: P(risk>=high)={p_high:.2f}, P(risk>none)={p_any:.2f}")
        level = head_level
        source = "rules+head" if rule.risk != "none" else "head"
    signals = set(rule.signals) - {"immediate_harm"}
    if level != "none" and not signals and (source != "rules" or level != "low"):
        # the rules gave the level but no signal, or the head raised it: take the head's signals
        signals = {s for s, p in signal_probs.items() if p >= max(0.5, float(signal_thresholds.get(s, 0.5)))}
        signals = signals or {max(signal_probs, key=signal_probs.get)}
    signals.discard("immediate_harm")
    if level == "imminent":
        signals.add("immediate_harm")
    ordered = [s for s in T.CRISIS_SIGNALS if s in signals]
    return CrisisAssessment(level, ordered, evidence, {k: round(v, 4) for k, v in risk_probs.items()}, source)


# --- the crisis-protocol reply (a documented template: never generated) ---------------------------
def protocol_reply(a: CrisisAssessment) -> str:
    s = set(a.signals)
    parts = ["I'm really glad you told me, and I'm taking what you said seriously. You don't have to "
             "go through this alone."]
    if "immediate_harm" in s or "substance_overdose" in s:
        parts.append("If you or anyone else is in immediate danger, or has taken too much of something, "
                     "please call emergency services now (911 in the US, 999 in the UK, 112 in the EU). "
                     "In the US you can also call Poison Control at 1-800-222-1222.")
    parts.append("You can reach the 988 Suicide & Crisis Lifeline any time by calling or texting 988 (US), "
                 "or text HOME to 741741 to reach the Crisis Text Line. Outside the US, findahelpline.com "
                 "lists free, confidential lines in your country.")
    if "abuse" in s:
        parts.append("If someone is hurting you, the National Domestic Violence Hotline is 1-800-799-7233 "
                     "(or text START to 88788).")
    if "harm_to_others" in s:
        parts.append("If you feel you might hurt someone, please put distance between yourself and anything "
                     "you could use, and call 988 or emergency services so someone can help you stay safe.")
    parts.append("Are you safe right now? I'm here, and I'd like to keep talking with you. "
                 "Can you tell me a little more about what's happening?")
    return " ".join(parts)
