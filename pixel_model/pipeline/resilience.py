"""Between the API and the runner: admission control, per-request deadlines, and retries of transient runner
failures. A queue of 64 clients is something this service drains in seconds, so requests wait for the runner
instead of being shed; only a request that cannot be served in time gets 503 with ``Retry-After``.

Why it is built this way: BentoML's adaptive batcher sheds a queued call when ``queue wait + a*n + b`` (its
latency estimate) passes the method's ``max_latency_ms``. Anything that borrows the runner's CPU for a moment
(loading a model on reload, another process) inflates ``a`` and sheds calls that would have finished in time;
a shed call reached clients as a 500. The runner's budgets are now far above the request deadline
(``batching.py``), so the runner queues, and this module decides who waits:

- **Admission** (``Admission``): at most ``PIXEL_MAX_INFLIGHT`` items in flight per API worker. Past it a
  request gets 503 at once, with a ``Retry-After`` from the measured drain rate; nothing half-done reaches the
  runner.
- **Deadline** (``deadline``): a request has ``PIXEL_REQUEST_DEADLINE_S`` (default 30 s) for its analysis,
  queueing and retries included; generation has ``PIXEL_GENERATION_TIMEOUT_S``; the scoring of a generated reply
  gets a fresh ``PIXEL_REQUEST_DEADLINE_S`` once generation is done (``renew``).
- **Retries** (``ResilientRunner``): a runner call that fails transiently (shed, 503/429/502/504, refused or
  reset connection, the runner process restarting) is retried with full-jitter exponential backoff
  (``PIXEL_RUNNER_RETRY_BASE_MS`` doubling up to ``PIXEL_RUNNER_RETRY_MAX_MS``) while the deadline allows; then
  ``RunnerUnavailable`` (503). Anything else is a bug: it propagates and becomes a 500 with a request id.

A crisis message is never answered with that 503: the API falls back to the rule layer (``pipeline.degraded``).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import math
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx

from pixel_model.errors import Overloaded, RunnerUnavailable
from pixel_model.metrics import RUNNER_RETRIES, SHED_TOTAL
from pixel_model.settings import get_settings

log = logging.getLogger("bentoml.app")
T = TypeVar("T")
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("pixel_deadline", default=None)
TRANSIENT_STATUS = frozenset({429, 502, 503, 504})


def is_transient(exc: BaseException) -> bool:
    """True for failures a retry can cure: BentoML's 429/502/503/504 (``ServiceUnavailable`` is the batcher's
    shed and a runner that is not ready), transport errors (refused, reset, disconnected: a runner process that
    died or is restarting) and OS connection errors."""
    try:
        from bentoml.exceptions import BentoMLException
    except ImportError:  # pragma: no cover - bentoml is a serving dependency
        BentoMLException = ()  # type: ignore[assignment,misc]  # noqa: N806
    if isinstance(exc, BentoMLException):
        code = getattr(exc, "error_code", None)
        return int(code) in TRANSIENT_STATUS if code is not None else False
    try:
        import aiohttp

        # refused / reset / server disconnected, and a response cut short (the runner died while answering)
        if isinstance(exc, (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError)):
            return True
    except ImportError:  # pragma: no cover
        pass
    return isinstance(exc, (httpx.TransportError, ConnectionError))


# ---- deadlines -----------------------------------------------------------------------------------------
@contextmanager
def deadline(seconds: float):
    """Give the calls made inside this block (in this task and the tasks it starts) ``seconds`` in all."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def renew() -> None:
    """Start a fresh request deadline in the current context (after a reply's generation, whose own budget is
    ``PIXEL_GENERATION_TIMEOUT_S``, its scoring gets the full ``PIXEL_REQUEST_DEADLINE_S`` again)."""
    if _DEADLINE.get() is not None:
        _DEADLINE.set(time.monotonic() + get_settings().request_deadline_s)


def remaining(default: float | None = None) -> float:
    """Seconds left before the current deadline (``default``, else the request deadline, when none is set)."""
    end = _DEADLINE.get()
    if end is None:
        return default if default is not None else get_settings().request_deadline_s
    return end - time.monotonic()


def backoff(attempt: int, base_s: float, cap_s: float) -> float:
    """Full-jitter exponential backoff: uniform in [0, min(cap, base * 2**attempt)] (AWS architecture blog,
    "Exponential Backoff And Jitter")."""
    return random.uniform(0.0, min(cap_s, base_s * (2**attempt)))


