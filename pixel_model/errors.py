"""One error shape for the whole API: ``{"error": {"type", "message", "field"?, "request_id"}}``."""
from __future__ import annotations

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
        err = {"type": self.type, "message": self.message, "request_id": request_id}
        if self.field:
            err["field"] = self.field
        return {"error": err}


class InvalidRequest(PixelError):
    status, type = 400, "invalid_request"


class Unauthorized(PixelError):
    status, type = 401, "unauthorized"


class Forbidden(PixelError):
    status, type = 403, "forbidden"


class PayloadTooLarge(PixelError):
    status, type = 413, "payload_too_large"


class RateLimited(PixelError):
    status, type = 429, "rate_limited"


class ModelNotLoaded(PixelError):
    status, type = 503, "model_not_loaded"

    def __init__(self, message: str, field: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(message, field, {"Retry-After": "5", **(headers or {})})


class InternalError(PixelError):
    status, type = 500, "internal_error"


def from_validation(exc: ValidationError, prefix: str = "") -> InvalidRequest:
    """The first pydantic error as a 400 naming the field (``conversation_history.2.role``)."""
    first = exc.errors()[0]
    loc = ".".join(str(p) for p in first.get("loc", ()) if p != "__root__")
    field = f"{prefix}{loc}" if loc else (prefix.rstrip(".") or None)
    msg = first.get("msg", "invalid value").removeprefix("Value error, ")
    if first.get("type") == "extra_forbidden":
        msg = "unknown field (see the API schema for the accepted fields)"
    elif first.get("type") == "missing":
        msg = "field required"
    return InvalidRequest(f"{field}: {msg}" if field else msg, field)
