"""Adaptive-batching settings of the runner's APIs (``max_batch_size`` / ``max_latency_ms``).

Chosen from measurements on the 2-core CPU machine (``make bench``; README "Benchmarks"), for the seed's SLO
of p95 < 150 ms on analysis-only requests (max_tokens 0):
- analyse: MiniLM-L6 + heads take ~10 ms for 1 message and ~75 ms for 32 on one thread, so a batch of up to
  32 still fits the SLO while batching 8-16 concurrent requests; ``max_latency_ms`` is the queue budget
  beyond which BentoML sheds (503) rather than queue forever.
- score_replies: two embeddings per item (user, reply): half the batch of analyse for the same cost.
- generate: decode is memory-bound (~30 ms/token at batch 1 for SmolLM2-135M fp32); batch 8 gives ~3.6x the
  throughput of batch 1 at ~2x the latency. Generation is not inside the 150 ms SLO on a CPU.
"""
ANALYSE = {"max_batch_size": 32, "max_latency_ms": 1_000}
SCORE = {"max_batch_size": 16, "max_latency_ms": 2_000}
GENERATE = {"max_batch_size": 8, "max_latency_ms": 60_000}
