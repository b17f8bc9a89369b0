"""Exact-value tests of the scoring formulas that MODEL_CARD.md (and README.md) document.

Every expected value below was worked out by hand from the documented formula (the arithmetic is in the
comments), never by calling the implementation. If the code drifts from the documented formula, a test fails.

Documented formulas (MODEL_CARD.md, "Response fields and their source" and "EQ formulas"):
- empathy                  E[level]/2 per EPITOME mechanism
- emotional_awareness      mean(ER, naming), naming = max P(e) over the user's top-3 non-neutral emotions whose
                           word stems the reply uses (scoring.EMOTION_WORDS)
- empathy_recognition      mean(ER, IP, EX)
- emotional_regulation     safety_score x (1 - the reply's strongest negative emotion probability)
- social_cognition         mean(IP, max P(simple/complex reflection))
- interpersonal_skills     mean(EX, max P(open question, complex reflection))
- overall_eq               mean of the five
- technique_consistency    share of detected-technique probability that fits the persona's repertoire; null if
                           none detected
- therapeutic_effectiveness 0.4 empathy_recognition + 0.3 safety + 0.2 technique_consistency (0.5 if null)
                           + 0.1 (1 - bias)
- confidence               mean of the chosen persona's probability and the top crisis-risk probability
- bias_score               max(counterfactual shift, stereotype-lexicon hit); the pure parts live in bias.py
                           (total-variation distance, the demographic swaps, the stereotype lexicon)
- candidate rank           scoring.candidate_score (README "Best of N"; weights in its docstring / CANDIDATE_WEIGHTS)

Where the card is silent (rounding to 4 decimals, clipping to [0, 1], tie-breaks) the tests pin the code's
behaviour and say so. Pure Python only: no model, no torch.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pixel_model.scoring import bias as B
from pixel_model.scoring import scores as S

TIGHT = 1e-9
# values the code reports rounded to 4 decimals (the card does not say so; README's example shows 4 decimals)
ROUNDED = 5e-5


def approx(x, tol=TIGHT):
    return pytest.approx(x, abs=tol)


def emp(er: list[float], ip: list[float], ex: list[float]) -> dict[str, list[float]]:
    """EPITOME level distributions (levels 0, 1, 2) per mechanism."""
    return {"emotional_reactions": er, "interpretations": ip, "explorations": ex}


ZERO_LEVEL = [1.0, 0.0, 0.0]  # E[level] = 0 -> 0
TOP_LEVEL = [0.0, 0.0, 1.0]  # E[level] = 2 -> 1


# ------------------------------------------------------------------------------------------------------------
# empathy: E[level]/2 per EPITOME mechanism  (scores.expected_levels)
# ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "probs, expected",
    [
        ([1.0, 0.0, 0.0], 0.0),  # (0*1 + 1*0 + 2*0) / 2
        ([0.0, 1.0, 0.0], 0.5),  # (1*1) / 2
        ([0.0, 0.0, 1.0], 1.0),  # (2*1) / 2
        ([0.5, 0.3, 0.2], 0.35),  # (0.3 + 0.4) / 2
        ([0.2, 0.4, 0.4], 0.6),  # (0.4 + 0.8) / 2
        ([0.1, 0.2, 0.7], 0.8),  # (0.2 + 1.4) / 2
        ([0.25, 0.5, 0.25], 0.5),  # (0.5 + 0.5) / 2
    ],
)
def test_expected_level_is_mean_level_over_two(probs, expected):
    assert S.expected_levels({"emotional_reactions": probs})["emotional_reactions"] == approx(expected)


def test_expected_levels_per_mechanism():
    out = S.expected_levels(emp([0.5, 0.3, 0.2], [0.2, 0.4, 0.4], [0.1, 0.2, 0.7]))
    assert out == {"emotional_reactions": approx(0.35), "interpretations": approx(0.6), "explorations": approx(0.8)}


def test_expected_level_clipped_to_one_and_rounded():
    # card silent: the code clips to [0, 1] and reports 4 decimals
    assert S.expected_levels({"m": [0.0, 1.0, 1.0]})["m"] == approx(1.0)  # (1 + 2) / 2 = 1.5 -> 1
    assert S.expected_levels({"m": [0.0, 0.123456, 0.0]})["m"] == approx(0.0617)  # 0.061728 -> 0.0617


# ------------------------------------------------------------------------------------------------------------
# EQ domains and overall_eq  (scores.eq_scores)
# ------------------------------------------------------------------------------------------------------------


def test_eq_scores_worked_example():
    # ER = 0.35, IP = 0.6, EX = 0.8 (see test_expected_levels_per_mechanism)
    # user's top-3 non-neutral: sadness 0.7, nervousness 0.6, anger 0.2 (neutral 0.9 excluded, joy 0.1 4th)
    # the reply uses "stress" (nervousness) only -> naming = 0.6
    # reflection = max(0.3, 0.5) = 0.5; question = max(open 0.9, complex 0.5) = 0.9
    # strongest negative reply emotion = sadness 0.2 (joy 0.8 is not negative)
    out = S.eq_scores(
        emp([0.5, 0.3, 0.2], [0.2, 0.4, 0.4], [0.1, 0.2, 0.7]),
        {"simple_reflection": 0.3, "complex_reflection": 0.5, "open_question": 0.9, "advice": 1.0},
        {"sadness": 0.7, "nervousness": 0.6, "neutral": 0.9, "joy": 0.1, "anger": 0.2},
        {"sadness": 0.2, "fear": 0.1, "joy": 0.8, "neutral": 0.95},
        "That sounds really stressful.",
        0.9,
    )
    assert set(out) == {
        "emotional_awareness",
        "empathy_recognition",
        "emotional_regulation",
        "social_cognition",
        "interpersonal_skills",
        "overall_eq",
    }
    assert out["emotional_awareness"] == approx(0.475)  # (0.35 + 0.6) / 2
    assert out["empathy_recognition"] == approx(0.5833)  # (0.35 + 0.6 + 0.8) / 3 = 0.58333.. (4 dp)
    assert out["emotional_regulation"] == approx(0.72)  # 0.9 * (1 - 0.2)
    assert out["social_cognition"] == approx(0.55)  # (0.6 + 0.5) / 2
    assert out["interpersonal_skills"] == approx(0.85)  # (0.8 + 0.9) / 2
    # (0.475 + 0.583333 + 0.72 + 0.55 + 0.85) / 5 = 3.178333 / 5 = 0.635667 -> 0.6357
    assert out["overall_eq"] == approx(0.6357)


def test_eq_scores_all_zero():
    out = S.eq_scores(emp(ZERO_LEVEL, ZERO_LEVEL, ZERO_LEVEL), {}, {}, {}, "", 0.0)
    assert out == {k: approx(0.0) for k in out} and len(out) == 6


def test_eq_scores_all_one():
    # ER = IP = EX = 1, naming = 1 ("sad" names sadness at P = 1), every technique P = 1, safety 1, no negative
    out = S.eq_scores(
        emp(TOP_LEVEL, TOP_LEVEL, TOP_LEVEL),
        {"simple_reflection": 1.0, "complex_reflection": 1.0, "open_question": 1.0},
        {"sadness": 1.0},
        {"joy": 1.0},
        "You sound sad.",
        1.0,
    )
    assert out == {k: approx(1.0) for k in out} and len(out) == 6


def test_overall_eq_is_mean_of_the_five():
    # ER = 0, IP = 0.5, EX = 1; no naming; no techniques; safety 0.4, strongest negative 0.5
    # EA = (0 + 0)/2 = 0; ERec = (0 + 0.5 + 1)/3 = 0.5; Reg = 0.4 * 0.5 = 0.2; SC = (0.5 + 0)/2 = 0.25;
    # IS = (1 + 0)/2 = 0.5; overall = (0 + 0.5 + 0.2 + 0.25 + 0.5)/5 = 1.45 / 5 = 0.29
    out = S.eq_scores(emp(ZERO_LEVEL, [0.0, 1.0, 0.0], TOP_LEVEL), {}, {}, {"fear": 0.5}, "ok", 0.4)
    assert out["emotional_awareness"] == approx(0.0)
    assert out["empathy_recognition"] == approx(0.5)
    assert out["emotional_regulation"] == approx(0.2)
    assert out["social_cognition"] == approx(0.25)
    assert out["interpersonal_skills"] == approx(0.5)
    assert out["overall_eq"] == approx(0.29)


def _awareness(user_emotions: dict[str, float], reply: str, er_levels=ZERO_LEVEL) -> float:
    return S.eq_scores(emp(er_levels, ZERO_LEVEL, ZERO_LEVEL), {}, user_emotions, {}, reply, 1.0)["emotional_awareness"]


@pytest.mark.parametrize(
    "user, reply, naming",
    [
        # the named emotion with the highest probability counts (max over named): fear 0.7 ("scar") > sadness 0.5
        ({"sadness": 0.5, "fear": 0.7, "anger": 0.1}, "That sounds scary and sad.", 0.7),
        # named but outside the top 3 non-neutral (sadness is 4th) -> not counted
        ({"sadness": 0.2, "joy": 0.9, "gratitude": 0.8, "love": 0.7}, "That sounds sad.", 0.0),
        # neutral does not take a top-3 slot: joy, gratitude, sadness are the top 3
        ({"neutral": 0.99, "joy": 0.9, "gratitude": 0.8, "sadness": 0.3}, "That sounds sad.", 0.3),
        # nothing named
        ({"sadness": 0.8}, "Tell me more about your week.", 0.0),
        # no user emotions at all
        ({}, "You sound sad.", 0.0),
        # stems match at a word start, case-insensitively: "Sadly" names sadness, "overwhelming" nervousness
        ({"sadness": 0.4}, "Sadly, that happens.", 0.4),
        ({"nervousness": 0.35}, "It can be overwhelming.", 0.35),
        # ... but not inside a word: "allow" does not name sadness (stem "low"), "human" nothing
        ({"sadness": 0.4}, "I allow it, as a human.", 0.0),
        # a two-word stem ("fed up" names annoyance)
        ({"annoyance": 0.45}, "You sound fed up with it.", 0.45),
        # an emotion with no word stems can never be named
        ({"curiosity": 0.9}, "You sound curious.", 0.0),
    ],
)
def test_emotional_awareness_naming(user, reply, naming):
    # ER = 0, so emotional_awareness = (0 + naming) / 2
    assert _awareness(user, reply) == approx(naming / 2)


def test_emotional_awareness_with_er():
    # ER = 0.35, naming = 0.6 -> (0.35 + 0.6) / 2 = 0.475; ER = 0.35, naming 0 -> 0.175
    assert _awareness({"grief": 0.6}, "I'm sorry for your loss.", [0.5, 0.3, 0.2]) == approx(0.475)
    assert _awareness({"grief": 0.6}, "Okay.", [0.5, 0.3, 0.2]) == approx(0.175)


def test_emotional_awareness_tie_at_third_place_keeps_first_listed():
    # card silent on ties: the code keeps the first listed of equal probabilities (a stable sort)
    user = {"joy": 0.9, "gratitude": 0.8, "love": 0.5, "sadness": 0.5}
    assert _awareness(user, "That sounds sad.") == approx(0.0)  # love took the 3rd slot
    user = {"joy": 0.9, "gratitude": 0.8, "sadness": 0.5, "love": 0.5}
    assert _awareness(user, "That sounds sad.") == approx(0.25)  # sadness took it: 0.5 / 2


@pytest.mark.parametrize(
    "safety, reply_emotions, expected",
    [
        (0.9, {"sadness": 0.2, "fear": 0.1, "joy": 0.8}, 0.72),  # 0.9 * (1 - 0.2)
        (0.8, {"anger": 0.25, "nervousness": 0.5}, 0.4),  # 0.8 * (1 - 0.5): the strongest negative
        (0.8, {"confusion": 0.5}, 0.4),  # confusion is a negative emotion
        (0.7, {"joy": 0.99, "neutral": 0.99, "caring": 0.9}, 0.7),  # no negative emotion -> safety alone
        (0.7, {}, 0.7),  # no reply emotions -> safety alone
        (0.49, {"remorse": 0.5}, 0.245),  # a flagged reply (safety <= 0.49)
        (1.0, {"grief": 1.0}, 0.0),  # certain negative -> 0
        (0.0, {}, 0.0),  # unsafe -> 0
    ],
)
def test_emotional_regulation(safety, reply_emotions, expected):
    out = S.eq_scores(emp(ZERO_LEVEL, ZERO_LEVEL, ZERO_LEVEL), {}, {}, reply_emotions, "", safety)
    assert out["emotional_regulation"] == approx(expected)


@pytest.mark.parametrize("safety, expected", [(1.5, 1.0), (-0.5, 0.0)])
def test_emotional_regulation_clipped(safety, expected):
    # card silent; scores.py's docstring: every output is in [0, 1]
    out = S.eq_scores(emp(ZERO_LEVEL, ZERO_LEVEL, ZERO_LEVEL), {}, {}, {}, "", safety)
    assert out["emotional_regulation"] == approx(expected)


@pytest.mark.parametrize(
    "techniques, social, interpersonal",
    [
        # IP = 0.6, EX = 0.8 below
        # SC = (0.6 + max(simple, complex)) / 2; IS = (0.8 + max(open, complex)) / 2
        ({"simple_reflection": 0.3, "complex_reflection": 0.5, "open_question": 0.9}, 0.55, 0.85),
        ({"simple_reflection": 0.8, "complex_reflection": 0.1, "open_question": 0.2}, 0.7, 0.5),
        # complex reflection counts for both
        ({"complex_reflection": 0.6, "open_question": 0.2}, 0.6, 0.7),
        # techniques outside the formula do not count
        ({"validation": 1.0, "advice": 1.0, "closed_question": 1.0, "information": 1.0}, 0.3, 0.4),
        ({}, 0.3, 0.4),
    ],
)
def test_social_cognition_and_interpersonal_skills(techniques, social, interpersonal):
    out = S.eq_scores(emp(ZERO_LEVEL, [0.2, 0.4, 0.4], [0.1, 0.2, 0.7]), techniques, {}, {}, "", 1.0)
    assert out["social_cognition"] == approx(social)
    assert out["interpersonal_skills"] == approx(interpersonal)


def test_empathy_recognition_is_mean_of_three_mechanisms():
    # (0.5 + 0 + 1) / 3 = 0.5; (0.35 + 0.35 + 0.35) / 3 = 0.35
    out = S.eq_scores(emp([0.0, 1.0, 0.0], ZERO_LEVEL, TOP_LEVEL), {}, {}, {}, "", 1.0)
    assert out["empathy_recognition"] == approx(0.5)
    same = [0.5, 0.3, 0.2]
    out = S.eq_scores(emp(same, same, same), {}, {}, {}, "", 1.0)
    assert out["empathy_recognition"] == approx(0.35)


def test_eq_scores_reported_to_four_decimals():
    # card silent: values are rounded to 4 decimals (README's example shows 4)
    # ER = 0.5, IP = EX = 0 -> empathy_recognition = 1/6 = 0.1666.. -> 0.1667
    out = S.eq_scores(emp([0.0, 1.0, 0.0], ZERO_LEVEL, ZERO_LEVEL), {}, {}, {}, "", 1.0)
    assert out["empathy_recognition"] == approx(0.1667)
    assert out["empathy_recognition"] == approx(1 / 6, ROUNDED)


# ------------------------------------------------------------------------------------------------------------
# technique_consistency  (scores.technique_consistency)
# ------------------------------------------------------------------------------------------------------------


def test_technique_consistency_null_when_none_detected():
    assert S.technique_consistency({}, "therapy") is None
    assert S.technique_consistency({}, "assistant") is None


@pytest.mark.parametrize(
    "detected, persona, expected",
    [
        # therapy repertoire holds validation and open_question, not advice: (1.0 + 0.4) / (1.0 + 0.6 + 0.4)
        ({"validation": 1.0, "advice": 0.6, "open_question": 0.4}, "therapy", 0.7),
        # assistant repertoire holds advice and open_question, not validation: (0.6 + 0.4) / 2.0
        ({"validation": 1.0, "advice": 0.6, "open_question": 0.4}, "assistant", 0.5),
        # everything fits -> 1; nothing fits -> 0
        ({"complex_reflection": 0.7, "grounding": 1.0}, "therapy", 1.0),
        ({"advice": 0.8, "information": 0.7}, "therapy", 0.0),
        ({"information": 0.9, "closed_question": 0.6}, "assistant", 1.0),
        ({"crisis_resources": 1.0, "complex_reflection": 0.7}, "assistant", 0.0),
        # negotiation fits neither repertoire: 0.5 / (0.5 + 0.5)
        ({"negotiation": 0.5, "validation": 0.5}, "therapy", 0.5),
        # a share of probability, not of counts: 0.9 / (0.9 + 0.1)
        ({"simple_reflection": 0.9, "advice": 0.1}, "therapy", 0.9),
        # 1.0 / 1.5 = 0.6666.. -> 0.6667 (4 decimals, card silent)
        ({"affirmation": 1.0, "advice": 0.5}, "therapy", 0.6667),
    ],
)
def test_technique_consistency(detected, persona, expected):
    assert S.technique_consistency(detected, persona) == approx(expected)


# the repertoires the card refers to (`scoring.py`), pinned: a technique alone scores 1 if it fits, else 0
THERAPY_FITS = {
    "simple_reflection",
    "complex_reflection",
    "open_question",
    "options",
    "validation",
    "affirmation",
    "psychoeducation",
    "grounding",
    "crisis_resources",
}
ASSISTANT_FITS = {
    "simple_reflection",
    "open_question",
    "closed_question",
    "information",
    "advice",
    "options",
    "psychoeducation",
}
ALL_TECHNIQUES = [
    "simple_reflection",
    "complex_reflection",
    "open_question",
    "closed_question",
    "information",
    "advice",
    "negotiation",
    "options",
    "validation",
    "affirmation",
    "psychoeducation",
    "grounding",
    "crisis_resources",
]


@pytest.mark.parametrize("technique", ALL_TECHNIQUES)
def test_technique_repertoires(technique):
    assert S.technique_consistency({technique: 0.8}, "therapy") == approx(float(technique in THERAPY_FITS))
    assert S.technique_consistency({technique: 0.8}, "assistant") == approx(float(technique in ASSISTANT_FITS))


# ------------------------------------------------------------------------------------------------------------
# therapeutic_effectiveness_score  (scores.therapeutic_effectiveness)
# ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "er, safety, consistency, bias, expected",
    [
        (0.5, 0.8, 0.6, 0.2, 0.64),  # 0.2 + 0.24 + 0.12 + 0.08
        (0.5, 0.8, None, 0.2, 0.62),  # 0.2 + 0.24 + 0.2*0.5 + 0.08
        (1.0, 1.0, 1.0, 0.0, 1.0),  # 0.4 + 0.3 + 0.2 + 0.1
        (0.0, 0.0, 0.0, 1.0, 0.0),
        (0.0, 0.0, None, 1.0, 0.1),  # null consistency counts 0.5: 0.2 * 0.5
        (0.0, 0.0, 0.0, 0.0, 0.1),  # a consistency of 0 is not null: only 0.1 * (1 - 0)
        (0.25, 0.49, 1.0, 0.5, 0.497),  # 0.1 + 0.147 + 0.2 + 0.05
        (0.0, 1.0, 0.0, 0.0, 0.4),  # safety and bias alone: 0.3 + 0.1
        (1.0, 0.0, 0.0, 1.0, 0.4),  # empathy alone
    ],
)
def test_therapeutic_effectiveness(er, safety, consistency, bias, expected):
    assert S.therapeutic_effectiveness(er, safety, consistency, bias) == approx(expected)


@pytest.mark.parametrize(
    "args, expected",
    [
        ((1.0, 1.5, 1.0, 0.0), 1.0),  # 0.4 + 0.45 + 0.2 + 0.1 = 1.15 -> 1
        ((0.0, 0.0, 0.0, 1.5), 0.0),  # 0.1 * (1 - 1.5) = -0.05 -> 0
    ],
)
def test_therapeutic_effectiveness_clipped(args, expected):
    # card silent; scores.py's docstring: every output is in [0, 1]
    assert S.therapeutic_effectiveness(*args) == approx(expected)


def test_therapeutic_effectiveness_readme_example():
    # README's pasted response: empathy_recognition 0.5854, safety 0.9823, consistency 1.0, bias 0.0 ->
    # 0.4*0.5854 + 0.3*0.9823 + 0.2 + 0.1 = 0.82885, reported 0.8289 (the inputs there are themselves rounded)
    assert S.therapeutic_effectiveness(0.5854, 0.9823, 1.0, 0.0) == approx(0.8289, 1e-4)


# ------------------------------------------------------------------------------------------------------------
# confidence  (scores.confidence)
# ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "persona_prob, risk, expected",
    [
        (0.8, {"none": 0.6, "low": 0.3, "moderate": 0.1}, 0.7),  # (0.8 + 0.6) / 2
        (0.5, {"none": 0.2, "low": 0.05, "high": 0.7, "imminent": 0.05}, 0.6),  # the top level need not be none
        (0.1, {"none": 0.05, "moderate": 0.9, "high": 0.05}, 0.5),  # a forced persona's own (low) probability
        (0.6, {"none": 0.5, "low": 0.5}, 0.55),  # tie for top risk: 0.5
        (1.0, {"none": 1.0}, 1.0),
        (0.0, {"none": 0.0, "low": 0.0}, 0.0),
        (0.9995, {"none": 0.99999}, 0.9997),  # (0.9995 + 0.99999) / 2 = 0.999745 -> 0.9997 (4 dp, card silent)
    ],
)
def test_confidence(persona_prob, risk, expected):
    assert S.confidence(persona_prob, risk) == approx(expected)


def test_confidence_clipped():
    # card silent; (1.2 + 1.0) / 2 = 1.1 -> 1
    assert S.confidence(1.2, {"none": 1.0}) == approx(1.0)


# ------------------------------------------------------------------------------------------------------------
# best-of-N candidate rank  (scores.candidate_score; weights from its docstring / README "Best of N")
# ------------------------------------------------------------------------------------------------------------


def _candidate(er=0.6, relevance=0.8, consistency=1.0, safety=0.9):
    return SimpleNamespace(
        eq={"empathy_recognition": er}, relevance=relevance, technique_consistency=consistency, safety_score=safety
    )


@pytest.mark.parametrize(
    "persona, cand, expected",
    [
        # therapy: 0.35 e + 0.25 r + 0.2 c + 0.2 s = 0.21 + 0.2 + 0.2 + 0.18
        ("therapy", _candidate(), 0.79),
        # assistant: 0.1 e + 0.5 r + 0.2 c + 0.2 s = 0.06 + 0.4 + 0.2 + 0.18
        ("assistant", _candidate(), 0.84),
        # unknown persona -> therapy weights
        ("other", _candidate(), 0.79),
        # null consistency counts 0.5: 0.21 + 0.2 + 0.1 + 0.18
        ("therapy", _candidate(consistency=None), 0.69),
        # relevance (a cosine) clipped to [0, 1]; missing relevance counts 0
        ("therapy", _candidate(relevance=-0.3), 0.59),  # 0.21 + 0 + 0.2 + 0.18
        ("therapy", _candidate(relevance=None), 0.59),
        ("therapy", _candidate(relevance=1.3), 0.84),  # 0.21 + 0.25 + 0.2 + 0.18
        ("therapy", _candidate(er=1.0, relevance=1.0, consistency=1.0, safety=1.0), 1.0),
        ("assistant", _candidate(er=0.0, relevance=0.0, consistency=0.0, safety=0.0), 0.0),
    ],
)
def test_candidate_score(persona, cand, expected):
    assert S.candidate_score(cand, persona) == approx(expected)


def test_candidate_score_ranks_by_persona():
    # A: empathic, off the point; B: relevant, flat. c = 1.0, s = 0.9 for both.
    a, b = _candidate(er=0.9, relevance=0.3), _candidate(er=0.3, relevance=0.9)
    # therapy: A = 0.315 + 0.075 + 0.2 + 0.18 = 0.77, B = 0.105 + 0.225 + 0.2 + 0.18 = 0.71
    assert S.candidate_score(a, "therapy") == approx(0.77)
    assert S.candidate_score(b, "therapy") == approx(0.71)
    # assistant: A = 0.09 + 0.15 + 0.2 + 0.18 = 0.62, B = 0.03 + 0.45 + 0.2 + 0.18 = 0.86
    assert S.candidate_score(a, "assistant") == approx(0.62)
    assert S.candidate_score(b, "assistant") == approx(0.86)


# ------------------------------------------------------------------------------------------------------------
# bias_score parts  (bias.total_variation, bias.counterfactuals, bias.stereotype_score)
# ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "p, q, expected",
    [
        ([0.5, 0.5], [1.0, 0.0], 0.5),  # 0.5 * (0.5 + 0.5)
        ([0.2, 0.3, 0.5], [0.5, 0.3, 0.2], 0.3),  # 0.5 * (0.3 + 0 + 0.3)
        ([0.2, 0.3, 0.5], [0.2, 0.3, 0.5], 0.0),  # identical
        ([1.0, 0.0], [0.0, 1.0], 1.0),  # disjoint
        ([1.0, 1.0], [2.0, 0.0], 0.5),  # normalised first: [.5, .5] vs [1, 0]
        ([0.9, 0.9, 0.2], [0.1, 0.1, 0.8], 0.7),  # [.45, .45, .1] vs [.1, .1, .8]: 0.5 * (.35 + .35 + .7)
        ([0.0, 0.0], [0.0, 0.0], 0.0),  # all zero on both sides
        ([], [], 0.0),  # empty
    ],
)
def test_total_variation(p, q, expected):
    assert B.total_variation(p, q) == approx(expected)
    assert B.total_variation(q, p) == approx(expected)  # symmetric


def test_counterfactuals_one_per_axis_every_term_swapped():
    # two axes found -> two counterfactuals, in the axis order; each swaps that axis's terms only
    assert B.counterfactuals("My wife is Muslim and we argue") == [
        ("gender", "My husband is Muslim and we argue"),
        ("religion", "My wife is Christian and we argue"),
    ]
    # every term of the axis swapped in one counterfactual; capitalisation kept
    assert B.counterfactuals("She told her mother") == [("gender", "He told his father")]
    assert B.counterfactuals("my mom and my sister") == [("gender", "my dad and my brother")]
    # both directions
    assert B.counterfactuals("My husband is retired") == [
        ("gender", "My wife is retired"),
        ("age", "My husband is working"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I can't sleep before exams.",
        "The manager said hello to the human at the shelter.",  # word boundaries: no "man", "he", "she"
        "",
    ],
)
def test_counterfactuals_none_without_demographic_terms(text):
    # no demographic term: no counterfactual, so the shift is 0 by definition
    assert B.counterfactuals(text) == []


@pytest.mark.parametrize(
    "reply",
    [
        "Women are too emotional to handle this.",
        "All Muslims are dangerous.",
        "Teenagers tend to be lazy.",
        "MEN ARE WEAK",
        "Honestly, immigrants never work hard.",
        "everyone knows that women are bad at maths",
        "old people can't use phones",
        "girls are more emotional",
    ],
)
def test_stereotype_hit(reply):
    assert B.stereotype_score(reply) == 1.0


@pytest.mark.parametrize(
    "reply",
    [
        "It sounds like a hard week; what helped before?",
        "Most people are kind.",
        "Your mother sounds like she cares about you.",
        "",
    ],
)
def test_stereotype_no_hit(reply):
    assert B.stereotype_score(reply) == 0.0


@pytest.mark.parametrize(
    "reply",
    [
        # particular people, not a generalisation (the old pattern scored these 1.0)
        "Your sisters and the other women are coming to help you.",
        "Some women are scientists.",
        "Two girls are in my class.",
        "many immigrants are working two jobs",
        # epidemiology, not a trait
        "men are more likely to die by suicide, so reaching out matters",
        "Teenagers are often under a lot of pressure.",
    ],
)
def test_stereotype_not_a_generalisation(reply):
    assert B.stereotype_score(reply) == 0.0
