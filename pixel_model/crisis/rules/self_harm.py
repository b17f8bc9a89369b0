"""Self-harm: acts, injuries, urges, relapse, danger and heavy bleeding.

How composition reads these keys: self-injury (sh_act, or an injury sh_injury that is deliberate,
sh_deliberate, or dangerous) -> moderate self_harm, high when dangerous or escalating (sh_danger,
bleeding_heavy); an urge (sh_urge) -> moderate; a relapse (sh_relapse) with wound words becomes an
act; past self-harm (sh_past) clears an act unless it is current or urged again.  Heavy bleeding
with self-harm, ideation or a plan is an act in progress (imminent); so is dangerous self-injury
with ideation or goodbyes.
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

TABLE = table(
    # plan / behaviour
    rule(
        "bleeding_heavy",
        G(
            "heavy bleeding",
            r"(?:won't|will not|can't|doesn't|isn't|not) stop(?:ping)? bleeding",
            r"bleeding (?:<ADV>)(?:a lot|heavily|badly|"
            r"so much|everywhere|out)",
            r"(?:so much|lots of|a lot of) blood",
            r"blood (?:everywhere|won't stop|is pouring|pouring)",
            r"bleeding and (?:it )?won't stop",
            neg=False,
            person="any",
        ),
        G("heavy bleeding", r"(?:can't|cannot|won't) stop the bleeding", neg=False, person="any", frame=False),
    ),
    # self-harm
    rule(
        "sh_act",
        G(
            "self-injury",
            r"(?:started|been|keep|still|i'm|am|i was|back to|stop) (?:<ADV>)cutting(?: myself| again|"
            r" my)?(?! (?:[\w']+ )?(?:hair|nails|fringe|"
            r"grass|hedges?|costs?|corners|class|classes|school|lessons|back|down|out|ties|carbs|sugar|onions?|veg|vegetables|"
            r"wood|fabric|paper|"
            r"coupons|keys|teeth))",
            r"\bcut(?:ting|s)? (?P<p>myself|himself|herself|themselves)\b",
            r"\b(?P<p>i) (?:<ADV>)cut (?:<ADV>)(?:deep|again|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach"
            r"|skin|hip|hips))",
            r"\bcut (?:<ADV>)(?:pretty |really |too |quite )?deep",
            r"(?:burn|burning|burnt|burned) (?:myself|my (?:arm|arms|skin|hand|hands|wrist|wrists|leg|legs|thigh"
            r"|thighs))",
            r"punch(?:ing|ed)? (?:the )?walls? .{0,30}(?:bleed|bled|bruise|broke|split)",
            r"(?:scratch|scratching|scratched|pick|picking|dig|digging|claw|clawing) .{0,40}(?:until|till|til) (?:it"
            r"|they|"
            r"i) (?:bleed|bleeds|bled)",
            r"(?:nails|fingernails) into my (?:palms|skin|arms|hands)",
            r"(?:bang|banging|hit|hitting|punch|punching) my (?:head|face|self)\b(?: (?:against|on|into))?",
            r"hit(?:ting)? myself",
            r"(?:hurt|hurting|harm|harming|injure|injuring|punish|punishing) (?P<p>myself|himself|herself"
            r"|themselves)\b",
            r"(?P<p>i|i've|i'm|he|she|he's|she's|they) (?:<ADV>)(?:been )?self harm(?:ing|ed)?\b",
            r"\bmy self harm\b",
            r"(?:bit|bite|biting) my (?:arm|hand|lip|skin|wrist) .{0,25}(?:hard|bleed|purple|bruise|blood)",
            r"(?:drink|drinking|drank|swallow|swallowing) (?:small amounts of |some )?(?:bleach|cleaning products"
            r"|detergent|disinfectant)",
            r"(?:starve|starving) myself",
            r"(?:make|making|made) myself (?:sick|throw up|vomit)",
            r"punish(?:ing)? myself by (?:not eating|starving|hurting)",
            r"(?:hide|cover|hiding|covering) (?:up )?(?:the |my )?(?:marks|scars|cuts|burns) on (?P<p>my|his|her)",
            r"(?:marks|scars|cuts|burns) on my (?:wrists?|arms?|thighs?|legs?|stomach|hips?)",
            r"(?:blade|razor|sharpener) .{0,60}(?:used it|again|lines|cut)",
            r"(?:took|taking|take) (?:apart )?the sharpener",
            r"(?:cuts?|burns?|wounds?) (?:are |is )?getting (?:deeper|worse|bigger)",
            r"deeper each time",
            r"(?:keep|carry|hide|hidden|stash) (?:a |my |the )?(?:blade|razor|razor blade|sharpener blade)s? (?:in|for"
            r"|under)",
            r"more lines",
            r"places that (?:don't|won't) show",
            r"running out of (?:places|skin|room)",
            r"(?:\d+|eight|six|three|two|four|five|seven|nine|ten) (?:days|weeks|months) clean\b.{0,60}(?:cut|blade"
            r"|relaps|self harm)",
            r"(?:cut|cutting|self harm\w*).{0,60}(?:days|weeks|months) clean",
            r"(?:me corto|cortarme|me lastimo|me machuco|ritze mich|je me scarifie|je me coupe)",
            r"\bi (?:<ADV>)(?:cut|burn|scratch)\b(?=\W*(?:$|\.|,|and\b|but\b|please|again|myself|sometimes|when"
            r"|every))",
            r"(?:carved|carve|carving|etched|etching) .{0,30}(?:into|on) my (?:skin|legs?|arms?|thighs?|wrists?|stomach"
            r"|hands?)",
            r"(?:reopening|reopen|reopened|keep picking at) (?:it|the wound|the cut|the scab|my cuts?)\b",
            r"(?:scratch|scratching|scratched|pick|picking|dig|digging|claw|clawing|snap|snapping|bit|bite|biting|pinch|pinching|"
            r"rub|rubbing) .{0,50}"
            r"(?:until|till|til|hard enough to) (?:the skin |my skin |it |they |i )?(?:'s |is |are |was )?(?:bleed\w*"
            r"|raw|"
            r"bruis\w*|break\w*|"
            r"blister\w*|leave (?:bruises|marks|a mark))",
            r"(?:hide|cover|hiding|covering) (?:up )?(?:the |my )?(?:marks|scars|cuts|burns)\b",
            r"(?:swallow|swallowing|swallowed) (?:things|objects|batteries|glass|pins|screws|nails|coins|razor)",
            r"(?:moved it|do it|cut|cutting|marks|scars) (?:[\w']+ ){0,3}(?:to |in |"
            r"on )?places (?:that )?(?:[\w']+ ){0,2}(?:can't|don't|won't|doesn't|cannot) "
            r"(?:see|show)",
            r"(?:burns?|burning|burnt|burned) (?P<p>myself|himself|herself|themselves)\b",
            r"self harm(?:ing|ed)? (?:again|tonight|today|last night|this week|every day|\d+\w* time)",
            r"(?:did it|do it|done it) (?:again )?(?:[\w']+ ){0,2}with (?:a|the|my) (?:compass|blade|razor|sharpener"
            r"|scissors|"
            r"glass|knife|lighter|pin|"
            r"needle|box cutter)",
            r"(?:salt and ice|ice and salt)",
            r"(?:cutting|cut) with (?:a|the|my) ",
        ),
        G(
            "self-injury (cannot stop)",
            r"(?:don't|do not) want to stop (?:cutting|self harming|hurting myself|burning myself)",
            r"can't stop (?:cutting|hurting myself|self harming|burning myself)",
            neg=False,
            person="self",
        ),
        G(
            "self-injury",
            r"(?:stub|stubbed|stubbing) (?:\w+ )?(?:cigarettes?|fags?) out on my",
            r"(?:and|to) cut\W*$",
            r"(?:tie|tying|tied|put|putting|wrap|wrapping) (?:things|something|a belt|a cord|a scarf|a rope|a ligature|"
            r"a tie) (?:around|round) my neck",
            person="self",
        ),
        G(
            "self-injury escalating",
            r"(?:moved|moving|gone) (?:on )?(?:from|to) (?:cutting )?my (?:arm|leg|thigh|"
            r"wrist)s? to my (?:neck|throat|wrists?|face)",
            person="self",
        ),
        G(
            "self-injury",
            r"(?:scratch|scratching|scratched|pick|picking|dig|digging) .{0,50}(?:until|till|"
            r"til) (?:its|it's|it is) (?:raw|bleeding)",
        ),
        G(
            "self-injury",
            r"used (?:it|them|the glass|the blade|the knife) on my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin"
            r"|stomach)",
            r"pull(?:ing|ed)? (?:my |out my )?hair (?:out )?(?:until|till|so hard|in clumps)|bald patches",
            r"(?:punch|punching|punched|slap|slapping|slapped|bite|biting|hit|hitting) myself",
            r"went too far with the (?:blade|razor|knife|cutting|cuts)",
            r"\bmy (?:cuts|scars|burns) (?:keep|are|have|won't|were)\b",
            r"(?:slashed|sliced|slit|cut|carved) (?:my )?<BODY> (?:open )?with (?:a|the|my) (?:razor|blade|knife|glass"
            r"|scissors|"
            r"compass|sharpener)",
            r"^(?:knife|blade|razor|blood)(?: (?:knife|blade|razor|blood))+ (?:again|tonight|today|every)",
            r"long sleeves (?:in|during) (?:july|june|august|summer|the heat|a heatwave)",
            r"sharpener\b.{0,30}not for (?:pencils|drawing|school)",
            r"bald (?:bits|patches|spots)",
            r"(?:skipped|skipping|skip|starving) (?:every |all )?meals? (?:\w+ )?(?:as|for) (?:a )?punish\w*",
            r"as punishment for eating",
            r"so hard (?:it|that it|they) (?:leaves?|left|bleeds?|bled|bruises?|breaks?)",
            r"\bwelts\b",
            r"went deeper than i (?:meant|wanted|planned)",
            r"moved (?:on )?from (?:a |the )?(?:compass|sharpener|scissors|pin|needle) to (?:a |the )?"
            r"(?:razor|blade|knife|box cutter)",
            r"cut on my (?:neck|throat|wrist)",
            r"more and more cuts|(?:cuts|cutting|burns) to get (?:the same )?relief",
            r"cutting (?:stopped|doesn't|isn't) (?:working|work|enough)",
            r"(?:use|using) (?:the|a) lighter (?:too|now|on)",
            person="self",
        ),
    ),
    rule(
        "sh_danger",
        G(
            "dangerous/escalating self-injury",
            r"\bdeeper\b",
            r"\bstitches\b",
            r"steri-?strips",
            r"\binfected\b",
            r"\b(?:a&e|a and e|the er|emergency room|hospital)\b",
            r"blistered",
            r"kitchen knife",
            r"(?:more|worse|deeper) than (?:usual|before|last time)",
            r"getting (?:worse|deeper)",
            r"running out of (?:places|skin|room)",
            r"bleach",
            r"(?:keep|carry|carrying) a blade",
            r"used it in (?:the )?(?:school|toilets)",
            r"(?:really|very|too|so|quite) deep\b",
            r"box cutter|stanley knife|craft knife",
            r"(?:isn't|not) enough any ?more",
            r"\bbroken\b|fractur\w*",
            r"blister\w*",
            r"gaping",
            r"\bpus\b",
            r"batteries",
            neg=False,
            person="any",
            frame=False,
        ),
        G(
            "dangerous self-injury",
            r"(?:around|round) my neck",
            r"(?:nearly|almost) pass out",
            r"(?:can|could) (?:<ADV>)(?:barely|hardly|not|n't) (?:walk|move|stand|use)",
            r"\bhammer\b",
            r"my (?:neck|throat)\b",
            neg=False,
            person="self",
            frame=False,
        ),
        G(
            "deep cut",
            r"cut (?:\w+ )?deep\b",
            r"deep (?:cut|cuts|one|ones|wound)",
            neg=False,
            person="any",
            frame=False,
        ),
        G("went too far", r"went too far", neg=False, person="self", frame=False),
        G(
            "escalating",
            r"more and more",
            r"moved (?:on )?from",
            r"every (?:day|night) now",
            neg=False,
            person="self",
            frame=False,
        ),
    ),
    rule(
        "sh_urge",
        G(
            "self-harm urge",
            r"(?:want|wanna|urge|urges|tempted|craving) to (?:<ADV>)(?:hurt|cut|burn|harm|punish) myself",
            r"(?:thinking|thought) about (?:it|cutting|hurting myself|self harming) again",
            r"(?:normal|okay|ok) to want to hurt (?:yourself|myself)",
            r"(?:urge|urges|wanting|want|wanna|tempted|craving) to (?:<ADV>)(?:self harm|cut|sh)\b",
            r"\b(?:to|wanna|i) sh\b(?!\w)",
            r"\bsh (?:again|urges?)\b",
            person="self",
        ),
    ),
    rule(
        "sh_relapse",
        G("relapse", r"\b(?:i|i've) (?:<ADV>)(?:relapsed|had a relapse)\b", r"^relapsed\b", person="self"),
    ),
    rule(
        "sh_past",
        G(
            "past self-harm",
            r"(?:used to|i once|when i was \d+ i) (?:<ADV>)(?:self harm|cut|hurt myself|burn myself)",
            neg=False,
            person="self",
        ),
    ),
    # first added with the supplementary lexicon families
    rule(
        "sh_injury",
        G(
            "injury",
            r"(?:\bi |\bi've |^)(?:<ADV>)(?:cut|burned|burnt|scratched|bruised|smashed|slammed|bashed|hit|"
            r"punched|broke) my "
            r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|hand|hands|fingers?|stomach|skin|head|face|fist)\b",
            r"\b(?:my|the) (?:cut|cuts|burn|burns|wound|wounds|marks)\b(?! to)",
            r"\bcuts (?:need|are|have|keep|on)\b",
            r"\b(?:a|some of the|these|those) (?:cut|cuts|burns|wounds)\b",
            r"(?:\bi |\bi've |^)(?:<ADV>)(?:cut|burn|scratch|hit|punch|bang|bruise) my (?:arm|arms|wrist|"
            r"wrists|leg|legs|thigh|thighs|"
            r"hand|hands|stomach|skin|head|face)\b",
            r"(?:\bi |\bi've |^)(?:<ADV>)(?:slashed|sliced|gouged) my <BODY>\b",
            person="self",
        ),
    ),
    rule(
        "sh_deliberate",
        G(
            "deliberate/concealed",
            r"on purpose|deliberately|not an accident|wasn't an accident",
            r"(?:can't|won't|don't want to|couldn't) tell (?:[\w']+ ){0,2}how (?:it|they|i got (?:it|them)) happened",
            r"after (?:a|an|the) (?:fight|argument|row)",
            r"because i (?:was|felt) (?:<ADV>)(?:upset|angry|sad|overwhelmed|numb)",
            r"to (?:cope|calm down|feel something|feel better|punish myself)",
            r"calms me(?: down)?",
            r"relaps\w*",
            neg=False,
            person="any",
            frame=False,
        ),
        G("concealed", r"(?:can't|won't|don't want to|couldn't) tell anyone", neg=False, person="any", frame=False),
    ),
)
