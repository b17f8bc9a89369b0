"""Where built graphs go (``inference/graph_cache.py``): found again under their key, built in a scratch directory
and renamed into place, the temp directory when the cache cannot be written, and a build that lost a race to
another worker dropped in favour of the winner's."""

from __future__ import annotations

from pathlib import Path

import pytest

from pixel_model.inference import graph_cache as C


def _complete(d: Path) -> bool:
    return (d / "graph.onnx").exists()


def _build(calls: list[Path]):
    def build(d: Path) -> None:
        calls.append(d)
        (d / "graph.onnx").write_text("g")

    return build


def test_built_once_then_found(tmp_path, monkeypatch):
    monkeypatch.setattr(C, "places", lambda kind, key: [tmp_path / kind / key])
    calls: list[Path] = []
    first = C.materialise("onnx", "k1", _complete, _build(calls))
    again = C.materialise("onnx", "k1", _complete, _build(calls))
    assert first == again == tmp_path / "onnx" / "k1" and len(calls) == 1
    assert calls[0] != first and not calls[0].exists()  # built in a scratch directory, renamed into place
    assert [p.name for p in (tmp_path / "onnx").iterdir()] == ["k1"]


def test_a_read_only_cache_falls_back_to_the_temp_directory(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")  # mkdir under a file fails, as on a read-only filesystem (root ignores mode bits)
    monkeypatch.setattr(C, "places", lambda kind, key: [blocked / kind / key, tmp_path / "tmp" / key])
    calls: list[Path] = []
    got = C.materialise("onnx", "k", _complete, _build(calls))
    assert got == tmp_path / "tmp" / "k" and _complete(got) and len(calls) == 1


def test_nowhere_to_write_is_an_os_error(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setattr(C, "places", lambda kind, key: [blocked / "a" / key, blocked / "b" / key])
    with pytest.raises(OSError, match="no writable place for the genai files"):
        C.materialise("genai", "k", _complete, _build([]))


def test_a_worker_that_lost_the_race_uses_the_winners_build(tmp_path, monkeypatch):
    final = tmp_path / "onnx" / "k"
    monkeypatch.setattr(C, "places", lambda kind, key: [final])

    def build_while_another_worker_finishes(d: Path) -> None:
        (d / "graph.onnx").write_text("mine")
        final.mkdir(parents=True)
        (final / "graph.onnx").write_text("theirs")  # the other worker renames its build first

    assert C.materialise("onnx", "k", _complete, build_while_another_worker_finishes) == final
    assert (final / "graph.onnx").read_text() == "theirs"
    assert [p.name for p in final.parent.iterdir()] == ["k"]  # the losing scratch directory is removed


def test_a_failed_build_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(C, "places", lambda kind, key: [tmp_path / kind / key])

    def broken(d: Path) -> None:
        (d / "half.onnx").write_text("")
        raise RuntimeError("exporter failed")

    with pytest.raises(RuntimeError):
        C.materialise("onnx", "k", _complete, broken)
    assert list((tmp_path / "onnx").iterdir()) == []


def test_the_digest_follows_names_contents_and_header(tmp_path):
    a = tmp_path / "a.bin"
    a.write_bytes(b"1")
    d = C.digest("v1", [a])
    assert d == C.digest("v1", [a]) and len(d) == 24
    assert C.digest("v2", [a]) != d
    a.write_bytes(b"2")
    assert C.digest("v1", [a]) != d
