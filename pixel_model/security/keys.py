"""API keys and roles.

Keys come from ``PIXEL_API_KEYS`` (``key:role,...``), the seed's single ``PIXEL_API_KEY`` (role ``user``) and a
keys file (``PIXEL_API_KEYS_FILE``, default ``<state_dir>/api_keys.json``) that stores only SHA-256 digests. Keys
are random 256-bit tokens, so a plain SHA-256 is enough (no password hashing needed); every presented key is
hashed and compared with every stored digest in constant time.

    python -m pixel_model.security.keys add --role admin     # prints a new key once, stores its digest
    python -m pixel_model.security.keys list | revoke KEY_ID
    python -m pixel_model.security.keys dev          # `make serve`: a local development key, printed with a curl
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import logging
import os
import secrets
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pixel_model.settings import Settings, get_settings, private_dir

log = logging.getLogger("bentoml.app")
API_ROLES = ("admin", "therapist", "user")
ADMIN = "admin"
THERAPIST = "therapist"
DEV_KEY_FILE = "dev-key"


@dataclass(frozen=True)
class Principal:
    key_id: str
    role: str


ANONYMOUS = Principal("auth-disabled", ADMIN)


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def key_id(key_digest: str) -> str:
    """A stable, non-secret name for a key (what the audit log records)."""
    return "k_" + key_digest[:12]


def new_key() -> str:
    return "pxl_" + secrets.token_urlsafe(32)


def parse_keys(spec: str, source: str) -> list[tuple[str, str]]:
    """``key:role,key:role`` -> [(digest, role)]. A role outside API_ROLES is a start-up error."""
    out = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        key, sep, role = part.rpartition(":")
        if not sep or not key or role not in API_ROLES:
            raise ValueError(f"{source}: each entry must be key:role with role in {', '.join(API_ROLES)}")
        if len(key) < 16:
            log.warning("%s: a key shorter than 16 characters is easy to guess", source)
        out.append((digest(key), role))
    return out


def read_keys_file(path: Path) -> list[dict]:
    if not path.exists():
        return []
    data = json.loads(path.read_text())
    keys = data.get("keys", []) if isinstance(data, dict) else []
    for k in keys:
        if k.get("role") not in API_ROLES or len(k.get("sha256", "")) != 64:
            raise ValueError(f"{path}: every key needs a role in {API_ROLES} and a sha256 hex digest")
    return keys


def write_keys_file(path: Path, keys: list[dict]) -> None:
    private_dir(path.parent)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"keys": keys}, indent=2) + "\n")
    tmp.chmod(0o600)
    tmp.replace(path)


class KeyRing:
    """The configured keys. The keys file is re-read when it changes (checked at most once a second), so a
    revoked key stops working without a restart."""

    def __init__(self, settings: Settings):
        self.static: list[tuple[str, str, str]] = []  # (digest, role, key id)
        if settings.api_keys:
            self.static += [
                (d, r, key_id(d)) for d, r in parse_keys(settings.api_keys.get_secret_value(), "PIXEL_API_KEYS")
            ]
        if settings.api_key:
            d = digest(settings.api_key.get_secret_value())
            self.static.append((d, "user", key_id(d)))
        self.file = settings.state_path(settings.api_keys_file, "api_keys.json")
        self._file_keys: list[tuple[str, str, str]] = []
        self._file_mtime: float | None = None
        self._checked = 0.0
        self._refresh(force=True)

    def _refresh(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._checked < 1.0:
            return
        self._checked = now
        try:
            mtime = self.file.stat().st_mtime
        except FileNotFoundError:
            self._file_keys, self._file_mtime = [], None
            return
        if mtime != self._file_mtime:
            self._file_keys = [
                (k["sha256"], k["role"], k.get("id") or key_id(k["sha256"])) for k in read_keys_file(self.file)
            ]
            self._file_mtime = mtime

    @property
    def configured(self) -> bool:
        self._refresh()
        return bool(self.static or self._file_keys)

    def authenticate(self, presented: str) -> Principal | None:
        self._refresh()
        d = digest(presented).encode()
        found = None
        for stored, role, kid in self.static + self._file_keys:  # no early exit: constant time over the ring
            if hmac.compare_digest(stored.encode(), d):
                found = Principal(kid, role)
        return found


def presented_key(headers: dict[str, str]) -> str | None:
    """``Authorization: Bearer <key>`` or ``X-API-Key: <key>``."""
    auth = headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return headers.get("x-api-key", "").strip() or None


# ---- CLI ----------------------------------------------------------------------------------------
def _add(path: Path, role: str) -> tuple[str, dict]:
    key = new_key()
    d = digest(key)
    entry = {
        "id": key_id(d),
        "role": role,
        "sha256": d,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    write_keys_file(path, read_keys_file(path) + [entry])
    return key, entry


def _dev(s: Settings) -> int:
    """For `make serve`: where no key is configured, create one admin key in the default keys file and keep
    its plain text in <state_dir>/dev-key (0600) so that it can be printed on every start."""
    host, port = os.environ.get("HOST", "127.0.0.1"), os.environ.get("PORT", "3000")
    if s.auth_disabled:
        print("PIXEL_AUTH_DISABLED=true: authentication is OFF (development only)")
        return 0
    ring = KeyRing(s)
    dev_file = Path(s.state_dir) / DEV_KEY_FILE
    if ring.configured and not dev_file.exists():
        print(f"API keys configured ({'env' if ring.static else ring.file}); no development key created")
        return 0
    if dev_file.exists():
        key = dev_file.read_text().strip()
    else:
        key, _ = _add(ring.file, ADMIN)
        fd = os.open(dev_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key + "\n")
    print(
        f"Development API key (role admin; stored in {dev_file}):\n  {key}\n"
        f"Try:\n  curl -s -H 'Authorization: Bearer {key}' -H 'Content-Type: application/json' "
        f'http://{host}:{port}/infer -d \'{{"user_query": "I feel overwhelmed with work", "max_tokens": 40}}\''
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pixel_model.security.keys", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="create a key (printed once) and store its digest")
    add.add_argument("--role", choices=API_ROLES, required=True)
    sub.add_parser("list", help="key ids and roles in the keys file")
    rev = sub.add_parser("revoke", help="remove a key from the keys file")
    rev.add_argument("key_id")
    sub.add_parser("dev", help="ensure and print a local development key (make serve)")
    args = p.parse_args(argv)
    s = get_settings()
    path = s.state_path(s.api_keys_file, "api_keys.json")
    if args.cmd == "add":
        key, entry = _add(path, args.role)
        print(f"{key}\n(id {entry['id']}, role {entry['role']}; stored hashed in {path}; shown only now)")
    elif args.cmd == "list":
        for k in read_keys_file(path):
            print(f"{k['id']}\t{k['role']}\t{k.get('created', '')}")
    elif args.cmd == "revoke":
        keys = read_keys_file(path)
        kept = [k for k in keys if k["id"] != args.key_id]
        if len(kept) == len(keys):
            print(f"no key {args.key_id} in {path}", file=sys.stderr)
            return 1
        write_keys_file(path, kept)
        print(f"revoked {args.key_id}")
    else:
        return _dev(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
