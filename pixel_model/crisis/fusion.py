"""Crisis detection: the rule layer (``crisis_rules``) fused with the trained crisis heads, and the
crisis-protocol reply.

Fusion policy (recall-first, rules primary):
1. The rule layer reads the normalised message and the user's earlier turns and gives signals + a risk level.
   It is the primary detector: it composes method x means x time x intent x person features and knows
   idioms, fiction, news, jargon and negation.
2. The heads read the latest user turns joined with the message (risk probabilities calibrated by the tower's
   temperature). They can only RAISE the level: ``P(imminent) >= fusion.head_imminent`` -> ``imminent`` (an
   act or emergency in progress told without the words the rules know: an overdose by its symptoms, a hurt
   baby); else ``P(risk >= high) >= fusion.head_high`` -> ``high``; else ``P(risk > none) >= fusion.head_any``
   -> ``low`` or ``moderate`` (whichever of the two the head finds likelier).
3. The grey zone is the tower's: a rule hit at ``low`` (hopelessness, a passive wish, a weak cue) or ``moderate``
   is lowered to none when the tower is sure there is no risk (``P(none) >= fusion.lower_low`` / ``lower_moderate``,
   chosen so that almost no validation risk case is lost). A rule hit at ``high`` or ``imminent`` is never
   lowered: the rules keep the recall floor.
4. When the rule layer explained a crisis phrase away (negation, fiction, news, jargon, a weapon for hunting,
   a resolved past) and found no crisis, the heads raise the message only to high or imminent and only when very
   sure (``P(risk >= high) >= fusion.head_high_framed``): a literal threat can look like a frame. A figurative
   idiom of death or violence, an everyday frame (a getaway with a place or a time limit, staying in:
   ``idioms.py``) or a phatic message with no earlier user turn (``phatic.py``) is never raised by the heads
   when the rules found nothing.
5. Signals: the rule signals; when the head raised the level (or the rules gave a level of moderate or more
   without a signal), the head's signals with probability >= max(0.5, their threshold), else its top one.
   ``immediate_harm`` iff ``imminent``.
The fusion thresholds are chosen by ``python -m pixel_model.training.tune_fusion`` on the validation split
of the project crisis data (families the tower never trained on; everyday, phatic and hard negatives mixed in),
within false-alarm budgets stated there; never on a held-out set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pixel_model import taxonomy as T
from pixel_model.crisis.idioms import everyday_frame, figurative_frame
from pixel_model.crisis.phatic import is_phatic
from pixel_model.crisis.rules import RuleFinding, assess_conversation

# used only where heads.json has no tuned values; 1.01 = never
DEFAULT_FUSION = {
    "head_any": 0.95,
    "head_high": 0.95,
    "head_imminent": 1.01,
    "lower_low": 1.01,
    "lower_moderate": 1.01,
    "head_high_framed": 1.01,
}


@dataclass
class CrisisAssessment:
    risk_level: str
    signals: list[str]
    evidence: list[str] = field(default_factory=list)
    risk_probs: dict[str, float] = field(default_factory=dict)
    source: str = "none"  # none | rules | head | rules+head
    minor: bool = False  # a child or teenager is involved (chooses the child-protection resources)


# a child or teenager in the conversation: a stated age under 18, a baby / toddler / child of the writer's, school
_MINOR = re.compile(
    r"\b(i'?m|i am|im|she'?s|he'?s|they'?re|she is|he is|aged?|just turned) (only |just )?([1-9]|1[0-7])\b"
    r"(?! ?(%|am|pm|kg|lbs?|"
    r"hours?|minutes?|mins?|days?|weeks?|months?|years? (ago|sober|clean)))"
    r"|\b([1-9]|1[0-7]) ?(yo|y/o|yrs? old|years? old)\b|\b\d{1,2}[- ](month|week|day)[- ]old\b"
    r"|\b(my|our|her|his|their|the) (baby|babies|newborn|infant|toddler|son|daughter|kids?|children|child|"
    r"little (boy|girl|one)|stepson|stepdaughter|niece|nephew|grandson|granddaughter)\b"
    r"|\b(in|at) (middle|high|primary|elementary|secondary) school\b|\b(year|grade) ([1-9]|1[0-2])\b"
    r"|\b(mature|grown[- ]up) for (my age|(an? )?([1-9]|1[0-7])( ?(yo|year[- ]old))?)\b"
    r"|\b(tengo|j'ai|ich bin|ho|tenho) ([1-9]|1[0-7]) (años|ans|jahre|anni|anos)\b",
    re.I,
)


def involves_minor(text: str, history: list[dict] | None = None) -> bool:
    """True when the user's words put a child or teenager in the conversation (their own age under 18, their
    baby or child, school years). Used only to add the child-protection resources to the protocol reply."""
    users = [h.get("content", "") for h in (history or []) if h.get("role") == "user"]
    return any(_MINOR.search(t.replace("\u2019", "'")) for t in [text, *users])


def needs_protocol(risk_level: str) -> bool:
    """High or imminent risk gets the crisis-protocol reply instead of a generated one."""
    return T.RISK_INDEX[risk_level] >= T.RISK_INDEX[T.CRISIS_PROTOCOL_MIN_RISK]


# A conversation longer than one encoder window is read window by window and the riskiest window counts; the
# tower scores ordinary narrative text 0.2-0.9 per window (the corpus's long diaries are mostly risk cases), so
# the max over tens of windows is often high. For such texts the tower raises the level only when a window is
# this sure; the rule layer reads all of the text as before. Set from a 30,000-character plain diary (max window
# 0.63-0.87) against the same diary with one plan sentence at its start, middle or end (0.99).
LONG_TEXT_MIN = {"head_any": 0.99, "head_high": 0.95, "head_imminent": 0.95}


def fuse(
    text: str,
    history: list[dict],
    risk_probs: dict[str, float],
    signal_probs: dict[str, float],
    signal_thresholds: dict[str, float],
    fusion: dict,
    windows: int = 1,
) -> CrisisAssessment:
    if windows > 1:
        fusion = {**DEFAULT_FUSION, **fusion}
        fusion |= {k: max(fusion[k], v) for k, v in LONG_TEXT_MIN.items()}
    a = combine(
        assess_conversation(text, history),
        risk_probs,
        signal_probs,
        signal_thresholds,
        fusion,
        figurative_frame(text),
        text,
        history,
    )
    a.minor = involves_minor(text, history)
    return a


def phatic_frame(text: str, history: list[dict]) -> bool:
    """A phatic message opening the conversation (no earlier user turn): see ``phatic.py``."""
    return is_phatic(text) and not any(h.get("role") == "user" and h.get("content", "").strip() for h in history)


def combine(
    rule: RuleFinding,
    risk_probs: dict[str, float],
    signal_probs: dict[str, float],
    signal_thresholds: dict[str, float],
    fusion: dict,
    idiom: str | None = None,
    text: str = "",
    history: list[dict] | None = None,
) -> CrisisAssessment:
    """``signal_thresholds``: the tower's per-signal thresholds; ``fusion``: head_any / head_high / head_imminent
    (heads.json)."""
    level = rule.risk
    evidence = list(rule.evidence)
    p_high = sum(risk_probs[r] for r in T.RISK_LEVELS[T.RISK_INDEX["high"] :])
    p_any = 1.0 - risk_probs["none"]
    fz = {**DEFAULT_FUSION, **fusion}
    head_level = "none"
    if risk_probs["imminent"] >= fz["head_imminent"]:
        head_level = "imminent"
    elif p_high >= fz["head_high"]:
        head_level = "high"
    elif p_any >= fz["head_any"]:
        head_level = "moderate" if risk_probs["moderate"] + p_high >= risk_probs["low"] else "low"
    if rule.risk == "none" and (idiom or (text and (phatic_frame(text, history or []) or everyday_frame(text)))):
        head_level = "none"  # an idiom, an everyday frame or a phatic opening message: the tower never raises it
    elif rule.risk == "none" and rule.negated:
        # the rules explained the words away (idiom, fiction, a weapon for hunting, a resolved past ...): the
        # tower may still raise to high or imminent when it is very sure (a literal threat can look like a frame)
        if not (T.RISK_INDEX[head_level] >= T.RISK_INDEX["high"] and p_high >= fz["head_high_framed"]):
            head_level = "none"
    source = "rules" if rule.risk != "none" else "none"
    lower_at = {"low": fz["lower_low"], "moderate": fz["lower_moderate"]}.get(rule.risk, 2.0)
    if risk_probs["none"] >= lower_at:  # a grey-zone rule hit the tower is sure is not a crisis
        evidence.append(f"not flagged: the tower overrules a {rule.risk} rule hit (P(none)={risk_probs['none']:.2f})")
        return CrisisAssessment("none", [], evidence, {k: round(v, 4) for k, v in risk_probs.items()}, "head")
    if T.RISK_INDEX[head_level] > T.RISK_INDEX[level]:
        evidence.append(
            f"head: P(imminent)={risk_probs['imminent']:.2f}, P(risk>=high)={p_high:.2f}, P(risk>none)={p_any:.2f}"
        )
        level = head_level
        source = "rules+head" if rule.risk != "none" else "head"
    signals = set(rule.signals) - {"immediate_harm"}
    if level != "none" and not signals and (source != "rules" or level != "low"):
        # the rules gave the level but no signal, or the head raised it: take the head's signals
        signals = {s for s, p in signal_probs.items() if p >= max(0.5, float(signal_thresholds.get(s, 0.5)))}
        signals = signals or {max(signal_probs, key=lambda s: signal_probs[s])}
    signals.discard("immediate_harm")
    if level == "imminent":
        signals.add("immediate_harm")
    ordered = [s for s in T.CRISIS_SIGNALS if s in signals]
    return CrisisAssessment(level, ordered, evidence, {k: round(v, 4) for k, v in risk_probs.items()}, source)


# --- the crisis-protocol reply (a documented template: never generated) ---------------------------
# Resources, each checked against its organisation's own published details (2026-11):
# - 988 Suicide & Crisis Lifeline: call or text 988 (988lifeline.org); Crisis Text Line: text HOME to 741741
#   (crisistextline.org); findahelpline.com (Throughline) lists lines by country.
# - Poison Control (US): 1-800-222-1222 (poison.org).
# - National Domestic Violence Hotline: 1-800-799-7233, text START to 88788 (thehotline.org).
# - Childhelp National Child Abuse Hotline: 1-800-422-4453, call or text, 24/7 (childhelphotline.org: "answer
#   calls, texts, and chats 24/7"; not a reporting line, not connected to 911).
# - NCMEC CyberTipline: report.cybertip.org or 1-800-843-5678, for the online sexual exploitation of a child
#   (report.cybertip.org/faqs: "someone chatting online with a child about sex", sexual images of a child).
# - Eating disorders: the ANAD Eating Disorder Helpline (anad.org/eating-disorder-helpline, free peer support,
#   US); Beat in the UK (beateatingdisorders.org.uk). NEDA's helpline closed on 2023-06-01 and is not listed.
def protocol_reply(a: CrisisAssessment) -> str:
    s = set(a.signals)
    parts = [
        "I'm really glad you told me, and I'm taking what you said seriously. You don't have to go through this alone."
    ]
    if "immediate_harm" in s or "substance_overdose" in s:
        parts.append(
            "If you or anyone else is in immediate danger, or has taken too much of something, "
            "please call emergency services now (911 in the US, 999 in the UK, 112 in the EU). "
            "In the US you can also call Poison Control at 1-800-222-1222."
        )
    parts.append(
        "You can reach the 988 Suicide & Crisis Lifeline any time by calling or texting 988 (US), "
        "or text HOME to 741741 to reach the Crisis Text Line. Outside the US, findahelpline.com "
        "lists free, confidential lines in your country."
    )
    if "abuse" in s and a.minor:
        parts.append(
            "If a child is being hurt, the Childhelp National Child Abuse Hotline is there 24/7 at "
            "1-800-422-4453 (call or text). If someone online is asking a child for pictures or sexual "
            "talk, it can be reported to the CyberTipline at report.cybertip.org or 1-800-843-5678, and "
            "telling a trusted adult is a brave and right thing to do."
        )
    elif "abuse" in s:
        parts.append(
            "If someone is hurting you, the National Domestic Violence Hotline is 1-800-799-7233 "
            "(or text START to 88788)."
        )
    if "eating_disorder" in s:
        parts.append(
            "For support with eating, the ANAD Eating Disorder Helpline (anad.org/eating-disorder-helpline) "
            "offers free support in the US, and Beat (beateatingdisorders.org.uk) in the UK. Seeing a "
            "doctor soon matters too: restriction and purging can affect the heart."
        )
    if "harm_to_others" in s:
        parts.append(
            "If you feel you might hurt someone, please put distance between yourself and anything "
            "you could use, and call 988 or emergency services so someone can help you stay safe."
        )
    parts.append(
        "Are you safe right now? I'm here, and I'd like to keep talking with you. "
        "Can you tell me a little more about what's happening?"
    )
    return " ".join(parts)
