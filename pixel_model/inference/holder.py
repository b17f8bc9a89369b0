"""Holds the live PixelModel in a serving process and swaps it atomically on reload: a call that started
on the old model keeps its reference and finishes on it; new calls see the new one; no call waits.

The new model is built on a thread of its own at the lowest CPU priority (``nice`` 19 for that thread only,
``RELOAD_NICE``), so loading it (~2 s of CPU) yields the cores to the serving threads instead of slowing them
down; it is swapped in only when it is complete."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading

import torch

from pixel_model.errors import ModelTagNotFound, ReloadBusy, ReloadError, ReloadFailed
from pixel_model.inference.model import PixelModel
from pixel_model.metrics import RELOADS

log = logging.getLogger("bentoml.app")


RELOAD_NICE = 19


def _load_in_background(loader, tag: str):
    """Run ``loader(tag)`` on a new thread at nice ``RELOAD_NICE`` (Linux: per-thread priority) and wait for it."""
    box: dict = {}

    def run():
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), RELOAD_NICE)
        except (AttributeError, OSError):  # not Linux, or not allowed: load at normal priority
            log.debug("could not lower the reload thread's priority")
        try:
            box["model"] = loader(tag)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            box["error"] = exc

    t = threading.Thread(target=run, name="pixel-reload", daemon=True)
    t.start()
    t.join()
    if "error" in box:
        raise box["error"]
    return box["model"]


class ModelHolder:
    def __init__(self, tag: str, loader=PixelModel.from_store):
        self._loader = loader
        self._lock = threading.Lock()  # one reload at a time
        self.model: PixelModel = loader(tag)
        log.info("pixel model %s loaded on %s", self.model.version, self.model.device)

    def reload(self, tag: str | None) -> dict:
        """Load ``tag`` (default ``pixel:latest``) and swap it in; the success answer. Raises ``ReloadBusy`` (a
        reload is running), ``ModelTagNotFound`` or ``ReloadFailed`` -- the old model keeps serving in each case.
        Counted in ``pixel_reloads_total{outcome}``."""
        try:
            out = self._reload(tag)
        except ReloadError as exc:
            RELOADS.labels(exc.type).inc()
            raise
        RELOADS.labels("success").inc()
        return out

    def _reload(self, tag: str | None) -> dict:
        import bentoml

        want = tag or "pixel:latest"
        if not self._lock.acquire(blocking=False):
            raise ReloadBusy("a reload is already in progress; retry shortly")
        try:
            try:
                resolved = str(bentoml.models.get(want).tag)
            except (bentoml.exceptions.BentoMLException, ValueError) as exc:  # NotFound, or not a valid tag
                raise ModelTagNotFound(f"model {want} not found in the store") from exc
            try:
                new = _load_in_background(self._loader, resolved)
            except Exception as exc:  # noqa: BLE001 - keep serving the old model
                log.exception("reload failed")
                raise ReloadFailed(f"reload failed, still serving {self.model.version}: {type(exc).__name__}") from exc
            old = self.model
            self.model = new  # atomic swap: in-flight calls hold `old`
            log.info("reloaded pixel model %s -> %s", old.version, new.version)
            return {
                "status": "success",
                "message": f"Model reloaded: {old.version} -> {new.version}",
                "version": new.version,
            }
        finally:
            self._lock.release()

    def info(self) -> dict:
        m = self.model
        return {
            "model_loaded": m is not None,
            "version": m.version,
            "device": str(m.device),
            "torch": torch.__version__,
            "analysis_engine": m.info.get("analysis_engine", "torch"),
            "generator_engine": m.info.get("generator_engine"),
            "generator": m.generator.path if m.generator else None,
        }

    async def stream_reply(self, item):
        """The model's guarded reply stream (``PixelModel.stream_reply``) as JSON lines, off the event loop."""
        it = self.model.stream_reply(item)
        while (ev := await asyncio.to_thread(next, it, None)) is not None:
            if ev["type"] == "done":
                ev = {"type": "done", "result": ev["result"].model_dump(mode="json")}
            yield json.dumps(ev) + "\n"
