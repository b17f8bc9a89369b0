"""The public datasets training reads: where each file comes from, how to fetch it, how to read it.

Why this module exists: the repository does not redistribute third-party data (licences; 16.5 MB for the
builds, 25.5 MB in all), yet anyone who clones it must be able to retrain. So every public file is listed here
with its upstream URL pinned to an immutable revision (a git commit) and its sha256; ``make data`` downloads the files
(or copies them from a
local directory, for hosts without internet) into ``data/datasets/`` (git-ignored) and verifies each hash;
the loaders at the end read that folder with the standard library only. Nothing outside the repository is
executed, and a file whose bytes differ from the pinned ones is never used.

    python -m pixel_model.training.public_datasets                 # fetch what training reads, verify
    python -m pixel_model.training.public_datasets --from DIR      # offline: copy from a local copy instead
    python -m pixel_model.training.public_datasets --all           # also the files no build reads (ESConv...)
    python -m pixel_model.training.public_datasets --check         # verify only, fetch nothing
    python -m pixel_model.training.public_datasets --list          # every file: URL, size, licence

What each build reads (``data.py``): ``make train`` reads AnnoMI-full, C-SSRS, GoEmotions and EPITOME's three
CSVs (EPITOME is only *evaluated* on there: its test split, never trained on); ``make train-research``
also *trains* the empathy head on EPITOME. EPITOME (UW academic licence) and ESConv (CC BY-NC 4.0) are
non-commercial. ESConv, AnnoMI-simple and the GoEmotions mappings are read by no build (``--all`` only).
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import http.client
import os
import re
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def default_dir() -> Path:
    """``PIXEL_DATASETS_DIR``, else ``<project>/data/datasets``."""
    return Path(os.environ.get("PIXEL_DATASETS_DIR") or PROJECT_ROOT / "data" / "datasets")


# ------------------------------------------------------------------------------------------------ manifest
@dataclass(frozen=True)
class Dataset:
    licence: str
    commercial: bool  # False: non-commercial / academic research only
    origin: str  # the canonical release, with what we know of how the pinned files relate to it


@dataclass(frozen=True)
class DataFile:
    path: str  # under the datasets directory: "<dataset>/<name>"
    url: str  # the upstream file, pinned to an immutable revision
    sha256: str
    size: int
    used: bool = True  # read by `make train` / `make train-research`; False: fetched only with --all
    licence: bool = False  # a licence document: fetched with its dataset; optional in a --from directory

    @property
    def dataset(self) -> str:
        return self.path.split("/", 1)[0]


def _gh(repo: str, commit: str, path: str) -> str:
    return f"https://raw.githubusercontent.com/{repo}/{commit}/{urllib.parse.quote(path)}"


# Every file below from a GitHub repository was checked byte for byte against that repository's git blob at the
# pinned commit, except the two google-research files (checked against a code index's text of them).
_ANNOMI = ("uccollab/AnnoMI", "42936645ec3857a9c84ab296a36a3c34b779ef49")
# Zenodo 10.5281/zenodo.2667859 is the original; this mirror's copy is the one whose bytes are pinned (a second,
# independent mirror parses to identical rows); the Zenodo file's own bytes have not been compared
_CSSRS = ("jahnavithutta129/Moodify", "6abf56a4804cc52476e0b1a551c0f6c2909abfdc")
_EPITOME = ("behavioral-data/Empathy-Mental-Health", "0e11f98901527550885dbf253bd2af92dbcec43b")
_ESCONV = ("thu-coai/Emotional-Support-Conversation", "f262d062ad74cb39b17ea476facc81568ddcba24")
_ESCONV_SPLIT = ("yulinlp/T5-PEFT", "be2ffc3fc712312221043fc1bd5e70992a06b13f")  # the thu-coai/esconv split
_GOEMOTIONS = ("monologg/GoEmotions-pytorch", "b75f9d3a8b76bc1060687925b04ca98a1b8ea66b")
_GOOGLE = "google-research/google-research"

DATASETS: dict[str, Dataset] = {
    "annomi": Dataset(
        "Public Domain (the README's statement at "
        + _gh(_ANNOMI[0], "126d9856c84e370c2760273c73a3776f60f53019", "README.md")
        + ")",
        True,
        "https://github.com/uccollab/AnnoMI; cite Wu et al., ICASSP 2022",
    ),
    "cssrs_reddit": Dataset(
        "CC BY 4.0",
        True,
        "Zenodo record 2667859 (https://zenodo.org/records/2667859/files/"
        "500_Reddit_users_posts_labels.csv), via a GitHub mirror; cite Gaur et al., WWW 2019",
    ),
    "epitome": Dataset(
        "UW Althoff academic licence: non-profit academic research only",
        False,
        "https://github.com/behavioral-data/Empathy-Mental-Health; cite Sharma et al., EMNLP 2020",
    ),
    "esconv": Dataset(
        "CC BY-NC 4.0, academic research only",
        False,
        "https://github.com/thu-coai/Emotional-Support-Conversation (split: Hugging Face "
        "thu-coai/esconv, mirrored in yulinlp/T5-PEFT); cite Liu et al., ACL 2021",
    ),
    "goemotions": Dataset(
        "Apache-2.0",
        True,
        "google-research/google-research goemotions/data, via the mirror "
        "monologg/GoEmotions-pytorch (same text); cite Demszky et al., ACL 2020",
    ),
}

MANIFEST: tuple[DataFile, ...] = (
    DataFile(
        "annomi/AnnoMI-full.csv",
        _gh(*_ANNOMI, "AnnoMI-full.csv"),
        "3b60fec5e9d83cbb18ade0e412fb9afaef3b81724748a5d715f844bdd7432c9f",
        3795371,
    ),
    DataFile(
        "annomi/AnnoMI-simple.csv",
        _gh(*_ANNOMI, "AnnoMI-simple.csv"),
        "b178db3b0b9858a0fa4ed670dabeccd63e975ba67e141d7ae16f2e8214f78e61",
        2386609,
        used=False,
    ),
    DataFile(
        "cssrs_reddit/500_Reddit_users_posts_labels.csv",
        _gh(*_CSSRS, "500_Reddit_users_posts_labels.csv"),
        "f4356b888eef4734885465a4d0720c0dcc62f7b84c39dbd0c95b4e9b9f3a234a",
        3622836,
    ),
    DataFile(
        "epitome/emotional-reactions-reddit.csv",
        _gh(*_EPITOME, "dataset/emotional-reactions-reddit.csv"),
        "225b28ffdc257f8a997d557eb937e78b68235e6203c87c7e2203d00fef8545cc",
        1477690,
    ),
    DataFile(
        "epitome/interpretations-reddit.csv",
        _gh(*_EPITOME, "dataset/interpretations-reddit.csv"),
        "2cedbe4252c919d22a6f46685afa16d3192a91e3306c2d4a386be12a30ad3f29",
        1664973,
    ),
    DataFile(
        "epitome/explorations-reddit.csv",
        _gh(*_EPITOME, "dataset/explorations-reddit.csv"),
        "9efa1af8e0537c16894379598f2076cb380ae18aacd9a8d26ebd381f5b7f9645",
        1411739,
    ),
    # upstream states its licences only as Word documents (which one covers the data is not said)
    DataFile(
        "epitome/LICENSE_academic.docx",
        _gh(*_EPITOME, "Althoff academic license.docx"),
        "6f664fb839b5302049936752b41d74daf99c8c8bc9faf9682580789f05bfaea5",
        20086,
        licence=True,
    ),
    DataFile(
        "epitome/LICENSE_attribution_only.docx",
        _gh(*_EPITOME, "Althoff attribution only license.docx"),
        "bb23e82644f266dd392a68c1c105e6b909100cb789d8202139a67d2efb25c498",
        16004,
        licence=True,
    ),
    DataFile(
        "esconv/train.txt",
        _gh(*_ESCONV_SPLIT, "dataset/esconv/train.txt"),
        "e545e49c49b5d47636f15702d9acd1f1d0b25a18e8a2d7528ca53a5d341242f8",
        4037147,
        used=False,
    ),
    DataFile(
        "esconv/valid.txt",
        _gh(*_ESCONV_SPLIT, "dataset/esconv/valid.txt"),
        "d3650e8e75e76b7eb63c1ef6e29b175eb5a3f8a78c3f654cab6c5d0d3f2ea6c8",
        865254,
        used=False,
    ),
    DataFile(
        "esconv/test.txt",
        _gh(*_ESCONV_SPLIT, "dataset/esconv/test.txt"),
        "fd62a8b3dd9705d8442217fa7f486129ed407f9bf577ca9e710e4a7780f44081",
        881152,
        used=False,
    ),
    DataFile(
        "esconv/strategy.json",
        _gh(*_ESCONV_SPLIT, "dataset/esconv/strategy.json"),
        "79d335ea4d5b2e460cf2f1ffab100b2d7486624f9554de7927713e941458c73c",
        219,
        used=False,
    ),
    DataFile(
        "esconv/FailedESConv.json",
        _gh(*_ESCONV, "FailedESConv.json"),
        "d21bad5409d88ecbca18abfee26a8c188d09c34b03962cb53a4c30d8de95b279",
        911614,
        used=False,
    ),
    DataFile(
        "esconv/LICENSE-CC-BY-NC-4.0.txt",
        _gh(*_ESCONV, "LICENSE"),
        "82656a050544ab820c9aa7b61433f5181f8e80cacd042377140962a3e3eb5721",
        19332,
        licence=True,
    ),
    DataFile(
        "goemotions/train.tsv",
        _gh(*_GOEMOTIONS, "data/original/train.tsv"),
        "1c254a142be5c00e80d819b9ae1bbd36d94b2eeb8f4b1271846508d57e57d9c5",
        3519053,
    ),
    DataFile(
        "goemotions/dev.tsv",
        _gh(*_GOEMOTIONS, "data/original/dev.tsv"),
        "575489c079c9de1097062a01738f998590d6b7ead66dd1c9fd1d2ba01fd8bc62",
        439059,
    ),
    DataFile(
        "goemotions/test.tsv",
        _gh(*_GOEMOTIONS, "data/original/test.tsv"),
        "0587b2dd8b27b97352adbfc3fb083d46005c8946657fdc2b1ca8b1cc7f1f8be4",
        436706,
    ),
    DataFile(
        "goemotions/emotions.txt",
        _gh(*_GOEMOTIONS, "data/original/labels.txt"),
        "45c3ef86782d2a4d7fedcd6d8c111aa0d0e94720689bd164fac94fefb4495a89",
        248,
    ),
    DataFile(
        "goemotions/LICENSE-Apache-2.0.txt",
        _gh(*_GOEMOTIONS, "LICENSE"),
        "c71d239df91726fc519c6eb72d318ec65820627232b2f796219e87dcf35d0ab4",
        11357,
        licence=True,
    ),
    DataFile(
        "goemotions/ekman_mapping.json",
        _gh(_GOOGLE, "7c35f3f048c1bbf1416bf12491e4a2e528f2f988", "goemotions/data/ekman_mapping.json"),
        "d6b1fea382917c1685c42e1324a0344106be9390f52a3850ce032656d103a328",
        396,
        used=False,
    ),
    DataFile(
        "goemotions/sentiment_dict.json",
        _gh(_GOOGLE, "b91598b43297db06cca27a29fe2d0442dffea029", "goemotions/data/sentiment_dict.json"),
        "801f6f028082141bd38541a4b14d65b33bdc55d29c7b2aaa029fefecf206f76b",
        367,
        used=False,
    ),
)


def selected(files: Iterable[DataFile] = MANIFEST, everything: bool = False) -> list[DataFile]:
    """The files a fetch covers: those a build reads, and the licence documents of their datasets (or all)."""
    files = list(files)
    if everything:
        return files
    used = {f.dataset for f in files if f.used and not f.licence}
    return [f for f in files if (f.used and not f.licence) or (f.licence and f.dataset in used)]


# ------------------------------------------------------------------------------------------------ fetching
class FetchError(RuntimeError):
    pass


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _write_verified(f: DataFile, target: Path, open_source: Callable, origin: str) -> None:
    """Stream the source into a temporary file beside ``target``, then rename it into place only when its
    sha256 is the pinned one: a failed or interrupted fetch leaves no file behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        h, n = hashlib.sha256(), 0
        with os.fdopen(fd, "wb") as out, open_source() as src:
            while chunk := src.read(1 << 20):
                h.update(chunk)
                out.write(chunk)
                n += len(chunk)
        if h.hexdigest() != f.sha256:
            raise FetchError(
                f"{f.path}: sha256 mismatch for {origin}: expected {f.sha256}, got {h.hexdigest()} "
                f"({n:,} bytes, expected {f.size:,})"
            )
        os.chmod(tmp, 0o644)  # mkstemp's 0600 is for the partial file only
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _fetch_one(f: DataFile, dest: Path, source_dir: Path | None, timeout: float) -> str:
    target = dest / f.path
    if target.is_file() and sha256_file(target) == f.sha256:
        return "present"
    if source_dir is not None:
        src = source_dir / f.path
        if not src.is_file():
            if f.licence:
                return "skipped"
            raise FetchError(f"{f.path}: not in {source_dir} (upstream: {f.url})")
        try:
            _write_verified(f, target, lambda: open(src, "rb"), str(src))
        except OSError as e:
            raise FetchError(f"{f.path}: {type(e).__name__}: {e} (copying {src})") from None
        return "copied"
    request = urllib.request.Request(f.url, headers={"User-Agent": "pixel-datasets/1"})
    try:
        _write_verified(f, target, lambda: urllib.request.urlopen(request, timeout=timeout), f.url)
    except urllib.error.HTTPError as e:
        raise FetchError(f"{f.path}: HTTP {e.code} {e.reason} from {f.url}") from None
    except urllib.error.URLError as e:
        raise FetchError(
            f"{f.path}: cannot download {f.url}: {e.reason} (offline? copy the files from a local "
            "directory instead: `make data DATA_FROM=/path`)"
        ) from None
    except (OSError, http.client.HTTPException) as e:
        raise FetchError(f"{f.path}: {type(e).__name__}: {e} (downloading {f.url})") from None
    return "downloaded"


