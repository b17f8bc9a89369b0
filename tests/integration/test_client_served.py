"""pixel_model.client against a real `bentoml serve`: typed responses, the stream, per-item batch errors, errors
with the server's body, and the session-risk read."""

from __future__ import annotations

import asyncio

import pytest

from pixel_model.client import AsyncPixelClient, PixelAPIError, PixelClient
from pixel_model.schemas.http import InferResponse

pytestmark = pytest.mark.integration


def test_sync_client(server):
    with PixelClient(server["url"], server["keys"]["admin"]) as px:
        r = px.infer({"user_query": "I'm feeling overwhelmed with work", "max_tokens": 16}, request_id="client-1")
        assert (
            r.request_id == "client-1"
            and r.response
            and r.conversation_metadata.reply_source in ("generated", "composed")
        )
        events = list(px.stream({"user_query": "I want to kill myself tonight"}))
        assert events[-1].event == "final" and isinstance(events[-1].data, InferResponse)
        assert events[-1].data.crisis_protocol and "988" in "".join(e.data for e in events if e.event == "token")
        ok, bad = px.batch_infer(
            [{"user_query": "hello", "max_tokens": 0}, {"user_query": "x" * 40_000, "max_tokens": 0}]
        )
        assert isinstance(ok, InferResponse) and isinstance(bad, PixelAPIError) and bad.status == 400
        with pytest.raises(PixelAPIError) as e:
            px.session_risk("anything")  # session risk is off on this server
        assert e.value.status == 404 and e.value.field == "session_id"
    with PixelClient(server["url"], "wrong-key") as px, pytest.raises(PixelAPIError) as e:
        px.status()
    assert e.value.status == 401 and e.value.type == "unauthorized"


def test_async_client(server):
    async def go():
        async with AsyncPixelClient(server["url"], server["keys"]["admin"]) as px:
            rs = await asyncio.gather(
                *(
                    px.infer({"user_query": q, "max_tokens": 0})
                    for q in ("hi", "I cut myself again last night", "what's 2+2")
                )
            )
            finals = [ev async for ev in px.stream({"user_query": "hello there", "max_tokens": 8})]
            return rs, finals

    rs, finals = asyncio.run(go())
    assert [r.conversation_metadata.crisis_risk_level != "none" for r in rs] == [False, True, False]
    assert finals[-1].event == "final"
