"""Schemathesis against the service's own OpenAPI schema on a real `bentoml serve`: at least 1,000 generated
cases (valid and invalid), seeded, time-bounded, and not one response with status >= 500.

The server runs with small generation caps (max_tokens <= 2, batches <= 8) so that a case costs
milliseconds, not seconds; the schema it serves shows those caps, so every generated case is judged against
the contract that server really enforces. A valid /infer case costs ~0.5-0.9 s on 2 cores (analysis, two sampled
candidates, the reply guard, the composed fallback), a valid /batch-infer case ~2 s, an invalid one ~0.05-0.15 s:
the invalid cases of every operation run first (the cheaper way to the case count, and the 400 paths are what a
fuzzer is best at finding bugs in), then the valid ones with the time left shared equally between operations (an
earlier version ran operation by operation and, on a slower day, never reached the operations after
/batch-infer)."""

from __future__ import annotations

import time
from collections import Counter

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from .conftest import serve

pytestmark = pytest.mark.integration
SEED = 20261127
EXAMPLES = {GenerationMode.POSITIVE: 120, GenerationMode.NEGATIVE: 200}  # per operation (upper bounds)
TIME_BUDGET_S = 240.0  # 4 min: ~290 cases a minute here (2,058 in 7); CI (22 min with 6) must stay under 20
MIN_CASES = 1000


class _OutOfTime(Exception):
    pass


@pytest.fixture(scope="module")
def fuzz_server(pixel_tag, bentoml_home, keys, tmp_path_factory):
    with serve(
        bentoml_home, tmp_path_factory.mktemp("fuzz"), keys, PIXEL_MAX_TOKENS_LIMIT="2", PIXEL_MAX_BATCH_ITEMS="8"
    ) as srv:
        yield srv


def test_schemathesis_1000_cases_no_server_error(fuzz_server):
    base, auth = fuzz_server["url"], fuzz_server["headers"]
    raw = httpx.get(f"{base}/openapi.json", headers=auth, timeout=30).raise_for_status().json()
    assert raw["paths"]["/infer"] and raw["components"]["securitySchemes"]
    schema = schemathesis.openapi.from_dict(raw, config=schemathesis.Config())  # no schemathesis.toml lookup
    session = requests.Session()
    session.trust_env = False  # no proxies from the environment
    sent, failures, statuses, took = 0, [], Counter(), {}
    t_end = time.monotonic() + TIME_BUDGET_S

    def run(operation, mode: GenerationMode, n: int, until: float) -> None:
        # the key is pinned during generation, so negative cases vary the body, not the credentials
        strategy = operation.as_strategy(generation_mode=mode, headers=auth)

        @seed(SEED)
        @settings(
            max_examples=n,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
            verbosity=Verbosity.quiet,
            print_blob=False,
        )
        @given(case=strategy)
        def fuzz(case):
            nonlocal sent
            if time.monotonic() > until:
                raise _OutOfTime
            sent += 1
            try:
                resp = case.call(base_url=base, session=session, headers=auth, timeout=120)
            except requests.RequestException as exc:  # a dropped connection is a failure too
                failures.append(f"{operation.label} [{mode.value}]: {type(exc).__name__}: {exc}")
                return
            statuses[(operation.label, mode.value, resp.status_code)] += 1
            if resp.status_code >= 500 or "Traceback" in resp.text:
                failures.append(
                    f"{operation.label} [{mode.value}]: HTTP {resp.status_code} {resp.text[:200]!r}\n"
                    f"    {case.as_curl_command(headers=auth)}"
                )

        t0 = time.monotonic()
        try:
            fuzz()
        except (Unsatisfiable, _OutOfTime):  # nothing to make invalid in GET /status; this operation's time is up
            pass
        took[f"{operation.label} [{mode.value}]"] = round(time.monotonic() - t0, 1)

    # Invalid cases first, for every operation (they cost ~0.05-0.15 s each, and the 400 paths are where a fuzzer
    # finds bugs); then valid ones, the time left shared equally between the operations, so that every operation
    # -- the expensive /batch-infer and /reload-model too -- gets valid cases and none starves the others.
    operations = [result.ok() for result in schema.get_all_operations()]
    for op in operations:
        run(op, GenerationMode.NEGATIVE, EXAMPLES[GenerationMode.NEGATIVE], t_end)
    for k, op in enumerate(operations):
        share = (t_end - time.monotonic()) / (len(operations) - k)
        run(op, GenerationMode.POSITIVE, EXAMPLES[GenerationMode.POSITIVE], time.monotonic() + share)
    print(f"\n{sent} cases; seconds per operation: {took}\nstatuses: {dict(sorted(statuses.items()))}")
    assert not failures, f"{len(failures)} failures of {sent}:\n" + "\n".join(failures[:10])
    assert sent >= MIN_CASES, f"only {sent} cases in {TIME_BUDGET_S} s"
    assert any(s == 200 for (_, _, s) in statuses) and any(400 <= s < 500 for (_, _, s) in statuses)
