"""Every schema in one place: the HTTP contract (seed field names kept), the error shape, and the
runner's internal batch items. No torch here."""
from __future__ import annotations

import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from . import taxonomy as T
from .settings import get_settings

Role = Literal[T.ROLES]
ContextType = Literal[T.CONTEXT_TYPES]
Persona = Literal[T.PERSONAS]
RiskLevel = Literal[T.RISK_LEVELS]

_KEEP = frozenset("\n\t")
_DROP = frozenset({"Cc", "Cf", "Cs", "Co"})  # controls, invisible format chars, lone surrogates, private use


def clean_text(value: str) -> str:
    """NFKC-normalise (full-width and other compatibility forms become plain text, so "ｋｉｌｌ ｍｙｓｅｌｆ"
    reads as "kill myself") and strip control and invisible characters (zero-width spaces, bidi overrides,
    lone surrogates) that could hide words from crisis detection; newlines and tabs are kept, \r becomes \n."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch in _KEEP or unicodedata.category(ch) not in _DROP)
    return unicodedata.normalize("NFKC", value)


# ---- request -----------------------------------------------------------------------------------
_LIMITS = get_settings()  # read once: validators and the schema (/openapi.json) share the same bounds


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Role
    content: str = Field(..., json_schema_extra={"maxLength": _LIMITS.max_message_chars})
    timestamp: str | None = Field(None, max_length=64)

    @field_validator("content")
    @classmethod
    def _content(cls, v: str) -> str:
        v = clean_text(v)
        cap = _LIMITS.max_message_chars
        if len(v) > cap:
            raise ValueError(f"message content is {len(v)} characters; the limit is {cap}")
        return v


class InferRequest(BaseModel):
    """POST /infer body (the seed's bare JSON). Unknown fields are rejected (400), so a typo such as
    ``max_token`` is reported instead of silently ignored."""
    model_config = ConfigDict(extra="forbid")
    user_query: str = Field(..., description="the user's latest message",
                            json_schema_extra={"minLength": 1, "maxLength": _LIMITS.max_query_chars})
    conversation_history: list[Message] = Field(default_factory=list,
                                                json_schema_extra={"maxItems": _LIMITS.max_history_turns})
    context_type: ContextType | None = None
    user_id: str | None = Field(None, max_length=256)
    session_id: str | None = Field(None, max_length=256)
    use_eq_awareness: bool = True
    include_metrics: bool = True
    max_tokens: int = Field(default_factory=lambda: min(_LIMITS.default_max_tokens, _LIMITS.max_tokens_limit),
                            description="0 = analysis only (no generated reply)",
                            json_schema_extra={"minimum": 0, "maximum": _LIMITS.max_tokens_limit})

    @field_validator("user_query")
    @classmethod
    def _query(cls, v: str) -> str:
        v = clean_text(v).strip()
        if not v:
            raise ValueError("user_query must not be empty")
        cap = _LIMITS.max_query_chars
        if len(v) > cap:
            raise ValueError(f"user_query is {len(v)} characters; the limit is {cap}")
        return v

    @field_validator("conversation_history")
    @classmethod
    def _history(cls, v: list[Message]) -> list[Message]:
        cap = _LIMITS.max_history_turns
        if len(v) > cap:
            raise ValueError(f"conversation_history has {len(v)} turns; the limit is {cap}")
        return v

    @field_validator("max_tokens")
    @classmethod
    def _max_tokens(cls, v: int) -> int:
        cap = _LIMITS.max_tokens_limit
        if not 0 <= v <= cap:
            raise ValueError(f"max_tokens must be between 0 and {cap}")
        return v


# ---- response ----------------------------------------------------------------------------------
class EQScores(BaseModel):
    emotional_awareness: float
    empathy_recognition: float
    emotional_regulation: float
    social_cognition: float
    interpersonal_skills: float
    overall_eq: float


class ConversationMetadata(BaseModel):
    detected_techniques: list[str]
    technique_consistency: float | None
    bias_score: float | None
    safety_score: float | None
    therapeutic_effectiveness_score: float | None
    crisis_signals: list[str]
    crisis_risk_level: RiskLevel
    crisis_evidence: list[str] = []
    detected_emotions: dict[str, float] = {}
    empathy: dict[str, float] | None = None
    unsafe_categories: list[str] = []
    scored_reply: Literal["generated", "composed", "history", "protocol", "none"] = "none"
    reply_source: Literal["generated", "composed", "protocol", "none"] = Field(
        "none", description="which path produced `response`: a generated candidate that passed the reply guard, "
        "a reply composed from the response bank (no candidate passed), the crisis protocol, or none (analysis only)")
    session_risk: "SessionRiskSummary | None" = Field(
        None, description="the session's risk over time (with session_id and PIXEL_SESSION_RISK on; "
        "pixel_model/sessions.py)")
    reply_guard: dict[str, Any] | None = Field(
        None, description="the reply guard's decision: candidates generated and passed, why the others were "
        "blocked, and why the reply was composed")


class SessionTurn(BaseModel):
    time: str
    level: RiskLevel
    signals: list[str]


class SessionRiskSummary(BaseModel):
    """A session's risk history (no text; keyed by the session id's HMAC). Flags: sessions.py docstring."""
    turns: int
    score: float = Field(description="decaying session risk in [0, 1]: max over turns of level value x "
                         "0.5 ** (age / half_life_s)")
    half_life_s: float
    latest_level: RiskLevel
    peak_level: RiskLevel
    escalation: bool
    repeated_disclosure: list[str] = Field(description="signals disclosed in two or more turns")
    disclosure_then_retraction: bool
    disclosure_then_silence: bool
    history: list[SessionTurn] = Field(description="the latest turns (at most 10), oldest first")


class InferResponse(BaseModel):
    response: str
    inference_time_ms: float
    eq_scores: EQScores | None
    conversation_metadata: ConversationMetadata | None
    persona_mode: Persona
    confidence: float
    warning: str | None = None
    crisis_protocol: bool = False
    degraded: bool = Field(False, description="true when the model runner was unavailable and the rule layer "
                           "alone chose the crisis-protocol reply")
    model_version: str | None = None
    request_id: str | None = None
    # what the audit log records whatever include_metrics says (never serialised): (risk level, signals)
    _crisis: tuple[str, list[str]] = PrivateAttr(default=("none", []))

    def audit_fields(self) -> dict:
        """The audit record's view of this response (no reply text)."""
        risk, signals = self._crisis
        return {"persona": self.persona_mode, "risk_level": risk, "crisis_signals": signals,
                "crisis_protocol": self.crisis_protocol, "degraded": self.degraded,
                "eq_scores": self.eq_scores.model_dump() if self.eq_scores else None,
                "model_version": self.model_version}