def fetch(
    dest: Path | str | None = None,
    source_dir: Path | str | None = None,
    *,
    everything: bool = False,
    files: Iterable[DataFile] = MANIFEST,
    timeout: float = 60.0,
    log: Callable[[str], None] | None = print,
) -> dict[str, str]:
    """Make ``dest`` (default: :func:`default_dir`) hold the selected files, each verified by sha256: files
    already there with the right hash are kept; others are copied from ``source_dir`` when given, else
    downloaded from their pinned URL. Returns ``{path: present|copied|downloaded|skipped}``; raises
    :class:`FetchError` naming every file that failed (after trying them all)."""
    dest = Path(dest) if dest is not None else default_dir()
    source_dir = Path(source_dir) if source_dir is not None else None
    log = log or (lambda _: None)
    done: dict[str, str] = {}
    errors: list[str] = []
    for f in selected(files, everything):
        try:
            done[f.path] = _fetch_one(f, dest, source_dir, timeout)
        except FetchError as e:
            done[f.path] = "FAILED"
            errors.append(str(e))
        note = f" (a licence document, not in {source_dir}; upstream: {f.url})" if done[f.path] == "skipped" else ""
        log(f"{done[f.path]:<10} {f.path}{note}")
    if errors:
        raise FetchError("\n".join(errors))
    return done


