"""Text normalisation: what every rule sees instead of the raw message.

Lower case, NFKC, ASCII quotes and dashes, zero-width characters removed, emoji that carry meaning
mapped to words (a knife, pills, a laughing face keeps the joke frame visible) and the rest dropped;
then the tricks people use to get past filters are undone: spaced-out letters ("k i l l  m y s e l f"),
masked words ("s*icide"), leetspeak limited to crisis vocabulary ("k1ll"), run-together compounds
("killmyself", "#endit"), common misspellings ("sucide", "paracetemol"), chat spellings and
contractions without apostrophes ("im", "wanna", "2nite") and dropped g's ("cuttin'").
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise"]

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_EMOJI_WORDS = {
    "\U0001f52a": " knife ",
    "\U0001f5e1": " knife ",
    "\U0001f48a": " pills ",
    "\U0001faa6": " grave ",
    "\u26b0": " coffin ",
    "\U0001f52b": " gun ",
    "\U0001fa78": " blood ",
    "\U0001faa2": " rope ",
    "\U0001f489": " needle ",
    # laughing faces keep the joke frame visible to the rules
    "\U0001f602": " lol ",
    "\U0001f923": " lol ",
    "\U0001f480": " lol ",
    "\U0001f606": " lol ",
    "\U0001f644": " lol ",
}
_SPACED = re.compile(r"(?<![\w@$])[a-z0-9@$](?:[ .\-_*][a-z0-9@$]){2,}(?![\w@$])")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"}
)
_LEET_TOKEN = re.compile(r"(?<![\w@$!|])(?=[\w@$!|]*[a-z])(?=[\w@$!|]*[0-9@$!|])[\w@$!|]+")
_CRISIS_VOCAB = frozenset(
    """
kill kills killing killed myself self suicide suicidal die dying died dead death overdose overdosed
overdosing hang hanging noose rope pills pill cut cutting cuts blade razor bleed bleeding jump shoot gun
knife stab poison hurt harm unalive end life want wanna ded kms voices voice have dad mum mom sister
brother tell telling told says hate help please tonight today now took taken tablets meds bridge
blood alone anymore abuse rape hit hits beat choke choked strangle to too me my it am and the of off all
""".split()
)
_MASK_WORDS = (
    "suicide",
    "suicidal",
    "kill",
    "myself",
    "die",
    "dead",
    "death",
    "self",
    "harm",
    "cutting",
    "overdose",
    "unalive",
)
_COMPOUNDS = {
    "killmyself": "kill myself",
    "killmyslf": "kill myself",
    "endmylife": "end my life",
    "wanttodie": "want to die",
    "iwanttodie": "i want to die",
    "wannadie": "want to die",
    "hangmyself": "hang myself",
    "cutmyself": "cut myself",
    "hurtmyself": "hurt myself",
    "selfharm": "self harm",
    "unalivemyself": "unalive myself",
    "endit": "end it",
    "endItall": "end it all",
    "enditall": "end it all",
    "imgoingtokillmyself": "i'm going to kill myself",
}
_WORD_FIX = {
    # suicide family
    "sucide": "suicide",
    "suicde": "suicide",
    "suicid": "suicide",
    "suiside": "suicide",
    "sucuide": "suicide",
    "suecide": "suicide",
    "suicie": "suicide",
    "suside": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suisidal": "suicidal",
    "suicidle": "suicidal",
    "sucicidal": "suicidal",
    "suicidial": "suicidal",
    "susidal": "suicidal",
    "kil": "kill",
    "kiling": "killing",
    "killin": "killing",
    "myslef": "myself",
    "mysef": "myself",
    "myslf": "myself",
    "meself": "myself",
    "dieing": "dying",
    "dyin": "dying",
    "ded": "dead",
    "od'd": "overdosed",
    "oded": "overdosed",
    "od'ed": "overdosed",
    "od": "overdose",
    "overdoze": "overdose",
    "ovrdose": "overdose",
    "overdosed'": "overdosed",
    "pils": "pills",
    "pillz": "pills",
    "paracetemol": "paracetamol",
    "paracetomol": "paracetamol",
    "paracetamole": "paracetamol",
    "tylenols": "tylenol",
    "cuting": "cutting",
    "bleding": "bleeding",
    "hangin": "hanging",
    "jumpin": "jumping",
    "livin": "living",
    "nothin": "nothing",
    "somethin": "something",
    "rop": "rope",
    "redy": "ready",
    "relly": "really",
    "realy": "really",
    "hav": "have",
    "slef": "self",
    "selfharm": "self harm",
    "selfharming": "self harming",
    # contractions without apostrophes / chat spellings
    "im": "i'm",
    "ive": "i've",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "thats": "that's",
    "whats": "what's",
    "theres": "there's",
    "cannot": "can't",
    "aint": "ain't",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "abt": "about",
    "u": "you",
    "ur": "your",
    "bc": "because",
    "cuz": "because",
    "cos": "because",
    "coz": "because",
    "bcos": "because",
    "bcuz": "because",
    "rn": "right now",
    "tonite": "tonight",
    "2nite": "tonight",
    "2night": "tonight",
    "2day": "today",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tomoz": "tomorrow",
    "thru": "through",
    "ppl": "people",
    "nvm": "never mind",
    "idk": "i don't know",
    "ngl": "honestly",
    "fr": "for real",
    "plz": "please",
    "pls": "please",
    "tuk": "took",
    "thnk": "think",
    "hart": "heart",
    "whatev": "whatever",
    "sumthin": "something",
    "nuthin": "nothing",
    "bcz": "because",
    "b4": "before",
    "2moro": "tomorrow",
    "tabz": "tablets",
    "pilz": "pills",
    "overdosin": "overdosing",
    "wiv": "with",
    "bout": "about",
    "shes": "she's",
    "hes": "he's",
    "theyre": "they're",
    "youre": "you're",
    "wouldve": "would've",
    "sewerslide": "sewer slide",
    "sewersliding": "sewer sliding",
    "werent": "weren't",
    "b": "be",
}
_G_DROP = frozenset(
    """cutt bleed dy kill hurt rac shak breath tak jump hang burn think feel go do try
