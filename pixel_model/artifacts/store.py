"""The BentoML model store: ``pixel`` (encoder, heads, taxonomy, thresholds, metadata, model card) and
``pixel-generator`` (the causal LM, its own entry so that retraining heads does not copy it again).

    python -m pixel_model.artifacts.store save      # new pixel version from pixel_model/weights + the sources
    python -m pixel_model.artifacts.store show      # what pixel:latest holds
"""

from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from pixel_model import __version__
from pixel_model import taxonomy as T
from pixel_model.artifacts.sources import Source, encoder_source, generator_source, sha256_file
from pixel_model.settings import PROJECT_ROOT, get_settings

WEIGHTS_DIR = PROJECT_ROOT / "pixel_model" / "weights"
# what a pixel version carries from the weights directory (heads, towers, their thresholds, the response bank, the
# reply-kind router)
WEIGHT_FILES = (
    "heads.safetensors",
    "heads.json",
    "crisis_tower.safetensors",
    "crisis_tower.json",
    "safety_tower.safetensors",
    "safety_tower.json",
    "response_bank.jsonl",
)
# carried when present: a weights directory without them gives a model without a reply-kind router (regular
# expressions only), as pixel versions saved before the router existed are
OPTIONAL_WEIGHT_FILES = ("router.safetensors", "router.json")


def weight_files(weights: Path) -> list[str]:
    """The files a pixel version carries from ``weights``: every ``WEIGHT_FILES`` and the optional ones present."""
    return [*WEIGHT_FILES, *(f for f in OPTIONAL_WEIGHT_FILES if (weights / f).exists())]


MODEL_NAME = "pixel"
GENERATOR_NAME = "pixel-generator"
_HF_FILES = ("*.json", "*.txt", "*.model", "*.safetensors", "*.jinja", "*.tiktoken", "merges.txt")


@dataclass(frozen=True)
class Resolved:
    version: str  # the full store tag, e.g. pixel:abc123
    encoder_dir: Path
    heads_dir: Path
    generator_dir: Path | None
    info: dict


def _copy_hf_dir(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for pattern in _HF_FILES:
        for f in src.glob(pattern):
            if f.is_file():
                shutil.copy2(f, dst / f.name)


def taxonomy_dict() -> dict:
    return {k: list(v) if isinstance(v, (tuple, frozenset)) else v for k, v in vars(T).items() if k.isupper()}


def save_generator(src: Source) -> str:
    """Store the generator once per weight hash; returns its tag."""
    import bentoml

    digest = next(iter(src.sha256.values()))[:20]
    tag = f"{GENERATOR_NAME}:{digest}"
    try:
        return str(bentoml.models.get(tag).tag)
    except bentoml.exceptions.NotFound:
        pass
    with bentoml.models.create(
        tag, labels={"role": "generator"}, metadata={"origin": src.origin, "sha256": src.sha256}
    ) as ref:
        _copy_hf_dir(src.path, Path(ref.path))
    return str(ref.tag)


def metrics_summary(metrics: dict) -> dict:
    """Headline test metrics per head (numbers only: the store's metadata takes basic types)."""
    out = {k: v["macro_f1"] for k, v in metrics.get("heads", {}).items() if isinstance(v.get("macro_f1"), float)}
    for src in ("project", "epitome"):
        for mech, rep in metrics.get("heads", {}).get("empathy", {}).get(src, {}).items():
            if isinstance(rep, dict):
                out[f"empathy_{mech}_{src}"] = rep["macro_f1"]
    return out


def weights_sha256(weights: Path = WEIGHTS_DIR) -> str:
    """One digest over every file a pixel version carries from ``weights`` (names and contents)."""
    import hashlib

    h = hashlib.sha256()
    for f in weight_files(weights):
        h.update(f.encode() + b"\0" + sha256_file(weights / f).encode())
    return h.hexdigest()


def save(weights: Path = WEIGHTS_DIR, research: bool = False) -> str:
    import bentoml

    s = get_settings()
    enc, gen = encoder_source(s), generator_source(s)
    gen_tag = save_generator(gen)
    metrics = json.loads((weights / "metrics.json").read_text()) if (weights / "metrics.json").exists() else {}
    heads_sha = weights_sha256(weights)
    labels = {
        "build": "research" if research else "default",
        "pixel_model": __version__,
        "heads_sha256": heads_sha[:16],
    }
    metadata = {
        "pixel_model_version": __version__,
        "encoder_origin": enc.origin,
        "encoder_sha256": enc.sha256,
        "generator_tag": gen_tag,
        "generator_origin": gen.origin,
        "generator_sha256": gen.sha256,
        "heads_sha256": heads_sha,
        "weights_files": weight_files(weights),
        "datasets": metrics.get("datasets", {}),
        "metrics_summary": metrics_summary(metrics),
        "build": labels["build"],
    }
    with bentoml.models.create(MODEL_NAME, labels=labels, metadata=metadata) as ref:
        root = Path(ref.path)
        _copy_hf_dir(enc.path, root / "encoder")
        (root / "heads").mkdir()
        for f in weight_files(weights):
            shutil.copy2(weights / f, root / "heads" / f)
        if (weights / "metrics.json").exists():
            shutil.copy2(weights / "metrics.json", root / "metrics.json")
        (root / "taxonomy.json").write_text(json.dumps(taxonomy_dict(), indent=2))
        card = PROJECT_ROOT / "MODEL_CARD.md"
        if card.exists():
            shutil.copy2(card, root / "MODEL_CARD.md")
        (root / "pixel.json").write_text(json.dumps({"generator_tag": gen_tag, **metadata}, indent=2))
    return str(ref.tag)


def generator_tag(pixel_tag: str) -> str:
    """The generator store entry that a pixel version was built with."""
    import bentoml

    return bentoml.models.get(pixel_tag).info.metadata["generator_tag"]


def resolve(tag: str) -> Resolved:
    """Find a pixel version in the store (and its generator, unless PIXEL_GENERATOR_PATH overrides it)."""
    import bentoml

    m = bentoml.models.get(tag)
    root = Path(m.path)
    meta = json.loads((root / "pixel.json").read_text())
    s = get_settings()
    if s.generator_path:
        gen_dir: Path | None = Path(s.generator_path)
    else:
        gen_dir = Path(bentoml.models.get(meta["generator_tag"]).path)
    return Resolved(str(m.tag), root / "encoder", root / "heads", gen_dir, meta)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("cmd", choices=("save", "show", "ensure"))
    ap.add_argument("--weights", type=Path, default=WEIGHTS_DIR)
    ap.add_argument("--research", action="store_true")
    a = ap.parse_args()
    import bentoml

    if a.cmd == "ensure":  # save only if no pixel version holds these exact head weights
        digest = weights_sha256(a.weights)
        try:
            existing = bentoml.models.list(MODEL_NAME)
        except bentoml.exceptions.NotFound:  # a fresh store
            existing = []
        for m in existing:
            if m.info.metadata.get("heads_sha256") == digest:
                print(f"up to date: {m.tag}")
                return
        a.cmd = "save"
    if a.cmd == "save":
        print(f"saved {save(a.weights, a.research)}")
    else:
        m = bentoml.models.get(f"{MODEL_NAME}:latest")
        print(m.tag, json.dumps(m.info.metadata, indent=2))


if __name__ == "__main__":
    main()
