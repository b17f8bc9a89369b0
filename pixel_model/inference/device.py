"""Device and dtype choice, and the per-process torch thread setting."""

from __future__ import annotations

import torch

from pixel_model.settings import get_settings


def configure_threads(n: int | None = None) -> None:
    n = n or get_settings().torch_threads
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)


def pick_device(pref: str | None = None) -> torch.device:
    pref = (pref or get_settings().device).lower()
    if pref == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(pref)


def generator_dtype(device: torch.device) -> torch.dtype:
    """bf16 on CUDA; fp32 on CPU (bf16 is no faster on CPUs without AMX/AVX512-BF16)."""
    return torch.bfloat16 if device.type == "cuda" else torch.float32
