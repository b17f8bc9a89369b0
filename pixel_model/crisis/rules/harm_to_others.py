"""Harm to others: intent, weapons, grievance, surveillance, going to the target, violent and
intrusive thoughts, harm to animals.

How composition reads these keys: intent or a plan (hto_intent; intent against an animal,
hto_animal_it with animal_noun; a weapon, hto_weapon, with a grievance, hto_revenge / grievance /
hto_weapon_intent, or with surveillance, hto_surveil, going there, hto_move, or the target nearby,
hto_target_near) -> high harm_to_others; with a weapon and a timeframe under 24 h (hto_now, marked by
the conversation reader) -> imminent.  Violent thoughts (hto_thoughts) -> moderate; unwanted
intrusive thoughts (hto_intrusive, or violent thoughts the person is horrified by, horror) -> low.
Conditional hyperbole ("I'll kill him if he eats my yoghurt again", hto_cond_hyper) cancels intent
without a weapon or surveillance.
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

TABLE = table(
    # harm to others
    rule(
        "hto_intent",
        G(
            "intent to harm others",
            r"(?:i'm|i am|i'll|i will|(?:i'm )?going to|gonna|i plan to|planning to|i intend to|about to|we're going to"
            r"|"
            r"we are going to|we'll) (?:<ADV>)(?:<HARMV>) (?:<TARGET>)\b",
            r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:use it"
            r"|do it)(?: on (?:<TARGET>))?\b(?=.{0,80}\b(?:mean it|"
            r"deserves?|him|her|them|now|tonight))",
            r"(?:next time|if) (?:he|she|they) (?:[\w']+ ){0,4}(?:i'm|i am|i'll|i will|i'm going to"
            r"|going to) (?:<ADV>)(?:use it|kill|"
            r"stab|hurt|shoot|burn)",
            r"make (?:him|her|them|<TARGET>) pay",
            r"by force\b",
            r"(?:he|she|they) deserves? (?:it|to die|what's coming|to suffer)",
            r"burn (?:the|his|her|their) (?:\w+ )?(?:building|house|flat|place|shop|car) down",
            r"(?:with|while) (?:him|her|them) (?:still )?in it",
            r"(?:i'm|i am) going (?:round|around|over) (?:there|to (?:his|her|their) (?:place|house|flat))\b.{0,60}"
            r"(?:with (?:a |my |the )?<WEAPON>|to (?:sort|deal with|hurt|get) (?:him|her|them))",
            r"(?:poison|kill|hurt|drown|shoot|get rid of|put down|stab) (?:the|that|his|her|their|my|"
            r"next door's)(?: neighbou?r(?:'s|s'|s)?)? "
            r"(?:\w+ )?(?:dog|cat|dogs|cats|pet|puppy|kitten|horse)",
            r"(?:rat poison|antifreeze|slug pellets|poison).{0,80}(?:meat|over the fence|in (?:its|his|her|the) (?:food"
            r"|bowl|water)|"
            r"for the (?:dog|cat))",
            r"(?:i'm|i am|i'll|i will|going to|gonna|i want to|want to) (?:<ADV>)(?:smash|kick|punch|cave|bash) (?:his"
            r"|her|"
            r"their) (?:face|head|teeth|skull) in",
            r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:break|snap) (?:his|her|their) (?:legs|jaw|nose|neck"
            r"|arms)",
            r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)shoot up (?:the|my|his|her|their) (?:school|office"
            r"|workplace|"
            r"college|uni|church|mosque|"
            r"synagogue|place|work)",
            r"(?:i'm going to|i am going to|i'm gonna|i'll|i will|planning to|plan to|going to)\b.{0,60}?\b(?:<HARMV>"
            r"|smash|"
            r"kick|stab|shoot|finish) "
            r"(?:<TARGET>|his|her|their|what (?:she|he|they) started)",
            r"(?:taking|bringing|take|bring) (?:[\w']+ ){0,2}(?:gun|rifle|knife|weapon|knives|shotgun|pistol) (?:to|"
            r"into) (?:school|work|class|college|the office|church)",
            r"(?:going to|gonna|i'll|i will|i'm going to) (?:feed|give) (?:it|the dog|the cat|him"
            r"|her) .{0,30}(?:chocolate|"
            r"grapes|raisins|xylitol|antifreeze|"
            r"rat poison|slug pellets|lilies|poison)",
            person="self",
        ),
        G(
            "intent to harm an animal",
            r"^(?=.*\b(?:chocolate|grapes|raisins|xylitol|antifreeze|rat poison|slug pellets|lilies)\b).*(?:going to"
            r"|gonna|i'll|"
            r"i will) (?:feed|give) "
            r"(?:it|the dog|the cat|him|her)\b",
            person="self",
        ),
        G(
            "mass violence intent",
            r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)shoot up (?:that|this|the|"
            r"my) (?:school|office|college|uni|place|church)",
            person="self",
        ),
        G(
            "intent to harm others",
            r"(?:got|have|made) a plan for (?:my <REL>|him|her|them)",
            r"know (?:exactly )?who (?:it's|its|it is) for",
            r"(?:setting|set) fire to (?:the|his|her|their|our) (?:flat|house|home|car|place) (?:while|with|when) (?:he"
            r"|she|they|him|her|them)",
            r"\b(?:lo|la|los) mato\b|voy a matarl[oa]",
            r"(?:he|she|they) gets? the (?:crowbar|bat|knife|hammer|blade)",
            r"(?:took|taken) (?:\w+ ){0,2}(?:gun|rifle|knife|weapon|knives) (?:to|into) (?:school|work|class|college)",
            r"i'll make sure\b",
            person="self",
        ),
    ),
    rule(
        "hto_revenge",
        G(
            "revenge/grievance threat",
            r"(?:they|he|she|everyone|everybody|you|people|all of them)(?:'ll| will| are going to| is going to"
            r"|'re going to|"
            r"'s going to| are gonna| is gonna|'re gonna| gonna) (?:<ADV>)(?:pay|regret|be sorry|see\b|learn\b"
            r"|understand what it"
            r"(?:'s| is| was)? (?:felt|feels|like)|get what(?:'s| is) coming)",
            r"(?:they'll|he'll|she'll|they will) see\W*$",
            r"\bsoon they'll\b",
            r"(?:you'll|they'll) see\b",
            r"(?:make|making) (?:them|him|her|everyone|people) (?:all )?pay",
            r"(?:they'll|he'll|she'll|they will) find out\b",
        ),
        G(
            "revenge threat",
            r"\b(?:will|'ll|are going to|gonna) (?:all )?(?:see|pay|regret|learn)\W*$",
            r"won't see it coming",
            r"deserves? it\b",
            r"(?:he|she|they) won't be around (?:much )?longer",
        ),
    ),
    rule(
        "hto_weapon",
        G(
            "weapon access",
            r"(?:got|have|i've got|i have|bought|keep|hidden|hid|stashed|carrying"
            r"|brought) (?:[\w']+ ){0,3}?(?:<WEAPON>)",
            r"(?:<WEAPON>) (?:is |'s )?(?:under|in) (?:my|the) (?:bed|bag|boot|car|shed|pocket|drawer|room|jacket)",
            r"know where (?:[\w']+ ){1,3}keeps? (?:his|her|the|their) (?:<WEAPON>|key)",
            r"got something (?:[\w']+ ){0,3}for (?:him|her|them)",
            r"(?:something|it) in the boot for",
            r"\bwith (?:a|my|the|his|dad's) (?:<WEAPON>)\b",
            person="self",
        ),
        G("fire as a weapon", r"with (?:him|her|them) (?:still )?in it", person="self"),
        G(
            "weapon access",
            r"(?:saving up for|buying|bought|getting|ordered) (?:a |an )?(?:crossbow|gun|knife|machete|taser|weapon"
            r"|bat)",
            r"(?:knife|gun|hammer|bat|blade)(?:'s| is) in my (?:bag|pocket|car|coat|locker)",
            r"tengo (?:el|un|la|una) (?:cuchillo|pistola|arma)",
            r"(?:set|setting|light|lighting|start|starting) (?:a )?fire",
            person="self",
        ),
    ),
    rule(
        "hto_surveil",
        G(
            "surveillance/ambush planning",
            r"(?:know|found out|got|have) (?:where|which) (?:he|she|they) (?:lives?|parks?|works?|goes|drinks)",
            r"(?:know|knows) which (?:car|house|flat|door) is (?:his|hers|theirs)",
            r"(?:got|have|found|know) (?:his|her|their|her new \w+'s|his new \w+'s) (?:\w+ )?(?:address|routine"
            r"|schedule|shift pattern)",
            r"(?:writing down|noting|tracking|logging|watching) (?:[\w']+ ){0,2}(?:routines?|schedules?|movements"
            r"|comings and goings)",
            r"who (?:comes|gets) in first|who leaves last",
            r"waiting for (?:him|her|them) (?:in|at|outside|after)",
            r"follow(?:ing|ed)? (?:him|her|them) home",
            r"(?:watching|watch) (?:his|her|their) (?:house|flat|place)",
            r"(?:know|found out) where (?:he|she|they) (?:is|are)\b",
            r"wait(?:ing)? for (?:him|her|them) (?:in|at|outside|after)",
            r"parked (?:up )?outside (?:his|her|their|my ex's|my \w+'s) (?:\w+ )?(?:work|house|flat|place|office|school"
            r"|gym)",
            r"(?:have|made|making|got|keeping|writing) a list of (?:people|names|everyone|who)",
            person="self",
        ),
        G(
            "stalking",
            r"(?:know|knowing) exactly when (?:she|he|they)(?:'s| is| are|'re) (?:alone|on (?:her|his|"
            r"their) own|home)",
            person="self",
        ),
        G(
            "surveillance/ambush planning",
            r"(?:drew|drawn|drawing|made) a (?:map|plan|diagram) of (?:my |his |her |their )?(?:[\w']+ )?(?:flat|house"
            r"|school|office|place|building)",
            r"(?:he|she|they) (?:finishes|gets off|leaves|clocks off) at \d",
            r"(?:drive|drove|driving|walk|walked) past (?:their|his|her) (?:place|house|flat)",
            r"waiting outside (?:his|her|their) (?:house|flat|work|place|school)",
            person="self",
        ),
    ),
    rule(
        "hto_thoughts",
        G(
            "violent thoughts",
            r"(?:fantasi[sz]e|fantasi[sz]ing|dream|dreaming|think|thinking|thought) about (?:<ADV>)(?:hurting|killing"
            r"|stabbing|"
            r"strangling|beating|hitting|punching|murdering|shooting|smothering) (?:him|her|them|my \w+|people|someone"
            r"|everyone|\w+)",
            r"(?:want|wanted|wanna|feel like i want|urge|urges) to (?:<ADV>)(?:kill|hurt|stab|strangle|punch|hit|smash"
            r"|shake|"
            r"smother|batter|attack) (?:him|her|them|my <REL>|someone|people|everyone|the baby)",
            r"(?:scared|afraid|terrified|worried) (?:that )?i(?:'ll| will| might| could| am going to|"
            r"'m going to) (?:<ADV>)(?:hurt|shake|hit|"
            r"snap and|lose it|lash out|smother|drop|harm)",
            r"(?:fantasi[sz]e|daydream|dream|think|picture|imagine)\w* about (?:<ADV>)(?:hurting|killing|stabbing"
            r"|strangling|"
            r"beating|hitting|punching|"
            r"murdering|shooting|smothering|running (?:him|her|them) over|pushing|drowning|poisoning|attacking"
            r"|dragging)",
            r"(?:picture|imagine|picturing|imagining) (?:hitting|hurting|killing|stabbing|strangling|beating|punching|"
            r"shaking) (?:him|her|them|my \w+)",
            r"(?:want|wanting|wanted) to (?:drag|throttle|beat|batter) (?:him|her|them)",
            r"think(?:ing)? about (?:bringing|taking) (?:something|a gun|a knife|a weapon) (?:to|into) (?:school|work"
            r"|class|college)",
            r"(?:scared|afraid|terrified) (?:that )?i (?:will|might|could|'ll) (?:one day|eventually|snap)",
            r"(?:imagin|fantasi|daydream|dream|pictur|think)\w* (?:about )?(?:[\w']+ ){0,5}?(?:hurting|killing|stabbing"
            r"|"
            r"strangling|beating|hitting|punching|"
            r"murdering|shooting|smothering|setting fire to|burning down|attacking|poisoning) (?:him|her|them|my \w+"
            r"|his \w+|"
            r"her \w+|people|someone)",
            r"thoughts (?:about|of) (?:[\w']+ ){0,3}(?:setting fire to|burning down|hurting|killing|stabbing|attacking"
            r"|poisoning)",
            r"(?:image|images|thought|thoughts|picture|pictures|flash|flashes|urge|urges) (?:are )?(?:of"
            r"|about) (?:\w+ing) (?:my|"
            r"the|our|him|her)",
            r"imagining (?:\w+ing) (?:my|the|our) ",
            r"(?:want|wanted|wanna) to (?:<ADV>)(?:kill|hurt|stab|strangle|punch|hit|"
            r"smash|batter|attack) (?:<TARGET>)",
            r"(?:think|thinking|thought|wonder|wondering|imagine|"
            r"imagining) (?:about )?(?:what it would be like|how it "
            r"would feel|how i'd) to (?:kill|hurt|stab|strangle|shoot|poison|beat) (?:<TARGET>)",
            person="self",
        ),
        G(
            "violent urges",
            r"urges? to (?:push|shove|hurt|stab|throw|hit|strangle) (?:people|someone|him|her|"
            r"them|strangers|my \w+)",
            person="self",
        ),
        G(
            "violent thoughts",
            r"what if i (?:snap and )?(?:stab|hurt|kill|strangle|push|drown|smother|hit) (?:<TARGET>|a stranger"
            r"|someone)",
            r"(?:fantasi[sz]e|fantasi[sz]ing|daydream\w*) about \w+ing (?:my |his |her |their )?[\w']+(?:'s)? (?:face"
            r"|head) in",
            r"(?:picture|imagine|picturing|imagining) (?:running|knocking) (?:him|her|them|my \w+) (?:over|down)",
            r"(?:going to|gonna|i'll) (?:lose it|snap|kick off) (?:on|at|with) (?:him|her|them)",
            r"ganas de (?:pegarle|matarlo|matarla|golpear)",
            r"(?:flashes|images|thoughts|pictures) of \w+ing (?:a|someone|people|strangers?|a stranger)",
            r"fare del male a",
            person="self",
        ),
    ),
    rule(
        "hto_intrusive",
        G(
            "unwanted intrusive harm thoughts",
            r"(?:intrusive|horrible|awful|unwanted|scary|disturbing|dark|sudden|violent) (?:\w+ )?(?:thoughts?|images?"
            r"|flashes|pictures|"
            r"visions|urges) (?:of|about) (?:\w+ )?(?:hurting|dropping|stabbing|drowning|pushing|harming|killing"
            r"|smothering|throwing|"
            r"shaking|suffocating)",
            r"(?:keep|can't stop|i keep) (?:picturing|imagining|seeing|thinking about) (?:\w+ing) (?:my|the"
            r"|our) (?:baby|son|"
            r"daughter|child|kid|newborn|"
            r"partner|wife|husband)",
            person="self",
        ),
        G("intrusive harm thoughts", r"intrusive (?:thoughts?|images?|urges?) (?:about|of) \w+ing", person="self"),
    ),
    rule(
        "hto_cond_hyper",
        G(
            "conditional hyperbole",
            r"(?:i'll|i will|i'm going to|going to) (?:kill|murder|strangle|throttle|smother|strangle) (?:him|her|them"
            r"|my \w+) if (?:he|she|they) (?:[\w']+ ){0,4}"
            r"(?:again|eats?|touches? my|breaks?|takes?|uses?|borrows?|drinks?|finishes|is late|forgets?)",
            neg=False,
            person="self",
        ),
    ),
    # first added with the supplementary lexicon families
    rule(
        "hto_animal_it",
        G(
            "intent to harm an animal",
            r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:drown|poison|kill|hurt|strangle|kick|stab|shoot|"
            r"get rid of) (?:it|the (?:cat|dog|kitten|puppy))\b",
            person="self",
        ),
    ),
    rule(
        "hto_weapon_intent",
        G(
            "weapon not for ordinary use",
            r"not for (?:cooking|the kitchen|work|camping|fishing|decoration|"
            r"show)",
            neg=False,
            person="self",
        ),
    ),
    rule(
        "animal_noun",
        G(
            "animal",
            r"\b(?:cat|cats|dog|dogs|kitten|puppy|pet|rabbit|horse|hamster|bird|parrot)\b",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "grievance",
        G(
            "grievance",
            r"humiliat\w* me|made my life hell|bull(?:y|ying|ied) me|ruined my life|treated me|"
            r"screwed me over|lies about me|"
            r"(?:he|she|they) hurt my|not getting away with it",
            r"(?:assaulted|raped|abused|attacked|hurt|bullied) (?:my|me)\b",
            r"who did this to me",
            r"made (?:my|our) li(?:fe|ves) hell",
            person="self",
        ),
    ),
    rule(
        "hto_move",
        G(
            "going to the target",
            r"(?:on my way|heading|going|driving|walking) (?:round |over )?(?:to|"
            r"round to) (?:his|her|their|my ex's|"
            r"my \w+'s) (?:\w+ )?(?:house|place|flat|work|school|office)",
            person="self",
        ),
    ),
    rule(
        "hto_target_near",
        G(
            "target nearby",
            r"\b(?:he|she|they)(?:'s| is| are|'re) (?:<ADV>)(?:asleep|sleeping|"
            r"in the next room|upstairs|downstairs|"
            r"next door|in the other room|in bed|on (?:his|her|their) own)",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "horror",
        G(
            "horrified by own thoughts",
            r"horrif\w*|terrif\w*|scared of (?:the thoughts|myself|them|it)|(?:i would|i'd) never\b|makes me cry"
            r"|\bocd\b|"
            r"intrusive|disgust\w*|"
            r"i love (?:her|him|them) so much|put the knife down",
            r"i love (?:her|him|them)\b",
            r"why does my (?:brain|mind) do this",
            r"\borrore\b",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
)
