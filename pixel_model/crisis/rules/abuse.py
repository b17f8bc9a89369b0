"""Abuse: physical and sexual abuse, coercive and financial control, harassment, neglect,
suspected abuse of someone else.

How composition reads these keys: physical or sexual abuse (abuse_phys, abuse_sex) -> high abuse;
control, harassment or neglect (abuse_control, abuse_harass, abuse_neglect) -> moderate, high when
the victim is a child (child_ctx); suspected abuse (abuse_suspect) -> moderate.  Abuse of someone
else goes to the third-party bucket (o_abuse).
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

TABLE = table(
    # abuse
    rule(
        "abuse_phys",
        G(
            "physical abuse",
            r"\b<AGG> (?:[\w']+ ){0,3}?<PHYS> (?P<p>me|my mum|my mom|my mother|my sister|my brother|my little \w+|her"
            r"|him)\b",
            r"\b<AGG> (?:[\w']+ ){0,2}?(?:hit|cut|burned|burnt|broke|bruised|slapped|punched) my (?:hand|arm|arms|face"
            r"|head|neck|"
            r"wrist|leg|back|nose|lip|eye)",
            r"\b<AGG> (?:[\w']+ ){0,2}?(?:pushed|pushes|shoved|shoves|threw|throws|throwing|slammed|slams) me (?:into"
            r"|against|"
            r"down|across|onto|"
            r"at|off|out)",
            r"(?:i got|i was|i've been|i get|i keep getting) (?:<ADV>)(?:hit|beaten|choked|strangled|punched|kicked"
            r"|slapped) (?:by|again)",
            r"(?:hands?|fingers) (?:around|round|on) my (?:neck|throat)",
            r"(?:choked|strangled|throttled) me",
            r"(?:gets|get|got) violent with me",
            r"(?:threatened|threatens|threaten) me with (?:a |his |her )?<WEAPON>",
            r"(?:pulled|held) a <WEAPON> (?:on|to) me",
            r"\bme (?:pega|pego|golpea|golpe[oó]|bate|batia|agride|frappe)\b",
            r"m'a frapp[eé]",
            r"schl[aä]gt mich",
            r"me amenaz[oó] con (?:un|una) (?:cuchillo|pistola|arma)",
            r"(?:held|holds|put|puts|pressed|presses) (?:a )?(?:pillow|hand|hands|bag) over my (?:face|mouth|nose)",
            r"(?:black eye|bruises|bruised ribs?|cracked ribs?|broken (?:rib|nose|arm|wrist|jaw)|split lip|concussion|"
            r"fat lip) from (?:my|his|her) (?:<REL>)",
            r"(?:gave|given) me (?:a )?(?:black eye|bruises|split lip|concussion)",
            r"(?:never )?(?:left|leave|"
            r"leaves) (?:a )?marks? where",
            r"\b<AGG> (?:[\w']+ ){0,2}?(?:burns|burning|twists|twisted|twisting) (?P<p>me|my \w+)",
            r"(?:is|are|was|'s) being (?:hurt|hit|beaten|abused|neglected)\b",
            r"(?P<p>he|she|they|boyfriend|husband|partner|dad|stepdad)(?:'s| is| keeps| has been"
            r"|'s been) (?:<ADV>)(?:hurting|"
            r"hitting|beating|abusing) "
            r"(?:her|him|them)\b",
        ),
        G(
            "physical abuse/harm to a child",
            r"\b<AGG> (?:[\w']+ ){0,2}?(?:hits?|hitting|beats?|beating|hurts?|hurting|shakes|shook|slaps?|kicks?|"
            r"punch(?:es)?) (?:our|my|his|her) "
            r"(?:toddler|baby|son|daughter|kids|children|child|little \w+|newborn)",
            person="any",
        ),
        G(
            "physical abuse",
            r"\b<AGG> (?:[\w']+ ){0,2}?(?:pinned|pins|pinning|held|holds) me (?:against|down|to)",
            r"by (?:my|the) (?:neck|throat)",
            r"\b(?:touches|touched|touching) (?:her|him)\b(?=.{0,60}(?:\b(?:she|he)(?:'s| is) (?:[1-9]|1[0-5])\b|little"
            r"|"
            r"years? old))",
            person="any",
        ),
        G(
            "physical abuse",
            r"(?:held|holds|put|puts|pressed|presses) (?:a )?(?:pillow|hand|hands|bag) over my (?:face|mouth|nose)",
            r"(?:black eye|bruises|bruised ribs?|cracked ribs?|broken (?:rib|nose|arm|wrist|jaw)|split lip|concussion|"
            r"fat lip) from (?:my|his|her) (?:<REL>)",
            r"\b<AGG> (?:[\w']+ ){0,2}?(?:twists|twisted|twisting|burns|burned|burnt) my (?:arm|arms|wrist|hand|skin"
            r"|fingers)",
            r"(?:pushed|slammed|smashed|banged) my (?:head|face) (?:into|against|on)",
            person="self",
        ),
    ),
    rule(
        "abuse_sex",
        G(
            "sexual abuse",
            r"\brap(?:e|ed|ing|ist)\b",
            r"sexual(?:ly)? (?:assault\w*|abus\w*)",
            r"\bmolest\w*",
            r"\b<AGG> (?:[\w']+ ){0,8}?(?:touches|touched|touching|gropes|groped|groping) me\b",
            r"(?:forced|forces|force|pressur\w*|made|makes|coerc\w*) me (?:into|to) (?:have )?(?:sex|sexual"
            r"|do (?:things|stuff)|touch|"
            r"send (?:nudes|pictures|photos))",
            r"(?:comes|came|coming) into my (?:room|bed) at night",
            r"(?:stopped|stop) fighting (?:it|him|her)",
            r"(?:said|say|saying) no\b.{0,60}\bsex|\bsex\b.{0,60}(?:said|say|saying) no",
            r"(?:comes|came|coming) (?:in|into) my (?:room|bed) (?:at night|when)",
            r"(?:teacher|coach|uncle|stepdad|step-dad|stepfather|tutor|priest|carer|mum's boyfriend"
            r"|mums boyfriend)\b.{0,60}(?:kisses|kissed|kissing) me",
            person="self",
        ),
    ),
    rule(
        "abuse_control",
        G(
            "coercive/financial control",
            r"(?:checks|check|checking|goes through|reads|monitors|tracks) my (?:phone|messages|texts|emails|location)",
            r"controls? (?:all )?(?:the |my |our )?(?:money|finances|bank|spending|everything (?:i|she|he) do(?:es)?)",
            r"won't let (?:me|her|him) (?:see|go|leave|talk|have|work|visit|out|eat)",
            r"(?:takes|took|take|keeps|kept|has taken) (?:my|her|his) (?:wages|money|salary|passport|phone|bank card"
            r"|documents|"
            r"benefits|pension|car keys|charger|phone charger)",
            r"(?:loans?|credit cards?|debts?) in my name",
            r"(?:taking|takes|took|taken|steals?|stole|"
            r"stealing) (?:money )?(?:from|out of) "
            r"my (?:account|pension|bank|purse|wallet|savings)",
            r"locks? me (?:in|out)",
            r"locked me (?:in|out)",
            r"isolat\w* (?:me|her|him) from",
            r"not allowed to (?:see|leave|"
            r"go out|have|eat)",
            r"calls? me (?:worthless|useless|stupid|a waste|fat|ugly|pathetic)",
            r"says i'm (?:a waste of space|worthless|"
            r"useless|nothing)",
            r"(?:i|she|he) owe(?:s)? (?:him|her) for",
            r"(?:send|sending) me back to my country",
            r"keep the (?:children|kids)",
            r"(?:said|says|threaten\w*|told me) .{0,40}(?:if i (?:tell|leave|stop|go|mess up)|kill me|hurt my"
            r"|won't let me see)",
            r"(?:he|she)(?:'ll| will|'d| would) (?:do worse|hurt (?:my|me))",
            r"(?:sleeping|sleep|slept) in the (?:garage|shed|"
            r"car|garden)",
            r"checks where (?:she|he|i) (?:goes|go|am|is)",
            r"goes through (?:my|her|his) (?:purse|phone|bag|messages|wallet|emails)",
            r"silent treatment|stops? (?:speaking|talking) to me for days",
            r"tells? (?:people|everyone|my family|"
            r"my friends) (?:that )?i'm (?:crazy|mentally "
            r"(?:ill|unwell)|mad|unstable|lying)",
            r"gaslight\w*",
        ),
        G(
            "emotional abuse/neglect",
            r"(?:screams|shouts|yells|rages) at (?:us|me) (?:for hours|every day|all the time|constantly)",
            r"smash(?:es|ed|"
            r"ing) (?:stuff|things|plates|the house) (?:up)?",
            r"tells? (?:us|me) (?:we're|i'm|we are|i am) (?:worthless|useless|stupid|nothing|a waste)",
            r"leaves? me (?:in bed|alone|without (?:food|water|my meds)|in (?:my|wet|soiled))",
        ),
        G(
            "coercive/financial control",
            r"not allowed (?:my own|to have|any) (?:card|money|bank|account|phone)",
            r"(?:have to|got to|must) ask (?:him|her) for money",
            r"explain every (?:receipt|penny|purchase|pound)",
            r"(?:reads|reading|read|started reading) my (?:emails|messages|"
            r"texts|post|diary)",
            r"if i see (?:my )?\w+ without (?:him|her)",
        ),
        G("coercion", r"says? (?:no one|nobody) (?:would|will) believe me", person="self"),
        G(
            "coercive control",
            r"(?:doesn't|does not|don't|never|won't) let me (?:see|go|leave|talk|have|work|visit|out|ring|call|phone"
            r"|contact|speak)",
            r"won't let me (?:ring|call|phone|contact|speak to)",
            r"controla (?:todo )?mi dinero|controla mis llamadas",
            r"made me (?:quit|leave) my job",
            r"so i'd need (?:him|her) for everything",
            r"goes (?:mental|mad|crazy|ballistic) if i'm",
            r"threaten\w* to (?:post|share|leak|send) (?:her|his|my) (?:nudes|pics|photos)",
        ),
    ),
    rule(
        "abuse_harass",
        G(
            "harassment",
            r"(?:keeps?|kept|always) touching my (?:waist|leg|legs|thigh|bum|body|hair|breasts?|chest|back|arm)",
            r"(?:comments|remarks) about my (?:body|looks|figure|chest|bum)",
            r"making (?:sexual |inappropriate |creepy |"
            r"sleazy )?comments",
            r"depends on (?:me )?being (?:nice|friendly)",
            r"sleep with (?:him|her) (?:or|to|if)",
            r"send (?:him|her) nudes",
            r"harass\w*",
            r"stalk(?:s|ed|ing)? me",
            r"following me (?:home|everywhere)",
            r"won't stop (?:messaging|texting|calling) me",
            r"(?:posted|shared|leaked|posting|sharing) my (?:address|number|photos|pics|pictures|nudes)",
            r"(?:sending|send|sends|messaging|message) me (?:threats|threatening)|threatening messages|death threats",
            r"fake (?:account|profile) (?:with|of|using) my",
            r"keeps? (?:turning|showing) up (?:outside|at) my",
            r"\d+ (?:texts|messages|calls) a day",
            r"blocked (?:him|her|them) .{0,40}(?:new|another|different) (?:account|"
            r"number)",
            person="self",
        ),
        G(
            "grooming/sexual harassment",
            r"(?:asking|asks|asked|wants|wanted) (?:me )?(?:for|to send(?: him|"
            r" her)?) (?:photos|pictures|"
            r"pics|nudes|selfies)",
            person="self",
        ),
    ),
    rule(
        "abuse_suspect",
        G(
            "suspected abuse",
            r"bruises? on (?P<p>her|his|their|my) (?:arms|arm|neck|face|legs|body|wrists|back)",
            r"(?:scared|afraid|terrified) of (?:him|her|my <REL>)\b",
            r"won't let me see (?:her|him) alone",
            r"(?:always|often|has|have|got|covered in|'s got) (?:\w+ )?bruises",
            r"(?:tells|told|asks|asked) (?:her|him|me|"
            r"them) to keep (?:it|this|them|us|"
            r"things) (?:a )?secret|our (?:little )?secret",
            r"(?:gets|has|have|got) (?:new |fresh )?bruises",
        ),
    ),
    rule(
        "abuse_neglect",
        G(
            "neglect",
            r"slept (?:in the (?:shed|car|garden|street)|outside)",
            r"(?:starves|starving) me",
            r"(?:no|not given any) food",
            r"locks? me out",
            r"locked me out",
            person="self",
        ),
    ),
    rule(
        "child_ctx",
        G(
            "victim is a child",
            r"\bi'm (?:[5-9]|1[0-7])\b",
            r"\bi am (?:[5-9]|1[0-7])\b",
            r"\b(?:[5-9]|1[0-7]) (?:years? old|yo|y/o)\b",
            r"\b(?:bad grades|my grades|my homework|maths homework|at school|my teacher|school toilets|year \d{1,2})\b",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
)
