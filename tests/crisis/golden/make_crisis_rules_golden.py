"""Record the golden output of the crisis RULE layer (``pixel_model.crisis.rules``).

    .venv/bin/python tests/crisis/golden/make_crisis_rules_golden.py          # writes crisis_rules_golden.jsonl.gz

The golden file pins today's behaviour so that a reorganisation of the rule layer can be proved to
change nothing (``tests/crisis/test_rules_golden.py`` replays it).  It stores every INPUT as well as
every output, so the replay never depends on data files that may change or grow later.

Inputs (``data/eval/`` is never read: it is held out):
  * every record of data/crisis.jsonl, data/crisis_more.jsonl, data/crisis_contrast.jsonl, every
    data/crisis_corpus/*.jsonl present now (complete lines only: other sessions may be appending)
    and /work/shared/datasets/pixel_crisis_dev/cases.jsonl when present -- each as
    ``assess_conversation(text, history)`` and, when it has a history, also as ``assess_message(text)``;
  * perturbed variants of a fixed sample: curly quotes, ALL CAPS, one typo, leetspeak (no zero-width
    characters), and on a smaller sample spaced-out letters, zero-width characters and emoji;
  * long texts: concatenations of 6,000-9,500 characters (the first/last-3,000-character path) and
    long comma-joined runs without sentence punctuation (the 400-character window path);
  * short multi-turn exchanges: an assistant screening question answered "yeah sometimes", a benign
    referent ("the relationship!"), an accident ("dropped a tin on my foot") and so on.

Each output records: signals (sorted), risk, evidence (in order), negated, and normalise(text).
Regenerating the file is a deliberate act: only do it when a behaviour change is intended.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pixel_model.crisis.rules import assess_conversation, assess_message, normalise  # noqa: E402

GOLDEN = Path(__file__).resolve().parent / "crisis_rules_golden.jsonl.gz"
DEV_SET = Path("/work/shared/datasets/pixel_crisis_dev/cases.jsonl")
SEED = 8  # issue 8


def sources() -> list[Path]:
    files = [ROOT / "data" / n for n in ("crisis.jsonl", "crisis_more.jsonl", "crisis_contrast.jsonl")]
    files += [Path(p) for p in sorted(glob.glob(str(ROOT / "data" / "crisis_corpus" / "*.jsonl")))]
    if DEV_SET.exists():
        files.append(DEV_SET)
    for f in files:
        assert "/data/eval/" not in str(f), f  # held out: never used here
    return [f for f in files if f.exists()]


def read_complete(path: Path) -> list[dict]:
    """Records of a JSONL file, complete lines only (a writer may be appending right now)."""
    raw = path.read_bytes()
    end = raw.rfind(b"\n")
    rows = []
    for line in raw[: end + 1].decode("utf-8", errors="strict").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and isinstance(rec.get("text"), str):
            rows.append(rec)
    return rows


def clean_history(h) -> list[dict]:
    out = []
    for item in h or []:
        if isinstance(item, dict):
            out.append({"role": str(item.get("role", "")), "content": str(item.get("content", "") or "")})
    return out


# --- perturbations -------------------------------------------------------------------------------
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def curly(t: str) -> str:
    out, dq = [], False
    for ch in t:
        if ch == "'":
            out.append("\u2019")
        elif ch == '"':
            out.append("\u201d" if dq else "\u201c")
            dq = not dq
        else:
            out.append(ch)
    return "".join(out)


def caps(t: str) -> str:
    return t.upper()


def _words(t: str) -> list[tuple[int, int]]:
    spans, i = [], 0
    while i < len(t):
        if t[i].isalpha():
            j = i
            while j < len(t) and t[j].isalpha():
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def typo(t: str, rng: random.Random) -> str:
    spans = [s for s in _words(t) if s[1] - s[0] >= 4]
    if not spans:
        return t + "."
    a, b = rng.choice(spans)
    w = t[a:b]
    kind = rng.randrange(3)
    if kind == 0:  # swap two adjacent inner letters
        k = rng.randrange(1, len(w) - 2)
        w = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    elif kind == 1:  # drop a letter
        k = rng.randrange(1, len(w) - 1)
        w = w[:k] + w[k + 1 :]
    else:  # double a letter
        k = rng.randrange(1, len(w) - 1)
        w = w[:k] + w[k] + w[k:]
    return t[:a] + w + t[b:]


def leet(t: str, rng: random.Random) -> str:
    out, last = [], 0
    for a, b in _words(t):
        out.append(t[last:a])
        w = t[a:b]
        if len(w) >= 3 and rng.random() < 0.5:
            w = "".join(_LEET.get(c, c) if c.islower() and rng.random() < 0.7 else c for c in w)
        out.append(w)
        last = b
    out.append(t[last:])
    return "".join(out)


def spaced(t: str, rng: random.Random) -> str:
    spans = [s for s in _words(t) if s[1] - s[0] >= 3]
    if not spans:
        return t
    a, b = rng.choice(spans)
    sep = rng.choice([" ", ".", "-", "*"])
    return t[:a] + sep.join(t[a:b]) + t[b:]


def zero_width(t: str, rng: random.Random) -> str:
    out = []
    for ch in t:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.15:
            out.append(rng.choice(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]))
    return "".join(out)


def emoji(t: str, rng: random.Random) -> str:
    return (
        t
        + " "
        + rng.choice(
            [
                "\U0001f602",
                "\U0001f480",
                "\U0001f48a",
                "\U0001f52a",
                "\U0001f62d",
                "\u2764\ufe0f",
                "\U0001f644 lol",
                "\U0001faa6",
            ]
        )
    )


# --- cases ---------------------------------------------------------------------------------------
def build_cases(rng: random.Random) -> list[dict]:
    cases: list[dict] = []
    seen: set[str] = set()

    def add(cid: str, src: str, variant: str, fn: str, text: str, history: list[dict]) -> None:
        key = json.dumps([fn, text, history], ensure_ascii=False)
        if key in seen:
            return
        seen.add(key)
        cases.append({"id": cid, "src": src, "variant": variant, "fn": fn, "text": text, "history": history})

    base: list[tuple[str, str, str, list[dict]]] = []
    for path in sources():
        src = path.name if path != DEV_SET else "pixel_crisis_dev/cases.jsonl"
        for n, rec in enumerate(read_complete(path)):
            cid = str(rec.get("id") or f"{path.stem}-{n}")
            hist = clean_history(rec.get("history"))
            base.append((cid, src, rec["text"], hist))
            add(cid, src, "orig", "conv", rec["text"], hist)
            if hist:
                add(cid, src, "orig", "msg", rec["text"], [])

    # perturbed variants of a fixed sample
    sample = [b for b in base if rng.random() < 0.25]
    for cid, src, text, hist in sample:
        r = random.Random(f"{SEED}:{src}:{cid}")
        add(cid, src, "curly", "conv", curly(text), [dict(h, content=curly(h["content"])) for h in hist])
        add(cid, src, "caps", "conv", caps(text), hist)
        add(cid, src, "typo", "conv", typo(text, r), hist)
        add(cid, src, "leet", "msg", leet(text, r), [])
    small = [b for b in base if rng.random() < 0.04]
    for cid, src, text, _hist in small:
        r = random.Random(f"{SEED}:x:{src}:{cid}")
        add(cid, src, "spaced", "msg", spaced(text, r), [])
        add(cid, src, "zero_width", "msg", zero_width(text, r), [])
        add(cid, src, "emoji", "msg", emoji(text, r), [])

    # long texts: > 6,000 characters (first/last 3,000 characters) ...
    texts = [b[2] for b in base]
    for n in range(120):
        parts, size = [], 0
        target = rng.randrange(6100, 9500)
        while size < target:
            parts.append(rng.choice(texts))
            size += len(parts[-1]) + 1
        sep = "\n" if n % 3 == 0 else " "
        add(f"long-{n:03d}", "concat", "long", "conv", sep.join(parts), [])
    # ... and long "sentences" without sentence punctuation (400-character windows)
    for n in range(80):
        parts, size = [], 0
        target = rng.choice([rng.randrange(450, 1500), rng.randrange(1500, 5900), rng.randrange(6100, 8000)])
        while size < target:
            parts.append(
                rng.choice(texts).translate(str.maketrans({".": " ", "!": " ", "?": " ", ";": ",", "\n": " "}))
            )
            size += len(parts[-1]) + 2
        add(f"longsent-{n:03d}", "concat", "long_sentence", "conv", ", ".join(parts), [])

    # multi-turn exchanges exercising the conversation reader
    questions = [
        "Are you having any thoughts of ending your life?",
        "Sometimes when people feel this low they think about suicide. Is that happening for you?",
        "Have you been hurting yourself or thinking about self-harm?",
        "What do you mean by that?",
        "That sounds hard. Tell me more.",
    ]
    answers = [
        "yeah sometimes",
        "yes",
        "no",
        "nah not really",
        "maybe",
        "kind of",
        "every day",
        "i guess",
        "the relationship!",
        "my pupils, I'm a teacher",
        "the subscription",
        "I dropped a tin on my foot",
        "it was an accident",
        "tripped over the dog",
        "Thanks, that helps",
        "ok",
    ]
    firsts = [b for b in base if rng.random() < 0.03]
    for i, (cid, src, text, _hist) in enumerate(firsts):
        q = questions[i % len(questions)]
        a = answers[(i * 7) % len(answers)]
        add(
            f"{cid}-turns",
            src,
            "turns",
            "conv",
            a,
            [{"role": "user", "content": text}, {"role": "assistant", "content": q}],
        )
    for i, q in enumerate(questions):
        for a in answers:
            add(f"screen-{i}", "synthetic", "turns", "conv", a, [{"role": "assistant", "content": q}])
    return cases


def run_case(case: dict) -> dict:
    if case["fn"] == "msg":
        rf = assess_message(case["text"])
    else:
        rf = assess_conversation(case["text"], case["history"])
    return {
        "signals": sorted(rf.signals),
        "risk": rf.risk,
        "evidence": list(rf.evidence),
        "negated": bool(rf.negated),
        "norm": normalise(case["text"]),
    }


def load(path: Path = GOLDEN) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=GOLDEN)
    ap.add_argument(
        "--update-outputs",
        action="store_true",
        help="keep the stored inputs, re-record their outputs (an intended behaviour change); prints "
        "how many changed, by variant",
    )
    args = ap.parse_args(argv)
    if args.update_outputs:
        cases = load(args.out)
        changed: dict[str, int] = {}
        for c in cases:
            new = run_case(c)
            if new != c["out"]:
                changed[c["variant"]] = changed.get(c["variant"], 0) + 1
                c["out"] = new
        print(f"outputs changed: {changed or 'none'}")
    else:
        cases = build_cases(random.Random(SEED))
        for c in cases:
            c["out"] = run_case(c)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    # mtime=0: the same cases give byte-identical files
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        for c in cases:
            gz.write((json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    os.replace(tmp, args.out)
    by_variant: dict[str, int] = {}
    for c in cases:
        by_variant[c["variant"]] = by_variant.get(c["variant"], 0) + 1
    print(f"{len(cases)} cases -> {args.out} ({args.out.stat().st_size} bytes); {by_variant}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
