"""Performance metrics: a monotonic-clock window for /status, and prometheus_client series for /metrics.

Every ``pixel_*`` series is defined here, once; ``deploy/monitoring/`` (the Grafana dashboard and the Prometheus
alert rules) reads them and ``tests/deploy/test_monitoring.py`` checks that every name it uses is defined here.
Under ``bentoml serve`` each process writes to the multiprocess directory and ``/metrics`` reports them together,
so the runner's series (tokens, reloads) appear next to the API's."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import Counter, Histogram

# the SLO (p95 < 150 ms for analysis) sits inside the 0.05-0.25 s buckets; generation needs the long tail
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
INFER_TOTAL = Counter("pixel_infer_total", "answered inference items", ["endpoint", "persona", "risk_level"])
INFER_ERRORS = Counter("pixel_infer_errors_total", "failed inference items", ["endpoint", "type"])
INFER_LATENCY = Histogram(
    "pixel_infer_latency_seconds", "end-to-end inference latency", ["endpoint", "mode"], buckets=LATENCY_BUCKETS
)
CRISIS_TOTAL = Counter("pixel_crisis_protocol_total", "crisis-protocol replies sent", ["risk_level"])
REPLY_SOURCE = Counter(
    "pixel_reply_source_total", "responses by the path that produced the reply", ["source"]
)  # generated | composed | protocol | none
RUNNER_RETRIES = Counter("pixel_runner_retries_total", "runner calls retried after a transient failure", ["call"])
SHED_TOTAL = Counter("pixel_shed_total", "requests answered 503 by admission control or the deadline", ["reason"])
STAGE_LATENCY = Histogram(
    "pixel_stage_seconds",
    "runner calls by pipeline stage (analyse, generate, score), seen from the API process, retries included",
    ["stage"],
    buckets=LATENCY_BUCKETS,
)
TIME_TO_FIRST_TOKEN = Histogram(
    "pixel_time_to_first_token_seconds",
    "streamed requests: from the request to the first text event (a guarded sentence, or the protocol reply)",
    buckets=LATENCY_BUCKETS,
)
GENERATED_TOKENS = Counter(
    "pixel_generated_tokens_total", "tokens decoded by the generator (every candidate, streamed or batched)", ["mode"]
)
CRISIS_ASSESSMENTS = Counter(
    "pixel_crisis_assessments_total", "answered messages by their crisis risk level (none included)", ["risk_level"]
)
CRISIS_SIGNALS = Counter("pixel_crisis_signals_total", "crisis signals in answered messages", ["signal"])
RELOADS = Counter("pixel_reloads_total", "model reloads by outcome", ["outcome"])
DEGRADED_TOTAL = Counter(
    "pixel_degraded_total",
    "crisis-protocol replies sent from the rule layer alone because the runner could not analyse the message",
    ["risk_level"],
)


class PerformanceTracker:
    """count / total / average and p50/p95/p99 over the last ``window`` inferences (per process)."""

    def __init__(self, window: int = 1000):
        self._lock = threading.Lock()
        self._recent: deque[float] = deque(maxlen=window)
        self.count = 0
        self.total_ms = 0.0

    def record(self, ms: float) -> None:
        with self._lock:
            self.count += 1
            self.total_ms += ms
            self._recent.append(ms)

    def snapshot(self) -> dict:
        with self._lock:
            recent = sorted(self._recent)
            count, total = self.count, self.total_ms

        def pct(q: float) -> float | None:
            if not recent:
                return None
            return round(recent[min(len(recent) - 1, int(q * len(recent)))], 2)

        return {
            "inference_count": count,
            "total_inference_time_ms": round(total, 2),
            "average_inference_time_ms": round(total / count, 2) if count else None,
            "window": len(recent),
            "p50_ms": pct(0.50),
            "p95_ms": pct(0.95),
            "p99_ms": pct(0.99),
        }


def now() -> float:
    return time.perf_counter()


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Observe the time the block takes (failures included) as ``pixel_stage_seconds{stage=name}``."""
    t0 = now()
    try:
        yield
    finally:
        STAGE_LATENCY.labels(name).observe(now() - t0)


def count_crisis(risk_level: str, signals: list[str]) -> None:
    """One answered message's crisis assessment: its level (none included) and each of its signals."""
    CRISIS_ASSESSMENTS.labels(risk_level).inc()
    for s in signals:
        CRISIS_SIGNALS.labels(s).inc()


ESCALATIONS = Counter(
    "pixel_escalation_total",
    "escalation webhook events by outcome (enqueued, suppressed by the per-session window, delivered, retry, expired)",
    ["outcome"],
)
