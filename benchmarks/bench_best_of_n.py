"""How many candidates best-of-N should sample on this machine: for N = 1..4, the latency of one guarded reply
(``PixelModel.reply``, one request, in process, one torch thread), how often a generated candidate passes the
guard (else the reply is composed), and the chosen reply's rank score (``scoring.candidate_score``).

Prompts: user messages of the reply-safety TRAINING pairs (data/reply_safety/pairs.jsonl, every 40th distinct
one), never the held-out reply set.

    python benchmarks/bench_best_of_n.py [--max-tokens 80]     # table + results/bench_best_of_n.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, machine, pct, table, write  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--max-tokens", type=int, default=80)
    ap.add_argument("--every", type=int, default=40)
    a = ap.parse_args()
    import torch

    from pixel_model.inference.model import PixelModel
    from pixel_model.replies import prompts
    from pixel_model.schemas.runner import AnalyseItem, ReplyRequest
    from pixel_model.scoring import scores as scoring

    torch.set_num_threads(1)
    users = list(
        dict.fromkeys(
            json.loads(line)["user"]
            for line in (ROOT / "data" / "reply_safety" / "pairs.jsonl").read_text().splitlines()
        )
    )[:: a.every]
    m = PixelModel.from_store()
    analyses = m.analyse([AnalyseItem(text=u) for u in users])
    rows, detail = [], []
    for n in (1, 2, 3, 4):
        ms, generated, scores = [], 0, []
        for u, an in zip(users, analyses):
            req = ReplyRequest(
                messages=prompts.build_messages(u, [], an, True),
                max_new_tokens=a.max_tokens,
                user_text=u,
                risk_level=an.risk_level,
                signals=an.crisis_signals,
                persona=an.persona,
                user_emotions=an.emotions,
                detected_emotions=an.detected_emotions,
                candidates=n,
                seed=7,
            )
            t0 = time.perf_counter()
            res = m.reply([req])[0]
            ms.append((time.perf_counter() - t0) * 1000)
            generated += res.source == "generated"
            scores.append(scoring.candidate_score(res.analysis, an.persona))
            detail.append({"n": n, "user": u, "source": res.source, "reply": res.text, "guard": res.guard})
        rows.append(
            {
                "N": n,
                "prompts": len(users),
                "p50_ms": round(pct(ms, 0.5)),
                "p95_ms": round(pct(ms, 0.95)),
                "generated_share": round(generated / len(users), 3),
                "mean_rank_score": round(sum(scores) / len(scores), 3),
            }
        )
    print(table(rows, ["N", "prompts", "p50_ms", "p95_ms", "generated_share", "mean_rank_score"]))
    print(write("bench_best_of_n", {"machine": machine(), "max_tokens": a.max_tokens, "rows": rows, "replies": detail}))


if __name__ == "__main__":
    main()
