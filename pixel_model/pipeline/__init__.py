"""One request from validated input to response: the Runner protocol, retries and deadlines, session risk,
escalation. No torch, no HTTP."""
