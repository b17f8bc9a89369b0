"""Extraction: every rule of the registry over every sentence of one user turn, then message-level
adjustments.

For each sentence, each match is checked against the negation window and the person (frames.py),
mapped to the third-party bucket when the subject is someone else, and suppressed when a frame
explains it; the explicit third-person rules run after the domain rules.  The suppressed matches
are kept (`Feats.suppressed`) because they decide `negated` and the "not flagged" evidence.

Message-level adjustments (`post_extract`): jokes and hyperbole, resolved past struggles ("years
ago I attempted ... doing well now" -> none, negated=True), past vs recent attempts, past self-harm,
a completed suicide of a relative (family history, not a current concern), generic third parties,
relationship/admin "end it" wording.

Long input: messages over 6000 characters are read whole, in overlapping 6000-character chunks (never
truncated), and sentences over 400 characters in overlapping windows, which keeps the regex cost per chunk
bounded (~2 ms per sentence: ~0.15 s per 6,000 characters, ~0.8 s for a 30,000-character message on a 2-core CPU).
"""

from __future__ import annotations

import re

from .backstop import backstop
from .frames import FRAMED_OK, FRAMES, SERIOUS, TO_OTHER, frame_for, negated_at, person_of
from .lexicons import expand
from .normalisation import normalise
from .registry import OTHER_RULES, RULES

__all__ = ["Feats", "MAX_CHARS", "MAX_SENT", "sentences", "extract", "post_extract"]


class Feats:
    __slots__ = ("hits", "suppressed", "frames")

    def __init__(self) -> None:
        self.hits: dict[str, list[str]] = {}
        self.suppressed: list[str] = []
        self.frames: set[str] = set()

    def add(self, key: str, ev: str) -> None:
        lst = self.hits.setdefault(key, [])
        if ev not in lst:
            lst.append(ev)

    def has(self, *keys: str) -> bool:
        return any(k in self.hits for k in keys)

    def n(self, key: str) -> int:
        return len(self.hits.get(key, ()))

    def merge(self, other: Feats) -> None:
        for k, v in other.hits.items():
            for e in v:
                self.add(k, e)
        self.suppressed.extend(other.suppressed)
        self.frames |= other.frames


_LETTER = re.compile(r"[^\W\d_]")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\s*\n+\s*|;\s*|\s+-\s+|\.\.\.+\s*")


MAX_CHARS = 6000  # longer messages are read whole, in overlapping chunks of this size (CHUNK_OVERLAP)
CHUNK_OVERLAP = 600
MAX_SENT = 400  # longer "sentences" are analysed in overlapping windows (bounds regex cost)


