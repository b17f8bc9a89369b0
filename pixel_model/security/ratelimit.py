"""Token-bucket rate limits shared by every API worker process through one SQLite file.

Each bucket holds up to ``rpm`` tokens and refills at ``rpm / 60`` per second. A request is charged against
its key's bucket and, where it names a ``user_id``, that user's bucket (the id is stored only as an HMAC); a
batch costs its item count. The charge is all-or-nothing inside one ``BEGIN IMMEDIATE`` transaction, so two
workers can never both spend the same token. SQLite (WAL, synchronous=OFF) was chosen over shared memory
because it needs no coordinator process, survives worker restarts and costs well under a millisecond; losing
bucket state in a machine crash only refills the buckets.

Several replicas (Kubernetes, compose with scale > 1) each have their own state directory, so with the SQLite file
each replica would grant a key its whole limit: N replicas, N times the limit. ``RedisRateLimiter`` keeps the same
buckets in one Redis server (``PIXEL_RATE_LIMIT_REDIS_URL``) with the same all-or-nothing charge, done atomically
by one Lua script, on Redis's own clock (replicas' clocks may differ). If Redis cannot be reached, the request is
answered 503 with ``Retry-After`` (redis-py's own retry runs first): a limiter that silently let everything through
would not be a limit, and one that answered 500 would hide a transient fault.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pixel_model import sqlitedb
from pixel_model.errors import Unavailable
from pixel_model.security.keys import API_ROLES
from pixel_model.settings import Settings, private_dir

WINDOW_S = 60.0


def parse_limits(spec: str) -> dict[str, int]:
    """``admin:120,therapist:80,user:40`` -> {role: requests per minute}; every role must be given once."""
    out: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        role, sep, n = part.partition(":")
        if not sep or role not in API_ROLES or not n.strip().isdigit() or int(n) < 1:
            raise ValueError(
                f"PIXEL_RATE_LIMITS: '{part}' must be role:requests_per_minute with role in "
                f"{', '.join(API_ROLES)} and a positive integer"
            )
        out[role] = int(n)
    missing = set(API_ROLES) - set(out)
    if missing:
        raise ValueError(f"PIXEL_RATE_LIMITS: no limit for {', '.join(sorted(missing))}")
    return out


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int  # X-RateLimit-Limit: the binding bucket's requests per minute
    remaining: int  # X-RateLimit-Remaining: whole tokens left in it
    reset_s: int  # X-RateLimit-Reset: seconds until it is full again
    retry_after_s: int  # Retry-After (refused requests): seconds until the charge would succeed

    def headers(self) -> dict[str, str]:
        h = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset_s),
        }
        if not self.allowed:
            h["Retry-After"] = str(self.retry_after_s)
        return h


def decide(allowed: bool, state: list[tuple[str, int, int, float]]) -> Decision:
    """The headers' view of one charge: ``state`` holds ``(bucket, rpm, cost, tokens left after it)``."""
    # the binding bucket: a refusing one, else the emptiest
    _, rpm, cost, tokens = min(state, key=lambda s: (s[3] >= s[2], s[3] / s[1]))
    rate = rpm / WINDOW_S
    return Decision(
        allowed=allowed,
        limit=rpm,
        remaining=max(0, math.floor(tokens)),
        reset_s=math.ceil((rpm - tokens) / rate) if tokens < rpm else 0,
        retry_after_s=0 if allowed else (math.ceil((cost - tokens) / rate) if cost <= rpm else int(WINDOW_S)),
    )


