"""Adaptive-batching settings of the runner's APIs (``max_batch_size`` / ``max_latency_ms``).

Chosen from `make bench` on the 2-core CPU machine, one torch thread (results/bench_model.json), for the
seed's SLO of p95 < 150 ms on analysis-only requests (max_tokens 0):
- analyse: one message takes ~20 ms (encoder, crisis tower, heads, rules), 8 take ~57 ms, 32 take ~184 ms.
  Batches of up to 16 (~100 ms) keep a full batch plus queueing inside the SLO while giving ~3x the
  throughput of batch 1. ``max_latency_ms`` is the queue budget past which BentoML answers 503 instead of
  queueing forever: generous, because a slow answer is better than none for this service.
- score_replies: two embeddings per item (user, reply) and no tower: the same budget as analyse.
- generate: decode is memory-bound (~49 ms/token at batch 1 for SmolLM2-135M fp32 on one thread, ~78 ms per
  step at batch 4 = 2.6x the tokens/s). Generation is not inside the 150 ms SLO on a CPU.
"""
ANALYSE = {"max_batch_size": 16, "max_latency_ms": 2_000}
SCORE = {"max_batch_size": 16, "max_latency_ms": 2_000}
GENERATE = {"max_batch_size": 8, "max_latency_ms": 120_000}
