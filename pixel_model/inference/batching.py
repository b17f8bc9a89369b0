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
"""

ANALYSE = {"max_batch_size": 16, "max_latency_ms": 300_000}
SCORE = {"max_batch_size": 16, "max_latency_ms": 300_000}
# reply: best-of-N generation (N candidates per item in one batch) + scoring + guard; 4 items x 3 candidates = 12
# sequences per decode step
REPLY = {"max_batch_size": 4, "max_latency_ms": 600_000}
