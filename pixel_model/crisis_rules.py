"""Recall-first RULE LAYER of Pixel's crisis detection (standard library only).

The layer never decides on whole-sentence templates.  It extracts *features* from the
normalised text of every USER turn -- ideation tiers, method, means, timeframe, intent,
preparation, person (self / third party), negation, and frames (fiction, news, code,
games, cooking, jokes) -- and composes the C-SSRS-inspired risk level from them:

    passive wish / hopelessness / burden              -> low (moderate with risk factors)
    active ideation                                    -> moderate
    + method considered or control slipping            -> high
    plan / means / preparation / research / attempt    -> high + suicide_plan
    plan/means + timeframe <= 24 h, or act in progress -> imminent + immediate_harm
    overdose taken (self or bystander)                 -> imminent + substance_overdose
    self-harm -> moderate (high if dangerous/escalating); harm to others, abuse,
    psychosis, panic and third-party concern follow the project's dev-set rules.

Conversations: features are pooled over every user turn, so risk never fades after a topic
change or a retraction, and combinations work across turns (means in one, "tonight" in the
next).  Resolved past struggles ("years ago ... doing well now") are judged *none*.

`negated` is True when a crisis phrase matched but every match was judged an idiom,
fiction/news/code frame, negation or resolved past, so the final risk is "none".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .taxonomy import CRISIS_SIGNALS, RISK_INDEX, RISK_LEVELS

__all__ = ["RuleFinding", "normalise", "assess_message", "assess_conversation"]


# --------------------------------------------------------------------------------------------
# labels (validated against the taxonomy; never invented here)
# --------------------------------------------------------------------------------------------
def _label(name: str, allowed: tuple[str, ...]) -> str:
    if name not in allowed:  # pragma: no cover - guards against taxonomy drift
        raise ImportError(f"crisis_rules: label {name!r} missing from taxonomy")
    return name


SI = _label("suicidal_ideation", CRISIS_SIGNALS)
PLAN = _label("suicide_plan", CRISIS_SIGNALS)
SH = _label("self_harm", CRISIS_SIGNALS)
HTO = _label("harm_to_others", CRISIS_SIGNALS)
ABUSE = _label("abuse", CRISIS_SIGNALS)
OD = _label("substance_overdose", CRISIS_SIGNALS)
PSY = _label("psychotic_symptoms", CRISIS_SIGNALS)
PANIC = _label("severe_panic", CRISIS_SIGNALS)
IMMEDIATE = _label("immediate_harm", CRISIS_SIGNALS)

NONE, LOW, MOD, HIGH, IMM = (RISK_INDEX[_label(r, RISK_LEVELS)] for r in
                              ("none", "low", "moderate", "high", "imminent"))


@dataclass(frozen=True)
class RuleFinding:
    signals: frozenset[str]
    risk: str
    evidence: tuple[str, ...]
    negated: bool = False


# --------------------------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------------------------
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                         "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                         "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-"})
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_EMOJI_WORDS = {
    "\U0001F52A": " knife ", "\U0001F5E1": " knife ", "\U0001F48A": " pills ", "\U0001FAA6": " grave ",
    "\u26B0": " coffin ", "\U0001F52B": " gun ", "\U0001FA78": " blood ", "\U0001FAA2": " rope ",
    "\U0001F489": " needle ",
    # laughing faces keep the joke frame visible to the rules
    "\U0001F602": " lol ", "\U0001F923": " lol ", "\U0001F480": " lol ", "\U0001F606": " lol ",
}
_SPACED = re.compile(r"(?<![\w@$])[a-z0-9@$](?:[ .\-_*][a-z0-9@$]){2,}(?![\w@$])")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i", "|": "l"})
_LEET_TOKEN = re.compile(r"(?<![\w@$!|])(?=[\w@$!|]*[a-z])(?=[\w@$!|]*[0-9@$!|])[\w@$!|]+")
_CRISIS_VOCAB = frozenset("""
kill kills killing killed myself self suicide suicidal die dying died dead death overdose overdosed
overdosing hang hanging noose rope pills pill cut cutting cuts blade razor bleed bleeding jump shoot gun
knife stab poison hurt harm unalive end life want wanna ded kms voices voice have dad mum mom sister
brother tell telling told says hate help please tonight today now took taken tablets meds bridge
blood alone anymore abuse rape hit hits beat choke choked strangle
""".split())
_COMPOUNDS = {
    "killmyself": "kill myself", "killmyslf": "kill myself", "endmylife": "end my life",
    "wanttodie": "want to die", "iwanttodie": "i want to die", "wannadie": "want to die",
    "hangmyself": "hang myself", "cutmyself": "cut myself", "hurtmyself": "hurt myself",
    "selfharm": "self harm", "unalivemyself": "unalive myself", "endit": "end it",
    "endItall": "end it all", "enditall": "end it all", "imgoingtokillmyself": "i'm going to kill myself",
}
_WORD_FIX = {
    # suicide family
    "sucide": "suicide", "suicde": "suicide", "suicid": "suicide", "suiside": "suicide",
    "sucuide": "suicide", "suecide": "suicide", "suicie": "suicide", "suside": "suicide",
    "sucidal": "suicidal", "suicdal": "suicidal", "suisidal": "suicidal", "suicidle": "suicidal",
    "sucicidal": "suicidal", "suicidial": "suicidal", "susidal": "suicidal",
    "kil": "kill", "kiling": "killing", "killin": "killing", "myslef": "myself", "mysef": "myself",
    "myslf": "myself", "meself": "myself", "dieing": "dying", "dyin": "dying", "ded": "dead",
    "od'd": "overdosed", "oded": "overdosed", "od'ed": "overdosed", "od": "overdose",
    "overdoze": "overdose", "ovrdose": "overdose", "overdosed'": "overdosed",
    "pils": "pills", "pillz": "pills", "paracetemol": "paracetamol", "paracetomol": "paracetamol",
    "paracetamole": "paracetamol", "tylenols": "tylenol", "cuting": "cutting", "bleding": "bleeding",
    "hangin": "hanging", "jumpin": "jumping", "livin": "living", "nothin": "nothing",
    "somethin": "something", "rop": "rope", "redy": "ready", "relly": "really", "realy": "really",
    "hav": "have", "slef": "self", "selfharm": "self harm", "selfharming": "self harming",
    # contractions without apostrophes / chat spellings
    "im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't", "wont": "won't", "didnt": "didn't",
    "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't", "wouldnt": "wouldn't",
    "couldnt": "couldn't", "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't",
    "thats": "that's", "whats": "what's", "theres": "there's", "cannot": "can't", "aint": "ain't",
    "wanna": "want to", "wana": "want to", "gonna": "going to", "gotta": "got to", "tryna": "trying to",
    "abt": "about", "u": "you", "ur": "your", "bc": "because", "cuz": "because", "cos": "because",
    "coz": "because", "bcos": "because", "bcuz": "because", "rn": "right now", "tonite": "tonight",
    "2nite": "tonight", "2night": "tonight", "2day": "today", "2morrow": "tomorrow", "tmrw": "tomorrow",
    "tmr": "tomorrow", "tomoz": "tomorrow", "thru": "through", "ppl": "people", "nvm": "never mind",
    "idk": "i don't know", "ngl": "not going to lie", "fr": "for real", "plz": "please", "pls": "please",
    "tuk": "took", "thnk": "think", "hart": "heart", "whatev": "whatever", "sumthin": "something",
    "nuthin": "nothing", "bcz": "because", "b4": "before", "2moro": "tomorrow", "tabz": "tablets",
    "pilz": "pills", "overdosin": "overdosing", "wiv": "with",
}
_G_DROP = frozenset("""cutt bleed dy kill hurt rac shak breath tak jump hang burn think feel go do try
want wish plann sav count hid pack writ giv say scratch punch bang starv drink drown
""".split())
_WORD_FIX_RX = re.compile(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _WORD_FIX), key=len,
                                                              reverse=True)) + r")(?![\w'])")
_COMPOUND_RX = re.compile(r"(?<!\w)#?(" + "|".join(sorted(map(re.escape, {k.lower() for k in _COMPOUNDS}),
                                                           key=len, reverse=True)) + r")(?!\w)")
_MY_SELF = re.compile(r"\bmy self\b(?!(?: |-)?(?:esteem|worth|confidence|image|care|respect|belief|doubt))")


def _strip_emoji(t: str) -> str:
    for e, w in _EMOJI_WORDS.items():
        if e in t:
            t = t.replace(e, w)
    out = []
    for ch in t:
        cat = unicodedata.category(ch)
        if cat == "So" or (cat == "Sk" and ord(ch) > 0x2000) or ch in "\ufe0e\ufe0f" or \
                0x1F000 <= ord(ch) <= 0x1FAFF:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


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
    t = _SPACED.sub(_join_spaced, t)          # before whitespace collapse: "k i l l  m y s e l f"
    t = re.sub(r"\s+", " ", t).strip()
    t = _LEET_TOKEN.sub(_fix_leet, t)
    t = _COMPOUND_RX.sub(lambda m: _COMPOUNDS.get(m.group(1), m.group(1)), t)
    t = _MY_SELF.sub("myself", t)
    t = re.sub(r"\bself-harm", "self harm", t)
    t = re.sub(r"\bo\.d\.?(?!\w)", "overdose", t)
    t = _WORD_FIX_RX.sub(lambda m: _WORD_FIX[m.group(1)], t)
    t = re.sub(r"\b([a-z]+)in'?(?=\W|$)", lambda m: m.group(1) + "ing" if m.group(1) in _G_DROP else m.group(0), t)
    t = re.sub(r"\b2 (many|much)\b", r"too \1", t)
    t = re.sub(r"\bi (?:is|are) (?=\w)", "i'm ", t)
    return re.sub(r"\s+", " ", t).strip()


# --------------------------------------------------------------------------------------------
# lexicon macros (expanded into patterns with <NAME>)
# --------------------------------------------------------------------------------------------
_M: dict[str, str] = {}
_M["ADV"] = (r"(?:(?:really|just|honestly|actually|seriously|literally|so|genuinely|kind of|kinda|sort of|"
             r"sometimes|often|still|truly|definitely|totally|basically|even|almost|kinda|lowkey|"
             r"secretly|always|also|only|ever|all|now|completely|sincerely|right|pretty|quite|very) )*")
_M["IM"] = r"(?:i'm|i am)"
_M["ISUBJ"] = r"(?:i|i'm|i am|i've|i have|i'd|i would|i'll|i will|i was)"
_M["REL"] = (r"(?:best friend|friend|mate|bestie|son|daughter|kid|kids|child|children|boy|girl|teen|teenager|"
             r"brother|sister|mum|mom|mother|mam|dad|father|stepdad|stepfather|stepmum|stepmom|stepmother|"
             r"grandma|grandad|grandpa|granny|gran|nan|nana|grandmother|grandfather|grandson|granddaughter|"
             r"husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|roommate|flatmate|"
             r"housemate|coworker|co-worker|colleague|boss|manager|neighbour|neighbor|cousin|aunt|auntie|"
             r"uncle|nephew|niece|student|classmate|pupil|patient|client|carer|baby|toddler|"
             r"in-law|mother-in-law|father-in-law|sister-in-law|brother-in-law|wee one|lad|lass)")
_M["MEDS"] = (r"(?:pills?|tablets?|tabs|meds|medication|medications|medicines?|capsules?|paracetamol|"
              r"acetaminophen|tylenol|panadol|ibuprofen|nurofen|aspirin|codeine|co-codamol|cocodamol|"
              r"tramadol|oxycodone|oxycontin|oxys?|morphine|fentanyl|methadone|heroin|xanax|valium|"
              r"diazepam|lorazepam|clonazepam|benzos?|sleeping (?:pills|tablets)|sleepers|"
              r"anti-?depressants|sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|quetiapine|"
              r"lithium|insulin|warfarin|opioids|opiates|painkillers|pain ?killers|zopiclone|propranolol|"
              r"iron tablets|(?:blood pressure|heart|water|sleeping) (?:ones|pills|tablets|meds)|"
              r"medicine (?:cupboard|cabinet)|pastillas|comprimidos|p[ií]lulas|rem[eé]dios|tabletten|"
              r"cachets|m[eé]dicaments)")
_M["WEAPON"] = (r"(?:knife|knives|blade|machete|hammer|bat|baseball bat|crowbar|gun|pistol|rifle|shotgun|"
                r"firearm|petrol|gasoline|lighter fluid|acid|rat poison|poison|antifreeze|axe|hatchet|"
                r"screwdriver|brick|cuchillo|pistola|faca|arma|messer)")
_M["TARGET"] = (r"(?:him|her|them|he|she|they|everyone|everybody|people|the lot of them|those \w+|"
                r"my <REL>|his <REL>|her <REL>|their <REL>|the (?:guy|man|woman|bloke|kid|bully|bullies|"
                r"bitch|bastard|prick|teacher|boss|landlord)|my ex|her new boyfriend|his new girlfriend)")
_M["HARMV"] = (r"(?:kill|murder|hurt|stab|shoot|strangle|choke|beat|batter|attack|punch|poison|smash|"
               r"slash|run (?:him|her|them) over|get rid of|teach (?:him|her|them) a lesson|do (?:him|her|them) in|"
               r"end (?:him|her|them)|burn|set fire to|cut|break (?:his|her) (?:legs|neck|face))")
_M["LOC_HIGH"] = (r"(?:quarry|car park|bridge|roof|rooftop|ledge|cliff|cliffs|balcony|top floor|top floors|tower block|"
                  r"multi-?storey|multistory|multi-?story|car park roof|tall building|building|flyover|"
                  r"overpass|viaduct|quarry|somewhere high)")
_M["LOC_TRACK"] = r"(?:tracks|train tracks|railway|railway line|train line|level crossing|platform edge)"
_M["CONSIDER"] = (r"(?:i'm|i am|think(?:ing)? about|thought about|thoughts? (?:of|about)|keep (?:thinking about|"
                  r"imagining|picturing)|imagin(?:e|ing)|picture|picturing|fantasi[sz]ing about|fantasi[sz]e about|"
                  r"want(?:ed)? to|plan(?:ning)? to|about to|tempted to|urges? to|could (?:just )?|"
                  r"might (?:just )?|consider(?:ing|ed)?|going to|daydream(?:ing)? about|dream(?:ing)? about)")
_M["NEAR"] = (r"(?:right now|now|within the hour|in (?:an|one|half an) hour|in (?:a few|\d+|two|three|four|five|"
              r"ten|fifteen|twenty|thirty) (?:minutes|mins|min)|any minute|any second|in a minute)")
_M["DAYT"] = (r"(?:tonight|tonite|this evening|this afternoon|later today|later tonight|before (?:morning|dawn|"
              r"sunrise)|by morning|after everyone(?:'s| is)? (?:asleep|sleeps|goes to bed|in bed)|once everyone"
              r"(?:'s| is) (?:asleep|in bed|gone)|when everyone(?:'s| is) asleep|when i get home|"
              r"(?:at|around|about) (?:[1-9]|1[0-2]) ?(?:am|a\.m\.|pm|p\.m\.)|in a few hours|"
              r"esta noche|esta noite|heute nacht|heute abend|ce soir|once it's dark|when it gets dark|after dark|when it's dark|"
              r"before (?:the )?sun (?:comes up|rises)|when (?:my )?(?:parents|everyone|they|mum|mom|dad|the house|my \w+|he|she) "
              r"(?:are|is|'s|'re|go|goes|fall|falls|gets?) (?:asleep|in bed|to bed|to sleep|out|home)|at \d{1,2}(?::\d\d)? ?"
              r"(?:am|pm|tonight|o'clock)|(?:going|doing it|do it|leaving|happening|finishes|gets off|comes out|finish) at "
              r"\d{1,2}(?::\d\d)?|it's \d{1,2} ?(?:am|pm))")
_M["LATERT"] = (r"(?:tomorrow|this weekend|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
                r"sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|after (?:my|the) \w+|"
                r"next month|end of the month|in (?:january|february|march|april|may|june|july|august|"
                r"september|october|november|december))")


def _x(p: str) -> str:
    for _ in range(3):
        p = re.sub(r"<([A-Z_]+)>", lambda m: _M[m.group(1)], p)
    return p


# --------------------------------------------------------------------------------------------
# frames
# --------------------------------------------------------------------------------------------
_FRAMES = {
    "fiction": re.compile(_x(
        r"\b(?:(?:my|a|the|this|her|his) (?:novel|short story|fanfic|screenplay|script|poem|play|book|comic|manga|"
        r"character|characters|protagonist|villain|narrator)|(?:writing|write|wrote|reading|read|finished) (?:a |my |the )?"
        r"(?:novel|story|short story|book|script|screenplay|poem|fanfic|scene|thriller|chapter)|chapter \d+|in chapter|"
        r"in (?:the|my|a|this) (?:novel|book|film|movie|show|series|episode|story|play|game|anime|comic)|"
        r"(?:the|a|this) (?:film|movie|episode|tv show|series|musical|opera)\b|medical dramas?|thriller|villain|"
        r"protagonist|fan fiction|fanfic|roleplay|role-play|d&d|dnd|lyrics|poem|poetry|writing prompt|the plot|a plot|"
        r"plot twist|outline the plot|biography|biographies|memoir|detective|whodunn?it)\b")),
    "academic": re.compile(
        r"\b(?:essay|coursework|homework|assignment|presentation|module|lecture|dissertation|thesis|"
        r"history|historical|century|victorian|medieval|world war|ww1|ww2|wwii|holocaust|auschwitz|"
        r"the news|news report|article|journalism|journalist|reporting|statistics|documentary|"
        r"podcast|research paper|a-level|gcse|textbook|for (?:a|my) class|uni paper|"
        r"tsunami|earthquake|genocide|execution|penal|true crime|case study|mass suicide|werther effect|report|"
        r"psychology class|my course|my degree|training course|studying|revision)\b"),
    "game": re.compile(
        r"\b(?:game|games|gaming|gamer|elden ring|sims|minecraft|fortnite|call of duty|boss fight|the boss|"
        r"npc|quest|respawn|pvp|multiplayer|xbox|playstation|ps5|nintendo|chess|fifa|headshot|shoot the ball|"
        r"dungeon|speedrun|tournament|phase (?:one|two|\d))\b"),
    "sport": re.compile(r"\b(?:football|rugby|cricket|tennis|hockey|basketball|netball|match|league|under-1\d|pitch|referee)\b"),
    "code": re.compile(
        r"\b(?:process|processes|thread|threads|pid|sigterm|sigkill|kill -9|daemon|server|python|java|"
        r"javascript|compiler|linker|linking|git|rebase|kubectl|kubernetes|pod|container|docker|terminal|"
        r"command line|bash|linux|ubuntu|cron|database|task manager|segfault|exception|stack trace|"
        r"zombie process|child process|parent process|spreadsheet|vlookup|excel|the build)\b"),
    "food_hunt": re.compile(
        r"\b(?:recipe|cook|cooking|lobster|crab|fish|fishing|trout|salmon|deer|hunting|hunt|field dress|"
        r"butcher|gut|dispatch|slaughter(?:house)?|humane(?:ly)?|pest|mice|mouse|rats|pigeon|chicken|"
        r"put down|the vet|vets)\b"),
    "joke": re.compile(
        r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|joking|joke|jokes|banter|morbid|"
        r"dark humou?r|birthday card|meme|memes)\b"),
    "palliative": re.compile(r"\b(?:palliative|hospice|end of life care|terminally ill|end-of-life)\b"),
    "benign_prep": re.compile(
        r"\b(?:moving|move to|moving to|relocat\w*|emigrat\w*|new job|last day|leaving (?:the|this|my) "
        r"(?:job|company|team|role)|retir\w*|new baby|first baby|our baby|pregnan\w*|guardians?|wedding|"
        r"downsiz\w*|declutter\w*|spring clean\w*|colleagues|the team|house move|new house|new flat|"
        r"going travelling|gap year|mortgage|guardianship|twins|newborn|just had (?:a|our) baby|expecting|"
        r"getting married|starting a new|promotion|redundancy|estate planning|solicitor)\b"),
}
# which frames can explain away a feature family (by key prefix)
_FRAME_SCOPE = {
    "si_": {"fiction", "academic", "game", "code"}, "plan_": {"fiction", "academic", "game", "code"},
    "attempt": {"fiction", "academic"}, "finality": {"fiction", "academic", "code"}, "prep_": {"fiction", "academic"},
    "site_": {"fiction", "academic"}, "act_": {"fiction", "academic", "game"}, "sh_": {"fiction", "academic"},
    "hto_": {"fiction", "academic", "game", "code", "food_hunt", "sport"}, "abuse_": {"fiction", "academic", "sport"},
    "psy_": {"fiction", "academic"}, "od_": {"fiction", "academic"}, "o_": {"fiction", "academic", "game", "code"},
}


def _frame_for(key: str, frames: set[str]) -> set[str]:
    for pre, scope in _FRAME_SCOPE.items():
        if key.startswith(pre):
            return frames & scope
    return set()


_SERIOUS = re.compile(r"\b(?:not joking|i'm not kidding|no joke|i mean it|for real|seriously|fr fr|actually)\b")


# --------------------------------------------------------------------------------------------
# rule table
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Rule:
    key: str
    rx: re.Pattern
    label: str
    neg: bool        # negation window applies
    person: str      # "self" | "other" | "auto" | "any" (group <p> overrides)
    frame: bool      # suppressed by fiction/news/code/game/cooking/joke frames unless explicit first person


_RULES: list[_Rule] = []


def _r(key: str, label: str, *patterns: str, neg: bool = True, person: str = "auto", frame: bool = True) -> None:
    for p in patterns:
        _RULES.append(_Rule(key, re.compile(_x(p)), label, neg, person, frame))


# --- suicidal ideation: passive wish / burden (low) ---------------------------------------------
_r("si_passive", "passive wish to be dead",
   r"wish(?:ed)? (?:that )?i (?:<ADV>)(?:would(?:n't| not)|won't|didn't|did not|couldn't|don't|do not|never) "
   r"(?:<ADV>)(?:wake up|woke up)",
   r"(?:don't|do not|didn't) (?:<ADV>)want to wake up",
   r"hope (?:that )?i (?:don't|do not|won't|never) wake up",
   r"(?:wish|hope|pray|want)(?:ed)? (?:that )?(?:i'd|i would|i could|to|i) (?:<ADV>)(?:die|pass away|go) in my sleep",
   r"(?:die|pass away) in my sleep",
   r"(?:wouldn't|would not|don't think i'd|wouldn't really|wouldn't exactly|won't|wouldn't even) (?:\w+ ){0,2}"
   r"mind if (?:i (?:died|didn't wake up|was gone|got hit|never woke up)|something (?:bad )?happened to me|"
   r"(?:it all|everything|it) (?:just )?(?:stopped|ended))",
   r"if (?:it all|everything|life|my life) (?:<ADV>)(?:stopped|ended|was over)",
   r"if (?:a|the) (?:bus|car|truck|lorry|train|plane|van) (?:\w+ ){0,2}(?:hit|clipped|ran over|ran me over|"
   r"knocked me|took me out|crashed)",
   r"can't (?:see|picture|imagine) (?:myself|me) (?:<ADV>)(?:being )?(?:around|alive|here|living|making it)",
   r"(?:been here|lived) (?:long )?enough", r"had enough of (?:life|living|this life|everything)",
   r"(?:want|wish|like|need|pray for) (?:the lord|god|jesus) (?:to )?(?:take me|call me home)",
   r"(?:lord|god),? (?:please )?take me",
   r"(?:don't|do not|can't) see what i'm (?:even )?(?:here|alive) for", r"what am i (?:even )?(?:here|alive) for",
   r"why am i (?:even )?(?:still )?(?:here|alive)",
   r"(?:wish|want) (?:i could|to) (?:<ADV>)(?:disappear|vanish|fade away|cease to exist|not exist|stop existing)",
   r"(?:better|easier) if i (?:am not|was not|wasn't|weren't|were not|don't|didn't|do not) exist",
   r"(?:want|wanted) to not exist", r"\bi'm a waste of (?:space|oxygen)\b",
   r"life (?:isn't|is not|ain't) worth living", r"(?:nothing|no reason) (?:left )?to live for",
   r"don't (?:<ADV>)(?:care|mind) (?:if|whether) i (?:die|live|wake up)",
   r"(?:come|go|turn up|show up) to my funeral", r"at my funeral", r"(?:when|after|once) i'm (?:gone|dead)",
   r"rather (?:be dead|die|not exist|not be alive|not wake up) than (?:live|go on|carry on|keep|be alive|wake up|"
   r"face|deal|feel|be here|exist)",
   r"(?:makes|made|making) me want to (?:die|disappear|not exist)",
   r"(?:i )?(?:hate|hated) being alive",
   r"ohne mich besser dran", r"mejor sin m[ií]", r"melhor sem mim", r"mieux sans moi")
_r("si_burden", "burdensomeness",
   r"(?:better off|happier|easier|better|fine) (?:\w+ ){0,4}without me",
   r"(?:better|easier|happier) .{0,50}if i (?:wasn't|weren't|was not|were not|was gone|were gone|wasn't here|"
   r"wasn't around|didn't exist|was dead|disappeared|am not|died|left for good)\b",
   r"(?:a better|better off with (?:a different|another|someone)) .{0,30}(?:if i|without me|than me|"
   r"who knows what (?:she|he)'s doing)",
   r"better off with (?:a different|another|someone else)",
   r"(?:i'm|i am|i feel like) (?:<ADV>)(?:a|such a|nothing but a) burden(?! (?:at|to) (?:work|the team|my team|my colleagues|my boss))",
   r"burden (?:to|on) (?:everyone|my|them|you)",
   r"(?:nobody|no one|no-one) (?:would|will|'d|'ll) (?:<ADV>)(?:miss|notice|care)",
   r"everyone(?:'s| is| would be|'d be) better off",
   r"(?:they|everyone|my family|my kids|he|she)(?:'d| would) (?:<ADV>)(?:get over it|move on)")
_r("si_hopeless", "hopelessness",
   r"can't (?:<ADV>)(?:do|take|handle|cope with|keep doing) (?:this|it|any of this|life|this anymore)"
   r"(?: anymore| any more| any longer)",
   r"can't (?:<ADV>)(?:go on|keep going|carry on|continue)(?! with)",
   r"\bno way out\b", r"(?:feel|feeling) (?:<ADV>)(?:hopeless|trapped)", r"(?:there's|there is) no hope",
   r"lost all hope", r"nothing (?:<ADV>)matters(?: anymore| any more)?", r"no point (?:anymore|any more)",
   r"(?:i'm|i am) (?:<ADV>)done with (?:life|living|everything|it all|all of it|this life|trying)",
   r"(?:want|wanted|wish|need|needed) (?:everything|it all|all of it|the pain|the noise|life) to (?:<ADV>)(?:stop|end|be over)",
   r"(?:want|wanted) it all to (?:<ADV>)(?:stop|end)",
   r"(?:give|given|giving) up on (?:life|everything|living|myself)",
   r"(?:tired|exhausted|sick) of (?:it all|all of it|everything|fighting|living|life|being alive|existing)",
   r"(?:no|not any|don't have a|don't see a) future", r"(?:what's|what is|what's even|whats) the point",
   r"(?:no|not much|any) point (?:in |of )?(?:living|being alive|being here|going on|carrying on|sticking around|"
   r"staying alive|existing|continuing|anything|me being here|trying)",
   r"(?:don't|do not|can't) see (?:the|any) point (?:in|of) (?:anything|living|life|going on|carrying on)",
   r"ya no puedo m[aá]s", r"no puedo m[aá]s", r"n[aã]o aguento mais", r"ich kann nicht mehr", r"je n'en peux plus")
# --- death wish / active ideation (moderate) -------------------------------------------------------
_r("si_wish", "wish to be dead",
   r"<ISUBJ>? ?(?:<ADV>)(?:want|wanted|wish|wished|'d like|would like|need|long) to (?:<ADV>)die\b(?! (?:of|from|laughing|with (?:embarrassment|shame)))",
   r"(?:wish|wished|wishing|want|wanted) (?:that )?(?:i (?:was|were|could be) )?(?:<ADV>)dead\b",
   r"(?:want|wanted|ready) to be dead", r"ready to die", r"better off dead",
   r"(?:don't|do not|no longer) (?:<ADV>)want to (?:<ADV>)(?:be alive|live|exist|be here|go on|keep living|carry on)",
   r"(?:want|wanted) to (?:<ADV>)(?:stop existing|cease to exist|not be alive|not be here)",
   r"wish(?:ed|ing)? i(?:'d| had)? never (?:been born|existed)",
   r"(?:want|wanted|need) (?:it|this|my life|life) to (?:<ADV>)(?:be over|end)\b",
   r"(?:quiero|quisiera) morir", r"me quiero morir", r"quero morrer", r"ich (?:will|m[oö]chte) sterben",
   r"je veux mourir", r"voglio morire", r"n[aã]o quero (?:mais )?viver", r"no quiero (?:seguir )?viviendo|no quiero vivir",
   r"will nicht mehr leben", r"je ne veux plus vivre", person="self")
_r("si_active", "active suicidal ideation",
   r"\b(?:kill|killing|killed|kills) (?P<p>myself|himself|herself|themselves|themself)\b",
   r"(?:<ISUBJ>|feel|feeling|felt) (?:<ADV>)(?:been )?(?:feeling )?suicidal",
   r"(?<!not )suicidal (?:thoughts|feelings|ideation|urges|thinking|again)",
   r"(?:thoughts?|thinking|think|thought|ideas?) (?:<ADV>)(?:about|of) (?:suicide|killing myself|ending (?:it|my life|"
   r"things|it all|myself)|taking my (?:own )?life|not being (?:here|around|alive)|unaliving|being dead|ending myself)",
   r"(?:consider|considering|considered|contemplat\w+) (?:suicide|ending (?:it|my life|things))",
   r"(?:end|ending|take|taking) (?P<p>my|his|her|their) (?:own )?life",
   r"(?:want|wanna|going|thinking about|think about|thought about|decided|plan|planning|ready|tempted|try|trying)"
   r"(?: to)? (?:end|ending) (?:it|things|everything|it all|myself)(?! (?:with|between|off with|on a))",
   r"\bend it all\b", r"\bunaliv\w*", r"\bkms\b", r"\bctb\b", r"catch(?:ing)? the bus\b(?= .{0,30}(?:forum|method|"
   r"decided|plan|ready|tonight|soon))", r"final exit", r"sewer ?slide", r"self[- ]?delete|delete myself",
   r"(?:go|going|went) to sleep (?:and|&) (?:not|never) (?:have to )?(?:wake|waking) up", r"sleep forever",
   r"not (?:wake|waking) up (?:ever )?again", r"(?:not|stop) (?:be|being) (?:here|around|alive) (?:anymore|any more)",
   r"(?:want|wanna|thinking about|think about) (?:to )?(?:disappear|not exist) (?:forever|permanently)",
   r"(?:thinking about|think about|thought about|ways?) (?:\w+ ){0,2}ways? out\b(?! of (?:the|this) (?:building|room|"
   r"city|contract|job|maze|car|deal))",
   r"part of me wants to (?:die|lean|jump|let go|fall|step|end|give up|disappear|stop|not)",
   r"suicide (?:is|seems) (?:the only|my only|an) (?:way|option|answer)",
   r"(?:commit|committing) suicide", r"(?:quiero|voy a) (?:matarme|suicidarme)", r"quitarme la vida",
   r"(?:quero|vou) me matar", r"tirar (?:a )?minha (?:pr[oó]pria )?vida", r"mich (?:umbringen|t[oö]ten)",
   r"(?:je veux|je vais) me (?:tuer|suicider)", r"\bselbstmord\b|\bsuizid", r"en finir avec (?:la vie|tout)",
   r"acabar con (?:mi vida|todo)", r"acabar com (?:tudo|a minha vida|minha vida)",
   r"\bs[u]icide\b(?=.{0,40}\b(?:again|lately|a lot|every day|all the time|thinking|thoughts)\b)")
_r("si_control", "control slipping / considering how",
   r"(?:used to be|was) sure i'd never (?:act on it|do it|do anything)",
   r"(?:not sure|unsure) (?:anymore|any more|i (?:can|could|will|won't|wouldn't) (?:stop|hold on|keep myself|act))",
   r"(?:might|could|close to|going to) act on (?:it|them|the thoughts)",
   r"losing (?:control|the fight|the battle)", r"(?:can't|cannot) (?:trust|stop|control) myself",
   r"urges? (?:are|is) getting (?:stronger|worse|harder)", r"getting (?:harder|closer) to (?:resist|fight|stop)",
   r"heading back (?:there|to that place|down that road)", r"closer than (?:ever|i've ever been)",
   r"(?:thinking|thought|think|started thinking) about how i(?: would| could|'d| might| will|'ll)\b",
   r"(?:which|what) (?:way|method) (?:would|will|is|might) (?:hurt|be) (?:the )?(?:least|less|most) "
   r"(?:painful|pain|hurt|quick|quickest|reliable)",
   r"(?:which|what) way would hurt (?:the )?least",
   r"painless(?:ly)? (?:way|method)s?(?: to (?:die|go|end))?", r"least painful way")
_r("si_weak", "weak ideation cue",
   r"^(?:i'm|i am) (?:<ADV>)done\W*$", r"(?:the|my) (?:dark |suicidal |bad )?thoughts (?:are|have) (?:come )?back",
   r"\bdark thoughts\b", r"not planning anything", r"\b(?:gun|rope|coffin|grave|pills|knife) me\b",
   r"(?:think|thinking|thought) about (?:it|doing it)(?: myself)? (?:every|most|all|some) (?:night|day|nights|days|shift|night shift)",
   r"(?:think|thinking|thought) about doing it myself",
   r"(?:candle|flame|light) .{0,40}(?:burn(?:t|ed|ing)? (?:<ADV>)(?:down|out)|blow(?:n)? (?:it |me )?out|go(?:ing)? out)",
   r"snuff(?:ed)? (?:me |it )?out", r"(?:blow|blows|blew|blowing) (?:it|me) out\b", r"fade away", r"end of (?:my|the) (?:rope|tether|road)",
   r"(?:standing |stood )?(?:at|on) the edge of (?:something|everything|it all)", r"lean(?:ing)? forward",
   r"hanging on by a thread", r"^yet\W*$", r"wouldn't do anything (?:daft|stupid|silly)",
   r"(?:i'm|i am) (?:<ADV>)tired\W*$", r"i (?:just )?can't anymore")
_r("si_denial", "intent denied",
   r"(?:not|never) (?:going to|gonna|saying i'd|saying i would|planning to) (?:<ADV>)(?:do|act on) (?:anything|it|something)",
   r"(?:wouldn't|would never|won't|will not|i'd never|i'll never|will never) (?:<ADV>)(?:do|act on) (?:anything|it|something|"
   r"that)(?: (?:daft|silly|stupid))?",
   r"i'm not (?:going to|gonna) (?:do|try) anything", r"not acting on (?:them|it)", r"i only think it",
   r"(?:ich w[uü]rde nichts tun|no voy a hacer nada|n[aã]o vou fazer nada|je ne ferai rien)", neg=False, person="self")

# --- plan / behaviour --------------------------------------------------------------------------
_r("plan_method", "method considered",
   r"\b(?:hang|hanging|hanged|shoot|shooting|stab|stabbing|drown|drowning|gas|gassing|poison|poisoning|"
   r"electrocute|electrocuting|suffocate|suffocating|starve|starving|throw|throwing) (?P<p>myself|himself|herself|themselves)\b",
   r"overdos(?:e|ing) on (?:my|the|his|her|<MEDS>)",
   r"slit(?:ting)? (?:my|his|her) (?:wrists?|throat)",
   r"<CONSIDER> (?:<ADV>)(?:jump(?:ing)?|leap(?:ing)?) (?:off|from|in front of) (?:a |the |my |this )?(?:<LOC_HIGH>|train|tube|lorry|bus|truck)",
   r"<CONSIDER> (?:<ADV>)(?:step(?:ping)?|walk(?:ing)?|throw(?:ing)? myself) (?:out )?(?:in front of|into|under) "
   r"(?:a |the )?(?:train|tube|traffic|lorry|bus|truck|car|sea|river|water|ocean|lake|canal|estuary|waves)",
   r"<CONSIDER> (?:<ADV>)(?:swerv(?:e|ing)|driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?) (?:my car |the car )?"
   r"(?:off|into|in front of) (?:a |the )?(?:\w+ )?(?:trees?|wall|bridge|cliff|lorry|truck|oncoming|barrier|river)",
   r"<CONSIDER> (?:<ADV>)(?:the )?(?:<LOC_TRACK>|noose|rope|the edge|ledge|bridge|pills|tablets|my gun|the gun|"
   r"razor|blades)\b",
   r"<CONSIDER> (?:<ADV>)(?:taking|swallowing) (?:all|them all|every|the whole|an overdose|a bottle|the lot)",
   r"(?:<ISUBJ>|already) (?:<ADV>)know (?:exactly )?how i(?:'ll| will|'d| would|'m going to) do it",
   r"(?:settled on|chosen|picked|decided on) (?:a |the |one |my )?(?:method|way)\b", r"settled on one\b",
   r"(?:the )?same (?:method|way) (?:again|as before|as last time)",
   r"(?:looking|staring|stare|look) at (?:my|the) (?:<MEDS>|gun|rope|razor|blades|knife|pills) (?:a lot|again|every "
   r"night|for hours|and thinking|all the time)",
   r"(?:ahorcarme|tirarme (?:de|del|por)|jogar-me|me jogar|me enforcar)")
_r("plan_method_know", "method knowledge",
   r"know (?:exactly )?(?:what|how much|how many|which) (?:\w+ )?(?:would|will|it would take to) (?:work|do it|be enough|kill)",
   r"how much of it", neg=False)
_r("plan_means", "means stockpiled/ready",
   r"(?:saving|saved|save|stockpil\w*|hoard\w*|collect\w*|stash\w*|squirrel\w* away|putting aside|put aside|"
   r"building up|storing|counted|counting|gathering|gathered|been keeping) (?:up )?(?:\w+ ){0,4}?<MEDS>",
   r"<MEDS> (?:\w+ ){0,3}(?:counted out|saved up|stockpiled|hoarded|in one (?:pot|pile|bag|jar|bowl|place)|lined up)",
   r"(?:put|tipped|emptied|poured) all (?:my|the|of my) (?:\w+ ){0,2}<MEDS> (?:in|into|out)",
   r"\b(?:[2-9]\d|\d{3}|thirty|forty|fifty|sixty|seventy|eighty|a hundred) (?:of )?(?:\w+'s? )?(?:\w+ ){0,2}<MEDS>",
   r"(?:got|have|i've got|i have) (?:about |around |over )?(?:[2-9]\d|\d{3}) (?:of them )?now",
   r"(?:rope|noose|ligature|belt) (?:is |'s )?(?:ready|set up|tied|up|in place)",
   r"(?:have|got|i've got|i have|bought|made) (?:the |a |my )?(?:rope|noose) (?:ready|set up|tied)",
   r"(?:tied|made|making|tying|tie) (?:a )?noose",
   r"(?:tengo|guard[eé]|guardo|tengo guardadas) (?:\w+ ){0,2}(?:pastillas|comprimidos)",
   r"(?:pastillas|comprimidos) guardad[ao]s", person="auto")
_r("plan_means_weak", "access to means",
   r"(?:i've got|i have|i've|got|bought|buying|getting|ordered|found) (?:\w+ ){0,3}?(?:gun|pistol|rifle|shotgun|firearm)\b",
   r"(?:gun|shotgun|rifle|pistol)s? (?:is |are |'s )?(?:in|under) (?:the|my|his|our) (?:barn|house|shed|safe|cupboard|loft|"
   r"garage|attic|wardrobe|drawer|bedroom|car)",
   r"know where (?:\w+ ){1,3}keeps? (?:the |his |her |their )?(?:gun|rifle|shotgun|pistol|key|pills|tablets|meds)",
   r"(?:ordered|bought|purchased|got|picked up) (?:\w+ ){0,2}(?:the |some |a |length of )?(?:stuff|supplies|rope|"
   r"charcoal|helium|nitrogen|poison|razor ?blades|blades|hose|noose|length of rope)\b",
   r"(?:got|have|i've got|i have|carrying|with) (?:the |my |some |a )?(?:<MEDS>|razor ?blades?|blades?|rope|knife|charcoal) "
   r"(?:in my (?:bag|pocket|car|room|drawer|hand)|ready|with me|on (?:my|the) (?:desk|bed|table)|next to me|in front of me)",
   r"(?:sitting|standing|lying|i'm) .{0,40}with (?:the |a |my )?(?:razor ?blades?|blades?|knife|<MEDS>|rope|gun)\b",
   r"(?:near|next to|access to) the (?:drug|medicine|meds) (?:cupboard|cabinet|trolley)", person="auto")
_r("plan_research", "researching method/site",
   r"(?:looked|looking|look|searched|searching|googled|googling|researched|researching|reading up on|read up on|"
   r"lurking on|lurk on|browsing) (?:up )?(?:\w+ ){0,3}?(?:suicide|how to (?:die|kill myself|end (?:it|my life))|"
   r"ways to (?:die|kill myself)|methods\b|lethal dose|painless|how long it takes to (?:die|drown|bleed out)|"
   r"how many \w+ (?:it )?(?:takes? )?to (?:die|kill)|bridges?\b|heights\b|how high|overdose|ctb|"
   r"sanctioned suicide)",
   r"(?:already )?looked (?:it )?up how\W*$", r"(?:already )?looked up how to do it",
   r"how long (?:does it|would it|will it|it) (?:take|takes) to (?:drown|die|bleed out|suffocate|lose consciousness)",
   r"(?:suicide|ctb|pro-ana|sanctioned suicide) (?:forums?|sites?|websites?|subreddits?|groups?)",
   r"(?:life )?insurance .{0,80}(?:suicide|on purpose|deliberate|kill(?:ed)? (?:yourself|myself|themselves)|"
   r"(?:your|my|their) own life)",
   person="auto")
_r("plan_research_height", "height/access research",
   r"(?:how (?:high|tall)|fenc(?:e|ing)|barriers?|railings?|locked|lock(?:ed)? (?:up )?(?:at night|overnight)|"
   r"get up (?:there|to the top|on (?:the|to) (?:roof|top))|access (?:to )?the (?:roof|top)|open at night|"
   r"can you get (?:on|up)).{0,60}<LOC_HIGH>",
   r"<LOC_HIGH>.{0,60}(?:how (?:high|tall)|fenc(?:e|ing)|barriers?|locked|overnight|get up there|high enough|"
   r"open at night|survive)", person="auto")
_r("dose_question", "dose question", r"(?:max(?:imum)?|toxic|safe|highest) (?:dose|amount|level)", person="auto")
_r("plan_research_dose", "lethal-dose research",
   r"(?:lethal|fatal|deadly) (?:dose|amount|level)",
   r"how (?:many|much) .{0,40}(?:before (?:it|they|you) (?:wreck|damage|destroy|kill|shut)|to (?:die|overdose|be fatal|"
   r"be lethal|kill)|would (?:kill|be fatal|be lethal|be enough|do it))",
   r"before it (?:wrecks|damages|destroys|kills|shuts down) (?:your|my) (?:liver|kidneys|heart)",
   r"how many (?:units|pills|tablets|mg|capsules|doses) (?:are )?in a (?:full |whole )?(?:pen|bottle|box|packet|pack|strip|vial)",
   r"(?:does|do|will) (?:<MEDS>) (?:go off|expire|lose (?:its|their) strength)", person="auto")
_r("plan_prep", "preparatory act",
   r"(?:written|wrote|writing|left|finished|typed) (?:a |my |the )?(?:suicide )?(?:note|notes|letters?) "
   r"(?:for|to) (?:my|the|everyone|them|each|her|him|people)",
   r"(?:note|notes|letters?)(?:'s| is| are) (?:written|done|ready|finished)",
   r"suicide (?:note|letter)",
   r"won't need (?:it|them|this|these|those|anything|my \w+) (?:anymore|any more|where i'm going|after)",
   r"(?:after|when|once) i'm (?:gone|dead|not here|not around)", r"if (?:you|u) don't hear from me",
   r"if (?:anything|something) happens to me",
   r"(?:give|gave|giving|given) away (?:all )?(?:my|of my) (?:stuff|things|belongings|possessions|\w+ collection)",
   r"(?:left|leaving|unlocked|leave) the (?:front |back )?door (?:unlocked|open) so (?:they|nobody|no one|someone)",
   r"(?:put|putting|got|getting) (?:all )?my affairs in order", r"affairs (?:are )?in order",
   r"(?:said|saying) (?:my )?goodbyes?\b(?! to (?:the|my) (?:team|colleagues|class))",
   r"(?:changed|updated|set) (?:my )?(?:\w+ )?(?:bio|status|profile) to (?:goodbye|bye)",
   r"(?:deleted|deleting) (?:all )?my (?:accounts|social media|photos)",
   r"(?:it's|its|now that it's|now it's) (?:been )?decided\b", person="auto")
_r("prep_weak", "possible preparation",
   r"(?:gave|give|giving|given|handed) (?:my |away my )?(?:\w+ ){0,3}(?:to my|to his|to her|to a) "
   r"(?:\w+ )?(?:<REL>|neighbour|neighbor)",
   r"(?:gave|give|giving|given|handed) (?:away )?my (?:\w+ ){0,2}(?:accounts?|passwords?)",
   r"(?:the |my )?(?:cat|dog|pet|rabbit|hamster)(?:s)? (?:is|are) going to (?:my|a|the)|(?:rehom\w+|found a (?:new )?home for) "
   r"(?:my|the) (?:cat|dog|pet|rabbit)|gave my (?:cat|dog|pet|rabbit)",
   r"sold my (?:car|guitar|bike|things|stuff|console)",
   r"(?:sorted|sort(?:ed)? out|tidied|tied up) (?:everything|all my|all the loose ends|loose ends)",
   r"everything(?:'s| is) (?:<ADV>)(?:sorted|in order|taken care of|arranged|ready)",
   r"(?:all )?tidy (?:by|before) (?:the end of|next|this|tomorrow|friday)",
   r"(?:thanks?|thank you) for (?:everything|listening|being there|all you've done|all your help)",
   r"take care of yourself", r"\bgoodbye\b", r"(?:write|writing|wrote|make|making) (?:a |my )?will\b",
   r"(?:after|when) (?:you're|you are|i'm|i am) gone", r"(?:writing|written|wrote) letters",
   person="auto")
_r("plan_intent", "stated intent/plan",
   r"(?:i'm|i am|i'll|i will|(?:i'm |i am )?going to|i've decided (?:i'm going )?to|decided to|i plan to|planning to) "
   r"(?:<ADV>)(?:kill myself|end it|end my life|take my (?:own )?life|hang myself|jump|overdose|go through with it|"
   r"do it (?:now|tonight|today|tomorrow|this)|unalive myself|kms)",
   r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:take|swallow|down) (?:them all|all of them|the lot|every(?:thing| one|"
   r" last one)|all my (?:\w+ )?<MEDS>|all (?:the|of the) <MEDS>)",
   r"(?:i'm|i am) taking them (?:once|when|after|tonight|all|later)",
   r"(?:i'll|i will|going to|gonna) take them (?:with|when|after|tonight|once|later)",
   r"decided (?:that )?(?:i'm going to|i'll|i will|to|i) (?:<ADV>)(?:end|kill|die|do it|go through|not be|take|won't be)",
   r"(?:i|i've|i have) (?:<ADV>)(?:got|have|made) a plan (?:to|for) (?:kill|end|die|do it|how)",
   r"(?:i have|i've got|i've|i got) a plan\b", r"(?:got|have) it (?:all )?planned",
   r"(?:tomorrow|today|tonight)(?:'s| is) the (?:day|night)", r"(?:this|that) is the (?:day|night)\b",
   r"(?:i'm|i am) (?:<ADV>)(?:nearly |almost |finally )?ready(?: to go| to do it| now)?\W*$",
   r"(?:i'm|i am) (?:<ADV>)(?:nearly|almost) ready", r"just waiting (?:until|till|for) .{0,50}(?:over|done|finished|passed|to be over)",
   r"won't be (?:here|around|alive) (?:when|by|for|after|much longer|next)",
   r"(?:not sure|haven't (?:decided|picked)|don't know) (?:exactly )?when(?: yet)?\b", r"haven't picked a date",
   r"(?:voy a|vou) (?:tomar(?:me)?|tom[aá]-?l[ao]s) .{0,20}(?:todas|todos)", r"me las voy a tomar todas",
   r"(?:voy a|vou) (?:tomar|tomarme) todas", person="auto")
_r("plan_rehearsal", "rehearsal",
   r"(?:took|take|taking) my hands? off the (?:wheel|steering)",
   r"(?:checked|tested|test|check|testing|checking|made sure) (?:if |whether |that )?(?:the )?(?:beam|rafter|banister|"
   r"hook|branch|loft hatch|door ?frame|rail|pipe|bannister)s? (?:in (?:the|my) \w+ )?(?:\w+ ){0,3}(?:take|hold|bear|support)s? "
   r"(?:the |my )?weight",
   r"(?:practis|practic|rehears)(?:ed|ing|e) (?:tying|the knot|it|with the)",
   r"put (?:the |a )?(?:rope|belt|noose|cord) (?:around|round) my neck", r"tried (?:it )?(?:with|on) (?:the|a) (?:rope|belt|cord)",
   person="auto")
_r("site_visit", "visiting a site",
   r"(?:stood|standing|went|go|going|walked|walking|been walking|visit|visited|visiting|drove|driving) (?:\w+ ){0,3}"
   r"(?:to|on|at|down to|up to|over) the (?:bridge|edge|ledge|cliff|tracks|water|river|estuary|roof|top floor|sea|pier)\b",
   person="auto")
_r("attempt", "suicide attempt",
   r"(?:tried|attempted|try|trying) (?:to )?(?:kill myself|end (?:it|it all|my life|things)|take my (?:own )?life|commit suicide|"
   r"hang myself|overdose|unalive myself)\b",
   r"\b(?:i|i've) (?:attempted|overdosed)\b(?! on (?:coffee|caffeine|sugar|chocolate))",
   r"(?:my|a|last|previous|first|second) (?:suicide )?attempt\b(?! (?:at|to (?:bake|cook|run|learn|fix)))",
   r"(?:disappointed|annoyed|gutted|angry|sad|upset) (?:that )?it didn't work",
   r"woke up in (?:the )?(?:hospital|a&e|icu|er)\b", r"survived (?:my|an|the) (?:attempt|overdose)", person="auto")
_r("finality", "finality/goodbye",
   r"(?:this is|it's) (?:my )?(?:last|final) (?:message|post|text|goodbye|time talking)",
   r"goodbye (?:everyone|all|forever|world|cruel)",
   r"(?:tell|let) (?:my )?(?:\w+ )?(?:mum|mom|dad|family|kids|wife|husband|sister|brother|parents|them|everyone|her|him) "
   r"(?:that )?i love (?:her|him|them|you)",
   r"won't matter (?:<ADV>)(?:much )?(?:after|soon|by|anymore)", r"(?:after that|then) (?:nothing|it) (?:else )?(?:matters|won't matter)",
   r"nothing else matters",
   r"(?:<ADV>)(?:wanted|want|needed) (?:to )?(?:tell|talk to) (?:someone|somebody|you|one person) (?:first|before)",
   r"wanted (?:someone|somebody|one person) to know", r"\bbefore\W*$",
   r"please don't (?:try (?:and|to) )?(?:talk me out of it|stop me|ring anyone|call anyone|call the police|send anyone)",
   r"(?:don't|didn't) want to be alone when it happens", r"for good\b", r"it'll (?:all )?be over (?:soon|quickly)",
   r"(?:wanted|want) (?:it|this) to be the last time", r"see you on the other side", r"i'm sorry\W*$",
   r"it'll be within", person="auto")
_r("act_location", "at a height/track",
   r"(?:i'm|i am|i'm now|currently|sitting|standing|stood|i'm sitting|i'm standing) (?:\w+ ){0,2}(?:on|at|on top of|"
   r"at the top of|on the edge of|by) (?:the |a |my )?(?:roof|rooftop|ledge|bridge|edge|cliff|cliff edge|platform|tracks|"
   r"railway|balcony|top floor|top of (?:the|a|my) (?:building|car park|multi-?storey|tower|bridge))\b",
   r"^(?:on|at) the (?:roof|bridge|ledge|platform|tracks|cliff)\W*$", r"^standing on the (?:platform|bridge|ledge|roof)",
   person="self")
_r("act_co", "carbon monoxide in progress",
   r"(?:engine|car)(?:'s| is)? (?:still )?(?:running|on)\b.{0,80}(?:garage|door (?:is )?(?:down|shut|closed)|hose|exhaust|taped)",
   r"(?:garage|hose|exhaust).{0,80}(?:engine|car)(?:'s| is)? (?:still )?(?:running|on)\b", r"taped the hose",
   r"(?:lit|burning|lighting) (?:a |the |some )?(?:charcoal|bbq|barbecue) in (?:my|the) (?:room|tent|car|bedroom|flat)",
   r"(?:noose|rope|belt|ligature) (?:is )?(?:around|round|on) my neck", person="self")
_r("bleeding_heavy", "heavy bleeding",
   r"(?:won't|will not|can't|doesn't|isn't|not) stop(?:ping)? bleeding", r"bleeding (?:a lot|heavily|badly|so much|everywhere|out)",
   r"(?:so much|lots of|a lot of) blood", r"blood (?:everywhere|won't stop|is pouring|pouring)", r"bleeding and (?:it )?won't stop",
   neg=False, person="any")

# --- time -------------------------------------------------------------------------------------
_r("time_day", "timeframe <24h", r"\b<DAYT>\b", r"\b(?:today|this morning)\b(?=.{0,60}\b(?:going to|gonna|will|i'll|plan))",
   r"(?:going to|gonna|will|i'll|plan to|planning to) .{0,60}\btoday\b", r"\btoday(?:'s| is) the day\b",
   neg=False, person="any", frame=False)
_r("time_near", "timeframe imminent",
   r"(?:going to|gonna|about to|i'll|i will|do it|doing it|take them|jump|kill myself|end it) (?:\w+ ){0,3}<NEAR>\b",
   r"within the hour", r"\bin (?:a few|\d+|two|three|four|five|ten|fifteen|twenty) (?:minutes|mins)\b",
   r"(?:it'll|it will) be (?:within|in) (?:the|an|a few)", neg=False, person="any", frame=False)
_r("time_later", "timeframe later", r"\b<LATERT>\b", neg=False, person="any", frame=False)

# --- overdose -------------------------------------------------------------------------------
_INGEST = (r"(?:took|taken|had|swallowed|ate|eaten|injected|mixed|drank|drunk|downed|necked|popped|snorted|chewed|"
           r"got into|gotten into|overdosed|been taking|i'm taking|been dropping|dropping|dropped|been necking|necking|"
           r"been popping|popping|did (?:a line|lines|some)|smoked|tomado|tom[eé]|me tom[eé]|tomei|genommen|geschluckt|pris|"
           r"aval[eé]|engoli)")
_M["INGEST"] = _INGEST
_r("od_ingest", "ingested substance",
   r"<INGEST> (?:\w+ ){0,6}?(?:<MEDS>|drugs|street pills|pills|mdma|ket|ketamine|coke|cocaine|bleach|weed killer|"
   r"antifreeze|batteries|battery|chemicals|vodka|alcohol|everything|all of (?:it|them)|ghb|g\b|mdma|molly|ecstasy|"
   r"xans|bars|lean|spice|a line|cleaning (?:stuff|products?|fluid)|somnif[eè]res|schlaftabletten|toute la bo[iî]te)",
   r"<MEDS>.{0,40}\b(?:i|he|she|they)(?:'ve| have| has|'s)? (?:might have |may have )?(?:had|taken|took)\b",
   person="auto", neg=True)
_r("od_excess", "excess quantity",
   r"\b(?:all|everything|the lot|the whole|a whole|whole (?:bottle|packet|box|pack|strip|pot)|every (?:one|pill|tablet|last)|"
   r"too many|a handful|handfuls|loads of|a load of|a bunch of|extra|double|twice|again|more than|too much|"
   r"\w+ days'? worth|days' worth|a week'?s'? worth|how many|don't know how many|not sure how many|muddled|mixed up|"
   r"forgot i'd|forgot i had|(?:way )?too (?:much|many)|all night|toute la bo[iî]te|toda a caixa|todas|"
   r"die ganze packung)\b",
   r"\b(?:[6-9]|[1-9]\d+)\s*(?:x\s*)?(?:of (?:them|my|his|her|the) )?(?:\w+ ){0,2}?<MEDS>",
   r"\b(?:bottle|bottles|litre|half a bottle) of (?:vodka|wine|whisky|whiskey|gin|rum|spirits)\b",
   r"\bmixed (?:my |his |her |the )?\w+ with\b", neg=False, person="any", frame=False)
_r("od_symptom", "overdose symptoms",
   r"(?:can't|cannot) (?:<ADV>)(?:stay awake|keep (?:my |his |her )?eyes open|feel my (?:legs|arms|body|face)|"
   r"breathe properly|wake (?:him|her|them) up)",
   r"nodding off", r"passing out", r"passed out", r"unconscious", r"unresponsive", r"won't wake up", r"not waking up",
   r"barely breathing", r"not breathing", r"stopped breathing", r"(?:lips|face|skin) (?:are |is )?(?:going |turning |gone )?"
   r"(?:blue|grey|gray)", r"blue lips", r"(?:boiling|burning) hot", r"not making sense", r"seizure", r"fitting",
   r"convuls\w*", r"collapsed", r"foaming", r"heart (?:is )?(?:doing (?:funny|weird|strange) things|racing|pounding)",
   r"(?:room|everything)(?:'s| is)? spinning", r"(?:really |very |so )?(?:dizzy|drowsy|sleepy)\b",
   r"shak(?:e|ing)\b.{0,20}sweat", r"been sick", r"throwing up", r"vomit\w*", r"jaw (?:is )?going", r"slurring",
   r"(?:nose|gums) .{0,20}bleeding", r"can't think straight", r"breathing (?:is )?(?:<ADV>)(?:slow|shallow|funny)",
   r"slow breathing", r"breathing but (?:<ADV>)barely", r"burning up", r"can't see properly", r"vision (?:is )?(?:going|blurry|funny)",
   r"throat (?:is )?burning", r"can't stand(?: up)?", r"chest (?:is )?(?:<ADV>)tight", r"(?:arms|legs|hands) (?:are )?(?:going )?numb",
   neg=False, person="any", frame=False)
_r("od_explicit", "overdose taken",
   r"(?:i've|i have|i|he|she|they|he's|she's|they've|has|have) (?:just )?(?:overdosed|taken an overdose|took an overdose)",
   r"(?:i'm|he's|she's|they're|i am) (?:<ADV>)overdosing", r"(?:naloxone|narcan)\b",
   r"(?:uses?|using|on|injects?|injecting) (?:heroin|fentanyl|opioids|methadone|smack|gear|oxy\w*)\b",
   r"(?:needle|syringe|empty (?:pill )?(?:packets?|bottles?|boxes|blister packs?)|pills everywhere) (?:\w+ ){0,2}(?:next to|beside|near|"
   r"by|around) (?:him|her|them|me)", person="auto")
_r("od_child", "child ingestion",
   r"(?:toddler|baby|\d+[- ]?(?:year|yr)[- ]?old|son|daughter|kid|child|little one).{0,60}(?:ate|eaten|swallowed|drank|"
   r"got into|chewed).{0,40}(?:<MEDS>|bleach|batteries|battery|chemicals|detergent|dishwasher|washing|capsules|"
   r"tablets|pills|medicine)", person="other")
_r("od_motive_sh", "deliberate (non-suicidal) motive",
   r"(?:because|since|as) i (?:was|felt|am|feel) (?:<ADV>)(?:upset|angry|sad|stressed|low|overwhelmed|numb)",
   r"to (?:knock myself out|feel numb|numb it|make it stop|punish myself|hurt myself|sleep forever|not feel)",
   r"on purpose|deliberately", person="self")

# --- self-harm ----------------------------------------------------------------------------
_r("sh_act", "self-injury",
   r"(?:started|been|keep|still|i'm|am|i was|back to|stop) (?:<ADV>)cutting(?: myself| again| my)?",
   r"\bcut(?:ting|s)? (?P<p>myself|himself|herself|themselves)\b",
   r"\b(?P<p>i) (?:<ADV>)cut (?:<ADV>)(?:deep|again|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|skin|hip|hips))",
   r"\bcut (?:<ADV>)(?:pretty |really |too |quite )?deep",
   r"(?:burn|burning|burnt|burned) (?:myself|my (?:arm|arms|skin|hand|hands|wrist|wrists|leg|legs|thigh|thighs))",
   r"punch(?:ing|ed)? (?:the )?walls? .{0,30}(?:bleed|bled|bruise|broke|split)",
   r"(?:scratch|scratching|scratched|pick|picking|dig|digging|claw|clawing) .{0,40}(?:until|till|til) (?:it|they|i) (?:bleed|bleeds|bled)",
   r"(?:nails|fingernails) into my (?:palms|skin|arms|hands)",
   r"(?:bang|banging|hit|hitting|punch|punching) my (?:head|face|self)\b(?: (?:against|on|into))?", r"hit(?:ting)? myself",
   r"(?:hurt|hurting|harm|harming|injure|injuring|punish|punishing) (?P<p>myself|himself|herself|themselves)\b",
   r"(?P<p>i|i've|i'm|he|she|he's|she's|they) (?:<ADV>)(?:been )?self harm(?:ing|ed)?\b", r"\bmy self harm\b",
   r"(?:bit|bite|biting) my (?:arm|hand|lip|skin|wrist) .{0,25}(?:hard|bleed|purple|bruise|blood)",
   r"(?:drink|drinking|drank|swallow|swallowing) (?:small amounts of |some )?(?:bleach|cleaning products|detergent|disinfectant)",
   r"(?:starve|starving) myself", r"(?:make|making|made) myself (?:sick|throw up|vomit)",
   r"punish(?:ing)? myself by (?:not eating|starving|hurting)",
   r"(?:hide|cover|hiding|covering) (?:up )?(?:the |my )?(?:marks|scars|cuts|burns) on (?P<p>my|his|her)",
   r"(?:marks|scars|cuts|burns) on my (?:wrists?|arms?|thighs?|legs?|stomach|hips?)",
   r"(?:blade|razor|sharpener) .{0,60}(?:used it|again|lines|cut)", r"(?:took|taking|take) (?:apart )?the sharpener",
   r"(?:cuts?|burns?|wounds?) (?:are |is )?getting (?:deeper|worse|bigger)", r"deeper each time",
   r"(?:keep|carry|hide|hidden|stash) (?:a |my |the )?(?:blade|razor|razor blade|sharpener blade)s? (?:in|for|under)",
   r"more lines", r"places that (?:don't|won't) show", r"running out of (?:places|skin|room)",
   r"(?:\d+|eight|six|three|two|four|five|seven|nine|ten) (?:days|weeks|months) clean\b.{0,60}(?:cut|blade|relaps|self harm)",
   r"(?:cut|cutting|self harm\w*).{0,60}(?:days|weeks|months) clean",
   r"(?:me corto|cortarme|me lastimo|me machuco|ritze mich|je me scarifie|je me coupe)", person="auto")
_r("sh_danger", "dangerous/escalating self-injury",
   r"\bdeeper\b", r"\bstitches\b", r"steri-?strips", r"\binfected\b", r"\b(?:a&e|a and e|the er|emergency room|hospital)\b",
   r"blistered", r"kitchen knife", r"(?:more|worse|deeper) than (?:usual|before|last time)", r"getting (?:worse|deeper)",
   r"running out of (?:places|skin|room)", r"bleach", r"(?:keep|carry|carrying) a blade", r"used it in (?:the )?(?:school|toilets)",
   neg=False, person="any", frame=False)
_r("sh_urge", "self-harm urge",
   r"(?:want|wanna|urge|urges|tempted|craving) to (?:<ADV>)(?:hurt|cut|burn|harm|punish) myself",
   r"(?:thinking|thought) about (?:it|cutting|hurting myself|self harming) again",
   r"(?:normal|okay|ok) to want to hurt (?:yourself|myself)", person="self")
_r("sh_relapse", "relapse", r"\b(?:i|i've) (?:<ADV>)(?:relapsed|had a relapse)\b", r"^relapsed\b", person="self")
_r("sh_past", "past self-harm",
   r"(?:used to|i once|when i was \d+ i) (?:<ADV>)(?:self harm|cut|hurt myself|burn myself)", neg=False, person="self")

# --- harm to others ---------------------------------------------------------------------------
_r("hto_intent", "intent to harm others",
   r"(?:i'm|i am|i'll|i will|(?:i'm )?going to|gonna|i plan to|planning to|i intend to|about to|we're going to|"
   r"we are going to|we'll) (?:<ADV>)(?:<HARMV>) (?:<TARGET>)\b",
   r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:use it|do it)(?: on (?:<TARGET>))?\b(?=.{0,80}\b(?:mean it|"
   r"deserves?|him|her|them|now|tonight))",
   r"(?:next time|if) (?:he|she|they) (?:\w+ ){0,4}(?:i'm|i am|i'll|i will|i'm going to|going to) (?:<ADV>)(?:use it|kill|"
   r"stab|hurt|shoot|burn)",
   r"make (?:him|her|them|<TARGET>) pay", r"by force\b", r"(?:he|she|they) deserves? (?:it|to die|what's coming|to suffer)",
   r"burn (?:the|his|her|their) (?:\w+ )?(?:building|house|flat|place|shop|car) down",
   r"(?:with|while) (?:him|her|them) (?:still )?in it",
   r"(?:i'm|i am) going (?:round|around|over) (?:there|to (?:his|her|their) (?:place|house|flat))\b.{0,60}"
   r"(?:with (?:a |my |the )?<WEAPON>|to (?:sort|deal with|hurt|get) (?:him|her|them))",
   r"(?:poison|kill|hurt|drown|shoot|get rid of|put down|stab) (?:the|that|his|her|their|my neighbour's|my neighbor's|"
   r"next door's|the neighbours'?) (?:\w+ )?(?:dog|cat|dogs|cats|pet|puppy|kitten|horse)",
   r"(?:rat poison|antifreeze|slug pellets|poison).{0,80}(?:meat|over the fence|in (?:its|his|her|the) (?:food|bowl|water)|"
   r"for the (?:dog|cat))", person="self")
_r("hto_revenge", "revenge/grievance threat",
   r"(?:they|he|she|everyone|everybody|you|people|all of them)(?:'ll| will| are going to| is going to|'re going to|"
   r"'s going to| are gonna| is gonna|'re gonna| gonna) (?:<ADV>)(?:pay|regret|be sorry|see\b|learn\b|understand what it"
   r"(?:'s| is| was)? (?:felt|feels|like)|get what(?:'s| is) coming)",
   r"(?:they'll|he'll|she'll|they will) see\W*$", r"\bsoon they'll\b", r"(?:you'll|they'll) see\b",
   person="auto")
_r("hto_weapon", "weapon access",
   r"(?:got|have|i've got|i have|bought|keep|hidden|hid|stashed|carrying|brought) (?:\w+ ){0,3}?(?:<WEAPON>)",
   r"(?:<WEAPON>) (?:is |'s )?(?:under|in) (?:my|the) (?:bed|bag|boot|car|shed|pocket|drawer|room|jacket)",
   r"know where (?:\w+ ){1,3}keeps? (?:his|her|the|their) (?:<WEAPON>|key)",
   r"got something (?:\w+ ){0,3}for (?:him|her|them)", r"(?:something|it) in the boot for", person="self")
_r("hto_surveil", "surveillance/ambush planning",
   r"(?:know|found out|got|have) (?:where|which) (?:he|she|they) (?:lives?|parks?|works?|goes|drinks)",
   r"(?:know|knows) which (?:car|house|flat|door) is (?:his|hers|theirs)",
   r"(?:got|have|found|know) (?:his|her|their|her new \w+'s|his new \w+'s) (?:\w+ )?(?:address|routine|schedule|shift pattern)",
   r"(?:writing down|noting|tracking|logging|watching) (?:\w+ ){0,2}(?:routines?|schedules?|movements|comings and goings)",
   r"who (?:comes|gets) in first|who leaves last",
   r"waiting for (?:him|her|them) (?:in|at|outside|after)", r"follow(?:ing|ed)? (?:him|her|them) home",
   r"(?:watching|watch) (?:his|her|their) (?:house|flat|place)", person="self")
_r("hto_thoughts", "violent thoughts",
   r"(?:fantasi[sz]e|fantasi[sz]ing|dream|dreaming|think|thinking|thought) about (?:<ADV>)(?:hurting|killing|stabbing|"
   r"strangling|beating|hitting|punching|murdering|shooting|smothering) (?:him|her|them|my \w+|people|someone|everyone|\w+)",
   r"(?:want|wanted|wanna|feel like i want|urge|urges) to (?:<ADV>)(?:kill|hurt|stab|strangle|punch|hit|smash|shake|"
   r"smother|batter|attack) (?:him|her|them|my <REL>|someone|people|everyone|the baby)",
   r"(?:scared|afraid|terrified|worried) (?:that )?i(?:'ll| will| might| could| am going to|'m going to) (?:<ADV>)(?:hurt|shake|hit|"
   r"snap and|lose it|lash out|smother|drop|harm)", person="self")
_r("hto_intrusive", "unwanted intrusive harm thoughts",
   r"(?:intrusive|horrible|awful|unwanted|scary|disturbing|dark|sudden|violent) (?:\w+ )?(?:thoughts?|images?|flashes|pictures|"
   r"visions|urges) (?:of|about) (?:\w+ )?(?:hurting|dropping|stabbing|drowning|pushing|harming|killing|smothering|throwing|"
   r"shaking|suffocating)", person="self")
_r("hto_cond_hyper", "conditional hyperbole",
   r"(?:i'll|i will|i'm going to|going to) (?:kill|murder) (?:him|her|them|my \w+) if (?:he|she|they) (?:\w+ ){0,4}"
   r"(?:again|eats?|touches? my|breaks?|takes?|uses?|borrows?|drinks?|finishes|is late|forgets?)",
   neg=False, person="self")

# --- abuse --------------------------------------------------------------------------------
_M["AGG"] = (r"(?:he|she|they|my <REL>|<REL>|my mum's boyfriend|my dad's girlfriend|my carer|my teacher|my coach|"
             r"mum's boyfriend|his mum|her dad)")
_M["PHYS"] = (r"(?:hit|hits|hitting|punched|punches|punch|slapped|slaps|slap|kicked|kicks|kick|beat|beats|beating|shoved|"
              r"shoves|pushed|pushes|choked|chokes|choking|strangled|strangles|strangling|throttled|burned|burnt|bit|bites|"
              r"threw (?:\w+ ){0,2}at|throws (?:\w+ ){0,2}at|throwing (?:\w+ ){0,2}at|grabbed|grabs|dragged|drags|"
              r"smacked|smacks|whipped|whips|stabbed|attacked|attacks|beats? up|beat up|knocked|head-?butted|"
              r"hurt|hurts|cut|cuts)")
_r("abuse_phys", "physical abuse",
   r"\b<AGG> (?:\w+ ){0,3}?<PHYS> (?P<p>me|my mum|my mom|my mother|my sister|my brother|my little \w+|her|him)\b",
   r"\b<AGG> (?:\w+ ){0,2}?(?:hit|cut|burned|burnt|broke|bruised|slapped|punched) my (?:hand|arm|arms|face|head|neck|wrist|leg|back|nose|lip|eye)",
   r"\b<AGG> (?:\w+ ){0,2}?(?:pushed|shoved|threw) me (?:into|against|down|across|onto)",
   r"(?:i got|i was|i've been|i get|i keep getting) (?:<ADV>)(?:hit|beaten|choked|strangled|punched|kicked|slapped) (?:by|again)",
   r"(?:hands?|fingers) (?:around|round|on) my (?:neck|throat)",
   r"(?:choked|strangled|throttled) me", r"(?:gets|get|got) violent with me",
   r"(?:threatened|threatens|threaten) me with (?:a |his |her )?<WEAPON>", r"(?:pulled|held) a <WEAPON> (?:on|to) me",
   r"\bme (?:pega|pego|golpea|golpe[oó]|bate|batia|agride|frappe)\b", r"m'a frapp[eé]", r"schl[aä]gt mich",
   r"me amenaz[oó] con (?:un|una) (?:cuchillo|pistola|arma)", person="auto")
_r("abuse_sex", "sexual abuse",
   r"\brap(?:e|ed|ing|ist)\b", r"sexual(?:ly)? (?:assault\w*|abus\w*)", r"\bmolest\w*",
   r"\b<AGG> (?:\w+ ){0,4}?(?:touches|touched|touching|gropes|groped|groping) me\b",
   r"(?:forced|forces|force|pressur\w*|made|makes|coerc\w*) me (?:into|to) (?:have )?(?:sex|sexual|do (?:things|stuff)|touch|"
   r"send (?:nudes|pictures|photos))",
   r"(?:comes|came|coming) into my (?:room|bed) at night", r"(?:stopped|stop) fighting (?:it|him|her)",
   r"(?:said|say|saying) no\b.{0,60}\bsex|\bsex\b.{0,60}(?:said|say|saying) no", person="self")
_r("abuse_control", "coercive/financial control",
   r"(?:checks|check|checking|goes through|reads|monitors|tracks) my (?:phone|messages|texts|emails|location)",
   r"controls? (?:all )?(?:the |my |our )?(?:money|finances|bank|spending|everything (?:i|she|he) do(?:es)?)",
   r"won't let (?:me|her|him) (?:see|go|leave|talk|have|work|visit|out|eat)",
   r"(?:takes|took|take|keeps|kept|has taken) (?:my|her|his) (?:wages|money|salary|passport|phone|bank card|documents|"
   r"benefits|pension|car keys|charger|phone charger)",
   r"(?:loans?|credit cards?|debts?) in my name", r"(?:taking|took|taken|steals?|stole|stealing) (?:money )?(?:from|out of) "
   r"my (?:account|pension|bank|purse|wallet|savings)",
   r"locks? me (?:in|out)", r"locked me (?:in|out)", r"isolat\w* (?:me|her|him) from", r"not allowed to (?:see|leave|go out|have|eat)",
   r"calls? me (?:worthless|useless|stupid|a waste|fat|ugly|pathetic)", r"says i'm (?:a waste of space|worthless|useless|nothing)",
   r"(?:i|she|he) owe(?:s)? (?:him|her) for", r"(?:send|sending) me back to my country", r"keep the (?:children|kids)",
   r"(?:said|says|threaten\w*|told me) .{0,40}(?:if i (?:tell|leave|stop|go|mess up)|kill me|hurt my|won't let me see)",
   r"(?:he|she)(?:'ll| will|'d| would) (?:do worse|hurt (?:my|me))", r"(?:sleeping|sleep|slept) in the (?:garage|shed|car|garden)",
   person="auto")
_r("abuse_harass", "harassment",
   r"(?:keeps?|kept|always) touching my (?:waist|leg|legs|thigh|bum|body|hair|breasts?|chest|back|arm)",
   r"(?:comments|remarks) about my (?:body|looks|figure|chest|bum)", r"making (?:sexual |inappropriate |creepy |sleazy )?comments",
   r"depends on (?:me )?being (?:nice|friendly)", r"sleep with (?:him|her) (?:or|to|if)", r"send (?:him|her) nudes",
   r"harass\w*", r"stalk(?:s|ed|ing)? me", r"following me (?:home|everywhere)",
   r"won't stop (?:messaging|texting|calling) me", person="self")
_r("abuse_suspect", "suspected abuse",
   r"bruises? on (?P<p>her|his|their|my) (?:arms|arm|neck|face|legs|body|wrists|back)",
   r"(?:scared|afraid|terrified) of (?:him|her|my <REL>)\b", r"won't let me see (?:her|him) alone", person="auto")
_r("abuse_neglect", "neglect",
   r"slept (?:in the (?:shed|car|garden|street)|outside)", r"(?:starves|starving) me", r"(?:no|not given any) food",
   r"locks? me out", r"locked me out", person="self")
_r("child_ctx", "victim is a child",
   r"\bi'm (?:[5-9]|1[0-7])\b", r"\bi am (?:[5-9]|1[0-7])\b", r"\b(?:[5-9]|1[0-7]) (?:years? old|yo|y/o)\b",
   r"\b(?:bad grades|my grades|my homework|maths homework|at school|my teacher|school toilets|year \d{1,2})\b",
   neg=False, person="any", frame=False)

# --- psychosis ----------------------------------------------------------------------------
_M["VOICE"] = (r"(?:(?:the |a |an |this )?(?:[\w]+(?:'s)? )?voices?|god|the devil|satan|demons?|angels?|spirits|the lord|jesus|"
               r"aliens)")
_M["DIRECT"] = (r"(?:to \w+|(?:that )?i (?:have to|need to|must|should|ought to|'ve got to|got to|am to|deserve to))")
_r("psy_cmd", "command hallucination",
   r"<VOICE>(?: in my head)? (?:keeps? |is |are |has been |have been |kept )?(?:telling|tell|tells|told|saying|say|says|said|"
   r"ordering|order|orders|commanding|commands|instructing|want|wants|wanted)(?: me)? (?:[\w']+ ){0,6}?<DIRECT>",
   r"command (?:hallucinations|voices)", person="self")
_r("psy_cmd_weak", "possible command (they/it say I must)",
   r"(?:they|it|someone|something)(?:'re| are| is|'s)? (?:keeps? |keep )?(?:telling|saying)(?: me)? .{0,80}"
   r"(?:i (?:have|need|must|should|ought|'ve got) to|to (?:kill|hurt|stop|get rid|cut|burn|jump))", person="self")
_r("psy_corrob", "psychotic context",
   r"one of them\b", r"\bswapped\b", r"isn't (?:really )?(?:mine|my (?:baby|son|daughter|wife|husband|mum|dad))",
   r"haven't slept (?:in|for) (?:\d+|two|three|four|five|six|days)", r"(?:watching|following|poisoning|spying on) me",
   r"\bvoices?\b", r"(?:implant|chip|tracker)", r"not real\b", r"impostor|imposter", neg=False, person="any", frame=False)
_r("psy_exp", "psychotic experience",
   r"hear(?:ing)? (?:voices|my name|things|someone (?:calling|talking)|people talking)(?: .{0,40}(?:nobody|no one|nobody's|no-one))?",
   r"(?:the )?voices? (?:are|is) back", r"(?:hear|hearing|hears) voices",
   r"(?:tv|television|radio|the news|presenters?|newsreaders?|songs?|adverts?|billboards?|number plates?) .{0,40}"
   r"(?:sending (?:me )?(?:messages|signals|codes)|talk(?:ing)? (?:to|about) me|messages? (?:to|for) me|signals? (?:to|for) me)",
   r"(?:messages|signals|codes) (?:through|in|from|via) (?:the )?(?:tv|radio|television|way they blink)", r"cracked the code",
   r"(?:being|am|i'm) (?:<ADV>)(?:watched|followed|monitored|tracked) (?:through|by|via)", r"watching me through",
   r"(?:cameras?|microphones?|bugs?) in (?:my|the) (?:flat|house|room|walls|tv)",
   r"(?:thoughts|ideas) (?:are being |being |were )?(?:put|inserted|placed|planted) (?:in|into) my (?:head|mind)",
   r"(?:someone|they|people) (?:can )?(?:read|reading|control|controlling|steal|stealing) my (?:mind|thoughts)",
   r"broadcast(?:ing)? my thoughts",
   r"(?:chip|implant|tracker|device) in (?P<p>my|her|his|their) (?:tooth|teeth|head|brain|arm|body|neck)",
   r"shadows .{0,40}(?:move|moving)", r"talking to (?:people|someone|things|somebody) (?:who|that) (?:aren't|isn't|wasn't|weren't) there",
   r"(?:seeing|see|saw) (?:things|people) (?:that|who) (?:aren't|weren't|nobody)",
   r"(?:people|someone|men|they|strangers)(?:'re| are)? (?:<ADV>)(?:living|hiding) in (?:my|the) (?:loft|attic|walls|ceiling|basement|roof)",
   r"(?:the government|mi5|the fbi|the cia|the police|they) (?:is|are) (?:<ADV>)(?:watching|tracking|following|spying on|after) (?:me|her|him)",
   r"(?:put|planted|implanted) a (?:chip|tracker|device)",
   r"(?:i'm|i am) (?:the chosen one|the messiah|a prophet|god)\b", r"poison(?:ing|ed)? my food",
   r"replaced (?:by|with) (?:an )?(?:impostor|imposter|double|robot)", person="auto")
_r("psy_directive", "directive (answer to 'what do they say')",
   r"^(?:that )?i (?:have to|need to|must|should|ought to|'ve got to|got to|deserve to)\b", neg=False, person="self")

# --- panic --------------------------------------------------------------------------------
_r("panic_now", "panic attack now",
   r"(?:having|i'm having|i am having|in the middle of|going through|it's|this is) (?:a |another |an )?(?:panic|anxiety) attack"
   r"(?!.{0,30}(?:earlier|yesterday|last|this morning|in my exam))",
   r"(?:panic|anxiety) attack (?:right )?now", r"ataque de p[aâá]nico", r"crise de (?:panique|p[aâ]nico)",
   r"panikattacke", r"it's happening again", person="any", frame=False)
_PANIC_SOMATIC = {
    "breath": r"(?:can't|cannot|can not) (?:<ADV>)(?:breathe|catch my breath|get (?:a |enough )?(?:breath|air))|struggling to breathe|"
              r"gasping|gulping (?:air|for air)|hyperventilat\w*|short of breath|n[aã]o consigo respirar|no puedo respirar",
    "chest": r"chest (?:is )?(?:<ADV>)(?:tight|pain|hurts|heavy|feels tight)",
    "heart": r"heart (?:is )?(?:\w+ ){0,2}(?:pounding|racing|going (?:<ADV>)(?:very |so |really )?fast|beating (?:<ADV>)fast|thumping)|"
             r"palpitations|cora[cç][aã]o (?:est[aá] )?disparado|heart attack",
    "tingling": r"(?:hands|fingers|arms|lips|face|feet) (?:are |is |have |has )?(?:<ADV>)(?:gone )?(?:tingl\w*|numb)|pins and needles",
    "unreal": r"(?:everything|it|things) (?:feels|is|seems) (?:<ADV>)(?:unreal|fake|far away|like a dream)|dereali[sz]\w*|depersonali[sz]\w*",
    "faint": r"(?:going to|gonna|about to) (?:pass out|faint)|feel (?:<ADV>)(?:faint|lightheaded|light-headed)",
    "shaking": r"\b(?:shaking|trembling)\b",
    "vision": r"(?:vision|eyesight)(?:'s| is)? (?:going|gone) (?:funny|blurry|weird|dark)|tunnel vision|seeing spots",
    "throat": r"throat (?:is )?(?:closing|tight|closing up)|walls (?:are )?closing in",
    "swallow": r"can't swallow",
    "sweat": r"soaked in sweat|sweating",
    "dread": r"(?:feel|feeling) like (?:something (?:terrible|awful|bad)|i'm (?:dying|going to die))|something (?:terrible|awful|"
             r"bad) is (?:about to|going to) happen|going to die right (?:here|now)|"
             r"(?:convinced|sure) (?:something (?:terrible|awful|bad)|i'm (?:dying|going to die))|(?:feel|think) (?:like )?i(?:'m| am| will)?"
             r" (?:going to )?die right now|i feel i will die|(?:think|thought) i'm (?:dying|having a heart attack)",
    "spinning": r"(?:everything|room|it)(?:'s| is)? spinning",
    "grounding": r"(?:5|five) things i can see|counting (?:the )?(?:floor )?tiles|grounding (?:isn't|is not|not) working|"
                 r"breathing (?:exercises? )?(?:isn't|aren't|is not|not) working",
}
for _fam, _p in _PANIC_SOMATIC.items():
    _r("panic_" + _fam, "panic symptom: " + _fam, _p, neg=False, person="any", frame=False)
_r("panic_past", "panic attack (over)",
   r"(?:had|have had|i get|get|getting|keep getting|had two|had one) (?:\w+ ){0,2}(?:panic|anxiety) attacks?",
   r"(?:panic|anxiety) attacks? (?:\w+ ){0,3}(?:coming back|before|at work|this week|this morning|yesterday|earlier)",
   neg=False, person="any", frame=False)

# --- risk factors, past/resolution ---------------------------------------------------------
_r("rf_age", "older age", r"\bi'm (?:6[5-9]|[7-9]\d|1[01]\d)\b", r"\bi am (?:6[5-9]|[7-9]\d)\b", r"at my age", r"\bpensioner\b",
   neg=False, person="any", frame=False)
_r("rf_isolated", "isolation", r"live (?:here )?(?:all )?(?:alone|on my own|by myself)", r"no friends?\b", r"(?:have|got) nobody",
   r"friends are (?:all )?gone", r"(?:kids|children) are (?:in|abroad|far|away)", r"no one to talk to", r"(?:so |really )?lonely",
   r"nobody (?:here|around)", neg=False, person="self", frame=False)
_r("rf_bereaved", "bereavement",
   r"(?:wife|husband|partner|son|daughter|mum|mom|dad|mother|father|child|brother|sister) (?:passed|died|was killed)",
   r"since (?:my )?(?:\w+ )?(?:died|passed)", r"lost my (?:wife|husband|partner|son|daughter|mum|dad|child|baby)", r"widow(?:er|ed)?",
   neg=False, person="any", frame=False)
_r("rf_stress", "stressor",
   r"(?:lost|losing) my (?:job|house|home)", r"(?:fail|failed|failing) (?:my |the |\d+ )?(?:exams?|modules?|course|retake)",
   r"(?:divorce|separation)", r"(?:gf|girlfriend|bf|boyfriend|wife|husband|partner) (?:left|dumped)", r"rent(?:'s| is) due",
   r"(?:debt|debts|bankrupt|evict\w*|repossess\w*)", r"(?:farm|business)(?:'s| is) failing", r"calling in the loan",
   r"kicked (?:me )?out", r"(?:fail|failed) (?:my )?exam again", neg=False, person="any", frame=False)
_r("rf_famhx", "family history of suicide",
   r"(?:dad|father|mum|mom|mother|brother|sister|uncle|aunt|grandad|grandfather|cousin|son|daughter) (?:went the same way|"
   r"killed (?:himself|herself)|took (?:his|her) own life|committed suicide|hanged (?:himself|herself)|shot (?:himself|herself))",
   neg=False, person="any", frame=False)
_r("past_marker", "past", r"\b(?:years ago|\d+ years ago|when i was (?:\d+|young|a teen\w*|at school|a kid)|as a (?:teen\w*|kid)|"
   r"in my (?:teens|twenties|thirties)|back in (?:\d{4}|school|uni)|long time ago|used to|at uni|in (?:uni|college|school|sixth form)|"
   r"when i was (?:at|in) (?:uni|college|school))\b", neg=False, person="any", frame=False)
_r("resolved", "resolved",
   r"doing (?:<ADV>)(?:well|better|great|good|ok|okay) now", r"(?:i'm|i am) (?:<ADV>)(?:in a )?(?:good|better|much better|great|"
   r"happy|happier) (?:place )?now", r"\brecovered\b", r"free of it", r"(?:\d+|ten|five|two|three|four|six|seven|eight|nine) years "
   r"(?:clean|free)", r"how far i've come", r"(?:training|train) (?:as|to be)", r"haven't (?:\w+ )?(?:since|in years)",
   r"in a (?:good|better|much better|great|happy|healthy) place", r"(?:i'm|because i'm|i am) doing (?:<ADV>)(?:well|better|great)",
   r"don't need as much support", r"got married",
   neg=False, person="self", frame=False)
_r("current_marker", "current", r"\b(?:again|back|lately|recently|these days|this week|heading back|creeping back|starting to|"
   r"relapse\w*)\b", neg=False, person="any", frame=False)
_r("recent_marker", "recent", r"\b(?:last (?:week|night|month|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
   r"yesterday|this (?:week|morning)|days ago|a few days|recently|just got out|sent me home|discharged)\b",
   neg=False, person="any", frame=False)
_r("hyper_cond", "hyperbolic condition",
   r"if (?:i (?:have|had) to|i hear|i see|they|he|she|this|that|my) .{0,60}(?:kill myself|kms|die)\b|(?:kill myself|kms|die) if ",
   neg=False, person="any", frame=False)

# ============================================================================================
# broader lexicon families (added after measuring on independent data)
# ============================================================================================
_r("si_active", "active suicidal ideation",
   r"\b(?:to|i'll|i will|i could|i'd|i might|i should|just|and|guts to|courage to|brave enough to) (?:<ADV>)end (?:it|it all|things|"
   r"everything|my life)\b(?! (?:with|between|off|on a|early|there|here|for (?:the|him|her)))",
   r"\bending (?:it|it all|things|my life)\b(?! (?:with|between|off))",
   r"check(?:ing)? out (?:early|for good|permanently|of (?:life|this world))",
   r"(?:take|taking) myself out of (?:the picture|the equation|this world)", r"remove myself (?:from (?:the picture|the equation|this world)|"
   r"permanently)", r"(?:i'd|i would) have (?:<ADV>)(?:ended it|ended things|killed myself|done it|gone through with it)",
   r"(?:control|choose|decide|deciding|choosing) (?:of )?(?:how|when) (?:it|my life|i|things) ends?", r"\bways out\b(?! of)",
   r"(?:want|wanted|need|needing) to die\b", person="auto")
_r("si_hopeless", "hopelessness",
   r"(?:want|need|looking for|find|the only|see no) (?:a |the )?way out\b(?! of (?:the|this) (?:building|room|car|maze|city|contract))",
   r"(?:don't|do not) know how (?:much longer )?(?:to|i can) (?:keep doing this|keep going|go on|carry on|do this)",
   r"(?:don't|do not|can't) (?:<ADV>)see (?:the|any) point (?:in|of) (?:anything|living|life|going on|carrying on|any of it|getting up)",
   r"que tout s'arr[eê]te", person="auto")
_r("si_passive", "passive wish to be dead",
   r"if i (?:\w+ ){0,4}(?:didn't|did not|don't|do not|never) (?:make it|wake up|come back|survive)",
   r"(?:i'd|i would) be (?:ok|okay|fine|relieved|glad|happy) (?:with that|if i (?:died|didn't wake up|was gone|wasn't here))",
   r"(?:didn't|did not|don't|wouldn't) have to (?:deal with|look after|worry about|put up with|care for|support|bother with) me\b",
   r"can't (?:see|picture|imagine) (?:myself|me) (?:\w+ ){0,3}(?:future|around|alive|here|old|next year|years|in one|living)",
   r"(?:easier|better|simpler|best|nicer) (?:for (?:everyone|them|all of us) )?(?:to|if i) (?:<ADV>)(?:not be|wasn't|weren't|stop being|"
   r"disappear|go away|not wake up|die|not exist|not be around)",
   r"(?:wouldn't|would not|won't) (?:<ADV>)mind (?:not waking up|dying|being dead|disappearing|if (?:the lord|god|death) (?:took|takes|"
   r"came for) me)",
   r"(?:imagin|pictur|think)\w* (?:about )?my (?:own )?(?:funeral|death|grave)",
   r"(?:hope|wish|pray)(?:ing)? (?:this|it) (?:is|was|will be) my last (?:birthday|christmas|year|day|summer|new year)",
   r"(?:waiting for|want|wants) me to (?:go away|disappear|die|not be here)", r"nicht mehr aufwach\w*", person="auto")
_r("si_reunion", "wish to join the dead",
   r"(?:want|wanted|wanting|long|longing|just want) to (?:be with|join|see) (?:him|her|them|my <REL>)(?: again| in heaven| on the other side)?\b",
   person="self")
_r("si_burden", "burdensomeness", r"(?:don't|do not) want to be a burden", neg=False, person="self")
_r("si_control", "control slipping",
   r"(?:don't know|not sure) (?:if|whether|how long) i can (?:<ADV>)(?:hold on|keep (?:myself )?safe|resist|fight (?:it|this)|stay safe|"
   r"keep going)", r"can't keep myself safe", person="self")
_r("plan_method", "method considered",
   r"walk(?:ing)? (?:to|towards|up to) the (?:edge|ledge|end of the platform)",
   r"(?:the )?(?:jump|drop|fall)(?:'s| is) (?:from|off) ",
   r"(?:aim|aiming|steer|steering) (?:the car |my car )?(?:for|at|into) (?:a |the )?(?:tree|wall|bridge|lorry|truck|barrier|pillar|oncoming)",
   r"(?:keep|kept|been|i'm) (?:looking|staring) at (?:the|my) (?:rope|pills|gun|tablets|razor|blades|knife|belt|noose|meds)",
   person="auto")
_r("plan_means", "means stockpiled/ready",
   r"(?:pills|tablets|meds)(?:'re| are) crushed|crushed (?:up )?(?:the |my |all (?:the|my) )?<MEDS>",
   r"(?:been keeping|kept|keeping|been saving|saving|hoarding|stockpiling|stashing|hiding|been hiding) them\b(?! (?:for|as) (?:a|my) "
   r"(?:souvenir|keepsake|collection))", person="auto")
_r("plan_means_weak", "access to means",
   r"(?:i have|i've got|got|i've) (?:the|my|enough|all (?:the|my)) <MEDS>\b",
   r"(?:got|have|brought|bought|gathered|packed) everything (?:i need|i'll need|ready)",
   r"(?:have|got|laid|lined|put|set|counted|taken|getting) them (?:all )?(?:out|ready|lined up|in front of me)",
   r"\b(?:helium|nitrogen|exit bag|the bag and the tank)\b",
   r"(?:the |a |my )?(?:rope|noose|gun|shotgun|rifle) (?:is |'s )?in the (?:garage|loft|shed|barn|attic|cupboard|wardrobe)",
   person="auto")
_r("plan_research", "researching method/site",
   r"how (?:many|much) (?:\w+ ){0,6}(?:it would take|would it take|it takes|to (?:die|kill|not wake|be fatal))",
   r"how long (?:does it take|would it take|it takes|do they take) for (?:<MEDS>|pills|them) to (?:work|kill)",
   r"(?:for a|to) (?:fall|jump|drop) to be (?:fatal|lethal|deadly)", r"(?:survive|survivable) (?:a |the )?(?:fall|jump) from",
   r"(?:fall|falling|jump|jumping|drop) from (?:\d+|\w+) (?:storeys|stories|floors|metres|meters|feet|ft)\b.{0,40}(?:fatal|survive|kill|die)",
   r"wie viele .{0,40}braucht man",
   r"(?:fast|express|freight|non-?stopping) (?:ones|trains?) (?:stop|come through|pass)|(?:one|train|ones) that (?:doesn't|don't) stop",
   person="auto")
_r("plan_research_height", "height/access research",
   r"get (?:up )?(?:on|onto|to|up to|on to) (?:the )?(?:roof|top)\b", r"tallest building", r"(?:been|went|gone) up to the (?:\d+\w*|top) floor",
   person="auto")
_r("personal", "personalised question",
   r"(?:i'm|i am|i weigh|someone|for someone|at) (?:about |around |only )?\d+ ?(?:kg|kilos|lbs|pounds|stone)\b",
   r"asking for (?:me|myself)", r"not for fun", r"not for a (?:story|project|book|friend)", neg=False, person="any", frame=False)
_r("plan_prep", "preparatory act",
   r"(?:wrote|written|writing|finished|drafted) (?:the |my |a few |some )?(?:goodbye|farewell|suicide) (?:letters?|notes?|messages?|texts?|"
   r"emails?|videos?)", r"\bgoodbye (?:letters?|notes?|messages?|texts?|videos?)\b",
   r"whoever finds me", r"(?:so|where) (?:nobody|no one|no-one) (?:would|will|could|can) find me", r"before (?:anyone|someone) finds me",
   r"(?:putting|put|got|getting|sorting|sorted) (?:all )?my (?:papers|affairs|finances|paperwork) in order",
   r"if (?:anything|something) (?:happens|happened|were to happen) to me", person="auto")
_r("prep_weak", "possible preparation",
   r"passwords? (?:are |is )?(?:in|written|for|saved)", r"(?:rent|bills)(?:'s| is| are)? (?:all )?paid(?: up)?",
   r"(?:set up|setting up) auto-?payments", r"cancel(?:led|ling)? my (?:gym|subscriptions?|phone contract|memberships?|direct debits)",
   r"nothing(?:'s| is) left hanging|no loose ends", r"(?:updated|update|updating) my will",
   r"(?:feel|feels|feeling) (?:<ADV>)(?:weirdly|strangely|oddly) (?:calm|peaceful|at peace)",
   r"under a fake name|left my phone at home|turned (?:off my phone|my phone off)|told no one where|nobody knows where i am",
   r"my \w+ went to my (?:<REL>)", r"(?:giving|gave|give|given) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings|possessions|\w+)"
   r"(?: \w+){0,2} away", r"lighten the load", r"(?:who|someone) (?:would|will|to) (?:take care of|look after|have) my (?:cat|dog|pet|kids|children)",
   r"sorted (?:before|by) (?:the end of|next|this)", r"say goodbye properly", person="auto")
_r("plan_intent", "stated intent/plan",
   r"(?:have|picked|set|chose|chosen) a date\b", r"\bi know when\b", r"(?:haven't|not) (?:figured|worked) out how\b",
   r"need to (?:work|figure) out how\b", r"(?:i'm|i am) going to do it\b", r"\bi decided\b(?! to (?:go|get|take up|start|try|buy|move))",
   r"not getting on (?:one|it|the train)", person="auto")
_r("plan_intent", "stated intent",
   r"(?:it's|it is) happening (?:tonight|today|now|tomorrow)", r"(?:i'm|i am) doing it (?:tonight|today|now|tomorrow|this)",
   r"take the whole (?:bottle|packet|box|lot|pot)", person="self")
_r("finality", "finality/goodbye",
   r"^(?:my )?last message\b", r"^goodbye\W*$", r"(?:want|wanted) (?:someone|somebody|you|people) to know (?:where i am|what happened|why)",
   r"(?:just )?(?:wanted|want|needed) (?:to )?(?:tell|talk to) (?:someone|somebody|one person)\W*$",
   r"(?:don't|didn't) want to be alone (?:when|while) it happens", r"(?:the )?last thing i(?:'m| am| will|'ll)? (?:ever )?(?:do|doing|say|write)",
   r"tell nobody", r"i mean it this time", r"not (?:calling|ringing|telling) anyone", r"don't want (?:help|to be saved|anyone to (?:come|stop me))",
   person="auto")
_r("act_location", "at a height/track",
   r"(?:i'm|i am|sat|sitting|stood|standing|perched|lying|here) (?:\w+ ){0,2}(?:on|at|on top of|at the top of|on the edge of|at the edge of|by|"
   r"at the end of) (?:the |a |my )?(?:edge of (?:the |a )?)?(?:roof|rooftop|ledge|bridge|edge|cliff|platform|tracks|railway|balcony|"
   r"top floor|car park|multi-?storey|quarry|pier|top of (?:the|a|my) (?:building|car park|multi-?storey|tower|bridge))\b",
   r"^parked (?:up )?(?:by|at|near) the (?:quarry|bridge|cliffs?|river|sea|tracks)", person="self")
_r("act_strong", "in a dangerous position",
   r"(?:climbed|climbing|i'm|i am|gone) (?:over|past) the (?:railing|barrier|fence|rail|edge)", r"(?:wrong|other) side of the (?:railing|barrier|fence|rail)",
   r"with my legs over", r"\bon the ledge\b", r"(?:sat|sitting|standing|stood) on the edge of the (?:roof|bridge|cliff|building|balcony)",
   r"\b\d+ (?:floors|storeys|stories)(?: up| down| high)?\W*$", r"(?:taken off|took off|unbuckled|undone) my seatbelt",
   person="self")
_r("act_maybe", "act possibly started", r"^(?:i've|i have) (?:already )?started\W*$", r"^it's started\W*$", r"^(?:i've|i have) done it\W*$",
   r"already done it", person="self")
_r("time_near", "timeframe imminent",
   r"(?:heading|on my way|walking|driving|going) .{0,30}\bnow\b", r"(?:after|once|when) i (?:hit send|send this|finish (?:this|typing))",
   neg=False, person="any", frame=False)
_r("sh_act", "self-injury",
   r"\bi (?:<ADV>)(?:cut|burn|scratch)\b(?=\W*(?:$|\.|,|and\b|but\b|please|again|myself|sometimes|when|every))",
   r"(?:carved|carve|carving|etched|etching) .{0,30}(?:into|on) my (?:skin|legs?|arms?|thighs?|wrists?|stomach|hands?)",
   r"(?:reopening|reopen|reopened|keep picking at) (?:it|the wound|the cut|the scab|my cuts?)\b",
   r"(?:scratch|scratching|scratched|pick|picking|dig|digging|claw|clawing|snap|snapping|bit|bite|biting|pinch|pinching|rub|rubbing) .{0,50}"
   r"(?:until|till|til|hard enough to) (?:the skin |my skin |it |they |i )?(?:'s |is |are |was )?(?:bleed\w*|raw|bruis\w*|break\w*|"
   r"blister\w*|leave (?:bruises|marks|a mark))",
   r"(?:hide|cover|hiding|covering) (?:up )?(?:the |my )?(?:marks|scars|cuts|burns)\b",
   r"(?:swallow|swallowing|swallowed) (?:things|objects|batteries|glass|pins|screws|nails|coins|razor)",
   r"(?:moved it|do it|cut|cutting|marks|scars) (?:\w+ ){0,3}(?:to |in |on )?places (?:that )?(?:\w+ ){0,2}(?:can't|don't|won't|doesn't|cannot) "
   r"(?:see|show)",
   r"(?:burns?|burning|burnt|burned) (?P<p>myself|himself|herself|themselves)\b",
   r"self harm(?:ing|ed)? (?:again|tonight|today|last night|this week|every day|\d+\w* time)",
   r"(?:did it|do it|done it) (?:again )?(?:\w+ ){0,2}with (?:a|the|my) (?:compass|blade|razor|sharpener|scissors|glass|knife|lighter|pin|"
   r"needle|box cutter)", r"(?:salt and ice|ice and salt)", r"(?:cutting|cut) with (?:a|the|my) ", person="auto")
_r("sh_act", "self-injury (cannot stop)",
   r"(?:don't|do not) want to stop (?:cutting|self harming|hurting myself|burning myself)",
   r"can't stop (?:cutting|hurting myself|self harming|burning myself)", neg=False, person="self")
_r("sh_injury", "injury", r"(?:\bi |\bi've |^)(?:<ADV>)(?:cut|burned|burnt|scratched|bruised|smashed|slammed|bashed|hit|punched|broke) my "
   r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|hand|hands|fingers?|stomach|skin|head|face|fist)\b",
   r"\b(?:my|the) (?:cut|cuts|burn|burns|wound|wounds|marks)\b(?! to)", r"\bcuts (?:need|are|have|keep|on)\b", person="self")
_r("sh_deliberate", "deliberate/concealed", r"on purpose|deliberately|not an accident|wasn't an accident",
   r"(?:can't|won't|don't want to|couldn't) tell (?:\w+ ){0,2}how (?:it|they|i got (?:it|them)) happened",
   r"after (?:a|an|the) (?:fight|argument|row)", r"because i (?:was|felt) (?:<ADV>)(?:upset|angry|sad|overwhelmed|numb)",
   r"to (?:cope|calm down|feel something|feel better|punish myself)", r"calms me(?: down)?", r"relaps\w*", neg=False, person="any", frame=False)
_r("sh_urge", "self-harm urge",
   r"(?:urge|urges|wanting|want|wanna|tempted|craving) to (?:<ADV>)(?:self harm|cut|sh)\b", r"\b(?:to|wanna|i) sh\b(?!\w)",
   r"\bsh (?:again|urges?)\b", person="self")
_r("sh_danger", "dangerous/escalating self-injury",
   r"(?:really|very|too|so|quite) deep\b", r"box cutter|stanley knife|craft knife", r"(?:isn't|not) enough any ?more",
   r"\bbroken\b|fractur\w*", r"blister\w*", r"gaping", r"\bpus\b", r"batteries", neg=False, person="any", frame=False)
_r("hto_intent", "intent to harm others",
   r"(?:i'm|i am|i'll|i will|going to|gonna|i want to|want to) (?:<ADV>)(?:smash|kick|punch|cave|bash) (?:his|her|their) (?:face|head|teeth|skull) in",
   r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:break|snap) (?:his|her|their) (?:legs|jaw|nose|neck|arms)",
   r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)shoot up (?:the|my|his|her|their) (?:school|office|workplace|college|uni|church|mosque|"
   r"synagogue|place|work)", person="self")
_r("hto_animal_it", "intent to harm an animal",
   r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:drown|poison|kill|hurt|strangle|kick|stab|shoot|get rid of) (?:it|the (?:cat|dog|kitten|puppy))\b",
   person="self")
_r("hto_surveil", "surveillance/ambush planning",
   r"(?:know|found out) where (?:he|she|they) (?:is|are)\b", r"wait(?:ing)? for (?:him|her|them) (?:in|at|outside|after)",
   r"parked (?:up )?outside (?:his|her|their|my ex's|my \w+'s) (?:\w+ )?(?:work|house|flat|place|office|school|gym)",
   r"(?:have|made|making|got|keeping|writing) a list of (?:people|names|everyone|who)", person="self")
_r("hto_revenge", "revenge/grievance threat",
   r"(?:make|making) (?:them|him|her|everyone|people) (?:all )?pay", r"(?:they'll|he'll|she'll|they will) find out\b", person="auto")
_r("hto_weapon", "weapon access", r"\bwith (?:a|my|the|his|dad's) (?:<WEAPON>)\b", person="self")
_r("hto_weapon_intent", "weapon not for ordinary use", r"not for (?:cooking|the kitchen|work|camping|fishing|decoration|show)", neg=False,
   person="self")
_r("animal_noun", "animal", r"\b(?:cat|cats|dog|dogs|kitten|puppy|pet|rabbit|horse|hamster|bird|parrot)\b", neg=False, person="any",
   frame=False)
_r("grievance", "grievance", r"humiliat\w* me|made my life hell|bull(?:y|ying|ied) me|ruined my life|treated me|screwed me over|lies about me|"
   r"(?:he|she|they) hurt my|not getting away with it", person="self")
_r("hto_move", "going to the target", r"(?:on my way|heading|going|driving|walking) (?:round |over )?(?:to|round to) (?:his|her|their|my ex's|"
   r"my \w+'s) (?:\w+ )?(?:house|place|flat|work|school|office)", person="self")
_r("hto_thoughts", "violent thoughts",
   r"(?:fantasi[sz]e|daydream|dream|think|picture|imagine)\w* about (?:<ADV>)(?:hurting|killing|stabbing|strangling|beating|hitting|punching|"
   r"murdering|shooting|smothering|running (?:him|her|them) over|pushing|drowning|poisoning|attacking|dragging)",
   r"(?:picture|imagine|picturing|imagining) (?:hitting|hurting|killing|stabbing|strangling|beating|punching|shaking) (?:him|her|them|my \w+)",
   r"(?:want|wanting|wanted) to (?:drag|throttle|beat|batter) (?:him|her|them)",
   r"think(?:ing)? about (?:bringing|taking) (?:something|a gun|a knife|a weapon) (?:to|into) (?:school|work|class|college)",
   r"(?:scared|afraid|terrified) (?:that )?i (?:will|might|could|'ll) (?:one day|eventually|snap)", person="self")
_r("hto_intrusive", "unwanted intrusive harm thoughts",
   r"(?:keep|can't stop|i keep) (?:picturing|imagining|seeing|thinking about) (?:\w+ing) (?:my|the|our) (?:baby|son|daughter|child|kid|newborn|"
   r"partner|wife|husband)", person="self")
_r("abuse_phys", "physical abuse",
   r"(?:held|holds|put|puts|pressed|presses) (?:a )?(?:pillow|hand|hands|bag) over my (?:face|mouth|nose)",
   r"(?:black eye|bruises|bruised ribs?|cracked ribs?|broken (?:rib|nose|arm|wrist|jaw)|split lip|concussion|fat lip) from (?:my|his|her) (?:<REL>)",
   r"(?:gave|given) me (?:a )?(?:black eye|bruises|split lip|concussion)", r"(?:never )?(?:left|leave|leaves) (?:a )?marks? where",
   r"\b<AGG> (?:\w+ ){0,2}?(?:burns|burning|twists|twisted|twisting) (?P<p>me|my \w+)",
   r"(?:is|are|was|'s) being (?:hurt|hit|beaten|abused|neglected)\b",
   r"(?P<p>he|she|they|boyfriend|husband|partner|dad|stepdad)(?:'s| is| keeps| has been|'s been) (?:<ADV>)(?:hurting|hitting|beating|abusing) "
   r"(?:her|him|them)\b", person="auto")
_r("abuse_suspect", "suspected abuse",
   r"(?:always|often|has|have|got|covered in|'s got) (?:\w+ )?bruises", r"(?:tells|told|asks|asked) (?:her|him|me|them) to keep (?:it|this|them|us|"
   r"things) (?:a )?secret|our (?:little )?secret", person="auto")
_r("abuse_control", "coercive/financial control",
   r"checks where (?:she|he|i) (?:goes|go|am|is)", r"goes through (?:my|her|his) (?:purse|phone|bag|messages|wallet|emails)",
   r"silent treatment|stops? (?:speaking|talking) to me for days", r"tells? (?:people|everyone|my family|my friends) (?:that )?i'm (?:crazy|mentally "
   r"(?:ill|unwell)|mad|unstable|lying)", r"gaslight\w*", person="auto")
_r("abuse_harass", "harassment",
   r"(?:posted|shared|leaked|posting|sharing) my (?:address|number|photos|pics|pictures|nudes)",
   r"(?:sending|send|sends|messaging|message) me (?:threats|threatening)|threatening messages|death threats",
   r"fake (?:account|profile) (?:with|of|using) my", r"keeps? (?:turning|showing) up (?:outside|at) my",
   r"\d+ (?:texts|messages|calls) a day", r"blocked (?:him|her|them) .{0,40}(?:new|another|different) (?:account|number)", person="self")
_r("psy_exp", "psychotic experience",
   r"(?:there's|there is|i hear|hearing|i can hear) (?:a |this )?voice\b", r"voices? (?:that|which|who) (?:comments?|talks?|tells?|says?|whispers?|"
   r"mocks?|criticis\w+|narrat\w+)", r"hear(?:ing)? (?:people |someone |voices )?(?:whispering|calling|saying|talking|shouting) (?:my name)?"
   r"(?= ?.{0,40}(?:nobody|no one|nobody's|no-one|not there))", r"shadow (?:people|figures|men|man)|figures in the corner",
   r"(?:spying on|watching|poisoning|following) (?:her|him|me) through (?:the )?(?:walls|tv|vents|windows|phone)", person="auto")

_REPORTED = re.compile(_x(
    r"\b(?:he|she|they|my <REL>|<REL>|a kid|someone)\b[^.]{0,50}?\b(?:said|says|keeps saying|kept saying|texted|posted|wrote|"
    r"messaged|told (?:me|us|everyone)|saying|tweeted)\b"))
_OTHER_SUBJ = re.compile(_x(r"\b(?:(?:my|our|his|her|a|the|this) (?:[\w-]+ )?<REL>|he|she|he's|she's|they|they're|his|her|him)\b"))
_SELF_SUBJ = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|myself)\b")
_SELF_GROUP = {"i", "i'm", "i've", "me", "my", "myself"}
_NEGATORS = re.compile(r"\b(?:not|never|no|nor|don't|doesn't|didn't|won't|wouldn't|isn't|aren't|wasn't|no longer|"
                       r"hardly|haven't|hasn't|nothing)\b")
_NEG_BREAK = re.compile(r"\b(?:i|you|he|she|they|we|but|know|think|care|mind|sure|stop|help|why|if|because|and|though)\b")

# explicit third-person (concern for someone else) patterns
_OTHER_RULES: list[tuple[str, re.Pattern, str]] = [
    (k, re.compile(_x(p)), lab) for k, lab, p in [
        ("o_si", "third party wants to die",
         r"(?:he|she|they)(?:'s| is| are|'re)? (?:\w+ ){0,3}?(?:wants?|wanted|wishes|wished|keeps? saying|said|says|talks? about|"
         r"talking about|been talking about) (?:\w+ )?(?:to )?(?:die|be dead|dying|end (?:it|it all|things|his life|her life|their life)|"
         r"kill(?:ing)? (?:him|her|them)sel(?:f|ves)|not (?:be|being) (?:here|around|alive)|disappear|suicide)"),
        ("o_si", "third party wants to join the dead",
         r"(?:wants?|wanted|ready) to (?:go to|be with|join) .{0,30}(?:in heaven|again|on the other side)"),
        ("o_si", "third party suicidal",
         r"(?:he|she|they|<REL>)(?:'s| is| are|'re| has been| have been|'s been) (?:<ADV>)(?:feeling )?suicidal"),
        ("o_si", "third party self-kill talk",
         r"(?:going to|wants? to|talk(?:s|ing|ed)? (?:about|of)|threaten(?:s|ed|ing)? to|might|could) (?:<ADV>)"
         r"(?:kill(?:ing)?|hang(?:ing)?|end(?:ing)?) (?:him|her|them)sel(?:f|ves)"),
        ("o_si", "third party wishes to be dead", r"wish(?:es|ed)? (?:she|he|they) (?:was|were) dead"),
        ("o_si", "third party unalive talk", r"(?:going to|gonna|wants? to|talk(?:s|ing)? about) (?:<ADV>)unaliv\w* (?:him|her|them)sel(?:f|ves)"),
        ("o_plan", "third party has means/plan", r"(?:he|she|they) (?:has|have|'s got|has got|bought|is saving|'s been saving|has been saving) "
         r"(?:a |the |his |her |their )?(?:gun|plan|rope|pills|tablets|stash|noose)\b"),
        ("o_plan", "third party gave possessions away", r"gave (?:me|us) (?:his|her|their) .{0,60}(?:wouldn't|won't|doesn't|didn't) (?:be )?"
         r"need(?:ing)? (?:them|it)|(?:more use out of it|out of nowhere|for no reason)"),
        ("o_hto", "third party violent talk", r"(?:talks?|talking|talked) about (?:wanting to |how (?:he|she)'d |going to )?(?:shoot up|bomb|"
         r"blow up|stab|kill|attack|hurt) (?:the|his|her|everyone|people|them)"),
        ("o_plan", "third party giving possessions away",
         r"(?:giving|gave|given|give) (?:away )?(?:his|her|their) (?:stuff|things|belongings|possessions|\w+ collection)"),
        ("o_plan", "third party goodbye", r"(?:said|saying|says) goodbye .{0,40}(?:(?:wasn't|isn't|not|weren't) coming back|for good|"
         r"last time|forever)|said goodbye to everyone"),
        ("o_sh", "third party self-injury", r"(?:cuts|scars|burns|marks) (?:on|all over) (?:his|her|their) (?:arms?|wrists?|legs?|thighs?|stomach)"),
        ("o_sh", "third party self-injury", r"(?:he|she|they)(?:'s| is| are|'re| has been| have been|'s been) (?:<ADV>)(?:cutting|self harming|"
         r"hurting (?:him|her|them)sel(?:f|ves))"),
        ("o_abuse", "third party abused", r"controls? everything (?:she|he|they) does?"),
        ("o_hto", "third party threat", r"(?:posted|said|saying|threatened|wrote|texted|says)(?: that)? .{0,60}(?:will pay|gonna pay|going to pay|"
         r"will regret|are going to die|(?:kill|shoot|stab) (?:everyone|them|us|people))"),
        ("o_hto", "third party threat", r"(?:picture|photo|pic|video) of (?:a |his |her )?(?:gun|rifle|knife|weapon)"),
    ]
]
_OTHER_DEPENDS = {"o_si": (SI,), "o_plan": (SI, PLAN), "o_sh": (SH,), "o_abuse": (ABUSE,), "o_hto": (HTO,),
                  "o_psy": (PSY,)}
# self feature -> third-party bucket when the subject turns out to be someone else
_TO_OTHER = {"si_passive": "o_si", "si_burden": "o_si", "si_hopeless": "o_si", "si_wish": "o_si", "si_active": "o_si",
             "si_control": "o_si", "plan_method": "o_plan", "plan_means": "o_plan", "plan_prep": "o_plan",
             "plan_intent": "o_plan", "plan_research": "o_plan", "plan_rehearsal": "o_plan", "attempt": "o_plan",
             "sh_act": "o_sh", "psy_exp": "o_psy", "abuse_suspect": "o_abuse", "abuse_phys": "o_abuse",
             "abuse_control": "o_abuse", "hto_revenge": "o_hto", "prep_weak": None, "plan_means_weak": None,
             "plan_research_height": None, "plan_research_dose": None, "finality": None, "od_ingest": "od_other",
             "od_explicit": "od_other", "si_weak": None, "plan_method_know": None, "site_visit": None}
_FRAMED_OK = {"si_active", "si_wish", "si_passive", "si_burden", "si_hopeless", "si_control", "plan_method", "plan_means",
              "plan_prep", "plan_intent", "plan_rehearsal", "attempt", "sh_act", "sh_urge"}

_AFFIRM = re.compile(r"^(?:yes|yeah|yea|yep|yup|maybe|sometimes|i think so|kind of|kinda|sort of|a bit|a little|i guess|"
                     r"probably|i do|i have|honestly,? yes|not going to lie|ngl|can't say i haven't|can't say i don't|"
                     r"more than i'd like|every day|all the time|a lot|often|mostly)\b")
_DENY = re.compile(r"^(?:no|nope|nah|not really|never|of course not|god no)\b")
_SCREEN_SI = re.compile(r"(?:ending your life|end your life|suicid|kill(?:ing)? yourself|thoughts of (?:ending|dying|death)|"
                        r"want to die|not (?:wanting|want) to be alive|taking your (?:own )?life)")
_SCREEN_SH = re.compile(r"(?:hurt(?:ing)? yourself|harm(?:ing)? yourself|self[- ]harm|cutting)")


# --------------------------------------------------------------------------------------------
# extraction
# --------------------------------------------------------------------------------------------
class _Feats:
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

    def merge(self, other: "_Feats") -> None:
        for k, v in other.hits.items():
            for e in v:
                self.add(k, e)
        self.suppressed.extend(other.suppressed)
        self.frames |= other.frames


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\s*\n+\s*|;\s*|\s+-\s+|\.\.\.+\s*")


def _sentences(t: str) -> list[str]:
    return [s.strip() for s in _SENT_SPLIT.split(t) if s and s.strip()]


def _negated(sent: str, start: int) -> bool:
    prefix = sent[:start]
    clause = re.split(r"[,:]|\bbut\b|\bthough\b|\bbecause\b", prefix)[-1]
    toks = clause.split()[-6:]
    window = " ".join(toks)
    m = None
    for m in _NEGATORS.finditer(window):
        pass
    if not m:
        return False
    between = window[m.end():]
    return not _NEG_BREAK.search(between)


def _person(rule: _Rule, m: re.Match, sent: str) -> str:
    if rule.person in ("self", "other", "any"):
        p = rule.person
    elif "p" in rule.rx.groupindex and m.group("p"):
        p = "self" if m.group("p") in _SELF_GROUP else "other"
        return p
    else:
        prefix = sent[:m.start()]
        o = [x.end() for x in _OTHER_SUBJ.finditer(prefix)]
        s = [x.end() for x in _SELF_SUBJ.finditer(prefix)]
        p = "other" if o and (not s or o[-1] > s[-1]) else "self"
        if p == "self" and _SELF_SUBJ.search(m.group(0)):
            p = "self"
    if p == "self":
        rep = None
        for rep in _REPORTED.finditer(sent[:m.start()]):
            pass
        if rep and not re.search(r"\bbut i\b|, and i\b", sent[rep.end():m.start()]):
            return "other"
    return p


def _extract(text: str) -> _Feats:
    f = _Feats()
    t = normalise(text)
    if not t:
        return f
    for name, rx in _FRAMES.items():
        if rx.search(t):
            f.frames.add(name)
    sents = _sentences(t)
    for sent in sents:
        explicit_self = bool(re.search(r"\b(?:i|i'm|i've|myself|me)\b", sent))
        is_psy_cmd_sent = any(r.rx.search(sent) for r in _RULES if r.key == "psy_cmd")
        for rule in _RULES:
            for m in rule.rx.finditer(sent):
                snippet = m.group(0).strip()[:70]
                ev = f"{rule.label} ('{snippet}')"
                if rule.neg and _negated(sent, m.start()):
                    f.suppressed.append("negated: " + ev)
                    continue
                person = _person(rule, m, sent)
                key = rule.key
                if is_psy_cmd_sent and key in ("plan_method", "plan_intent"):
                    key = "psy_t_si"
                if person == "other":
                    mapped = _TO_OTHER.get(key, key if key.startswith(("abuse", "od_", "hto_weapon")) else None)
                    if mapped is None:
                        continue
                    if mapped == key and key.startswith("abuse"):
                        key = "o_abuse" if key in ("abuse_phys", "abuse_suspect", "abuse_control") else key
                    else:
                        key = mapped
                if rule.frame and _frame_for(key, f.frames) and not (explicit_self and key in _FRAMED_OK):
                    f.suppressed.append("frame: " + ev)
                    continue
                f.add(key, ev)
        for key, rx, lab in _OTHER_RULES:
            m = rx.search(sent)
            if m:
                if _frame_for(key, f.frames) or "palliative" in f.frames:
                    f.suppressed.append(f"frame: {lab}")
                    continue
                # completed suicide of a relative is history (risk factor), not a current concern
                if re.search(r"\b(?:killed|took|hanged|shot) (?:him|her|them)sel(?:f|ves)|took (?:his|her|their) own life", m.group(0)):
                    continue
                f.add(key, f"{lab} ('{m.group(0)[:70]}')")
    _post_extract(f, t)
    return f


def _post_extract(f: _Feats, t: str) -> None:
    """Message-level adjustments: joke/hyperbole, resolved past, past attempts, third-party completed suicide."""
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
            if k.startswith(("si_", "plan_", "attempt", "sh_", "prep_", "finality")):
                f.suppressed.extend("resolved past: " + e for e in f.hits.pop(k))
    if f.has("sh_relapse") and re.search(r"\b(?:deep|cleaned it|cut|cuts|blade|razor|marks|bleed\w*|scars?|plasters?|"
                                          r"bandage\w*|\d+ (?:days|weeks|months)|clean for|days clean|wound)\b", t):
        f.add("sh_act", f.hits["sh_relapse"][0])
    if f.has("sh_past") and not f.has("current_marker") and not f.has("sh_urge"):
        f.hits.pop("sh_act", None)
    # hyperbole: "I'll kill myself if I have to sit through another meeting lol"
    joke = "joke" in f.frames and not _SERIOUS.search(t)
    if joke and f.has("hyper_cond"):
        others = {k for k in f.hits if k.startswith(("plan_", "attempt", "sh_", "od_", "act_"))}
        if not others:
            for k in ("si_active", "si_wish", "si_passive"):
                if k in f.hits:
                    f.suppressed.extend("hyperbole: " + e for e in f.hits.pop(k))
    if f.has("hto_cond_hyper") and not f.has("hto_weapon", "hto_surveil") and not _SERIOUS.search(t):
        if "hto_intent" in f.hits:
            f.suppressed.extend("hyperbole: " + e for e in f.hits.pop("hto_intent"))
    if joke and f.has("hto_intent") and not f.has("hto_weapon", "hto_surveil"):
        f.suppressed.extend("joke: " + e for e in f.hits.pop("hto_intent"))


# --------------------------------------------------------------------------------------------
# composition
# --------------------------------------------------------------------------------------------
def _first(f: _Feats, *keys: str) -> str:
    for k in keys:
        if k in f.hits:
            return f.hits[k][0]
    return ""


def _compose(f: _Feats) -> tuple[int, set[str], list[str]]:
    risk = NONE
    sig: set[str] = set()
    ev: list[str] = []

    def bump(level: int, signals: tuple[str, ...], reason: str) -> None:
        nonlocal risk
        risk = max(risk, level)
        sig.update(signals)
        if reason and reason not in ev:
            ev.append(reason)

    H = f.has

    def txt(*keys: str) -> str:
        return " ".join(e for k in keys for e in f.hits.get(k, ()))

    # --- overdose (self or bystander) --------------------------------------------------------
    od_drug_only = H("od_explicit") and not re.search(r"overdos|empty|needle|syringe|pills everywhere", txt("od_explicit"))
    od = H("od_child") or (H("od_explicit") and not od_drug_only) or \
        (H("od_ingest", "od_other") and (H("od_excess") or H("od_symptom"))) or (od_drug_only and H("od_symptom"))
    if H("od_ingest", "od_other") and not H("od_excess") and H("od_symptom") and not H("od_explicit", "od_child"):
        # ordinary dose + a vague symptom is not an overdose; need a severe symptom
        od = bool(re.search(r"breath|blue|grey|gray|unconscious|unresponsive|wake|nodding|passed out|passing out|seizure|fitting|"
                            r"collapsed|not making sense|boiling|burning up|can't (?:stay|feel|see|stand)|heart|spinning|bleeding|"
                            r"vomit|sick|throwing up|throat", txt("od_symptom")))

    # --- suicidal ideation tiers -----------------------------------------------------------
    passive_keys = ("si_passive", "si_burden", "si_hopeless")
    passive_fams = sum(1 for k in passive_keys if H(k))
    if H("si_reunion") and H("rf_bereaved"):
        passive_fams += 1
        f.add("si_passive", f.hits["si_reunion"][0])
    rf = sum(1 for k in ("rf_age", "rf_isolated", "rf_bereaved", "rf_stress", "rf_famhx") if H(k))
    si_lvl = NONE
    if passive_fams:
        si_lvl = LOW
        n_passive = sum(f.n(k) for k in passive_keys)
        if (passive_fams >= 2 or n_passive >= 3) and not H("si_denial"):
            si_lvl = MOD
        if rf >= 2:
            si_lvl = MOD
    if H("si_wish", "si_active", "si_affirm"):
        si_lvl = MOD
    if si_lvl == NONE and f.n("si_weak") >= 2:
        si_lvl = MOD if not H("si_denial") else LOW
    si_any = si_lvl > NONE
    si_ctx = si_any or H("si_weak", "finality", "psy_t_si")
    if si_any:
        bump(si_lvl, (SI,), "ideation: " + _first(f, "si_active", "si_wish", "si_affirm", "si_passive", "si_burden",
                                                   "si_hopeless", "si_weak"))
    if H("si_control") and (si_any or H("si_weak")):
        bump(HIGH, (SI,), "ideation with control slipping: " + _first(f, "si_control"))
    elif H("si_control") and re.search(r"how i|which way|painless|least painful", txt("si_control")):
        bump(HIGH, (SI,), "considering how: " + _first(f, "si_control"))

    # --- plan / behaviour ---------------------------------------------------------------------
    benign = "benign_prep" in f.frames and not si_ctx
    if benign:
        for k in ("prep_weak", "plan_prep"):
            keep = [e for e in f.hits.get(k, ()) if re.search(r"suicide|goodbye (?:letter|note)|whoever finds|find me|when i'm dead", e)]
            if k in f.hits:
                f.suppressed.extend("benign context: " + e for e in f.hits[k] if e not in keep)
                if keep:
                    f.hits[k] = keep
                else:
                    del f.hits[k]
    strong = [k for k in ("plan_method", "plan_means", "plan_research", "plan_prep", "plan_rehearsal", "attempt") if H(k)]
    intent_decisive = H("plan_intent") and re.search(
        r"kill myself|end (?:it|my life)|take my|hang|jump|overdose|decided|plan to|kms|happening|doing it|take the whole|"
        r"tomar|unalive|take them all|all of them|the lot|every", txt("plan_intent"))
    if H("plan_intent") and (intent_decisive or si_ctx or H("plan_means", "plan_means_weak", "plan_method", "plan_prep")):
        strong.append("plan_intent")
    # weak plan cues: each counts once per family (prep cues count individually)
    weak_fams = [k for k in ("plan_means_weak", "plan_research_dose", "plan_research_height", "site_visit", "plan_method_know",
                             "attempt_past", "plan_intent", "personal") if H(k)]
    n_weak = len(weak_fams) + f.n("prep_weak")
    if f.n("prep_weak") >= 2 or n_weak >= 2 and (f.n("prep_weak") or H("plan_means_weak", "plan_research_dose",
                                                                           "plan_research_height", "plan_method_know")):
        strong.append("weak cues add up")
    supported = [k for k in weak_fams + (["prep_weak"] if H("prep_weak") else []) if k != "personal" and (si_ctx or strong)]
    if H("dose_question") and si_any:
        supported.append("dose_question")
    plan = bool(strong or supported)
    if plan:
        k0 = next((k for k in strong + supported if k in f.hits), None)
        bump(HIGH, (SI, PLAN), "plan/behaviour: " + (_first(f, k0) if k0 else ", ".join(weak_fams + ["prep"])))
    method_known = H("plan_method", "plan_means", "plan_means_weak", "plan_research_height", "psy_t_si") or \
        bool(H("plan_intent") and re.search(r"take|swallow|jump|hang|overdose|tomar|walk", txt("plan_intent")))
    near, day = H("time_near"), H("time_day") or H("time_near")
    act = H("act_co", "act_strong") or (H("act_location") and (si_ctx or plan or H("plan_intent", "time_near"))) or \
        (H("act_maybe") and (si_ctx or plan))
    if H("bleeding_heavy") and (H("sh_act") or si_any or plan) and not od:
        act = True
    if H("sh_act") and H("sh_danger") and (si_any or H("finality")) and not H("recent_marker", "past_marker"):
        act = True
    if act:
        bump(IMM, (SI, PLAN, IMMEDIATE), "act in progress: " + _first(f, "act_co", "act_strong", "act_location", "act_maybe",
                                                                      "bleeding_heavy", "sh_danger"))
    if plan and day and method_known and (H("plan_intent", "finality", "plan_prep", "plan_method") or si_any):
        bump(IMM, (SI, PLAN, IMMEDIATE), "means/method + timeframe <24h: " + _first(f, "time_near", "time_day"))
    if (plan or si_any) and near and H("plan_intent", "plan_prep", "finality", "plan_means", "plan_means_weak"):
        bump(IMM, (SI, PLAN, IMMEDIATE), "intent + imminent timeframe: " + _first(f, "time_near"))

    if od:
        bump(IMM, (OD, IMMEDIATE), "overdose taken/in progress: " + _first(f, "od_explicit", "od_child", "od_ingest", "od_other"))
        self_od = H("od_ingest") or bool(re.search(r"\bi\b|i've|i'm", txt("od_explicit")))
        if self_od:
            if H("finality") or (si_any and not H("si_denial")):
                sig.add(SI)
                if H("finality") or plan:
                    sig.add(PLAN)
            elif H("od_motive_sh"):
                sig.add(SH)

    # --- self-harm -------------------------------------------------------------------------
    sh = H("sh_act") or (H("sh_injury") and H("sh_deliberate"))
    if sh:
        if H("sh_danger") or H("bleeding_heavy"):
            bump(HIGH, (SH,), "self-harm, dangerous/escalating: " + _first(f, "sh_danger", "bleeding_heavy"))
        bump(MOD, (SH,), "self-harm: " + _first(f, "sh_act", "sh_injury"))
    elif H("sh_urge"):
        bump(MOD, (SH,), "self-harm urge: " + _first(f, "sh_urge"))
    elif H("sh_past") and H("current_marker") and not H("resolved"):
        bump(MOD, (SH,), "self-harm returning: " + _first(f, "sh_past"))
    if H("si_affirm_sh"):
        bump(MOD, (SH,), "self-harm affirmed")

    # --- harm to others -------------------------------------------------------------------
    animal = bool(H("hto_animal_it") and H("animal_noun"))
    weapon = H("hto_weapon")
    grudge = H("hto_revenge", "grievance", "hto_weapon_intent")
    hto_plan = H("hto_intent") or animal or (weapon and (grudge or H("hto_surveil", "hto_move"))) or \
        (H("hto_surveil") and (grudge or H("hto_thoughts"))) or (H("hto_move") and grudge)
    deny = H("si_denial") and not weapon and not H("hto_surveil", "hto_move")
    if hto_plan and not deny:
        bump(HIGH, (HTO,), "harm to others, intent/plan: " + _first(f, "hto_intent", "hto_surveil", "hto_move", "hto_weapon",
                                                                    "hto_revenge", "hto_animal_it"))
        if H("hto_now") and (weapon or re.search(_x(r"<WEAPON>"), txt("hto_intent", "hto_now"))):
            bump(IMM, (HTO, IMMEDIATE), "weapon + target + timeframe <24h: " + _first(f, "hto_now"))
    elif hto_plan or H("hto_thoughts") or (H("hto_revenge") and (weapon or H("hto_surveil"))):
        bump(MOD, (HTO,), "violent thoughts: " + _first(f, "hto_thoughts", "hto_intent", "hto_revenge"))
    elif H("hto_intrusive"):
        bump(LOW, (HTO,), "unwanted intrusive thoughts: " + _first(f, "hto_intrusive"))
    elif H("hto_surveil") and H("hto_revenge"):
        bump(HIGH, (HTO,), "threat + planning")

    # --- abuse --------------------------------------------------------------------------------
    if H("abuse_phys", "abuse_sex") or (H("abuse_neglect") and H("child_ctx")) or \
            (H("child_ctx") and H("abuse_control", "abuse_neglect")):
        bump(HIGH, (ABUSE,), "abuse: " + _first(f, "abuse_phys", "abuse_sex", "abuse_neglect", "abuse_control"))
    elif H("abuse_control", "abuse_harass", "abuse_neglect") or (H("abuse_suspect") and not H("o_abuse")):
        bump(MOD, (ABUSE,), "abuse: " + _first(f, "abuse_control", "abuse_harass", "abuse_neglect", "abuse_suspect"))

    # --- psychosis ----------------------------------------------------------------------------
    cmd = H("psy_cmd") or (H("psy_cmd_weak") and H("psy_corrob")) or (H("psy_directive") and H("psy_exp", "psy_corrob"))
    if cmd:
        bump(HIGH, (PSY,), "command hallucination: " + _first(f, "psy_cmd", "psy_cmd_weak", "psy_directive"))
        cmd_text = txt("psy_cmd", "psy_cmd_weak", "psy_directive")
        if re.search(r"(?:cut|burn|hurt|harm|stab|punish|cleanse) (?:myself|my \w+)|with fire|bleed", cmd_text + " " + txt("psy_t_si")):
            sig.add(SH)
        if re.search(r"kill myself|end my life|\bdie\b|jump|traffic|somewhere high|drown", cmd_text + " " + txt("psy_t_si")):
            sig.add(SI)
        if re.search(_x(r"(?:stop|kill|hurt|get rid of|punish|attack|poison|harm|stab) (?:him|her|them|my <REL>|the baby|people|everyone)"),
                     cmd_text) or H("hto_intent"):
            sig.add(HTO)
    elif H("psy_exp"):
        bump(MOD, (PSY,), "psychotic experience: " + _first(f, "psy_exp"))

    # --- panic ----------------------------------------------------------------------------------
    fams = sorted(k[6:] for k in f.hits if k.startswith("panic_") and k[6:] in _PANIC_SOMATIC)
    explicit_now = H("panic_now") and re.search(r"attack|ataque|crise|panik", txt("panic_now"))
    if not od and (explicit_now or (H("panic_now") and fams) or len(fams) >= 2):
        bump(MOD, (PANIC,), "panic now: " + (", ".join(fams) if fams else "panic attack now"))
    elif H("panic_past") and risk == NONE:
        risk = LOW
        ev.append("panic attack, now over (no signal)")
    return risk, sig, ev


def _compose_other(f: _Feats, risk: int, sig: set[str], ev: list[str]) -> tuple[int, set[str], list[str]]:
    """Third-party concern: moderate with the at-risk person's signals (overdose in progress handled above)."""
    for key, sigs in _OTHER_DEPENDS.items():
        if key in f.hits:
            sig.update(sigs)
            risk = max(risk, MOD)
            ev.append("third-party concern: " + f.hits[key][0])
    return risk, sig, ev


