"""Write the service's OpenAPI schema (what `GET /openapi.json` serves, with this environment's limits) to a file:
the source the TypeScript client's types are generated from (clients/typescript/openapi.json).

    python -m pixel_model.api.openapi_dump clients/typescript/openapi.json

tests/api/test_openapi_dump.py fails when the checked-in file differs from the app's schema (run this, then
`npm run gen` in clients/typescript, and commit both)."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def schema() -> dict:
    from pixel_model.api.app import create_app
    from pixel_model.api.serving import Backend

    def no_backend() -> Backend:  # the routes and models only: no backend is called
        raise RuntimeError("the schema dump has no backend")

    return create_app(no_backend).openapi()


def render() -> str:
    return json.dumps(schema(), indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path("clients/typescript/openapi.json")
    out.write_text(render())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
