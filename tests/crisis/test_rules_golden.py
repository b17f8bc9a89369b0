"""Golden test of the crisis RULE layer: replays every stored input and demands the stored output.

tests/crisis/golden/crisis_rules_golden.jsonl.gz was recorded by tests/crisis/golden/make_crisis_rules_golden.py
before the rule layer was reorganised into the ``pixel_model.crisis.rules`` package; it holds the
inputs as well as the outputs (signals, risk, evidence in order, negated, normalised text).  Any
difference is a behaviour change: if it is intended, re-record the outputs in the same change
(``make_crisis_rules_golden.py --update-outputs``) and say why.

Re-recorded once, on purpose: long messages (over 6,000 characters) used to be read as their first and
last 3,000 characters; they are now read whole, chunk by chunk (issue 8). Only the 124 long cases
changed (99 ``long``, 25 ``long_sentence``). Then the two v2 domains (``eating_disorder.py``,
``treatment.py``, issue 8) were added: 134 cases changed, all gains on risk records of the v2 corpus
(eating disorders, stopping treatment to die) or evidence order in long concatenations; no negative
record changed.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

_MAKER = Path(__file__).resolve().parent / "golden" / "make_crisis_rules_golden.py"
_spec = importlib.util.spec_from_file_location("make_crisis_rules_golden", _MAKER)
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)


def test_golden_file_is_substantial():
    cases = golden.load()
    assert len(cases) > 5000
    variants = {c["variant"] for c in cases}
    assert {"orig", "curly", "caps", "typo", "leet", "long", "long_sentence", "turns"} <= variants
    assert any(len(c["text"]) > 6000 for c in cases)
    assert all("/data/eval/" not in c["src"] for c in cases)


def test_rule_layer_matches_golden():
    cases = golden.load()
    diffs = []
    for c in cases:
        got = golden.run_case(c)
        if got != c["out"]:
            diffs.append((c, got))
    if diffs:
        lines = [f"{len(diffs)} of {len(cases)} golden cases differ; first {min(10, len(diffs))}:"]
        for c, got in diffs[:10]:
            changed = {k: {"golden": c["out"][k], "now": got[k]} for k in got if got[k] != c["out"].get(k)}
            lines.append(
                f"- {c['src']} {c['id']} [{c['variant']}/{c['fn']}] text={c['text'][:100]!r}\n"
                f"  {json.dumps(changed, ensure_ascii=False)[:1200]}"
            )
        pytest.fail("\n".join(lines))
