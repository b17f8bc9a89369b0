"""Session risk over time (opt-in: ``PIXEL_SESSION_RISK=true``).

A request may carry ``session_id``. Pixel keeps, per session, a short risk history -- one row per user turn: time,
risk level, crisis signals, and two facts read from the message at write time (short? a retraction?) -- and never
the message text or the raw id: the key is the session id's HMAC (the audit log's secret, ``audit.pseudonym``).

From that history (``SessionRisk.summary``):
  score                 a decaying session risk score in [0, 1]: max over turns of the turn's level value
                        (none 0, low .25, moderate .5, high .75, imminent 1) x 0.5 ** (age / half-life)
                        (``PIXEL_SESSION_HALF_LIFE_S``, default 1 h)
  escalation            the last three turns' levels never fall, end higher than they start, and end >= moderate
  repeated_disclosure   one crisis signal disclosed in two or more turns
  disclosure_then_retraction
                        a turn at >= moderate followed by a retraction ("jk", "forget it", "I'm fine now") or a
                        short message the detector read as no risk
  disclosure_then_silence
                        the latest turn is a disclosure at >= moderate and nothing followed for
                        ``PIXEL_SESSION_SILENCE_S`` (default 15 min)

Crisis detection uses it (``SessionRisk.carry``): when a turn within ``PIXEL_SESSION_CARRY_S`` (default 30 min)
was at high or imminent risk and the new message is short (at most 6 words) or a retraction, the new message keeps
that level and its signals ("ok", "nvm", "forget it" do not end a crisis), with the evidence saying so. This
matters for clients that do not send the conversation history; the rule layer already reads the history it is
sent.

Storage (``SessionStore``): SQLite in the state directory by default (WAL, shared by the API workers of one
host; rows older than ``PIXEL_SESSION_TTL_S`` (default 24 h) are deleted, at most ``PIXEL_SESSION_MAX_TURNS`` per
session are kept). Several replicas need one shared store: ``RedisSessionStore`` has the same two methods.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from pixel_model import sqlitedb
from pixel_model import taxonomy as T
from pixel_model.schemas.runner import MessageAnalysis
from pixel_model.settings import Settings, get_settings, private_dir

LEVEL_VALUE = {"none": 0.0, "low": 0.25, "moderate": 0.5, "high": 0.75, "imminent": 1.0}
SHORT_WORDS = 6
HISTORY_IN_SUMMARY = 10
_RETRACTION = re.compile(
    r"\b(?:jk|j/k|just kidding|(?:i was |i'm |im )?(?:only )?(?:kidding|joking)|forget (?:it|i said|what i said|"
    r"about it)|never ?mind|nvm|ignore (?:that|me|what i said)|didn'?t mean (?:it|that)|not serious|"
    r"(?:i'?m|im|i am) (?:fine|ok|okay|good|alright|all right)(?: now| really| honestly)?)\b",
    re.I,
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def is_retraction(text: str) -> bool:
    return bool(_RETRACTION.search(text.replace("\u2019", "'")))


def is_short(text: str) -> bool:
    return len(_WORD.findall(text)) <= SHORT_WORDS


@dataclass
class Turn:
    ts: float  # unix seconds
    level: str  # a RISK_LEVELS value
    signals: list[str] = field(default_factory=list)
    short: bool = False
    retraction: bool = False
    request_id: str | None = None
    carried: bool = False  # its level was carried from an earlier turn (never carried on from)


class SessionStore(Protocol):
    """Where the turns live. ``append`` adds one; ``turns`` returns a session's turns, oldest first, within the
    TTL (at most ``max_turns``)."""

    def append(self, key: str, turn: Turn) -> None: ...
    def turns(self, key: str) -> list[Turn]: ...


class SQLiteSessionStore:
    def __init__(self, path: Path, ttl_s: float, max_turns: int, clock: Callable[[], float] = time.time):
        private_dir(Path(path).parent)
        self.path, self.ttl_s, self.max_turns, self.clock = Path(path), ttl_s, max_turns, clock
        self._db = sqlitedb.PerThread(self.path, synchronous="NORMAL")
        with self._db() as db:
            db.execute("CREATE TABLE IF NOT EXISTS turns (key TEXT NOT NULL, ts REAL NOT NULL, turn TEXT NOT NULL)")
            db.execute("CREATE INDEX IF NOT EXISTS turns_key_ts ON turns (key, ts)")
            db.execute("CREATE INDEX IF NOT EXISTS turns_ts ON turns (ts)")
        self._writes = 0

    def append(self, key: str, turn: Turn) -> None:
        with sqlitedb.immediate(self._db()) as db:
            db.execute("INSERT INTO turns (key, ts, turn) VALUES (?, ?, ?)", (key, turn.ts, json.dumps(asdict(turn))))
            db.execute(
                "DELETE FROM turns WHERE key = ? AND rowid NOT IN (SELECT rowid FROM turns WHERE key = ? "
                "ORDER BY ts DESC LIMIT ?)",
                (key, key, self.max_turns),
            )
            self._writes += 1
            if self._writes % 100 == 1:  # retention: every 100th write sweeps expired rows of every session
                db.execute("DELETE FROM turns WHERE ts < ?", (self.clock() - self.ttl_s,))

    def turns(self, key: str) -> list[Turn]:
        rows = (
            self._db()
            .execute("SELECT turn FROM turns WHERE key = ? AND ts >= ? ORDER BY ts", (key, self.clock() - self.ttl_s))
            .fetchall()
        )
        return [Turn(**json.loads(r[0])) for r in rows][-self.max_turns :]


class RedisSessionStore:
    """The same store on Redis (several replicas): one sorted set per session (score = time), expiring after the
    TTL. ``client`` is a ``redis.Redis``."""

    def __init__(
        self,
        client,
        ttl_s: float,
        max_turns: int,
        prefix: str = "pixel:session:",
        clock: Callable[[], float] = time.time,
    ):
        self.r, self.ttl_s, self.max_turns, self.prefix, self.clock = client, ttl_s, max_turns, prefix, clock

    def append(self, key: str, turn: Turn) -> None:
        k = self.prefix + key
        pipe = self.r.pipeline(transaction=True)
        pipe.zadd(k, {json.dumps(asdict(turn)): turn.ts})
        pipe.zremrangebyscore(k, "-inf", self.clock() - self.ttl_s)
        pipe.zremrangebyrank(k, 0, -self.max_turns - 1)
        pipe.expire(k, max(1, math.ceil(self.ttl_s)))
        pipe.execute()

    def turns(self, key: str) -> list[Turn]:
        raw = self.r.zrangebyscore(self.prefix + key, self.clock() - self.ttl_s, "+inf")
        return [Turn(**json.loads(x)) for x in raw][-self.max_turns :]


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class SessionRisk:
    """The policy over a ``SessionStore``: carry a crisis across short turns, record turns, summarise."""

    def __init__(
        self,
        store: SessionStore,
        keyer: Callable[[str], str],
        half_life_s: float = 3600.0,
        carry_s: float = 1800.0,
        silence_s: float = 900.0,
        clock: Callable[[], float] = time.time,
    ):
        self.store, self.keyer, self.clock = store, keyer, clock
        self.half_life_s, self.carry_s, self.silence_s = half_life_s, carry_s, silence_s

    @classmethod
    def from_settings(cls, s: Settings, keyer: Callable[[str], str]) -> SessionRisk:
        if s.session_redis_url:
            import redis  # optional dependency: only for the shared backend

            store: SessionStore = RedisSessionStore(
                redis.Redis.from_url(s.session_redis_url), s.session_ttl_s, s.session_max_turns
            )
        else:
            store = SQLiteSessionStore(s.state_path(s.session_db, "sessions.db"), s.session_ttl_s, s.session_max_turns)
        return cls(store, keyer, s.session_half_life_s, s.session_carry_s, s.session_silence_s)

    def carry(self, session_id: str, text: str, a: MessageAnalysis) -> MessageAnalysis:
        """``a`` with the session's recent high/imminent risk carried over when ``text`` is short or a retraction
        and reads lower on its own; ``a`` unchanged otherwise."""
        if not (is_short(text) or is_retraction(text)):
            return a
        now = self.clock()
        recent = [
            t
            for t in self.store.turns(self.keyer(session_id))
            if not t.carried and now - t.ts <= self.carry_s and T.RISK_INDEX[t.level] >= T.RISK_INDEX["high"]
        ]
        if not recent:
            return a
        peak = max(recent, key=lambda t: (T.RISK_INDEX[t.level], t.ts))
        if T.RISK_INDEX[peak.level] <= T.RISK_INDEX[a.risk_level]:
            return a
        signals = [s for s in T.CRISIS_SIGNALS if s in set(a.crisis_signals) | set(peak.signals)]
        why = (
            f"session: risk {peak.level} {round((now - peak.ts) / 60)} min ago; a "
            f"{'retraction' if is_retraction(text) else 'short message'} does not end it"
        )
        return a.model_copy(
            update={
                "risk_level": peak.level,
                "crisis_signals": signals,
                "persona": "therapy",
                "crisis_evidence": [*a.crisis_evidence, why],
                "crisis_source": f"{a.crisis_source}+session",
            }
        )

    def record(
        self,
        session_id: str,
        text: str,
        level: str,
        signals: list[str],
        request_id: str | None = None,
        carried: bool = False,
    ) -> dict:
        """Add one turn (the level Pixel answered with; ``carried``: that level came from ``carry``) and return the
        session's summary."""
        key = self.keyer(session_id)
        self.store.append(
            key, Turn(self.clock(), level, list(signals), is_short(text), is_retraction(text), request_id, carried)
        )
        return self._summarise(self.store.turns(key))

    def summary(self, session_id: str) -> dict | None:
        turns = self.store.turns(self.keyer(session_id))
        return self._summarise(turns) if turns else None

    def _summarise(self, turns: list[Turn]) -> dict:
        now = self.clock()
        idx = [T.RISK_INDEX[t.level] for t in turns]
        score = max(
            (LEVEL_VALUE[t.level] * 0.5 ** (max(0.0, now - t.ts) / self.half_life_s) for t in turns), default=0.0
        )
        last3 = idx[-3:]
        escalation = (
            len(last3) >= 2
            and all(b >= a for a, b in zip(last3, last3[1:]))
            and last3[-1] > last3[0]
            and last3[-1] >= T.RISK_INDEX["moderate"]
        )
        counts: dict[str, int] = {}
        for t in turns:
            for s in set(t.signals):
                counts[s] = counts.get(s, 0) + 1
        mod = T.RISK_INDEX["moderate"]
        first_disclosure = next((i for i, x in enumerate(idx) if x >= mod), None)
        retraction = first_disclosure is not None and any(
            t.retraction or (t.short and t.level == "none") for t in turns[first_disclosure + 1 :]
        )
        silence = bool(turns) and idx[-1] >= mod and now - turns[-1].ts >= self.silence_s
        peak = max(turns, key=lambda t: T.RISK_INDEX[t.level]) if turns else None
        return {
            "turns": len(turns),
            "score": round(score, 4),
            "half_life_s": self.half_life_s,
            "latest_level": turns[-1].level if turns else "none",
            "peak_level": peak.level if peak else "none",
            "escalation": escalation,
            "repeated_disclosure": sorted(s for s, n in counts.items() if n >= 2),
            "disclosure_then_retraction": retraction,
            "disclosure_then_silence": silence,
            "history": [
                {"time": _iso(t.ts), "level": t.level, "signals": t.signals} for t in turns[-HISTORY_IN_SUMMARY:]
            ],
        }


@lru_cache
def get_session_risk() -> SessionRisk | None:
    """This process's session-risk policy (None when PIXEL_SESSION_RISK is off)."""
    from pixel_model.security.context import get_security

    s = get_settings()
    return SessionRisk.from_settings(s, get_security().audit.pseudonym) if s.session_risk else None
