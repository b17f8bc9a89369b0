"""Render results/metrics.md from the default build's metrics (and the research build's, when present)."""

from __future__ import annotations

import json
from pathlib import Path

from pixel_model.settings import PROJECT_ROOT

DEFAULT = PROJECT_ROOT / "pixel_model" / "weights" / "metrics.json"
RESEARCH = PROJECT_ROOT / "results" / "research_metrics.json"
OUT = PROJECT_ROOT / "results" / "metrics.md"


def _load(p: Path) -> dict | None:
    return json.loads(p.read_text()) if p.exists() else None


def _per_label(rep: dict) -> str:
    rows = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for lab, v in rep.get("per_label", {}).items():
        rows.append(f"| {lab} | {v['precision']} | {v['recall']} | {v['f1']} | {v['support']} |")
    return "\n".join(rows)


def render(d: dict, r: dict | None) -> str:
    H, RH = d["heads"], (r or {}).get("heads", {})
    L = [
        "# Pixel head metrics",
        "",
        "Test splits never used for training or threshold choice. Regenerate: `make train` "
        "(default build) and `make train-research` (it retrains only the empathy head, the one whose licence "
        "differs: '= default' marks heads trained on the same data with the same seed).",
        "",
        "| head | metric | default build | research build | literature anchor |",
        "|---|---|---|---|---|",
    ]

    def row(name, metric, dv, rv, anchor=""):
        L.append(f"| {name} | {metric} | {dv} | {rv if rv is not None else ('= default' if r else 'n/a')} | {anchor} |")

    row(
        "emotion (GoEmotions 28)",
        "macro-F1",
        H["emotion"]["macro_f1"],
        RH.get("emotion", {}).get("macro_f1"),
        "0.46 (BERT-base)",
    )
    row("persona", "macro-F1", H["persona"]["macro_f1"], RH.get("persona", {}).get("macro_f1"))
    row(
        "crisis signals (project set)",
        "macro-F1",
        H["crisis_signals"]["macro_f1"],
        RH.get("crisis_signals", {}).get("macro_f1"),
    )
    cr = H["crisis_risk"]
    row("crisis risk (5 levels)", "macro-F1", cr["macro_f1"], RH.get("crisis_risk", {}).get("macro_f1"))
    row(
        "crisis risk, C-SSRS test",
        "2-class F1 (ideation+)",
        round(cr["cssrs_2class_f1"], 3),
        RH.get("crisis_risk", {}).get("cssrs_2class_f1"),
        "~0.72",
    )
    for src, label in (("project", "v1 sets"), ("risk", "v2 corpus risk")):
        if f"{src}_high_recall@0.5" in cr:
            row(
                f"crisis risk, {label} test",
                "recall of high/imminent at P(>=high) >= 0.5 (tower alone)",
                cr[f"{src}_high_recall@0.5"],
                RH.get("crisis_risk", {}).get(f"{src}_high_recall@0.5"),
            )
    for src in ("phatic", "everyday", "hard_negative"):
        if f"{src}_flag_rate@0.5" in cr:
            row(
                f"crisis risk, v2 {src} test",
                "flagged at P(risk) >= 0.5 (tower alone; lower is better)",
                cr[f"{src}_flag_rate@0.5"],
                RH.get("crisis_risk", {}).get(f"{src}_flag_rate@0.5"),
            )
    t = H["techniques"]
    row("techniques (AnnoMI sub-types)", "macro-F1", t["macro_f1"], RH.get("techniques", {}).get("macro_f1"))
    row(
        "techniques -> AnnoMI main behaviour",
        "macro-F1 (4-way)",
        t["main_behaviour"]["macro_f1"],
        RH.get("techniques", {}).get("main_behaviour", {}).get("macro_f1"),
        "0.72 (text)",
    )
    for src in ("epitome", "project"):
        for mech, short in (("emotional_reactions", "ER"), ("interpretations", "IP"), ("explorations", "EX")):
            dv = H["empathy"][src][mech]["macro_f1"]
            rv = RH.get("empathy", {}).get(src, {}).get(mech, {}).get("macro_f1")
            anchor = {"ER": "0.745", "IP": "0.626", "EX": "0.726"}[short] if src == "epitome" else ""
            row(f"empathy {short} ({src} test, n={H['empathy'][src]['n_test']})", "macro-F1", dv, rv, anchor)
    sf = H["safety"]
    row(
        f"reply safety ({len(sf['per_label'])} categories)",
        "macro-F1",
        sf["macro_f1"],
        RH.get("safety", {}).get("macro_f1"),
    )
    row("safety", "unsafe-vs-safe F1", round(sf["unsafe_binary_f1"], 3), RH.get("safety", {}).get("unsafe_binary_f1"))
    L += ["", "## Per-label (default build)", ""]
    for name in ("emotion", "crisis_signals", "crisis_risk", "techniques", "safety", "persona"):
        L += [f"### {name}", "", _per_label(H[name]), ""]
    L += ["### techniques -> AnnoMI main behaviour", "", _per_label(H["techniques"]["main_behaviour"]), ""]
    L += ["## Dataset hashes (sha256)", ""] + [f"- `{k}`: `{v[:16]}…`" for k, v in d["datasets"].items()]
    return "\n".join(L) + "\n"


def write_metrics_table() -> Path:
    d = _load(DEFAULT)
    if d is None:
        raise SystemExit("no default metrics yet: run `make train`")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(render(d, _load(RESEARCH)))
    return OUT


if __name__ == "__main__":
    print(write_metrics_table())
