"""Pixel on BentoML: wiring only. The logic lives in ``pixel_model``.

- ``PixelRunner`` holds the ``pixel`` model from the store and serves adaptive-batched analysis, generation
  and reply scoring, plus streaming and hot reload.
- ``PixelService`` serves the documented HTTP API (``pixel_model.api.app``) behind ``pixel_model.api.gateway`` (auth,
  rate limits, audit log) and calls the runner.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncGenerator

import bentoml

from pixel_model.api.app import create_app
from pixel_model.api.gateway import PixelGateway
from pixel_model.artifacts.store import generator_tag
from pixel_model.errors import ReloadError, raise_for_reload
from pixel_model.inference.batching import ANALYSE, REPLY, SCORE, bound_cork_wait
from pixel_model.inference.holder import ModelHolder
from pixel_model.metrics import LATENCY_BUCKETS, PerformanceTracker
from pixel_model.pipeline.escalation import get_escalation
from pixel_model.pipeline.resilience import ResilientRunner
from pixel_model.schemas.runner import AnalyseItem, MessageAnalysis, ReplyAnalysis, ReplyItem, ReplyRequest, ReplyResult
from pixel_model.security.context import get_security
from pixel_model.settings import get_settings

log = logging.getLogger("bentoml.app")
settings = get_settings()
METRICS = {"enabled": True, "duration": {"buckets": list(LATENCY_BUCKETS)}}
bound_cork_wait(settings.batch_wait_ms)  # a lone request after a burst is dispatched at once (batching.py)


def _batching(base: dict) -> dict:
    """``base`` with PIXEL_ANALYSIS_MAX_BATCH; 1 turns adaptive batching off (BentoML wants a size above 1)."""
    n = settings.analysis_max_batch
    return {"batchable": True, **base, "max_batch_size": n} if n > 1 else {"batchable": False}


@bentoml.service(
    name="pixel-runner",
    resources={"gpu": 1},
    workers=settings.runner_workers,
    threads=4,  # generation (seconds) must not block analysis (milliseconds) in the same worker
    traffic={"timeout": 300},
    # BentoML issue 5540: the dependency client is recycled every 100 requests with requests in flight.
    runner_connection={"max_requests": 1_000_000, "max_age": 86400.0},
    metrics=METRICS,
)
class PixelRunner:
    # both declared at class scope so that `bentoml build` packs them into the Bento
    model_ref = bentoml.models.BentoModel(settings.model_tag)
    generator_ref = bentoml.models.BentoModel(generator_tag(settings.model_tag))

    def __init__(self) -> None:
        self.holder = ModelHolder(str(self.model_ref.tag))

    @bentoml.api(**_batching(ANALYSE))
    def analyse(self, items: list[AnalyseItem]) -> list[MessageAnalysis]:
        return self.holder.model.analyse(items)

    @bentoml.api(batchable=True, **REPLY)
    def reply(self, items: list[ReplyRequest]) -> list[ReplyResult]:
        return self.holder.model.reply(items)

    @bentoml.api(**_batching(SCORE))
    def score_replies(self, items: list[ReplyItem]) -> list[ReplyAnalysis]:
        return self.holder.model.score_replies(items)

    @bentoml.api
    async def stream_reply(self, item: ReplyRequest) -> AsyncGenerator[str, None]:
        async for line in self.holder.stream_reply(item):  # one JSON event per line
            yield line

    @bentoml.api
    async def info(self) -> dict:
        return self.holder.info()

    @bentoml.api
    async def reload(self, tag: str | None = None) -> dict:
        try:
            return await asyncio.to_thread(self.holder.reload, tag)
        except ReloadError as exc:  # typed in this process, a plain answer across it (raise_for_reload)
            return exc.to_wire()


class _RemoteRunner:
    """The pipeline's Runner protocol over the BentoML dependency client."""

    def __init__(self, dep) -> None:
        self.dep = dep

    async def analyse(self, items):
        return [MessageAnalysis.model_validate(x) for x in await self.dep.to_async.analyse(items)]

    async def reply(self, items):
        return [ReplyResult.model_validate(x) for x in await self.dep.to_async.reply(items)]

    async def score_replies(self, items):
        return [ReplyAnalysis.model_validate(x) for x in await self.dep.to_async.score_replies(items)]

    async def stream_reply(self, item):
        buf = ""
        async for chunk in self.dep.to_async.stream_reply(item=item):  # chunks may split or join lines
            buf += chunk
            while "\n" in buf:
                line, buf = buf.split("\n", 1)
                if line.strip():
                    yield json.loads(line)


app = create_app(bentoml.get_current_service)


# HTTPS on the API server's port when PIXEL_TLS_CERTFILE/KEYFILE are set (the runner stays internal)
TLS = {"ssl": settings.ssl_config()} if settings.ssl_config() else {}


@bentoml.service(name="pixel", workers=settings.api_workers, traffic={"timeout": 300}, metrics=METRICS, **TLS)
@bentoml.asgi_app(app, path="/")
class PixelService:
    runner = bentoml.depends(PixelRunner)

    def __init__(self) -> None:
        get_security()  # keys, limits and the audit log checked (and auth warnings logged) at start
        if (escalation := get_escalation()) is not None:
            escalation.start()  # the outbox's delivery thread: pending events (even from before a crash) go out
        self.tracker = PerformanceTracker(settings.metrics_window)
        self.pipeline_runner = ResilientRunner(_RemoteRunner(self.runner))  # retries + deadlines (resilience.py)

    async def runner_info(self) -> dict | None:
        try:
            return await asyncio.wait_for(self.runner.to_async.info(), timeout=2)
        except Exception:  # noqa: BLE001 - runner down or restarting: /health reports degraded
            return None

    async def reload(self, tag: str | None) -> dict:
        """The runner's success answer, or its ``ReloadError`` raised here."""
        return raise_for_reload(await self.runner.to_async.reload(tag=tag))

    async def __is_ready__(self) -> bool:
        info = await self.runner_info()
        return bool(info and info.get("model_loaded"))


# request ids, body cap, auth, rate limits and the audit log, in front of every route (BentoML's own too)
PixelService.add_asgi_middleware(PixelGateway)
