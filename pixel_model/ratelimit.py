"""Token-bucket rate limits shared by every API worker process through one SQLite file.

Each bucket holds up to ``rpm`` tokens and refills at ``rpm / 60`` per second. A request is charged against
its key's bucket and, where it names a ``user_id``, that user's bucket (the id is stored only as an HMAC); a
batch costs its item count. The charge is all-or-nothing inside one ``BEGIN IMMEDIATE`` transaction, so two
workers can never both spend the same token. SQLite (WAL, synchronous=OFF) was chosen over shared memory
because it needs no coordinator process, survives worker restarts and costs well under a millisecond; losing
bucket state in a machine crash only refills the buckets.
"""
from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import sqlitedb
from .auth import API_ROLES
from .settings import private_dir

WINDOW_S = 60.0


def parse_limits(spec: str) -> dict[str, int]:
    """``admin:120,therapist:80,user:40`` -> {role: requests per minute}; every role must be given once."""
    out: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        role, sep, n = part.partition(":")
        if not sep or role not in API_ROLES or not n.strip().isdigit() or int(n) < 1:
            raise ValueError(f"PIXEL_RATE_LIMITS: '{part}' must be role:requests_per_minute with role in "
                             f"{', '.join(API_ROLES)} and a positive integer")
        out[role] = int(n)
    missing = set(API_ROLES) - set(out)
    if missing:
        raise ValueError(f"PIXEL_RATE_LIMITS: no limit for {', '.join(sorted(missing))}")
    return out


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int          # X-RateLimit-Limit: the binding bucket's requests per minute
    remaining: int      # X-RateLimit-Remaining: whole tokens left in it
    reset_s: int        # X-RateLimit-Reset: seconds until it is full again
    retry_after_s: int  # Retry-After (refused requests): seconds until the charge would succeed

    def headers(self) -> dict[str, str]:
        h = {"X-RateLimit-Limit": str(self.limit), "X-RateLimit-Remaining": str(self.remaining),
             "X-RateLimit-Reset": str(self.reset_s)}
        if not self.allowed:
            h["Retry-After"] = str(self.retry_after_s)
        return h


class RateLimiter:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time):
        private_dir(path.parent)
        self.clock = clock
        self._lock = threading.Lock()
        self._db = sqlitedb.connect(path, synchronous="OFF", check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS buckets (name TEXT PRIMARY KEY, tokens REAL NOT NULL, "
                         "updated REAL NOT NULL)")
        self._charges = 0

    def acquire(self, charges: list[tuple[str, int, int]]) -> Decision:
        """Charge every ``(bucket name, requests per minute, cost)`` or, if any bucket is short, none."""
        with self._lock:
            db = self._db
            now = self.clock()
            db.execute("BEGIN IMMEDIATE")
            try:
                state = []
                for name, rpm, cost in charges:
                    row = db.execute("SELECT tokens, updated FROM buckets WHERE name = ?", (name,)).fetchone()
                    tokens = float(rpm) if row is None else min(rpm, row[0] + max(0.0, now - row[1]) * rpm / WINDOW_S)
                    state.append((name, rpm, cost, tokens))
                allowed = all(tokens >= cost for _, _, cost, tokens in state)
                if allowed:
                    state = [(n, rpm, cost, tokens - cost) for n, rpm, cost, tokens in state]
                    db.executemany("INSERT INTO buckets (name, tokens, updated) VALUES (?, ?, ?) ON CONFLICT(name)"
                                   " DO UPDATE SET tokens = excluded.tokens, updated = excluded.updated",
                                   [(n, t, now) for n, _, _, t in state])
                self._charges += 1
                if self._charges % 1000 == 0:  # forget idle buckets (full again after a minute anyway)
                    db.execute("DELETE FROM buckets WHERE updated < ?", (now - 10 * WINDOW_S,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        # the binding bucket: a refusing one, else the emptiest
        _, rpm, cost, tokens = min(state, key=lambda s: (s[3] >= s[2], s[3] / s[1]))
        rate = rpm / WINDOW_S
        return Decision(allowed=allowed, limit=rpm, remaining=max(0, math.floor(tokens)),
                        reset_s=math.ceil((rpm - tokens) / rate) if tokens < rpm else 0,
                        retry_after_s=0 if allowed else (
                            math.ceil((cost - tokens) / rate) if cost <= rpm else int(WINDOW_S)))
