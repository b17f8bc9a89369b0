"""Figurative uses of death and violence words ("dead on my feet", "mum will murder me", "I'd rather die
than sing"). A message in such a frame, where the rule layer found no crisis, is not raised by the crisis
tower either: the tower learned that these words go with risk, and over-reads them.

Families, not sentences: each pattern is a general English (and a few common non-English) idiom shape.
Deliberately absent: "<person> will kill me" (an abuse victim's literal fear reads the same) and anything
about the speaker's own life ("I want to die" is never an idiom here).
"""

from __future__ import annotations

import re

from pixel_model.crisis.rules import normalise
from pixel_model.crisis.rules.features import heartbreak

_PATTERNS = (
    r"\bdead (tired|on my feet|beat|serious|set on|boring|easy|centre|center|last)\b",
    r"\b(shoot|kill|end) me now\b",
    r"\bjust (shoot|kill) me\b",
    r"\b(could|would|i'?d|i'?ll) (kill|murder|commit murder) for an? \w+",
    r"\b(could|would|i'?d) murder an? (pizza|burger|curry|pint|kebab|coffee|drink|\w+ (pizza|curry|burger))\b",
    r"\b(rather|sooner) (die|be dead) than\b",
    r"\b(die|died|dying|dead) (of|from|with) (embarrassment|shame|laughter|laughing|boredom|cuteness|cringe|envy)\b",
    r"\b(died|dying|dead) laughing\b",
    r"\bdying (to|for) (see|know|try|go|meet|get|hear|have|tell|a|an|some)\b",
    r"\bto die for\b",
    r"\b(bored|scared|sick|tired|worked|freezing|frozen|worried|loved|talked|done) to death\b",
    # success idioms ("smashed it", "killed the interview"), not damage: "smashed the window" is literal
    r"\b(absolutely |totally )?(killed|smashed|murdered|slayed|destroyed|nailed|aced) (it|that|the (exam|test|"
    r"interview|presentation|gig|game|match|set|audition|speech|pitch|quiz|race|workout|assignment|essay|show|"
    r"performance|exams|tests|deadline|final|finals|solo|routine|level|boss|round|competition))( today| tonight)?\b"
    r"(?! myself)",
    r"\bkilling it\b",
    r"\bover my dead body\b",
    r"\bthe death of me\b",
    r"\bwould kill to\b",
    r"\b(this|that|the|these|those) (\w+ ){0,2}(is|are|was) (absolutely |literally |actually )?(killing"
    r"|murdering) me\b",
    r"\b(me muero|me estoy muriendo) (de|del) (hambre|sueno|sueño|risa|calor|frio|frío|sed|aburrimiento|verguenza|"
    r"vergüenza|ganas)\b",
    r"\bje meurs (de|d') ?(faim|soif|chaud|froid|rire|envie|fatigue|sommeil)\b",
    r"\bich sterbe (vor|fast vor) (hunger|durst|langeweile|lachen|hitze|kälte|kaelte)\b",
    r"\b(muoio|sto morendo) di (fame|sete|sonno|caldo|freddo|noia|risate)\b",
    r"\b(estou|to|tô) morrendo de (fome|sede|sono|calor|frio|rir|vergonha|saudade)\b",
)
_IDIOM = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))

# Everyday frames: shapes of ordinary distress that the tower over-read as crisis (issue 8: "I haven't left my
# flat in two weeks except for food" -> high; "I'd love to vanish to a cabin for a week" -> suicidal ideation).
# They veto the tower only when the rule layer found nothing: a crisis word in the same message still counts.
_EVERYDAY_PATTERNS = (
    # a getaway with a place or a time limit: to escape for a while, not to die
    r"\b(disappear|vanish|escape|run away|get away|hide( away)?|go off[- ]grid|go off the grid|run off)\b"
    r".{0,60}\b(for|till|until|over) (a|the|one|two|three|four|\d+|a couple of|a few|the whole) ?"
    r"(week|weekend|fortnight|month|day|days|weeks|months|while|bit|summer|holidays?|year)\b",
    r"\b(disappear|vanish|escape|run away|get away|move) (off )?to (a|an|some|the) (little |tiny |remote |quiet )?"
    r"(cabin|island|hut|cottage|beach|bothy|village|farm|mountain|mountains|lake|forest|caravan|retreat)\b",
    # staying in, without anything else: withdrawal is a low-mood sign, not a crisis by itself
    r"\b(haven'?t|have not|hasn'?t|not|barely|hardly) (gone|been|left|stepped|got|gotten) (out|outside|out of "
    r"(the|my) (house|flat|apartment|room|bed))\b.{0,40}\b(in|for) (a|one|two|three|four|five|six|seven|ten|"
    r"\d+|a couple of|a few|several) (days|weeks|week|months)\b",
    r"\b(haven'?t|have not|not) (left|been out of) (the|my) (house|flat|apartment|room)\b",
)
_EVERYDAY = re.compile("|".join(f"(?:{p})" for p in _EVERYDAY_PATTERNS))


def figurative_frame(text: str) -> str | None:
    """The idiom found in ``text`` (normalised), or None."""
    m = _IDIOM.search(normalise(text))
    return m.group(0) if m else None


def everyday_frame(text: str) -> str | None:
    """The everyday frame found in ``text`` (normalised): a bounded getaway, staying in, or heartbreak told as
    hurt ("I want him to know how badly he hurt me" after a betrayal, nothing physical:
    ``crisis_rules.features.heartbreak``; the crisis tower reads "he hurt me" as abuse whatever the context); or
    None."""
    t = normalise(text)
    m = _EVERYDAY.search(t)
    return m.group(0) if m else heartbreak(t)
