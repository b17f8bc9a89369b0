"""Where derived model files (ONNX graphs built from the stored weights) live, and how they are built once.

A directory per content key (a digest of the weights and of the versions that build them):
``PIXEL_CACHE_DIR/<kind>/<key>``, else the system temp directory (a read-only image writes only there). A build
goes to a scratch directory next to its final place and is renamed into it, so workers that start together never
read a half-written directory; when two build at once, the second finds the first one's and drops its own.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from pixel_model.artifacts.sources import sha256_file


def digest(header: str, files: list[Path]) -> str:
    """A 24-hex-digit key over ``header`` and each file's name and contents."""
    h = hashlib.sha256(header.encode())
    for p in files:
        h.update(p.name.encode() + b"\0" + sha256_file(p).encode())
    return h.hexdigest()[:24]


def places(kind: str, key: str) -> list[Path]:
    from pixel_model.settings import get_settings

    return [get_settings().cache_dir / kind / key, Path(tempfile.gettempdir()) / f"pixel-{kind}" / key]


def materialise(kind: str, key: str, complete: Callable[[Path], bool], build: Callable[[Path], None]) -> Path:
    """The directory for ``key``: the first of ``places`` where ``complete(dir)`` holds, else built by
    ``build(scratch)`` into the first place that can be written. Raises ``OSError`` when none can be."""
    errors = []
    for final in places(kind, key):
        if complete(final):
            return final
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            scratch = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=final.parent))
        except OSError as e:  # read-only: try the next place
            errors.append(f"{final.parent}: {e}")
            continue
        try:
            build(scratch)
            try:
                os.rename(scratch, final)
            except OSError:  # another worker renamed its build first: use that one
                if not complete(final):
                    raise
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return final
    raise OSError(f"no writable place for the {kind} files: " + "; ".join(errors))
