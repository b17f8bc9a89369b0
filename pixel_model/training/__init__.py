"""Training and evaluation (never imported by the server)."""
