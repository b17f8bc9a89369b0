"""FastAPI dependencies the routers share: the request's ``RequestContext`` and the app's ``Serving``."""

from __future__ import annotations

from fastapi import Request

from pixel_model.api.context import RequestContext
from pixel_model.api.serving import Serving


def get_context(request: Request) -> RequestContext:
    return RequestContext.of(request)


def get_serving(request: Request) -> Serving:
    return request.app.state.serving
