"""``pixel_model.training.public_datasets``: fetching over real HTTP (a local ``http.server`` serving small
fake files), copying from a local directory, sha256 verification and its failures (no file left behind),
the manifest's form, and -- where this project's own copy of the datasets is present -- every pinned hash
and the ported loaders against the original ``load_datasets.py``."""

from __future__ import annotations

import hashlib
import http.server
import importlib.util
import re
import threading
from functools import partial
from pathlib import Path

import pytest

from pixel_model.training import public_datasets as P
from pixel_model.training.public_datasets import DataFile, FetchError

SHARED = Path(__file__).resolve().parents[3] / "shared" / "datasets"  # this project's machines only


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass


@pytest.fixture
def server(tmp_path):
    """A real HTTP server on 127.0.0.1 serving ``tmp_path/www``; yields (base URL, www dir, request paths)."""
    www = tmp_path / "www"
    www.mkdir()
    hits: list[str] = []

    class H(_Handler):
        def do_GET(self):
            hits.append(self.path)
            return super().do_GET()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(H, directory=str(www)))
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", www, hits
    finally:
        httpd.shutdown()
        httpd.server_close()
        t.join(5)


def _publish(www: Path, base: str, name: str, body: bytes, **kw) -> DataFile:
    """Put ``body`` on the server under ``upstream/<name>`` and return its manifest entry (local path
    ``ds/<name>``)."""
    (www / "upstream").mkdir(exist_ok=True)
    (www / "upstream" / name).write_bytes(body)
    return DataFile(f"ds/{name}", f"{base}/upstream/{name}", _sha(body), len(body), **kw)


def _leftovers(dest: Path) -> list[str]:
    return sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())


def test_download_verifies_and_skips_what_is_present(server, tmp_path, capsys):
    base, www, hits = server
    files = [
        _publish(www, base, "a.csv", b"x,y\n1,2\n"),
        _publish(www, base, "b.tsv", b"text\t3\tid\n" * 1000),
        _publish(www, base, "LICENSE", b"licence text", licence=True),
    ]
    dest = tmp_path / "dest"
    assert P.fetch(dest, files=files) == {f.path: "downloaded" for f in files}
    for f in files:
        assert _sha((dest / f.path).read_bytes()) == f.sha256
    assert _leftovers(dest) == ["ds/LICENSE", "ds/a.csv", "ds/b.tsv"]  # no temporary file left
    assert len(hits) == 3

    mtime = (dest / "ds/a.csv").stat().st_mtime_ns
    assert P.fetch(dest, files=files) == {f.path: "present" for f in files}
    assert len(hits) == 3 and (dest / "ds/a.csv").stat().st_mtime_ns == mtime  # nothing fetched again
    assert P.check(dest, files=files) == []

    (dest / "ds/a.csv").write_bytes(b"tampered")  # a wrong file is replaced, and only it
    assert P.check(dest, files=files) == [f"ds/a.csv: sha256 {_sha(b'tampered')}, expected {files[0].sha256}"]
    assert P.fetch(dest, files=files)["ds/a.csv"] == "downloaded"
    assert len(hits) == 4 and (dest / "ds/a.csv").read_bytes() == b"x,y\n1,2\n"


def test_sha256_mismatch_fails_and_leaves_no_file(server, tmp_path):
    base, www, _ = server
    good = _publish(www, base, "good.csv", b"good")
    bad = _publish(www, base, "bad.csv", b"the upstream bytes changed")
    bad = DataFile(bad.path, bad.url, _sha(b"the pinned bytes"), 16)
    dest = tmp_path / "dest"
    with pytest.raises(FetchError) as e:
        P.fetch(dest, files=[bad, good], log=None)
    msg = str(e.value)
    assert "ds/bad.csv" in msg and "sha256 mismatch" in msg and bad.url in msg
    assert f"expected {bad.sha256}" in msg and f"got {_sha(b'the upstream bytes changed')}" in msg
    assert _leftovers(dest) == ["ds/good.csv"]  # the other file was still fetched; no partial file


def test_http_404_is_a_clear_error(server, tmp_path):
    base, _, _ = server
    missing = DataFile("ds/gone.csv", f"{base}/upstream/gone.csv", "0" * 64, 1)
    with pytest.raises(FetchError, match=r"ds/gone\.csv: HTTP 404 .*upstream/gone\.csv"):
        P.fetch(tmp_path / "dest", files=[missing], log=None)
    assert _leftovers(tmp_path / "dest") == []


def test_unreachable_host_suggests_the_offline_option(tmp_path):
    # a port nobody listens on: bind, read the number, close
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    f = DataFile("ds/a.csv", f"http://127.0.0.1:{port}/a.csv", "0" * 64, 1)
    with pytest.raises(FetchError, match=r"ds/a\.csv: cannot download .*DATA_FROM"):
        P.fetch(tmp_path / "dest", files=[f], log=None, timeout=5)


