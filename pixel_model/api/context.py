"""One typed object per HTTP request, shared by the gateway (which creates it) and the routes (which read and
fill it), in place of loose string keys in the ASGI scope's ``state``.

The gateway sets ``request_id`` and ``principal`` before any route runs and writes the audit record when the
response starts; a route adds per-item detail to ``audit``; a streaming route sets ``audit_deferred`` and calls
``emit`` itself before its final event. Everything here is plain data: no HTTP framework, no torch.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pixel_model.security.keys import Principal

SCOPE_KEY = "pixel"  # the one key this project owns in scope["state"] (Starlette's request.state)


def _no_emit(items: list[dict] | None = None, status: int | None = None) -> None:
    """The audit writer of a request that did not pass through the gateway (an app tested bare): nothing."""


@dataclass
class RequestContext:
    """What the gateway knows about one request, and what the route tells the audit log.

    - ``request_id``: the client's ``X-Request-ID`` (validated) or a fresh uuid4 hex; echoed in every response.
    - ``principal``: the authenticated key (``None`` on the open probe paths).
    - ``audit``: the records the gateway writes when the response starts (one per item for a batch).
    - ``audit_deferred``: a streaming route writes its own record, through ``emit``, before its final event.
    - ``rate_headers``: ``X-RateLimit-*`` headers of the charge, added to the response.
    """

    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    principal: Principal | None = None
    audit: list[dict[str, Any]] = field(default_factory=list)
    audit_deferred: bool = False
    audit_done: bool = False
    rate_headers: dict[str, str] = field(default_factory=dict)
    emit: Callable[[list[dict] | None, int | None], None] = _no_emit

    @classmethod
    def of(cls, carrier: Any) -> RequestContext:
        """The context of a Starlette ``Request`` or an ASGI ``scope``; created (and stored) if absent."""
        scope = carrier.scope if hasattr(carrier, "scope") else carrier
        state = scope.setdefault("state", {})
        ctx = state.get(SCOPE_KEY)
        if ctx is None:
            ctx = state[SCOPE_KEY] = cls()
        return ctx
