"""The OpenAI-compatible contract (``/v1/chat/completions``, ``/v1/moderations``, OpenAI's error shape): the
request models, validated with the same bounds as Pixel's own (``schemas.http``). What each route does with them:
``pixel_model.api.openai`` (conversion) and ``pixel_model.api.routers.openai`` (routes)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from pixel_model.settings import get_settings

_LIMITS = get_settings()  # read once, as schemas.http: validators and /openapi.json share the bounds
MODEL_ID = "pixel"  # the model name a response reports when no version is known


class OpenAIErrorBody(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None
    request_id: str | None = None


class OpenAIErrorResponse(BaseModel):
    """OpenAI's error shape (``errors.openai_body``); ``code`` is Pixel's error type."""

    error: OpenAIErrorBody


ERRORS_OPENAI: dict[int | str, dict[str, Any]] = {
    code: {"model": OpenAIErrorResponse} for code in (400, 401, 403, 413, 429, 500, 503)
}


# ---- /v1/chat/completions: schemas ------------------------------------------------------------------------
class ContentPart(BaseModel):
    """Only text parts: an image or audio part is a 400 naming it."""

    model_config = ConfigDict(extra="allow")
    type: Literal["text"]
    text: str


class ChatMessage(BaseModel):
    """Text turns only: ``tool`` and ``function`` messages are a 400 (Pixel calls no tools)."""

    model_config = ConfigDict(extra="allow")  # name, refusal, audio... (accepted, unused)
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[ContentPart] | None = None


class ChatCompletionRequest(BaseModel):
    """OpenAI's chat-completion request; ``session_id`` and ``context_type`` are Pixel's (send them with the
    OpenAI library's ``extra_body``). Unknown fields are rejected, as on ``/infer``."""

    model_config = ConfigDict(extra="forbid")
    model: str = Field(MODEL_ID, max_length=256, description="any value; the served Pixel model answers")
    messages: list[ChatMessage] = Field(
        ..., min_length=1, json_schema_extra={"maxItems": _LIMITS.max_history_turns + 1}
    )
    max_tokens: int | None = Field(None, ge=0, le=_LIMITS.max_tokens_limit, description="0 = analysis only")
    max_completion_tokens: int | None = Field(None, ge=0, le=_LIMITS.max_tokens_limit)
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    n: int | None = Field(None, ge=1, le=1, description="only 1")
    user: str | None = Field(None, max_length=256, description="the end user (Pixel's user_id: per-user rate limit)")
    metadata: dict[str, str] | None = None
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    presence_penalty: float | None = Field(None, ge=-2, le=2)
    frequency_penalty: float | None = Field(None, ge=-2, le=2)
    seed: int | None = None
    stop: str | list[str] | None = None
    logit_bias: dict[str, float] | None = None
    logprobs: Literal[False] | None = Field(None, description="not supported: only false")
    top_logprobs: int | None = None
    response_format: dict[str, Any] | None = None
    tools: list[dict[str, Any]] | None = Field(None, max_length=0, description="not supported: no tools")
    tool_choice: Any = None
    parallel_tool_calls: bool | None = None
    functions: list[dict[str, Any]] | None = Field(None, max_length=0, description="not supported: no tools")
    function_call: Any = None
    store: bool | None = None
    service_tier: str | None = None
    reasoning_effort: str | None = None
    modalities: list[str] | None = None
    # Pixel's own
    session_id: str | None = Field(None, max_length=256)
    context_type: str | None = None


class ModerationRequest(BaseModel):
    """OpenAI's moderation request; ``reply_to`` is Pixel's (``extra_body`` in the OpenAI library)."""

    model_config = ConfigDict(extra="forbid")
    input: (
        Annotated[str, Field(min_length=1)]
        | Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1, max_length=_LIMITS.max_batch_items)]
    ) = Field(..., description="a text, or a list of texts (at most PIXEL_MAX_BATCH_ITEMS)")
    model: str | None = Field(None, max_length=256, description="any value; the served Pixel model answers")
    reply_to: str | None = Field(
        None,
        description="Pixel: the user message the inputs answer. Without it each "
        "input is read as a user's message (crisis detection); with it, as a reply to "
        "that message (the reply-safety tower: a guard on another model's output)",
        json_schema_extra={"maxLength": _LIMITS.max_query_chars},
    )
