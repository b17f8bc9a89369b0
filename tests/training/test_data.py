"""The labelled data against its guide (data/LABELLING.md) and the held-out sets against leakage: every crisis
record keeps the label invariants, and no held-out text or template family is in the training files."""

from __future__ import annotations

from pixel_model.training.check_data import EVAL_FILES, check, check_record
from pixel_model.training.data import DATA_DIR, crisis_files, family_split


def test_every_crisis_file_keeps_the_invariants_and_nothing_held_out_leaks():
    evals = [DATA_DIR / "eval" / n for n in EVAL_FILES if (DATA_DIR / "eval" / n).exists()]
    assert len(crisis_files()) >= 7 and len(evals) == 3
    problems, counts = check(crisis_files(), evals)
    assert problems == [], problems[:10]
    assert sum(sum(c.values()) for c in counts.values()) > 9000


def test_check_record_catches_each_invariant():
    ok = {"id": "x", "text": "hi", "history": [], "risk": "none", "signals": [], "persona": "therapy"}
    assert check_record(ok) == []
    assert check_record(ok | {"risk": "imminent", "signals": ["suicide_plan"]})  # imminent without immediate_harm
    assert check_record(ok | {"signals": ["self_harm"]})  # none with a signal
    assert check_record(ok | {"risk": "moderate"})  # moderate without a signal
    assert check_record(ok | {"risk": "low", "signals": ["self_harm"], "persona": "assistant"})
    assert check_record(ok | {"history": [{"role": "user", "content": "a"}]})  # must end with the assistant
    assert check_record(ok | {"signals": ["made_up"]})


def test_families_never_straddle_splits():
    from pixel_model.training.data import crisis_records

    seen: dict[str, str] = {}
    for _, r in crisis_records():
        fam = r.get("family") or r["id"]
        assert seen.setdefault(fam, family_split(r)) == family_split(r), fam
