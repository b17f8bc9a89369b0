"""Training the reply-kind router (pixel_model/training/train_router.py): data, splits, thresholds, fitting."""

from __future__ import annotations

import torch

from pixel_model.replies.router import LABELS
from pixel_model.training import train_router as TR


def test_examples_are_split_by_family_and_regex_routed_negatives_are_left_out():
    ex = TR.load_examples()
    labels = {e["label"] for e in ex}
    assert labels == set(LABELS)
    assert {e["split"] for e in ex} == {"train", "val", "test"}
    assert all(e["label"] == "none" for e in ex if e.get("near_miss")) and any(e.get("near_miss") for e in ex)
    train = TR.read_jsonl(TR.DATA / "router" / "train.jsonl")
    written = {r["text"] for r in train}  # the project's near misses stay `none` even where a rule routes them
    nones = [e["text"] for e in ex if e["label"] == "none" and e["text"] not in written]
    assert nones and not any(TR.regex_routed(t) for t in nones)
    by_family: dict[str, set[str]] = {}
    split_of = {e["text"]: e["split"] for e in ex}
    for r in train:
        by_family.setdefault(r["family"], set()).add(split_of[r["text"]])
    assert all(len(s) == 1 for s in by_family.values())  # a family never straddles two splits


def test_heldout_set_is_not_training_data():
    """No held-out message is a training message up to case, apostrophes and punctuation (the project-written
    families, the crisis corpus and the persona set alike)."""
    train = {TR.same_text_key(e["text"]) for e in TR.load_examples()}
    held = TR.read_jsonl(TR.DATA / "router" / "heldout.jsonl")
    assert held and not train & {TR.same_text_key(r["text"]) for r in held}
    assert TR.same_text_key("Are you a lawyer?") == TR.same_text_key("are you a LAWYER")
    assert {r["label"] for r in held} == set(LABELS)


def test_threshold_is_the_smallest_within_the_false_route_budget():
    # 1000 `none` rows: 2 of them put 0.8 on coping, 10 put 0.6 on coping; budget 0.3% = 3 rows
    probs = torch.zeros(1000, len(LABELS))
    probs[:, 0] = 1.0
    c = LABELS.index("coping")
    probs[:2, 0], probs[:2, c] = 0.2, 0.8
    probs[2:12, 0], probs[2:12, c] = 0.4, 0.6
    y = torch.zeros(1000, dtype=torch.long)
    th = TR.choose_thresholds(probs, y)
    assert th["coping"] == 0.65  # 0.5..0.6 would route 12 rows; from 0.65 only the 2
    assert th["medication"] == TR.MIN_THRESHOLD


def test_fit_separates_separable_labels():
    torch.manual_seed(0)
    centres = torch.nn.functional.normalize(torch.randn(len(LABELS), 16), dim=-1)
    y = torch.arange(len(LABELS)).repeat(20)
    x = torch.nn.functional.normalize(centres[y] + 0.05 * torch.randn(len(y), 16), dim=-1)
    r = TR.fit(x, y, epochs=200)
    r.thresholds = {k: 0.5 for k in LABELS[1:]}
    routed = [k or "none" for k in r.route(x)]
    assert sum(a == LABELS[b] for a, b in zip(routed, y.tolist())) / len(y) > 0.95
