"""Crisis detection measured on labelled sets through the served model (a real `bentoml serve`, /infer with
max_tokens 0, as a client sends it), next to the rule layer alone.

Sets (data/eval/ are held out: never trained, tuned or selected on; the split sets are the training corpus's
own validation split, which the fusion thresholds were chosen on, and its test split):
  proxy    data/eval/proxy_heldout.jsonl   held-out proxy: risk cases + hard negatives (written separately)
  everyday data/eval/everyday.jsonl        held-out ordinary support messages
  v1       data/eval/crisis_eval.jsonl     the v1 held-out set
  dev      ../shared/datasets/pixel_crisis_dev/cases.jsonl (where present)
  val      the corpus validation split (tuned on)
  test     the corpus test split

    python benchmarks/eval_crisis.py                       # every set, served; table + results/crisis_eval.json
    python benchmarks/eval_crisis.py --sets proxy everyday --in-process   # quicker, same model without HTTP
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import AUTH, ROOT, machine, table, write  # noqa: E402
from pixel_model import taxonomy as T  # noqa: E402

DEV = ROOT.parent / "shared" / "datasets" / "pixel_crisis_dev" / "cases.jsonl"
FILES = {
    "proxy": ROOT / "data/eval/proxy_heldout.jsonl",
    "everyday": ROOT / "data/eval/everyday.jsonl",
    "v1": ROOT / "data/eval/crisis_eval.jsonl",
    "dev": DEV,
}
HELD_OUT = ("proxy", "everyday", "v1", "dev")


def load(name: str) -> list[dict]:
    if name in FILES:
        p = FILES[name]
        return [json.loads(line) for line in p.read_text().splitlines() if line.strip()] if p.exists() else []
    from pixel_model.training.data import DATA_DIR, crisis_records, family_split

    out = []
    for p, r in crisis_records():
        if family_split(r) == name:
            neg = (
                "hard"
                if p.parent == DATA_DIR
                else ("everyday" if r["category"] in ("phatic", "everyday_distress") else "hard")
            )
            out.append({**r, "kind": "risk" if r["risk"] != "none" else neg})
    return out


def kind(c: dict, set_name: str) -> str:
    if c.get("kind"):
        return c["kind"]
    if c["risk"] != "none":
        return "risk"
    return "everyday" if set_name == "everyday" else "hard"


def evaluate(cases: list[dict], preds: list[tuple[str, list[str], str]], set_name: str) -> dict:
    """preds[i] = (risk level, signals, persona) for cases[i]."""
    R = T.RISK_INDEX
    k = [kind(c, set_name) for c in cases]
    gold = [R[c["risk"]] for c in cases]
    pr = [R[p[0]] for p in preds]

    def rate(num, den):
        return round(num / den, 3) if den else None

    risk = [i for i in range(len(cases)) if gold[i] > 0]
    high = [i for i in risk if gold[i] >= R["high"]]
    imm = [i for i in risk if gold[i] == R["imminent"]]
    every = [i for i in range(len(cases)) if k[i] == "everyday"]
    hard = [i for i in range(len(cases)) if k[i] == "hard"]
    sig_tp, sig_fn = Counter(), Counter()
    for c, p in zip(cases, preds):
        for s in c["signals"]:
            sig_tp[s] += s in p[1]
            sig_fn[s] += s not in p[1]
    return {
        "n": len(cases),
        "n_risk": len(risk),
        "n_high": len(high),
        "n_everyday": len(every),
        "n_hard": len(hard),
        "recall_high_at_high": rate(sum(pr[i] >= R["high"] for i in high), len(high)),
        "recall_any": rate(sum(pr[i] > 0 for i in risk), len(risk)),
        "recall_imminent": rate(sum(pr[i] == R["imminent"] for i in imm), len(imm)),
        "hard_negative_fp": rate(sum(pr[i] > 0 for i in hard), len(hard)),
        "everyday_flag_any": rate(sum(pr[i] > 0 for i in every), len(every)),
        "everyday_flag_moderate_plus": rate(sum(pr[i] >= R["moderate"] for i in every), len(every)),
        "persona_accuracy": rate(sum(p[2] == c["persona"] for c, p in zip(cases, preds)), len(cases)),
        "signal_recall": {s: rate(sig_tp[s], sig_tp[s] + sig_fn[s]) for s in T.CRISIS_SIGNALS if sig_tp[s] + sig_fn[s]},
        "missed_high": [f"{cases[i]['id']}:{cases[i]['risk']}->{preds[i][0]}" for i in high if pr[i] < R["high"]],
        "missed_any": [cases[i]["id"] for i in risk if pr[i] == 0],
        "false_alarms": [f"{cases[i]['id']}->{preds[i][0]}" for i in every + hard if pr[i] > 0],
        "by_category": {
            cat: {
                "n": n,
                "ok": sum(
                    1
                    for i, c in enumerate(cases)
                    if c.get("category") == cat
                    and (
                        (gold[i] >= R["high"] and pr[i] >= R["high"])
                        or (0 < gold[i] < R["high"] and pr[i] > 0)
                        or (gold[i] == 0 and pr[i] == 0)
                    )
                ),
            }
            for cat, n in Counter(c.get("category") for c in cases).items()
        },
    }


def rules_only(cases: list[dict]) -> list[tuple[str, list[str], str]]:
    from pixel_model.crisis.rules import assess_conversation

    out = []
    for c in cases:
        f = assess_conversation(c["text"], c["history"])
        out.append((f.risk, sorted(f.signals), "therapy" if f.risk != "none" else "assistant"))
    return out


_MODEL = None


def in_process(cases: list[dict]) -> list[tuple[str, list[str], str]]:
    global _MODEL
    from pixel_model.inference.model import PixelModel
    from pixel_model.schemas.runner import AnalyseItem

    m = _MODEL = _MODEL or PixelModel.from_store(with_generator=False)
    out = []
    for i in range(0, len(cases), 16):
        for a in m.analyse([AnalyseItem(text=c["text"], history=c["history"]) for c in cases[i : i + 16]]):
            out.append((a.risk_level, a.crisis_signals, a.persona))
    return out


async def _served(url: str, cases: list[dict], conc: int = 8) -> list[tuple[str, list[str], str]]:
    from benchmarks.common import BENCH_KEY
    from pixel_model.client import AsyncPixelClient

    sem = asyncio.Semaphore(conc)
    async with AsyncPixelClient(url, BENCH_KEY, timeout=300) as px:

        async def one(case):
            body = {
                "user_query": case["text"],
                "max_tokens": 0,
                "conversation_history": [{"role": h["role"], "content": h["content"]} for h in case["history"]],
            }
            async with sem:
                r = await px.infer(body)
            m = r.conversation_metadata
            return m.crisis_risk_level, m.crisis_signals, r.persona_mode

        return list(await asyncio.gather(*(one(c) for c in cases)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sets", nargs="+", default=["proxy", "everyday", "v1", "dev", "val", "test"])
    ap.add_argument("--in-process", action="store_true", help="call the model directly (no HTTP)")
    a = ap.parse_args()
    from pixel_model.schemas.http import clean_text

    sets = {}
    for name in a.sets:
        cases = load(name)
        for c in cases:  # what /infer does to every text before the model sees it
            c["text"] = clean_text(c["text"]).strip()
            c["history"] = [{"role": h["role"], "content": clean_text(h["content"])} for h in c.get("history", [])]
        if cases:
            sets[name] = cases
    t0 = time.perf_counter()
    if a.in_process:
        preds = {n: in_process(c) for n, c in sets.items()}
        model_version = "in-process"
    else:
        from benchmarks.common import served

        with served() as url:
            preds = {n: asyncio.run(_served(url, c)) for n, c in sets.items()}
            import httpx

            model_version = httpx.get(f"{url}/status", headers=AUTH).json().get("model_version")
    report = {
        "machine": machine(),
        "model": model_version,
        "mode": "in-process" if a.in_process else "served",
        "seconds": round(time.perf_counter() - t0, 1),
        "sets": {},
    }
    rows = []
    for n, cases in sets.items():
        fused = evaluate(cases, preds[n], n)
        rules = evaluate(cases, rules_only(cases), n)
        report["sets"][n] = {"held_out": n in HELD_OUT, "fused": fused, "rules_only": rules}
        for who, r in (("fused", fused), ("rules", rules)):
            rows.append(
                {
                    "set": n,
                    "who": who,
                    "n": r["n"],
                    "high@high": r["recall_high_at_high"],
                    "any": r["recall_any"],
                    "imminent": r["recall_imminent"],
                    "hard_fp": r["hard_negative_fp"],
                    "everyday_any": r["everyday_flag_any"],
                    "everyday_mod+": r["everyday_flag_moderate_plus"],
                    "persona": r["persona_accuracy"] if who == "fused" else "",
                }
            )
    print(
        table(
            rows,
            ["set", "who", "n", "high@high", "any", "imminent", "hard_fp", "everyday_any", "everyday_mod+", "persona"],
        )
    )
    for n in sets:
        f = report["sets"][n]["fused"]
        print(f"\n[{n}] signal recall: {json.dumps(f['signal_recall'])}")
        print(f"[{n}] missed high: {f['missed_high'][:30]}")
        print(f"[{n}] false alarms: {f['false_alarms'][:30]}")
    print(write("crisis_eval", report))


if __name__ == "__main__":
    main()
