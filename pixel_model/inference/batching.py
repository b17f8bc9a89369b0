"""Adaptive-batching settings of the runner's APIs (``max_batch_size`` / ``max_latency_ms``).

Batch sizes, from `make bench` on the 2-core CPU machine, one torch thread (results/bench_model.json):
- analyse: one message takes ~20 ms (encoder, crisis tower, heads, rules), 8 take ~57 ms, 32 take ~184 ms.
  Batches of up to 16 (~100 ms) keep a full batch plus queueing inside the seed's 150 ms SLO while giving ~3x
  the throughput of batch 1.
- score_replies: two embeddings per item (user, reply) and no tower: the same batch size as analyse.
- reply (generate N candidates, score, guard): decode is memory-bound (~49 ms/token at batch 1 for SmolLM2-135M
  fp32 on one thread, ~78 ms per step at batch 4 = 2.6x the tokens/s). Generation is not inside the 150 ms SLO on a CPU.

``max_latency_ms`` is NOT a latency target here. BentoML's batcher answers a queued call with 503 ("process is
overloaded") as soon as ``wait + a * queue_length + b`` (its estimate from recent batches) passes it; with the
old 2 s budget, 64 clients whose requests carry an assistant turn (~50 ms each) already crossed it, and a
reload, which borrows the runner's CPU for ~2 s, inflated ``a`` and shed calls that would have finished in time
(issue 9: 66 of 2,000 requests, and 1,836 of 2,400 on a loaded machine, answered 500). The budgets are now far
above the API's request deadline (``PIXEL_REQUEST_DEADLINE_S``, 30 s), so the runner queues and the API decides:
admission control on its in-flight count and the per-request deadline (``resilience.py``).

**The cork's learned wait is bounded** (``bound_cork_wait``). Before dispatching a batch that is not full, the
batcher waits while ``n * (age of the newest call + 1 ms + a) <= 0.95 * wait``, where ``wait`` is the average time
the last 50 batches' first calls spent queued. Under saturation that queueing is the time the previous batch ran
(0.3-1.7 s at 64 clients), so after a burst a lone request idled ~0.95 of it before being dispatched on an idle
runner, and its own long wait kept the average up: measured on this machine, concurrency 1 right after a
64-client run took p50 757-892 ms instead of ~50 ms (benchmarks/bench_served.py, results/bench_served_torch.json,
results/bench_served_onnx.json), and decayed only over minutes. BentoML PR 3630 describes the same trade-off ("the
behaviour of infinite max latency but not long wait times for requests after a burst"); 1.4 has no setting for it.
Capping ``wait`` at ``PIXEL_BATCH_WAIT_MS`` (default 10 ms) costs nothing under load: the runner takes one batch
at a time, so calls gather while the previous batch runs whatever the cork does.
"""

from __future__ import annotations

import functools

ANALYSE = {"max_batch_size": 16, "max_latency_ms": 300_000}  # max_batch_size: PIXEL_ANALYSIS_MAX_BATCH (service.py)
SCORE = {"max_batch_size": 16, "max_latency_ms": 300_000}
# reply: best-of-N generation (N candidates per item in one batch) + scoring + guard; 4 items x 3 candidates = 12
# sequences per decode step
REPLY = {"max_batch_size": 4, "max_latency_ms": 600_000}


def bound_cork_wait(cap_ms: float) -> None:
    """Cap the wait BentoML's adaptive batcher learns (``Optimizer.wait``, seconds) at ``cap_ms`` milliseconds, in
    this process, for every batchable API. Idempotent. Raises ``ValueError`` for a negative cap."""
    from bentoml._internal.marshal.dispatcher import Optimizer

    if cap_ms < 0:
        raise ValueError(f"batch wait cap must be >= 0 ms, got {cap_ms}")
    refresh = getattr(Optimizer.trigger_refresh, "__wrapped__", Optimizer.trigger_refresh)

    @functools.wraps(refresh)
    def bounded(self) -> None:
        refresh(self)
        self.wait = min(self.wait, cap_ms / 1000)

    Optimizer.trigger_refresh = bounded
