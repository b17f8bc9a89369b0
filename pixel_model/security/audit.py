"""The audit log: one JSON line per audited request (per item for /batch-infer), HIPAA-minded.

- No message text unless ``PIXEL_AUDIT_INCLUDE_TEXT=true``; ``user_id`` / ``session_id`` only as
  HMAC-SHA256 with ``PIXEL_AUDIT_SECRET`` (generated once into ``<state_dir>/audit_secret`` if unset).
- Written with ``os.write`` on an ``O_APPEND`` descriptor before the response is sent: once a client has an
  answer, its record is in the kernel, so a ``kill -9`` of the server cannot lose it (``PIXEL_AUDIT_FSYNC``
  adds an fsync per record against power loss).
- Size-based rotation (``audit.jsonl`` -> ``audit.jsonl.1`` ...), coordinated between worker processes with
  an flock on ``<log>.lock``; a writer notices a rotation by another process and reopens.
- Records with a crisis (risk level above none) also go to the crisis stream for operator follow-up.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import logging
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, overload

from pixel_model.settings import Settings, private_dir

log = logging.getLogger("bentoml.app")
crisis_log = logging.getLogger("pixel.crisis")
PSEUDONYMISED = ("user_id", "session_id")
TEXT_FIELDS = ("text",)


def load_secret(settings: Settings) -> bytes:
    if settings.audit_secret:
        return settings.audit_secret.get_secret_value().encode()
    path = Path(settings.state_dir) / "audit_secret"
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:  # another worker made it first (or an earlier run)
        for _ in range(50):
            value = path.read_text().strip()
            if value:
                return value.encode()
            os.sched_yield()
        raise RuntimeError(f"{path} is empty; delete it or set PIXEL_AUDIT_SECRET") from exc
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


class _Stream:
    """One append-only JSON-lines file with size-based rotation, safe across processes."""

    def __init__(self, path: Path, max_bytes: int, backups: int, fsync: bool):
        self.path, self.max_bytes, self.backups, self.fsync = path, max_bytes, backups, fsync
        private_dir(path.parent)
        self._lock_fd = os.open(f"{path}.lock", os.O_WRONLY | os.O_CREAT, 0o600)
        self._fd = self._open()

    def _open(self) -> int:
        return os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def _rotate(self) -> None:
        for i in range(self.backups - 1, 0, -1):
            src = Path(f"{self.path}.{i}")
            if src.exists():
                src.replace(f"{self.path}.{i + 1}")
        self.path.replace(f"{self.path}.1")

    def append(self, data: bytes) -> None:
        fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
        try:
            try:
                same = os.stat(self.path).st_ino == os.fstat(self._fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # rotated (or removed) by another process
                os.close(self._fd)
                self._fd = self._open()
            size = os.fstat(self._fd).st_size
            if size and size + len(data) > self.max_bytes:
                self._rotate()
                os.close(self._fd)
                self._fd = self._open()
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            if self.fsync:
                os.fsync(self._fd)
        finally:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)


class AuditLog:
    def __init__(self, settings: Settings):
        self.path = settings.state_path(settings.audit_log, "audit.jsonl")
        self.crisis_path = (
            Path(settings.audit_crisis_log)
            if settings.audit_crisis_log
            else self.path.with_name(self.path.name.removesuffix(".jsonl") + ".crisis.jsonl")
        )
        self.include_text = settings.audit_include_text
        self._secret = load_secret(settings)
        args = (settings.audit_max_bytes, settings.audit_backups, settings.audit_fsync)
        self._main = _Stream(self.path, *args)
        self._crisis = _Stream(self.crisis_path, *args)

    @overload
    def pseudonym(self, value: str) -> str: ...
    @overload
    def pseudonym(self, value: None) -> None: ...
    def pseudonym(self, value: str | None) -> str | None:
        """HMAC-SHA256 of an identifier: joinable across records, not reversible without the secret."""
        if value is None:
            return None
        return hmac.new(self._secret, value.encode(), hashlib.sha256).hexdigest()

    def record(self, fields: dict) -> dict:
        """The stored form of one record: identifiers pseudonymised, text dropped unless enabled."""
        rec: dict[str, Any] = {"time": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")}
        for k, v in fields.items():
            if k in PSEUDONYMISED:
                rec[k + "_hmac"] = self.pseudonym(v)
            elif k in TEXT_FIELDS and not self.include_text:
                continue
            else:
                rec[k] = v
        return rec

    def write(self, records: list[dict]) -> None:
        stored = [self.record(r) for r in records]
        self._main.append("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in stored).encode())
        crisis = [r for r in stored if r.get("risk_level") not in (None, "none")]
        if crisis:
            self._crisis.append("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in crisis).encode())
            for r in crisis:
                crisis_log.warning(
                    "crisis %s risk=%s signals=%s request=%s",
                    r.get("endpoint"),
                    r.get("risk_level"),
                    ",".join(r.get("crisis_signals") or []),
                    r.get("request_id"),
                )
