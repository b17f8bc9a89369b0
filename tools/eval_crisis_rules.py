"""Measure the crisis RULE layer (pixel_model.crisis_rules) on a labelled JSONL set.

    .venv/bin/python tools/eval_crisis_rules.py                      # dev set (default)
    .venv/bin/python tools/eval_crisis_rules.py --cases data/crisis.jsonl --max-misses 40

Each line: {"id", "text", "history", "risk", "signals", "category", ...}.  Prints binary detection
(risk > none) precision/recall, recall of gold high/imminent flagged at >= high, per-signal
recall/precision, false positives on hard negatives / benign routing cases, invariant violations
and the list of misses.  Exit code 0 always (it is a measurement, not a gate).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from pixel_model.crisis_rules import assess_conversation  # noqa: E402
from pixel_model.taxonomy import CRISIS_SIGNALS, RISK_INDEX  # noqa: E402

DEFAULT = os.path.join(os.path.dirname(ROOT), "shared", "datasets", "pixel_crisis_dev", "cases.jsonl")
if not os.path.exists(DEFAULT):
    DEFAULT = os.path.join(ROOT, "shared", "datasets", "pixel_crisis_dev", "cases.jsonl")
BENIGN_CATS = ("hard_negative", "persona_routing", "multi_turn_benign")
HIGH = RISK_INDEX["high"]


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0 = n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default=DEFAULT)
    ap.add_argument("--max-misses", type=int, default=100)
    ap.add_argument("--show-evidence", action="store_true")
    ap.add_argument("--half", choices=("odd", "even"), help="only cases whose numeric id is odd/even (tune/held-out split)")
    args = ap.parse_args(argv)

    rows = [json.loads(line) for line in open(args.cases, encoding="utf-8") if line.strip()]
    if args.half:
        want = 1 if args.half == "odd" else 0
        rows = [r for r in rows if int("".join(ch for ch in r["id"] if ch.isdigit()) or 0) % 2 == want]
    tp = fp = fn = tn = 0
    hi_tot = hi_ok = 0
    exact = within1 = 0
    sig_tp: collections.Counter = collections.Counter()
    sig_fp: collections.Counter = collections.Counter()
    sig_fn: collections.Counter = collections.Counter()
    benign_fp: dict[str, list[str]] = collections.defaultdict(list)
    benign_n: collections.Counter = collections.Counter()
    misses: list[str] = []
    invariant_bad: list[str] = []
    for c in rows:
        got = assess_conversation(c["text"], c.get("history") or [])
        g, p = RISK_INDEX[c["risk"]], RISK_INDEX[got.risk]
        gs, ps = set(c["signals"]), set(got.signals)
        # invariants
        if (("immediate_harm" in ps) != (got.risk == "imminent")) or (p == 0 and ps) or (p >= 2 and not ps) \
                or not ps <= set(CRISIS_SIGNALS):
            invariant_bad.append(f"{c['id']} risk={got.risk} signals={sorted(ps)}")
        exact += g == p
        within1 += abs(g - p) <= 1
        if g > 0 and p > 0:
            tp += 1
        elif g > 0:
            fn += 1
        elif p > 0:
            fp += 1
        else:
            tn += 1
        if g >= HIGH:
            hi_tot += 1
            hi_ok += p >= HIGH
        for s in CRISIS_SIGNALS:
            if s in gs and s in ps:
                sig_tp[s] += 1
            elif s in gs:
                sig_fn[s] += 1
            elif s in ps:
                sig_fp[s] += 1
        cat = c.get("category", "")
        if cat in BENIGN_CATS or (g == 0 and cat not in BENIGN_CATS):
            benign_n[cat] += 1
            if g == 0 and p > 0:
                benign_fp[cat].append(f"{c['id']} -> {got.risk} {sorted(ps)}")
        bad = (g > 0 and p == 0) or (g >= HIGH and p < HIGH) or (g == 0 and p > 0)
        if bad:
            tag = "MISS" if g > 0 and p == 0 else ("UNDER" if g > p else "FALSE+")
            line = f"  [{tag}] {c['id']} ({cat}) gold={c['risk']} got={got.risk} | {c['text'][:110]!r}"
            if args.show_evidence:
                line += "\n        evidence: " + "; ".join(got.evidence)[:300]
            misses.append(line)

    n = len(rows)
    print(f"cases: {n}  ({args.cases})")
    print("\n== binary crisis detection (risk > none)")
    print(f"  recall    {_ratio(tp, tp + fn)}")
    print(f"  precision {_ratio(tp, tp + fp)}")
    print(f"  false positives on risk-none cases: {fp} of {fp + tn}")
    print(f"\n== gold high/imminent flagged at >= high: {_ratio(hi_ok, hi_tot)}")
    print(f"== exact risk level {_ratio(exact, n)};  within one level {_ratio(within1, n)}")
    print("\n== per-signal            recall              precision")
    for s in CRISIS_SIGNALS:
        r = _ratio(sig_tp[s], sig_tp[s] + sig_fn[s])
        pr = _ratio(sig_tp[s], sig_tp[s] + sig_fp[s])
        print(f"  {s:20s} {r:20s} {pr}")
    print("\n== false positives on benign categories")
    for cat in sorted(benign_n):
        print(f"  {cat:20s} {len(benign_fp[cat])} of {benign_n[cat]}")
        for x in benign_fp[cat]:
            print(f"      {x}")
    print(f"\n== invariant violations: {len(invariant_bad)}")
    for x in invariant_bad[:20]:
        print("  " + x)
    print(f"\n== misses / under-calls / false positives ({len(misses)})")
    for x in misses[: args.max_misses]:
        print(x)
    if len(misses) > args.max_misses:
        print(f"  ... {len(misses) - args.max_misses} more")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
