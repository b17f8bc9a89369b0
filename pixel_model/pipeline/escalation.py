"""Human follow-up: a signed escalation webhook, delivered from a durable outbox (opt-in: ``PIXEL_ESCALATION_URL``).

When a response goes out at crisis level ``PIXEL_ESCALATION_MIN_LEVEL`` or above (default ``high``: the level that
gets the crisis protocol), Pixel POSTs an event to ``PIXEL_ESCALATION_URL`` so a person can follow up::

    {"id": "evt_...", "type": "pixel.crisis", "time": "2026-11-30T08:00:00Z", "request_id": "...",
     "endpoint": "/infer", "session": "<HMAC of session_id, or null>", "user": "<HMAC of user_id, or null>",
     "level": "imminent", "signals": ["suicide_plan", "immediate_harm"],
     "evidence": ["plan/behaviour: stated intent/plan", ...],   # rule labels, the quoted words removed
     "degraded": false, "model_version": "pixel:..."}         # + "text" only with PIXEL_ESCALATION_INCLUDE_TEXT

Signature (``sign`` / ``verify``; receivers should use ``verify``): headers ``Pixel-Event-Id``, ``Pixel-Timestamp``
(unix seconds) and ``Pixel-Signature: v1=<hex HMAC-SHA256(PIXEL_ESCALATION_SECRET, "<timestamp>.<body>")>``. A
receiver rejects a timestamp outside its replay window (``verify``'s ``tolerance_s``, default 300 s) and deduplicates
by event id: delivery is at least once.

Durability: the event is written to a SQLite outbox (``<state_dir>/escalations.db``, WAL, fsync'd) before the
response is sent, in the same request; a delivery thread in each API worker sends due events and retries failures
with exponential backoff and full jitter (``PIXEL_ESCALATION_RETRY_BASE_S`` doubling up to
``PIXEL_ESCALATION_RETRY_MAX_S``) until the receiver answers 2xx, for up to ``PIXEL_ESCALATION_MAX_AGE_S`` (then it
is given up on, logged as an error and counted). A receiver outage loses nothing, and a restart -- even after
``kill -9`` -- resumes from the outbox. Workers claim an event with a short lease, so two workers do not send it at
the same moment. At most one event per session per ``PIXEL_ESCALATION_WINDOW_S`` (later crises in the window are
counted, not sent; requests without a session id are never merged). Prometheus: ``pixel_escalation_total{outcome}``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import httpx

from pixel_model import sqlitedb
from pixel_model import taxonomy as T
from pixel_model.metrics import ESCALATIONS
from pixel_model.settings import Settings, get_settings, private_dir

log = logging.getLogger("pixel.escalation")
SIGNATURE_HEADER, TIMESTAMP_HEADER, EVENT_HEADER = "Pixel-Signature", "Pixel-Timestamp", "Pixel-Event-Id"
LEASE_S = 30.0  # a claimed event is not sent by another worker for this long
_QUOTED = re.compile(r"\s*\('.*'\)\s*$")


def sign(secret: bytes, body: bytes, timestamp: int) -> str:
    return "v1=" + hmac.new(secret, str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()


def verify(
    secret: bytes, body: bytes, headers: Mapping[str, str], tolerance_s: float = 300.0, now: float | None = None
) -> bool:
    """A receiver's check: the signature matches and the timestamp is inside the replay window."""
    h = {k.lower(): v for k, v in headers.items()}
    ts = h.get(TIMESTAMP_HEADER.lower(), "")
    if not ts.isdigit() or abs((time.time() if now is None else now) - int(ts)) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, body, int(ts)), h.get(SIGNATURE_HEADER.lower(), ""))


def evidence_labels(evidence: list[str]) -> list[str]:
    """The evidence without the user's quoted words ("ideation: active suicidal ideation ('kill myself')" ->
    "ideation: active suicidal ideation")."""
    return [_QUOTED.sub("", e) for e in evidence]