class BatchInferResponse(BaseModel):
    results: list[dict[str, Any]]


class HealthResponse(BaseModel):
    status: Literal["healthy", "degraded"]
    model_loaded: bool
    timestamp: str


class ReloadRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tag: str | None = Field(None, description="a pixel store tag (BentoML's tag rules); default the newest version",
                            pattern=r"^pixel:[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$")


class ReloadResponse(BaseModel):
    status: Literal["success", "error"]
    message: str
    model_version: str | None = None


class ErrorBody(BaseModel):
    type: str
    message: str
    field: str | None = None
    request_id: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody
    detail: str = Field(description="the message again, for clients of the seed's FastAPI service ({detail})")


# ---- runner batch items (internal, cross-service) -----------------------------------------------
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
    emotions: dict[str, float]          # all 28, probabilities
    detected_emotions: list[str]        # over their thresholds
    persona: Persona
    persona_probs: dict[str, float]
    bias_shift: float
    confidence: float
    model_version: str | None = None
    minor_involved: bool = False        # a child or teenager in the conversation (protocol resources)
    signal_probs: dict[str, float] = {}  # the crisis tower's probability per signal (before fusion with the rules)
    reply: "ReplyAnalysis | None" = None  # the scores of AnalyseItem.score_reply, when it was scored


class ReplyRequest(BaseModel):
    """One reply to generate, guard and (if every candidate is blocked) compose, in the runner."""
    messages: list[dict[str, str]]
    max_new_tokens: int
    user_text: str
    history_text: str = ""              # the user's earlier turns, joined (guard context)
    risk_level: RiskLevel = "none"
    signals: list[str] = []
    persona: Persona
    user_emotions: dict[str, float] = {}
    detected_emotions: list[str] = []
    bias_shift: float = 0.0
    candidates: int = 3
    sensitive_generation: bool = False  # see Settings.sensitive_generation
    append_resources: bool = False      # add the crisis-resource line (the crisis assessment says so)
    seed: int | None = None


class ReplyResult(BaseModel):
    text: str
    source: Literal["generated", "composed"]
    analysis: "ReplyAnalysis"
    guard: dict[str, Any]


class ReplyItem(BaseModel):
    user_text: str
    reply: str
    user_emotions: dict[str, float]
    persona: Persona
    bias_shift: float = 0.0


class ReplyAnalysis(BaseModel):
    techniques: dict[str, float]        # detected techniques -> probability (1.0 for rules)
    empathy: dict[str, float]           # expected level / 2 per mechanism
    empathy_probs: dict[str, list[float]]
    unsafe_categories: list[str]
    safety_score: float
    bias_score: float
    reply_emotions: dict[str, float]
    eq: dict[str, float]
    technique_consistency: float | None
    therapeutic_effectiveness: float
    safety_probs: dict[str, float] = {}  # the safety tower's probability per unsafe category
    relevance: float | None = None      # cosine(user message, reply) of the encoder's embeddings



ReplyResult.model_rebuild()
MessageAnalysis.model_rebuild()
ConversationMetadata.model_rebuild()
