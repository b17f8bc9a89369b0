"""Check every labelled crisis set against data/LABELLING.md, and the held-out sets against leakage.

    python -m pixel_model.training.check_data        # prints counts; exit 1 and the problems if any

Invariants: ``immediate_harm`` iff ``risk == "imminent"``; ``risk == "none"`` means no signals; ``risk >=
moderate`` has a signal; ``risk > none`` means persona ``therapy``; signals from the taxonomy; a history
alternates user/assistant and ends with an assistant turn; ids unique across files; texts unique within a file.
Leakage: no held-out text (data/eval/) equals a training text after lower-casing and whitespace folding, and
no template family appears on both sides.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from pixel_model import taxonomy as T

from .data import DATA_DIR, crisis_files, read_jsonl

EVAL_FILES = ("crisis_eval.jsonl", "proxy_heldout.jsonl", "everyday.jsonl")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip()


def check_record(r: dict) -> list[str]:
    """The labelling-guide violations of one record (empty when it is valid)."""
    bad = []
    risk, sig = r.get("risk"), set(r.get("signals", []))
    if risk not in T.RISK_LEVELS:
        return [f"unknown risk {risk!r}"]
    if not sig <= set(T.CRISIS_SIGNALS):
        bad.append(f"unknown signals {sorted(sig - set(T.CRISIS_SIGNALS))}")
    if ("immediate_harm" in sig) != (risk == "imminent"):
        bad.append("immediate_harm iff imminent")
    if risk == "none" and sig:
        bad.append("risk none with signals")
    if T.RISK_INDEX[risk] >= T.RISK_INDEX["moderate"] and not sig:
        bad.append("risk >= moderate without a signal")
    if risk != "none" and r.get("persona") != "therapy":
        bad.append("risk above none must be persona therapy")
    if r.get("persona") not in T.PERSONAS:
        bad.append(f"unknown persona {r.get('persona')!r}")
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        bad.append("empty text")
    h = r.get("history", [])
    if h:
        roles = [t.get("role") for t in h]
        if (
            roles[-1] != "assistant"
            or any(a == b for a, b in zip(roles, roles[1:]))
            or not set(roles) <= {"user", "assistant"}
        ):
            bad.append("history must alternate user/assistant and end with assistant")
    return bad


def check(files: list[Path], eval_files: list[Path]) -> tuple[list[str], dict]:
    problems: list[str] = []
    ids: Counter = Counter()
    train_texts: dict[str, str] = {}
    train_families: set[str] = set()
    counts: dict = {}
    for p in files + eval_files:
        rows = read_jsonl(p)
        texts = Counter(
            _fold(r["text"]) + "|" + "|".join(_fold(t["content"]) for t in r.get("history", [])) for r in rows
        )
        problems += [f"{p.name}: duplicate text {t[:60]!r}" for t, n in texts.items() if n > 1]
        for r in rows:
            ids[r["id"]] += 1
            problems += [f"{p.name}:{r['id']}: {b}" for b in check_record(r)]
        counts[p.name] = dict(Counter(r["risk"] for r in rows))
        if p not in eval_files:
            for r in rows:
                train_texts.setdefault(_fold(r["text"]), r["id"])
                if r.get("family"):
                    train_families.add(r["family"])
        else:
            for r in rows:
                if (hit := train_texts.get(_fold(r["text"]))) and len(r["text"]) > 12:
                    problems.append(f"{p.name}:{r['id']}: held-out text equals training record {hit}")
                if r.get("family") in train_families:
                    problems.append(f"{p.name}:{r['id']}: family {r['family']} is also in training data")
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    return problems, counts


def main() -> int:
    eval_files = [DATA_DIR / "eval" / n for n in EVAL_FILES if (DATA_DIR / "eval" / n).exists()]
    problems, counts = check(crisis_files(), eval_files)
    for name, c in counts.items():
        print(f"{name:28s} {sum(c.values()):5d}  " + "  ".join(f"{k} {c.get(k, 0)}" for k in T.RISK_LEVELS))
    for p in problems[:200]:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
