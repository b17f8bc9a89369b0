"""The TypeScript client's types come from clients/typescript/openapi.json: it must be what the service serves
(regenerate: `python -m pixel_model.api.openapi_dump`, then `npm run gen` in clients/typescript; the npm suite checks
that src/schema.ts is that file regenerated)."""

from __future__ import annotations

from pixel_model.api.openapi_dump import render
from pixel_model.settings import PROJECT_ROOT


def test_checked_in_schema_is_the_services():
    committed = (PROJECT_ROOT / "clients" / "typescript" / "openapi.json").read_text()
    assert committed == render(), (
        "clients/typescript/openapi.json is stale: run `python -m pixel_model.api.openapi_dump`"
        " and `npm run gen` in clients/typescript"
    )


def test_schema_has_every_route():
    paths = set(__import__("json").loads(render())["paths"])
    assert {
        "/infer",
        "/batch-infer",
        "/infer/stream",
        "/reload-model",
        "/v1/chat/completions",
        "/v1/moderations",
        "/sessions/{session_id}/risk",
        "/health",
        "/status",
    } <= paths
