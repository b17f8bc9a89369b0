"""FastAPI dependencies the routers share: the request's ``RequestContext`` and the app's ``Serving``.

Both are ``async def``: FastAPI runs a plain ``def`` dependency on its thread pool, a thread hop per request for
a dictionary lookup (under load it delayed requests on their way to admission control)."""

from __future__ import annotations

from fastapi import Request

from pixel_model.api.context import RequestContext
from pixel_model.api.serving import Serving


async def get_context(request: Request) -> RequestContext:
    return RequestContext.of(request)


async def get_serving(request: Request) -> Serving:
    return request.app.state.serving
