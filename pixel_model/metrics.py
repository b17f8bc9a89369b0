"""Performance metrics: a monotonic-clock window for /status, and prometheus_client series for /metrics."""

from __future__ import annotations

import threading
import time
from collections import deque

from prometheus_client import Counter, Histogram

LATENCY_BUCKETS = (0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
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


ESCALATIONS = Counter(
    "pixel_escalation_total",
    "escalation webhook events by outcome (enqueued, suppressed by the per-session window, delivered, retry, expired)",
    ["outcome"],
)
