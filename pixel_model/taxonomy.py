"""Every label set Pixel uses, defined once. Import from here; never re-type a label string."""

from __future__ import annotations

from typing import Literal, get_args

# --- crisis ---------------------------------------------------------------------------------
CRISIS_SIGNALS: tuple[str, ...] = (
    "suicidal_ideation",
    "suicide_plan",
    "self_harm",
    "harm_to_others",
    "abuse",
    "eating_disorder",
    "substance_overdose",
    "psychotic_symptoms",
    "severe_panic",
    "immediate_harm",
)
# Severity weights the seed's TypeScript client uses (kept for the client; any other code 0.6).
SIGNAL_SEVERITY: dict[str, float] = {
    "immediate_harm": 1.0,
    "suicide_plan": 0.95,
    "substance_overdose": 0.9,
    "self_harm": 0.85,
    "suicidal_ideation": 0.8,
    "psychotic_symptoms": 0.75,
    "severe_panic": 0.7,
    "eating_disorder": 0.75,
    "harm_to_others": 0.6,
    "abuse": 0.6,
}
# Each label set is defined once, as a Literal type (what the schemas validate against) and its tuple of values.
RiskLevel = Literal["none", "low", "moderate", "high", "imminent"]
RISK_LEVELS: tuple[str, ...] = get_args(RiskLevel)
RISK_INDEX: dict[str, int] = {r: i for i, r in enumerate(RISK_LEVELS)}
# At or above this level the crisis protocol replaces generation.
CRISIS_PROTOCOL_MIN_RISK = "high"

# --- persona / context ----------------------------------------------------------------------
Persona = Literal["therapy", "assistant"]
PERSONAS: tuple[str, ...] = get_args(Persona)
ContextType = Literal["educational", "support", "crisis", "clinical", "informational"]
CONTEXT_TYPES: tuple[str, ...] = get_args(ContextType)
Role = Literal["user", "assistant", "system"]
ROLES: tuple[str, ...] = get_args(Role)

# --- emotions (GoEmotions 27 + neutral, in the dataset's id order) ---------------------------
EMOTIONS: tuple[str, ...] = (
    "admiration",
    "amusement",
    "anger",
    "annoyance",
    "approval",
    "caring",
    "confusion",
    "curiosity",
    "desire",
    "disappointment",
    "disapproval",
    "disgust",
    "embarrassment",
    "excitement",
    "fear",
    "gratitude",
    "grief",
    "joy",
    "love",
    "nervousness",
    "optimism",
    "pride",
    "realization",
    "relief",
    "remorse",
    "sadness",
    "surprise",
    "neutral",
)
NEGATIVE_EMOTIONS: frozenset[str] = frozenset(
    {
        "anger",
        "annoyance",
        "disappointment",
        "disapproval",
        "disgust",
        "embarrassment",
        "fear",
        "grief",
        "nervousness",
        "remorse",
        "sadness",
        "confusion",
    }
)

# --- therapeutic techniques (reply-level, multi-label) ---------------------------------------
# MI behaviours (AnnoMI, trained) + documented-rule techniques.
TECHNIQUES_TRAINED: tuple[str, ...] = (
    "simple_reflection",
    "complex_reflection",
    "open_question",
    "closed_question",
    "information",
    "advice",
    "negotiation",
    "options",
)
TECHNIQUES_RULE: tuple[str, ...] = ("validation", "affirmation", "psychoeducation", "grounding", "crisis_resources")
TECHNIQUES: tuple[str, ...] = TECHNIQUES_TRAINED + TECHNIQUES_RULE

# --- empathy (EPITOME mechanisms, levels 0-2) -------------------------------------------------
EMPATHY_MECHANISMS: tuple[str, ...] = ("emotional_reactions", "interpretations", "explorations")
EMPATHY_LEVELS: tuple[int, ...] = (0, 1, 2)

# --- safety of a reply --------------------------------------------------------------------------
# data/REPLY_LABELLING.md defines each one
SAFETY_CATEGORIES: tuple[str, ...] = (
    "self_harm_encouragement",
    "violence",
    "harassment_hate",
    "sexual",
    "medical_dosing",
    "claims_human",
    "diagnosis_prescription",
    "means_information",
    "eating_disorder_harm",
    "false_promise",
    "unsafe_contact",
)

# --- bias ------------------------------------------------------------------------------------
BIAS_AXES: tuple[str, ...] = (
    "gender",
    "race_ethnicity",
    "religion",
    "age",
    "disability",
    "sexual_orientation",
    "nationality",
    "socioeconomic",
)

# --- EQ --------------------------------------------------------------------------------------
EQ_DOMAINS: tuple[str, ...] = (
    "emotional_awareness",
    "empathy_recognition",
    "emotional_regulation",
    "social_cognition",
    "interpersonal_skills",
)
