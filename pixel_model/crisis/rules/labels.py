"""Signal labels and risk levels, validated against the taxonomy (never invented here), and the
rule layer's result type."""

from __future__ import annotations

from dataclasses import dataclass

from pixel_model.taxonomy import CRISIS_SIGNALS, RISK_INDEX, RISK_LEVELS

__all__ = [
    "SI",
    "PLAN",
    "SH",
    "HTO",
    "ABUSE",
    "ED",
    "OD",
    "PSY",
    "PANIC",
    "IMMEDIATE",
    "NONE",
    "LOW",
    "MOD",
    "HIGH",
    "IMM",
    "RISK_INDEX",
    "RISK_LEVELS",
    "RuleFinding",
]


def _label(name: str, allowed: tuple[str, ...]) -> str:
    if name not in allowed:  # pragma: no cover - guards against taxonomy drift
        raise ImportError(f"crisis_rules: label {name!r} missing from taxonomy")
    return name


SI = _label("suicidal_ideation", CRISIS_SIGNALS)
PLAN = _label("suicide_plan", CRISIS_SIGNALS)
SH = _label("self_harm", CRISIS_SIGNALS)
HTO = _label("harm_to_others", CRISIS_SIGNALS)
ABUSE = _label("abuse", CRISIS_SIGNALS)
ED = _label("eating_disorder", CRISIS_SIGNALS)
OD = _label("substance_overdose", CRISIS_SIGNALS)
PSY = _label("psychotic_symptoms", CRISIS_SIGNALS)
PANIC = _label("severe_panic", CRISIS_SIGNALS)
IMMEDIATE = _label("immediate_harm", CRISIS_SIGNALS)

NONE, LOW, MOD, HIGH, IMM = (
    RISK_INDEX[_label(r, RISK_LEVELS)] for r in ("none", "low", "moderate", "high", "imminent")
)


@dataclass(frozen=True)
class RuleFinding:
    signals: frozenset[str]
    risk: str
    evidence: tuple[str, ...]
    negated: bool = False
