"""The TypeScript package's own suite (vitest: the client, the hooks, the generated types) and its contract test
against the shared real `bentoml serve`. Needs Node 20 and `npm ci` in clients/typescript (`make setup-ts`, which
`make test` runs); skipped with a message where Node is absent."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from pixel_model.settings import PROJECT_ROOT

pytestmark = pytest.mark.integration
PKG = PROJECT_ROOT / "clients" / "typescript"


def test_typescript_suite_and_contract(server):
    if not shutil.which("npx") or not (PKG / "node_modules").is_dir():
        pytest.skip("Node/npm or clients/typescript/node_modules missing: run `make setup-ts`")
    env = {**os.environ, "PIXEL_URL": server["url"], "PIXEL_KEY": server["keys"]["admin"], "CI": "1"}
    r = subprocess.run(
        ["npx", "vitest", "run", "--reporter=verbose"], cwd=PKG, env=env, capture_output=True, text=True, timeout=600
    )
    out = r.stdout + r.stderr
    assert r.returncode == 0, out[-6000:]
    assert "contract with a running server" in out and " skipped" not in out.split("Test Files")[-1], out[-3000:]
    t = subprocess.run(
        ["npx", "tsc", "-p", "tsconfig.json", "--noEmit"], cwd=PKG, capture_output=True, text=True, timeout=300
    )
    assert t.returncode == 0, (t.stdout + t.stderr)[-4000:]
