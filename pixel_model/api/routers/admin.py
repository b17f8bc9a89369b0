"""``/reload-model`` (admin role, checked by the gateway): swap the served model atomically. A reload that does
not happen is a ``ReloadError`` (400 unknown tag, 409 busy, 500 failed), answered in the seed's shape by the
error registry; the old model keeps serving."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from pixel_model.api.context import RequestContext
from pixel_model.api.deps import get_context, get_serving
from pixel_model.api.serving import ERRORS, Serving
from pixel_model.errors import ReloadError
from pixel_model.schemas.http import ReloadRequest, ReloadResponse

router = APIRouter()


@router.post("/reload-model", response_model=ReloadResponse, responses=ERRORS)
async def reload_model(
    body: ReloadRequest | None = None,
    ctx: RequestContext = Depends(get_context),
    serving: Serving = Depends(get_serving),
):
    tag = body.tag if body else None
    try:
        result = await serving.backend.reload(tag)
    except ReloadError:
        ctx.audit = [{"model_version": None, "requested_tag": tag, "outcome": "error"}]
        raise
    ctx.audit = [{"model_version": result.get("version"), "requested_tag": tag, "outcome": "success"}]
    return ReloadResponse(status="success", message=result["message"], model_version=result.get("version"))
