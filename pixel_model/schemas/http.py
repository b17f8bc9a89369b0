"""The public HTTP contract (seed field names kept) and the error shape; the bounds come from the settings, read
once, so the validators and /openapi.json agree. No torch here."""

from __future__ import annotations

import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from pixel_model.settings import get_settings
from pixel_model.taxonomy import ContextType, Persona, RiskLevel, Role

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
    user_query: str = Field(
        ...,
        description="the user's latest message",
        json_schema_extra={"minLength": 1, "maxLength": _LIMITS.max_query_chars},
    )
    conversation_history: list[Message] = Field(
        default_factory=list, json_schema_extra={"maxItems": _LIMITS.max_history_turns}
    )
    context_type: ContextType | None = None
    user_id: str | None = Field(None, max_length=256)
    session_id: str | None = Field(None, max_length=256)
    use_eq_awareness: bool = True
    include_metrics: bool = True
    max_tokens: int = Field(
        default_factory=lambda: min(_LIMITS.default_max_tokens, _LIMITS.max_tokens_limit),
        description="0 = analysis only (no generated reply)",
        json_schema_extra={"minimum": 0, "maximum": _LIMITS.max_tokens_limit},
    )

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
        "none",
        description="which path produced `response`: a generated candidate that passed the reply guard, "
        "a reply composed from the response bank (no candidate passed), the crisis protocol, or none (analysis only)",
    )
    session_risk: SessionRiskSummary | None = Field(
        None,
        description="the session's risk over time (with session_id and PIXEL_SESSION_RISK on; "
        "pixel_model/pipeline/sessions.py)",
    )
    reply_guard: dict[str, Any] | None = Field(
        None,
        description="the reply guard's decision: candidates generated and passed, why the others were "
        "blocked, and why the reply was composed",
    )


class SessionTurn(BaseModel):
    time: str
    level: RiskLevel
    signals: list[str]


class SessionRiskSummary(BaseModel):
    """A session's risk history (no text; keyed by the session id's HMAC). Flags: sessions.py docstring."""

    turns: int
    score: float = Field(
        description="decaying session risk in [0, 1]: max over turns of level value x 0.5 ** (age / half_life_s)"
    )
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
    degraded: bool = Field(
        False,
        description="true when the model runner was unavailable and the rule layer "
        "alone chose the crisis-protocol reply",
    )
    model_version: str | None = None
    request_id: str | None = None
    # what the audit log records whatever include_metrics says (never serialised): (risk level, signals)
    _crisis: tuple[str, list[str]] = PrivateAttr(default=("none", []))

    def audit_fields(self) -> dict:
        """The audit record's view of this response (no reply text)."""
        risk, signals = self._crisis
        return {
            "persona": self.persona_mode,
            "risk_level": risk,
            "crisis_signals": signals,
            "crisis_protocol": self.crisis_protocol,
            "degraded": self.degraded,
            "eq_scores": self.eq_scores.model_dump() if self.eq_scores else None,
            "model_version": self.model_version,
        }


class BatchInferResponse(BaseModel):
    results: list[dict[str, Any]]


class HealthResponse(BaseModel):
    status: Literal["healthy", "degraded"]
    model_loaded: bool
    timestamp: str


class ReloadRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tag: str | None = Field(
        None,
        description="a pixel store tag (BentoML's tag rules); default the newest version",
        pattern=r"^pixel:[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$",
    )


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


ConversationMetadata.model_rebuild()
