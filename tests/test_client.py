"""The Python client's retry policy and error mapping (pixel_model/client.py), with httpx's MockTransport standing
in for the server (unit-level isolation; tests/integration/test_client_served.py uses a real server)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from pixel_model.client import AsyncPixelClient, PixelAPIError, PixelClient

OK = {
    "response": "hi",
    "inference_time_ms": 1.0,
    "eq_scores": None,
    "conversation_metadata": None,
    "persona_mode": "assistant",
    "confidence": 0.5,
}


def scripted(*answers):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        status, body, headers = answers[min(len(calls) - 1, len(answers) - 1)]
        return httpx.Response(status, json=body, headers=headers)

    return handler, calls


def err(t, status):
    return (
        status,
        {"error": {"type": t, "message": t, "request_id": "r1", "field": "user_query"}},
        {"Retry-After": "0"} if status in (429, 503) else {},
    )


def test_retries_429_and_503_then_succeeds():
    handler, calls = scripted(err("rate_limited", 429), err("overloaded", 503), (200, OK, {}))
    with PixelClient("http://px", "k", transport=httpx.MockTransport(handler)) as px:
        r = px.infer({"user_query": "hello"})
    assert r.response == "hi" and len(calls) == 3
    assert calls[0].headers["authorization"] == "Bearer k"


@pytest.mark.parametrize(
    "status,t", [(400, "invalid_request"), (401, "unauthorized"), (403, "forbidden"), (500, "internal_error")]
)
def test_never_retries_other_errors(status, t):
    handler, calls = scripted(err(t, status), (200, OK, {}))
    with PixelClient("http://px", transport=httpx.MockTransport(handler)) as px:
        with pytest.raises(PixelAPIError) as e:
            px.infer({"user_query": "hello"})
    assert len(calls) == 1 and e.value.status == status and e.value.type == t and e.value.field == "user_query"


def test_gives_up_after_max_retries_with_retry_after():
    handler, calls = scripted(err("overloaded", 503))
    with PixelClient("http://px", max_retries=2, transport=httpx.MockTransport(handler)) as px:
        with pytest.raises(PixelAPIError) as e:
            px.status()
    assert len(calls) == 3 and e.value.status == 503 and e.value.retry_after_s == 0


def test_request_is_validated_before_sending():
    handler, calls = scripted((200, OK, {}))
    with PixelClient("http://px", transport=httpx.MockTransport(handler)) as px:
        with pytest.raises(ValueError):
            px.infer({"user_query": "hi", "max_token": 5})  # the typo is caught here, as the server would
    assert calls == []


def test_async_client_same_policy():
    handler, calls = scripted(err("runner_unavailable", 503), (200, OK, {}))

    async def go():
        async with AsyncPixelClient("http://px", transport=httpx.MockTransport(handler)) as px:
            return await px.infer({"user_query": "hello"})

    assert asyncio.run(go()).response == "hi" and len(calls) == 2