def _finish(f: _Feats) -> RuleFinding:
    risk, sig, ev = _compose(f)
    risk, sig, ev = _compose_other(f, risk, sig, ev)
    # invariants
    if risk == IMM:
        sig.add(IMMEDIATE)
    else:
        sig.discard(IMMEDIATE)
    if risk == NONE:
        sig.clear()
    if risk >= MOD and not sig:  # pragma: no cover - defensive
        risk = LOW
    negated = risk == NONE and bool(f.suppressed)
    if negated:
        ev = ["not flagged: " + s for s in f.suppressed[:4]]
    return RuleFinding(signals=frozenset(sig), risk=RISK_LEVELS[risk], evidence=tuple(ev), negated=negated)


# --------------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------------
def assess_message(text: str) -> RuleFinding:
    return assess_conversation(text, [])


def _hto_time(f: _Feats, text: str) -> None:
    """Mark harm-to-others intent whose own sentence carries a <24h timeframe (not a conditional 'next time')."""
    t = normalise(text)
    for sent in _sentences(t):
        if re.search(_x(r"\b(?:<NEAR>|<DAYT>)\b"), sent) and re.search(
                _x(r"(?:going to|gonna|i'll|i will|i'm going|about to) (?:\w+ ){0,5}(?:<HARMV>|do it|use it|round there|over there)"),
                sent) and not re.search(r"\b(?:next time|if)\b", sent):
            f.add("hto_now", sent[:70])
        elif f.has("hto_weapon", "hto_move", "hto_surveil") and not re.search(r"\b(?:next time|if)\b", sent) and (
                re.search(r"\b(?:i'm|i am) (?:parked|waiting|sat|sitting|outside|hiding)\b.{0,40}(?:outside|his|her|their|work|house)", sent) or
                (re.search(_x(r"\b(?:<NEAR>|<DAYT>)\b"), sent) and re.search(
                    r"(?:on my way|heading|going|driving|walking) (?:round |over )?(?:to|round to|there)", sent))):
            f.add("hto_now", sent[:70])