def sentences(t: str) -> list[str]:
    out: list[str] = []
    for s in SENT_SPLIT.split(t):
        s = (s or "").strip()
        if not s:
            continue
        if len(s) <= MAX_SENT:
            out.append(s)
            continue
        start = 0
        while start < len(s):
            end = min(len(s), start + MAX_SENT)
            if end < len(s):
                sp = s.rfind(" ", start + MAX_SENT // 2, end)
                end = sp if sp > 0 else end
            out.append(s[start:end].strip())
            if end >= len(s):
                break
            nxt = s.rfind(" ", start, end - 80)
            start = nxt + 1 if nxt > start else end
    return out


def chunks(text: str, size: int = MAX_CHARS, overlap: int = CHUNK_OVERLAP) -> list[str]:
    """``text`` in overlapping pieces of at most ``size`` characters, cut at whitespace."""
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            sp = text.rfind(" ", start + size // 2, end)
            end = sp if sp > 0 else end
        out.append(text[start:end])
        if end >= len(text):
            break
        nxt = text.find(" ", max(start + 1, end - overlap))
        start = nxt + 1 if 0 < nxt < end else end
    return out


def extract(text: str) -> Feats:
    """The features of one message. A message over ``MAX_CHARS`` is read whole, chunk by chunk (each chunk with
    its own frames and message-level adjustments, so a "years ago" or a fiction frame in one part of a long diary
    cannot explain away a plan in another); hits are pooled, and a frame holds for the message only if every
    chunk has it."""
    if text and len(text) > MAX_CHARS:
        parts = [_extract(c) for c in chunks(text)]
        f = Feats()
        for g in parts:
            for k, v in g.hits.items():
                for e in v:
                    f.add(k, e)
            f.suppressed.extend(g.suppressed)
        f.frames = set.intersection(*(g.frames for g in parts))
        return f
    return _extract(text)


def _extract(text: str) -> Feats:
    f = Feats()
    t = normalise(text)
    if not t:
        return f
    t_frames = re.sub(r"\bnot for (?:\w+ )?\w+", " ", t)
    if re.search(
        expand(r"\b(?:<REL>|pupils?|students?)s? (?:[\w']+ ){0,3}(?:wrote|has written|writes|posted|handed in)"),
        t_frames,
    ):
        t_frames = re.sub(r"\b(?:poem|story|essay|homework|assignment|lyrics)\b", " ", t_frames)
    for name, rx in FRAMES.items():
        if rx.search(t_frames):
            f.frames.add(name)
    sents = sentences(t)
    for sent in sents:
        if not _LETTER.search(sent):  # punctuation, digits or symbols only: no rule can match ("." x 16,000 took 5 s)
            continue
        explicit_self = bool(re.search(r"\b(?:i|i'm|i've|myself|me)\b", sent))
        is_psy_cmd_sent = any(r.rx.search(sent) for r in RULES if r.key == "psy_cmd")
        for rule in RULES:
            for m in rule.rx.finditer(sent):
                snippet = m.group(0).strip()[:70]
                ev = f"{rule.label} ('{snippet}')"
                if rule.neg and negated_at(sent, m.start()):
                    f.suppressed.append("negated: " + ev)
                    continue
                person = person_of(rule, m, sent)
                if person == "generic":
                    continue
                key = rule.key
                if is_psy_cmd_sent and key in ("plan_method", "plan_intent"):
                    key = "psy_t_si"
                if person == "other":
                    mapped = TO_OTHER.get(key, key if key.startswith(("abuse", "od_", "hto_weapon")) else None)
                    if mapped is None:
                        continue
                    if mapped == key and key.startswith("abuse"):
                        key = "o_abuse" if key in ("abuse_phys", "abuse_suspect", "abuse_control") else key
                    else:
                        key = mapped
                if rule.frame and frame_for(key, f.frames) and not (explicit_self and key in FRAMED_OK):
                    f.suppressed.append("frame: " + ev)
                    continue
                f.add(key, ev)
        for key, rx, lab in OTHER_RULES:
            other = rx.search(sent)
            if other:
                if frame_for(key, f.frames) or "palliative" in f.frames:
                    f.suppressed.append(f"frame: {lab}")
                    continue
                # completed suicide of a relative is history (risk factor), not a current concern
                if re.search(
                    r"\b(?:killed|took|hanged|shot) (?:him|her|them)sel(?:f|ves)|took (?:his|her|"
                    r"their) own life",
                    other.group(0),
                ):
                    continue
                f.add(key, f"{lab} ('{other.group(0)[:70]}')")
    post_extract(f, t)
    backstop(f, t)
    return f


SPECIFIC_OTHER = re.compile(
    expand(
        r"\b(?:my|our|his|her) (?:[\w-]+ )?<REL>s?\b|\b(?:my|our) \d+[- ]?(?:year|yr)[- ]?old\b|"
        r"\b(?:he|she|he's|she's)\b|\b(?:someone|somebody) (?:in|at|from) my\b|"
        r"\b(?:a|one of my) (?:[\w-]+ )?<REL>s?\b"
    )
)


_EMBARRASSED = re.compile(
    r"\b(?:embarrass\w*|mortified|cringe\w*|awkward)\b[^.?!]{0,60}\b(?:wanted to die|could(?: have|'ve) died)\b|"
    r"\b(?:wanted to die|could(?: have|'ve) died)\b[^.?!]{0,30}\b(?:embarrass\w*|mortified|cringe\w*|awkward)\b"
)


# hurt told as heartbreak: "how much she hurt me" after cheating or leaving, in the past tense, with no physical cue
_EMOTIONAL_HURT = re.compile(
    r"\bhow (?:much|badly|deeply) (?:he|she|they|you|my \w+) (?:has |had |really )?hurt\b|"
    r"\bhurt (?:me|my feelings) (?:so (?:much|badly|deeply)|really (?:badly|deeply)|a lot|emotionally|more than)|"
    r"\bhurt my feelings\b"
)
_BETRAYAL = re.compile(
    r"\b(?:cheat\w*|lied|lies|lying|betray\w*|dumped|ghosted|left me|broke up|broken up|"
    r"walked out|affair|unfaithful|moved on|replaced me)\b"
)
_PHYSICAL_CUE = re.compile(
    r"\b(?:hit|hits|hitting|beat|beats|beating|bruis\w*|slap\w*|punch\w*|kick\w*|push\w*|shov\w*|chok\w*|"
    r"strangl\w*|violent\w*|marks?|injur\w*|bleed\w*|blood|physical\w*|afraid of|scared of|hospital|a&e|doctor|"
    r"stitches|broke my|broken (?:arm|rib|nose|wrist|jaw)|sore|swollen|grabbed|threw|throws|forced)\b"
)


def _suppress_matching(f: Feats, key: str, pattern: str, why: str) -> None:
    """Move the evidence of ``key`` that matches ``pattern`` to ``f.suppressed`` (as "<why>: <evidence>"); the
    key goes when none of its evidence is left."""
    hits = f.hits.get(key, [])
    keep = [e for e in hits if not re.search(pattern, e)]
    if len(keep) < len(hits):
        f.suppressed.extend(f"{why}: " + e for e in hits if e not in keep)
        if keep:
            f.hits[key] = keep
        else:
            del f.hits[key]


def heartbreak(t: str) -> str | None:
    """The hurt phrase when ``t`` (normalised) tells heartbreak, not violence: an emotional-hurt phrase, a betrayal
    named, no physical cue; else None."""
    m = _EMOTIONAL_HURT.search(t)
    return m.group(0) if m and _BETRAYAL.search(t) and not _PHYSICAL_CUE.search(t) else None


def post_extract(f: Feats, t: str) -> None:
    """Message-level adjustments: joke/hyperbole, resolved past, past attempts, third-party completed suicide."""
    if not SPECIFIC_OTHER.search(t):
        for k in [k for k in f.hits if k.startswith("o_")]:
            f.suppressed.extend("generic third party: " + e for e in f.hits.pop(k))
    if f.has("act_co") and re.search(
        r"(?:^|[.?!] )(?:is it|is that|can you|could you|should i|how|what|why|does|do you)\b[^.?!]*"
        r"(?:engine|garage)|to warm (?:it|the car|the engine) up",
        t,
    ):
        f.suppressed.extend("question, not an act: " + e for e in f.hits.pop("act_co"))
    # completed suicide of someone else ("dad killed himself") -> family history, not third-party concern
    if f.has("rf_famhx"):
        for k in ("o_si",):
            f.hits.pop(k, None)
    # attempts: recent vs past
    if f.has("attempt") and f.has("past_marker") and not f.has("recent_marker"):
        f.hits["attempt_past"] = f.hits.pop("attempt")
    # resolved past struggles: years ago / used to + doing well now, and nothing current
    if f.has("resolved") and (f.has("past_marker") or f.has("attempt_past", "sh_past")) and not f.has("current_marker"):
        for k in list(f.hits):
            if k.startswith(("si_", "plan_", "attempt", "sh_", "prep_", "finality", "panic_past", "ed_")):
                f.suppressed.extend("resolved past: " + e for e in f.hits.pop(k))
    if f.has("sh_relapse") and re.search(
        r"\b(?:deep|cleaned it|cut|cuts|blade|razor|marks|bleed\w*|scars?|plasters?|"
        r"bandage\w*|\d+ (?:days|weeks|months)|clean for|days clean|wound)\b",
        t,
    ):
        f.add("sh_act", f.hits["sh_relapse"][0])
    if f.has("sh_past") and not f.has("current_marker") and not f.has("sh_urge"):
        f.hits.pop("sh_act", None)
    # hyperbole: "I'll kill myself if I have to sit through another meeting lol"
    joke = "joke" in f.frames and not SERIOUS.search(t)
    if joke and f.has("hyper_cond"):
        others = {k for k in f.hits if k.startswith(("plan_", "attempt", "sh_", "od_", "act_"))}
        if not others:
            for k in ("si_active", "si_wish", "si_passive"):
                if k in f.hits:
                    f.suppressed.extend("hyperbole: " + e for e in f.hits.pop(k))
    if joke and re.search(
        r"\b(?:wanted to die|felt like dying|could have died|nearly died|was going to die|"
        r"(?:i'll|i'm going to|gonna) (?:kill|murder) (?:him|her|them|you))\b",
        t,
    ):
        for k in ("si_wish", "si_active", "hto_intent"):
            if k in f.hits and not any(x in f.hits for x in ("plan_means", "plan_method", "hto_weapon", "attempt")):
                f.suppressed.extend("hyperbole: " + e for e in f.hits.pop(k))
    # the embarrassment idiom, past tense only: "I was so embarrassed I wanted to die" (a present "I want to
    # die" stays flagged, and so does anything with another risk cue)
    if (
        _EMBARRASSED.search(t)
        and not SERIOUS.search(t)
        and not any(
            k.startswith(("plan_", "attempt", "sh_", "od_", "act_", "finality", "si_timeframe", "si_control"))
            for k in f.hits
        )
    ):
        for k in ("si_wish", "si_active"):
            if k in f.hits and all(re.search(r"wanted to die|could(?: have|'ve) died", e) for e in f.hits[k]):
                f.suppressed.extend("embarrassment idiom: " + e for e in f.hits.pop(k))
    # heartbreak, not violence: "I want to tell her how much she hurt me" after she cheated (past tense "hurt",
    # a betrayal named, nothing physical); "he hurts me", "hurting me" and any physical cue stay abuse
    if f.has("abuse_phys") and heartbreak(t):
        _suppress_matching(f, "abuse_phys", r"\bhurt (?:me|my)\b", "heartbreak")
    trivial_if = re.search(r"\bif (?:i|he|she|they|you|my \w+) .{0,60}(?:one more|another|again|ever again)\b", t)
    if (
        trivial_if
        and not SERIOUS.search(t)
        and not f.has("hto_weapon", "hto_surveil", "plan_means", "plan_prep", "attempt")
    ):
        for k in ("hto_intent", "si_active", "si_wish", "plan_method", "plan_intent"):
            if k in f.hits and re.search(
                r"murder|kill|strangle|throttle|throw myself|jump|shoot|hang|die|end it|kms", " ".join(f.hits[k])
            ):
                f.suppressed.extend("hyperbole: " + e for e in f.hits.pop(k))
    if f.frames & {"relationship", "admin"}:
        for k in ("si_active", "plan_intent"):
            _suppress_matching(f, k, r"\bend(?:ing)? (?:it|things)\b(?! all)", "frame")
    if f.has("hto_cond_hyper") and not f.has("hto_weapon", "hto_surveil") and not SERIOUS.search(t):
        if "hto_intent" in f.hits:
            f.suppressed.extend("hyperbole: " + e for e in f.hits.pop("hto_intent"))
    if joke and f.has("hto_intent") and not f.has("hto_weapon", "hto_surveil"):
        f.suppressed.extend("joke: " + e for e in f.hits.pop("hto_intent"))
