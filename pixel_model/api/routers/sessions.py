"""``/sessions/{session_id}/risk``: a session's risk over time (therapist or admin role; PIXEL_SESSION_RISK on)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi import Path as PathParam

from pixel_model.api.context import RequestContext
from pixel_model.api.deps import get_context
from pixel_model.api.serving import ERRORS
from pixel_model.errors import Forbidden, NotFound
from pixel_model.pipeline.sessions import get_session_risk
from pixel_model.schemas.http import SessionRiskSummary
from pixel_model.security.keys import ADMIN, THERAPIST

router = APIRouter()


@router.get("/sessions/{session_id}/risk", response_model=SessionRiskSummary, responses=ERRORS)
async def session_risk_of(
    session_id: str = PathParam(..., min_length=1, max_length=256), ctx: RequestContext = Depends(get_context)
):
    """A session's risk over time (therapist or admin role; PIXEL_SESSION_RISK on)."""
    principal = ctx.principal
    if principal is None or principal.role not in (ADMIN, THERAPIST):
        role = principal.role if principal else "none"
        raise Forbidden(f"session risk needs the therapist or admin role; this key has role {role}")
    ctx.audit = [{"session_id": session_id}]
    store = get_session_risk()
    if store is None:
        raise NotFound("session risk is off on this server (PIXEL_SESSION_RISK)", "session_id")
    summary = store.summary(session_id)
    if summary is None:
        raise NotFound("no risk history for this session (unknown, or expired after PIXEL_SESSION_TTL_S)", "session_id")
    return summary
