"""The conversation reader and the public entry points.

Conversations: features are pooled over every user turn, so risk never fades after a topic change
or a retraction, and combinations work across turns (means in one turn, "tonight" in the next).
A short affirmative answer ("yeah, sometimes") to an assistant's suicide/self-harm screening
question counts as a disclosure; assistant and system text is never evidence by itself.

Retractions never clear a disclosure, but an AMBIGUOUS cue ("I'm going to end it tonight", "writing
goodbye letters", "I hurt myself") is cleared when the user's next answer names a benign referent
("the relationship!", "my pupils!") or an accident ("dropped a tin on my foot").

Harm-to-others intent is marked as happening within 24 hours (hto_now) when its own sentence carries
such a timeframe (not a conditional "next time"), or when the person says they are on their way or
waiting outside; with a weapon, composition makes that imminent.
"""

from __future__ import annotations

import re

from .compose import finish
from .features import Feats, extract, sentences
from .labels import NONE, RISK_INDEX, RISK_LEVELS, RuleFinding
from .lexicons import expand
from .normalisation import normalise

__all__ = ["assess_message", "assess_conversation"]

# answers to an assistant's screening question
_AFFIRM = re.compile(
    r"^(?:yes|yeah|yea|yep|yup|maybe|sometimes|i think so|kind of|kinda|sort of|a bit|a little|i guess|"
    r"probably|i do|i have|honestly,? yes|not going to lie|ngl|can't say i haven't|can't say i don't|"
    r"more than i'd like|every day|all the time|a lot|often|mostly)\b"
)
_DENY = re.compile(r"^(?:no|nope|nah|not really|never|of course not|god no)\b")
_SCREEN_SI = re.compile(
    r"(?:ending your life|end your life|suicid|kill(?:ing)? yourself|thoughts of (?:ending|dying|death)|"
    r"want to die|not (?:wanting|want) to be alive|taking your (?:own )?life)"
)
_SCREEN_SH = re.compile(r"(?:hurt(?:ing)? yourself|harm(?:ing)? yourself|self[- ]harm|cutting)")


def assess_message(text: str) -> RuleFinding:
    return assess_conversation(text, [])


def _hto_time(f: Feats, text: str) -> None:
    """Mark harm-to-others intent whose own sentence carries a <24h timeframe (not a conditional 'next time')."""
    t = normalise(text)
    for sent in sentences(t):
        if (
            re.search(expand(r"\b(?:<NEAR>|<DAYT>)\b"), sent)
            and re.search(
                expand(
                    r"(?:going to|gonna|i'll|i will|i'm going|about to) (?:[\w']+ ){0,5}(?:<HARMV>|do it|use it|"
                    r"round there|over there)"
                ),
                sent,
            )
            and not re.search(r"\b(?:next time|again)\b", sent)
        ):
            f.add("hto_now", sent[:70])
        elif (
            f.has("hto_weapon", "hto_move", "hto_surveil")
            and not re.search(r"\b(?:next time|if)\b", sent)
            and (
                re.search(
                    r"\b(?:i'm|i am) (?:parked|waiting|sat|sitting|outside|hiding)\b.{0,40}(?:outside|his|her|"
                    r"their|work|house)",
                    sent,
                )
                or (
                    re.search(expand(r"\b(?:<NEAR>|<DAYT>)\b"), sent)
                    and re.search(
                        r"(?:on my way|heading|going|driving|walking) (?:round |over )?(?:to|round to|there)", sent
                    )
                )
            )
        ):
            f.add("hto_now", sent[:70])


_BENIGN_REFERENT = re.compile(
    r"^(?:the |my |our |i meant (?:the |my )?|i mean (?:the |my )?)?(?:relationship|marriage|engagement|subscription"
    r"|contract|membership|"
    r"job|course|degree|lease|tenancy|pupils|students|class|colleagues|team|retirement|retiring|business|partnership|friendship|"
    r"band|club|season|diet|gym)\b\W"
)


# a specific benign mechanism, not a bare retraction ("I fell", "it was an accident" do NOT clear anything)
_ACCIDENT = re.compile(
    r"\b(?:dropped (?:a|the|my) [\w ]{2,30} on my|tripped over|slipped on|walked into (?:a|the)|stubbed my|sprained my|"
    r"twisted my (?:ankle|knee|wrist)|trapped my (?:finger|hand)|playing (?:football|rugby|hockey|netball))\b"
)


def assess_conversation(text: str, history: list[dict]) -> RuleFinding:
    turns: list[tuple[str, str]] = []
    for item in history or []:
        if isinstance(item, dict):
            turns.append((str(item.get("role", "")), str(item.get("content", "") or "")))
    turns.append(("user", text or ""))
    pooled = Feats()
    best = RuleFinding(frozenset(), RISK_LEVELS[NONE], (), False)
    prev_assistant = ""
    for role, content in turns:
        if role != "user":
            if role == "assistant":
                prev_assistant = normalise(content)
            continue
        f = extract(content)
        _hto_time(f, content)
        nt = normalise(content)
        if prev_assistant and not _DENY.match(nt) and _AFFIRM.match(nt):
            if _SCREEN_SI.search(prev_assistant):
                f.add("si_affirm", f"affirmed suicidal thoughts ('{nt[:40]}')")
            elif _SCREEN_SH.search(prev_assistant):
                f.add("si_affirm_sh", f"affirmed self-harm ('{nt[:40]}')")
        prev_assistant = ""
        one = finish(f)
        if RISK_INDEX[one.risk] > RISK_INDEX[best.risk]:
            best = one
        pooled.merge(f)
    last = normalise(text or "")
    if (
        _ACCIDENT.search(last)
        and pooled.has("sh_act")
        and all(re.search(r"\b(?:hurt|injured) myself\b", e) for e in pooled.hits["sh_act"])
        and not pooled.has("sh_deliberate")
    ):
        pooled.suppressed.extend("clarified as an accident: " + e for e in pooled.hits.pop("sh_act"))
        best = RuleFinding(frozenset(), RISK_LEVELS[NONE], (), False)
    if _BENIGN_REFERENT.search(last[:80]):
        ambiguous = (
            "si_active",
            "prep_weak",
            "plan_intent",
            "finality",
            "si_weak",
            "plan_prep",
            "time_day",
            "time_near",
            "bs_si",
            "si_timeframe",
        )
        strong_left = [
            k
            for k in pooled.hits
            if k.startswith(("si_", "plan_", "attempt", "act_", "sh_", "od_", "hto_", "abuse_", "psy_"))
            and k not in ambiguous
        ]
        soft = " ".join(
            m.group(1) for k in ambiguous for e in pooled.hits.get(k, ()) for m in [re.search(r"\('(.*)'\)$", e)] if m
        )
        if not strong_left and not re.search(r"kill myself|suicid|die\b|my life|unalive|kms|overdose", soft):
            for k in ambiguous:
                if k in pooled.hits:
                    pooled.suppressed.extend("clarified by user: " + e for e in pooled.hits.pop(k))
            best = RuleFinding(frozenset(), RISK_LEVELS[NONE], (), False)
    whole = finish(pooled)
    if RISK_INDEX[best.risk] > RISK_INDEX[whole.risk]:  # pooling should dominate; keep the max regardless
        sig = set(whole.signals) | set(best.signals)
        return RuleFinding(frozenset(sig), best.risk, best.evidence + whole.evidence, False)
    return whole
