"""Frames: what explains a crisis phrase away, and whose experience it is.

* Message frames (`FRAMES`): fiction, news/academic, games, sport, code, cooking/hunting, jokes,
  hypotheticals ("what should I say if a pupil tells me..."), relationships and admin ("end it with
  him tonight", "cancel my contract"), questions about slang, clarifications, palliative care and
  benign look-alikes of preparation (moving house, a new baby, a wedding).  `FRAME_SCOPE` says which
  frames may suppress which feature family (by key prefix); an explicit first person keeps the
  families in `FRAMED_OK` ("in my novel... but honestly I want to die too").  `SERIOUS` ("not
  joking", "I mean it") cancels the joke frame.
* Negation (`negated_at`): a negator in the last six words of the same clause before the match,
  with no subject, "but", "know", "care" etc. in between ("I'm not going to kill myself" is
  negated; "I don't know, I want to die" is not).
* Person (`person_of`): self, other person or generic "we"; reported speech ("she said she wants to
  die") makes a first-person phrase someone else's.  `TO_OTHER` maps a self feature to its
  third-party bucket when the subject turns out to be someone else (None: drop it).

Jokes, hyperbole ("I'll kill myself if I have to sit through another meeting lol") and resolved past
struggles are read per message in features.post_extract; figurative idioms the rules leave unflagged
("this spreadsheet will be the death of me") are for pixel_model/crisis/idioms.py, in the fusion.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicons import expand

if TYPE_CHECKING:  # pragma: no cover
    from .table import Rule

__all__ = [
    "FRAMES",
    "FRAME_SCOPE",
    "frame_for",
    "SERIOUS",
    "REPORTED",
    "OTHER_SUBJ",
    "SELF_SUBJ",
    "SELF_GROUP",
    "NEGATORS",
    "NEG_BREAK",
    "TO_OTHER",
    "FRAMED_OK",
    "negated_at",
    "person_of",
]

FRAMES = {
    "fiction": re.compile(
        expand(
            r"\b(?:(?:my|a|the|this|her|his) (?:novel|short story|fanfic|screenplay|script|poem|play|book|comic|manga|"
            r"character|characters|protagonist|villain)|(?:writing|write|wrote|reading|read|finished) (?:a |my |the )?"
            r"(?:novel|story|short story|book|script|screenplay|poem|fanfic|scene|thriller|chapter)|chapter \d+"
            r"|in chapter|"
            r"in (?:the|my|a|this) (?:novel|book|film|movie|show|series|episode|story|play|game|anime|comic)|"
            r"medical dramas?|thriller|villain|"
            r"protagonist|fan fiction|fanfic|roleplay|role-play|d&d|dnd|lyrics|poem|poetry|writing prompt|the plot"
            r"|a plot|"
            r"plot twist|outline the plot|biography|biographies|memoir|detective|whodunn?it)\b"
        )
    ),
    "academic": re.compile(
        r"\b(?:essay|coursework|homework|assignment|presentation|module|lecture|dissertation|thesis|"
        r"history (?:essay|class|lesson|project|coursework|teacher|homework|presentation|module|exam|book)|(?:in|for|"
        r"studying) history|"
        r"historical|century|victorian|medieval|world war|ww1|ww2|wwii|holocaust|auschwitz|"
        r"the news|news report|article|journalism|journalist|reporting on|statistics|documentary|"
        r"podcast|research paper|a-level|gcse|textbook|for (?:a|my) class|uni paper|"
        r"tsunami|earthquake|genocide|execution|penal|tragedy|tragedies|greek|shakespeare|mythology|myths?|legends?|"
        r"true crime|case study|mass suicide|werther effect|(?:book|school|biography|lab|history|news) report|"
        r"psychology class|my course|my degree|training course|studying|revision)\b"
    ),
    "game": re.compile(
        r"\b(?:game|games|gaming|gamer|elden ring|sims|minecraft|fortnite|call of duty|boss fight|the boss|"
        r"npc|quest|respawn|pvp|multiplayer|xbox|playstation|ps5|nintendo|chess|fifa|headshot|shoot the ball|"
        r"dungeon|speedrun|tournament|phase (?:one|two|\d))\b"
    ),
    "sport": re.compile(
        r"\b(?:football|rugby|cricket|tennis|hockey|basketball|netball|match|league|under-1\d|pitch|"
        r"referee|marathon|"
        r"half marathon|race|workout|gym session|mile \d+|\d+k|parkrun|cycling|sprint|boxing|sparring|"
        r"martial arts|mma|judo)\b"
    ),
    "code": re.compile(
        r"\b(?:process|processes|thread|threads|pid|sigterm|sigkill|kill -9|daemon|python|java|"
        r"javascript|compiler|linker|linking|git|rebase|kubectl|kubernetes|pod|container|docker|terminal|"
        r"command line|bash|linux|ubuntu|cron|database|task manager|segfault|exception|stack trace|"
        r"zombie process|child process|parent process|spreadsheet|vlookup|excel|the build)\b"
    ),
    "food_hunt": re.compile(
        r"\b(?:recipe|cook|cooking|lobster|crab|fish|fishing|trout|salmon|deer|hunting|hunt|field dress|"
        r"butcher|gut|dispatch|slaughter(?:house)?|humane(?:ly)?|pest|mice|mouse|rats|pigeon|chicken|"
        r"put down|the vet|vets)\b"
    ),
    "joke": re.compile(
        r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|joking|joke|jokes|banter|morbid|"
        r"dark humou?r|birthday card|meme|memes)\b"
    ),
    "hypothetical": re.compile(
        r"\b(?:what (?:do|should|would|can) (?:i|you|we) (?:do|say) if|if (?:a|someone|somebody|anyone|"
        r"one of my) [\w']+ (?:tells|says|said|told)|"
        r"how (?:do|should|can|would) (?:i|you|we) (?:help|support|respond to|talk to) (?:a|someone|somebody|people)|"
        r"want to be prepared|"
        r"in case (?:a|someone|one of)|warning signs)\b"
    ),
    "relationship": re.compile(
        r"\b(?:break ?up|break-up|breakup|dumping|dump him|dump her|relationship|dating|boyfriend|girlfriend|"
        r"fianc[eé]e?|engagement|situationship|(?:end|ending|ended) (?:it|things) with|with (?:him|her|tom|\w+) "
        r"(?:tonight|today))\b"
    ),
    "admin": re.compile(
        r"\b(?:netflix|spotify|subscription|subscriptions|membership|contract|billing|free trial|broadband|phone plan|"
        r"lease|tenancy|direct debit|account settings|unsubscribe)\b"
    ),
    "meta": re.compile(
        r"\b(?:is|what does|what's|whats|meaning of|define) ['\"]?(?:unalive|kms|ctb|sewer ?slide|self[- ]delete|"
        r"catch the bus)['\"]? (?:a (?:real )?word|mean|stand for|short for)|(?:tiktok|social media) (?:word|slang"
        r"|thing)\b"
    ),
    "clarified": re.compile(
        r"\b(?:the|my) [\w ]{2,20}, i mean\b|\bi mean(?:t)? (?:the|my) (?:diet|job|course|degree|gym|relationship|"
        r"commute|revision|essay|project|team|subscription|contract)\b"
    ),
    "palliative": re.compile(r"\b(?:palliative|hospice|end of life care|terminally ill|end-of-life)\b"),
    "benign_prep": re.compile(
        r"\b(?:moving|move to|moving to|relocat\w*|emigrat\w*|new job|last day|leaving (?:the|this|my) "
        r"(?:job|company|team|role)|retir\w*|new baby|first baby|our baby|pregnan\w*|guardians?|wedding|"
        r"downsiz\w*|declutter\w*|spring clean\w*|colleagues|the team|house move|new house|new flat|"
        r"going travelling|gap year|mortgage|guardianship|twins|newborn|just had (?:a|our) baby|expecting|"
        r"getting married|starting a new|promotion|redundancy|estate planning)\b"
    ),
}
# which frames can explain away a feature family (by key prefix)
FRAME_SCOPE = {
    "si_hopeless": {"fiction", "academic", "game", "code", "clarified", "admin"},
    "si_weak": {"fiction", "academic", "clarified"},
    "si_": {"fiction", "academic", "game", "code", "meta", "admin"},
    "plan_": {"fiction", "academic", "game", "code", "admin"},
    "attempt": {"fiction", "academic"},
    "finality": {"fiction", "academic", "code"},
    "prep_": {"fiction", "academic"},
    "site_": {"fiction", "academic"},
    "act_": {"fiction", "academic", "game"},
    "sh_": {"fiction", "academic"},
    "hto_": {"fiction", "academic", "game", "code", "food_hunt", "sport"},
    "abuse_": {"fiction", "academic", "sport"},
    "psy_": {"fiction", "academic"},
    "od_": {"fiction", "academic"},
    "o_hto": {"fiction", "academic", "game", "code", "food_hunt", "sport", "hypothetical"},
    "o_": {"fiction", "academic", "hypothetical"},
}


def frame_for(key: str, frames: set[str]) -> set[str]:
    for pre, scope in FRAME_SCOPE.items():
        if key.startswith(pre):
            return frames & scope
    return set()


SERIOUS = re.compile(r"\b(?:not joking|i'm not kidding|no joke|i mean it|for real|seriously|fr fr|actually)\b")

# who is speaking about whom
REPORTED = re.compile(
    expand(
        r"\b(?:he|she|they|my <REL>|<REL>|a kid|someone)\b[^.]{0,50}?\b(?:said|says|keeps saying|kept saying|texted"
        r"|posted|wrote|"
        r"messaged|told (?:me|us|everyone)|saying|tweeted)\b"
    )
)
OTHER_SUBJ = re.compile(
    expand(
        r"(?:(?:^|[,;:] |\b(?:and|but|because|so|then|when|if|that|since|who|one of) )(?:my|our|a|"
        r"the|this|his|her) "
        r"(?:[\w-]+ )?<REL>s?(?!'s)\b|(?:^|[,;:] |\b(?:and|but|because|so|then|when|if|that|"
        r"since) )<REL>s?\b(?!'s)|"
        r"\b(?:he|she|he's|she's|they|they're)\b)"
    )
)
SELF_SUBJ = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|myself)\b")
SELF_GROUP = {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself"}
NEGATORS = re.compile(
    r"\b(?:not|never|no|nor|don't|doesn't|didn't|won't|wouldn't|isn't|aren't|wasn't|no longer|"
    r"hardly|haven't|hasn't|nothing)\b"
)
NEG_BREAK = re.compile(
    r"\b(?:i|you|he|she|they|we|but|know|think|care|mind|sure|stop|help|why|if|because|and|though)\b"
)
# self feature -> third-party bucket when the subject turns out to be someone else
TO_OTHER = {
    "si_passive": "o_si",
    "si_burden": "o_si",
    "si_hopeless": "o_si",
    "si_wish": "o_si",
    "si_active": "o_si",
    "si_control": "o_si",
    "plan_method": "o_plan",
    "plan_means": "o_plan",
    "plan_prep": "o_plan",
    "plan_intent": "o_plan",
    "plan_research": "o_plan",
    "plan_rehearsal": "o_plan",
    "attempt": "o_plan",
    "sh_act": "o_sh",
    "psy_exp": "o_psy",
    "abuse_suspect": "o_abuse",
    "abuse_phys": "o_abuse",
    "abuse_control": "o_abuse",
    "hto_revenge": "o_hto",
    "prep_weak": None,
    "plan_means_weak": None,
    "plan_research_height": None,
    "plan_research_dose": None,
    "finality": "o_plan",
    "od_ingest": "od_other",
    "od_explicit": "od_other",
    "si_weak": None,
    "plan_method_know": None,
    "site_visit": None,
}
FRAMED_OK = {
    "si_active",
    "si_wish",
    "si_passive",
    "si_burden",
    "si_control",
    "plan_method",
    "plan_means",
    "plan_prep",
    "plan_intent",
    "plan_rehearsal",
    "attempt",
    "sh_act",
    "sh_urge",
}


def negated_at(sent: str, start: int) -> bool:
    prefix = sent[:start]
    clause = re.split(r"[,:]|\bbut\b|\bthough\b|\bbecause\b", prefix)[-1]
    toks = clause.split()[-6:]
    window = " ".join(toks)
    m = None
    for m in NEGATORS.finditer(window):  # noqa: B007 - the last match is the one wanted
        pass
    if not m:
        return False
    between = window[m.end() :]
    return not NEG_BREAK.search(between)


def person_of(rule: Rule, m: re.Match, sent: str) -> str:
    if rule.person in ("self", "other", "any"):
        p = rule.person
    elif "p" in rule.rx.groupindex and m.group("p"):
        p = "self" if m.group("p").split()[0] in SELF_GROUP else "other"
        return p
    else:
        prefix = sent[: m.start()]
        o = [x.end() for x in OTHER_SUBJ.finditer(prefix)]
        s = [x.end() for x in SELF_SUBJ.finditer(prefix)]
        p = "other" if o and (not s or o[-1] > s[-1]) else "self"
        if p == "self" and SELF_SUBJ.search(m.group(0)):
            p = "self"
    if p == "self" and rule.person == "auto" and not SELF_SUBJ.search(m.group(0)):
        prefix = sent[: m.start()]
        g = [x.end() for x in re.finditer(r"\b(?:we|we're|let's)\b", prefix)]
        sl = [x.end() for x in SELF_SUBJ.finditer(prefix)]
        if g and (not sl or g[-1] > sl[-1]):
            return "generic"
    if p == "self":
        rep = None
        for rep in REPORTED.finditer(sent[: m.start()]):  # noqa: B007 - the last match is the one wanted
            pass
        if rep and not re.search(r"\bbut i\b|, and i\b", sent[rep.end() : m.start()]):
            return "other"
    return p