async def call_with_retry(fn: Callable[[], Awaitable[T]], what: str, budget_s: float | None = None) -> T:
    """Await ``fn()``; retry it on transient failures with jittered backoff while the deadline (or ``budget_s``)
    allows; raise ``RunnerUnavailable`` when it runs out."""
    s = get_settings()
    end = time.monotonic() + (budget_s if budget_s is not None else remaining())
    attempt = 0
    last: BaseException | None = None
    while True:
        left = end - time.monotonic()
        if left <= 0:
            break
        try:
            return await asyncio.wait_for(fn(), timeout=left)
        except TimeoutError as exc:
            last = exc
            break
        except Exception as exc:  # noqa: BLE001 - classified below
            if not is_transient(exc):
                raise
            last = exc
        pause = backoff(attempt, s.runner_retry_base_ms / 1000, s.runner_retry_max_ms / 1000)
        attempt += 1
        if time.monotonic() + pause >= end:
            break
        RUNNER_RETRIES.labels(what).inc()
        log.info(
            "runner %s failed transiently (%s); retry %d in %.0f ms", what, type(last).__name__, attempt, pause * 1000
        )
        await asyncio.sleep(pause)
    SHED_TOTAL.labels("deadline").inc()
    raise RunnerUnavailable(
        f"the model runner did not answer in time ({what}, {attempt} retries); retry shortly", retry_after_s=2
    ) from last


class ResilientRunner:
    """The pipeline's ``Runner`` protocol with retries and deadlines around another ``Runner``.

    ``analyse`` and ``score_replies`` run inside the request deadline; ``reply`` and ``stream_reply`` get
    ``PIXEL_GENERATION_TIMEOUT_S``; a stream is retried only until its first piece arrives."""

    def __init__(self, inner: Any):
        self.inner = inner

    async def analyse(self, items):
        return await call_with_retry(lambda: self.inner.analyse(items), "analyse")

    async def score_replies(self, items):
        return await call_with_retry(lambda: self.inner.score_replies(items), "score_replies")

    async def reply(self, items):
        return await call_with_retry(lambda: self.inner.reply(items), "reply", get_settings().generation_timeout_s)

    async def stream_reply(self, item) -> AsyncIterator[dict]:
        it: AsyncIterator[dict] | None = None

        async def first():
            nonlocal it
            it = self.inner.stream_reply(item).__aiter__()
            try:
                return await it.__anext__()
            except StopAsyncIteration:
                return None

        piece = await call_with_retry(first, "stream_reply", get_settings().generation_timeout_s)
        if piece is None:
            return
        yield piece
        assert it is not None  # set by first()
        async for piece in it:
            yield piece


# ---- admission -----------------------------------------------------------------------------------------
class Admission:
    """At most ``limit`` items in flight in this process; the rest are refused at once with 503.

    ``Retry-After`` is the time the current queue takes to drain at the measured rate (an exponentially
    weighted average of items finished per second), between 1 and 30 s."""

    def __init__(self, limit: int):
        self.limit = limit
        self.inflight = 0
        self._rate = 0.0  # items/s, EWMA
        self._last = time.monotonic()

    def retry_after_s(self) -> int:
        rate = self._rate if self._rate > 0 else 10.0
        return max(1, min(30, math.ceil(self.inflight / rate)))

    def acquire(self, n: int = 1) -> None:
        """Take ``n`` places or raise ``Overloaded`` (503 + Retry-After)."""
        if self.inflight + n > self.limit:
            SHED_TOTAL.labels("queue_full").inc()
            raise Overloaded(
                f"{self.inflight} items are already queued on this worker (limit {self.limit}); "
                "retry after the Retry-After seconds",
                retry_after_s=self.retry_after_s(),
            )
        self.inflight += n

    def release(self, n: int = 1) -> None:
        self.inflight -= n
        self._done(n)

    @contextmanager
    def admit(self, n: int = 1):
        self.acquire(n)
        try:
            yield
        finally:
            self.release(n)

    def _done(self, n: int) -> None:
        t = time.monotonic()
        dt = max(t - self._last, 1e-3)
        self._last = t
        inst = n / dt
        self._rate = inst if self._rate == 0 else 0.9 * self._rate + 0.1 * inst