def check(
    dest: Path | str | None = None, *, everything: bool = False, files: Iterable[DataFile] = MANIFEST
) -> list[str]:
    """What is missing or wrong in ``dest`` (empty when every selected data file is there with its hash)."""
    dest = Path(dest) if dest is not None else default_dir()
    problems = []
    for f in selected(files, everything):
        p = dest / f.path
        if not p.is_file():
            if not f.licence:
                problems.append(f"{f.path}: missing")
        elif (got := sha256_file(p)) != f.sha256:
            problems.append(f"{f.path}: sha256 {got}, expected {f.sha256}")
    return problems


def main(argv: list[str] | None = None, files: Iterable[DataFile] = MANIFEST) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m pixel_model.training.public_datasets",
        description="Fetch and verify the public datasets training reads.",
    )
    ap.add_argument("--dest", type=Path, default=None, help="default: $PIXEL_DATASETS_DIR or data/datasets")
    ap.add_argument(
        "--from",
        dest="source",
        type=Path,
        default=None,
        help="copy from this local directory (same layout) instead of downloading",
    )
    ap.add_argument(
        "--all",
        dest="everything",
        action="store_true",
        help="also the files no build reads (ESConv, AnnoMI-simple, GoEmotions mappings)",
    )
    ap.add_argument("--check", action="store_true", help="verify the files in --dest only; fetch nothing")
    ap.add_argument("--list", action="store_true", help="print every file with its URL, size and licence")
    a = ap.parse_args(argv)
    files = list(files)
    dest = a.dest or default_dir()
    if a.list:
        for f in files:
            d = DATASETS.get(f.dataset)
            lic = f"{d.licence}{'' if d.commercial else ' [NON-COMMERCIAL]'}" if d else "?"
            use = "licence" if f.licence else "read by training" if f.used else "--all only"
            print(f"{f.path}\t{f.size:,} B\t{use}\t{lic}\n    {f.url}\n    sha256 {f.sha256}")
        return 0
    if a.check:
        problems = check(dest, everything=a.everything, files=files)
        for p in problems:
            print(p)
        print(
            f"{dest}: "
            + ("FAILED: run `make data` (offline: `make data DATA_FROM=/path/to/a/copy`)" if problems else "ok")
        )
        return 1 if problems else 0
    print(f"public datasets -> {dest} ({'copying from ' + str(a.source) if a.source else 'downloading'})")
    try:
        done = fetch(dest, a.source, everything=a.everything, files=files)
    except FetchError as e:
        print(f"FAILED:\n{e}", file=sys.stderr)
        return 1
    chosen = selected(files, a.everything)
    size = sum(f.size for f in chosen if done.get(f.path) != "skipped")
    counts = {s: sum(v == s for v in done.values()) for s in ("present", "copied", "downloaded", "skipped")}
    print(
        f"{len(done) - counts['skipped']} files verified by sha256 ({size / 1e6:.1f} MB): "
        + ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    )
    for name in sorted({f.dataset for f in chosen}):
        d = DATASETS.get(name)
        if d and not d.commercial:
            print(f"note: {name} is licensed '{d.licence}': not for commercial use")
    return 0