class RateLimiter:
    """The buckets in one SQLite file: every API worker of one host (one replica)."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time):
        private_dir(path.parent)
        self.clock = clock
        self._lock = threading.Lock()
        self._db = sqlitedb.connect(path, synchronous="OFF", check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS buckets (name TEXT PRIMARY KEY, tokens REAL NOT NULL, updated REAL NOT NULL)"
        )
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
                    db.executemany(
                        "INSERT INTO buckets (name, tokens, updated) VALUES (?, ?, ?) ON CONFLICT(name)"
                        " DO UPDATE SET tokens = excluded.tokens, updated = excluded.updated",
                        [(n, t, now) for n, _, _, t in state],
                    )
                self._charges += 1
                if self._charges % 1000 == 0:  # forget idle buckets (full again after a minute anyway)
                    db.execute("DELETE FROM buckets WHERE updated < ?", (now - 10 * WINDOW_S,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return decide(allowed, state)


# KEYS: the buckets; ARGV: now (seconds; < 0: Redis's clock), then rpm and cost per bucket, window, idle expiry.
# Returns {allowed (0/1), tokens after the charge per bucket (as strings: Lua numbers to Redis are integers)}.
_CHARGE_LUA = """
local now = tonumber(ARGV[1])
if now < 0 then local t = redis.call('TIME'); now = tonumber(t[1]) + tonumber(t[2]) / 1000000 end
local window, idle = tonumber(ARGV[2 * #KEYS + 2]), tonumber(ARGV[2 * #KEYS + 3])
local tokens, ok = {}, 1
for i = 1, #KEYS do
  local rpm, cost = tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1])
  local row = redis.call('HMGET', KEYS[i], 'tokens', 'updated')
  local t = rpm
  if row[1] then t = math.min(rpm, tonumber(row[1]) + math.max(0, now - tonumber(row[2])) * rpm / window) end
  tokens[i] = t
  if t < cost then ok = 0 end
end
local out = {ok}
for i = 1, #KEYS do
  if ok == 1 then
    tokens[i] = tokens[i] - tonumber(ARGV[2 * i + 1])
    redis.call('HSET', KEYS[i], 'tokens', string.format('%.17g', tokens[i]), 'updated', string.format('%.17g', now))
    redis.call('EXPIRE', KEYS[i], idle)
  end
  out[i + 1] = string.format('%.17g', tokens[i])
end
return out
"""


class RedisRateLimiter:
    """The same buckets and charge as ``RateLimiter``, in one Redis shared by every replica.

    Keys are ``pixel:{rl}:<bucket>`` (the bucket name is already a key id or an HMAC, never a raw user id; the
    hash tag keeps one charge's keys in one Redis Cluster slot, as a multi-key script needs); an idle bucket expires
    after 10 windows (it would be full again anyway). ``clock`` is for tests; by default the script reads Redis's clock.
    Raises ``Unavailable`` (503, Retry-After 1) when Redis cannot be reached."""

    PREFIX = "pixel:{rl}:"

    def __init__(self, client, clock: Callable[[], float] | None = None):
        self.client, self.clock = client, clock
        self._charge = client.register_script(_CHARGE_LUA)

    @classmethod
    def from_url(cls, url: str, clock: Callable[[], float] | None = None) -> RedisRateLimiter:
        import redis  # optional dependency: only for the shared backend
        from redis.backoff import ExponentialBackoff
        from redis.retry import Retry

        return cls(
            redis.Redis.from_url(
                url,
                socket_timeout=1.0,
                socket_connect_timeout=1.0,
                retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), 2),
            ),
            clock,
        )

    def acquire(self, charges: list[tuple[str, int, int]]) -> Decision:
        """Charge every ``(bucket name, requests per minute, cost)`` or, if any bucket is short, none."""
        import redis

        args: list[float] = [self.clock() if self.clock else -1.0]
        for _, rpm, cost in charges:
            args += [rpm, cost]
        args += [WINDOW_S, int(10 * WINDOW_S)]
        try:
            out = self._charge(keys=[self.PREFIX + name for name, _, _ in charges], args=args)
        except (redis.ConnectionError, redis.TimeoutError) as e:
            raise Unavailable(
                f"the rate-limit store (Redis) is unreachable: {type(e).__name__}; retry shortly", retry_after_s=1
            ) from e
        state = [(name, rpm, cost, float(t)) for (name, rpm, cost), t in zip(charges, out[1:])]
        return decide(bool(int(out[0])), state)


def limiter_from_settings(s: Settings) -> RateLimiter | RedisRateLimiter:
    """Redis when ``PIXEL_RATE_LIMIT_REDIS_URL`` is set (several replicas), else the SQLite file (one replica)."""
    if s.rate_limit_redis_url:
        return RedisRateLimiter.from_url(s.rate_limit_redis_url)
    return RateLimiter(s.state_path(s.rate_limit_db, "ratelimit.sqlite"))
