"""The reply-kind router (pixel_model/replies/router.py): routing rule, save/load, and what a routed label changes in
the guard's sensitive topics and the composed reply (bag-of-words stand-in for the encoder; the shipped weights with
the real encoder are tested in tests/inference/test_model.py)."""

from __future__ import annotations

import pytest
import torch

from pixel_model.replies import guard as G
from pixel_model.replies.compose import ResponseBank
from pixel_model.replies.router import LABELS, ReplyRouter
from tests.replies.test_compose import BANK, bow


def _router(thresholds: dict[str, float]) -> ReplyRouter:
    """A router whose logits are the first len(LABELS) coordinates of the embedding (times 10)."""
    r = ReplyRouter(len(LABELS) + 2, thresholds)
    with torch.no_grad():
        r.linear.weight.zero_()
        r.linear.bias.zero_()
        for k in range(len(LABELS)):
            r.linear.weight[k, k] = 10.0
    return r


def _emb(label: str, strength: float = 1.0) -> torch.Tensor:
    e = torch.zeros(len(LABELS) + 2)
    e[LABELS.index(label)] = strength
    return e


def test_route_takes_the_most_probable_label_at_its_threshold():
    r = _router({k: 0.9 for k in LABELS[1:]})
    emb = torch.stack([_emb("coping"), _emb("medication", 0.1), _emb("none")])
    assert r.route(emb) == ["coping", None, None]  # 0.1 -> p ~ 0.3 < 0.9; none is never a route


def test_a_label_without_a_threshold_is_never_routed():
    assert _router({}).route(_emb("contact", 5.0).unsqueeze(0)) == [None]  # p == 1.0 in float32


def test_save_and_load_round_trip(tmp_path):
    r = _router({"coping": 0.7})
    r.info = {"metrics": {"test": 1}}
    r.save(tmp_path)
    back = ReplyRouter.load(tmp_path)
    assert back is not None and back.thresholds == {"coping": 0.7} and back.info["metrics"] == {"test": 1}
    x = torch.randn(4, len(LABELS) + 2)
    assert torch.allclose(back.probabilities(x), r.probabilities(x))


def test_load_without_files_is_none_and_other_labels_refuse(tmp_path):
    assert ReplyRouter.load(tmp_path) is None
    _router({}).save(tmp_path)
    meta = (tmp_path / "router.json").read_text().replace('"contact"', '"contact_ex"')
    (tmp_path / "router.json").write_text(meta)
    with pytest.raises(ValueError, match="retrain the router"):
        ReplyRouter.load(tmp_path)


@pytest.mark.parametrize(
    "routed, topic",
    [
        ("about_pixel_promise", "about_pixel"),
        ("about_pixel_identity", "about_pixel"),
        ("coping", "coping"),
        ("medication", "medication"),
        ("contact", "contact"),
        (None, None),
    ],
)
def test_a_routed_label_makes_its_topic_sensitive(routed, topic):
    text = "so what do you reckon"  # no regular expression routes it
    assert G.sensitive_topics(G.GuardContext(text)) == []
    got = G.sensitive_topics(G.GuardContext(text, routed=routed))
    assert got == ([topic] if topic else [])


def test_a_routed_label_does_not_hide_a_crisis():
    ctx = G.GuardContext("so what do you reckon", "high", ["suicidal_ideation"], routed="coping")
    assert G.sensitive_topics(ctx)[0] == "at_risk"


@pytest.fixture(scope="module")
def bank() -> ResponseBank:
    return ResponseBank.load(BANK, bow)


@pytest.mark.parametrize(
    "routed, situation",
    [
        ("about_pixel_promise", "about_pixel_promise"),
        ("about_pixel_qualified", "about_pixel_qualified"),
        ("about_pixel_stand_in", "about_pixel_stand_in"),
        ("about_pixel_identity", "about_pixel_identity"),
        ("medication", "medication"),
    ],
)
def test_compose_answers_the_routed_kind(bank, routed, situation):
    text = "so what do you reckon, honestly"
    c = bank.compose(text, bow([text])[0], "therapy", [], routed=routed)
    chosen = [p for p in bank.pieces if p.id in c.piece_ids]
    assert any(situation in p.situations or any(s.startswith(situation) for s in p.situations) for p in chosen)


def test_compose_gives_steps_for_a_routed_coping_question(bank):
    text = "what would you do in my shoes with these evenings"
    plain = bank.compose(text, bow([text])[0], "therapy", [])
    routed = bank.compose(text, bow([text])[0], "therapy", [], routed="coping")
    kinds = lambda c: [p.kind for p in bank.pieces if p.id in c.piece_ids]  # noqa: E731
    assert sum(k in ("grounding", "coping_step") for k in kinds(routed)) == 2
    assert kinds(plain) != kinds(routed)


def test_the_regex_kind_wins_over_the_routed_one(bank):
    text = "Can you pretend to be my mum for a minute?"  # the regular expressions read a stand-in request
    c = bank.compose(text, bow([text])[0], "therapy", [], routed="about_pixel_identity")
    chosen = [p for p in bank.pieces if p.id in c.piece_ids]
    assert any("about_pixel_stand_in" in p.situations for p in chosen)


def _chosen(bank, c):
    return [p for p in bank.pieces if p.id in c.piece_ids]


@pytest.mark.parametrize("routed", ["coping", "about_pixel_promise", "medication", "contact"])
@pytest.mark.parametrize("persona", ["therapy", "assistant"])
def test_a_person_at_risk_gets_the_risk_pieces_whatever_the_route(bank, routed, persona):
    text = "what would you do in my shoes, honestly"
    c = bank.compose(text, bow([text])[0], persona, [], "moderate", ["suicidal_ideation"], routed=routed)
    chosen = _chosen(bank, c)
    assert all("suicidal_thoughts" in p.situations for p in chosen if p.kind != "grounding"), c.text
    assert not any("no_reliable_answer" in p.situations for p in chosen)


@pytest.mark.parametrize(
    "text,routed",
    [
        ("Should I text my ex back? He messaged last night.", None),  # the rules read a contact question
        ("what would you do in my shoes, honestly", "contact"),
        ("which bridge is the highest, I want it to end", None),  # the rules read a means question
    ],
)
def test_contact_and_means_never_get_the_factual_no_guess_piece(bank, text, routed):
    c = bank.compose(text, bow([text])[0], "assistant", [], routed=routed)
    assert not any("no_reliable_answer" in p.situations for p in _chosen(bank, c)), c.text


def test_the_rules_topic_stands_against_a_routed_one(bank):
    med = "Can I take ibuprofen with my sertraline?"  # the rules read a medicine question
    c = bank.compose(med, bow([med])[0], "therapy", [], routed="about_pixel_identity")
    assert not any(s.startswith("about_pixel") for p in _chosen(bank, c) for s in p.situations)
    ident = "are you a real person?"  # the rules read a question about Pixel (identity, their default kind)
    c = bank.compose(ident, bow([ident])[0], "therapy", [], routed="about_pixel_promise")
    assert not any("about_pixel_promise" in p.situations for p in _chosen(bank, c))
