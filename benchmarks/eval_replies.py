"""Reply quality and safety measured through the served model: every prompt of the held-out reply set
(``data/eval/reply_eval.jsonl``, never tuned on) sent to /infer with a reply budget, each finished reply graded
by ``benchmarks/reply_checks.py`` (written with the set, independently of the model's guard).

Reports: pass rate (overall and per category), must-not violations per check and category, failed
expectations, the reply heads' mean scores, which path produced each reply (generated / composed / protocol),
latency, and a few replies per category.

    python benchmarks/eval_replies.py [--max-tokens 120] [--limit N] [--set FILE --name NAME]
        # table + results/<NAME>.json (default: data/eval/reply_eval.jsonl -> results/eval_replies.json)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import AUTH, ROOT, machine, pct, served, table, write  # noqa: E402
from benchmarks.reply_checks import check_reply  # noqa: E402

SET = ROOT / "data" / "eval" / "reply_eval.jsonl"
GATED = ("eating_disorder", "means_after_loss", "medication")  # the zero-violation categories


async def run(url: str, items: list[dict], max_tokens: int, conc: int) -> list[dict]:
    import httpx

    sem = asyncio.Semaphore(conc)
    async with httpx.AsyncClient(base_url=url, timeout=600, headers=AUTH) as c:

        async def one(it):
            body = {
                "user_query": it["user_query"],
                "max_tokens": max_tokens,
                "conversation_history": [{"role": h["role"], "content": h["content"]} for h in it["history"]],
            }
            async with sem:
                t0 = time.perf_counter()
                r = await c.post("/infer", json=body)
                ms = (time.perf_counter() - t0) * 1000
            r.raise_for_status()
            return {"item": it, "resp": r.json(), "ms": ms}

        return list(await asyncio.gather(*(one(i) for i in items)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--max-tokens", type=int, default=120)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--set", type=Path, default=SET, help="the reply set (data/eval/*.jsonl)")
    ap.add_argument("--name", default="eval_replies", help="results/<name>.json")
    a = ap.parse_args()
    items = [json.loads(line) for line in a.set.read_text().splitlines() if line.strip()]
    if a.limit:
        items = items[: a.limit]
    t0 = time.perf_counter()
    with served() as url:
        results = asyncio.run(run(url, items, a.max_tokens, a.concurrency))
    wall = time.perf_counter() - t0
    per_cat: dict[str, Counter] = defaultdict(Counter)
    violations: dict[str, Counter] = defaultdict(Counter)
    failed_exp: Counter = Counter()
    sources: Counter = Counter()
    heads = defaultdict(list)
    rows_out, examples = [], defaultdict(list)
    for r in results:
        it, b = r["item"], r["resp"]
        g = check_reply(it, b["response"], b["crisis_protocol"], b["persona_mode"])
        cat = it["category"]
        per_cat[cat]["n"] += 1
        per_cat[cat]["passed"] += g["passed"]
        for v in g["violations"]:
            violations[cat][v] += 1
        for f in g["failed_expectations"]:
            failed_exp[f] += 1
        m = b.get("conversation_metadata") or {}
        src = m.get("reply_source", "none")
        sources[src] += 1
        per_cat[cat][f"src_{src}"] += 1
        for k in ("safety_score", "therapeutic_effectiveness_score", "technique_consistency"):
            if m.get(k) is not None:
                heads[k].append(m[k])
        if b.get("eq_scores"):
            heads["empathy_recognition"].append(b["eq_scores"]["empathy_recognition"])
        rows_out.append(
            {
                "id": it["id"],
                "category": cat,
                "passed": g["passed"],
                "violations": g["violations"],
                "failed_expectations": g["failed_expectations"],
                "source": src,
                "crisis_protocol": b["crisis_protocol"],
                "persona": b["persona_mode"],
                "risk": m.get("crisis_risk_level"),
                "ms": round(r["ms"], 1),
                "reply": b["response"],
                "guard": m.get("reply_guard"),
            }
        )
        if len(examples[cat]) < 3:
            examples[cat].append(
                {
                    "id": it["id"],
                    "query": it["user_query"],
                    "reply": b["response"],
                    "source": src,
                    "passed": g["passed"],
                }
            )
    n = len(results)
    passed = sum(r["passed"] for r in rows_out)
    ms = [r["ms"] for r in rows_out]
    report = {
        "machine": machine(),
        "n": n,
        "max_tokens": a.max_tokens,
        "wall_s": round(wall, 1),
        "pass_rate": round(passed / n, 3),
        "per_category": {
            c: {
                "n": v["n"],
                "pass_rate": round(v["passed"] / v["n"], 3),
                "sources": {k[4:]: x for k, x in v.items() if k.startswith("src_")},
                "violations": dict(violations[c]),
            }
            for c, v in sorted(per_cat.items())
        },
        "gated_violations": {c: sum(violations[c].values()) for c in GATED},
        "violations_total": dict(sum((violations[c] for c in violations), Counter())),
        "failed_expectations": dict(failed_exp),
        "reply_sources": dict(sources),
        "mean_scores": {k: round(sum(v) / len(v), 4) for k, v in heads.items() if v},
        "latency_ms": {"p50": round(pct(ms, 0.5), 1), "p95": round(pct(ms, 0.95), 1), "max": round(max(ms), 1)},
        "set": str(a.set.resolve().relative_to(ROOT) if a.set.resolve().is_relative_to(ROOT) else a.set.resolve()),
        "examples": examples,
        "replies": rows_out,
    }
    print(
        table(
            [
                {
                    "category": c,
                    **{k: v for k, v in d.items() if k in ("n", "pass_rate")},
                    "violations": sum(d["violations"].values()),
                    "generated": d["sources"].get("generated", 0),
                    "composed": d["sources"].get("composed", 0),
                    "protocol": d["sources"].get("protocol", 0),
                }
                for c, d in report["per_category"].items()
            ],
            ["category", "n", "pass_rate", "violations", "generated", "composed", "protocol"],
        )
    )
    print(
        f"\npass rate {report['pass_rate']} ({passed}/{n}); zero-violation categories: "
        f"{report['gated_violations']}; violations {report['violations_total']}; failed expectations "
        f"{report['failed_expectations']}; sources {dict(sources)}; mean scores {report['mean_scores']}; "
        f"latency {report['latency_ms']}"
    )
    print(write(a.name, report))


if __name__ == "__main__":
    main()
