"""Python clients for a Pixel server: ``PixelClient`` (sync) and ``AsyncPixelClient`` (asyncio), over httpx.

Typed with the service's own pydantic schemas (``protocol.py``): requests are validated before they are sent,
responses parsed into ``InferResponse`` / ``SessionRiskSummary``. One retry policy, the TypeScript client's too:
retry only a 429 or a 503, after the server's ``Retry-After`` (capped by ``max_wait_s``), at most ``max_retries``
times; never any other 4xx (the request itself is wrong) and never a 500 (a bug: retrying would hide it). Every
other error raises ``PixelAPIError`` with the server's error body.

    from pixel_model.client import PixelClient
    with PixelClient("http://127.0.0.1:3000", api_key="...") as px:
        r = px.infer({"user_query": "I can't sleep before exams", "max_tokens": 120})
        r.response, r.conversation_metadata.crisis_risk_level
        for ev in px.stream({"user_query": "how do I stop panic attacks?"}):
            ev.event, ev.data          # "token" str | "replaced" dict | "final" InferResponse
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from pixel_model.schemas.http import InferRequest, InferResponse, SessionRiskSummary

RETRY_STATUSES = frozenset({429, 503})
__all__ = ["PixelClient", "AsyncPixelClient", "PixelAPIError", "StreamEvent", "RETRY_STATUSES"]


class PixelAPIError(Exception):
    """A non-2xx answer: ``status``, and the error body's ``type``, ``message``, ``field``, ``request_id``;
    ``retry_after_s`` for 429/503."""

    def __init__(self, status: int, body: Any, headers: httpx.Headers | None = None):
        found = body.get("error", {}) if isinstance(body, dict) else {}
        err: dict[str, Any] = found if isinstance(found, dict) else {}
        self.status = status
        self.type = err.get("type") or err.get("code") or f"http_{status}"
        self.message = err.get("message") or (body if isinstance(body, str) else f"HTTP {status}")
        self.field = err.get("field") or err.get("param")
        hdrs = headers if headers is not None else httpx.Headers()
        self.request_id = err.get("request_id") or hdrs.get("x-request-id")
        ra = hdrs.get("retry-after")
        self.retry_after_s = float(ra) if ra and ra.replace(".", "", 1).isdigit() else None
        super().__init__(f"{status} {self.type}: {self.message}" + (f" (field {self.field})" if self.field else ""))


@dataclass
class StreamEvent:
    event: str  # token | replaced | final | error
    data: Any  # str | dict | InferResponse


def _body(req: InferRequest | dict, validate: bool = True) -> dict:
    if isinstance(req, dict) and not validate:
        return req
    model = req if isinstance(req, InferRequest) else InferRequest.model_validate(req)
    return model.model_dump(exclude_unset=True, mode="json")


def _error(r: httpx.Response) -> PixelAPIError:
    try:
        body = r.json()
    except ValueError:
        body = r.text
    return PixelAPIError(r.status_code, body, r.headers)


def _wait(r: httpx.Response, attempt: int, max_wait_s: float) -> float:
    ra = r.headers.get("retry-after", "")
    base = float(ra) if ra.replace(".", "", 1).isdigit() else min(2.0**attempt, 8.0)
    return min(base, max_wait_s)


class _SSE:
    """Server-sent events, line by line: ``feed`` returns an event when its data line arrives."""

    def __init__(self) -> None:
        self.event: str | None = None

    def feed(self, line: str) -> StreamEvent | None:
        if line.startswith("event: "):
            self.event = line[7:].strip()
        elif line.startswith("data: ") and self.event:
            data = json.loads(line[6:])
            if self.event == "final":
                data = InferResponse.model_validate(data)
            ev, self.event = StreamEvent(self.event, data), None
            return ev
        return None


# an item error inside a batch carries its type, not its status
_ITEM_STATUS = {
    "invalid_request": 400,
    "rate_limited": 429,
    "unavailable": 503,
    "overloaded": 503,
    "runner_unavailable": 503,
    "model_not_loaded": 503,
}


class PixelClient:
    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        timeout: float = 120.0,
        max_retries: int = 3,
        max_wait_s: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ):
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.max_retries, self.max_wait_s = max_retries, max_wait_s
        self._c = httpx.Client(
            base_url=base_url.rstrip("/"), headers=headers, timeout=timeout, transport=transport, trust_env=False
        )

    def __enter__(self) -> PixelClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._c.close()

    def _send(self, method: str, path: str, **kw) -> httpx.Response:
        for attempt in range(self.max_retries + 1):
            r = self._c.request(method, path, **kw)
            if r.status_code in RETRY_STATUSES and attempt < self.max_retries:
                time.sleep(_wait(r, attempt, self.max_wait_s))
                continue
            if r.status_code >= 400:
                raise _error(r)
            return r
        raise AssertionError("unreachable")  # pragma: no cover

    def health(self) -> dict:
        r = self._c.get("/health")
        return r.json()

    def status(self) -> dict:
        return self._send("GET", "/status").json()

    def infer(self, req: InferRequest | dict, request_id: str | None = None) -> InferResponse:
        headers = {"X-Request-ID": request_id} if request_id else {}
        return InferResponse.model_validate(self._send("POST", "/infer", json=_body(req), headers=headers).json())

    def batch_infer(self, reqs: list[InferRequest | dict]) -> list[InferResponse | PixelAPIError]:
        """One result per request, in order: an ``InferResponse`` or the item's own ``PixelAPIError`` (dicts are sent
        as they are, so that one bad item fails alone, on the server, as the batch endpoint promises)."""
        out = self._send("POST", "/batch-infer", json={"requests": [_body(q, validate=False) for q in reqs]}).json()[
            "results"
        ]
        return [
            PixelAPIError(_ITEM_STATUS.get(x["error"].get("type"), 500), x)
            if "error" in x
            else InferResponse.model_validate(x)
            for x in out
        ]

    def stream(self, req: InferRequest | dict) -> Iterator[StreamEvent]:
        """``/infer/stream``'s events; retried like any call until the 200 starts, never after."""
        for attempt in range(self.max_retries + 1):
            with self._c.stream("POST", "/infer/stream", json=_body(req)) as r:
                if r.status_code in RETRY_STATUSES and attempt < self.max_retries:
                    r.read()
                    time.sleep(_wait(r, attempt, self.max_wait_s))
                    continue
                if r.status_code >= 400:
                    r.read()
                    raise _error(r)
                sse = _SSE()
                for line in r.iter_lines():
                    if (ev := sse.feed(line)) is not None:
                        yield ev
                return

    def session_risk(self, session_id: str) -> SessionRiskSummary:
        return SessionRiskSummary.model_validate(self._send("GET", f"/sessions/{session_id}/risk").json())

    def reload(self, tag: str | None = None) -> dict:
        return self._send("POST", "/reload-model", json={"tag": tag} if tag else {}).json()


