"""Documented formulas over the trained heads: EQ scores, technique consistency, therapeutic effectiveness,
confidence. No labelled EQ dataset exists, so each EQ domain is defined here, and the model card quotes
these definitions. Inputs are head probabilities; every output is in [0, 1].

Notation: ER, IP, EX = expected EPITOME level (0..2) of the reply for emotional reactions, interpretations,
explorations, divided by 2. P(t) = probability of technique t (trained head) or 1/0 (rule).
"""

from __future__ import annotations

import re

from pixel_model import taxonomy as T

# word stems that name each emotion family in a reply ("does the reply name what the user feels");
# matched at a word start, so "overwhelm" covers overwhelmed / overwhelming
EMOTION_WORDS: dict[str, tuple[str, ...]] = {
    "sadness": ("sad", "down", "low", "heavy", "hurt", "pain", "lonel", "alone", "hopeless", "unhappy", "upset"),
    "grief": ("grie", "loss", "lost", "miss", "mourn", "bereave"),
    "fear": ("afraid", "scar", "frighten", "fear", "terrif", "unsafe"),
    "nervousness": ("anxi", "nervous", "worr", "overwhelm", "stress", "panic", "tense", "pressure"),
    "anger": ("angry", "anger", "furious", "frustrat", "rage", "mad", "resent"),
    "annoyance": ("annoy", "irritat", "frustrat", "fed up"),
    "disappointment": ("disappoint", "let down"),
    "embarrassment": ("embarrass", "asham", "shame", "humiliat"),
    "remorse": ("guilt", "regret", "sorry", "remorse"),
    "confusion": ("confus", "unsure", "uncertain", "lost"),
    "joy": ("happy", "glad", "joy", "delight", "wonderful"),
    "gratitude": ("grateful", "thankful", "appreciat"),
    "disgust": ("disgust", "gross", "repuls"),
    "love": ("love", "care", "caring", "affection"),
    "optimism": ("hope", "optimis"),
    "excitement": ("excit", "thrill"),
    "pride": ("proud", "pride"),
    "relief": ("relie",),
    "caring": ("care", "caring", "support"),
    "surprise": ("surpris", "shock", "unexpected"),
}
THERAPY_TECHNIQUES = frozenset(
    {
        "simple_reflection",
        "complex_reflection",
        "open_question",
        "validation",
        "affirmation",
        "grounding",
        "psychoeducation",
        "crisis_resources",
        "options",
    }
)
ASSISTANT_TECHNIQUES = frozenset(
    {"information", "advice", "options", "closed_question", "open_question", "psychoeducation", "simple_reflection"}
)


def clamp(x: float) -> float:
    return max(0.0, min(1.0, float(x)))


def expected_levels(empathy_probs: dict[str, list[float]]) -> dict[str, float]:
    """E[level]/2 per EPITOME mechanism."""
    return {m: round(clamp((p[1] + 2 * p[2]) / 2), 4) for m, p in empathy_probs.items()}


def emotion_naming(user_emotions: dict[str, float], reply: str) -> float:
    """max over the user's non-neutral emotions of P(emotion) x [the reply names that emotion's family]."""
    text = reply.lower()
    best = 0.0
    for emo, p in user_emotions.items():
        words = EMOTION_WORDS.get(emo, ())
        if any(re.search(rf"\b{re.escape(w)}", text) for w in words):
            best = max(best, p)
    return clamp(best)


def eq_scores(
    empathy_probs,
    technique_probs: dict[str, float],
    user_emotions: dict[str, float],
    reply_emotions: dict[str, float],
    reply: str,
    safety_score: float,
) -> dict[str, float]:
    lv = expected_levels(empathy_probs)
    er, ip, ex = lv["emotional_reactions"], lv["interpretations"], lv["explorations"]
    top_user = dict(sorted(((k, v) for k, v in user_emotions.items() if k != "neutral"), key=lambda kv: -kv[1])[:3])
    naming = emotion_naming(top_user, reply)
    reflect = max(technique_probs.get("simple_reflection", 0), technique_probs.get("complex_reflection", 0))
    question = max(technique_probs.get("open_question", 0), technique_probs.get("complex_reflection", 0))
    negative_reply = max(reply_emotions.get(e, 0.0) for e in T.NEGATIVE_EMOTIONS)
    scores = {
        # recognises and names the user's emotion: mean(ER, naming of the user's top emotions)
        "emotional_awareness": clamp((er + naming) / 2),
        # mean of the three EPITOME mechanisms
        "empathy_recognition": clamp((er + ip + ex) / 3),
        # a calm, safe reply: safety_score x (1 - the reply's strongest negative emotion)
        "emotional_regulation": clamp(safety_score * (1 - negative_reply)),
        # understands the situation: mean(IP, P(reflection))
        "social_cognition": clamp((ip + reflect) / 2),
        # moves the conversation: mean(EX, P(open question or complex reflection))
        "interpersonal_skills": clamp((ex + question) / 2),
    }
    scores["overall_eq"] = clamp(sum(scores.values()) / len(scores))
    return {k: round(v, 4) for k, v in scores.items()}


def technique_consistency(detected: dict[str, float], persona: str) -> float | None:
    """Share of detected-technique probability mass that fits the persona's repertoire; None if nothing was
    detected."""
    if not detected:
        return None
    fit = THERAPY_TECHNIQUES if persona == "therapy" else ASSISTANT_TECHNIQUES
    total = sum(detected.values())
    return round(clamp(sum(p for t, p in detected.items() if t in fit) / total), 4)


def therapeutic_effectiveness(
    empathy_recognition: float, safety_score: float, consistency: float | None, bias_score: float
) -> float:
    """0.4 x empathy_recognition + 0.3 x safety + 0.2 x technique_consistency (0.5 if none) + 0.1 x (1 - bias)."""
    c = 0.5 if consistency is None else consistency
    return round(clamp(0.4 * empathy_recognition + 0.3 * safety_score + 0.2 * c + 0.1 * (1 - bias_score)), 4)


def confidence(persona_prob: float, risk_probs: dict[str, float]) -> float:
    """How sure the routing heads are: mean of the chosen persona's probability and the top risk probability."""
    return round(clamp((persona_prob + max(risk_probs.values())) / 2), 4)


# best-of-N weights per persona: the therapy persona is ranked first on empathy, the assistant on relevance
CANDIDATE_WEIGHTS = {
    "therapy": {"empathy": 0.35, "relevance": 0.25, "consistency": 0.2, "safety": 0.2},
    "assistant": {"empathy": 0.1, "relevance": 0.5, "consistency": 0.2, "safety": 0.2},
}


def candidate_score(analysis, persona: str) -> float:
    """Rank of a candidate reply that passed the guard (higher is better), from its ``ReplyAnalysis``:
    w_e x empathy_recognition + w_r x relevance (cosine to the user's message, clamped to [0, 1])
    + w_c x technique_consistency (0.5 if none) + w_s x safety_score, weights per persona (CANDIDATE_WEIGHTS)."""
    w = CANDIDATE_WEIGHTS.get(persona, CANDIDATE_WEIGHTS["therapy"])
    c = analysis.technique_consistency if analysis.technique_consistency is not None else 0.5
    return (
        w["empathy"] * analysis.eq["empathy_recognition"]
        + w["relevance"] * clamp(analysis.relevance or 0.0)
        + w["consistency"] * c
        + w["safety"] * analysis.safety_score
    )
