"""One way to open the SQLite files several processes share (rate limits, session risk, the escalation outbox).

WAL mode, a 10 s busy timeout, and the switch to WAL retried: SQLite answers ``PRAGMA journal_mode=WAL`` with
"database is locked" at once -- the busy timeout does not apply to it -- when another process opens the same new
file at the same moment (two API workers starting together; four processes in tests/security/test_security.py did)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_S = 10.0


def connect(path: Path | str, synchronous: str = "NORMAL", check_same_thread: bool = True) -> sqlite3.Connection:
    """An autocommit connection in WAL mode (``synchronous``: OFF, NORMAL or FULL). Raises ``sqlite3.Error`` if the
    file stays locked for ``BUSY_TIMEOUT_S``."""
    db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=check_same_thread)
    db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                db.close()
                raise
            time.sleep(0.02)
    db.execute(f"PRAGMA synchronous={synchronous}")
    return db


class PerThread:
    """``connect(path, synchronous)`` once per thread (a sqlite3 connection must not cross threads): call it for
    this thread's connection."""

    def __init__(self, path: Path | str, synchronous: str = "NORMAL"):
        self.path, self.synchronous = path, synchronous
        self._local = threading.local()

    def __call__(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = connect(self.path, self.synchronous)
        return db


@contextmanager
def immediate(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction taken at once (``BEGIN IMMEDIATE``): committed when the block ends, rolled back if it
    raises."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