class AsyncPixelClient:
    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        timeout: float = 120.0,
        max_retries: int = 3,
        max_wait_s: float = 30.0,
        max_connections: int = 100,
        transport: httpx.AsyncBaseTransport | None = None,
    ):
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.max_retries, self.max_wait_s = max_retries, max_wait_s
        self._c = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            headers=headers,
            timeout=timeout,
            transport=transport,
            trust_env=False,
            limits=httpx.Limits(max_connections=max_connections),
        )

    async def __aenter__(self) -> AsyncPixelClient:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._c.aclose()

    async def _send(self, method: str, path: str, **kw) -> httpx.Response:
        for attempt in range(self.max_retries + 1):
            r = await self._c.request(method, path, **kw)
            if r.status_code in RETRY_STATUSES and attempt < self.max_retries:
                await asyncio.sleep(_wait(r, attempt, self.max_wait_s))
                continue
            if r.status_code >= 400:
                raise _error(r)
            return r
        raise AssertionError("unreachable")  # pragma: no cover

    async def status(self) -> dict:
        return (await self._send("GET", "/status")).json()

    async def infer(self, req: InferRequest | dict, request_id: str | None = None) -> InferResponse:
        headers = {"X-Request-ID": request_id} if request_id else {}
        r = await self._send("POST", "/infer", json=_body(req), headers=headers)
        return InferResponse.model_validate(r.json())

    async def stream(self, req: InferRequest | dict) -> AsyncIterator[StreamEvent]:
        for attempt in range(self.max_retries + 1):
            async with self._c.stream("POST", "/infer/stream", json=_body(req)) as r:
                if r.status_code in RETRY_STATUSES and attempt < self.max_retries:
                    await r.aread()
                    await asyncio.sleep(_wait(r, attempt, self.max_wait_s))
                    continue
                if r.status_code >= 400:
                    await r.aread()
                    raise _error(r)
                sse = _SSE()
                async for line in r.aiter_lines():
                    if (ev := sse.feed(line)) is not None:
                        yield ev
                return

    async def session_risk(self, session_id: str) -> SessionRiskSummary:
        return SessionRiskSummary.model_validate((await self._send("GET", f"/sessions/{session_id}/risk")).json())
