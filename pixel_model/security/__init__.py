"""Keys and roles, rate limits (SQLite or Redis), the audit log: the per-process security context. No torch."""
