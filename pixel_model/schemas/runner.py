"""The runner's internal batch items: what the pipeline sends to the model service and gets back. They cross a
process boundary (BentoML serialises them), carry no HTTP concerns and read no settings. No torch here."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from pixel_model.taxonomy import Persona, RiskLevel


class AnalyseItem(BaseModel):
    text: str
    history: list[dict[str, str]] = []
    context_type: str | None = None
    # an analysis-only request's reply to score (the history's latest assistant turn): scored in the same runner
    # call, with the message's embedding reused, unless the message gets the crisis protocol (then the protocol
    # reply is what is scored)
    score_reply: str | None = None


class MessageAnalysis(BaseModel):
    risk_level: RiskLevel
    crisis_signals: list[str]
    crisis_evidence: list[str]
    crisis_source: str
    risk_probs: dict[str, float]
    emotions: dict[str, float]  # all 28, probabilities
    detected_emotions: list[str]  # over their thresholds
    persona: Persona
    persona_probs: dict[str, float]
    bias_shift: float
    confidence: float
    model_version: str | None = None
    minor_involved: bool = False  # a child or teenager in the conversation (protocol resources)
    signal_probs: dict[str, float] = {}  # the crisis tower's probability per signal (before fusion with the rules)
    reply: ReplyAnalysis | None = None  # the scores of AnalyseItem.score_reply, when it was scored


class ReplyRequest(BaseModel):
    """One reply to generate, guard and (if every candidate is blocked) compose, in the runner."""

    messages: list[dict[str, str]]
    max_new_tokens: int
    user_text: str
    history_text: str = ""  # the user's earlier turns, joined (guard context)
    risk_level: RiskLevel = "none"
    signals: list[str] = []
    persona: Persona
    user_emotions: dict[str, float] = {}
    detected_emotions: list[str] = []
    bias_shift: float = 0.0
    candidates: int = 3
    sensitive_generation: bool = False  # see Settings.sensitive_generation
    append_resources: bool = False  # add the crisis-resource line (the crisis assessment says so)
    seed: int | None = None


class ReplyResult(BaseModel):
    text: str
    source: Literal["generated", "composed"]
    analysis: ReplyAnalysis
    guard: dict[str, Any]


class ReplyItem(BaseModel):
    user_text: str
    reply: str
    user_emotions: dict[str, float]
    persona: Persona
    bias_shift: float = 0.0


class ReplyAnalysis(BaseModel):
    techniques: dict[str, float]  # detected techniques -> probability (1.0 for rules)
    empathy: dict[str, float]  # expected level / 2 per mechanism
    empathy_probs: dict[str, list[float]]
    unsafe_categories: list[str]
    safety_score: float
    bias_score: float
    reply_emotions: dict[str, float]
    eq: dict[str, float]
    technique_consistency: float | None
    therapeutic_effectiveness: float
    safety_probs: dict[str, float] = {}  # the safety tower's probability per unsafe category
    relevance: float | None = None  # cosine(user message, reply) of the encoder's embeddings


ReplyResult.model_rebuild()
MessageAnalysis.model_rebuild()
