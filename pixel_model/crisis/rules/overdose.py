"""Overdose and poisoning: ingestion, excess, symptoms, explicit overdoses, children, drug use.

How composition reads these keys: an overdose taken (self, accidental or bystander) -> imminent +
substance_overdose: an explicit overdose (od_explicit) or a child's ingestion (od_child); an
ingestion (od_ingest, od_other) with an excess (od_excess) or a symptom (od_symptom; a SEVERE one
when no excess is said -- an ordinary dose with a headache is not an overdose); drug use
(od_druguse) with a symptom; or a self ingestion with goodbyes or ideation.  A self overdose adds
suicidal_ideation (and suicide_plan with goodbyes or a plan), or self_harm when the motive is
non-suicidal (od_motive_sh).
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

TABLE = table(
    # overdose
    rule(
        "od_ingest",
        G(
            "ingested substance",
            r"<INGEST> (?:[\w']+ ){0,8}?(?:<MEDS>|drugs|whisky|whiskey|wine|gin|rum|spirits|booze|street pills|pills"
            r"|mdma|ket|"
            r"ketamine|coke|cocaine|bleach|weed killer|"
            r"antifreeze|batteries|battery|chemicals|vodka|alcohol|everything|all of (?:it|them)|ghb|g\b|mdma|molly"
            r"|ecstasy|"
            r"xans|bars|lean|spice|a line|cleaning (?:stuff|products?|fluid)|somnif[eè]res|schlaftabletten"
            r"|toute la bo[iî]te)",
            r"<MEDS>.{0,40}\b(?:i|he|she|they)(?:'ve| have| has|'s)? (?:might have |may have )?(?:had|taken|took)\b",
        ),
        G("ingested drugs", r"\bdid (?:a line|lines|some (?:coke|ket|mdma|pills|g\b))"),
        G(
            "ingested",
            r"(?:swallowed|drank|took|taken) (?:a |the |half a )?(?:whole )?(?:bottle|box|packet|load) of (?:something"
            r"|stuff|\w+)",
            r"took (?:\d+|\w+) (?:of )?(?:the )?(?:strong|sleeping|pain|white|blue|little|heart|water) ones",
        ),
    ),
    rule(
        "od_excess",
        G(
            "excess quantity",
            r"\b(?:all|everything|the lot|the whole|a whole|whole (?:bottle|packet|box|pack|strip|pot)|every (?:one"
            r"|pill|tablet|last)|"
            r"too many|a handful|handfuls|loads of|a load of|a bunch of|a lot of|lots of|a strip|two strips|extra"
            r"|double|twice|"
            r"again|more than|too much|"
            r"\w+ days'? worth|days' worth|a week'?s'? worth|how many|don't know how many|not sure how many|muddled"
            r"|mixed up|"
            r"forgot (?:i|he|she|they)(?:'d| had)|(?:two|three|four|five|\d) times|(?:my|the|a|his|her) whole|"
            r"(?:way )?too (?:much|many)|all night|toute la bo[iî]te|toda a caixa|todas|"
            r"die ganze packung)\b",
            r"\b(?:[6-9]|[1-9]\d+)\s*(?:x\s*)?(?:of (?:them|my|his|her|the) )?(?:[\w']+ ){0,2}?<MEDS>",
            r"\b(?:bottle|bottles|litre|half a bottle) of (?:vodka|wine|whisky|whiskey|gin|rum|spirits)\b",
            r"\bmixed (?:my |his |her |the )?\w+ with\b",
            neg=False,
            person="any",
            frame=False,
        ),
        G("adulterated", r"cut with something|laced|spiked", neg=False, person="any", frame=False),
        G(
            "drinking with pills",
            r"(?:i'm|been|i've been|he's been|she's been|was) drinking\b",
            neg=False,
            person="any",
            frame=False,
        ),
        G("double dose", r"double (?:the )?(?:\w+ )?dose", neg=False, person="any", frame=False),
        G("more than intended", r"took (?:\d+|\w+) more|forgot and took", neg=False, person="any", frame=False),
    ),
    rule(
        "od_symptom",
        G(
            "overdose symptoms",
            r"(?:can't|cannot) (?:<ADV>)(?:stay awake|keep (?:my |his |her )?eyes open|feel my (?:legs|arms|body|face)|"
            r"breathe properly|wake (?:him|her|them) up)",
            r"nodding (?:off|out)",
            r"not respond\w*",
            r"passing out",
            r"passed out",
            r"unconscious",
            r"unresponsive",
            r"won't wake up",
            r"not waking up",
            r"barely breathing",
            r"not breathing",
            r"stopped breathing",
            r"(?:lips|face|skin) (?:are |is )?(?:going |turning |gone )?"
            r"(?:blue|grey|gray)",
            r"blue lips",
            r"(?:boiling|burning) hot",
            r"not making sense",
            r"seizure",
            r"fitting",
            r"convuls\w*",
            r"collapsed",
            r"foaming",
            r"heart (?:is )?(?:doing (?:funny|weird|strange) things|racing|pounding)",
            r"(?:room|everything)(?:'s| is)? spinning",
            r"(?:really |very |so )?(?:dizzy|drowsy|sleepy)\b",
            r"shak(?:e|ing)\b.{0,20}sweat",
            r"been sick",
            r"throwing up",
            r"vomit\w*",
            r"jaw (?:is )?going",
            r"slurring",
            r"(?:nose|gums) .{0,20}bleeding",
            r"can't think straight",
            r"breathing (?:is )?(?:<ADV>)(?:slow|shallow|funny)",
            r"slow breathing",
            r"breathing but (?:<ADV>)barely",
            r"burning up",
            r"can't see properly",
            r"vision (?:is )?(?:going|"
            r"blurry|funny)",
            r"throat (?:is )?burning",
            r"can't stand(?: up)?",
            r"\bconfused\b",
            r"heart (?:is )?(?:going )?(?:crazy|mad|wild)",
            r"can't stop shaking",
            r"chest (?:is )?(?:<ADV>)tight",
            r"(?:arms|legs|hands) (?:are )?(?:going )?numb",
            neg=False,
            person="any",
            frame=False,
        ),
        G(
            "symptom",
            r"breathing (?:weird|strange|funny|oddly)",
            r"(?:very|really|so) sleepy",
            r"respira male|non respira|non si sveglia",
            r"\bfitting\b",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "od_explicit",
        G(
            "overdose taken",
            r"(?:i've|i have|i|he|she|they|he's|she's|they've|has|have) (?:just )?(?:overdosed|taken an overdose"
            r"|took an overdose)",
            r"(?:i'm|he's|she's|they're|i am) (?:<ADV>)overdosing",
            r"(?:needle|syringe|empty (?:pill )?(?:packets?|bottles?|boxes|blister packs?)|"
            r"pills everywhere) (?:[\w']+ ){0,2}(?:next to|beside|near|"
            r"by|around) (?:him|her|them|me)",
            r"(?:took|swallowed|taken|had) (?:the |a )?(?:first |second |another )?(?:handful|whole lot|load|bunch)\b",
            r"(?:i've|i have|i|he's|she's|he has|she has|they've) (?:<ADV>)(?:taken|took|had|done) (?:way )?too (?:much"
            r"|"
            r"many)\b(?! (?:time|notice|on\b|work|leave))",
            r"<MEDS>,? (?:the |a )?(?:whole|entire|full) (?:box|bottle|packet|pack|strip|lot)",
        ),
        G(
            "ingesting now",
            r"^(?=.*\b(?:<MEDS>|pills|tablets)\b).*(?:i'm|i am) (?:starting|"
            r"started) on (?:them|the pills|the tablets|it)",
            person="self",
        ),
        G(
            "overdose",
            r"(?:collapsed|passed out|unconscious|won't wake) (?:after|from) (?:taking|having|"
            r"doing) (?:something|stuff|pills|drugs|too much)",
            r"\bi (?:<ADV>)(?:take|took|have taken) (?:many|so many|a lot of|too many|\d{2,}) (?:pills|tablets|<MEDS>)",
            r"(?:swallowed|taken|took|had) (?:half|most|some|all) of them",
            r"finish (?:the rest|them off)",
            r"die ganze packung|alle tabletten genommen|tutta la scatola|preso troppe",
            r"\b(?:took|taken|had|done) (?:way )?too (?:much|many)\b(?! (?:time|notice|on\b|work|leave|sun|to drink"
            r"|coffee))",
        ),
    ),
    rule(
        "od_child",
        G(
            "child ingestion",
            r"(?:toddler|baby|\d+[- ]?(?:year|yr)[- ]?old|son|daughter|kid|child|little one).{0,60}(?:ate|eaten"
            r"|swallowed|drank|"
            r"got into|chewed).{0,40}(?:<MEDS>|bleach|batteries|battery|chemicals|detergent|dishwasher|washing|capsules"
            r"|"
            r"tablets|pills|medicine)",
            person="other",
        ),
    ),
    rule(
        "od_motive_sh",
        G(
            "deliberate (non-suicidal) motive",
            r"(?:because|since|as) i (?:was|felt|am|feel) (?:<ADV>)(?:upset|angry|sad|stressed|low|overwhelmed|numb)",
            r"to (?:knock myself out|feel numb|numb it|make it stop|punish myself|hurt myself|sleep forever|not feel)",
            r"on purpose|deliberately",
            person="self",
        ),
    ),
    # first added with the supplementary lexicon families
    rule(
        "od_druguse",
        G(
            "drug use / naloxone (needs symptoms)",
            r"(?:naloxone|narcan)\b",
            r"(?:uses?|using|on|injects?|injecting) (?:heroin|fentanyl|opioids|methadone|smack|gear|oxy\w*)\b",
            r"(?:we were|we've been|been|he was|she was|they were|i was) (?:<ADV>)using\b",
        ),
    ),
    rule(
        "od_other",
        G(
            "excess given",
            r"(?:gave|given|give) (?:my |the |him |her )?(?:baby|son|daughter|child|toddler|kid|"
            r"grandson|granddaughter|"
            r"\w+) (?:double|twice|too much|too many|an extra|the wrong) ",
            person="any",
        ),
    ),
)
