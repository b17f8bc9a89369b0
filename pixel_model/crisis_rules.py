"""Recall-first RULE LAYER of Pixel's crisis detection (standard library only).

The layer never decides on whole-sentence templates.  It extracts *features* from the normalised
text of every USER turn -- ideation tiers, method, means, timeframe, intent, preparation, person
(self / third party / generic), negation window, and frames (fiction, news/academic, code, games,
sport, cooking/hunting, jokes, hypotheticals, benign look-alikes of preparation) -- and composes
the C-SSRS-inspired risk level from them:

    passive wish / hopelessness / burden              -> low (moderate when cues or risk factors add up)
    active ideation / stated wish to die              -> moderate
    + method considered or control slipping            -> high
    plan / means / preparation / research / attempt    -> high + suicide_plan (+ suicidal_ideation)
    plan/means + timeframe <= 24 h, or act in progress -> imminent + immediate_harm
    overdose taken (self, accidental or bystander)     -> imminent + substance_overdose
    self-harm -> moderate (high if dangerous/escalating); harm to others, abuse, psychosis and
    panic follow the project's dev-set rules; third-party concern -> moderate with the other
    person's signals (a bystander overdose in progress stays imminent).

Weak cues (an ambiguous farewell, a single "possible preparation", a dose question) never flag on
their own; two of them, or one plus an ideation cue, do.  A last-resort backstop flags low/moderate
suicidal ideation when a first-person message combines cue categories (death + method, death +
finality, ...) that no specific rule explained.

Conversations: features are pooled over every user turn, so risk never fades after a topic change
or a retraction, and combinations work across turns (means in one turn, "tonight" in the next).
A short affirmative answer ("yeah, sometimes") to an assistant's suicide/self-harm screening
question counts as a disclosure; assistant and system text is never evidence by itself.

Decisions worth knowing:
  * resolved past struggles ("years ago I attempted ... doing well now") -> none (negated=True);
  * retractions never clear a disclosure, but an AMBIGUOUS cue ("I'm going to end it tonight",
    "writing goodbye letters", "I hurt myself") is cleared when the user's next answer names a benign
    referent ("the relationship!", "my pupils!") or an accident ("dropped a tin on my foot");
  * `negated` is True only when a crisis phrase matched but every match was explained away
    (negation, idiom, fiction/news/code frame, resolved past) and the final risk is "none";
  * messages over 6000 characters are analysed as their first and last 3000 characters, and
    sentences over 400 characters in overlapping windows, which keeps the cost bounded.
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
    "\U0001F602": " lol ", "\U0001F923": " lol ", "\U0001F480": " lol ", "\U0001F606": " lol ", "\U0001F644": " lol ",
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
blood alone anymore abuse rape hit hits beat choke choked strangle to too me my it am and the of off all
""".split())
_MASK_WORDS = ("suicide", "suicidal", "kill", "myself", "die", "dead", "death", "self", "harm", "cutting", "overdose", "unalive")
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
    "idk": "i don't know", "ngl": "honestly", "fr": "for real", "plz": "please", "pls": "please",
    "tuk": "took", "thnk": "think", "hart": "heart", "whatev": "whatever", "sumthin": "something",
    "nuthin": "nothing", "bcz": "because", "b4": "before", "2moro": "tomorrow", "tabz": "tablets",
    "pilz": "pills", "overdosin": "overdosing", "wiv": "with", "bout": "about", "shes": "she's", "hes": "he's",
    "theyre": "they're", "youre": "you're", "wouldve": "would've", "sewerslide": "sewer slide", "sewersliding": "sewer sliding", "werent": "weren't", "b": "be",
}
_G_DROP = frozenset("""cutt bleed dy kill hurt rac shak breath tak jump hang burn think feel go do try
want wish plann sav count hid pack writ giv say scratch punch bang starv drink drown end leav talk comm
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
    if _SPACED.search(t) and re.search(r"\w  +\w", t):   # spaced-out mode: words separated by double spaces
        groups = re.split(r" {2,}", t)
        t = " ".join("".join(g.split(" ")) if len(g.split(" ")) > 1 and all(len(x) == 1 for x in g.split(" ")) else g
                     for g in groups)
    t = _SPACED.sub(_join_spaced, t)          # before whitespace collapse: "k i l l  m y s e l f"
    t = re.sub(r"\b[a-z]*[*#_]+[a-z*#_]*\b|\b[a-z]+[*#]+[a-z]*", _unmask, t)
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
             r"parents|family|folks|in-law|mother-in-law|father-in-law|sister-in-law|brother-in-law|wee one|lad|lass)")
_M["MEDS"] = (r"(?:pills?|tablets?|tabs|meds|medication|medications|medicines?|capsules?|paracetamol|"
              r"acetaminophen|tylenol|panadol|ibuprofen|nurofen|aspirin|codeine|co-codamol|cocodamol|"
              r"tramadol|oxycodone|oxycontin|oxys?|morphine|fentanyl|methadone|heroin|xanax|valium|"
              r"diazepam|lorazepam|clonazepam|benzos?|sleeping (?:pills|tablets)|sleepers|"
              r"anti-?depressants|sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|quetiapine|"
              r"lithium|insulin|warfarin|calpol|nurofen|opioids|opiates|painkillers|pain ?killers|zopiclone|propranolol|"
              r"iron tablets|(?:blood pressure|heart|water|sleeping) (?:ones|pills|tablets|meds)|"
              r"medicine (?:cupboard|cabinet)|pastillas|comprimidos|p[ií]lulas|rem[eé]dios|tabletten|"
              r"cachets|m[eé]dicaments|prescription|my script)")
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
_M["CONSIDER"] = (r"(?:i'm|i am|think(?:ing)? (?:about|of)|thought about|thoughts? (?:of|about)|keep (?:thinking about|"
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
              r"before (?:the )?sun (?:comes up|rises)|when (?:my )?(?:parents|everyone|they|mum|mom|dad|the house|"
              r"my \w+|he|she) "
              r"(?:are|is|'s|'re|go|goes|fall|falls|gets?) (?:asleep|in bed|to bed|to sleep|out|home)|at \d{1,2}(?::\d\d)? ?"
              r"(?:am|pm|tonight|o'clock)|before (?:he|she|they|anyone|my \w+) (?:gets?|comes?) (?:home|back)|(?:going|"
              r"doing it|do it|leaving|happening|finishes|"
              r"ends|gets off|comes out|finish) at "
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
        r"character|characters|protagonist|villain)|(?:writing|write|wrote|reading|read|finished) (?:a |my |the )?"
        r"(?:novel|story|short story|book|script|screenplay|poem|fanfic|scene|thriller|chapter)|chapter \d+|in chapter|"
        r"in (?:the|my|a|this) (?:novel|book|film|movie|show|series|episode|story|play|game|anime|comic)|"
        r"medical dramas?|thriller|villain|"
        r"protagonist|fan fiction|fanfic|roleplay|role-play|d&d|dnd|lyrics|poem|poetry|writing prompt|the plot|a plot|"
        r"plot twist|outline the plot|biography|biographies|memoir|detective|whodunn?it)\b")),
    "academic": re.compile(
        r"\b(?:essay|coursework|homework|assignment|presentation|module|lecture|dissertation|thesis|"
        r"history (?:essay|class|lesson|project|coursework|teacher|homework|presentation|module|exam|book)|(?:in|for|"
        r"studying) history|"
        r"historical|century|victorian|medieval|world war|ww1|ww2|wwii|holocaust|auschwitz|"
        r"the news|news report|article|journalism|journalist|reporting on|statistics|documentary|"
        r"podcast|research paper|a-level|gcse|textbook|for (?:a|my) class|uni paper|"
        r"tsunami|earthquake|genocide|execution|penal|tragedy|tragedies|greek|shakespeare|mythology|myths?|legends?|"
        r"true crime|case study|mass suicide|werther effect|(?:book|school|biography|lab|history|news) report|"
        r"psychology class|my course|my degree|training course|studying|revision)\b"),
    "game": re.compile(
        r"\b(?:game|games|gaming|gamer|elden ring|sims|minecraft|fortnite|call of duty|boss fight|the boss|"
        r"npc|quest|respawn|pvp|multiplayer|xbox|playstation|ps5|nintendo|chess|fifa|headshot|shoot the ball|"
        r"dungeon|speedrun|tournament|phase (?:one|two|\d))\b"),
    "sport": re.compile(r"\b(?:football|rugby|cricket|tennis|hockey|basketball|netball|match|league|under-1\d|pitch|"
       r"referee|marathon|"
                        r"half marathon|race|workout|gym session|mile \d+|\d+k|parkrun|cycling|sprint|boxing|sparring|"
                        r"martial arts|mma|judo)\b"),
    "code": re.compile(
        r"\b(?:process|processes|thread|threads|pid|sigterm|sigkill|kill -9|daemon|python|java|"
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
    "hypothetical": re.compile(
        r"\b(?:what (?:do|should|would|can) (?:i|you|we) (?:do|say) if|if (?:a|someone|somebody|anyone|"
        r"one of my) [\w']+ (?:tells|says|said|told)|"
        r"how (?:do|should|can|would) (?:i|you|we) (?:help|support|respond to|talk to) (?:a|someone|somebody|people)|"
        r"want to be prepared|"
        r"in case (?:a|someone|one of)|warning signs)\b"),
    "relationship": re.compile(r"\b(?:break ?up|break-up|breakup|dumping|dump him|dump her|relationship|dating|boyfriend|girlfriend|"
                               r"fianc[eé]e?|engagement|situationship|(?:end|ending|ended) (?:it|things) with|with (?:him|her|tom|\w+) "
                               r"(?:tonight|today))\b"),
    "admin": re.compile(r"\b(?:netflix|spotify|subscription|subscriptions|membership|contract|billing|free trial|broadband|phone plan|"
                        r"lease|tenancy|direct debit|account settings|unsubscribe)\b"),
    "meta": re.compile(r"\b(?:is|what does|what's|whats|meaning of|define) ['\"]?(?:unalive|kms|ctb|sewer ?slide|self[- ]delete|"
                       r"catch the bus)['\"]? (?:a (?:real )?word|mean|stand for|short for)|(?:tiktok|social media) (?:word|slang|thing)\b"),
    "clarified": re.compile(r"\b(?:the|my) [\w ]{2,20}, i mean\b|\bi mean(?:t)? (?:the|my) (?:diet|job|course|degree|gym|relationship|"
                            r"commute|revision|essay|project|team|subscription|contract)\b"),
    "palliative": re.compile(r"\b(?:palliative|hospice|end of life care|terminally ill|end-of-life)\b"),
    "benign_prep": re.compile(
        r"\b(?:moving|move to|moving to|relocat\w*|emigrat\w*|new job|last day|leaving (?:the|this|my) "
        r"(?:job|company|team|role)|retir\w*|new baby|first baby|our baby|pregnan\w*|guardians?|wedding|"
        r"downsiz\w*|declutter\w*|spring clean\w*|colleagues|the team|house move|new house|new flat|"
        r"going travelling|gap year|mortgage|guardianship|twins|newborn|just had (?:a|our) baby|expecting|"
        r"getting married|starting a new|promotion|redundancy|estate planning)\b"),
}
# which frames can explain away a feature family (by key prefix)
_FRAME_SCOPE = {
    "si_hopeless": {"fiction", "academic", "game", "code", "clarified", "admin"}, "si_weak": {"fiction", "academic", "clarified"},
    "si_": {"fiction", "academic", "game", "code", "meta", "admin"}, "plan_": {"fiction", "academic", "game", "code", "admin"},
    "attempt": {"fiction", "academic"}, "finality": {"fiction", "academic", "code"}, "prep_": {"fiction", "academic"},
    "site_": {"fiction", "academic"}, "act_": {"fiction", "academic", "game"}, "sh_": {"fiction", "academic"},
    "hto_": {"fiction", "academic", "game", "code", "food_hunt", "sport"}, "abuse_": {"fiction", "academic", "sport"},
    "psy_": {"fiction", "academic"}, "od_": {"fiction", "academic"},
    "o_hto": {"fiction", "academic", "game", "code", "food_hunt", "sport", "hypothetical"}, "o_": {"fiction", "academic", "hypothetical"},
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
   r"(?:wouldn't|would not|don't think i'd|wouldn't really|wouldn't exactly|won't|wouldn't even) (?:[\w']+ ){0,2}"
   r"mind if (?:i (?:died|didn't wake up|was gone|got hit|never woke up)|something (?:bad )?happened to me|"
   r"(?:it all|everything|it) (?:just )?(?:stopped|ended))",
   r"if (?:it all|everything|life|my life) (?:<ADV>)(?:stopped|ended|was over)",
   r"if (?:a|the) (?:bus|car|truck|lorry|train|plane|van) (?:[\w']+ ){0,2}(?:hit|clipped|ran over|ran me over|"
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
   r"(?:better off|happier|easier|better|fine) (?:[\w']+ ){0,4}without me",
   r"(?:better|easier|happier) .{0,50}if i (?:wasn't|weren't|was not|were not|was gone|were gone|wasn't here|"
   r"wasn't around|didn't exist|was dead|disappeared|am not|died|left for good)\b",
   r"(?:a better|better off with (?:a different|another|someone)) .{0,30}(?:if i|without me|than me|"
   r"who knows what (?:she|he)'s doing)",
   r"better off with (?:a different|another|someone else)",
   r"(?:i'm|i am|i (?:<ADV>)feel like|feel like) (?:<ADV>)(?:a|such a|nothing but a|just a) burden(?! (?:at|to) (?:work|"
   r"the team|my team|my colleagues|my boss))",
   r"burden (?:to|on) (?:everyone|my|them|you)",
   r"(?:nobody|no one|no-one) (?:would|will|'d|'ll) (?:<ADV>)(?:miss|notice|care)",
   r"everyone(?:'s| is| would be|'d be) better off",
   r"(?:they|everyone|my family|my kids|he|she)(?:'d| would) (?:<ADV>)(?:get over it|move on)", person="self")
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
   r"<ISUBJ>? ?(?:<ADV>)(?:want|wanted|wish|wished|'d like|would like|need|long) to (?:<ADV>)die\b(?! (?:of|from|"
   r"laughing|with (?:embarrassment|shame)))",
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
   r"(?<!we're )(?<!we are )(?<!they're )(?:want|wanna|going|thinking about|think about|thought about|decided|plan|"
   r"planning|ready|tempted|try|trying)"
   r"(?: to)? (?:end|ending) (?:it|things|everything|it all|myself)(?! (?:with|between|off with|on a|early|there|here|"
   r"now,|at \d))",
   r"\bend it all\b", r"\bunaliv\w*", r"\bkms\b", r"\bctb\b", r"catch(?:ing)? the bus\b(?=.{0,40}(?:forum|method|"
   r"decided|plan|ready|tonight|soon))", r"final exit", r"sewer ?slide", r"self[- ]?delete|delete myself",
   r"(?:go|going|went) to sleep (?:and|&) (?:not|never) (?:have to )?(?:wake|waking) up", r"(?:want|wanna|wish|"
   r"going) to sleep forever",
   r"not (?:wake|waking) up (?:ever )?again", r"(?:not|stop) (?:be|being) (?:here|around|alive) (?:anymore|any more)",
   r"(?:want|wanna|thinking about|think about) (?:to )?(?:disappear|not exist) (?:forever|permanently)",
   r"(?:thinking about|think about|thought about|ways?) (?:[\w']+ ){0,2}ways? out\b(?! of (?:the|this) (?:building|room|"
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
   r"(?:think|thinking|thought) about (?:it|doing it)(?: myself)? (?:every|most|all|some) (?:night|day|nights|days|"
   r"shift|night shift)",
   r"(?:think|thinking|thought) about doing it myself",
   r"(?:candle|flame|light) .{0,40}(?:burn(?:t|ed|ing)? (?:<ADV>)(?:down|out)|blow(?:n)? (?:it |me )?out|go(?:ing)? out)",
   r"snuff(?:ed)? (?:me |it )?out", r"(?:blow|blows|blew|blowing) (?:it|me) out\b", r"fade away", r"end of (?:my|"
   r"the) (?:rope|tether|road)",
   r"(?:standing |stood )?(?:at|on) the edge of (?:something|everything|it all)", r"lean(?:ing)? forward",
   r"hanging on by a thread", r"^yet\W*$", r"wouldn't do anything (?:daft|stupid|silly)",
   r"(?:i'm|i am) (?:<ADV>)tired\W*$", r"i (?:just )?can't anymore")
_r("si_denial", "intent denied",
   r"(?:not|never) (?:going to|gonna|saying i'd|saying i would|planning to) (?:<ADV>)(?:do|act on) (?:anything|it|something)",
   r"(?:wouldn't|would never|won't|will not|i'd never|i'll never|will never) (?:<ADV>)(?:do|act on) (?:anything|it|something|"
   r"that)(?: (?:daft|silly|stupid))?",
   r"i'm not (?:going to|gonna) (?:do|try) anything", r"not acting on (?:them|it)", r"i only think it",
   r"(?:i'm|i am) not (?:going|gonna) to\W*(?:,|but\b|$)", r"(?:i'm|i am) not going to\.",
   r"(?:ich w[uü]rde nichts tun|no voy a hacer nada|n[aã]o vou fazer nada|je ne ferai rien)", neg=False, person="self")

# --- plan / behaviour --------------------------------------------------------------------------
_r("plan_method", "method considered",
   r"\b(?:hang|hanging|hanged|shoot|shooting|stab|stabbing|drown|drowning|gas|gassing|poison|poisoning|"
   r"electrocute|electrocuting|suffocate|suffocating|starve|starving|throw|throwing) (?P<p>myself|himself|herself|themselves)\b",
   r"overdos(?:e|ing) on (?:my|the|his|her|<MEDS>)",
   r"slit(?:ting)? (?:my|his|her) (?:wrists?|throat)",
   r"<CONSIDER> (?:<ADV>)(?:jump(?:ing)?|leap(?:ing)?) (?:off|from|in front of) (?:a |the |my |this )?(?:<LOC_HIGH>|"
   r"train|tube|lorry|bus|truck)",
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
   r"building up|storing|counted|counting|gathering|gathered|been keeping|hiding|hidden|hid) (?:up )?(?:[\w']+ ){0,4}?<MEDS>",
   r"<MEDS> (?:[\w']+ ){0,3}(?:counted out|saved up|stockpiled|hoarded|in one (?:pot|pile|bag|jar|bowl|place)|lined up)",
   r"(?:put|tipped|emptied|poured) all (?:my|the|of my) (?:[\w']+ ){0,2}<MEDS> (?:in|into|out)",
   r"\b(?:[2-9]\d|\d{3}|thirty|forty|fifty|sixty|seventy|eighty|a hundred) (?:of )?(?:\w+'s? )?(?:[\w']+ ){0,2}<MEDS>",
   r"(?:got|have|i've got|i have) (?:about |around |over )?(?:[2-9]\d|\d{3}) (?:of them )?now",
   r"(?:rope|noose|ligature|belt) (?:is |'s )?(?:ready|set up|tied|up|in place)",
   r"(?:have|got|i've got|i have|bought|made) (?:the |a |my )?(?:rope|noose) (?:ready|set up|tied)",
   r"(?:tied|made|making|tying|tie) (?:a )?noose",
   r"(?:tengo|guard[eé]|guardo|tengo guardadas) (?:[\w']+ ){0,2}(?:pastillas|comprimidos)",
   r"(?:pastillas|comprimidos) guardad[ao]s", person="auto")
_r("plan_means_weak", "access to means",
   r"(?:i've got|i have|i've|got|bought|buying|getting|ordered|found) (?:[\w']+ ){0,3}?(?:gun|pistol|rifle|shotgun|firearm)\b",
   r"(?:gun|shotgun|rifle|pistol)s? (?:is |are |'s )?(?:in|under) (?:the|my|his|our) (?:barn|house|shed|safe|cupboard|loft|"
   r"garage|attic|wardrobe|drawer|bedroom|car)",
   r"know where (?:[\w']+ ){1,3}keeps? (?:the |his |her |their )?(?:gun|rifle|shotgun|pistol|key|pills|tablets|meds)",
   r"(?:ordered|bought|purchased|got|picked up) (?:[\w']+ ){0,2}(?:the |some |a |length of )?(?:stuff|supplies|rope|"
   r"charcoal|helium|nitrogen|poison|razor ?blades|blades|hose|noose|length of rope)\b",
   r"(?:got|have|i've got|i have|carrying|with) (?:the |my |some |a )?(?:<MEDS>|razor ?blades?|blades?|rope|knife|charcoal) "
   r"(?:in my (?:bag|pocket|car|room|drawer|hand)|ready|with me|on (?:my|the) (?:desk|bed|table)|next to me|in front of me)",
   r"(?:sitting|standing|lying|i'm) .{0,40}with (?:the |a |my )?(?:razor ?blades?|razor|blades?|knife|<MEDS>|rope|gun)\b",
   r"(?:near|next to|access to) the (?:drug|medicine|meds) (?:cupboard|cabinet|trolley)", person="auto")
_r("plan_research", "researching method/site",
   r"(?:looked|looking|look|searched|searching|googled|googling|researched|researching|reading up on|read up on|"
   r"lurking on|lurk on|browsing) (?:up )?(?:[\w']+ ){0,5}?(?:suicide|how to (?:die|kill myself|end (?:it|my life))|"
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
_r("prep_weak", "letters/notes for loved ones",
   r"(?:written|wrote|writing|left|finished|typed) (?:a |my |the )?(?:note|notes|letters?) (?:for|"
   r"to) (?!(?:my )?(?:pen ?pal|penfriend|"
   r"the council|my landlord|my mp|the editor|my teacher|the school|santa|neighbou?r|boss|manager|insurer|bank))(?:my|"
   r"the|everyone|them|each|"
   r"her|him|people)", person="auto")
_r("plan_prep", "preparatory act",
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
   r"(?:gave|give|giving|given|handed) (?:my |away my )?(?:[\w']+ ){0,3}(?:to my|to his|to her|to a) "
   r"(?:\w+ )?(?:<REL>|neighbour|neighbor)",
   r"(?:gave|give|giving|given|handed) (?:away )?my (?:[\w']+ ){0,2}(?:accounts?|passwords?)",
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
   r"(?:i'm|i am) (?:<ADV>)(?:nearly|almost) ready", r"just waiting (?:until|till|for) .{0,50}(?:over|done|finished|"
   r"passed|to be over)",
   r"won't be (?:here|around|alive) (?:when|by|for|after|much longer|next)",
   r"(?:not sure|haven't (?:decided|picked)|don't know) (?:exactly )?when(?: yet)?\b", r"haven't picked a date",
   r"(?:voy a|vou) (?:tomar(?:me)?|tom[aá]-?l[ao]s) .{0,20}(?:todas|todos)", r"me las voy a tomar todas",
   r"(?:voy a|vou) (?:tomar|tomarme) todas", person="auto")
_r("plan_rehearsal", "rehearsal",
   r"(?:took|take|taking) my hands? off the (?:wheel|steering)",
   r"(?:checked|tested|test|check|testing|checking|made sure) (?:if |whether |that )?(?:the )?(?:beam|rafter|banister|"
   r"hook|branch|loft hatch|door ?frame|rail|pipe|bannister)s? (?:in (?:the|my) \w+ )?(?:[\w']+ ){0,3}(?:take|hold|bear|"
   r"support)s? "
   r"(?:the |my )?weight",
   r"(?:practis|practic|rehears)(?:ed|ing|e) (?:tying|the knot|it|with the)",
   r"put (?:the |a )?(?:rope|belt|noose|cord) (?:around|round) my neck", r"tried (?:it )?(?:with|on) (?:the|a) (?:rope|"
   r"belt|cord)",
   person="auto")
_r("site_visit", "visiting a site",
   r"(?:stood|standing|went|go|going|walked|walking|been walking|visit|visited|visiting|drove|driving) (?:[\w']+ ){0,3}"
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
   r"won't matter (?:<ADV>)(?:much )?(?:after|soon|by|anymore)", r"(?:after that|then) (?:nothing|"
   r"it) (?:else )?(?:matters|won't matter)",
   r"nothing else matters",
   r"(?:<ADV>)(?:wanted|want|needed) (?:to )?(?:tell|talk to) (?:someone|somebody|you|one person) (?:first|before)",
   r"wanted (?:someone|somebody|one person) to know", r"\bbefore\W*$",
   r"please don't (?:try (?:and|to) )?(?:talk me out of it|stop me|ring anyone|call anyone|call the police|send anyone)",
   r"(?:don't|didn't) want to be alone when it happens", r"for good\b", r"it'll (?:all )?be over (?:soon|quickly)",
   r"(?:wanted|want) (?:it|this) to be the last time", r"see you on the other side", r"i'm sorry\W*$",
   r"it'll be within", person="auto")
_r("act_location", "at a height/track",
   r"(?:i'm|i am|i'm now|currently|sitting|standing|stood|i'm sitting|i'm standing) (?:[\w']+ ){0,2}(?:on|at|on top of|"
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
   r"(?:won't|will not|can't|doesn't|isn't|not) stop(?:ping)? bleeding", r"bleeding (?:<ADV>)(?:a lot|heavily|badly|"
   r"so much|everywhere|out)",
   r"(?:so much|lots of|a lot of) blood", r"blood (?:everywhere|won't stop|is pouring|pouring)", r"bleeding and (?:it )?won't stop",
   neg=False, person="any")

# --- time -------------------------------------------------------------------------------------
_r("time_day", "timeframe <24h", r"\b<DAYT>\b", r"\b(?:today|this morning)\b(?=.{0,60}\b(?:going to|gonna|will|i'll|plan))",
   r"(?:going to|gonna|will|i'll|plan to|planning to) .{0,60}\btoday\b", r"\btoday(?:'s| is) the day\b",
   neg=False, person="any", frame=False)
_r("time_near", "timeframe imminent",
   r"(?:going to|gonna|about to|i'll|i will|do it|doing it|take them|jump|kill myself|end it) (?:[\w']+ ){0,3}<NEAR>\b",
   r"within the hour", r"\bin (?:the next )?(?:a few|\d+|two|three|four|five|ten|fifteen|twenty|thirty) (?:minutes|mins)\b",
   r"(?:it'll|it will) be (?:within|in) (?:the|an|a few)", neg=False, person="any", frame=False)
_r("time_later", "timeframe later", r"\b<LATERT>\b", neg=False, person="any", frame=False)

# --- overdose -------------------------------------------------------------------------------
_INGEST = (r"(?:took|taken|had|swallowed|ate|eaten|injected|mixed|drank|drunk|downed|necked|popped|snorted|chewed|"
           r"got into|gotten into|overdosed|been taking|i'm taking|been dropping|dropping|dropped|been necking|necking|"
           r"been popping|popping|did (?:a line|lines|some)|smoked|tomado|tom[eé]|me tom[eé]|tomei|genommen|geschluckt|pris|"
           r"aval[eé]|engoli)")
_M["INGEST"] = _INGEST
_r("od_ingest", "ingested substance",
   r"<INGEST> (?:[\w']+ ){0,8}?(?:<MEDS>|drugs|whisky|whiskey|wine|gin|rum|spirits|booze|street pills|pills|mdma|ket|"
   r"ketamine|coke|cocaine|bleach|weed killer|"
   r"antifreeze|batteries|battery|chemicals|vodka|alcohol|everything|all of (?:it|them)|ghb|g\b|mdma|molly|ecstasy|"
   r"xans|bars|lean|spice|a line|cleaning (?:stuff|products?|fluid)|somnif[eè]res|schlaftabletten|toute la bo[iî]te)",
   r"<MEDS>.{0,40}\b(?:i|he|she|they)(?:'ve| have| has|'s)? (?:might have |may have )?(?:had|taken|took)\b",
   person="auto", neg=True)
_r("od_excess", "excess quantity",
   r"\b(?:all|everything|the lot|the whole|a whole|whole (?:bottle|packet|box|pack|strip|pot)|every (?:one|pill|tablet|last)|"
   r"too many|a handful|handfuls|loads of|a load of|a bunch of|a lot of|lots of|a strip|two strips|extra|double|twice|"
   r"again|more than|too much|"
   r"\w+ days'? worth|days' worth|a week'?s'? worth|how many|don't know how many|not sure how many|muddled|mixed up|"
   r"forgot (?:i|he|she|they)(?:'d| had)|(?:two|three|four|five|\d) times|(?:my|the|a|his|her) whole|"
   r"(?:way )?too (?:much|many)|all night|toute la bo[iî]te|toda a caixa|todas|"
   r"die ganze packung)\b",
   r"\b(?:[6-9]|[1-9]\d+)\s*(?:x\s*)?(?:of (?:them|my|his|her|the) )?(?:[\w']+ ){0,2}?<MEDS>",
   r"\b(?:bottle|bottles|litre|half a bottle) of (?:vodka|wine|whisky|whiskey|gin|rum|spirits)\b",
   r"\bmixed (?:my |his |her |the )?\w+ with\b", neg=False, person="any", frame=False)
_r("od_symptom", "overdose symptoms",
   r"(?:can't|cannot) (?:<ADV>)(?:stay awake|keep (?:my |his |her )?eyes open|feel my (?:legs|arms|body|face)|"
   r"breathe properly|wake (?:him|her|them) up)",
   r"nodding (?:off|out)", r"not respond\w*", r"passing out", r"passed out", r"unconscious", r"unresponsive", r"won't wake up", r"not waking up",
   r"barely breathing", r"not breathing", r"stopped breathing", r"(?:lips|face|skin) (?:are |is )?(?:going |turning |gone )?"
   r"(?:blue|grey|gray)", r"blue lips", r"(?:boiling|burning) hot", r"not making sense", r"seizure", r"fitting",
   r"convuls\w*", r"collapsed", r"foaming", r"heart (?:is )?(?:doing (?:funny|weird|strange) things|racing|pounding)",
   r"(?:room|everything)(?:'s| is)? spinning", r"(?:really |very |so )?(?:dizzy|drowsy|sleepy)\b",
   r"shak(?:e|ing)\b.{0,20}sweat", r"been sick", r"throwing up", r"vomit\w*", r"jaw (?:is )?going", r"slurring",
   r"(?:nose|gums) .{0,20}bleeding", r"can't think straight", r"breathing (?:is )?(?:<ADV>)(?:slow|shallow|funny)",
   r"slow breathing", r"breathing but (?:<ADV>)barely", r"burning up", r"can't see properly", r"vision (?:is )?(?:going|"
   r"blurry|funny)",
   r"throat (?:is )?burning", r"can't stand(?: up)?", r"\bconfused\b", r"heart (?:is )?(?:going )?(?:crazy|mad|wild)", r"can't stop shaking", r"chest (?:is )?(?:<ADV>)tight", r"(?:arms|legs|hands) (?:are )?(?:going )?numb",
   neg=False, person="any", frame=False)
_r("od_explicit", "overdose taken",
   r"(?:i've|i have|i|he|she|they|he's|she's|they've|has|have) (?:just )?(?:overdosed|taken an overdose|took an overdose)",
   r"(?:i'm|he's|she's|they're|i am) (?:<ADV>)overdosing",
   r"(?:needle|syringe|empty (?:pill )?(?:packets?|bottles?|boxes|blister packs?)|"
   r"pills everywhere) (?:[\w']+ ){0,2}(?:next to|beside|near|"
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
   r"(?:started|been|keep|still|i'm|am|i was|back to|stop) (?:<ADV>)cutting(?: myself| again|"
   r" my)?(?! (?:[\w']+ )?(?:hair|nails|fringe|"
   r"grass|hedges?|costs?|corners|class|classes|school|lessons|back|down|out|ties|carbs|sugar|onions?|veg|vegetables|"
   r"wood|fabric|paper|"
   r"coupons|keys|teeth))",
   r"\bcut(?:ting|s)? (?P<p>myself|himself|herself|themselves)\b",
   r"\b(?P<p>i) (?:<ADV>)cut (?:<ADV>)(?:deep|again|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|skin|hip|hips))",
   r"\bcut (?:<ADV>)(?:pretty |really |too |quite )?deep",
   r"(?:burn|burning|burnt|burned) (?:myself|my (?:arm|arms|skin|hand|hands|wrist|wrists|leg|legs|thigh|thighs))",
   r"punch(?:ing|ed)? (?:the )?walls? .{0,30}(?:bleed|bled|bruise|broke|split)",
   r"(?:scratch|scratching|scratched|pick|picking|dig|digging|claw|clawing) .{0,40}(?:until|till|til) (?:it|they|"
   r"i) (?:bleed|bleeds|bled)",
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
   r"(?:next time|if) (?:he|she|they) (?:[\w']+ ){0,4}(?:i'm|i am|i'll|i will|i'm going to|going to) (?:<ADV>)(?:use it|kill|"
   r"stab|hurt|shoot|burn)",
   r"make (?:him|her|them|<TARGET>) pay", r"by force\b", r"(?:he|she|they) deserves? (?:it|to die|what's coming|to suffer)",
   r"burn (?:the|his|her|their) (?:\w+ )?(?:building|house|flat|place|shop|car) down",
   r"(?:with|while) (?:him|her|them) (?:still )?in it",
   r"(?:i'm|i am) going (?:round|around|over) (?:there|to (?:his|her|their) (?:place|house|flat))\b.{0,60}"
   r"(?:with (?:a |my |the )?<WEAPON>|to (?:sort|deal with|hurt|get) (?:him|her|them))",
   r"(?:poison|kill|hurt|drown|shoot|get rid of|put down|stab) (?:the|that|his|her|their|my|"
   r"next door's)(?: neighbou?r(?:'s|s'|s)?)? "
   r"(?:\w+ )?(?:dog|cat|dogs|cats|pet|puppy|kitten|horse)",
   r"(?:rat poison|antifreeze|slug pellets|poison).{0,80}(?:meat|over the fence|in (?:its|his|her|the) (?:food|bowl|water)|"
   r"for the (?:dog|cat))", person="self")
_r("hto_revenge", "revenge/grievance threat",
   r"(?:they|he|she|everyone|everybody|you|people|all of them)(?:'ll| will| are going to| is going to|'re going to|"
   r"'s going to| are gonna| is gonna|'re gonna| gonna) (?:<ADV>)(?:pay|regret|be sorry|see\b|learn\b|understand what it"
   r"(?:'s| is| was)? (?:felt|feels|like)|get what(?:'s| is) coming)",
   r"(?:they'll|he'll|she'll|they will) see\W*$", r"\bsoon they'll\b", r"(?:you'll|they'll) see\b",
   person="auto")
_r("hto_weapon", "weapon access",
   r"(?:got|have|i've got|i have|bought|keep|hidden|hid|stashed|carrying|brought) (?:[\w']+ ){0,3}?(?:<WEAPON>)",
   r"(?:<WEAPON>) (?:is |'s )?(?:under|in) (?:my|the) (?:bed|bag|boot|car|shed|pocket|drawer|room|jacket)",
   r"know where (?:[\w']+ ){1,3}keeps? (?:his|her|the|their) (?:<WEAPON>|key)",
   r"got something (?:[\w']+ ){0,3}for (?:him|her|them)", r"(?:something|it) in the boot for", person="self")
_r("hto_surveil", "surveillance/ambush planning",
   r"(?:know|found out|got|have) (?:where|which) (?:he|she|they) (?:lives?|parks?|works?|goes|drinks)",
   r"(?:know|knows) which (?:car|house|flat|door) is (?:his|hers|theirs)",
   r"(?:got|have|found|know) (?:his|her|their|her new \w+'s|his new \w+'s) (?:\w+ )?(?:address|routine|schedule|shift pattern)",
   r"(?:writing down|noting|tracking|logging|watching) (?:[\w']+ ){0,2}(?:routines?|schedules?|movements|comings and goings)",
   r"who (?:comes|gets) in first|who leaves last",
   r"waiting for (?:him|her|them) (?:in|at|outside|after)", r"follow(?:ing|ed)? (?:him|her|them) home",
   r"(?:watching|watch) (?:his|her|their) (?:house|flat|place)", person="self")
_r("hto_thoughts", "violent thoughts",
   r"(?:fantasi[sz]e|fantasi[sz]ing|dream|dreaming|think|thinking|thought) about (?:<ADV>)(?:hurting|killing|stabbing|"
   r"strangling|beating|hitting|punching|murdering|shooting|smothering) (?:him|her|them|my \w+|people|someone|everyone|\w+)",
   r"(?:want|wanted|wanna|feel like i want|urge|urges) to (?:<ADV>)(?:kill|hurt|stab|strangle|punch|hit|smash|shake|"
   r"smother|batter|attack) (?:him|her|them|my <REL>|someone|people|everyone|the baby)",
   r"(?:scared|afraid|terrified|worried) (?:that )?i(?:'ll| will| might| could| am going to|"
   r"'m going to) (?:<ADV>)(?:hurt|shake|hit|"
   r"snap and|lose it|lash out|smother|drop|harm)", person="self")
_r("hto_intrusive", "unwanted intrusive harm thoughts",
   r"(?:intrusive|horrible|awful|unwanted|scary|disturbing|dark|sudden|violent) (?:\w+ )?(?:thoughts?|images?|flashes|pictures|"
   r"visions|urges) (?:of|about) (?:\w+ )?(?:hurting|dropping|stabbing|drowning|pushing|harming|killing|smothering|throwing|"
   r"shaking|suffocating)", person="self")
_r("hto_cond_hyper", "conditional hyperbole",
   r"(?:i'll|i will|i'm going to|going to) (?:kill|murder|strangle|throttle|smother|strangle) (?:him|her|them|my \w+) if (?:he|she|they) (?:[\w']+ ){0,4}"
   r"(?:again|eats?|touches? my|breaks?|takes?|uses?|borrows?|drinks?|finishes|is late|forgets?)",
   neg=False, person="self")

# --- abuse --------------------------------------------------------------------------------
_M["AGG"] = (r"(?:he|she|they|my <REL>|<REL>|my mum's boyfriend|my dad's girlfriend|my carer|my teacher|my coach|"
             r"mum's boyfriend|his mum|her dad)")
_M["PHYS"] = (r"(?:hit|hits|hitting|punched|punches|punch|slapped|slaps|slap|kicked|kicks|kick|beat|beats|beating|shoved|"
              r"shoves|pushed|pushes|choked|chokes|choking|strangled|strangles|strangling|throttled|burned|burnt|bit|bites|"
              r"threw (?:[\w']+ ){0,2}at|throws (?:[\w']+ ){0,2}at|throwing (?:[\w']+ ){0,2}at|grabbed|grabs|dragged|drags|"
              r"smacked|smacks|whipped|whips|stabbed|attacked|attacks|beats? up|beat up|knocked|head-?butted|"
              r"hurt|hurts|cut|cuts)")
_r("abuse_phys", "physical abuse",
   r"\b<AGG> (?:[\w']+ ){0,3}?<PHYS> (?P<p>me|my mum|my mom|my mother|my sister|my brother|my little \w+|her|him)\b",
   r"\b<AGG> (?:[\w']+ ){0,2}?(?:hit|cut|burned|burnt|broke|bruised|slapped|punched) my (?:hand|arm|arms|face|head|neck|"
   r"wrist|leg|back|nose|lip|eye)",
   r"\b<AGG> (?:[\w']+ ){0,2}?(?:pushed|pushes|shoved|shoves|threw|throws|throwing|slammed|slams) me (?:into|against|"
   r"down|across|onto|"
   r"at|off|out)",
   r"(?:i got|i was|i've been|i get|i keep getting) (?:<ADV>)(?:hit|beaten|choked|strangled|punched|kicked|slapped) (?:by|again)",
   r"(?:hands?|fingers) (?:around|round|on) my (?:neck|throat)",
   r"(?:choked|strangled|throttled) me", r"(?:gets|get|got) violent with me",
   r"(?:threatened|threatens|threaten) me with (?:a |his |her )?<WEAPON>", r"(?:pulled|held) a <WEAPON> (?:on|to) me",
   r"\bme (?:pega|pego|golpea|golpe[oó]|bate|batia|agride|frappe)\b", r"m'a frapp[eé]", r"schl[aä]gt mich",
   r"me amenaz[oó] con (?:un|una) (?:cuchillo|pistola|arma)", person="auto")
_r("abuse_sex", "sexual abuse",
   r"\brap(?:e|ed|ing|ist)\b", r"sexual(?:ly)? (?:assault\w*|abus\w*)", r"\bmolest\w*",
   r"\b<AGG> (?:[\w']+ ){0,8}?(?:touches|touched|touching|gropes|groped|groping) me\b",
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
   r"(?:loans?|credit cards?|debts?) in my name", r"(?:taking|takes|took|taken|steals?|stole|"
   r"stealing) (?:money )?(?:from|out of) "
   r"my (?:account|pension|bank|purse|wallet|savings)",
   r"locks? me (?:in|out)", r"locked me (?:in|out)", r"isolat\w* (?:me|her|him) from", r"not allowed to (?:see|leave|"
   r"go out|have|eat)",
   r"calls? me (?:worthless|useless|stupid|a waste|fat|ugly|pathetic)", r"says i'm (?:a waste of space|worthless|"
   r"useless|nothing)",
   r"(?:i|she|he) owe(?:s)? (?:him|her) for", r"(?:send|sending) me back to my country", r"keep the (?:children|kids)",
   r"(?:said|says|threaten\w*|told me) .{0,40}(?:if i (?:tell|leave|stop|go|mess up)|kill me|hurt my|won't let me see)",
   r"(?:he|she)(?:'ll| will|'d| would) (?:do worse|hurt (?:my|me))", r"(?:sleeping|sleep|slept) in the (?:garage|shed|"
   r"car|garden)",
   person="auto")
_r("abuse_harass", "harassment",
   r"(?:keeps?|kept|always) touching my (?:waist|leg|legs|thigh|bum|body|hair|breasts?|chest|back|arm)",
   r"(?:comments|remarks) about my (?:body|looks|figure|chest|bum)", r"making (?:sexual |inappropriate |creepy |"
   r"sleazy )?comments",
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
_M["VOICE"] = (r"\b(?:(?:the |a |an |this )?(?:[\w]+(?:'s)? )?voices?|god|the devil|satan|demons?|angels?|spirits|the lord|jesus|"
               r"aliens)")
_M["DIRECT"] = (r"(?:to \w+|(?:that )?i (?:have to|need to|must|should|ought to|'ve got to|got to|am to|deserve to))")
_r("psy_cmd", "command hallucination",
   r"<VOICE>(?: in my head)? (?:keeps? |is |are |has been |have been |kept )?(?:telling|tell|tells|told|saying|say|says|said|"
   r"ordering|order|orders|commanding|commands|instructing|want|wants|wanted)(?: me)? (?:[\w']+ ){0,6}?<DIRECT>.{0,50}",
   r"command (?:hallucinations|voices)", person="self")
_r("psy_cmd_weak", "possible command (they/it say I must)",
   r"(?:they|it|someone|something)(?:'re| are| is|'s)? (?:keeps? |keep |now )?(?:telling|saying|tells|says|told)(?: me)? .{0,80}"
   r"(?:i (?:have|need|must|should|ought|'ve got) to|to (?:kill|hurt|stop|get rid|cut|burn|jump))", person="self")
_r("psy_corrob", "psychotic context",
   r"one of them\b", r"\bswapped\b", r"isn't (?:really )?(?:mine|my (?:baby|son|daughter|wife|husband|mum|dad))",
   r"haven't slept (?:in|for) (?:\d+|two|three|four|five|six|days)", r"(?:watching|following|poisoning|spying on) me",
   r"(?:through|in) the (?:air )?vents", r"hear them", r"part of the group",
   r"\bvoices?\b", r"(?:implant|chip|tracker)", r"not real\b", r"impostor|imposter", neg=False, person="any", frame=False)
_r("psy_exp", "psychotic experience",
   r"hear(?:ing)? (?:voices|my name|things|someone (?:calling|talking)|people talking)(?: .{0,40}(?:nobody|no one|"
   r"nobody's|no-one))?",
   r"(?:the )?voices? (?:are|is) back", r"(?:hear|hearing|hears) voices",
   r"(?:tv|television|radio|the news|presenters?|newsreaders?|songs?|adverts?|billboards?|number plates?) .{0,40}"
   r"(?:sending (?:me )?(?:\w+ )?(?:messages|signals|codes)|talk(?:ing)? (?:to|about) me|messages? (?:to|for) me|"
   r"signals? (?:to|for) me)",
   r"(?:messages|signals|codes) (?:through|in|from|via) (?:the )?(?:tv|radio|television|way they blink)", r"cracked the code",
   r"(?:being|am|i'm) (?:<ADV>)(?:watched|followed|monitored|tracked) (?:through|by|via)", r"watching me through",
   r"(?:cameras?|microphones?|bugs?) in (?:my|the) (?:flat|house|room|walls|tv)",
   r"(?:thoughts|ideas) (?:are being |being |were )?(?:put|inserted|placed|planted) (?:in|into) my (?:head|mind)",
   r"(?:someone|they|people) (?:can )?(?:read|reading|control|controlling|steal|stealing) my (?:mind|thoughts)",
   r"broadcast(?:ing)? my thoughts",
   r"(?:chip|implant|tracker|device) in (?P<p>my|her|his|their) (?:tooth|teeth|head|brain|arm|body|neck)",
   r"shadows .{0,40}(?:move|moving)", r"talking to (?:people|someone|things|somebody) (?:who|that) (?:aren't|isn't|"
   r"wasn't|weren't) there",
   r"(?:seeing|see|saw) (?:things|people) (?:that|who) (?:aren't|weren't|nobody)",
   r"(?:people|someone|men|they|strangers)(?:'re| are)? (?:<ADV>)(?:living|hiding) in (?:my|the) (?:loft|attic|walls|"
   r"ceiling|basement|roof)",
   r"(?:the government|mi5|the fbi|the cia|the police|they) (?:is|are) (?:<ADV>)(?:watching|tracking|following|"
   r"spying on|after) (?:me|her|him)",
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
    "breath": r"(?:can't|cannot|can not) (?:<ADV>)(?:breathe|catch my breath|get (?:a |enough )?(?:breath|air))|"
       r"struggling to breathe|"
              r"gasping|gulping (?:air|for air)|hyperventilat\w*|short of breath|n[aã]o consigo respirar|no puedo respirar",
    "chest": r"chest (?:is )?(?:<ADV>)(?:tight|pain|hurts|heavy|feels tight)",
    "heart": r"heart (?:won't|will not|can't|isn't|wont) slow(?:ing)? down|can't get it to slow down|"
       r"heart (?:is )?(?:[\w']+ ){0,2}(?:pounding|racing|going (?:<ADV>)(?:very |so |really )?fast|"
       r"beating (?:<ADV>)fast|thumping)|"
             r"palpitations|cora[cç][aã]o (?:est[aá] )?disparado|heart attack",
    "tingling": r"(?:hands|fingers|arms|lips|face|feet) (?:are |is |have |has )?(?:<ADV>)(?:gone |going )?(?:tingl\w*|"
       r"numb)|pins and needles",
    "unreal": r"(?:everything|it|things) (?:feels|is|seems) (?:<ADV>)(?:unreal|fake|far away|like a dream)|"
       r"dereali[sz]\w*|depersonali[sz]\w*",
    "faint": r"(?:going to|gonna|about to) (?:pass out|faint)|feel (?:<ADV>)(?:faint|lightheaded|light-headed)",
    "shaking": r"\b(?:shaking|trembling)\b",
    "vision": r"(?:vision|eyesight)(?:'s| is)? (?:going|gone) (?:funny|blurry|weird|dark)|tunnel vision|seeing spots",
    "throat": r"throat (?:is )?(?:closing|tight|closing up)|walls (?:are )?closing in",
    "swallow": r"can't swallow",
    "sweat": r"soaked in sweat|sweating",
    "dread": r"(?:feel|feeling) like (?:something (?:terrible|awful|bad)|i'm (?:dying|going to die))|something (?:terrible|awful|"
             r"bad) is (?:about to|going to) happen|going to die right (?:here|now)|"
             r"(?:convinced|sure) (?:something (?:terrible|awful|bad)|i'm (?:dying|going to die))|(?:feel|"
             r"think) (?:like )?i(?:'m| am| will)?"
             r" (?:going to )?die right now|i feel i will die|(?:think|thought) i'm (?:dying|having a heart attack)",
    "spinning": r"(?:everything|room|it)(?:'s| is)? spinning",
    "grounding": r"(?:5|five) things i can see|counting (?:the )?(?:floor )?tiles|grounding (?:isn't|is not|not) working|"
                 r"breathing (?:exercises? )?(?:isn't|aren't|is not|not) working",
}
for _fam, _p in _PANIC_SOMATIC.items():
    _r("panic_" + _fam, "panic symptom: " + _fam, _p, neg=False, person="any", frame=False)
_r("panic_past", "panic attack (over)",
   r"(?:had|have had|i get|get|getting|keep getting|had two|had one) (?:[\w']+ ){0,3}(?:panic|anxiety) attacks?",
   r"(?:panic|anxiety) attack(?:'s| is| has)? (?:<ADV>)(?:over|passed|gone|finished|stopped)",
   r"(?:panic|anxiety) attacks? (?:[\w']+ ){0,3}(?:coming back|before|at work|this week|this morning|yesterday|earlier)",
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
   r"in my (?:teens|twenties|thirties)|back in (?:\d{4}|school|uni)|long time ago|used to|at uni|in (?:uni|college|"
   r"school|sixth form)|"
   r"when i was (?:at|in) (?:uni|college|school))\b", neg=False, person="any", frame=False)
_r("resolved", "resolved",
   r"doing (?:<ADV>)(?:well|better|great|good|ok|okay) now", r"(?:i'm|i am) (?:<ADV>)(?:in a )?(?:good|better|much better|great|"
   r"happy|happier) (?:place )?now", r"\brecovered\b", r"free of it", r"(?:\d+|ten|five|two|three|four|six|seven|eight|"
   r"nine) years "
   r"(?:clean|free)", r"how far i've come", r"(?:training|train) (?:as|to be)", r"haven't (?:\w+ )?(?:since|in years)",
   r"in a (?:good|better|much better|great|happy|healthy) place", r"(?:i'm|because i'm|i am) doing (?:<ADV>)(?:well|"
   r"better|great)",
   r"don't need as much support", r"got married",
   r"(?:started|working|work|volunteer\w*) as a (?:peer support|counsellor|nurse|support worker|volunteer|mentor)",
   r"haven't had (?:one|any|it|them) (?:since|in (?:years|ages))",
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
# Supplementary lexicon families.  They extend the per-domain tables above; order does not matter
# (every rule runs and features are pooled).  Each was added for a phrase FAMILY found missing when
# measuring on independent text, not for a single example.
# ============================================================================================
_r("si_active", "active suicidal ideation",
   r"\b(?:to|i'll|i will|i could|i'd|i might|i should|just|and|guts to|courage to|brave enough to) (?:<ADV>)end (?:it|"
   r"it all|things|"
   r"everything|my life)\b(?! (?:with|between|off|on a|early|there|here|for (?:the|him|her)))",
   r"\bending (?:it|it all|things|my life)\b(?! (?:with|between|off))",
   r"check(?:ing)? out (?:early|for good|permanently|of (?:life|this world))",
   r"(?:take|taking) myself out of (?:the picture|the equation|this world)", r"remove myself (?:from (?:the picture|"
   r"the equation|this world)|"
   r"permanently)", r"(?:i'd|i would) have (?:<ADV>)(?:ended it|ended things|killed myself|done it|gone through with it)",
   r"(?:control|choose|decide|deciding|choosing) (?:of )?(?:how|when) (?:it|my life|i|things) ends?", r"\bways out\b(?! of)",
   r"(?:want|wanted|need|needing) to die\b(?! (?:of|from|laughing|with|a little|inside))", person="auto")
_r("si_hopeless", "hopelessness",
   r"(?:want|need|looking for|find|the only|see no) (?:a |the )?way out\b(?! of (?!(?:this|it all|everything|here|life)\b))",
   r"(?:don't|do not) know how (?:much longer )?(?:to|i can) (?:keep doing this|keep going|go on|carry on|do this)",
   r"(?:don't|do not|can't) (?:<ADV>)see (?:the|any) point (?:in|of) (?:anything|living|life|going on|carrying on|"
   r"any of it|getting up)",
   r"que tout s'arr[eê]te", person="auto")
_r("si_passive", "passive wish to be dead",
   r"if i (?:[\w']+ ){0,4}(?:didn't|did not|don't|do not|never) (?:make it|wake up|come back|survive)",
   r"(?:i'd|i would) be (?:ok|okay|fine|relieved|glad|happy) (?:with that|if i (?:died|didn't wake up|was gone|wasn't here))",

   r"can't (?:see|picture|imagine) (?:myself|me) (?:[\w']+ ){0,3}(?:future|around|alive|here|old|next year|years|in one|living)",
   r"(?:easier|better|simpler|best|nicer) (?:for (?:everyone|them|all of us) )?(?:to|if i) (?:<ADV>)(?:not be|wasn't|"
   r"weren't|stop being|"
   r"disappear|go away|not wake up|die|not exist|not be around)",
   r"(?:wouldn't|would not|won't) (?:<ADV>)mind (?:not waking up|dying|being dead|disappearing|if (?:the lord|god|"
   r"death) (?:took|takes|"
   r"came for) me)",
   r"(?:imagin|pictur|think)\w* (?:about )?my (?:own )?(?:funeral|death|grave)",
   r"(?:hope|wish|pray)(?:ing)? (?:this|it) (?:is|was|will be) my last (?:birthday|christmas|year|day|summer|new year)",
   r"(?:waiting for|want|wants) me to (?:go away|disappear|die|not be here)", r"nicht mehr aufwach\w*", person="auto")
_r("si_reunion", "wish to join the dead",
   r"(?:want|wanted|wanting|long|longing|just want) to (?:be with|join|see) (?:him|her|them|my <REL>)(?: again|"
   r" in heaven| on the other side)?\b",
   person="self")
_r("si_burden", "burdensomeness", r"(?:don't|do not) want to be a burden", neg=False, person="self")
_r("si_burden", "burdensomeness",
   r"(?:didn't|did not|don't|wouldn't) have to (?:deal with|look after|worry about|put up with|care for|support|"
   r"bother with) me\b", person="self")
_r("si_control", "control slipping",
   r"(?:don't know|not sure) (?:if|whether|how long) i can (?:<ADV>)(?:hold on|keep (?:myself )?safe|resist|fight (?:it|"
   r"this)|stay safe|"
   r"keep going)", r"can't keep myself safe", person="self")
_r("plan_method", "method considered",
   r"walk(?:ing)? (?:to|towards|up to) the (?:edge|ledge|end of the platform)",
   r"(?:the )?(?:jump|drop|fall)(?:'s| is) (?:from|off) ",
   r"(?:aim|aiming|steer|steering) (?:the car |my car )?(?:for|at|into) (?:a |the )?(?:tree|wall|bridge|lorry|truck|"
   r"barrier|pillar|oncoming)",
   r"(?:keep|kept|been|i'm) (?:looking|staring) at (?:the|my) (?:rope|pills|gun|tablets|razor|blades|knife|belt|noose|meds)",
   person="auto")
_r("plan_means", "means stockpiled/ready",
   r"(?:pills|tablets|meds)(?:'re| are) crushed|crushed (?:up )?(?:the |my |all (?:the|my) )?<MEDS>",
   r"(?:been keeping|kept|keeping|been saving|saving|hoarding|stockpiling|stashing|hiding|been hiding) them\b(?! (?:for|"
   r"as) (?:a|my) "
   r"(?:souvenir|keepsake|collection))", person="auto")
_r("plan_means_weak", "access to means",
   r"(?:i have|i've got|got|i've) (?:the|my|enough|all (?:the|my)) <MEDS>\b",
   r"(?:got|have|brought|bought|gathered|packed) everything (?:i need|i'll need|ready)",
   r"(?:have|got|laid|lined|put|set|counted|taken|getting) them (?:all )?(?:out|ready|lined up|in front of me)",
   r"\b(?:helium|nitrogen|exit bag|the bag and the tank)\b",
   r"(?:the |a |my )?(?:rope|noose|gun|shotgun|rifle) (?:is |'s )?in the (?:garage|loft|shed|barn|attic|cupboard|wardrobe)",
   person="auto")
_r("plan_research", "researching method/site",
   r"how (?:many|much) (?:[\w']+ ){0,6}(?:it would take|would it take|it takes|to (?:die|kill|not wake|be fatal))",
   r"how long (?:does it take|would it take|it takes|do they take) for (?:<MEDS>|pills|them) to (?:work|kill)",
   r"(?:for a|to) (?:fall|jump|drop) to be (?:fatal|lethal|deadly)", r"(?:survive|survivable) (?:a |the )?(?:fall|jump) from",
   r"(?:fall|falling|jump|jumping|drop) from (?:\d+|\w+) (?:storeys|stories|floors|metres|meters|feet|"
   r"ft)\b.{0,40}(?:fatal|survive|kill|die)",
   r"wie viele .{0,40}braucht man",
   r"(?:fast|express|freight|non-?stopping) (?:ones|trains?) (?:stop|come through|pass)|(?:one|train|"
   r"ones) that (?:doesn't|don't) stop",
   person="auto")
_r("plan_research_height", "height/access research",
   r"get (?:up )?(?:on|onto|to|up to|on to) (?:the )?(?:roof|top)\b", r"tallest building", r"(?:been|went|"
   r"gone) up to the (?:\d+\w*|top) floor",
   person="auto")
_r("personal", "personalised question",
   r"(?:i'm|i am|i weigh|someone|for someone|at) (?:about |around |only )?\d+ ?(?:kg|kilos|lbs|pounds|stone)\b",
   r"asking for (?:me|myself)", r"not for fun", r"not for a (?:story|project|book|friend)", neg=False, person="any", frame=False)
_r("plan_prep", "preparatory act",
   r"suicide note", r"(?:wrote|written|writing|finished|drafted) (?:the |my |a few |some )?(?:goodbye|farewell|"
   r"suicide) (?:letters?|notes?|messages?|texts?|"
   r"emails?|videos?)", r"\bgoodbye (?:letters?|notes?|messages?|texts?|videos?)\b",
   r"whoever finds me", r"(?:so|where) (?:nobody|no one|no-one) (?:would|will|could|can) find me", r"before (?:anyone|"
   r"someone) finds me",
   r"(?:putting|put|got|getting|sorting|sorted) (?:all )?my (?:papers|affairs|finances|paperwork) in order",
   r"if (?:anything|something) (?:happens|happened|were to happen) to me", person="auto")
_r("prep_weak", "possible preparation",
   r"passwords? (?:are |is )?(?:in|written|for|saved)", r"(?:rent|bills)(?:'s| is| are)? (?:all )?paid(?: up)?",
   r"(?:set up|setting up) auto-?payments", r"(?:cancelled|cancelling|i've cancelled|i cancelled) my (?:gym|"
   r"subscriptions?|phone contract|memberships?|direct debits)",
   r"nothing(?:'s| is) left hanging|no loose ends", r"(?:updated|update|updating) my will",
   r"(?:feel|feels|feeling) (?:<ADV>)(?:weirdly|strangely|oddly) (?:calm|peaceful|at peace)",
   r"under a fake name|left my phone at home|turned (?:off my phone|my phone off)|told no one where|nobody knows where i am",
   r"my \w+ went to my (?:<REL>)", r"(?:giving|gave|give|given) (?:away )?(?:all )?(?:of )?my (?:stuff|things|"
   r"belongings|possessions|\w+)"
   r"(?: \w+){0,2} away", r"lighten the load", r"(?:who|someone) (?:would|will|to) (?:take care of|look after|"
   r"have) my (?:cat|dog|pet|kids|children)",
   r"sorted (?:before|by) (?:the end of|next|this)", r"say goodbye properly", person="auto")
_r("plan_intent", "stated intent/plan",
   r"(?:have|picked|set|chose|chosen) a date\b", r"\bi know when\b", r"(?:haven't|not) (?:figured|worked) out how\b",
   r"need to (?:work|figure) out how\b", r"(?:i'm|i am) going to do it\b", r"\bi decided\b(?! to (?:go|get|take up|"
   r"start|try|buy|move))",
   r"not getting on (?:one|it|the train)", person="auto")
_r("plan_intent", "stated intent",
   r"(?:it's|it is) happening (?:tonight|today|now|tomorrow)", r"(?:i'm|i am) doing it (?:tonight|today|now|tomorrow|this)",
   r"take the whole (?:bottle|packet|box|lot|pot)", person="self")
_r("finality", "finality/goodbye",
   r"^(?:my )?last message\b", r"^goodbye\W*$", r"(?:want|wanted) (?:someone|somebody|you|people) to know (?:where i am|"
   r"what happened|why)",
   r"(?:just )?(?:wanted|want|needed) (?:to )?(?:tell|talk to) (?:someone|somebody|one person)\W*$",
   r"(?:don't|didn't) want to be alone (?:when|while) it happens", r"(?:the )?last thing i(?:'m| am| will|"
   r"'ll)? (?:ever )?(?:do|doing|say|write)",
   r"tell nobody", r"i mean it this time", r"not (?:calling|ringing|telling) anyone", r"don't want (?:help|to be saved|"
   r"anyone to (?:come|stop me))",
   person="auto")
_r("act_location", "at a height/track",
   r"(?:i'm|i am|sat|sitting|stood|standing|perched|lying|here) (?:[\w']+ ){0,2}(?:on|at|on top of|at the top of|"
   r"on the edge of|at the edge of|by|"
   r"at the end of) (?:the |a |my )?(?:edge of (?:the |a )?)?(?:roof|rooftop|ledge|bridge|edge|cliff|platform|tracks|"
   r"railway|balcony|"
   r"top floor|car park|multi-?storey|quarry|pier|top of (?:the|a|my) (?:building|car park|multi-?storey|tower|bridge))\b",
   r"^parked (?:up )?(?:by|at|near) the (?:quarry|bridge|cliffs?|river|sea|tracks)", person="self")
_r("act_strong", "in a dangerous position",
   r"(?:climbed|climbing|i'm|i am|gone) (?:over|past) the (?:railing|barrier|fence|rail|edge)", r"(?:wrong|other) side of the (?:railing|barrier|fence|rail)",
   r"with my legs over", r"\bon the ledge\b", r"(?:sat|sitting|standing|stood) on the edge of the (?:roof|bridge|cliff|"
   r"building|balcony)",
   r"\b\d+ (?:floors|storeys|stories)(?: up| down| high)?\W*$", r"(?:taken off|took off|unbuckled|undone) my seatbelt",
   person="self")
_r("act_maybe", "act possibly started", r"^(?:i've|i have) (?:already )?started\W*$", r"^it's started\W*$", r"^(?:i've|i have) done it\W*$",
   r"already done it", person="self")
_r("time_near", "timeframe imminent",
   r"(?:heading|on my way|walking|driving|going) .{0,30}\bnow\b", r"(?:after|once|when) i (?:hit send|send this|"
   r"finish (?:this|typing))",
   neg=False, person="any", frame=False)
_r("sh_act", "self-injury",
   r"\bi (?:<ADV>)(?:cut|burn|scratch)\b(?=\W*(?:$|\.|,|and\b|but\b|please|again|myself|sometimes|when|every))",
   r"(?:carved|carve|carving|etched|etching) .{0,30}(?:into|on) my (?:skin|legs?|arms?|thighs?|wrists?|stomach|hands?)",
   r"(?:reopening|reopen|reopened|keep picking at) (?:it|the wound|the cut|the scab|my cuts?)\b",
   r"(?:scratch|scratching|scratched|pick|picking|dig|digging|claw|clawing|snap|snapping|bit|bite|biting|pinch|pinching|"
   r"rub|rubbing) .{0,50}"
   r"(?:until|till|til|hard enough to) (?:the skin |my skin |it |they |i )?(?:'s |is |are |was )?(?:bleed\w*|raw|"
   r"bruis\w*|break\w*|"
   r"blister\w*|leave (?:bruises|marks|a mark))",
   r"(?:hide|cover|hiding|covering) (?:up )?(?:the |my )?(?:marks|scars|cuts|burns)\b",
   r"(?:swallow|swallowing|swallowed) (?:things|objects|batteries|glass|pins|screws|nails|coins|razor)",
   r"(?:moved it|do it|cut|cutting|marks|scars) (?:[\w']+ ){0,3}(?:to |in |"
   r"on )?places (?:that )?(?:[\w']+ ){0,2}(?:can't|don't|won't|doesn't|cannot) "
   r"(?:see|show)",
   r"(?:burns?|burning|burnt|burned) (?P<p>myself|himself|herself|themselves)\b",
   r"self harm(?:ing|ed)? (?:again|tonight|today|last night|this week|every day|\d+\w* time)",
   r"(?:did it|do it|done it) (?:again )?(?:[\w']+ ){0,2}with (?:a|the|my) (?:compass|blade|razor|sharpener|scissors|"
   r"glass|knife|lighter|pin|"
   r"needle|box cutter)", r"(?:salt and ice|ice and salt)", r"(?:cutting|cut) with (?:a|the|my) ", person="auto")
_r("sh_act", "self-injury (cannot stop)",
   r"(?:don't|do not) want to stop (?:cutting|self harming|hurting myself|burning myself)",
   r"can't stop (?:cutting|hurting myself|self harming|burning myself)", neg=False, person="self")
_r("sh_injury", "injury", r"(?:\bi |\bi've |^)(?:<ADV>)(?:cut|burned|burnt|scratched|bruised|smashed|slammed|bashed|hit|"
   r"punched|broke) my "
   r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|hand|hands|fingers?|stomach|skin|head|face|fist)\b",
   r"\b(?:my|the) (?:cut|cuts|burn|burns|wound|wounds|marks)\b(?! to)", r"\bcuts (?:need|are|have|keep|on)\b", person="self")
_r("sh_deliberate", "deliberate/concealed", r"on purpose|deliberately|not an accident|wasn't an accident",
   r"(?:can't|won't|don't want to|couldn't) tell (?:[\w']+ ){0,2}how (?:it|they|i got (?:it|them)) happened",
   r"after (?:a|an|the) (?:fight|argument|row)", r"because i (?:was|felt) (?:<ADV>)(?:upset|angry|sad|overwhelmed|numb)",
   r"to (?:cope|calm down|feel something|feel better|punish myself)", r"calms me(?: down)?", r"relaps\w*", neg=False, person="any", frame=False)
_r("sh_urge", "self-harm urge",
   r"(?:urge|urges|wanting|want|wanna|tempted|craving) to (?:<ADV>)(?:self harm|cut|sh)\b", r"\b(?:to|wanna|i) sh\b(?!\w)",
   r"\bsh (?:again|urges?)\b", person="self")
_r("sh_danger", "dangerous/escalating self-injury",
   r"(?:really|very|too|so|quite) deep\b", r"box cutter|stanley knife|craft knife", r"(?:isn't|not) enough any ?more",
   r"\bbroken\b|fractur\w*", r"blister\w*", r"gaping", r"\bpus\b", r"batteries", neg=False, person="any", frame=False)
_r("hto_intent", "intent to harm others",
   r"(?:i'm|i am|i'll|i will|going to|gonna|i want to|want to) (?:<ADV>)(?:smash|kick|punch|cave|bash) (?:his|her|"
   r"their) (?:face|head|teeth|skull) in",
   r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:break|snap) (?:his|her|their) (?:legs|jaw|nose|neck|arms)",
   r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)shoot up (?:the|my|his|her|their) (?:school|office|workplace|"
   r"college|uni|church|mosque|"
   r"synagogue|place|work)", person="self")
_r("hto_animal_it", "intent to harm an animal",
   r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:drown|poison|kill|hurt|strangle|kick|stab|shoot|"
   r"get rid of) (?:it|the (?:cat|dog|kitten|puppy))\b",
   person="self")
_r("hto_surveil", "surveillance/ambush planning",
   r"(?:know|found out) where (?:he|she|they) (?:is|are)\b", r"wait(?:ing)? for (?:him|her|them) (?:in|at|outside|after)",
   r"parked (?:up )?outside (?:his|her|their|my ex's|my \w+'s) (?:\w+ )?(?:work|house|flat|place|office|school|gym)",
   r"(?:have|made|making|got|keeping|writing) a list of (?:people|names|everyone|who)", person="self")
_r("hto_revenge", "revenge/grievance threat",
   r"(?:make|making) (?:them|him|her|everyone|people) (?:all )?pay", r"(?:they'll|he'll|she'll|they will) find out\b", person="auto")
_r("hto_weapon", "weapon access", r"\bwith (?:a|my|the|his|dad's) (?:<WEAPON>)\b", person="self")
_r("hto_weapon_intent", "weapon not for ordinary use", r"not for (?:cooking|the kitchen|work|camping|fishing|decoration|"
   r"show)", neg=False,
   person="self")
_r("animal_noun", "animal", r"\b(?:cat|cats|dog|dogs|kitten|puppy|pet|rabbit|horse|hamster|bird|parrot)\b", neg=False, person="any",
   frame=False)
_r("grievance", "grievance", r"humiliat\w* me|made my life hell|bull(?:y|ying|ied) me|ruined my life|treated me|"
   r"screwed me over|lies about me|"
   r"(?:he|she|they) hurt my|not getting away with it", person="self")
_r("hto_move", "going to the target", r"(?:on my way|heading|going|driving|walking) (?:round |over )?(?:to|"
   r"round to) (?:his|her|their|my ex's|"
   r"my \w+'s) (?:\w+ )?(?:house|place|flat|work|school|office)", person="self")
_r("hto_thoughts", "violent thoughts",
   r"(?:fantasi[sz]e|daydream|dream|think|picture|imagine)\w* about (?:<ADV>)(?:hurting|killing|stabbing|strangling|"
   r"beating|hitting|punching|"
   r"murdering|shooting|smothering|running (?:him|her|them) over|pushing|drowning|poisoning|attacking|dragging)",
   r"(?:picture|imagine|picturing|imagining) (?:hitting|hurting|killing|stabbing|strangling|beating|punching|"
   r"shaking) (?:him|her|them|my \w+)",
   r"(?:want|wanting|wanted) to (?:drag|throttle|beat|batter) (?:him|her|them)",
   r"think(?:ing)? about (?:bringing|taking) (?:something|a gun|a knife|a weapon) (?:to|into) (?:school|work|class|college)",
   r"(?:scared|afraid|terrified) (?:that )?i (?:will|might|could|'ll) (?:one day|eventually|snap)", person="self")
_r("hto_intrusive", "unwanted intrusive harm thoughts",
   r"(?:keep|can't stop|i keep) (?:picturing|imagining|seeing|thinking about) (?:\w+ing) (?:my|the|our) (?:baby|son|"
   r"daughter|child|kid|newborn|"
   r"partner|wife|husband)", person="self")
_r("abuse_phys", "physical abuse",
   r"(?:held|holds|put|puts|pressed|presses) (?:a )?(?:pillow|hand|hands|bag) over my (?:face|mouth|nose)",
   r"(?:black eye|bruises|bruised ribs?|cracked ribs?|broken (?:rib|nose|arm|wrist|jaw)|split lip|concussion|"
   r"fat lip) from (?:my|his|her) (?:<REL>)",
   r"(?:gave|given) me (?:a )?(?:black eye|bruises|split lip|concussion)", r"(?:never )?(?:left|leave|"
   r"leaves) (?:a )?marks? where",
   r"\b<AGG> (?:[\w']+ ){0,2}?(?:burns|burning|twists|twisted|twisting) (?P<p>me|my \w+)",
   r"(?:is|are|was|'s) being (?:hurt|hit|beaten|abused|neglected)\b",
   r"(?P<p>he|she|they|boyfriend|husband|partner|dad|stepdad)(?:'s| is| keeps| has been|'s been) (?:<ADV>)(?:hurting|"
   r"hitting|beating|abusing) "
   r"(?:her|him|them)\b", person="auto")
_r("abuse_suspect", "suspected abuse",
   r"(?:always|often|has|have|got|covered in|'s got) (?:\w+ )?bruises", r"(?:tells|told|asks|asked) (?:her|him|me|"
   r"them) to keep (?:it|this|them|us|"
   r"things) (?:a )?secret|our (?:little )?secret", person="auto")
_r("abuse_control", "coercive/financial control",
   r"checks where (?:she|he|i) (?:goes|go|am|is)", r"goes through (?:my|her|his) (?:purse|phone|bag|messages|wallet|emails)",
   r"silent treatment|stops? (?:speaking|talking) to me for days", r"tells? (?:people|everyone|my family|"
   r"my friends) (?:that )?i'm (?:crazy|mentally "
   r"(?:ill|unwell)|mad|unstable|lying)", r"gaslight\w*", person="auto")
_r("abuse_harass", "harassment",
   r"(?:posted|shared|leaked|posting|sharing) my (?:address|number|photos|pics|pictures|nudes)",
   r"(?:sending|send|sends|messaging|message) me (?:threats|threatening)|threatening messages|death threats",
   r"fake (?:account|profile) (?:with|of|using) my", r"keeps? (?:turning|showing) up (?:outside|at) my",
   r"\d+ (?:texts|messages|calls) a day", r"blocked (?:him|her|them) .{0,40}(?:new|another|different) (?:account|"
   r"number)", person="self")
_r("psy_exp", "psychotic experience",
   r"(?:there's|there is|i hear|hearing|i can hear) (?:a |this )?voice\b", r"voices? (?:that|which|who) (?:comments?|"
   r"talks?|tells?|says?|whispers?|"
   r"mocks?|criticis\w+|narrat\w+)", r"hear(?:ing)? (?:people |someone |voices )?(?:whispering|calling|saying|talking|"
   r"shouting) (?:my name)?"
   r"(?= ?.{0,40}(?:nobody|no one|nobody's|no-one|not there))", r"shadow (?:people|figures|men|man)|figures in the corner",
   r"(?:spying on|watching|poisoning|following) (?:her|him|me) through (?:the )?(?:walls|tv|vents|windows|phone)", person="auto")

# ---- supplementary: self-absence conditionals, lethality/sufficiency checks, means at hand, site revisits, child abuse
_r("si_passive", "passive wish to be dead",
   r"\bif i (?:was|were|wasn't|weren't|was not|were not) (?:<ADV>)(?:gone|here|around|dead|alive|in the picture)\b",
   r"(?:only|still) (?:still )?(?:here|alive|around) (?:because of|for) (?:my|the|him|her|them)\b",
   r"(?:the )?only (?:reason|thing) (?:i'm|keeping me|that keeps me) (?:still )?(?:here|alive|going)",
   r"(?:nice|good|peaceful|easier|better|lovely) to (?:<ADV>)(?:not exist|not be here|disappear|stop existing|"
   r"not wake up|fall asleep forever)",
   r"no light at the end of (?:the|this) tunnel", r"(?:ready|happy) to (?:go|die) (?:whenever|any ?time|now)\b",
   r"(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?find me for", r"what (?:would|does) it matter if i", person="auto")
_r("si_active", "active suicidal ideation",
   r"(?:end up|eventually) (?:doing it|killing myself|ending it)", r"(?:one day|someday|some day) i(?:'ll|"
   r" will) (?:<ADV>)(?:do it|end it)",
   r"(?:want|wish|wanna|like|going|just want) to (?:go to |fall )?(?:sleep|asleep).{0,25}(?:make it permanent|"
   r"permanently|forever|and never wake)",
   r"(?:part of me|my body|something in me|a part of me) (?:<ADV>)(?:wants|keeps wanting|is pulling me) to\b", person="self")
_r("si_weak", "weak ideation cue",
   r"(?:think|thinking|thought) about (?:death|dying|being dead)", r"(?:it'd|it would|death would|"
   r"dying would) be (?:<ADV>)(?:peaceful|a relief|restful)",
   r"thoughts (?:are|keep) getting (?:louder|worse|stronger)", r"(?:don't|dont) know why i'm (?:typing|telling|writing|"
   r"saying) (?:this|you)",
   r"(?:each|every) time i'm (?:on|at|near) the (?:balcony|bridge|edge|platform|roof) i think about it",
   r"(?:it's|it is) easier this way", person="self")
_r("finality", "bye", r"\bbye\W*$", person="self")
_r("si_control", "control slipping",
   r"(?:don't|do not) trust myself", r"(?:scared|afraid|worried|terrified) (?:that )?i(?:'ll| will| might| could) act on",
   r"not sure how (?:many more times|much longer) i(?:'ll| can| will)", person="self")
_r("attempt", "suicide attempt",
   r"(?:after|since) (?:taking|i took|i'd taken) an overdose", r"wish(?:ed)? it (?:had )?worked", r"shame it didn't work", person="self")
_r("plan_research", "researching method/lethality",
   r"(?:make|making) it look like an accident", r"(?:reading|read|been reading) (?:up )?about (?:which |the |"
   r"different )?(?:methods|ways to die|"
   r"how to die|painless)", r"narrowed (?:it )?down\b",
   r"(?:would|will|'d|is|are) (?:<ADV>)(?:strong )?enough to (?:hold|take) (?:my|the) weight|(?:hook|beam|rail|branch|"
   r"pipe|banister)\b.{0,40}"
   r"strong enough", r"(?:if|whether) (?:the |my |all the |these )?(?:<MEDS>|pills) .{0,40}(?:would|will) be enough",
   r"checked (?:that )?(?:it's|its|it is|the gun is|it was) loaded", person="auto")
_r("plan_means", "means stockpiled/ready",
   r"(?:keeping|saving|stockpiling|hoarding|collecting) (?:the |my )?(?:leftovers|spares|extra ones|left ?over \w+)",
   r"(?:a good few|several|a few|loads of|\d+) (?:boxes|packets|bottles|strips) (?:of (?:them|<MEDS>) )?(?:now|saved|stored)",
   r"got (?:his|my|her|the|dad's) (?:shotgun|gun|rifle|pistol) out", r"(?:the )?(?:shells|bullets|cartridges|ammo)\b",
   r"(?:stool|chair) (?:is )?(?:under|beneath) the (?:rope|noose|belt)", r"(?:rope|noose|belt) (?:is )?(?:tied|hanging|"
   r"up) (?:to|from|on)",
   r"(?:got|have|i've got) the (?:belt|rope|cord) and (?:the )?(?:hook|beam)", r"\bpills pills\b", person="auto")
_r("act_maybe", "means in hand",
   r"(?:sitting|sat|lying|standing|i'm|i am) (?:in|on) (?:the|my) (?:bath|bathroom floor|bed|car|floor) with (?:the |a |"
   r"my )?(?:razor|blade|knife|pills|"
   r"tablets|rope|gun)", r"(?:holding|hold) (?:the |my |a )?(?:pills|tablets|knife|razor|blade|gun|rope) (?:in my hand|"
   r"in my hands)",
   r"(?:keep|kept|i'm) holding (?:the |my )?(?:pills|tablets|knife|razor|blade|gun)", person="self")
_r("finality", "finality/goodbye",
   r"(?:my )?last (?:cigarette|meal|drink|night|sunset)\b", r"(?:wanted|want) to say (?:thank you|thanks|goodbye|"
   r"sorry) to (?:someone|somebody|you|everyone)",
   r"i'll be (?:done|gone|dead) (?:before|by)", r"(?:today|tonight)(?:'s| is) my last (?:day|night)\b(?! (?:at|of|in|on|"
   r"before|with|as)\b)(?!.{0,40}\b(?:job|work|team|office|holiday))", person="self")
_r("plan_prep", "preparatory act",
   r"whoever (?:has to|will have to|needs to) (?:deal with|sort|clean|find)", r"(?:make|making) it easy for (?:whoever|"
   r"everyone|them|my \w+) (?:after|when|to)",
   r"(?:don't|didn't|do not) want (?:[\w']+ ){0,3}to blame (?:herself|himself|themselves|themself)",
   r"(?:regal[eé]|di|doné) mis cosas|dej[eé] una carta|escrib[ií] (?:una|las) cartas?|dei (?:as )?minhas coisas|deixei uma carta|"
   r"j'ai donn[eé] mes affaires|laiss[eé] une lettre|abschiedsbrief\w*|sachen verschenkt", person="auto")
_r("prep_weak", "possible preparation",
   r"(?:wrote|written|writing|rewriting|finished|left) (?:the|a|my) note\b", r"(?:written|wrote|writing) (?:everything|"
   r"it all) down for",
   r"(?:giving|gave|give|given) (?:away )?(?:most|all|some|a lot) of my", r"giv(?:e|ing|en) my (?:cat|dog|pet|rabbit|"
   r"guitar|bike) to",
   r"won't be (?:able to|around to) (?:look after|care for|see|feed|walk) (?:him|her|them|my \w+)",
   r"sort(?:ing|ed)? (?:out )?(?:all )?my (?:things|stuff|belongings)", person="auto")
_r("site_visit", "visiting a site",
   r"(?:drove|went|walked|been|gone|go|going|went back) (?:up )?(?:to|down to) the (?:<LOC_HIGH>|cliffs?|tracks|river|"
   r"sea|quarry)",
   r"(?:sat|stood|standing|sitting) (?:on|at) the (?:top level|top floor|edge|ledge)", person="auto")
_r("plan_intent", "stated intent", r"(?:i'll|i will|going to|gonna) go back\b", r"(?:i'm|i am) ending (?:this|it)\b", person="self")
_r("od_explicit", "overdose taken",
   r"(?:took|swallowed|taken|had) (?:the |a )?(?:first |second |another )?(?:handful|whole lot|load|bunch)\b", person="auto")
_r("sh_act", "self-injury",
   r"(?:stub|stubbed|stubbing) (?:\w+ )?(?:cigarettes?|fags?) out on my", r"(?:and|to) cut\W*$",
   r"(?:tie|tying|tied|put|putting|wrap|wrapping) (?:things|something|a belt|a cord|a scarf|a rope|a ligature|"
   r"a tie) (?:around|round) my neck",
   person="self")
_r("sh_danger", "dangerous self-injury", r"(?:around|round) my neck", r"(?:nearly|almost) pass out", neg=False, person="self", frame=False)
_r("hto_intent", "intent to harm others",
   _x(r"(?:i'm going to|i am going to|i'm gonna|i'll|i will|planning to|plan to|going to)\b.{0,60}?\b(?:<HARMV>|smash|"
      r"kick|stab|shoot|finish) "
      r"(?:<TARGET>|his|her|their|what (?:she|he|they) started)"), person="self")
_r("hto_target_near", "target nearby", r"\b(?:he|she|they)(?:'s| is| are|'re) (?:<ADV>)(?:asleep|sleeping|"
   r"in the next room|upstairs|downstairs|"
   r"next door|in the other room|in bed|on (?:his|her|their) own)", neg=False, person="any", frame=False)
_r("hto_thoughts", "violent thoughts",
   r"(?:imagin|fantasi|daydream|dream|pictur|think)\w* (?:about )?(?:[\w']+ ){0,5}?(?:hurting|killing|stabbing|"
   r"strangling|beating|hitting|punching|"
   r"murdering|shooting|smothering|setting fire to|burning down|attacking|poisoning) (?:him|her|them|my \w+|his \w+|"
   r"her \w+|people|someone)",
   r"thoughts (?:about|of) (?:[\w']+ ){0,3}(?:setting fire to|burning down|hurting|killing|stabbing|attacking|poisoning)",
   r"(?:image|images|thought|thoughts|picture|pictures|flash|flashes|urge|urges) (?:are )?(?:of|about) (?:\w+ing) (?:my|"
   r"the|our|him|her)",
   r"imagining (?:\w+ing) (?:my|the|our) ", person="self")
_r("horror", "horrified by own thoughts",
   r"horrif\w*|terrif\w*|scared of (?:the thoughts|myself|them|it)|(?:i would|i'd) never\b|makes me cry|\bocd\b|"
   r"intrusive|disgust\w*|"
   r"i love (?:her|him|them) so much|put the knife down", neg=False, person="any", frame=False)
_r("abuse_phys", "physical abuse/harm to a child",
   r"\b<AGG> (?:[\w']+ ){0,2}?(?:hits?|hitting|beats?|beating|hurts?|hurting|shakes|shook|slaps?|kicks?|"
   r"punch(?:es)?) (?:our|my|his|her) "
   r"(?:toddler|baby|son|daughter|kids|children|child|little \w+|newborn)", person="any")
_r("abuse_control", "emotional abuse/neglect",
   r"(?:screams|shouts|yells|rages) at (?:us|me) (?:for hours|every day|all the time|constantly)", r"smash(?:es|ed|"
   r"ing) (?:stuff|things|plates|the house) (?:up)?",
   r"tells? (?:us|me) (?:we're|i'm|we are|i am) (?:worthless|useless|stupid|nothing|a waste)",
   r"leaves? me (?:in bed|alone|without (?:food|water|my meds)|in (?:my|wet|soiled))", person="auto")
_r("psy_exp", "psychotic experience",
   r"(?:put|planted|inserted|placed) (?:something|a chip|thoughts?|a device) in(?:to)? my (?:head|brain|mind)",
   r"(?:listen to|hear|read|reading) (?:your|my) thoughts", r"can hear them through", person="self")

# ---- supplementary: passive-wish variants, reunion with the dead, control, goodbyes, coercive control, paranoia
_r("si_passive", "passive wish to be dead",
   r"(?:being alive|living|life|existing) (?:<ADV>)(?:feels like|is) (?:a chore|a burden|torture|pointless|too much|"
   r"unbearable|exhausting|a punishment)",
   r"(?:<ADV>)taking up space", r"waste of (?:space|oxygen|air)\b",
   r"disappointed (?:that )?i (?:<ADV>)(?:woke up|wake up|survived|didn't die|am still (?:here|alive)|'m still (?:here|alive))",
   r"(?:hope|hoping|hoped|wish|wishing|wished) (?:[\w']+ ){0,4}(?:would|will|'d) (?:<ADV>)(?:crash|go down|hit me|"
   r"kill me|run me over|end it)",
   r"(?:wouldn't|don't think i'd|won't|not going to) (?:<ADV>)(?:fight it|have (?:the )?treatment|take the treatment)",
   r"\bif i (?:<ADV>)(?:was|were|wasn't|weren't|was not|were not) (?:<ADV>)(?:gone|here|around|dead|alive|in the picture)\b",
   r"(?<!could )(?<!i could )(?:go to sleep|fall asleep) .{0,20}forever", r"better off with (?:the )?(?:insurance|"
   r"life insurance) (?:money|payout)", person="auto")
_r("si_active", "active suicidal ideation", r"\bi (?:<ADV>)want out\b(?! of (?:this|my|the) (?:job|relationship|"
   r"marriage|contract|lease|deal))",
   person="self")
_r("si_reunion", "wish to join the dead", r"(?:joining|join|be with|being with) (?:her|him|them|my \w+)(?: again|"
   r" in heaven| on the other side)?\b",
   person="self")
_r("si_control", "control slipping", r"(?:don't think|not sure) i (?:can|could) (?:<ADV>)(?:stop|keep|hold) myself", r"can't stop myself",
   person="self")
_r("plan_research", "researching lethality",
   r"(?:whether|if) (?:it's|it is|it'd be|it would be) (?:<ADV>)(?:high|tall|deep|strong) enough", r"high enough to", person="auto")
_r("plan_means", "means ready",
   r"(?:loaded|loading) the (?:gun|rifle|shotgun|pistol)", r"(?:charcoal|bbq|barbecue) and (?:the )?(?:tape|duct tape)",
   r"hose (?:that )?(?:fits|for|to|on) the exhaust", person="auto")
_r("act_maybe", "means at hand",
   r"(?:gun|knife|pills|tablets|rope|razor|blade)(?:'s| is| are)? (?:on my lap|in my hand|in my hands|next to me|in front of me)",
   r"(?:it's|it is) on my lap", r"^it's done\W*$", person="self")
_r("prep_weak", "possible preparation",
   r"(?:called|rang|phoned|texted|messaged|visited) (?:[\w']+ ){0,6}to say (?:i love (?:them|her|him|you)|goodbye|sorry)",
   r"get(?:ting)? everything sorted", r"so (?:it's|it is|it'll be) (?:simple|easy|easier) for (?:my|them|him|her|everyone)",
   r"paid off (?:the|my) (?:credit card|debts?|loans?|overdraft)", r"written down (?:the|my|all the|all my) passwords", person="auto")
_r("finality", "finality", r"(?:they'll|he'll|she'll|you'll) understand (?:later|one day|soon|when|eventually)", person="auto")
_r("plan_intent", "stated intent/plan",
   r"(?:won't|will not|not going to) be (?:here|around|alive) (?:long enough|much longer|for long|by then)", r"(?:i've|i have) (?:already )?decided\W*$",
   r"(?:when|once|while) (?:my )?(?:flatmate|partner|parents|family|everyone|husband|wife|roommate|mum|dad)(?:'s| is| are|'re)? "
   r"(?:away|out|asleep|gone|at work|on nights)", person="auto")
_r("od_explicit", "overdose taken",
   r"(?:i've|i have|i|he's|she's|he has|she has|they've) (?:<ADV>)(?:taken|took|had|done) (?:way )?too (?:much|"
   r"many)\b(?! (?:time|notice|on\b|work|leave))",
   r"<MEDS>,? (?:the |a )?(?:whole|entire|full) (?:box|bottle|packet|pack|strip|lot)", person="auto")
_r("sh_act", "self-injury escalating", r"(?:moved|moving|gone) (?:on )?(?:from|to) (?:cutting )?my (?:arm|leg|thigh|"
   r"wrist)s? to my (?:neck|throat|wrists?|face)",
   person="self")
_r("sh_danger", "dangerous self-injury", r"(?:can|could) (?:<ADV>)(?:barely|hardly|not|n't) (?:walk|move|stand|use)", r"\bhammer\b", r"my (?:neck|throat)\b",
   neg=False, person="self", frame=False)
_r("hto_intent", "intent to harm others",
   r"(?:taking|bringing|take|bring) (?:[\w']+ ){0,2}(?:gun|rifle|knife|weapon|knives|shotgun|pistol) (?:to|"
   r"into) (?:school|work|class|college|the office|church)",
   r"(?:going to|gonna|i'll|i will|i'm going to) (?:feed|give) (?:it|the dog|the cat|him|her) .{0,30}(?:chocolate|"
   r"grapes|raisins|xylitol|antifreeze|"
   r"rat poison|slug pellets|lilies|poison)", person="self")
_r("hto_revenge", "revenge threat", r"\b(?:will|'ll|are going to|gonna) (?:all )?(?:see|pay|regret|learn)\W*$", person="auto")
_r("hto_thoughts", "violent thoughts", _x(r"(?:want|wanted|wanna) to (?:<ADV>)(?:kill|hurt|stab|strangle|punch|hit|"
   r"smash|batter|attack) (?:<TARGET>)"),
   person="self")
_r("grievance", "grievance", r"(?:assaulted|raped|abused|attacked|hurt|bullied) (?:my|me)\b", r"who did this to me", person="self")
_r("hto_intrusive", "intrusive harm thoughts", r"intrusive (?:thoughts?|images?|urges?) (?:about|of) \w+ing", person="self")
_r("abuse_phys", "physical abuse",
   r"\b<AGG> (?:[\w']+ ){0,2}?(?:pinned|pins|pinning|held|holds) me (?:against|down|to)", r"by (?:my|the) (?:neck|throat)",
   r"\b(?:touches|touched|touching) (?:her|him)\b(?=.{0,60}(?:\b(?:she|he)(?:'s| is) (?:[1-9]|1[0-5])\b|little|"
   r"years? old))", person="any")
_r("abuse_control", "coercive/financial control",
   r"not allowed (?:my own|to have|any) (?:card|money|bank|account|phone)", r"(?:have to|got to|must) ask (?:him|her) for money",
   r"explain every (?:receipt|penny|purchase|pound)", r"(?:reads|reading|read|started reading) my (?:emails|messages|"
   r"texts|post|diary)",
   r"if i see (?:my )?\w+ without (?:him|her)", person="auto")
_r("psy_exp", "psychotic experience",
   r"hear (?:the )?thoughts of", r"(?:read|reading) (?:people's|their|other people's|everyone's) (?:minds|thoughts)",
   r"thoughts (?:are )?(?:being )?broadcast", r"(?:could|can) hear what i (?:was|am|'m) thinking", r"i'm being tested", person="auto")
_r("psy_cmd", "command hallucination", r"(?:keeps? |is |are )?(?:commanding|ordering) me to", person="self")
_r("panic_past", "panic attack (over)", r"(?:after|since) the (?:panic|anxiety) attack", neg=False, person="any", frame=False)

# ---- supplementary: drug use, self-injury wording, farewell thanks, animal harm, injuries from a partner
_r("od_druguse", "drug use / naloxone (needs symptoms)", r"(?:naloxone|narcan)\b",
   r"(?:uses?|using|on|injects?|injecting) (?:heroin|fentanyl|opioids|methadone|smack|gear|oxy\w*)\b",
   r"(?:we were|we've been|been|he was|she was|they were|i was) (?:<ADV>)using\b", person="auto")
_r("od_ingest", "ingested drugs", r"\bdid (?:a line|lines|some (?:coke|ket|mdma|pills|g\b))", person="auto")
_r("od_excess", "adulterated", r"cut with something|laced|spiked", neg=False, person="any", frame=False)
_r("sh_injury", "injury", r"\b(?:a|some of the|these|those) (?:cut|cuts|burns|wounds)\b", person="self")
_r("sh_act", "self-injury", r"(?:scratch|scratching|scratched|pick|picking|dig|digging) .{0,50}(?:until|till|"
   r"til) (?:its|it's|it is) (?:raw|bleeding)",
   person="auto")
_r("sh_danger", "deep cut", r"cut (?:\w+ )?deep\b", r"deep (?:cut|cuts|one|ones|wound)", neg=False, person="any", frame=False)
_r("si_passive", "passive wish to be dead",
   r"wish (?:that )?i(?:'d| would| could)? (?:<ADV>)(?:not|never|didn't|wouldn't|won't|don't) (?:<ADV>)(?:wake up|"
   r"woke up|wake)\b",
   r"(?:wish|want)\w* (?:i could |to )?(?:fall asleep|sleep|go to sleep) (?:for (?:a year|a month|a week|ages|weeks|"
   r"months|years)|and not wake|forever)",
   person="auto")
_r("si_active", "active suicidal ideation", r"(?:wanting|want|wants) (?:to )?(?:disappear|not exist) (?:forever|"
   r"permanently)", person="auto")
_r("si_hopeless", "hopelessness", r"(?:it|this|ending it|death|dying|suicide|ctb|dying)(?:'s| is| seems|"
   r" feels)(?: like)? (?:the )?only "
   r"(?:option|way|choice|answer)(?: left| out)?\b(?! on| in the| for (?:the|a|dinner|lunch))", r"(?:there's|"
   r"there is) no other (?:way|option)", person="auto")
_r("si_weak", "weak ideation cue", r"(?:scared|afraid|don't want) (?:of being|to be) (?:on my own|alone) tonight",
   r"won't be (?:here|around|alive)\b(?! (?:next|on|for (?:a|the)|tomorrow|at|in the|during|this (?:week|weekend)|till|"
   r"until))", person="self")
_r("plan_intent", "working out details", r"(?:working|figuring|sorting) out the (?:details|logistics)", r"planning the details", person="auto")
_r("plan_research", "researching method", r"(?:know|knowing|found out|worked out|figured out) which (?:ones|trains|"
   r"one) (?:don't|do not|doesn't) stop",
   r"(?:been )?on the (?:ctb )?forums", person="auto")
_r("site_visit", "visiting a site", r"(?:going|went|been going|go) to the (?:station|platform|"
   r"train station)\b.{0,40}(?:watch|trains)", person="auto")
_r("finality", "farewell thanks", r"^(?:<ADV>)(?:wanted|want) to say (?:thank you|thanks|goodbye)\b", person="self")
_r("plan_means", "means in hand", r"(?:keep|kept|i'm|been) holding (?:the |my )?(?:pills|tablets|knife|razor|blade|gun)", person="self")
_r("grievance", "grievance", r"made (?:my|our) li(?:fe|ves) hell", person="self")
_r("hto_intent", "intent to harm an animal",
   r"^(?=.*\b(?:chocolate|grapes|raisins|xylitol|antifreeze|rat poison|slug pellets|lilies)\b).*(?:going to|gonna|i'll|"
   r"i will) (?:feed|give) "
   r"(?:it|the dog|the cat|him|her)\b", person="self")
_r("abuse_phys", "physical abuse",
   r"(?:held|holds|put|puts|pressed|presses) (?:a )?(?:pillow|hand|hands|bag) over my (?:face|mouth|nose)",
   r"(?:black eye|bruises|bruised ribs?|cracked ribs?|broken (?:rib|nose|arm|wrist|jaw)|split lip|concussion|"
   r"fat lip) from (?:my|his|her) (?:<REL>)",
   r"\b<AGG> (?:[\w']+ ){0,2}?(?:twists|twisted|twisting|burns|burned|burnt) my (?:arm|arms|wrist|hand|skin|fingers)", person="self")

# ---- supplementary: hope-not-to-wake, chosen method/site, sufficiency of a ligature point
_r("si_passive", "passive wish to be dead",
   r"(?:hope|hoping|hoped|wish|wishing|pray|praying) (?:that )?i (?:<ADV>)(?:don't|do not|won't|will not|never|wouldn't|"
   r"didn't) (?:<ADV>)wake up",
   person="auto")
_r("si_hopeless", "hopelessness",
   r"(?:don't|do not|can't) see (?:why|how|the point) (?:i should|i'd|i would|to|in) (?:<ADV>)(?:keep going|go on|"
   r"carry on|bother|stay|trying|living)",
   r"nothing (?:is )?(?:<ADV>)(?:going to|will|is ever going to) (?:<ADV>)(?:change|get better|improve)", person="auto")
_r("plan_method", "method chosen",
   r"which (?:bridge|building|method|pills|tablets|way|rope|spot|place|car park|cliff) i(?:'d| would| will|'ll|"
   r" am going to|'m going to) use",
   person="auto")
_r("plan_research", "lethality/sufficiency check",
   r"(?:beam|rafter|banister|bannister|hook|branch|loft hatch|door ?frame|rail|pipe)s? (?:[\w']+ ){0,3}(?:should|will|"
   r"would|can|could|might) "
   r"(?:<ADV>)(?:take|hold|bear|support) (?:my|the) weight", r"(?:found|know|chosen|picked|got) (?:the|a) method\b",
   r"the forum with", person="auto")
_r("sh_deliberate", "concealed", r"(?:can't|won't|don't want to|couldn't) tell anyone", neg=False, person="any", frame=False)

# ---- supplementary: 'if I disappeared', 'free of all this', safety promises, chosen spot, stalking
_r("si_passive", "passive wish to be dead",
   r"\bif i (?:<ADV>)(?:disappeared|died|vanished|left for good|never came back|was gone|were gone|stopped existing)\b",
   r"(?:i'm|i am) (?:<ADV>)(?:already )?gone\b(?! (?:for|to|on|till|until|by|out|home|away))",
   r"(?:so |how )?easy it would be\b", person="auto")
_r("si_active", "active suicidal ideation",
   r"(?:going to|finally|will|gonna|soon) (?:<ADV>)be free (?:of|from) (?:all )?(?:this|it|everything|the pain|life|here)",
   r"(?:so |would be so |would be |it'd be |it would be )?easy to (?:<ADV>)(?:step|jump|fall|walk|drive|let go)\b", person="auto")
_r("si_control", "cannot keep safe",
   r"can't (?:promise|guarantee|say) (?:that )?i(?:'ll| will| can| could) (?:<ADV>)(?:be|keep|stay) (?:myself )?safe",
   r"(?:won't|can't|not going to) be (?:able to )?(?:keep|stay) (?:myself )?safe", person="self")
_r("plan_method", "method/site chosen",
   r"(?:picked|chosen|found|scouted|decided on|chose) (?:out )?(?:the|a|my) (?:spot|place|location|bridge|building|way)\b",
   r"(?:staring|looking|stare|look|gazing) (?:down )?at the (?:train )?(?:tracks|rails|drop|water below|traffic)",
   r"step(?:ping)? off (?:the )?(?:platform|ledge|edge|roof|bridge|kerb)", r"(?:how to|learned to|learning to) tie a noose",
   r"(?:voy a|vou) (?:matarme|suicidarme|me matar)|je vais me (?:tuer|suicider)|ich werde mich (?:umbringen|t[oö]ten)", person="auto")
_r("plan_intent", "stated intent (non-English)", r"(?:voy a|vou) (?:matarme|suicidarme|me matar)|je vais me (?:tuer|suicider)|"
   r"ich werde mich (?:umbringen|t[oö]ten)", person="self")
_r("plan_prep", "affairs left with instructions",
   r"(?:leaving|left|written|wrote|put) (?:out )?my (?:bank details|passwords|pin numbers?|will|documents|"
   r"paperwork)(?: \w+){0,4} (?:with|for) "
   r"(?:instructions|my|them|him|her)", r"made (?:my )?peace with (?:it|everything|dying|death)", person="auto")
_r("finality", "not coming back", r"(?:not|won't be|never) (?:going|coming) back (?:down|home|up)\b", r"(?:don't|do not) think i'm (?:going|coming) back",
   person="self")
_r("act_location", "at a height", r"(?:at|on) the (?:top|edge) of the (?:cliffs?|cliff path|quarry|gorge|dam|viaduct)", person="self")
_r("site_visit", "visiting a site",
   r"(?:driving|drive|drove|walking|walk|walked|going|go|went) (?:past|to|down to|up to) the (?:reservoir|lake|canal|"
   r"river|sea|pier|dam|quarry|"
   r"cliffs?|bridge|viaduct|tracks)\b.{0,50}(?:every|for hours|most nights|again)", person="auto")
_r("sh_act", "self-injury",
   r"used (?:it|them|the glass|the blade|the knife) on my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach)",
   r"pull(?:ing|ed)? (?:my |out my )?hair (?:out )?(?:until|till|so hard|in clumps)|bald patches", person="self")
_r("hto_surveil", "stalking", r"(?:know|knowing) exactly when (?:she|he|they)(?:'s| is| are|'re) (?:alone|on (?:her|his|"
   r"their) own|home)",
   person="self")
_r("psy_exp", "thought insertion", r"thoughts (?:aren't|are not|don't feel like) my own", r"(?:putting|put|inserting|"
   r"planting) (?:them|thoughts) "
   r"(?:there|in my head|into my head)", person="auto")

# ---- supplementary: belonging, 'gone by morning', heights research, hitting oneself
_r("si_passive", "passive wish to be dead", r"(?:don't|do not) belong (?:in this world|on this earth|here|anywhere)\b", person="auto")
_r("plan_intent", "intent with timeframe", r"i(?:'ll| will) be (?:<ADV>)(?:gone|dead) (?:by|before) (?:the )?(?:morning|"
   r"tomorrow|tonight|then|sunrise|"
   r"the weekend|monday|friday|sunday)", person="self")
_r("time_day", "timeframe <24h", r"(?:by|before) (?:the )?morning\b", neg=False, person="any", frame=False)
_r("finality", "apology/goodbye", r"tell (?:my )?[\w']+ (?:that )?i'm sorry", person="self")
_r("plan_research_height", "height research", r"(?:tallest|highest) (?:bridges?|buildings?|cliffs?|car parks?|"
   r"multi-?storeys?)", person="auto")
_r("sh_act", "self-injury", r"(?:punch|punching|punched|slap|slapping|slapped|bite|biting|hit|hitting) myself",
   r"went too far with the (?:blade|razor|knife|cutting|cuts)", person="self")
_r("sh_danger", "went too far", r"went too far", neg=False, person="self", frame=False)
_r("bleeding_heavy", "heavy bleeding", r"(?:can't|cannot|won't) stop the bleeding", neg=False, person="any", frame=False)
_r("abuse_control", "coercion", r"says? (?:no one|nobody) (?:would|will) believe me", person="self")

# ---- supplementary: planning death, last night, driving off, ingestion in progress, violent curiosity
_r("si_hopeless", "hopelessness", r"can't (?:<ADV>)(?:do|take|handle) (?:this|it) no more", person="auto")
_r("si_passive", "passive wish to be dead", r"(?:it is|it's) time for me to go\b", r"(?:sick|tired) of being alive",
   r"(?:don't|do not) care (?:what happens|if i wake up|anymore what happens)", person="auto")
_r("plan_means_weak", "means at hand", r"(?:got|have|i've got) (?:the |a |my )?(?:rope|noose|belt|blade|razor|gun|pills|tablets) "
   r"(?:in|on|with|under|by) (?:my|the) ", person="self")
_r("plan_intent", "planning death", r"planning (?:my|his|her) (?:own )?(?:death|suicide|exit|end)", r"plan(?:ned|"
   r"ning)? (?:how|when) (?:i'll|i will|to) "
   r"(?:die|do it|end it|kill myself)", person="auto")
_r("finality", "last night / said goodbyes",
   r"(?:it's|this is|tonight is|today is) my last (?:night|day)\b(?! (?:at|of|in|on|before|with|"
   r"as)\b)(?!.{0,40}\b(?:job|work|team|office|holiday))", r"said (?:what|everything) i (?:needed|wanted|had) to say",
   r"see you (?:all )?on the other side", person="auto")
_r("plan_method", "method considered",
   r"driv(?:e|ing) (?:my car |the car )?off (?:a |the )?(?:cliff|bridge|road|edge|pier)",
   r"(?:yeet|yeeting|throw|throwing|launch|launching|chuck|chucking) myself (?:off|from|in front of|into|under)", person="auto")
_r("act_strong", "at a dangerous place now", r"\b(?:i'm|i am) (?:on|at) the (?:bridge|roof|ledge|edge|cliff|platform|"
   r"tracks)\b(?=.{0,20}\b(?:right now|rn|now)\b)",
   person="self")
_r("od_explicit", "ingesting now", _x(r"^(?=.*\b(?:<MEDS>|pills|tablets)\b).*(?:i'm|i am) (?:starting|"
   r"started) on (?:them|the pills|the tablets|it)"),
   person="self")
_r("od_explicit", "overdose", r"(?:collapsed|passed out|unconscious|won't wake) (?:after|from) (?:taking|having|"
   r"doing) (?:something|stuff|pills|drugs|too much)",
   r"\bi (?:<ADV>)(?:take|took|have taken) (?:many|so many|a lot of|too many|\d{2,}) (?:pills|tablets|<MEDS>)", person="auto")
_r("od_excess", "drinking with pills", r"(?:i'm|been|i've been|he's been|she's been|was) drinking\b", neg=False, person="any", frame=False)
_r("od_symptom", "symptom", r"breathing (?:weird|strange|funny|oddly)", r"(?:very|really|so) sleepy", neg=False, person="any", frame=False)
_r("sh_injury", "injury", r"(?:\bi |\bi've |^)(?:<ADV>)(?:cut|burn|scratch|hit|punch|bang|bruise) my (?:arm|arms|wrist|"
   r"wrists|leg|legs|thigh|thighs|"
   r"hand|hands|stomach|skin|head|face)\b", person="self")
_r("sh_act", "self-injury", r"\bmy (?:cuts|scars|burns) (?:keep|are|have|won't|were)\b", person="self")
_r("hto_thoughts", "violent thoughts", _x(r"(?:think|thinking|thought|wonder|wondering|imagine|"
   r"imagining) (?:about )?(?:what it would be like|how it "
   r"would feel|how i'd) to (?:kill|hurt|stab|strangle|shoot|poison|beat) (?:<TARGET>)"), person="self")
_r("psy_exp", "paranoia", r"(?:everyone|they|all of them)(?:'s| is| are|'re) in on it", r"being controlled by (?:them|"
   r"aliens|the government|someone|"
   r"something)", r"(?:they|someone|something) (?:are|is) controlling (?:me|my mind|my thoughts|her|him)", person="auto")

# ---- supplementary: method fixation, quickest way, 'tonight's the end', CO means, grooming, body parts
_M["BODY"] = (r"(?:arm|arms|forearm|forearms|wrist|wrists|leg|legs|thigh|thighs|hand|hands|stomach|belly|tummy|skin|hip|hips|"
              r"shoulder|shoulders|ankle|ankles|calf|calves|chest|face|neck)")
_r("plan_method", "method considered",
   r"(?:looking|staring|stare|look) at (?:the|my) (?:[\w']+ ){0,6}?(?:rope|noose|belt|pills|tablets|gun|razor|blades|"
   r"loft hatch|beam|rafters|"
   r"banister|hook)\b", r"how i(?:'d| would| will|'ll| could) (?:<ADV>)(?:jump|hang|overdose|crash|drown|do it)\b",
   r"\bif i (?:drove|crashed|jumped|walked|stepped|drive|crash|jump) (?:my car )?(?:into|off|in front of)", person="auto")
_r("plan_research", "researching method",
   r"(?:quickest|easiest|fastest|painless|surest|best|least painful) way to (?:go|die|end it|do it|kill myself|"
   r"end my life)\b", person="auto")
_r("si_active", "active suicidal ideation", r"(?:to end|to stop|to be over) (?:<ADV>)(?:for good|forever|permanently)",
   r"(?:would|will) (?:anyone|anybody|people|they) (?:even )?(?:care|notice|miss me) if i", person="auto")
_r("si_hopeless", "hopelessness", r"(?:i'm|i am) (?:<ADV>)done fighting|tired of fighting|can't fight (?:it|"
   r"this) (?:<ADV>)(?:anymore|any more)",
   person="auto")
_r("plan_intent", "stated intent", r"(?:tonight|today|this)(?:'s| is) the end\b", r"it (?:all )?ends (?:tonight|today|now)\b",
   r"(?:i'm|i am) (?:going to|gonna) do it (?:tonight|today|now)\b", person="self")
_r("finality", "concealment", r"(?:not telling|won't tell|not going to tell) (?:you|anyone) (?:which|what|how many|"
   r"where)", person="self")
_r("plan_means", "CO means", r"^(?=.*\b(?:car|van|garage)\b).*(?:got|have|bought|brought|i've got) (?:the |a )?hose", person="self")
_r("sh_act", "self-injury",
   r"(?:slashed|sliced|slit|cut|carved) (?:my )?<BODY> (?:open )?with (?:a|the|my) (?:razor|blade|knife|glass|scissors|"
   r"compass|sharpener)",
   r"^(?:knife|blade|razor|blood)(?: (?:knife|blade|razor|blood))+ (?:again|tonight|today|every)", person="self")
_r("sh_injury", "injury", r"(?:\bi |\bi've |^)(?:<ADV>)(?:slashed|sliced|gouged) my <BODY>\b", person="self")
_r("od_other", "excess given", r"(?:gave|given|give) (?:my |the |him |her )?(?:baby|son|daughter|child|toddler|kid|"
   r"grandson|granddaughter|"
   r"\w+) (?:double|twice|too much|too many|an extra|the wrong) ", person="any")
_r("od_excess", "double dose", r"double (?:the )?(?:\w+ )?dose", neg=False, person="any", frame=False)
_r("hto_weapon", "fire as a weapon", r"with (?:him|her|them) (?:still )?in it", person="self")
_r("hto_intent", "mass violence intent", r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)shoot up (?:that|this|the|"
   r"my) (?:school|office|college|uni|place|church)",
   person="self")
_r("hto_thoughts", "violent urges", r"urges? to (?:push|shove|hurt|stab|throw|hit|strangle) (?:people|someone|him|her|"
   r"them|strangers|my \w+)",
   person="self")
_r("abuse_harass", "grooming/sexual harassment", r"(?:asking|asks|asked|wants|wanted) (?:me )?(?:for|to send(?: him|"
   r" her)?) (?:photos|pictures|"
   r"pics|nudes|selfies)", person="self")
_r("psy_exp", "paranoid delusion", r"(?:pumping|putting|piping) (?:gas|poison|chemicals|fumes) (?:through|into|"
   r"in) (?:the )?(?:vents|walls|house|flat)",
   person="auto")

# ---- supplementary: terse/colloquial phrasing, a few Italian/German/Spanish/French phrases -----------
_r("si_burden", "burdensomeness",
   r"(?:i'm|i am|just|only) (?:<ADV>)(?:dead weight|a drain|a waste of (?:space|money|time|air)|in everyone's way|the problem)\b",
   r"(?:cost|costs|costing) (?:everyone|them|my family) .{0,30}by (?:just )?being alive", r"by (?:just |even )?being alive\b",
   r"(?:insurance|payout) than (?:out of )?me\b", r"worth more (?:to them )?dead", person="self")
_r("si_passive", "passive wish to be dead",
   r"(?:hope|hopes|hoping|wish|pray)\w* (?:that )?(?:a|the) (?:bus|car|truck|lorry|train|van) (?:\w+ )?(?:hits|clips|takes|runs over|kills|hit|clip) me",
   r"(?:hope|hopes|hoping) (?:the )?(?:biopsy|results?|scan|tests?) (?:comes? back|come back|is|are) (?:bad|positive|cancer)",
   r"if (?:the|a|my) (?:plane|car|bus|train|ship|ferry) (?:went down|crashed|sank|hit me|hit us)",
   r"(?:stopped caring|don't care|do not care|doesn't matter) (?:whether|if) i (?:live|die)",
   r"(?:why|point) (?:i )?(?:<ADV>)(?:bother|even bother) (?:waking up|getting up|living|going on|trying|being here)",
   r"waiting for (?:it all|everything|life|it) to (?:<ADV>)(?:be over|end)", r"what(?:'s| is) (?:even )?left for me\b|nothing left for me",
   r"(?:anyone|anybody|people) (?:would|will) (?:even )?(?:notice|care|miss me) if i",
   r"ojal[aá] no despert\w+|no quiero despertar", person="auto")
_r("si_hopeless", "hopelessness", r"nothing(?:'s| is)? (?:<ADV>)(?:going to|will|ever going to) (?:<ADV>)(?:change|get better|improve)",
   r"(?:don't|do not|can't) (?:think|see) (?:things|it|anything|life) (?:will |getting )?(?:<ADV>)(?:get better|improve|change)",
   r"can't see (?:any|a) future", r"ya no aguanto", person="auto")
_r("si_reunion", "wish to join the dead", r"(?:be|go) (?:wherever|where) (?:he|she|they) (?:is|are)\b", person="self")
_r("si_active", "active suicidal ideation",
   r"\bsewer ?slid\w*", r"do(?:ing)? myself in\b", r"farla finita|ammazzarmi|uccidermi|suicidarmi|voglio morire|non voglio pi[uù] vivere",
   person="auto")
_r("si_control", "control slipping", r"(?:can't|cannot|don't|too \w+ to) trust myself", r"urges (?:are|were) too (?:loud|strong|much)",
   r"(?:not sure|unsure) i want to stop (?:them|it|myself)", person="self")
_r("si_weak", "weak ideation cue", r"thinking about it more than i should", r"(?:nobody|no one) knows (?:it's|its|that it's)", person="self")
_r("prep_weak", "possible preparation",
   r"(?:who's|who is|who'll|who will) (?:having|taking|get|getting|look after|looking after|have) (?:the|my) (?:dog|cat|pet|kids|children)",
   r"(?:written|wrote|writing) to (?:each|all|every one) of (?:my|the)", r"nothing (?:else )?left to (?:sort|do|organise|arrange)",
   r"(?:deleted|deleting) (?:all )?my (?:socials|instagram|tiktok|facebook|snapchat)", r"said (?:bye|goodbye) to (?:the|my|everyone)",
   r"(?:think|thinks) i'm (?:at|with) (?:the pub|work|school|a mate's|a friend's|my \w+'s)",
   r"alles geregelt|alles erledigt|todo arreglado|tudo resolvido|tout r[eé]gl[eé]", person="auto")
_r("finality", "trailing 'after'", r"\bafter\W*$", r"\bbye (?:everyone|all|guys)\b", r"this is goodbye", r"\badi[oó]s\W*$",
   r"last (?:one|time) i reckon", r"my last day (?:anywhere|on earth|alive|ever)", person="self")
_r("plan_intent", "stated intent/plan",
   r"not to get on (?:one|it)", r"(?:work|working|build|building|psych\w*) (?:myself )?up to it", r"(?:not sure|unsure|don't know) how yet",
   r"need to pick a (?:day|date|time)", r"next time i(?:'ll| will) (?:<ADV>)do it (?:right|properly)",
   r"(?:go|come) back (?:tomorrow|tonight|later|\w+day) and do it", r"doing it (?:before|after|when|tonight|today|in an hour|now)\b",
   r"(?:stasera|stanotte) lo faccio|ho (?:gi[aà] )?deciso|heute nacht ist es so weit", person="self")
_r("plan_method", "method chosen/considered",
   r"(?:figured|worked) out how i(?:'m| am)? (?:going to|gonna|'ll|will) do it",
   r"(?:walk|walking|swim|swimming) (?:out |in |into the \w+ )?(?:and|until|till) (?:not|never|i (?:couldn't|can't)) (?:stopping|stop|coming back|get back)",
   r"(?:steer|steering|swerve|swerving) into (?:the )?(?:lorries|trucks|traffic|oncoming|trees|wall)",
   r"an die gleise|zu den gleisen", person="auto")
_r("plan_means", "means stockpiled/ready",
   r"(?:bought|buying|got) (?:another|a second|a third|more|extra) (?:bottle|box|packet|pack)s? of <MEDS>",
   r"from (?:a )?different (?:chemists?|pharmac\w+|shops?|doctors?)|so they (?:wouldn't|won't) ask", r"(?:gun|rifle|shotgun)(?:'s| is) loaded",
   r"the bag and the (?:gas|tank|helium)", r"tabletten liegen bereit|la corda [eè] pronta|compr[eé] las pastillas|ya tengo las pastillas",
   person="auto")
_r("plan_means_weak", "access to means",
   r"code (?:to|for) (?:\w+'s )?(?:gun |the gun )?(?:safe|cabinet)|gun (?:safe|cabinet|cupboard)",
   r"(?:gun|rifle|shotgun)(?:'s| is)? (?:still )?in the (?:cabinet|safe|loft|shed|garage)",
   r"(?:tablets|pills|rope|gun|meds)(?:'re| are| is|'s) (?:here|ready|out)\b", r"<MEDS> and (?:vodka|wine|whisky|alcohol|booze|gin)",
   r"with the stuff (?:from|in|i)", person="auto")
_r("plan_research", "research", r"(?:next )?(?:fast|express|freight|non-?stopping) train", r"checking the train times",
   r"(?:needs?|has) to (?:hold|take) my weight", person="auto")
_r("plan_rehearsal", "rehearsal", r"till (?:security|the police|someone) (?:came|arrived)|(?:security|police) (?:came|found me|moved me)", person="self")
_r("site_visit", "visiting a site", r"(?:went|go|going|been) up to the top of the (?:car park|multi-?storey|building|tower)", person="auto")
_r("attempt", "suicide attempt", r"\bi tried (?:last night|yesterday|this morning|again|on \w+day)\b", r"woke up on the (?:bathroom |kitchen )?floor",
   r"attempt failed|(?:it|attempt) didn't work\b", person="self")
_r("act_strong", "at a dangerous place now",
   r"^(?:on|at) the (?:roof|bridge|ledge|edge|cliff|platform|tracks)(?: now| right now|\W*$)",
   r"(?:walking|wading|swimming) (?:into|out into|in) the (?:river|sea|water|lake|canal)(?: now| right now|\W*$)",
   r"estoy en el puente|estoy en la azotea|estou na ponte|ich bin auf der br[uü]cke|je suis sur le pont|sono sul ponte", person="self")
_r("act_location", "at a station", r"(?:i'm|im|i am) at the (?:station|train station|platform)", person="self")
_r("act_maybe", "means at hand", r"(?:gun|rifle|shotgun)(?:'s| is) loaded", person="self")
_r("time_day", "timeframe <24h", r"before (?:he|she|they)(?:'s| is|'re| are|'ll be)? (?:back|home)", r"at (?:sunrise|dawn|first light|midnight)",
   r"(?:once|when|after) i clock off", r"stasera|stanotte", neg=False, person="any", frame=False)
_r("time_near", "timeframe imminent", r"(?:^|, )right now\W*$", r"(?:putting my shoes on|heading out|leaving) now", neg=False, person="any", frame=False)
_r("od_explicit", "overdose", r"(?:swallowed|taken|took|had) (?:half|most|some|all) of them", r"finish (?:the rest|them off)",
   r"die ganze packung|alle tabletten genommen|tutta la scatola|preso troppe",
   r"\b(?:took|taken|had|done) (?:way )?too (?:much|many)\b(?! (?:time|notice|on\b|work|leave|sun|to drink|coffee))", person="auto")
_r("od_ingest", "ingested", r"(?:swallowed|drank|took|taken) (?:a |the |half a )?(?:whole )?(?:bottle|box|packet|load) of (?:something|stuff|\w+)",
   r"took (?:\d+|\w+) (?:of )?(?:the )?(?:strong|sleeping|pain|white|blue|little|heart|water) ones", person="auto")
_r("od_excess", "more than intended", r"took (?:\d+|\w+) more|forgot and took", neg=False, person="any", frame=False)
_r("od_symptom", "symptom", r"respira male|non respira|non si sveglia", r"\bfitting\b", neg=False, person="any", frame=False)
_r("sh_act", "self-injury",
   r"long sleeves (?:in|during) (?:july|june|august|summer|the heat|a heatwave)", r"sharpener\b.{0,30}not for (?:pencils|drawing|school)",
   r"bald (?:bits|patches|spots)", r"(?:skipped|skipping|skip|starving) (?:every |all )?meals? (?:\w+ )?(?:as|for) (?:a )?punish\w*",
   r"as punishment for eating", r"so hard (?:it|that it|they) (?:leaves?|left|bleeds?|bled|bruises?|breaks?)", r"\bwelts\b",
   r"went deeper than i (?:meant|wanted|planned)", r"moved (?:on )?from (?:a |the )?(?:compass|sharpener|scissors|pin|needle) to (?:a |the )?"
   r"(?:razor|blade|knife|box cutter)", r"cut on my (?:neck|throat|wrist)", r"more and more cuts|(?:cuts|cutting|burns) to get (?:the same )?relief",
   r"cutting (?:stopped|doesn't|isn't) (?:working|work|enough)", r"(?:use|using) (?:the|a) lighter (?:too|now|on)", person="self")
_r("sh_danger", "escalating", r"more and more", r"moved (?:on )?from", r"every (?:day|night) now", neg=False, person="self", frame=False)
_r("hto_thoughts", "violent thoughts",
   _x(r"what if i (?:snap and )?(?:stab|hurt|kill|strangle|push|drown|smother|hit) (?:<TARGET>|a stranger|someone)"),
   r"(?:fantasi[sz]e|fantasi[sz]ing|daydream\w*) about \w+ing (?:my |his |her |their )?[\w']+(?:'s)? (?:face|head) in",
   r"(?:picture|imagine|picturing|imagining) (?:running|knocking) (?:him|her|them|my \w+) (?:over|down)",
   r"(?:going to|gonna|i'll) (?:lose it|snap|kick off) (?:on|at|with) (?:him|her|them)", r"ganas de (?:pegarle|matarlo|matarla|golpear)",
   r"(?:flashes|images|thoughts|pictures) of \w+ing (?:a|someone|people|strangers?|a stranger)", r"fare del male a", person="self")
_r("horror", "horrified by own thoughts", r"i love (?:her|him|them)\b", r"why does my (?:brain|mind) do this", r"\borrore\b", neg=False, person="any",
   frame=False)
_r("hto_surveil", "surveillance/ambush planning",
   r"(?:drew|drawn|drawing|made) a (?:map|plan|diagram) of (?:my |his |her |their )?(?:[\w']+ )?(?:flat|house|school|office|place|building)",
   r"(?:he|she|they) (?:finishes|gets off|leaves|clocks off) at \d", r"(?:drive|drove|driving|walk|walked) past (?:their|his|her) (?:place|house|flat)",
   r"waiting outside (?:his|her|their) (?:house|flat|work|place|school)", person="self")
_r("hto_intent", "intent to harm others",
   _x(r"(?:got|have|made) a plan for (?:my <REL>|him|her|them)"), r"know (?:exactly )?who (?:it's|its|it is) for",
   r"(?:setting|set) fire to (?:the|his|her|their|our) (?:flat|house|home|car|place) (?:while|with|when) (?:he|she|they|him|her|them)",
   r"\b(?:lo|la|los) mato\b|voy a matarl[oa]", r"(?:he|she|they) gets? the (?:crowbar|bat|knife|hammer|blade)",
   r"(?:took|taken) (?:\w+ ){0,2}(?:gun|rifle|knife|weapon|knives) (?:to|into) (?:school|work|class|college)", r"i'll make sure\b", person="self")
_r("hto_revenge", "revenge threat", r"won't see it coming", r"deserves? it\b", r"(?:he|she|they) won't be around (?:much )?longer", person="auto")
_r("hto_weapon", "weapon access", r"(?:saving up for|buying|bought|getting|ordered) (?:a |an )?(?:crossbow|gun|knife|machete|taser|weapon|bat)",
   r"(?:knife|gun|hammer|bat|blade)(?:'s| is) in my (?:bag|pocket|car|coat|locker)", r"tengo (?:el|un|la|una) (?:cuchillo|pistola|arma)",
   r"(?:set|setting|light|lighting|start|starting) (?:a )?fire", person="self")
_r("abuse_control", "coercive control",
   r"(?:doesn't|does not|don't|never|won't) let me (?:see|go|leave|talk|have|work|visit|out|ring|call|phone|contact|speak)",
   r"won't let me (?:ring|call|phone|contact|speak to)", r"controla (?:todo )?mi dinero|controla mis llamadas",
   r"made me (?:quit|leave) my job", r"so i'd need (?:him|her) for everything", r"goes (?:mental|mad|crazy|ballistic) if i'm",
   r"threaten\w* to (?:post|share|leak|send) (?:her|his|my) (?:nudes|pics|photos)", person="auto")
_r("abuse_suspect", "suspected abuse", r"(?:gets|has|have|got) (?:new |fresh )?bruises", person="auto")
_r("abuse_sex", "sexual abuse", r"(?:comes|came|coming) (?:in|into) my (?:room|bed) (?:at night|when)",
   r"(?:teacher|coach|uncle|stepdad|step-dad|stepfather|tutor|priest|carer|mum's boyfriend|mums boyfriend)\b.{0,60}(?:kisses|kissed|kissing) me",
   person="self")
_r("abuse_phys", "physical abuse", r"(?:pushed|slammed|smashed|banged) my (?:head|face) (?:into|against|on)", person="self")
_r("psy_cmd", "command hallucination", r"(?:las )?voces me (?:dicen|ordenan|piden) que", r"(?:the )?whisper(?:ing|s)? (?:said|says|told me|tells me)",
   person="self")
_r("psy_directive", "directive", r"^says? (?:i'm |im |i am )?.{0,30}(?:and )?should (?:go|jump|die|kill|hurt|cut)", neg=False, person="self")
_r("psy_exp", "psychotic experience", r"^(?:the )?voices?\W*$",
   r"replaced (?:by|with) (?:an? )?(?:impostor|imposter|double|robot|copy|clone|lookalike)",
   r"(?:stars|planets|the universe|the sky|birds|numbers) (?:are )?(?:sending|send|giving) me (?:signals|messages|signs)",
   r"(?:send|sending|put|putting) thoughts (?:into|in) my (?:head|mind)", person="auto")
_r("panic_heart", "panic symptom: heart", r"heart (?:rate )?(?:is |at )?(?:1[3-9]\d|2\d\d)\b", neg=False, person="any", frame=False)
_r("panic_dread", "panic symptom: dread", r"feel like i'm going (?:mad|crazy|insane)|losing my mind|j'ai l'impression (?:de mourir|que je vais mourir)|"
   r"como si fuera a morir|sinto que vou morrer", neg=False, person="any", frame=False)
_r("panic_breath", "panic symptom: breath", r"(?:j'arrive|je n'arrive) (?:plus|pas) [àa] respirer|je ne peux (?:plus|pas) respirer", neg=False,
   person="any", frame=False)
_r("panic_past", "panic (over)", r"(?:last night's|yesterday's|this morning's) panic|panic (?:was|is) (?:over|awful|bad|horrible)", neg=False, person="any",
   frame=False)
_r("panic_over", "it has passed", r"(?:ok|okay|fine|better|calmer|calm) now\b|it(?:'s| has) passed|it's over now|calmer today", neg=False, person="any",
   frame=False)

_REPORTED = re.compile(_x(
    r"\b(?:he|she|they|my <REL>|<REL>|a kid|someone)\b[^.]{0,50}?\b(?:said|says|keeps saying|kept saying|texted|posted|wrote|"
    r"messaged|told (?:me|us|everyone)|saying|tweeted)\b"))
_OTHER_SUBJ = re.compile(_x(r"(?:(?:^|[,;:] |\b(?:and|but|because|so|then|when|if|that|since|who|one of) )(?:my|our|a|"
   r"the|this|his|her) "
                               r"(?:[\w-]+ )?<REL>s?(?!'s)\b|(?:^|[,;:] |\b(?:and|but|because|so|then|when|if|that|"
                               r"since) )<REL>s?\b(?!'s)|"
                               r"\b(?:he|she|he's|she's|they|they're)\b)"))
_SELF_SUBJ = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|myself)\b")
_SELF_GROUP = {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself"}
_NEGATORS = re.compile(r"\b(?:not|never|no|nor|don't|doesn't|didn't|won't|wouldn't|isn't|aren't|wasn't|no longer|"
                       r"hardly|haven't|hasn't|nothing)\b")
_NEG_BREAK = re.compile(r"\b(?:i|you|he|she|they|we|but|know|think|care|mind|sure|stop|help|why|if|because|and|though)\b")

# explicit third-person (concern for someone else) patterns
_OTHER_RULES: list[tuple[str, re.Pattern, str]] = [
    (k, re.compile(_x(p)), lab) for k, lab, p in [
        ("o_si", "third party wants to die",
         r"(?:he|she|they)(?:'s| is| are|'re)? (?:[\w']+ ){0,3}?(?:wants?|wanted|wishes|wished|keeps? saying|said|says|"
         r"talks? about|"
         r"talking about|been talking about) (?:\w+ )?(?:to )?(?:die\b(?! (?:of|from|laughing|with))|be dead|dying|"
         r"end (?:it|it all|things|his life|her life|their life)|"
         r"kill(?:ing)? (?:him|her|them)sel(?:f|ves)|not (?:be|being) (?:here|around|alive)|disappear|suicide)"),
        ("o_si", "third party wants to join the dead",
         r"(?:wants?|wanted|ready) to (?:go to|be with|join) .{0,30}(?:in heaven|again|on the other side)"),
        ("o_si", "third party suicidal",
         r"(?:he|she|they|<REL>)(?:'s| is| are|'re| has been| have been|'s been) (?:<ADV>)(?:feeling )?suicidal"),
        ("o_si", "third party self-kill talk",
         r"(?:going to|wants? to|talk(?:s|ing|ed)? (?:about|of)|threaten(?:s|ed|ing)? to|might|could) (?:<ADV>)"
         r"(?:kill(?:ing)?|hang(?:ing)?|end(?:ing)?) (?:him|her|them)sel(?:f|ves)"),
        ("o_si", "third party wishes to be dead", r"wish(?:es|ed)? (?:she|he|they) (?:was|were) dead"),
        ("o_si", "third party unalive talk", r"(?:going to|gonna|wants? to|talk(?:s|"
           r"ing)? about) (?:<ADV>)unaliv\w* (?:him|her|them)sel(?:f|ves)"),
        ("o_plan", "third party has means/plan", r"(?:he|she|they) (?:has|have|'s got|has got|bought|is saving|"
           r"'s been saving|has been saving) "
         r"(?:a |the |his |her |their )?(?:gun|plan|rope|pills|tablets|stash|noose)\b"),
        ("o_plan", "third party gave possessions away", r"gave (?:me|us) (?:his|her|their) .{0,60}(?:wouldn't|won't|"
           r"doesn't|didn't) (?:be )?"
         r"need(?:ing)? (?:them|it)|(?:more use out of it|out of nowhere|for no reason)"),
        ("o_si", "third party wants to join the dead", r"(?:talking|talks|talked|keeps talking) about (?:\W?)(?:joining|"
           r"being with) (?:his|her|their) \w+"),
        ("o_plan", "third party researching methods", r"(?:he|she|they)(?:'s| has| have)? (?:been )?(?:searching|"
           r"googling|looking up|researching) "
         r".{0,30}(?:painless|suicide|how to die|ways to die|methods|overdose|lethal)"),
        ("o_psy", "third party hears voices", r"voices? (?:are |is |keep )?(?:telling|tell|tells|saying) (?:her|him|them)\b"),
        ("o_hto", "third party wants to hurt someone", r"(?:he|she|they) (?:[\w']+ ){0,3}(?:wants?|going|plans?|"
           r"planning|threaten(?:s|ed)?) to "
         r"(?:hurt|kill|stab|shoot|attack|beat up) (?:his|her|their|him|them|everyone|people)"),
        ("o_sh", "third party self-injury", r"(?:scratches|cuts|burns) (?:on|all over) (?:his|her|their) (?:arms?|"
           r"wrists?|legs?|thighs?|stomach)"),
        ("o_hto", "third party violent talk", r"(?:talks?|talking|talked) about (?:wanting to |how (?:he|she)'d |"
           r"going to )?(?:shoot up|bomb|"
         r"blow up|stab|kill|attack|hurt) (?:the|his|her|everyone|people|them)"),
        ("o_plan", "third party giving possessions away",
         r"(?:giving|gave|given|give) (?:away )?(?:his|her|their) (?:stuff|things|belongings|possessions|\w+ collection)"),
        ("o_plan", "third party goodbye", r"(?:said|saying|says) goodbye .{0,40}(?:(?:wasn't|isn't|not|"
           r"weren't) coming back|for good|"
         r"last time|forever)|said goodbye to everyone"),
        ("o_sh", "third party self-injury", r"(?:cuts|scars|burns|marks) (?:on|all over) (?:his|her|their) (?:arms?|"
           r"wrists?|legs?|thighs?|stomach)"),
        ("o_sh", "third party self-injury", r"(?:he|she|they)(?:'s| is| are|'re| has been| have been|"
           r"'s been) (?:<ADV>)(?:cutting|self harming|"
         r"hurting (?:him|her|them)sel(?:f|ves))"),
        ("o_plan", "third party goodbye message", r"(?:texted|messaged|sent|rang|called|posted) (?:me |us |everyone |"
           r"his |her )?(?:a )?goodbye"),
        ("o_sh", "third party self-injury", r"(?:fresh|new) (?:cuts|scars|marks|burns)\b|(?:cuts|scars|burns|marks) (?:on|all over) my [\w']+'s "
         r"(?:arms?|wrists?|legs?|thighs?|stomach)"),
        ("o_hto", "third party idolises violence", r"(?:talks about|idolises|idolizes|obsessed with) (?:the )?(?:school )?shoot(?:er|ers|ing)|"
         r"(?:he|she) has a list\b"),
        ("o_si", "third party hints at means", r"(?:keeps? )?(?:mentioning|talking about|asking about) (?:the )?(?:pills|tablets|gun|rope|bridge)"),
        ("o_abuse", "third party abused", r"controls? everything (?:she|he|they) does?"),
        ("o_hto", "third party threat", r"(?:posted|said|saying|threatened|wrote|texted|"
           r"says)(?: that)? .{0,60}(?:will pay|gonna pay|going to pay|"
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
             "plan_research_height": None, "plan_research_dose": None, "finality": "o_plan", "od_ingest": "od_other",
             "od_explicit": "od_other", "si_weak": None, "plan_method_know": None, "site_visit": None}
_FRAMED_OK = {"si_active", "si_wish", "si_passive", "si_burden", "si_control", "plan_method", "plan_means",
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


_MAX_CHARS = 6000      # longer messages: the first and last 3000 characters are analysed
_MAX_SENT = 400        # longer "sentences" are analysed in overlapping windows (bounds regex cost)


def _sentences(t: str) -> list[str]:
    out: list[str] = []
    for s in _SENT_SPLIT.split(t):
        s = (s or "").strip()
        if not s:
            continue
        if len(s) <= _MAX_SENT:
            out.append(s)
            continue
        start = 0
        while start < len(s):
            end = min(len(s), start + _MAX_SENT)
            if end < len(s):
                sp = s.rfind(" ", start + _MAX_SENT // 2, end)
                end = sp if sp > 0 else end
            out.append(s[start:end].strip())
            if end >= len(s):
                break
            nxt = s.rfind(" ", start, end - 80)
            start = nxt + 1 if nxt > start else end
    return out


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
        p = "self" if m.group("p").split()[0] in _SELF_GROUP else "other"
        return p
    else:
        prefix = sent[:m.start()]
        o = [x.end() for x in _OTHER_SUBJ.finditer(prefix)]
        s = [x.end() for x in _SELF_SUBJ.finditer(prefix)]
        p = "other" if o and (not s or o[-1] > s[-1]) else "self"
        if p == "self" and _SELF_SUBJ.search(m.group(0)):
            p = "self"
    if p == "self" and rule.person == "auto" and not _SELF_SUBJ.search(m.group(0)):
        prefix = sent[:m.start()]
        g = [x.end() for x in re.finditer(r"\b(?:we|we're|let's)\b", prefix)]
        sl = [x.end() for x in _SELF_SUBJ.finditer(prefix)]
        if g and (not sl or g[-1] > sl[-1]):
            return "generic"
    if p == "self":
        rep = None
        for rep in _REPORTED.finditer(sent[:m.start()]):
            pass
        if rep and not re.search(r"\bbut i\b|, and i\b", sent[rep.end():m.start()]):
            return "other"
    return p


# --------------------------------------------------------------------------------------------
# backstop: co-occurrence of cue categories in a first-person message that no specific rule
# explained.  It only ever raises to low/moderate suicidal ideation (never plan/imminent).
# --------------------------------------------------------------------------------------------
_BS_CATS = {
    "death": re.compile(_x(
        r"\b(?:die|dying|dead|death|suicid\w*|funeral|grave|heaven|afterlife|disappear(?:ing)?|not exist\w*|stop existing|"
        r"(?:be|being|stay|staying) alive|not (?:be )?(?:here|around)|(?:be|i'm|i was|was) gone|for good|forever|"
        r"permanent(?:ly)?|"
        r"(?:never|not) wake up|end (?:it|things|everything)|ending (?:it|things)|the end|last (?:day|night|time|"
        r"message|birthday)|"
        r"lethal|fatal|overdose|unalive|kms|goodbye|bye)\b")),
    "method": re.compile(_x(
        r"\b(?:<MEDS>|rope|noose|belt|hook|beam|ligature|bridge|roof|ledge|edge|cliffs?|platform|train|tracks|railway|jump\w*|"
        r"falling|floors?|storeys?|heights?|gun|shotgun|rifle|bullets?|knife|blade|razor|bleed\w*|blood|drown\w*|"
        r"the sea|the river|"
        r"the water|hose|exhaust|poison|bleach|car park|quarry|traffic|lorry|balcony|window)\b")),
    "final": re.compile(
        r"\b(?:goodbye|bye|sorry for everything|thank you for everything|love you all|letters?|note|ready|decided|tonight|soon|"
        r"planned|the plan|my plan|no one will|nobody will|it's time|one last|final)\b"),
    "distress": re.compile(
        r"\b(?:can't (?:do|take|cope|go on|keep|carry on|handle|anymore)|anymore|any more|hopeless|pointless|no point|worthless|"
        r"useless|burden|exhausted|so tired|alone|lonely|nobody|no one cares|empty|numb|trapped|pain|hurts|hurting|scared|"
        r"i'm done|had enough|give up|giving up|failure|hate myself|hate my life|miserable|broken|desperate|crying|ruined|"
        r"darkness|dark place|heavy|drowning|can't breathe|falling apart|nothing left|no future|no hope|sick of|fed up|"
        r"don't care|what's the point|struggling|can't stop|overwhelmed|unbearable|suffering)\b"),
}
_BS_FIRST = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b")
_BS_BLOCK_FRAMES = {"fiction", "academic", "game", "code", "food_hunt", "sport", "benign_prep", "palliative", "relationship", "admin",
                    "meta", "clarified"}
_BS_BLOCK = re.compile(
    r"\b(?:my (?:dog|cat|pet|hamster|goldfish|fish|rabbit)|(?:grand)?(?:dad|mum|mom|father|mother|gran|granny|nan|"
    r"grandma|grandad|grandpa|"
    r"husband|wife|friend|son|daughter) (?:died|passed)|died (?:last|this|in|a few)|passed away|pass away|(?:is|are) (?:it|this) "
    r"(?:safe|normal|dangerous|toxic)|safe to|side effects?|(?:max|maximum) dose|recipe|funny|birthday|"
    r"how (?:do|can|should) (?:i|we) (?:store|keep|dispose|explain|tell|help|support|talk)|what should i (?:say|do)|"
    r"(?:my|our) (?:kid|kids|child|children|son|daughter|toddler|baby) (?:ate|swallowed|got))\b")


def _backstop(f: "_Feats", t: str) -> None:
    if f.frames & _BS_BLOCK_FRAMES or _BS_BLOCK.search(t) or not _BS_FIRST.search(t):
        return
    if "joke" in f.frames and not _SERIOUS.search(t):
        return
    cats = {}
    for name, rx in _BS_CATS.items():
        found = {m.group(0) for m in rx.finditer(t)}
        if found:
            cats[name] = found
    n_distress = len(cats.get("distress", ()))
    death, method, final = "death" in cats, "method" in cats, "final" in cats
    strong = (death and method) or (death and final and cats["final"] - cats["death"]) or \
        (method and final and n_distress) or (death and n_distress >= 2) or (method and n_distress >= 3)
    if strong:
        words = sorted(set().union(*cats.values()))[:6]
        f.add("bs_si", "co-occurring crisis cues: " + ", ".join(words))


def _extract(text: str) -> _Feats:
    f = _Feats()
    if text and len(text) > _MAX_CHARS:
        text = text[: _MAX_CHARS // 2] + "\n" + text[-_MAX_CHARS // 2:]
    t = normalise(text)
    if not t:
        return f
    t_frames = re.sub(r"\bnot for (?:\w+ )?\w+", " ", t)
    if re.search(_x(r"\b(?:<REL>|pupils?|students?)s? (?:[\w']+ ){0,3}(?:wrote|has written|writes|posted|handed in)"), t_frames):
        t_frames = re.sub(r"\b(?:poem|story|essay|homework|assignment|lyrics)\b", " ", t_frames)
    for name, rx in _FRAMES.items():
        if rx.search(t_frames):
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
                if person == "generic":
                    continue
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
                if re.search(r"\b(?:killed|took|hanged|shot) (?:him|her|them)sel(?:f|ves)|took (?:his|her|"
                   r"their) own life", m.group(0)):
                    continue
                f.add(key, f"{lab} ('{m.group(0)[:70]}')")
    _post_extract(f, t)
    _backstop(f, t)
    return f


_SPECIFIC_OTHER = re.compile(_x(r"\b(?:my|our|his|her) (?:[\w-]+ )?<REL>s?\b|\b(?:my|our) \d+[- ]?(?:year|yr)[- ]?old\b|"
   r"\b(?:he|she|he's|she's)\b|\b(?:someone|somebody) (?:in|at|from) my\b|"
                                  r"\b(?:a|one of my) (?:[\w-]+ )?<REL>s?\b"))


def _post_extract(f: _Feats, t: str) -> None:
    """Message-level adjustments: joke/hyperbole, resolved past, past attempts, third-party completed suicide."""
    if not _SPECIFIC_OTHER.search(t):
        for k in [k for k in f.hits if k.startswith("o_")]:
            f.suppressed.extend("generic third party: " + e for e in f.hits.pop(k))
    if f.has("act_co") and re.search(r"(?:^|[.?!] )(?:is it|is that|can you|could you|should i|how|what|why|does|do you)\b[^.?!]*"
                                     r"(?:engine|garage)|to warm (?:it|the car|the engine) up", t):
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
            if k.startswith(("si_", "plan_", "attempt", "sh_", "prep_", "finality", "panic_past")):
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
    if joke and re.search(r"\b(?:wanted to die|felt like dying|could have died|nearly died|was going to die|"
                          r"(?:i'll|i'm going to|gonna) (?:kill|murder) (?:him|her|them|you))\b", t):
        for k in ("si_wish", "si_active", "hto_intent"):
            if k in f.hits and not any(x in f.hits for x in ("plan_means", "plan_method", "hto_weapon", "attempt")):
                f.suppressed.extend("hyperbole: " + e for e in f.hits.pop(k))
    trivial_if = re.search(r"\bif (?:i|he|she|they|you|my \w+) .{0,60}(?:one more|another|again|ever again)\b", t)
    if trivial_if and not _SERIOUS.search(t) and not f.has("hto_weapon", "hto_surveil", "plan_means", "plan_prep", "attempt"):
        for k in ("hto_intent", "si_active", "si_wish", "plan_method", "plan_intent"):
            if k in f.hits and re.search(r"murder|kill|strangle|throttle|throw myself|jump|shoot|hang|die|end it|kms",
                                         " ".join(f.hits[k])):
                f.suppressed.extend("hyperbole: " + e for e in f.hits.pop(k))
    if f.frames & {"relationship", "admin"}:
        for k in ("si_active", "plan_intent"):
            keep = [e for e in f.hits.get(k, ()) if not re.search(r"\bend(?:ing)? (?:it|things)\b(?! all)", e)]
            if k in f.hits and len(keep) < len(f.hits[k]):
                f.suppressed.extend("frame: " + e for e in f.hits[k] if e not in keep)
                if keep:
                    f.hits[k] = keep
                else:
                    del f.hits[k]
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
    self_take = H("od_ingest") and re.search(_x(r"(?:took|taken|swallowed|had|injected) (?:[\w']+ ){0,4}?(?:<MEDS>)"), txt("od_ingest"))
    od = H("od_child", "od_explicit") or \
        bool(self_take and (H("finality") or H("si_wish", "si_active", "si_passive", "si_hopeless"))) or \
        (H("od_ingest", "od_other") and (H("od_excess") or H("od_symptom"))) or (H("od_druguse") and H("od_symptom"))
    if H("od_ingest", "od_other") and not H("od_excess") and H("od_symptom") and not H("od_explicit", "od_child"):
        # ordinary dose + a vague symptom is not an overdose; need a severe symptom
        od = bool(re.search(r"breath|blue|grey|gray|unconscious|unresponsive|wake|nodding|passed out|passing out|seizure|fitting|"
                            r"collapsed|not making sense|boiling|burning up|can't (?:stay|feel|see|stand|keep)|"
                            r"eyes open|heart|spinning|bleeding|chest|numb|confused|"
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
    si_ctx = si_any or H("si_weak", "finality", "psy_t_si", "si_control")
    if si_any:
        bump(si_lvl, (SI,), "ideation: " + _first(f, "si_active", "si_wish", "si_affirm", "si_passive", "si_burden",
                                                   "si_hopeless", "si_weak"))
    if H("si_control") and (si_any or H("si_weak")):
        bump(HIGH, (SI,), "ideation with control slipping: " + _first(f, "si_control"))
    elif H("si_control") and re.search(r"how i|which way|painless|least painful", txt("si_control")):
        bump(HIGH, (SI,), "considering how: " + _first(f, "si_control"))
    elif H("si_control"):
        bump(MOD, (SI,), "control slipping: " + _first(f, "si_control"))

    # --- plan / behaviour ---------------------------------------------------------------------
    benign = "benign_prep" in f.frames and not si_ctx
    if benign:
        for k in ("prep_weak", "plan_prep"):
            keep = [e for e in f.hits.get(k, ()) if re.search(r"suicide|goodbye (?:letter|note)|whoever finds|find me|"
               r"when i'm dead", e)]
            if k in f.hits:
                f.suppressed.extend("benign context: " + e for e in f.hits[k] if e not in keep)
                if keep:
                    f.hits[k] = keep
                else:
                    del f.hits[k]
    strong = [k for k in ("plan_method", "plan_means", "plan_research", "plan_prep", "plan_rehearsal", "attempt") if H(k)]
    intent_decisive = H("plan_intent") and re.search(
        r"kill myself|end (?:it|my life)|take my|hang|jump|overdose|decided|plan to|kms|happening|doing it|take the whole|"
        r"tomar|unalive|take them all|all of them|the lot|every|death|suicide|planning|planned", txt("plan_intent"))
    if H("plan_intent") and (intent_decisive or si_ctx or H("plan_means", "plan_means_weak", "plan_method", "plan_prep")):
        strong.append("plan_intent")
    # weak plan cues: each counts once per family (prep cues count individually)
    weak_fams = [k for k in ("plan_means_weak", "plan_research_dose", "plan_research_height", "site_visit", "plan_method_know",
                             "attempt_past", "plan_intent", "personal") if H(k)]
    n_weak = len(weak_fams) + f.n("prep_weak")
    if f.n("prep_weak") >= 2 or n_weak >= 2 and (f.n("prep_weak") or H("plan_means_weak", "plan_research_dose", "site_visit",
                                                                           "plan_research_height", "plan_method_know")):
        strong.append("weak cues add up")
    supported = [k for k in weak_fams + (["prep_weak"] if H("prep_weak") else []) if k != "personal" and (si_ctx or strong)]
    if H("dose_question") and si_any:
        supported.append("dose_question")
    if f.n("finality") >= 2:
        strong.append("goodbyes")
    if f.n("plan_intent") >= 2 and "benign_prep" not in f.frames and not intent_decisive:
        strong.append("several plan cues")
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
    accident = re.search(r"\b(?:fell|fall|accident\w*|crash\w*|bike|cooking|chopping|dog bit|tripped)\b", txt("sh_injury", "sh_danger") +
                         " " + " ".join(f.frames))
    sh = H("sh_act") or (H("sh_injury") and H("sh_deliberate")) or \
        (H("sh_injury") and H("sh_danger") and re.search(r"cuts|wounds|burns", txt("sh_injury")) and not accident)
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
    if H("hto_thoughts") and H("horror") and not grudge and not H("hto_intent", "hto_weapon", "hto_surveil"):
        f.hits.setdefault("hto_intrusive", []).extend(f.hits.pop("hto_thoughts"))
    hto_plan = H("hto_intent") or animal or (weapon and (grudge or H("hto_surveil", "hto_move", "hto_target_near"))) or \
        (H("hto_surveil") and (grudge or H("hto_thoughts") or f.n("hto_surveil") >= 2)) or (H("hto_move") and grudge)
    deny = H("si_denial") and not weapon and not H("hto_move")
    if hto_plan and not deny:
        bump(HIGH, (HTO,), "harm to others, intent/plan: " + _first(f, "hto_intent", "hto_surveil", "hto_move", "hto_weapon",
                                                                    "hto_revenge", "hto_animal_it"))
        tomorrow = H("hto_intent") and re.search(r"tomorrow|tonight|today", txt("hto_intent") + " " + txt("time_later"))
        if (H("hto_now") or tomorrow or (H("hto_target_near", "hto_surveil") and H("time_day", "time_near"))) and \
                (weapon or re.search(_x(r"<WEAPON>"), txt("hto_intent", "hto_now"))):
            bump(IMM, (HTO, IMMEDIATE), "weapon + target + timeframe <24h: " + _first(f, "hto_now"))
    elif hto_plan or H("hto_thoughts", "hto_surveil") or (H("hto_revenge") and weapon):
        bump(MOD, (HTO,), "violent thoughts: " + _first(f, "hto_thoughts", "hto_intent", "hto_revenge"))
    elif H("hto_intrusive"):
        bump(LOW, (HTO,), "unwanted intrusive thoughts: " + _first(f, "hto_intrusive"))
    elif H("hto_surveil") and H("hto_revenge"):
        bump(HIGH, (HTO,), "threat + planning")

    # --- abuse --------------------------------------------------------------------------------
    if H("abuse_phys", "abuse_sex") or (H("abuse_neglect") and H("child_ctx")) or \
            (H("child_ctx") and H("abuse_control", "abuse_neglect", "abuse_harass")):
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
        if re.search(r"kill myself|end my life|\bdie\b|jump|traffic|somewhere high|drown|river|\bsea\b|water|burden", cmd_text + " " + txt("psy_t_si")):
            sig.add(SI)
        if re.search(_x(r"(?:stop|kill|hurt|get rid of|punish|attack|poison|harm|stab) (?:him|her|them|my <REL>|"
           r"the baby|people|everyone)"),
                     cmd_text) or H("hto_intent"):
            sig.add(HTO)
    elif H("psy_exp"):
        bump(MOD, (PSY,), "psychotic experience: " + _first(f, "psy_exp"))

    # --- panic ----------------------------------------------------------------------------------
    fams = sorted(k[6:] for k in f.hits if k.startswith("panic_") and k[6:] in _PANIC_SOMATIC)
    explicit_now = H("panic_now") and re.search(r"attack|ataque|crise|panik", txt("panic_now"))
    if H("panic_over") and not explicit_now and fams:
        f.hits.setdefault("panic_past", []).append(f.hits["panic_over"][0])
        fams = []
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


_CONFIDENT_SUPPRESSION = ("negated:", "frame:", "hyperbole:", "joke:", "resolved past:")


def _finish(f: _Feats) -> RuleFinding:
    risk, sig, ev = _compose(f)
    risk, sig, ev = _compose_other(f, risk, sig, ev)
    if risk == NONE and f.has("bs_si"):
        risk = MOD if _BS_CATS["method"].search(" ".join(f.hits["bs_si"])) else LOW
        sig.add(SI)
        ev.append("backstop: " + f.hits["bs_si"][0])
    # invariants
    if risk == IMM:
        sig.add(IMMEDIATE)
    else:
        sig.discard(IMMEDIATE)
    if risk == NONE:
        sig.clear()
    if risk >= MOD and not sig:  # pragma: no cover - defensive
        risk = LOW
    # `negated` can veto the learned head downstream, so only confident explanations set it:
    # explicit negation, idiom/joke, fiction/news/code/game frame, resolved past.  Softer
    # suppressions (benign look-alike, generic third party) leave the decision to the head.
    confident = [x for x in f.suppressed if x.startswith(_CONFIDENT_SUPPRESSION)]
    negated = risk == NONE and bool(confident)
    if risk == NONE and f.suppressed:
        ev = ["not flagged: " + x for x in (confident or f.suppressed)[:4]]
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
                _x(r"(?:going to|gonna|i'll|i will|i'm going|about to) (?:[\w']+ ){0,5}(?:<HARMV>|do it|use it|"
                   r"round there|over there)"),
                sent) and not re.search(r"\b(?:next time|again)\b", sent):
            f.add("hto_now", sent[:70])
        elif f.has("hto_weapon", "hto_move", "hto_surveil") and not re.search(r"\b(?:next time|if)\b", sent) and (
                re.search(r"\b(?:i'm|i am) (?:parked|waiting|sat|sitting|outside|hiding)\b.{0,40}(?:outside|his|her|"
                   r"their|work|house)", sent) or
                (re.search(_x(r"\b(?:<NEAR>|<DAYT>)\b"), sent) and re.search(
                    r"(?:on my way|heading|going|driving|walking) (?:round |over )?(?:to|round to|there)", sent))):
            f.add("hto_now", sent[:70])


_BENIGN_REFERENT = re.compile(
    r"^(?:the |my |our |i meant (?:the |my )?|i mean (?:the |my )?)?(?:relationship|marriage|engagement|subscription|contract|membership|"
    r"job|course|degree|lease|tenancy|pupils|students|class|colleagues|team|retirement|retiring|business|partnership|friendship|"
    r"band|club|season|diet|gym)\b\W")


# a specific benign mechanism, not a bare retraction ("I fell", "it was an accident" do NOT clear anything)
_ACCIDENT = re.compile(r"\b(?:dropped (?:a|the|my) [\w ]{2,30} on my|tripped over|slipped on|walked into (?:a|the)|stubbed my|sprained my|"
                       r"twisted my (?:ankle|knee|wrist)|trapped my (?:finger|hand)|playing (?:football|rugby|hockey|netball))\b")


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
    last = normalise(text or "")
    if _ACCIDENT.search(last) and pooled.has("sh_act") and \
            all(re.search(r"\b(?:hurt|injured) myself\b", e) for e in pooled.hits["sh_act"]) and not pooled.has("sh_deliberate"):
        pooled.suppressed.extend("clarified as an accident: " + e for e in pooled.hits.pop("sh_act"))
        best = RuleFinding(frozenset(), RISK_LEVELS[NONE], (), False)
    if _BENIGN_REFERENT.search(last[:80]):
        ambiguous = ("si_active", "prep_weak", "plan_intent", "finality", "si_weak", "plan_prep", "time_day", "time_near", "bs_si")
        strong_left = [k for k in pooled.hits if k.startswith(("si_", "plan_", "attempt", "act_", "sh_", "od_", "hto_", "abuse_", "psy_"))
                       and k not in ambiguous]
        soft = " ".join(m.group(1) for k in ambiguous for e in pooled.hits.get(k, ())
                        for m in [re.search(r"\('(.*)'\)$", e)] if m)
        if not strong_left and not re.search(r"kill myself|suicid|die\b|my life|unalive|kms|overdose", soft):
            for k in ambiguous:
                if k in pooled.hits:
                    pooled.suppressed.extend("clarified by user: " + e for e in pooled.hits.pop(k))
            best = RuleFinding(frozenset(), RISK_LEVELS[NONE], (), False)
    whole = _finish(pooled)
    if RISK_INDEX[best.risk] > RISK_INDEX[whole.risk]:  # pooling should dominate; keep the max regardless
        sig = set(whole.signals) | set(best.signals)
        return RuleFinding(frozenset(sig), best.risk, best.evidence + whole.evidence, False)
    return whole