def test_copy_from_a_local_directory(server, tmp_path, capsys):
    base, www, hits = server
    body = b"local copy"
    files = [
        DataFile("ds/a.csv", f"{base}/never-fetched", _sha(body), len(body)),
        DataFile("ds/LICENSE.docx", f"{base}/never-fetched-either", "1" * 64, 1, licence=True),
    ]
    src = tmp_path / "src"
    (src / "ds").mkdir(parents=True)
    (src / "ds/a.csv").write_bytes(body)
    dest = tmp_path / "dest"
    # through the CLI: a licence document missing from the directory is reported, not fatal
    assert P.main(["--dest", str(dest), "--from", str(src)], files=files) == 0
    out = capsys.readouterr().out
    assert re.search(r"copied +ds/a\.csv", out) and re.search(r"skipped +ds/LICENSE\.docx", out)
    assert "1 files verified by sha256" in out
    assert (dest / "ds/a.csv").read_bytes() == body and hits == []
    assert P.main(["--dest", str(dest), "--check"], files=files) == 0

    (src / "ds/a.csv").write_bytes(b"a different local copy")  # a bad copy is refused like a bad download
    (dest / "ds/a.csv").unlink()
    assert P.main(["--dest", str(dest), "--from", str(src)], files=files) == 1
    assert "sha256 mismatch" in capsys.readouterr().err and _leftovers(dest) == []
    (src / "ds/a.csv").unlink()  # a data file missing is an error
    with pytest.raises(FetchError, match=r"ds/a\.csv: not in "):
        P.fetch(dest, src, files=files, log=None)
    assert P.main(["--dest", str(dest), "--check"], files=files) == 1


def test_selection_default_and_everything():
    chosen = {f.path for f in P.selected()}
    everything = {f.path for f in P.selected(everything=True)}
    assert everything == {f.path for f in P.MANIFEST}
    # what data.py reads for the default and the research build (the default one evaluates on EPITOME)
    assert {
        "annomi/AnnoMI-full.csv",
        "cssrs_reddit/500_Reddit_users_posts_labels.csv",
        "goemotions/train.tsv",
        "goemotions/dev.tsv",
        "goemotions/test.tsv",
        "goemotions/emotions.txt",
        "epitome/emotional-reactions-reddit.csv",
        "epitome/interpretations-reddit.csv",
        "epitome/explorations-reddit.csv",
        "goemotions/LICENSE-Apache-2.0.txt",
        "epitome/LICENSE_academic.docx",
    } <= chosen
    assert not any(p.startswith("esconv/") for p in chosen) and "annomi/AnnoMI-simple.csv" not in chosen


def test_manifest_is_pinned_and_licensed():
    paths = [f.path for f in P.MANIFEST]
    assert len(paths) == len(set(paths))
    for f in P.MANIFEST:
        assert re.fullmatch(r"[0-9a-f]{64}", f.sha256) and f.size > 0, f.path
        assert f.dataset in P.DATASETS, f.path
        # a GitHub file at a full commit id (a branch name could move)
        assert re.fullmatch(r"https://raw\.githubusercontent\.com/[\w.-]+/[\w.-]+/[0-9a-f]{40}/\S+", f.url), f.url
    assert not P.DATASETS["epitome"].commercial and not P.DATASETS["esconv"].commercial
    assert all(P.DATASETS[n].commercial for n in ("annomi", "cssrs_reddit", "goemotions"))


def test_missing_directory_says_make_data(tmp_path):
    with pytest.raises(P.MissingDataError, match=r"make data"):
        P.load_cssrs(root=tmp_path)


@pytest.mark.skipif(not SHARED.is_dir(), reason="this project's copy of the datasets (../shared/datasets) is absent")
def test_shared_copy_matches_manifest_and_ported_loaders(tmp_path):
    dest = tmp_path / "datasets"
    done = P.fetch(dest, SHARED, everything=True, log=None)  # verifies every pinned hash it copies
    # only the EPITOME licence documents are not in the shared copy (it holds text transcriptions of them)
    assert {p for p, s in done.items() if s == "skipped"} == {
        "epitome/LICENSE_academic.docx",
        "epitome/LICENSE_attribution_only.docx",
    }
    listed = dict(line.split()[::-1] for line in (SHARED / "CHECKSUMS.sha256").read_text().splitlines() if line)
    for f in P.MANIFEST:
        if f.path in listed:
            assert listed[f.path] == f.sha256, f.path
            assert (SHARED / f.path).stat().st_size == f.size, f.path

    spec = importlib.util.spec_from_file_location("shared_load_datasets", SHARED / "load_datasets.py")
    orig = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(orig)
    cases = {
        "annomi full": (lambda: P.load_annomi("full", dest), lambda: orig.load_annomi("full"), 13551),
        "epitome joined": (lambda: P.epitome_joined(dest), orig.epitome_joined, 3023),
        "cssrs": (lambda: P.load_cssrs(dest), orig.load_cssrs, 500),
        "goemotions train": (lambda: P.load_goemotions("train", dest), lambda: orig.load_goemotions("train"), 43410),
        "goemotions dev": (lambda: P.load_goemotions("dev", dest), lambda: orig.load_goemotions("dev"), 5426),
        "goemotions test": (lambda: P.load_goemotions("test", dest), lambda: orig.load_goemotions("test"), 5427),
    }
    for name, (new, old, n) in cases.items():
        rows = new()
        assert len(rows) == n, name
        assert rows == old(), name
    assert sum(u["truncated"] for u in P.load_cssrs(dest)) == 28
