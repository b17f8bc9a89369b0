"""The declarative rule format.

A domain module declares its rules as data::

    TABLE = table(
        rule("si_wish",
             G("wish to be dead",
               r"(?:want|wanted|ready) to be dead",
               r"better off dead",
               person="self"),
             ),
        ...
    )

* a rule KEY (``si_wish``) is a feature that composition reads (compose.py); each key is defined
  once, in one domain table (registry.py checks this across domains);
* a key holds one or more groups ``G(label, *patterns, neg=..., person=..., frame=...)``; the label
  is the evidence text, and the options say how a match is read:
    - ``neg``: the negation window applies ("I'm not going to ...");
    - ``person``: "self" (always the speaker), "other", "any" (no subject needed, e.g. timeframes),
      or "auto" (worked out from the sentence; a named group ``(?P<p>...)`` in the pattern decides
      when present);
    - ``frame``: fiction/news/code/game/... frames may explain the match away (frames.FRAME_SCOPE);
* patterns may use the shared word lists of lexicons.py as ``<NAME>`` macros.

Every pattern of every group runs over every sentence; features are pooled.  The order in which the
patterns run is fixed in registry.RUN_ORDER (in effect it decides only the order of evidence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Group", "G", "rule", "table", "Rule", "PERSONS"]

PERSONS = ("self", "other", "auto", "any")


@dataclass(frozen=True)
class Group:
    """Patterns of one rule key that share a label and options."""

    label: str
    patterns: tuple[str, ...]
    neg: bool = True
    person: str = "auto"
    frame: bool = True


def G(label: str, *patterns: str, neg: bool = True, person: str = "auto", frame: bool = True) -> Group:
    if not patterns:
        raise ValueError(f"rule group {label!r} has no patterns")
    if person not in PERSONS:
        raise ValueError(f"rule group {label!r}: person must be one of {PERSONS}, not {person!r}")
    return Group(label, tuple(patterns), neg, person, frame)


def rule(key: str, *groups: Group) -> tuple[str, tuple[Group, ...]]:
    if not groups:
        raise ValueError(f"rule {key!r} has no groups")
    return key, groups


def table(*rules: tuple[str, tuple[Group, ...]]) -> dict[str, tuple[Group, ...]]:
    """A domain's rules by key; a key defined twice is an error (extend its entry instead)."""
    out: dict[str, tuple[Group, ...]] = {}
    for key, groups in rules:
        if key in out:
            raise ValueError(f"rule key {key!r} is defined twice; add the patterns to its one entry")
        out[key] = groups
    return out


# a compiled pattern, as the extractor runs it
@dataclass(frozen=True)
class Rule:
    key: str
    rx: re.Pattern
    label: str
    neg: bool  # negation window applies
    person: str  # "self" | "other" | "auto" | "any" (group <p> overrides)
    frame: bool  # suppressed by fiction/news/code/game/cooking/joke frames unless explicit first person