class Outbox:
    """The durable queue (SQLite). Every method is one short transaction."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time):
        private_dir(Path(path).parent)
        self.path, self.clock = Path(path), clock
        self._db = sqlitedb.PerThread(self.path, synchronous="FULL")  # an enqueued event survives a crash too
        db = self._db()
        db.execute(
            "CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, created REAL NOT NULL, body TEXT NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 0, next_at REAL NOT NULL, delivered_at REAL, last_error TEXT)"
        )
        db.execute("CREATE INDEX IF NOT EXISTS events_due ON events (delivered_at, next_at)")
        db.execute("CREATE TABLE IF NOT EXISTS session_last (session TEXT PRIMARY KEY, at REAL NOT NULL)")

    def enqueue(self, event: dict, session: str | None, window_s: float) -> bool:
        """Store ``event`` (False: suppressed, the session had one within ``window_s``)."""
        now = self.clock()
        with sqlitedb.immediate(self._db()) as db:
            if session is not None:
                row = db.execute("SELECT at FROM session_last WHERE session = ?", (session,)).fetchone()
                if row and now - row[0] < window_s:
                    return False
                db.execute("INSERT OR REPLACE INTO session_last (session, at) VALUES (?, ?)", (session, now))
            db.execute(
                "INSERT INTO events (id, created, body, next_at) VALUES (?, ?, ?, ?)",
                (event["id"], now, json.dumps(event, ensure_ascii=False, sort_keys=True), now),
            )
        return True

    def claim(self, limit: int = 16) -> list[tuple[str, str, int]]:
        """Due events, leased to this caller: (id, body, attempts so far)."""
        now = self.clock()
        with sqlitedb.immediate(self._db()) as db:
            rows = db.execute(
                "SELECT id, body, attempts FROM events WHERE delivered_at IS NULL AND next_at <= ? "
                "ORDER BY next_at LIMIT ?",
                (now, limit),
            ).fetchall()
            db.executemany("UPDATE events SET next_at = ? WHERE id = ?", [(now + LEASE_S, r[0]) for r in rows])
        return rows

    def delivered(self, event_id: str) -> None:
        self._db().execute(
            "UPDATE events SET delivered_at = ?, last_error = NULL WHERE id = ?", (self.clock(), event_id)
        )

    def failed(self, event_id: str, attempts: int, retry_in_s: float, error: str) -> None:
        self._db().execute(
            "UPDATE events SET attempts = ?, next_at = ?, last_error = ? WHERE id = ?",
            (attempts, self.clock() + retry_in_s, error[:500], event_id),
        )

    def expire(self, max_age_s: float) -> list[str]:
        db = self._db()
        cutoff = self.clock() - max_age_s
        ids = [
            r[0]
            for r in db.execute(
                "SELECT id FROM events WHERE delivered_at IS NULL AND created < ?", (cutoff,)
            ).fetchall()
        ]
        db.execute("DELETE FROM events WHERE delivered_at IS NULL AND created < ?", (cutoff,))
        db.execute("DELETE FROM events WHERE delivered_at IS NOT NULL AND delivered_at < ?", (cutoff,))
        return ids

    def pending(self) -> int:
        return self._db().execute("SELECT COUNT(*) FROM events WHERE delivered_at IS NULL").fetchone()[0]


class Escalation:
    """Builds, stores and delivers escalation events (see the module docstring)."""

    def __init__(self, s: Settings, pseudonym: Callable[[str], str], clock: Callable[[], float] = time.time):
        if not s.escalation_url:
            raise ValueError("PIXEL_ESCALATION_URL is not set: there is nowhere to send the events")
        if not s.escalation_secret:
            raise ValueError(
                "PIXEL_ESCALATION_URL is set but PIXEL_ESCALATION_SECRET is not: the receiver could "
                "not verify the events"
            )
        self.url: str = s.escalation_url
        self.secret = s.escalation_secret.get_secret_value().encode()
        self.min_index = T.RISK_INDEX[s.escalation_min_level]
        self.include_text, self.window_s = s.escalation_include_text, s.escalation_window_s
        self.base_s, self.max_s, self.max_age_s = (
            s.escalation_retry_base_s,
            s.escalation_retry_max_s,
            s.escalation_max_age_s,
        )
        self.timeout_s = s.escalation_timeout_s
        self.pseudonym, self.clock = pseudonym, clock
        self.outbox = Outbox(s.state_path(s.escalation_outbox, "escalations.db"), clock)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # --- producing -------------------------------------------------------------------------------------
    def consider(
        self,
        *,
        level: str,
        signals: list[str],
        evidence: list[str],
        request_id: str | None,
        endpoint: str,
        session_id: str | None,
        user_id: str | None,
        text: str,
        degraded: bool,
        model_version: str | None,
    ) -> str | None:
        """Enqueue an event if ``level`` calls for one; returns the event id (None: below the level, or
        suppressed by the per-session window)."""
        if T.RISK_INDEX.get(level, 0) < self.min_index:
            return None
        session = self.pseudonym(session_id) if session_id else None
        event = {
            "id": f"evt_{uuid.uuid4().hex}",
            "type": "pixel.crisis",
            "time": datetime.fromtimestamp(self.clock(), UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "request_id": request_id,
            "endpoint": endpoint,
            "session": session,
            "user": self.pseudonym(user_id) if user_id else None,
            "level": level,
            "signals": list(signals),
            "evidence": evidence_labels(evidence),
            "degraded": degraded,
            "model_version": model_version,
        }
        if self.include_text:
            event["text"] = text
        if not self.outbox.enqueue(event, session, self.window_s):
            ESCALATIONS.labels("suppressed").inc()
            return None
        ESCALATIONS.labels("enqueued").inc()
        self._wake.set()
        return str(event["id"])

    # --- delivering ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="pixel-escalation", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def _loop(self) -> None:
        with httpx.Client(timeout=self.timeout_s, trust_env=False) as client:
            while not self._stop.is_set():
                try:
                    self.deliver_due(client)
                except Exception:  # noqa: BLE001 - the thread must survive a broken DB moment; retried next tick
                    log.exception("escalation delivery pass failed")
                self._wake.wait(0.5)
                self._wake.clear()

    def deliver_due(self, client: httpx.Client) -> int:
        """One pass: send every due event once. Returns how many were delivered."""
        for event_id in self.outbox.expire(self.max_age_s):
            ESCALATIONS.labels("expired").inc()
            log.error("escalation %s given up after %.0f s undelivered", event_id, self.max_age_s)
        sent = 0
        for event_id, body, attempts in self.outbox.claim():
            ts = int(self.clock())
            raw = body.encode()
            try:
                r = client.post(
                    self.url,
                    content=raw,
                    headers={
                        "Content-Type": "application/json",
                        EVENT_HEADER: event_id,
                        TIMESTAMP_HEADER: str(ts),
                        SIGNATURE_HEADER: sign(self.secret, raw, ts),
                        "User-Agent": "pixel-escalation/1",
                    },
                )
                ok, why = 200 <= r.status_code < 300, f"HTTP {r.status_code}"
            except httpx.HTTPError as exc:
                ok, why = False, f"{type(exc).__name__}: {exc}"
            if ok:
                self.outbox.delivered(event_id)
                ESCALATIONS.labels("delivered").inc()
                sent += 1
            else:
                retry = random.uniform(0, min(self.max_s, self.base_s * 2**attempts))  # full jitter
                self.outbox.failed(event_id, attempts + 1, max(retry, 0.05), why)
                ESCALATIONS.labels("retry").inc()
                log.warning(
                    "escalation %s not delivered (%s); attempt %d, retry in %.1f s", event_id, why, attempts + 1, retry
                )
        return sent


@lru_cache
def get_escalation() -> Escalation | None:
    """This process's escalation sender (None when PIXEL_ESCALATION_URL is unset)."""
    from pixel_model.security.context import get_security

    s = get_settings()
    return Escalation(s, get_security().audit.pseudonym) if s.escalation_url else None