def assess_conversation(text: str, history: list[dict]) -> RuleFinding:
    turns: list[tuple[str, str]] = []
    for item in history or []:
        if isinstance(item, dict):
            turns.append((str(item.get("role", "")), str(item.get("content", "") or "")))
    turns.append(("user", text or ""))
    pooled = _Feats()
    best = RuleFinding(frozenset(), RISK_LEVELS[NONE], (), False)
    prev_assistant = ""
    for role, content in turns:
        if role != "user":
            if role == "assistant":
                prev_assistant = normalise(content)
            continue
        f = _extract(content)
        _hto_time(f, content)
        nt = normalise(content)
        if prev_assistant and not _DENY.match(nt) and _AFFIRM.match(nt):
            if _SCREEN_SI.search(prev_assistant):
                f.add("si_affirm", f"affirmed suicidal thoughts ('{nt[:40]}')")
            elif _SCREEN_SH.search(prev_assistant):
                f.add("si_affirm_sh", f"affirmed self-harm ('{nt[:40]}')")
        prev_assistant = ""
        one = _finish(f)
        if RISK_INDEX[one.risk] > RISK_INDEX[best.risk]:
            best = one
        pooled.merge(f)
    whole = _finish(pooled)
    if RISK_INDEX[best.risk] > RISK_INDEX[whole.risk]:  # pooling should dominate; keep the max regardless
        sig = set(whole.signals) | set(best.signals)
        return RuleFinding(frozenset(sig), best.risk, best.evidence + whole.evidence, False)
    return whole
