"""Load test for a running Pixel server, with an SLO gate.

    PIXEL_CLIENT_KEY=<api key> locust -f locustfiles/pixel.py --headless -u 32 -r 8 -t 60s --host http://127.0.0.1:3000

(`make load` starts its own server with a key whose rate limit is far above what the machine can serve.)

Traffic: 80% analysis-only /infer (max_tokens 0, the latency-SLO path), 10% /batch-infer of 4, 10% crisis
messages (protocol reply, no generation). Generation is excluded from the SLO on CPU (see README).
Gate (exit code 1 when missed): analysis /infer p95 <= PIXEL_SLO_P95_MS (default 150 ms) and 0 failures.
"""

from __future__ import annotations

import os
import random

from locust import HttpUser, between, events, task

QUERIES = [
    "I'm feeling overwhelmed with work",
    "How do I reset my router?",
    "I can't stop crying since the breakup",
    "What's a good way to study for exams?",
    "my boss yelled at me again and I froze",
    "Explain what mindfulness is",
    "I haven't slept properly in weeks",
    "this commute is killing me",
]
CRISIS = ["I've saved up my pills and I'm taking them tonight", "I don't want to be alive anymore, I have a plan"]
SLO_P95_MS = float(os.environ.get("PIXEL_SLO_P95_MS", "150"))


class PixelUser(HttpUser):
    wait_time = between(0.05, 0.2)

    def on_start(self):
        self.client.headers["Authorization"] = f"Bearer {os.environ.get('PIXEL_CLIENT_KEY', '')}"

    @task(8)
    def analyse(self):
        self.client.post(
            "/infer", json={"user_query": random.choice(QUERIES), "max_tokens": 0}, name="/infer [analysis]"
        )

    @task(1)
    def batch(self):
        self.client.post(
            "/batch-infer", json={"requests": [{"user_query": q, "max_tokens": 0} for q in random.sample(QUERIES, 4)]}
        )

    @task(1)
    def crisis(self):
        with self.client.post(
            "/infer",
            json={"user_query": random.choice(CRISIS), "max_tokens": 0},
            name="/infer [crisis]",
            catch_response=True,
        ) as r:
            if r.status_code == 200 and "988" not in r.json().get("response", ""):
                r.failure("crisis message did not get the crisis protocol")


@events.quitting.add_listener
def slo_gate(environment, **_):
    stats = environment.stats
    analysis = stats.get("/infer [analysis]", "POST")
    p95 = analysis.get_response_time_percentile(0.95) if analysis.num_requests else float("inf")
    failures = stats.total.num_failures
    ok = p95 <= SLO_P95_MS and failures == 0
    print(
        f"SLO gate: analysis p95 {p95:.0f} ms (limit {SLO_P95_MS:.0f}), failures {failures} -> "
        f"{'PASS' if ok else 'FAIL'}"
    )
    if not ok:
        environment.process_exit_code = 1
