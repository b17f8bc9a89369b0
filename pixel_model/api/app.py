"""The HTTP layer (FastAPI, mounted on the BentoML API service): ``create_app`` assembles the routers, the error
registry and the chat page. Request ids, the body cap, authentication, rate limits and the audit log are the
gateway's (``gateway.PixelGateway``, which wraps this app and BentoML's own routes); what a route needs from them
travels in a typed ``RequestContext``. It talks to a ``Backend`` (the service instance) and knows no torch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles

from pixel_model import __version__
from pixel_model.api.errors import register_errors
from pixel_model.api.gateway import UI_PATH  # the chat page: defined once, where the gateway opens it
from pixel_model.api.routers import admin, infer, openai, probes, sessions
from pixel_model.api.serving import Backend, Serving
from pixel_model.settings import get_settings


def _openapi(app: FastAPI) -> Callable[[], dict]:
    def schema() -> dict:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title,
                version=__version__,
                routes=app.routes,
                description="Pixel inference API. Every path except the probes needs an API key.",
            )
            spec.setdefault("components", {})["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            }
            spec["security"] = [{"bearer": []}, {"apiKey": []}]
            spec["paths"]["/health"]["get"]["security"] = []
            batch = spec["paths"]["/batch-infer"]["post"]["requestBody"]["content"]["application/json"]
            items = {
                "type": "array",
                "items": {"$ref": "#/components/schemas/InferRequest"},
                "minItems": 1,
                "maxItems": get_settings().max_batch_items,
            }
            batch["schema"] = {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {"requests": items},
                        "required": ["requests"],
                        "additionalProperties": False,
                    },
                    items,
                ]
            }
            app.openapi_schema = spec
        return app.openapi_schema

    return schema


def create_app(get_backend: Callable[[], Backend]) -> FastAPI:
    """The app: every router, one error registry, one ``Serving`` (admission is per app, i.e. per API worker)."""
    s = get_settings()
    app = FastAPI(title="Pixel", docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.openapi = _openapi(app)  # type: ignore[method-assign]
    app.state.serving = Serving(get_backend, s)
    register_errors(app)
    app.include_router(probes.router)
    app.include_router(infer.router)
    if s.openai_api:
        app.include_router(openai.router)
    app.include_router(sessions.router)
    app.include_router(admin.router)
    # the chat page (static files, no CDN): open without a key -- it asks for one and keeps it in the tab
    app.mount(UI_PATH, StaticFiles(directory=Path(__file__).with_name("ui"), html=True), name="ui")
    return app
