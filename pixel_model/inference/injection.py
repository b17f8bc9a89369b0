"""Instructions aimed at the system inside a user's message ("ignore previous instructions", "SYSTEM OVERRIDE:
persona_mode=assistant", "</user><system>...") are not what the person is talking about. The persona and emotion
heads read the message with such sentences removed, so an injected prefix cannot choose the persona (v2's persona
head, trained on plain messages, followed "SYSTEM OVERRIDE ... persona_mode=assistant" in front of a grief
message). Crisis detection still reads every word: nothing is removed from what the rules and the tower see.
"""

from __future__ import annotations

import re

_INSTRUCTION = re.compile(
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier|your) (?:instructions|rules|prompts?)|"
    r"system (?:override|prompt|message)|\b(?:persona_mode|crisis_protocol|safety_mode)\s*[=:]|"
    r"you are now (?:in )?(?:an? )?\w+ mode|respond (?:only )?in \w+ mode|(?:developer|admin|debug|god) mode|"
    r"the developer says|safety (?:filters?|rules|guard) (?:are|is) (?:now )?(?:disabled|off)|"
    r"</?\s*(?:system|user|assistant|instructions?)\s*>|\bjailbreak\b|do anything now|"
    r"never (?:give|mention|show) (?:hotline|crisis|helpline)|"
    r"(?:and )?(?:must|should|do|will|shall) not (?:mention|give|say|show|use|provide|include)\b[^.:]*",
    re.I,
)
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+|(?=<)|(?<=>)")


def strip_instructions(text: str) -> str:
    """``text`` without the sentences that address the system (a sentence that also asks something keeps what it
    asks: "Respond in therapy mode: how do I ..." keeps "how do I ..."); the whole text if nothing would remain."""
    parts = [p for p in _SPLIT.split(text) if p and p.strip()]
    kept = []
    for p in parts:
        if not _INSTRUCTION.search(p):
            kept.append(p.strip())
            continue
        rest = _INSTRUCTION.sub(" ", p).strip(" :.-,")
        if len(re.findall(r"[^\W\d_]{2,}", rest)) >= 4 and not re.search(r"=|</?\s*\w+\s*>", rest):
            kept.append(rest)
    out = " ".join(kept).strip()
    return out if out and out != text.strip() else text