want wish plann sav count hid pack writ giv say scratch punch bang starv drink drown end leav talk comm
""".split()
)
_WORD_FIX_RX = re.compile(
    r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _WORD_FIX), key=len, reverse=True)) + r")(?![\w'])"
)
_COMPOUND_RX = re.compile(
    r"(?<!\w)#?("
    + "|".join(sorted(map(re.escape, {k.lower() for k in _COMPOUNDS}), key=len, reverse=True))
    + r")(?!\w)"
)
_MY_SELF = re.compile(r"\bmy self\b(?!(?: |-)?(?:esteem|worth|confidence|image|care|respect|belief|doubt))")


def _strip_emoji(t: str) -> str:
    for e, w in _EMOJI_WORDS.items():
        if e in t:
            t = t.replace(e, w)
    out = []
    for ch in t:
        cat = unicodedata.category(ch)
        if cat == "So" or (cat == "Sk" and ord(ch) > 0x2000) or ch in "\ufe0e\ufe0f" or 0x1F000 <= ord(ch) <= 0x1FAFF:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _unmask(m: re.Match) -> str:
    tok = m.group(0)
    if not re.search(r"[a-z]", tok) or not re.search(r"[*#_]", tok):
        return tok
    rx = re.compile(re.sub(r"[*#_]", ".", tok))
    for w in _MASK_WORDS:
        if rx.fullmatch(w):
            return w
    return tok


def _join_spaced(m: re.Match) -> str:
    run = m.group(0)
    letters = re.sub(r"[ .\-_*]", "", run)
    if sum(c.isalpha() for c in letters) < 2:
        return run
    return letters


def _fix_leet(m: re.Match) -> str:
    tok = m.group(0)
    mapped = tok.translate(_LEET)
    if mapped in _CRISIS_VOCAB or mapped.rstrip("s") in _CRISIS_VOCAB or mapped in _COMPOUNDS:
        return mapped
    return tok


def normalise(text: str) -> str:
    """Lower-cased, NFKC, ASCII quotes, emoji mapped/stripped, spacing/leet/typo tricks undone."""
    t = unicodedata.normalize("NFKC", text or "")
    t = _ZERO_WIDTH.sub("", t).translate(_QUOTES).lower()
    t = _strip_emoji(t)
    if _SPACED.search(t) and re.search(r"\w  +\w", t):  # spaced-out mode: words separated by double spaces
        groups = re.split(r" {2,}", t)
        t = " ".join(
            "".join(g.split(" ")) if len(g.split(" ")) > 1 and all(len(x) == 1 for x in g.split(" ")) else g
            for g in groups
        )
    t = _SPACED.sub(_join_spaced, t)  # before whitespace collapse: "k i l l  m y s e l f"
    # masked words ("k*ll", "s**cide"): bounded runs, so a long run of symbols cannot backtrack quadratically
    # (32,000 asterisks took 13 s with unbounded ones)
    t = re.sub(r"\b[a-z]{0,24}[*#_]{1,12}[a-z*#_]{0,24}\b|\b[a-z]{1,24}[*#]{1,12}[a-z]{0,24}", _unmask, t)
    t = re.sub(r"\s+", " ", t).strip()
    t = _LEET_TOKEN.sub(_fix_leet, t)
    t = _COMPOUND_RX.sub(lambda m: _COMPOUNDS.get(m.group(1), m.group(1)), t)
    t = _MY_SELF.sub("myself", t)
    t = re.sub(r"\bself-harm", "self harm", t)
    t = re.sub(r"\bo\.d\.?(?!\w)", "overdose", t)
    t = _WORD_FIX_RX.sub(lambda m: _WORD_FIX[m.group(1)], t)
    t = re.sub(r"\b([a-z]+)in'?(?=\W|$)", lambda m: m.group(1) + "ing" if m.group(1) in _G_DROP else m.group(0), t)
    t = re.sub(r"\b2 (many|much)\b", r"too \1", t)
    t = re.sub(r"\bnot (?:going to|gonna) lie\b", "honestly", t)
    t = re.sub(r"\bi (?:is|are) (?=\w)", "i'm ", t)
    return re.sub(r"\s+", " ", t).strip()
