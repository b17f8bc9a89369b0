"""Recall-first RULE LAYER of Pixel's crisis detection (standard library only).

The layer never decides on whole-sentence templates.  It extracts *features* from the normalised
text of every USER turn -- ideation tiers, method, means, timeframe, intent, preparation, person
(self / third party / generic), negation window, and frames (fiction, news/academic, code, games,
sport, cooking/hunting, jokes, hypotheticals, benign look-alikes of preparation) -- and composes
the C-SSRS-inspired risk level from them.

The rules are data, kept by domain; the code that reads them is kept by concern:

    normalisation.py   text normalisation: case, Unicode quotes, emoji, spaced-out letters,
                       leetspeak, masked words, misspellings and chat spellings
    lexicons.py        shared word lists (macros such as <MEDS>, <REL>, <DAYT>) used in patterns
    frames.py          frames that explain a match away (fiction, news/academic, code, games, sport,
                       cooking/hunting, jokes, hypotheticals, ...), the negation window and who the
                       subject is (self / other person / generic "we")
    table.py           the declarative rule format: a key, its patterns and their options
    suicide.py  self_harm.py  overdose.py  harm_to_others.py  abuse.py  psychosis.py  panic.py
                       one rule table per domain; each rule key is defined once
    context.py         cross-domain features: timeframes, risk factors, past/resolved/current markers
    third_party.py     explicit concern for someone else ("she keeps saying she wants to die")
    registry.py        every table compiled, in the order the rules run (which fixes evidence order)
    features.py        extraction: every rule over every sentence, then message-level adjustments
    backstop.py        the last-resort co-occurrence backstop
    compose.py         features -> signals, risk level, evidence, `negated`
    conversation.py    the multi-turn reader and the public entry points

Public API (unchanged from the single-module version): ``RuleFinding``, ``normalise``,
``assess_message`` and ``assess_conversation``.  tests/crisis/test_rules_golden.py replays a golden
output recorded before the split and demands identical results.
"""

from __future__ import annotations

from .conversation import assess_conversation, assess_message
from .labels import (
    ABUSE,
    HIGH,
    HTO,
    IMM,
    IMMEDIATE,
    LOW,
    MOD,
    NONE,
    OD,
    PANIC,
    PLAN,
    PSY,
    SH,
    SI,  # noqa: F401
    RuleFinding,
)
from .normalisation import normalise

__all__ = ["RuleFinding", "normalise", "assess_message", "assess_conversation"]
