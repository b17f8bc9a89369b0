"""One error shape for the whole API: ``{"error": {"type", "message", "field"?, "request_id"}, "detail"}`` -- and, under
``/v1/`` (the OpenAI-compatible routes), the same errors in OpenAI's shape ``{"error": {"message", "type",
"param", "code"}}`` (``render`` picks by path), so OpenAI client libraries raise their own typed errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError


class PixelError(Exception):
    status = 500
    type = "internal_error"

    def __init__(self, message: str, field: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.headers = headers or {}

    def body(self, request_id: str | None = None) -> dict:
        """``{"error": {...}, "detail": message}``: ``detail`` repeats the message for clients written against the
        seed's FastAPI service, which read FastAPI's ``{"detail": ...}``."""
        err = {"type": self.type, "message": self.message, "request_id": request_id}
        if self.field:
            err["field"] = self.field
        return {"error": err, "detail": self.message}


# HTTP status -> OpenAI's error ``type``; Pixel's own type travels as ``code``
OPENAI_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    503: "service_unavailable_error",
}
OPENAI_PREFIX = "/v1/"


def openai_body(exc: PixelError, request_id: str | None = None) -> dict:
    return {
        "error": {
            "message": exc.message,
            "type": OPENAI_TYPES.get(exc.status, "server_error"),
            "param": exc.field,
            "code": exc.type,
            "request_id": request_id,
        }
    }


def render(exc: PixelError, request_id: str | None, path: str) -> dict:
    """The error body for ``path``: OpenAI's shape under ``/v1/``, Pixel's everywhere else."""
    return openai_body(exc, request_id) if path.startswith(OPENAI_PREFIX) else exc.body(request_id)


class InvalidRequest(PixelError):
    status, type = 400, "invalid_request"


class Unauthorized(PixelError):
    status, type = 401, "unauthorized"


class Forbidden(PixelError):
    status, type = 403, "forbidden"


class NotFound(PixelError):
    status, type = 404, "not_found"


class PayloadTooLarge(PixelError):
    status, type = 413, "payload_too_large"


class RateLimited(PixelError):
    status, type = 429, "rate_limited"


class Unavailable(PixelError):
    """503 with ``Retry-After``: a transient condition; the client should retry after that many seconds."""

    status, type = 503, "unavailable"
    retry_after_s = 5

    def __init__(
        self,
        message: str,
        field: str | None = None,
        headers: dict[str, str] | None = None,
        retry_after_s: int | None = None,
    ):
        seconds = max(1, int(retry_after_s if retry_after_s is not None else self.retry_after_s))
        super().__init__(message, field, {"Retry-After": str(seconds), **(headers or {})})


class ModelNotLoaded(Unavailable):
    """The runner has no model (starting, restarting, or its process died)."""

    type = "model_not_loaded"


class Overloaded(Unavailable):
    """Admission control: more items in flight than this API worker queues (``PIXEL_MAX_INFLIGHT``)."""

    type = "overloaded"
    retry_after_s = 2


class RunnerUnavailable(Unavailable):
    """The runner kept failing transiently (shed, refused, restarting, connection reset) until the request's
    deadline (``PIXEL_REQUEST_DEADLINE_S``) ran out."""

    type = "runner_unavailable"
    retry_after_s = 2


class InternalError(PixelError):
    status, type = 500, "internal_error"


def _union_tag(part) -> bool:
    """pydantic names the member of a union in the error location ('str', 'list[ContentPart]', 'constrained-str')."""
    return isinstance(part, str) and (
        part in {"str", "int", "float", "bool", "dict", "list", "none"}
        or "[" in part
        or part.startswith(("constrained-", "function-"))
    )


def first_error(errors: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The error to report, its location without union-member tags. Where a value matched no member of a union,
    the most specific member's error (the deepest location: "messages.0.content.0.type: Input should be 'text'",
    not "content: Input should be a valid string")."""
    first = errors[0]
    if any(_union_tag(p) for p in first.get("loc", ())):
        first = max(errors, key=lambda e: len(e.get("loc", ())))
    return {**first, "loc": tuple(p for p in first.get("loc", ()) if not _union_tag(p))}


def invalid_request(
    errors: Sequence[Mapping[str, Any]], prefix: str = "", drop: tuple[str, ...] = ()
) -> InvalidRequest:
    """pydantic's (or FastAPI's) errors as one 400 naming the field of the first (``conversation_history.2.role``);
    ``drop``: location parts that are not fields (FastAPI's ``body``); ``prefix``: where the value sits in a larger
    body (``requests.3.``). The one mapping from validation errors to messages: every route and batch item uses it."""
    first = first_error(errors)
    loc = ".".join(str(p) for p in first.get("loc", ()) if p != "__root__" and p not in drop)
    field = f"{prefix}{loc}" if loc else (prefix.rstrip(".") or None)
    msg = first.get("msg", "invalid value").removeprefix("Value error, ")
    if first.get("type") == "extra_forbidden":
        msg = "unknown field (see /openapi.json for the accepted fields)"
    elif first.get("type") == "missing":
        msg = "field required"
    return InvalidRequest(f"{field}: {msg}" if field else msg, field)


def from_validation(exc: ValidationError, prefix: str = "") -> InvalidRequest:
    """The first error of a pydantic ``ValidationError`` as a 400 naming the field (``invalid_request``)."""
    return invalid_request(exc.errors(), prefix)


# ---- reload outcomes ---------------------------------------------------------------------------------------
class ReloadError(PixelError):
    """A model reload that did not happen; the old model keeps serving. Raised in the runner process
    (``inference.holder``), sent across the process boundary as ``to_wire()`` and raised again on the API side by
    ``raise_for_reload``; ``/reload-model`` answers it in the seed's ``{"status": "error", "message"}`` shape."""

    status, type = 500, "reload_failed"

    def to_wire(self) -> dict:
        return {"status": "error", "code": self.type, "message": self.message}


class ModelTagNotFound(ReloadError):
    status, type = 400, "model_not_found"


class ReloadBusy(ReloadError):
    status, type = 409, "reload_busy"


class ReloadFailed(ReloadError):
    status, type = 500, "reload_failed"


def raise_for_reload(result: dict) -> dict:
    """The runner's reload answer: returned when it succeeded, else raised as its ``ReloadError``."""
    if result.get("status") == "success":
        return result
    kinds = {k.type: k for k in (ModelTagNotFound, ReloadBusy, ReloadFailed)}
    raise kinds.get(str(result.get("code")), ReloadFailed)(result.get("message") or "reload failed")
