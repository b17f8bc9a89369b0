"""The backstop: co-occurrence of cue categories in a first-person message that no specific rule
explained.

A last-resort backstop flags low/moderate suicidal ideation when a first-person message combines
cue categories (death + method, death + finality, ...) that no specific rule explained.  It only
ever raises to low/moderate suicidal ideation (never plan/imminent), and never inside a frame
(fiction, news, games, benign look-alikes, ...), a pet's or relative's death, a dose or safety
question, or a joke that is not said to be serious.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .frames import SERIOUS
from .lexicons import expand

if TYPE_CHECKING:  # pragma: no cover
    from .features import Feats

__all__ = ["BS_CATS", "backstop"]

BS_CATS = {
    "death": re.compile(
        expand(
            r"\b(?:die|dying|dead|death|suicid\w*|funeral|grave|heaven|afterlife|disappear(?:ing)?|not exist\w*"
            r"|stop existing|"
            r"(?:be|being|stay|staying) alive|not (?:be )?(?:here|around)|(?:be|i'm|i was|was) gone|for good|forever|"
            r"permanent(?:ly)?|"
            r"(?:never|not) wake up|end (?:it|things|everything)|ending (?:it|things)|the end|last (?:day|night|time|"
            r"message|birthday)|"
            r"lethal|fatal|overdose|unalive|kms|goodbye|bye)\b"
        )
    ),
    "method": re.compile(
        expand(
            r"\b(?:<MEDS>|rope|noose|belt|hook|beam|ligature|bridge|roof|ledge|edge|cliffs?|platform|train|tracks|railway|jump\w*|"
            r"falling|floors?|storeys?|heights?|gun|shotgun|rifle|bullets?|knife|blade|razor|bleed\w*|blood|drown\w*|"
            r"the sea|the river|"
            r"the water|hose|exhaust|poison|bleach|car park|quarry|traffic|lorry|balcony|window)\b"
        )
    ),
    "final": re.compile(
        r"\b(?:goodbye|bye|sorry for everything|thank you for everything|love you all|letters?|note|ready|decided"
        r"|tonight|soon|"
        r"planned|the plan|my plan|no one will|nobody will|it's time|one last|final)\b"
    ),
    "distress": re.compile(
        r"\b(?:can't (?:do|take|cope|go on|keep|carry on|handle|anymore)|anymore|any more|hopeless|pointless|no point"
        r"|worthless|"
        r"useless|burden|exhausted|so tired|alone|lonely|nobody|no one cares|empty|numb|trapped|pain|hurts|hurting"
        r"|scared|"
        r"i'm done|had enough|give up|giving up|failure|hate myself|hate my life|miserable|broken|desperate|crying"
        r"|ruined|"
        r"darkness|dark place|heavy|drowning|can't breathe|falling apart|nothing left|no future|no hope|sick of|fed up|"
        r"don't care|what's the point|struggling|can't stop|overwhelmed|unbearable|suffering)\b"
    ),
}
_BS_FIRST = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b")
_BS_BLOCK_FRAMES = {
    "fiction",
    "academic",
    "game",
    "code",
    "food_hunt",
    "sport",
    "benign_prep",
    "palliative",
    "relationship",
    "admin",
    "meta",
    "clarified",
}
_BS_BLOCK = re.compile(
    r"\b(?:my (?:dog|cat|pet|hamster|goldfish|fish|rabbit)|(?:grand)?(?:dad|mum|mom|father|mother|gran|granny|nan|"
    r"grandma|grandad|grandpa|"
    r"husband|wife|friend|son|daughter) (?:died|passed)|died (?:last|this|in|a few)|passed away|pass away|(?:is"
    r"|are) (?:it|this) "
    r"(?:safe|normal|dangerous|toxic)|safe to|side effects?|(?:max|maximum) dose|recipe|funny|birthday|"
    r"how (?:do|can|should) (?:i|we) (?:store|keep|dispose|explain|tell|help|support|talk)|what should i (?:say|do)|"
    r"(?:my|our) (?:kid|kids|child|children|son|daughter|toddler|baby) (?:ate|swallowed|got))\b"
)


def backstop(f: Feats, t: str) -> None:
    if f.frames & _BS_BLOCK_FRAMES or _BS_BLOCK.search(t) or not _BS_FIRST.search(t):
        return
    if "joke" in f.frames and not SERIOUS.search(t):
        return
    cats = {}
    for name, rx in BS_CATS.items():
        found = {m.group(0) for m in rx.finditer(t)}
        if found:
            cats[name] = found
    n_distress = len(cats.get("distress", ()))
    death, method, final = "death" in cats, "method" in cats, "final" in cats
    strong = (
        (death and method)
        or (death and final and cats["final"] - cats["death"])
        or (method and final and n_distress)
        or (death and n_distress >= 2)
        or (method and n_distress >= 3)
    )
    if strong:
        words = sorted(set().union(*cats.values()))[:6]
        f.add("bs_si", "co-occurring crisis cues: " + ", ".join(words))
