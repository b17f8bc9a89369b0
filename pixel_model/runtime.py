"""Holds the live PixelModel in a serving process and swaps it atomically on reload: a call that started
on the old model keeps its reference and finishes on it; new calls see the new one; no call waits."""
from __future__ import annotations

import asyncio
import logging
import threading

import torch

from .model import PixelModel

log = logging.getLogger("bentoml.app")


class ModelHolder:
    def __init__(self, tag: str, loader=PixelModel.from_store):
        self._loader = loader
        self._lock = threading.Lock()  # one reload at a time
        self.model: PixelModel = loader(tag)
        log.info("pixel model %s loaded on %s", self.model.version, self.model.device)

    def reload(self, tag: str | None) -> dict:
        import bentoml

        want = tag or "pixel:latest"
        if not self._lock.acquire(blocking=False):
            return {"status": "error", "code": "busy", "message": "a reload is already in progress; retry shortly"}
        try:
            try:
                resolved = str(bentoml.models.get(want).tag)
            except (bentoml.exceptions.BentoMLException, ValueError):  # NotFound, or not a valid tag
                return {"status": "error", "code": "not_found", "message": f"model {want} not found in the store"}
            new = self._loader(resolved)
            old = self.model
            self.model = new  # atomic swap: in-flight calls hold `old`
            log.info("reloaded pixel model %s -> %s", old.version, new.version)
            return {"status": "success", "message": f"Model reloaded: {old.version} -> {new.version}",
                    "version": new.version}
        except Exception as exc:  # noqa: BLE001 - keep serving the old model
            log.exception("reload failed")
            return {"status": "error", "code": "failed",
                    "message": f"reload failed, still serving {self.model.version}: {type(exc).__name__}"}
        finally:
            self._lock.release()

    def info(self) -> dict:
        m = self.model
        return {"model_loaded": m is not None, "version": m.version, "device": str(m.device),
                "torch": torch.__version__, "generator": m.generator.path if m.generator else None}

    async def stream(self, messages: list[dict], max_new_tokens: int):
        it = self.model.stream(messages, max_new_tokens)
        while (piece := await asyncio.to_thread(next, it, None)) is not None:
            yield piece
