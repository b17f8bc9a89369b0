"""The naive baseline of ``bench_served.py --cases naive``: the same HTTP app (gateway, auth, pipeline, response
shape) over the same stored model, in ONE uvicorn process that serves one request at a time: no BentoML, no
separate runner worker, no adaptive batching. The model calls run on the event loop on purpose -- that is what a
one-request-at-a-time server does -- so a second request waits for the first to finish.

    python benchmarks/naive_server.py --port 3500      # PIXEL_* settings as for `bentoml serve`
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pixel_model.api.app import create_app  # noqa: E402
from pixel_model.api.gateway import PixelGateway  # noqa: E402
from pixel_model.metrics import PerformanceTracker  # noqa: E402
from pixel_model.pipeline.resilience import ResilientRunner  # noqa: E402
from pixel_model.settings import get_settings  # noqa: E402


class DirectRunner:
    """The pipeline's Runner protocol over a ``PixelModel`` in this process (blocking calls, one at a time)."""

    def __init__(self, model) -> None:
        self.model = model

    async def analyse(self, items):
        return self.model.analyse(items)

    async def score_replies(self, items):
        return self.model.score_replies(items)

    async def reply(self, items):
        return self.model.reply(items)

    async def stream_reply(self, item) -> AsyncIterator[dict]:
        for ev in self.model.stream_reply(item):
            if ev["type"] == "done":
                ev = {"type": "done", "result": ev["result"].model_dump(mode="json")}
            yield ev


class NaiveBackend:
    """What the app needs from its service (``api.serving.Backend``)."""

    def __init__(self, model) -> None:
        self.model = model
        self.pipeline_runner = ResilientRunner(DirectRunner(model))
        self.tracker = PerformanceTracker(get_settings().metrics_window)

    async def runner_info(self) -> dict | None:
        return {"model_loaded": True, "version": self.model.version, "device": str(self.model.device)}

    async def reload(self, tag: str | None) -> dict:
        raise NotImplementedError("the naive baseline does not reload")


def main() -> None:
    import uvicorn

    from pixel_model.inference.device import configure_threads
    from pixel_model.inference.model import PixelModel

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=3500)
    a = ap.parse_args()
    configure_threads(1)
    backend = NaiveBackend(PixelModel.from_store(get_settings().model_tag))
    uvicorn.run(PixelGateway(create_app(lambda: backend)), host=a.host, port=a.port, workers=1, log_level="warning")


if __name__ == "__main__":
    main()
