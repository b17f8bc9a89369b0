"""Dataset loaders -> plain examples for each head, with seeded, leakage-free splits.

Public datasets are read from ``PIXEL_DATASETS_DIR`` (default ``data/datasets``, filled and verified by
``make data``) by the loaders of ``public_datasets.py``; project-written sets from ``data/``. Licences decide
the build:
- default build: GoEmotions (Apache-2.0), C-SSRS Reddit (CC BY), AnnoMI (public domain), project data;
- research build (``--research``): also EPITOME (academic-only) for the empathy head (the default build
  only evaluates on EPITOME's test split, so it reads EPITOME too).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pixel_model import taxonomy as T
from pixel_model.inference.conversation import conversation_text
from pixel_model.settings import PROJECT_ROOT

from . import public_datasets as P

DATA_DIR = PROJECT_ROOT / "data"
SPLITS = ("train", "val", "test")
# project-written crisis sets (train/val/test by template family: a message and its paraphrases stay on one side;
# the v1 files have no families, so each record is its own); nothing under data/eval/ is ever trained on
CRISIS_FILES = ("crisis.jsonl", "crisis_more.jsonl", "crisis_contrast.jsonl")
CORPUS_DIR = DATA_DIR / "crisis_corpus"


def datasets_dir() -> Path:
    """The public datasets: ``PIXEL_DATASETS_DIR``, else ``data/datasets`` (``make data`` fetches them there)."""
    return P.default_dir()


def hash_split(key: str, val: float = 0.15, test: float = 0.15) -> str:
    """Deterministic split from a stable key (an id, a transcript id): no dependence on row order."""
    u = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if u < test else "val" if u < test + val else "train"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Example:
    a: str  # the text (or the user side of a pair)
    b: str | None = None  # reply side of a pair
    ctx: str | None = None  # context_type, for persona
    y: object = None  # label: list[str] (multilabel), str (multiclass), list[int] (grouped)
    split: str = "train"
    source: str = ""


@dataclass
class HeadData:
    examples: list[Example] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # source name -> sha256 of its files

    def split(self, name: str) -> list[Example]:
        return [e for e in self.examples if e.split == name]


def crisis_files() -> list[Path]:
    """Every project-written crisis training file: the v1 sets, then the v2 corpus (data/crisis_corpus/)."""
    return [DATA_DIR / n for n in CRISIS_FILES] + sorted(CORPUS_DIR.glob("*.jsonl"))


def family_split(r: dict) -> str:
    """The split of a crisis record: by its template family (its id when it has none)."""
    return hash_split(r.get("family") or r["id"])


def crisis_records() -> list[tuple[Path, dict]]:
    return [(p, r) for p in crisis_files() for r in read_jsonl(p)]


def crisis_data() -> HeadData:
    """Project crisis sets + C-SSRS Reddit users (posts joined; user-level C-SSRS label mapped to risk).

    ``Example.source`` is ``project`` for v1 records and the corpus category kind for v2 ones (``risk``,
    ``phatic``, ``everyday``, ``hard_negative``), so metrics can be reported per kind."""
    d = HeadData()
    for p, r in crisis_records():
        kind = (
            "project"
            if p.parent == DATA_DIR
            else (
                "risk"
                if r["risk"] != "none"
                else "phatic"
                if r["category"] == "phatic"
                else "everyday"
                if r["category"] == "everyday_distress"
                else "hard_negative"
            )
        )
        d.examples.append(
            Example(
                conversation_text(r["text"], r.get("history", [])),
                y={"risk": r["risk"], "signals": r["signals"], "id": r["id"]},
                split=family_split(r),
                source=kind,
            )
        )
    for p in crisis_files():
        d.sources[str(p.relative_to(PROJECT_ROOT))] = file_sha256(p)
    cssrs_map = {
        "Supportive": ("none", []),
        "Indicator": ("low", []),
        "Ideation": ("moderate", ["suicidal_ideation"]),
        "Behavior": ("high", ["suicidal_ideation", "suicide_plan"]),
        "Attempt": ("high", ["suicidal_ideation", "suicide_plan"]),
    }
    rng = random.Random(13)
    by_label = defaultdict(list)
    for u in P.load_cssrs(root=datasets_dir()):
        by_label[u["label"]].append(u)
    for label, users in by_label.items():  # stratified 70/15/15
        rng.shuffle(users)
        n = len(users)
        for i, u in enumerate(users):
            split = "test" if i < 0.15 * n else "val" if i < 0.30 * n else "train"
            risk, signals = cssrs_map[label]
            d.examples.append(
                Example(
                    " ".join(u["posts"])[:2000],
                    y={"risk": risk, "signals": signals, "cssrs": label},
                    split=split,
                    source="cssrs",
                )
            )
    d.sources["cssrs_reddit"] = file_sha256(datasets_dir() / "cssrs_reddit" / "500_Reddit_users_posts_labels.csv")
    return d


def emotion_data() -> HeadData:
    d = HeadData()
    for split, name in (("train", "train"), ("val", "dev"), ("test", "test")):
        for r in P.load_goemotions(name, root=datasets_dir()):
            d.examples.append(Example(r["text"], y=r["label_names"], split=split, source="goemotions"))
        d.sources[f"goemotions/{name}.tsv"] = file_sha256(datasets_dir() / "goemotions" / f"{name}.tsv")
    return d


def persona_data() -> HeadData:
    d = HeadData()
    p = DATA_DIR / "persona.jsonl"
    for r in read_jsonl(p):
        d.examples.append(
            Example(r["text"], ctx=r.get("context_type"), y=r["persona"], split=hash_split(r["id"]), source="persona")
        )
    d.sources["data/persona.jsonl"] = file_sha256(p)
    for _, r in crisis_records():  # every crisis-set message also has a persona label
        d.examples.append(Example(r["text"], ctx=None, y=r["persona"], split=family_split(r), source="crisis"))
    for c in crisis_files():
        d.sources[str(c.relative_to(PROJECT_ROOT))] = file_sha256(c)
    return d


_ANNOMI_SUB = {
    ("reflection_subtype", "simple"): "simple_reflection",
    ("reflection_subtype", "complex"): "complex_reflection",
    ("question_subtype", "open"): "open_question",
    ("question_subtype", "closed"): "closed_question",
    ("therapist_input_subtype", "information"): "information",
    ("therapist_input_subtype", "advice"): "advice",
    ("therapist_input_subtype", "negotiation"): "negotiation",
    ("therapist_input_subtype", "options"): "options",
}


def technique_data() -> HeadData:
    """AnnoMI therapist utterances (previous client turn, utterance) -> MI sub-behaviours, majority vote
    over annotators; split by transcript."""
    rows = P.load_annomi("full", root=datasets_dir())
    text_of = {(r["transcript_id"], r["utterance_id"]): r["utterance_text"] for r in rows}
    votes: dict[tuple, list[set]] = defaultdict(list)
    main: dict[tuple, str] = {}
    for r in rows:
        if r["interlocutor"] != "therapist":
            continue
        key = (r["transcript_id"], r["utterance_id"])
        labs = {lab for (col, val), lab in _ANNOMI_SUB.items() if r.get(col) == val}
        votes[key].append(labs)
        main.setdefault(key, r["main_therapist_behaviour"])
    d = HeadData()
    for key, sets in sorted(votes.items()):
        n = len(sets)
        labs = sorted(t for t in T.TECHNIQUES_TRAINED if sum(t in s for s in sets) * 2 >= n)
        prev = text_of.get((key[0], key[1] - 1), "")
        d.examples.append(
            Example(
                prev,
                text_of[key],
                y={"labels": labs, "main": main[key]},
                split=hash_split(f"annomi-{key[0]}"),
                source="annomi",
            )
        )
    d.sources["annomi/AnnoMI-full.csv"] = file_sha256(datasets_dir() / "annomi" / "AnnoMI-full.csv")
    return d


def empathy_data(research: bool) -> HeadData:
    d = HeadData()
    p = DATA_DIR / "empathy_pairs.jsonl"
    for r in read_jsonl(p):
        d.examples.append(
            Example(
                r["seeker"],
                r["response"],
                y=[r[m] for m in T.EMPATHY_MECHANISMS],
                split=hash_split(r["seeker"]),
                source="project",
            )
        )
    d.sources["data/empathy_pairs.jsonl"] = file_sha256(p)
    # EPITOME is always loaded for evaluation; it is trained on only in the research build.
    for r in P.epitome_joined(root=datasets_dir()):
        split = hash_split(f"epitome-{r['sp_id']}-{r['rp_id']}")
        if not research and split != "test":
            continue
        d.examples.append(
            Example(r["seeker_post"], r["response_post"], y=[r["ER"], r["IP"], r["EX"]], split=split, source="epitome")
        )
    for m in ("emotional-reactions", "interpretations", "explorations"):
        d.sources[f"epitome/{m}"] = file_sha256(datasets_dir() / "epitome" / f"{m}-reddit.csv")
    return d


def safety_data() -> HeadData:
    """(user, reply, unsafe categories): v1 ``data/safety_replies.jsonl`` (split by user message, so the same
    message answered safely and unsafely stays on one side) + v2 ``data/reply_safety/*.jsonl`` (by family)."""
    d = HeadData()
    p = DATA_DIR / "safety_replies.jsonl"
    for r in read_jsonl(p):
        d.examples.append(Example(r["user"], r["reply"], y=r["unsafe"], split=hash_split(r["user"]), source="v1"))
    d.sources["data/safety_replies.jsonl"] = file_sha256(p)
    for p in sorted((DATA_DIR / "reply_safety").glob("*.jsonl")):
        for r in read_jsonl(p):
            d.examples.append(
                Example(
                    r["user"], r["reply"], y=r["unsafe"], split=hash_split(r.get("family") or r["user"]), source="v2"
                )
            )
        d.sources[str(p.relative_to(PROJECT_ROOT))] = file_sha256(p)
    return d
