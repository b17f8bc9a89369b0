"""Shared word lists, written once and used in patterns as macros: ``<MEDS>`` in a pattern stands
for every medicine, drug and tablet word below, ``<REL>`` for every relation ("my nan", "flatmate"),
``<DAYT>`` for every way of saying "within the day", and so on.  `expand` substitutes them (nested up
to three levels) before a pattern is compiled.
"""

from __future__ import annotations

import re

__all__ = ["MACROS", "expand"]

MACROS: dict[str, str] = {}
MACROS["ADV"] = (
    r"(?:(?:really|just|honestly|actually|seriously|literally|so|genuinely|kind of|kinda|sort of|"
    r"sometimes|often|still|truly|definitely|totally|basically|even|almost|kinda|lowkey|"
    r"secretly|always|also|only|ever|all|now|completely|sincerely|right|pretty|quite|very) )*"
)
MACROS["IM"] = r"(?:i'm|i am)"
MACROS["ISUBJ"] = r"(?:i|i'm|i am|i've|i have|i'd|i would|i'll|i will|i was)"
MACROS["REL"] = (
    r"(?:best friend|friend|mate|bestie|son|daughter|kid|kids|child|children|boy|girl|teen|teenager|"
    r"brother|sister|mum|mom|mother|mam|dad|father|stepdad|stepfather|stepmum|stepmom|stepmother|"
    r"grandma|grandad|grandpa|granny|gran|nan|nana|grandmother|grandfather|grandson|granddaughter|"
    r"husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|roommate|flatmate|"
    r"housemate|coworker|co-worker|colleague|boss|manager|neighbour|neighbor|cousin|aunt|auntie|"
    r"uncle|nephew|niece|student|classmate|pupil|patient|client|carer|baby|toddler|"
    r"parents|family|folks|in-law|mother-in-law|father-in-law|sister-in-law|brother-in-law|wee one|lad|lass)"
)
MACROS["MEDS"] = (
    r"(?:pills?|tablets?|tabs|meds|medication|medications|medicines?|capsules?|paracetamol|"
    r"acetaminophen|tylenol|panadol|ibuprofen|nurofen|aspirin|codeine|co-codamol|cocodamol|"
    r"tramadol|oxycodone|oxycontin|oxys?|morphine|fentanyl|methadone|heroin|xanax|valium|"
    r"diazepam|lorazepam|clonazepam|benzos?|sleeping (?:pills|tablets)|sleepers|"
    r"anti-?depressants|sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|quetiapine|"
    r"lithium|insulin|warfarin|calpol|nurofen|opioids|opiates|painkillers|pain ?killers|zopiclone|propranolol|"
    r"iron tablets|(?:blood pressure|heart|water|sleeping) (?:ones|pills|tablets|meds)|"
    r"medicine (?:cupboard|cabinet)|pastillas|comprimidos|p[ií]lulas|rem[eé]dios|tabletten|"
    r"cachets|m[eé]dicaments|prescription|my script)"
)
MACROS["WEAPON"] = (
    r"(?:knife|knives|blade|machete|hammer|bat|baseball bat|crowbar|gun|pistol|rifle|shotgun|"
    r"firearm|petrol|gasoline|lighter fluid|acid|rat poison|poison|antifreeze|axe|hatchet|"
    r"screwdriver|brick|cuchillo|pistola|faca|arma|messer)"
)
MACROS["TARGET"] = (
    r"(?:him|her|them|he|she|they|everyone|everybody|people|the lot of them|those \w+|"
    r"my <REL>|his <REL>|her <REL>|their <REL>|the (?:guy|man|woman|bloke|kid|bully|bullies|"
    r"bitch|bastard|prick|teacher|boss|landlord)|my ex|her new boyfriend|his new girlfriend)"
)
MACROS["HARMV"] = (
    r"(?:kill|murder|hurt|stab|shoot|strangle|choke|beat|batter|attack|punch|poison|smash|"
    r"slash|run (?:him|her|them) over|get rid of|teach (?:him|her|them) a lesson|do (?:him|her|them) in|"
    r"end (?:him|her|them)|burn|set fire to|cut|break (?:his|her) (?:legs|neck|face))"
)
MACROS["LOC_HIGH"] = (
    r"(?:quarry|car park|bridge|roof|rooftop|ledge|cliff|cliffs|balcony|top floor|top floors|tower block|"
    r"multi-?storey|multistory|multi-?story|car park roof|tall building|building|flyover|"
    r"overpass|viaduct|quarry|somewhere high)"
)
MACROS["LOC_TRACK"] = r"(?:tracks|train tracks|railway|railway line|train line|level crossing|platform edge)"
MACROS["CONSIDER"] = (
    r"(?:i'm|i am|think(?:ing)? (?:about|of)|thought about|thoughts? (?:of|about)|keep (?:thinking about|"
    r"imagining|picturing)|imagin(?:e|ing)|picture|picturing|fantasi[sz]ing about|fantasi[sz]e about|"
    r"want(?:ed)? to|plan(?:ning)? to|about to|tempted to|urges? to|could (?:just )?|"
    r"might (?:just )?|consider(?:ing|ed)?|going to|daydream(?:ing)? about|dream(?:ing)? about)"
)
MACROS["NEAR"] = (
    r"(?:right now|now|within the hour|in (?:an|one|half an) hour|in (?:a few|\d+|two|three|four|five|"
    r"ten|fifteen|twenty|thirty) (?:minutes|mins|min)|any minute|any second|in a minute)"
)
MACROS["DAYT"] = (
    r"(?:tonight|tonite|this evening|this afternoon|later today|later tonight|before (?:morning|dawn|"
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
    r"\d{1,2}(?::\d\d)?|it's \d{1,2} ?(?:am|pm))"
)
MACROS["LATERT"] = (
    r"(?:tomorrow|this weekend|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|after (?:my|the) \w+|"
    r"next month|end of the month|in (?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december))"
)
# ingestion verbs (overdose)
MACROS["INGEST"] = (
    r"(?:took|taken|had|swallowed|ate|eaten|injected|mixed|drank|drunk|downed|necked|popped|snorted|chewed|"
    r"got into|gotten into|overdosed|been taking|i'm taking|been dropping|dropping|dropped|been necking|necking|"
    r"been popping|popping|did (?:a line|lines|some)|smoked|tomado|tom[eé]|me tom[eé]|tomei|genommen|geschluckt|pris|"
    r"aval[eé]|engoli)"
)
# aggressor and physical-violence verbs (abuse)
MACROS["AGG"] = (
    r"(?:he|she|they|my <REL>|<REL>|my mum's boyfriend|my dad's girlfriend|my carer|my teacher|my coach|"
    r"mum's boyfriend|his mum|her dad)"
)
MACROS["PHYS"] = (
    r"(?:hit|hits|hitting|punched|punches|punch|slapped|slaps|slap|kicked|kicks|kick|beat|beats|beating|shoved|"
    r"shoves|pushed|pushes|choked|chokes|choking|strangled|strangles|strangling|throttled|burned|burnt|bit|bites|"
    r"threw (?:[\w']+ ){0,2}at|throws (?:[\w']+ ){0,2}at|throwing (?:[\w']+ ){0,2}at|grabbed|grabs|dragged|drags|"
    r"smacked|smacks|whipped|whips|stabbed|attacked|attacks|beats? up|beat up|knocked|head-?butted|"
    r"hurt|hurts|cut|cuts)"
)
# voices and their directives (psychosis)
MACROS["VOICE"] = (
    r"\b(?:(?:the |a |an |this )?(?:[\w]+(?:'s)? )?voices?|god|the devil|satan|demons?|angels?|spirits|the lord|jesus|"
    r"aliens)"
)
MACROS["DIRECT"] = r"(?:to \w+|(?:that )?i (?:have to|need to|must|should|ought to|'ve got to|got to|am to|deserve to))"
# body parts (self-harm)
MACROS["BODY"] = (
    r"(?:arm|arms|forearm|forearms|wrist|wrists|leg|legs|thigh|thighs|hand|hands|stomach|belly|tummy|skin|hip|hips|"
    r"shoulder|shoulders|ankle|ankles|calf|calves|chest|face|neck)"
)


def expand(p: str) -> str:
    for _ in range(3):
        p = re.sub(r"<([A-Z_]+)>", lambda m: MACROS[m.group(1)], p)
    return p
