"""The per-process security context: keys, rate limits and the audit log, built once from the settings."""

from __future__ import annotations

import logging
from collections import Counter
from functools import lru_cache

from pixel_model.errors import RateLimited
from pixel_model.security.audit import AuditLog
from pixel_model.security.keys import ANONYMOUS, KeyRing, Principal
from pixel_model.security.ratelimit import Decision, limiter_from_settings, parse_limits
from pixel_model.settings import Settings, get_settings

log = logging.getLogger("bentoml.app")


class Security:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.auth_disabled = settings.auth_disabled
        self.keys = KeyRing(settings)
        self.limits = parse_limits(settings.rate_limits)
        self.limiter = limiter_from_settings(settings)
        self.audit = AuditLog(settings)
        if self.auth_disabled:
            log.warning(
                "PIXEL_AUTH_DISABLED=true: authentication and rate limits are OFF; every caller is admin. "
                "Never expose this server."
            )
        elif not self.keys.configured:
            log.error(
                "no API keys configured: every request except /health, /livez, /readyz, /schema.json and "
                "/metrics gets 401. Set PIXEL_API_KEYS, PIXEL_API_KEY or PIXEL_API_KEYS_FILE "
                "(python -m pixel_model.security.keys add --role admin), or run `make serve` for a development key."
            )

    def charge(self, principal: Principal, user_ids: list[str | None]) -> Decision | None:
        """Charge one token per item to the key's bucket and to each named user's bucket; raise 429 if short.
        Nothing is limited while auth is disabled (there is no principal to limit)."""
        if principal is ANONYMOUS:  # auth disabled
            return None
        rpm = self.limits[principal.role]
        charges = [(f"key:{principal.key_id}", rpm, len(user_ids))]
        charges += [(f"user:{self.audit.pseudonym(u)}", rpm, n) for u, n in Counter(user_ids).items() if u]
        decision = self.limiter.acquire(charges)
        if not decision.allowed:
            too_big = max(c for _, _, c in charges) > rpm
            raise RateLimited(
                f"{len(user_ids)} items exceed the {principal.role} limit of {rpm} requests per minute; split the batch"
                if too_big
                else f"rate limit of {rpm} requests per minute for role {principal.role} reached; retry "
                f"after {decision.retry_after_s} s",
                headers=decision.headers(),
            )
        return decision


@lru_cache
def get_security() -> Security:
    return Security(get_settings())