# ------------------------------------------------------------------------------------------------ loaders
# Ported from the project's own standard-library loaders (load_datasets.py of the shared dataset folder);
# each takes the datasets directory (default: default_dir()).
EPITOME_MECHANISMS = {"emotional-reactions": "ER", "interpretations": "IP", "explorations": "EX"}
CSSRS_LABELS = ["Supportive", "Indicator", "Ideation", "Behavior", "Attempt"]


class MissingDataError(FileNotFoundError):
    pass


def _path(root: Path | str | None, rel: str) -> Path:
    root = Path(root) if root is not None else default_dir()
    p = root / rel
    if not p.is_file():
        raise MissingDataError(
            f"{p} not found: the public datasets are fetched by `make data` (offline: "
            "`make data DATA_FROM=/path/to/a/copy`), or set PIXEL_DATASETS_DIR to a folder that has them"
        )
    return p


def _read_csv(p: Path) -> list[dict]:
    csv.field_size_limit(1 << 30)
    with open(p, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_annomi(variant: str = "full", root: Path | str | None = None) -> list[dict]:
    """'full': 13,551 rows, one per (utterance, annotator); 'simple': 9,699 rows, one per utterance."""
    rows = _read_csv(_path(root, "annomi/" + {"full": "AnnoMI-full.csv", "simple": "AnnoMI-simple.csv"}[variant]))
    for r in rows:
        r["transcript_id"] = int(r["transcript_id"])
        r["utterance_id"] = int(r["utterance_id"])
    return rows


def load_epitome(mechanism: str, root: Path | str | None = None) -> list[dict]:
    """mechanism: 'emotional-reactions' | 'interpretations' | 'explorations'; level 0 none, 1 weak, 2 strong."""
    rows = _read_csv(_path(root, f"epitome/{mechanism}-reddit.csv"))
    for r in rows:
        r["level"] = int(r["level"])
        r["rationales"] = [s for s in r["rationales"].split("|") if s.strip()]
    return rows


def epitome_joined(root: Path | str | None = None) -> list[dict]:
    """One row per (sp_id, rp_id) with ER/IP/EX levels; the first row of a duplicated pair wins."""
    out: dict[tuple, dict] = {}
    for mech, short in EPITOME_MECHANISMS.items():
        for r in load_epitome(mech, root):
            row = out.setdefault(
                (r["sp_id"], r["rp_id"]),
                {
                    "sp_id": r["sp_id"],
                    "rp_id": r["rp_id"],
                    "seeker_post": r["seeker_post"],
                    "response_post": r["response_post"],
                },
            )
            row.setdefault(short, r["level"])
            row.setdefault(short + "_rationales", r["rationales"])
    return list(out.values())


_PYSTR = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", re.S)


def _parse_post_list(s: str) -> tuple[list[str], bool]:
    """A Python list literal; 28 cells are cut at 32,759 characters upstream: keep the complete string
    literals and the cut-off tail as a last partial post."""
    try:
        v = ast.literal_eval(s)
        if isinstance(v, list):
            return [str(x) for x in v], False
    except (SyntaxError, ValueError):
        pass
    out, pos = [], 1
    for m in _PYSTR.finditer(s, 1):
        if s[pos : m.start()].strip(" ,"):
            break
        out.append(ast.literal_eval(m.group()))
        pos = m.end()
    tail = s[pos:].lstrip(" ,")
    if tail[:1] in ("'", '"'):
        out.append(tail[1:])
    return out, True


def load_cssrs(root: Path | str | None = None) -> list[dict]:
    """500 users, one user-level label each (Supportive < Indicator < Ideation < Behavior < Attempt)."""
    out = []
    for r in _read_csv(_path(root, "cssrs_reddit/500_Reddit_users_posts_labels.csv")):
        posts, truncated = _parse_post_list(r["Post"])
        out.append(
            {
                "user": r["User"],
                "posts": posts,
                "label": r["Label"],
                "label_id": CSSRS_LABELS.index(r["Label"]),
                "truncated": truncated,
            }
        )
    return out


def goemotions_labels(root: Path | str | None = None) -> list[str]:
    return _path(root, "goemotions/emotions.txt").read_text(encoding="utf-8").split("\n")


def load_goemotions(split: str, root: Path | str | None = None) -> list[dict]:
    """split: 'train' | 'dev' | 'test'. Lines are text<TAB>ids<TAB>comment_id: split on tabs, never
    CSV-unquote (some texts start with a literal quote)."""
    names = goemotions_labels(root)
    out = []
    with open(_path(root, f"goemotions/{split}.tsv"), encoding="utf-8", newline="") as f:
        for line in f:
            text, ids, cid = line.rstrip("\n").split("\t")
            lab = [int(x) for x in ids.split(",")]
            out.append({"text": text, "labels": lab, "label_names": [names[i] for i in lab], "id": cid})
    return out


if __name__ == "__main__":
    sys.exit(main())
