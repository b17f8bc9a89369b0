"""Suicide: ideation tiers, plan and behaviour, preparation, attempts, goodbyes, acts in progress.

How composition (compose.py) reads these keys:

    passive wish / hopelessness / burden (si_passive, si_hopeless, si_burden)
                                                     -> low (moderate when two families, three cues
                                                        or two risk factors add up, unless si_denial)
    active ideation / stated wish to die (si_active, si_wish)  -> moderate
    + method considered or control slipping (si_control)        -> high
    plan / means / preparation / research / rehearsal / attempt (plan_method, plan_means,
      plan_research, plan_prep, plan_rehearsal, attempt; plan_intent when decisive or with
      ideation or means)                             -> high + suicide_plan (+ suicidal_ideation)
    plan/means + timeframe <= 24 h (context.py), or an act in progress (act_location, act_co,
      act_strong, act_maybe)                         -> imminent + immediate_harm

Weak cues never flag on their own: si_weak (two of them -> moderate), and the weak plan cues
plan_means_weak, plan_research_dose, plan_research_height, site_visit, plan_method_know, prep_weak,
personal and dose_question count only together or with an ideation cue.  finality (goodbyes) counts
as ideation context, two of them as a plan.  si_reunion (wish to join the dead) counts as a passive
wish after a bereavement.  si_denial ("I'd never act on it") keeps passive ideation at low.
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

TABLE = table(
    # suicidal ideation: passive wish / burden (low)
    rule(
        "si_passive",
        G(
            "passive wish to be dead",
            r"wish(?:ed)? (?:that )?i (?:<ADV>)(?:would(?:n't| not)|won't|didn't|did not|couldn't|don't|do not|never) "
            r"(?:<ADV>)(?:wake up|woke up)",
            r"(?:don't|do not|didn't) (?:<ADV>)want to wake up",
            r"hope (?:that )?i (?:don't|do not|won't|never) wake up",
            r"(?:wish|hope|pray|want)(?:ed)? (?:that )?(?:i'd|i would|i could|to|i) (?:<ADV>)(?:die|pass away"
            r"|go) in my sleep",
            r"(?:die|pass away) in my sleep",
            r"(?:wouldn't|would not|don't think i'd|wouldn't really|wouldn't exactly|won't"
            r"|wouldn't even) (?:[\w']+ ){0,2}"
            r"mind if (?:i (?:died|didn't wake up|was gone|got hit|never woke up)|something (?:bad )?happened to me|"
            r"(?:it all|everything|it) (?:just )?(?:stopped|ended))",
            r"if (?:it all|everything|life|my life) (?:<ADV>)(?:stopped|ended|was over)",
            r"if (?:a|the) (?:bus|car|truck|lorry|train|plane|van) (?:[\w']+ ){0,2}(?:hit|clipped|ran over|ran me over|"
            r"knocked me|took me out|crashed)",
            r"can't (?:see|picture|imagine) (?:myself|me) (?:<ADV>)(?:being )?(?:around|alive|here|living|making it)",
            r"(?:been here|lived) (?:long )?enough",
            r"had enough of (?:life|living|this life|everything)",
            r"(?:want|wish|like|need|pray for) (?:the lord|god|jesus) (?:to )?(?:take me|call me home)",
            r"(?:lord|god),? (?:please )?take me",
            r"(?:don't|do not|can't) see what i'm (?:even )?(?:here|alive) for",
            r"what am i (?:even )?(?:here|alive) for",
            r"why am i (?:even )?(?:still )?(?:here|alive)",
            r"(?:wish|want) (?:i could|to) (?:<ADV>)(?:disappear|vanish|fade away|cease to exist|not exist"
            r"|stop existing)",
            r"(?:better|easier) if i (?:am not|was not|wasn't|weren't|were not|don't|didn't|do not) exist",
            r"(?:want|wanted) to not exist",
            r"\bi'm a waste of (?:space|oxygen)\b",
            r"life (?:isn't|is not|ain't) worth living",
            r"(?:nothing|no reason) (?:left )?to live for",
            r"don't (?:<ADV>)(?:care|mind) (?:if|whether) i (?:die|live|wake up)",
            r"(?:come|go|turn up|show up) to my funeral",
            r"at my funeral",
            r"(?:when|after|once) i'm (?:gone|dead)",
            r"rather (?:be dead|die|not exist|not be alive|not wake up) than (?:live|go on|carry on|keep|be alive"
            r"|wake up|"
            r"face|deal|feel|be here|exist)",
            r"(?:makes|made|making) me want to (?:die|disappear|not exist)",
            r"(?:i )?(?:hate|hated) being alive",
            r"ohne mich besser dran",
            r"mejor sin m[ií]",
            r"melhor sem mim",
            r"mieux sans moi",
            r"if i (?:[\w']+ ){0,4}(?:didn't|did not|don't|do not|never) (?:make it|wake up|come back|survive)",
            r"(?:i'd|i would) be (?:ok|okay|fine|relieved|glad|happy) (?:with that|if i (?:died|didn't wake up|was gone"
            r"|wasn't here))",
            r"can't (?:see|picture|imagine) (?:myself|me) (?:[\w']+ ){0,3}(?:future|around|alive|here|old|next year"
            r"|years|in one|living)",
            r"(?:easier|better|simpler|best|nicer) (?:for (?:everyone|them|all of us) )?(?:to|if i) (?:<ADV>)(?:not be"
            r"|wasn't|"
            r"weren't|stop being|"
            r"disappear|go away|not wake up|die|not exist|not be around)",
            r"(?:wouldn't|would not|won't) (?:<ADV>)mind (?:not waking up|dying|being dead|disappearing|if (?:the lord"
            r"|god|"
            r"death) (?:took|takes|"
            r"came for) me)",
            r"(?:imagin|pictur|think)\w* (?:about )?my (?:own )?(?:funeral|death|grave)",
            r"(?:hope|wish|pray)(?:ing)? (?:this|it) (?:is|was|will be) my last (?:birthday|christmas|year|day|summer"
            r"|new year)",
            r"(?:waiting for|want|wants) me to (?:go away|disappear|die|not be here)",
            r"nicht mehr aufwach\w*",
            r"\bif i (?:was|were|wasn't|weren't|was not|were not) (?:<ADV>)(?:gone|here|around|dead|alive"
            r"|in the picture)\b",
            r"(?:only|still) (?:still )?(?:here|alive|around) (?:because of|for) (?:my|the|him|her|them)\b",
            r"(?:the )?only (?:reason|thing) (?:i'm|keeping me|that keeps me) (?:still )?(?:here|alive|going)",
            r"(?:nice|good|peaceful|easier|better|lovely) to (?:<ADV>)(?:not exist|not be here|disappear|stop existing|"
            r"not wake up|fall asleep forever)",
            r"no light at the end of (?:the|this) tunnel",
            r"(?:ready|happy) to (?:go|die) (?:whenever|any ?time|now)\b",
            r"(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?find me for",
            r"what (?:would|does) it matter if i",
            r"(?:being alive|living|life|existing) (?:<ADV>)(?:feels like|is) (?:a chore|a burden|torture|pointless"
            r"|too much|"
            r"unbearable|exhausting|a punishment)",
            r"(?:<ADV>)taking up space",
            r"waste of (?:space|oxygen|air)\b",
            r"disappointed (?:that )?i (?:<ADV>)(?:woke up|wake up|survived|didn't die|am still (?:here|alive)"
            r"|'m still (?:here|alive))",
            r"(?:hope|hoping|hoped|wish|wishing|wished) (?:[\w']+ ){0,4}(?:would|will|'d) (?:<ADV>)(?:crash|go down"
            r"|hit me|"
            r"kill me|run me over|end it)",
            r"(?:wouldn't|don't think i'd|won't|not going to) (?:<ADV>)(?:fight it|have (?:the )?treatment"
            r"|take the treatment)",
            r"\bif i (?:<ADV>)(?:was|were|wasn't|weren't|was not|were not) (?:<ADV>)(?:gone|here|around|dead|alive"
            r"|in the picture)\b",
            r"(?<!could )(?<!i could )(?:go to sleep|fall asleep) .{0,20}forever",
            r"better off with (?:the )?(?:insurance|"
            r"life insurance) (?:money|payout)",
            r"wish (?:that )?i(?:'d| would| could)? (?:<ADV>)(?:not|never|didn't|wouldn't|won't"
            r"|don't) (?:<ADV>)(?:wake up|"
            r"woke up|wake)\b",
            r"(?:wish|want)\w* (?:i could |to )?(?:fall asleep|sleep|go to sleep) (?:for (?:a year|a month|a week|ages"
            r"|weeks|"
            r"months|years)|and not wake|forever)",
            r"(?:hope|hoping|hoped|wish|wishing|pray|praying) (?:that )?i (?:<ADV>)(?:don't|do not|won't|will not|never"
            r"|wouldn't|"
            r"didn't) (?:<ADV>)wake up",
            r"\bif i (?:<ADV>)(?:disappeared|died|vanished|left for good|never came back|was gone|were gone"
            r"|stopped existing)\b",
            r"(?:i'm|i am) (?:<ADV>)(?:already )?gone\b(?! (?:for|to|on|till|until|by|out|home|away))",
            r"(?:so |how )?easy it would be\b",
            r"(?:don't|do not) belong (?:in this world|on this earth|here|anywhere)\b",
            r"(?:it is|it's) time for me to go\b",
            r"(?:sick|tired) of being alive",
            r"(?:don't|do not) care (?:what happens|if i wake up|anymore what happens)",
            r"(?:hope|hopes|hoping|wish|pray)\w* (?:that )?(?:a|the) (?:bus|car|truck|lorry|train|van) (?:\w+ )?(?:hits"
            r"|clips|takes|runs over|kills|hit|clip) me",
            r"(?:hope|hopes|hoping) (?:the )?(?:biopsy|results?|scan|tests?) (?:comes? back|come back|is|are) (?:bad"
            r"|positive|cancer)",
            r"if (?:the|a|my) (?:plane|car|bus|train|ship|ferry) (?:went down|crashed|sank|hit me|hit us)",
            r"(?:stopped caring|don't care|do not care|doesn't matter) (?:whether|if) i (?:live|die)",
            r"(?:why|point) (?:i )?(?:<ADV>)(?:bother|even bother) (?:waking up|getting up|living|going on|trying"
            r"|being here)",
            r"waiting for (?:it all|everything|life|it) to (?:<ADV>)(?:be over|end)",
            r"what(?:'s| is) (?:even )?left for me\b|nothing left for me",
            r"(?:anyone|anybody|people) (?:would|will) (?:even )?(?:notice|care|miss me) if i",
            r"ojal[aá] no despert\w+|no quiero despertar",
        ),
    ),
    rule(
        "si_burden",
        G(
            "burdensomeness",
            r"(?:better off|happier|easier|better|fine) (?:[\w']+ ){0,4}without me",
            r"(?:better|easier|happier) .{0,50}if i (?:wasn't|weren't|was not|were not|was gone|were gone|wasn't here|"
            r"wasn't around|didn't exist|was dead|disappeared|am not|died|left for good)\b",
            r"(?:a better|better off with (?:a different|another|someone)) .{0,30}(?:if i|without me|than me|"
            r"who knows what (?:she|he)'s doing)",
            r"better off with (?:a different|another|someone else)",
            r"(?:i'm|i am|i (?:<ADV>)feel like|feel like) (?:<ADV>)(?:a|such a|nothing but a|just a) burden(?! (?:at"
            r"|to) (?:work|"
            r"the team|my team|my colleagues|my boss))",
            r"burden (?:to|on) (?:everyone|my|them|you)",
            r"(?:nobody|no one|no-one) (?:would|will|'d|'ll) (?:<ADV>)(?:miss|notice|care)",
            r"everyone(?:'s| is| would be|'d be) better off",
            r"(?:they|everyone|my family|my kids|he|she)(?:'d| would) (?:<ADV>)(?:get over it|move on)",
            person="self",
        ),
        G("burdensomeness", r"(?:don't|do not) want to be a burden", neg=False, person="self"),
        G(
            "burdensomeness",
            r"(?:didn't|did not|don't|wouldn't) have to (?:deal with|look after|worry about|put up with|care for"
            r"|support|"
            r"bother with) me\b",
            r"(?:i'm|i am|just|only) (?:<ADV>)(?:dead weight|a drain|a waste of (?:space|money|time|air)"
            r"|in everyone's way|the problem)\b",
            r"(?:cost|costs|costing) (?:everyone|them|my family) .{0,30}by (?:just )?being alive",
            r"by (?:just |even )?being alive\b",
            r"(?:insurance|payout) than (?:out of )?me\b",
            r"worth more (?:to them )?dead",
            person="self",
        ),
    ),
    rule(
        "si_hopeless",
        G(
            "hopelessness",
            r"can't (?:<ADV>)(?:do|take|handle|cope with|keep doing) (?:this|it|any of this|life|this anymore)"
            r"(?: anymore| any more| any longer)",
            r"can't (?:<ADV>)(?:go on|keep going|carry on|continue)(?! with)",
            r"\bno way out\b",
            r"(?:feel|feeling) (?:<ADV>)(?:hopeless|trapped)",
            r"(?:there's|there is) no hope",
            r"lost all hope",
            r"nothing (?:<ADV>)matters(?: anymore| any more)?",
            r"no point (?:anymore|any more)",
            r"(?:i'm|i am) (?:<ADV>)done with (?:life|living|everything|it all|all of it|this life|trying)",
            r"(?:want|wanted|wish|need|needed) (?:everything|it all|all of it|the pain|the noise"
            r"|life) to (?:<ADV>)(?:stop|end|be over)",
            r"(?:want|wanted) it all to (?:<ADV>)(?:stop|end)",
            r"(?:give|given|giving) up on (?:life|everything|living|myself)",
            r"(?:tired|exhausted|sick) of (?:it all|all of it|everything|fighting|living|life|being alive|existing)",
            r"(?:no|not any|don't have a|don't see a) future",
            r"(?:what's|what is|what's even|whats) the point",
            r"(?:no|not much|any) point (?:in |of )?(?:living|being alive|being here|going on|carrying on"
            r"|sticking around|"
            r"staying alive|existing|continuing|anything|me being here|trying)",
            r"(?:don't|do not|can't) see (?:the|any) point (?:in|of) (?:anything|living|life|going on|carrying on)",
            r"ya no puedo m[aá]s",
            r"no puedo m[aá]s",
            r"n[aã]o aguento mais",
            r"ich kann nicht mehr",
            r"je n'en peux plus",
            r"(?:want|need|looking for|find|the only|see no) (?:a |the )?way out\b(?! of (?!(?:this|it all|everything"
            r"|here|life)\b))",
            r"(?:don't|do not) know how (?:much longer )?(?:to|i can) (?:keep doing this|keep going|go on|carry on"
            r"|do this)",
            r"(?:don't|do not|can't) (?:<ADV>)see (?:the|any) point (?:in|of) (?:anything|living|life|going on"
            r"|carrying on|"
            r"any of it|getting up)",
            r"que tout s'arr[eê]te",
            r"(?:it|this|ending it|death|dying|suicide|ctb|dying)(?:'s| is| seems|"
            r" feels)(?: like)? (?:the )?only "
            r"(?:option|way|choice|answer)(?: left| out)?\b(?! on| in the| for (?:the|a|dinner|lunch))",
            r"(?:there's|"
            r"there is) no other (?:way|option)",
            r"(?:don't|do not|can't) see (?:why|how|the point) (?:i should|i'd|i would|to|in) (?:<ADV>)(?:keep going"
            r"|go on|"
            r"carry on|bother|stay|trying|living)",
            r"nothing (?:is )?(?:<ADV>)(?:going to|will|is ever going to) (?:<ADV>)(?:change|get better|improve)",
            r"can't (?:<ADV>)(?:do|take|handle) (?:this|it) no more",
            r"(?:i'm|i am) (?:<ADV>)done fighting|tired of fighting|can't fight (?:it|"
            r"this) (?:<ADV>)(?:anymore|any more)",
            r"nothing(?:'s| is)? (?:<ADV>)(?:going to|will|ever going to) (?:<ADV>)(?:change|get better|improve)",
            r"(?:don't|do not|can't) (?:think|see) (?:things|it|anything|life) (?:will "
            r"|getting )?(?:<ADV>)(?:get better|improve|change)",
            r"can't see (?:any|a) future",
            r"ya no aguanto",
        ),
    ),
    # death wish / active ideation (moderate)
    rule(
        "si_wish",
        G(
            "wish to be dead",
            r"<ISUBJ>? ?(?:<ADV>)(?:want|wanted|wish|wished|'d like|would like|need|long) to (?:<ADV>)die\b(?! (?:of"
            r"|from|"
            r"laughing|with (?:embarrassment|shame)))",
            r"(?:wish|wished|wishing|want|wanted) (?:that )?(?:i (?:was|were|could be) )?(?:<ADV>)dead\b",
            r"(?:want|wanted|ready) to be dead",
            r"ready to die",
            r"better off dead",
            r"(?:don't|do not|no longer) (?:<ADV>)want to (?:<ADV>)(?:be alive|live|exist|be here|go on|keep living"
            r"|carry on)",
            r"(?:want|wanted) to (?:<ADV>)(?:stop existing|cease to exist|not be alive|not be here)",
            r"wish(?:ed|ing)? i(?:'d| had)? never (?:been born|existed)",
            r"(?:want|wanted|need) (?:it|this|my life|life) to (?:<ADV>)(?:be over|end)\b",
            r"(?:quiero|quisiera) morir",
            r"me quiero morir",
            r"quero morrer",
            r"ich (?:will|m[oö]chte) sterben",
            r"je veux mourir",
            r"voglio morire",
            r"n[aã]o quero (?:mais )?viver",
            r"no quiero (?:seguir )?viviendo|no quiero vivir",
            r"will nicht mehr leben",
            r"je ne veux plus vivre",
            person="self",
        ),
    ),
    rule(
        "si_active",
        G(
            "active suicidal ideation",
            r"\b(?:kill|killing|killed|kills) (?P<p>myself|himself|herself|themselves|themself)\b",
            r"(?:<ISUBJ>|feel|feeling|felt) (?:<ADV>)(?:been )?(?:feeling )?suicidal",
            r"(?<!not )suicidal (?:thoughts|feelings|ideation|urges|thinking|again)",
            r"(?:thoughts?|thinking|think|thought|ideas?) (?:<ADV>)(?:about|of) (?:suicide|killing myself|ending (?:it"
            r"|my life|"
            r"things|it all|myself)|taking my (?:own )?life|not being (?:here|around|alive)|unaliving|being dead"
            r"|ending myself)",
            r"(?:consider|considering|considered|contemplat\w+) (?:suicide|ending (?:it|my life|things))",
            r"(?:end|ending|take|taking) (?P<p>my|his|her|their) (?:own )?life",
            r"(?<!we're )(?<!we are )(?<!they're )(?:want|wanna|going|thinking about|think about|thought about|decided"
            r"|plan|"
            r"planning|ready|tempted|try|trying)"
            r"(?: to)? (?:end|ending) (?:it|things|everything|it all|myself)(?! (?:with|between|off with|on a|early"
            r"|there|here|"
            r"now,|at \d))",
            r"\bend it all\b",
            r"\bunaliv\w*",
            r"\bkms\b",
            r"\bctb\b",
            r"catch(?:ing)? the bus\b(?=.{0,40}(?:forum|method|"
            r"decided|plan|ready|tonight|soon))",
            r"final exit",
            r"sewer ?slide",
            r"self[- ]?delete|delete myself",
            r"(?:go|going|went) to sleep (?:and|&) (?:not|never) (?:have to )?(?:wake|waking) up",
            r"(?:want|wanna|wish|"
            r"going) to sleep forever",
            r"not (?:wake|waking) up (?:ever )?again",
            r"(?:not|stop) (?:be|being) (?:here|around|alive) (?:anymore|any more)",
            r"(?:want|wanna|thinking about|think about) (?:to )?(?:disappear|not exist) (?:forever|permanently)",
            r"(?:thinking about|think about|thought about|ways?) (?:[\w']+ ){0,2}ways? out\b(?! of (?:the"
            r"|this) (?:building|room|"
            r"city|contract|job|maze|car|deal))",
            r"part of me wants to (?:die|lean|jump|let go|fall|step|end|give up|disappear|stop|not)",
            r"suicide (?:is|seems) (?:the only|my only|an) (?:way|option|answer)",
            r"(?:commit|committing) suicide",
            r"(?:quiero|voy a) (?:matarme|suicidarme)",
            r"quitarme la vida",
            r"(?:quero|vou) me matar",
            r"tirar (?:a )?minha (?:pr[oó]pria )?vida",
            r"mich (?:umbringen|t[oö]ten)",
            r"(?:je veux|je vais) me (?:tuer|suicider)",
            r"\bselbstmord\b|\bsuizid",
            r"en finir avec (?:la vie|tout)",
            r"acabar con (?:mi vida|todo)",
            r"acabar com (?:tudo|a minha vida|minha vida)",
            r"\bs[u]icide\b(?=.{0,40}\b(?:again|lately|a lot|every day|all the time|thinking|thoughts)\b)",
            r"\b(?:to|i'll|i will|i could|i'd|i might|i should|just|and|guts to|courage to"
            r"|brave enough to) (?:<ADV>)end (?:it|"
            r"it all|things|"
            r"everything|my life)\b(?! (?:with|between|off|on a|early|there|here|for (?:the|him|her)))",
            r"\bending (?:it|it all|things|my life)\b(?! (?:with|between|off))",
            r"check(?:ing)? out (?:early|for good|permanently|of (?:life|this world))",
            r"(?:take|taking) myself out of (?:the picture|the equation|this world)",
            r"remove myself (?:from (?:the picture|"
            r"the equation|this world)|"
            r"permanently)",
            r"(?:i'd|i would) have (?:<ADV>)(?:ended it|ended things|killed myself|done it|gone through with it)",
            r"(?:control|choose|decide|deciding|choosing) (?:of )?(?:how|when) (?:it|my life|i|things) ends?",
            r"\bways out\b(?! of)",
            r"(?:want|wanted|need|needing) to die\b(?! (?:of|from|laughing|with|a little|inside))",
        ),
        G(
            "active suicidal ideation",
            r"(?:end up|eventually) (?:doing it|killing myself|ending it)",
            r"(?:one day|someday|some day) i(?:'ll|"
            r" will) (?:<ADV>)(?:do it|end it)",
            r"(?:want|wish|wanna|like|going|just want) to (?:go to |fall )?(?:sleep|asleep).{0,25}(?:make it permanent|"
            r"permanently|forever|and never wake)",
            r"(?:part of me|my body|something in me|a part of me) (?:<ADV>)(?:wants|keeps wanting|is pulling me) to\b",
            r"\bi (?:<ADV>)want out\b(?! of (?:this|my|the) (?:job|relationship|"
            r"marriage|contract|lease|deal))",
            person="self",
        ),
        G(
            "active suicidal ideation",
            r"(?:wanting|want|wants) (?:to )?(?:disappear|not exist) (?:forever|"
            r"permanently)",
            r"(?:going to|finally|will|gonna|soon) (?:<ADV>)be free (?:of|from) (?:all )?(?:this|it|everything|the pain"
            r"|life|here)",
            r"(?:so |would be so |would be |it'd be |it would be )?easy to (?:<ADV>)(?:step|jump|fall|walk|drive"
            r"|let go)\b",
            r"(?:to end|to stop|to be over) (?:<ADV>)(?:for good|forever|permanently)",
            r"(?:would|will) (?:anyone|anybody|people|they) (?:even )?(?:care|notice|miss me) if i",
            r"\bsewer ?slid\w*",
            r"do(?:ing)? myself in\b",
            r"farla finita|ammazzarmi|uccidermi|suicidarmi|voglio morire|non voglio pi[uù] vivere",
        ),
    ),
    rule(
        "si_control",
        G(
            "control slipping / considering how",
            r"(?:used to be|was) sure i'd never (?:act on it|do it|do anything)",
            r"(?:not sure|unsure) (?:anymore|any more|i (?:can|could|will|won't|wouldn't) (?:stop|hold on|keep myself"
            r"|act))",
            r"(?:might|could|close to|going to) act on (?:it|them|the thoughts)",
            r"losing (?:control|the fight|the battle)",
            r"(?:can't|cannot) (?:trust|stop|control) myself",
            r"urges? (?:are|is) getting (?:stronger|worse|harder)",
            r"getting (?:harder|closer) to (?:resist|fight|stop)",
            r"heading back (?:there|to that place|down that road)",
            r"closer than (?:ever|i've ever been)",
            r"(?:thinking|thought|think|started thinking) about how i(?: would| could|'d| might| will|'ll)\b",
            r"(?:which|what) (?:way|method) (?:would|will|is|might) (?:hurt|be) (?:the )?(?:least|less|most) "
            r"(?:painful|pain|hurt|quick|quickest|reliable)",
            r"(?:which|what) way would hurt (?:the )?least",
            r"painless(?:ly)? (?:way|method)s?(?: to (?:die|go|end))?",
            r"least painful way",
        ),
        G(
            "control slipping",
            r"(?:don't know|not sure) (?:if|whether|how long) i can (?:<ADV>)(?:hold on|keep (?:myself )?safe|resist"
            r"|fight (?:it|"
            r"this)|stay safe|"
            r"keep going)",
            r"can't keep myself safe",
            r"(?:don't|do not) trust myself",
            r"(?:scared|afraid|worried|terrified) (?:that )?i(?:'ll| will| might| could) act on",
            r"not sure how (?:many more times|much longer) i(?:'ll| can| will)",
            r"(?:don't think|not sure) i (?:can|could) (?:<ADV>)(?:stop|keep|hold) myself",
            r"can't stop myself",
            person="self",
        ),
        G(
            "cannot keep safe",
            r"can't (?:promise|guarantee|say) (?:that )?i(?:'ll| will| can| could) (?:<ADV>)(?:be|keep"
            r"|stay) (?:myself )?safe",
            r"(?:won't|can't|not going to) be (?:able to )?(?:keep|stay) (?:myself )?safe",
            person="self",
        ),
        G(
            "control slipping",
            r"(?:can't|cannot|don't|too \w+ to) trust myself",
            r"urges (?:are|were) too (?:loud|strong|much)",
            r"(?:not sure|unsure) i want to stop (?:them|it|myself)",
            person="self",
        ),
    ),
    rule(
        "si_weak",
        G(
            "weak ideation cue",
            r"^(?:i'm|i am) (?:<ADV>)done\W*$",
            r"(?:the|my) (?:dark |suicidal |bad )?thoughts (?:are|have) (?:come )?back",
            r"\bdark thoughts\b",
            r"not planning anything",
            r"\b(?:gun|rope|coffin|grave|pills|knife) me\b",
            r"(?:think|thinking|thought) about (?:it|doing it)(?: myself)? (?:every|most|all|some) (?:night|day|nights"
            r"|days|"
            r"shift|night shift)",
            r"(?:think|thinking|thought) about doing it myself",
            r"(?:candle|flame|light) .{0,40}(?:burn(?:t|ed|ing)? (?:<ADV>)(?:down|out)|blow(?:n)? (?:it |me )?out"
            r"|go(?:ing)? out)",
            r"snuff(?:ed)? (?:me |it )?out",
            r"(?:blow|blows|blew|blowing) (?:it|me) out\b",
            r"fade away",
            r"end of (?:my|"
            r"the) (?:rope|tether|road)",
            r"(?:standing |stood )?(?:at|on) the edge of (?:something|everything|it all)",
            r"lean(?:ing)? forward",
            r"hanging on by a thread",
            r"^yet\W*$",
            r"wouldn't do anything (?:daft|stupid|silly)",
            r"(?:i'm|i am) (?:<ADV>)tired\W*$",
            r"i (?:just )?can't anymore",
        ),
        G(
            "weak ideation cue",
            r"(?:think|thinking|thought) about (?:death|dying|being dead)",
            r"(?:it'd|it would|death would|"
            r"dying would) be (?:<ADV>)(?:peaceful|a relief|restful)",
            r"thoughts (?:are|keep) getting (?:louder|worse|stronger)",
            r"(?:don't|dont) know why i'm (?:typing|telling|writing|"
            r"saying) (?:this|you)",
            r"(?:each|every) time i'm (?:on|at|near) the (?:balcony|bridge|edge|platform|roof) i think about it",
            r"(?:it's|it is) easier this way",
            r"(?:scared|afraid|don't want) (?:of being|to be) (?:on my own|alone) tonight",
            r"won't be (?:here|around|alive)\b(?! (?:next|on|for (?:a|the)|tomorrow|at|in the|during|this (?:week"
            r"|weekend)|till|"
            r"until))",
            r"thinking about it more than i should",
            r"(?:nobody|no one) knows (?:it's|its|that it's)",
            person="self",
        ),
    ),
    rule(
        "si_denial",
        G(
            "intent denied",
            r"(?:not|never) (?:going to|gonna|saying i'd|saying i would|planning to) (?:<ADV>)(?:do|act on) (?:anything"
            r"|it|something)",
            r"(?:wouldn't|would never|won't|will not|i'd never|i'll never|will never) (?:<ADV>)(?:do"
            r"|act on) (?:anything|it|something|"
            r"that)(?: (?:daft|silly|stupid))?",
            r"i'm not (?:going to|gonna) (?:do|try) anything",
            r"not acting on (?:them|it)",
            r"i only think it",
            r"(?:i'm|i am) not (?:going|gonna) to\W*(?:,|but\b|$)",
            r"(?:i'm|i am) not going to\.",
            r"(?:ich w[uü]rde nichts tun|no voy a hacer nada|n[aã]o vou fazer nada|je ne ferai rien)",
            neg=False,
            person="self",
        ),
    ),
    # plan / behaviour
    rule(
        "plan_method",
        G(
            "method considered",
            r"\b(?:hang|hanging|hanged|shoot|shooting|stab|stabbing|drown|drowning|gas|gassing|poison|poisoning|"
            r"electrocute|electrocuting|suffocate|suffocating|starve|starving|throw|throwing) (?P<p>myself|himself"
            r"|herself|themselves)\b",
            r"overdos(?:e|ing) on (?:my|the|his|her|<MEDS>)",
            r"slit(?:ting)? (?:my|his|her) (?:wrists?|throat)",
            r"<CONSIDER> (?:<ADV>)(?:jump(?:ing)?|leap(?:ing)?) (?:off|from|in front of) (?:a |the |my "
            r"|this )?(?:<LOC_HIGH>|"
            r"train|tube|lorry|bus|truck)",
            r"<CONSIDER> (?:<ADV>)(?:step(?:ping)?|walk(?:ing)?|throw(?:ing)? myself) (?:out )?(?:in front of|into"
            r"|under) "
            r"(?:a |the )?(?:train|tube|traffic|lorry|bus|truck|car|sea|river|water|ocean|lake|canal|estuary|waves)",
            r"<CONSIDER> (?:<ADV>)(?:swerv(?:e|ing)|driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?) (?:my car |the car )?"
            r"(?:off|into|in front of) (?:a |the )?(?:\w+ )?(?:trees?|wall|bridge|cliff|lorry|truck|oncoming|barrier"
            r"|river)",
            r"<CONSIDER> (?:<ADV>)(?:the )?(?:<LOC_TRACK>|noose|rope|the edge|ledge|bridge|pills|tablets|my gun|the gun"
            r"|"
            r"razor|blades)\b",
            r"<CONSIDER> (?:<ADV>)(?:taking|swallowing) (?:all|them all|every|the whole|an overdose|a bottle|the lot)",
            r"(?:<ISUBJ>|already) (?:<ADV>)know (?:exactly )?how i(?:'ll| will|'d| would|'m going to) do it",
            r"(?:settled on|chosen|picked|decided on) (?:a |the |one |my )?(?:method|way)\b",
            r"settled on one\b",
            r"(?:the )?same (?:method|way) (?:again|as before|as last time)",
            r"(?:looking|staring|stare|look) at (?:my|the) (?:<MEDS>|gun|rope|razor|blades|knife|pills) (?:a lot|again"
            r"|every "
            r"night|for hours|and thinking|all the time)",
            r"(?:ahorcarme|tirarme (?:de|del|por)|jogar-me|me jogar|me enforcar)",
            r"walk(?:ing)? (?:to|towards|up to) the (?:edge|ledge|end of the platform)",
            r"(?:the )?(?:jump|drop|fall)(?:'s| is) (?:from|off) ",
            r"(?:aim|aiming|steer|steering) (?:the car |my car )?(?:for|at|into) (?:a |the )?(?:tree|wall|bridge|lorry"
            r"|truck|"
            r"barrier|pillar|oncoming)",
            r"(?:keep|kept|been|i'm) (?:looking|staring) at (?:the|my) (?:rope|pills|gun|tablets|razor|blades|knife"
            r"|belt|noose|meds)",
        ),
        G(
            "method chosen",
            r"which (?:bridge|building|method|pills|tablets|way|rope|spot|place|car park|cliff) i(?:'d| would| will|'ll"
            r"|"
            r" am going to|'m going to) use",
        ),
        G(
            "method/site chosen",
            r"(?:picked|chosen|found|scouted|decided on|chose) (?:out )?(?:the|a|my) (?:spot|place|location|bridge"
            r"|building|way)\b",
            r"(?:staring|looking|stare|look|gazing) (?:down )?at the (?:train )?(?:tracks|rails|drop|water below"
            r"|traffic)",
            r"step(?:ping)? off (?:the )?(?:platform|ledge|edge|roof|bridge|kerb)",
            r"(?:how to|learned to|learning to) tie a noose",
            r"(?:voy a|vou) (?:matarme|suicidarme|me matar)|je vais me (?:tuer|suicider)|ich werde mich (?:umbringen"
            r"|t[oö]ten)",
        ),
        G(
            "method considered",
            r"driv(?:e|ing) (?:my car |the car )?off (?:a |the )?(?:cliff|bridge|road|edge|pier)",
            r"(?:yeet|yeeting|throw|throwing|launch|launching|chuck|chucking) myself (?:off|from|in front of|into"
            r"|under)",
            r"(?:looking|staring|stare|look) at (?:the|my) (?:[\w']+ ){0,6}?(?:rope|noose|belt|pills|tablets|gun|razor"
            r"|blades|"
            r"loft hatch|beam|rafters|"
            r"banister|hook)\b",
            r"how i(?:'d| would| will|'ll| could) (?:<ADV>)(?:jump|hang|overdose|crash|drown|do it)\b",
            r"\bif i (?:drove|crashed|jumped|walked|stepped|drive|crash|jump) (?:my car )?(?:into|off|in front of)",
        ),
        G(
            "method chosen/considered",
            r"(?:figured|worked) out how i(?:'m| am)? (?:going to|gonna|'ll|will) do it",
            r"(?:walk|walking|swim|swimming) (?:out |in |into the \w+ )?(?:and|until|till) (?:not|never|i (?:couldn't"
            r"|can't)) (?:stopping|stop|coming back|get back)",
            r"(?:steer|steering|swerve|swerving) into (?:the )?(?:lorries|trucks|traffic|oncoming|trees|wall)",
            r"an die gleise|zu den gleisen",
        ),
    ),
    rule(
        "plan_method_know",
        G(
            "method knowledge",
            r"know (?:exactly )?(?:what|how much|how many|which) (?:\w+ )?(?:would|will|it would take to) (?:work|do it"
            r"|be enough|kill)",
            r"how much of it",
            neg=False,
        ),
    ),
    rule(
        "plan_means",
        G(
            "means stockpiled/ready",
            r"(?:saving|saved|save|stockpil\w*|hoard\w*|collect\w*|stash\w*|squirrel\w* away|putting aside|put aside|"
            r"building up|storing|counted|counting|gathering|gathered|been keeping|hiding|hidden"
            r"|hid) (?:up )?(?:[\w']+ ){0,4}?<MEDS>",
            r"<MEDS> (?:[\w']+ ){0,3}(?:counted out|saved up|stockpiled|hoarded|in one (?:pot|pile|bag|jar|bowl|place)"
            r"|lined up)",
            r"(?:put|tipped|emptied|poured) all (?:my|the|of my) (?:[\w']+ ){0,2}<MEDS> (?:in|into|out)",
            r"\b(?:[2-9]\d|\d{3}|thirty|forty|fifty|sixty|seventy|eighty"
            r"|a hundred) (?:of )?(?:\w+'s? )?(?:[\w']+ ){0,2}<MEDS>",
            r"(?:got|have|i've got|i have) (?:about |around |over )?(?:[2-9]\d|\d{3}) (?:of them )?now",
            r"(?:rope|noose|ligature|belt) (?:is |'s )?(?:ready|set up|tied|up|in place)",
            r"(?:have|got|i've got|i have|bought|made) (?:the |a |my )?(?:rope|noose) (?:ready|set up|tied)",
            r"(?:tied|made|making|tying|tie) (?:a )?noose",
            r"(?:tengo|guard[eé]|guardo|tengo guardadas) (?:[\w']+ ){0,2}(?:pastillas|comprimidos)",
            r"(?:pastillas|comprimidos) guardad[ao]s",
            r"(?:pills|tablets|meds)(?:'re| are) crushed|crushed (?:up )?(?:the |my |all (?:the|my) )?<MEDS>",
            r"(?:been keeping|kept|keeping|been saving|saving|hoarding|stockpiling|stashing|hiding"
            r"|been hiding) them\b(?! (?:for|"
            r"as) (?:a|my) "
            r"(?:souvenir|keepsake|collection))",
            r"(?:keeping|saving|stockpiling|hoarding|collecting) (?:the |my )?(?:leftovers|spares|extra ones"
            r"|left ?over \w+)",
            r"(?:a good few|several|a few|loads of|\d+) (?:boxes|packets|bottles|strips) (?:of (?:them|<MEDS>) )?(?:now"
            r"|saved|stored)",
            r"got (?:his|my|her|the|dad's) (?:shotgun|gun|rifle|pistol) out",
            r"(?:the )?(?:shells|bullets|cartridges|ammo)\b",
            r"(?:stool|chair) (?:is )?(?:under|beneath) the (?:rope|noose|belt)",
            r"(?:rope|noose|belt) (?:is )?(?:tied|hanging|"
            r"up) (?:to|from|on)",
            r"(?:got|have|i've got) the (?:belt|rope|cord) and (?:the )?(?:hook|beam)",
            r"\bpills pills\b",
        ),
        G(
            "means ready",
            r"(?:loaded|loading) the (?:gun|rifle|shotgun|pistol)",
            r"(?:charcoal|bbq|barbecue) and (?:the )?(?:tape|duct tape)",
            r"hose (?:that )?(?:fits|for|to|on) the exhaust",
        ),
        G(
            "means in hand",
            r"(?:keep|kept|i'm|been) holding (?:the |my )?(?:pills|tablets|knife|razor|blade|gun)",
            person="self",
        ),
        G(
            "CO means",
            r"^(?=.*\b(?:car|van|garage)\b).*(?:got|have|bought|brought|i've got) (?:the |a )?hose",
            person="self",
        ),
        G(
            "means stockpiled/ready",
            r"(?:bought|buying|got) (?:another|a second|a third|more|extra) (?:bottle|box|packet|pack)s? of <MEDS>",
            r"from (?:a )?different (?:chemists?|pharmac\w+|shops?|doctors?)|so they (?:wouldn't|won't) ask",
            r"(?:gun|rifle|shotgun)(?:'s| is) loaded",
            r"the bag and the (?:gas|tank|helium)",
            r"tabletten liegen bereit|la corda [eè] pronta|compr[eé] las pastillas|ya tengo las pastillas",
        ),
    ),
    rule(
        "plan_means_weak",
        G(
            "access to means",
            r"(?:i've got|i have|i've|got|bought|buying|getting|ordered|found) (?:[\w']+ ){0,3}?(?:gun|pistol|rifle"
            r"|shotgun|firearm)\b",
            r"(?:gun|shotgun|rifle|pistol)s? (?:is |are |'s )?(?:in|under) (?:the|my|his|our) (?:barn|house|shed|safe"
            r"|cupboard|loft|"
            r"garage|attic|wardrobe|drawer|bedroom|car)",
            r"know where (?:[\w']+ ){1,3}keeps? (?:the |his |her |their )?(?:gun|rifle|shotgun|pistol|key|pills|tablets"
            r"|meds)",
            r"(?:ordered|bought|purchased|got|picked up) (?:[\w']+ ){0,2}(?:the |some |a |length of )?(?:stuff|supplies"
            r"|rope|"
            r"charcoal|helium|nitrogen|poison|razor ?blades|blades|hose|noose|length of rope)\b",
            r"(?:got|have|i've got|i have|carrying|with) (?:the |my |some |a )?(?:<MEDS>|razor ?blades?|blades?|rope"
            r"|knife|charcoal) "
            r"(?:in my (?:bag|pocket|car|room|drawer|hand)|ready|with me|on (?:my|the) (?:desk|bed|table)|next to me"
            r"|in front of me)",
            r"(?:sitting|standing|lying|i'm) .{0,40}with (?:the |a |my )?(?:razor ?blades?|razor|blades?|knife|<MEDS>"
            r"|rope|gun)\b",
            r"(?:near|next to|access to) the (?:drug|medicine|meds) (?:cupboard|cabinet|trolley)",
            r"(?:i have|i've got|got|i've) (?:the|my|enough|all (?:the|my)) <MEDS>\b",
            r"(?:got|have|brought|bought|gathered|packed) everything (?:i need|i'll need|ready)",
            r"(?:have|got|laid|lined|put|set|counted|taken|getting) them (?:all )?(?:out|ready|lined up"
            r"|in front of me)",
            r"\b(?:helium|nitrogen|exit bag|the bag and the tank)\b",
            r"(?:the |a |my )?(?:rope|noose|gun|shotgun|rifle) (?:is |'s )?in the (?:garage|loft|shed|barn|attic"
            r"|cupboard|wardrobe)",
        ),
        G(
            "means at hand",
            r"(?:got|have|i've got) (?:the |a |my )?(?:rope|noose|belt|blade|razor|gun|pills|tablets) "
            r"(?:in|on|with|under|by) (?:my|the) ",
            person="self",
        ),
        G(
            "access to means",
            r"code (?:to|for) (?:\w+'s )?(?:gun |the gun )?(?:safe|cabinet)|gun (?:safe|cabinet|cupboard)",
            r"(?:gun|rifle|shotgun)(?:'s| is)? (?:still )?in the (?:cabinet|safe|loft|shed|garage)",
            r"(?:tablets|pills|rope|gun|meds)(?:'re| are| is|'s) (?:here|ready|out)\b",
            r"<MEDS> and (?:vodka|wine|whisky|alcohol|booze|gin)",
            r"with the stuff (?:from|in|i)",
        ),
    ),
    rule(
        "plan_research",
        G(
            "researching method/site",
            r"(?:looked|looking|look|searched|searching|googled|googling|researched|researching|reading up on"
            r"|read up on|"
            r"lurking on|lurk on|browsing) (?:up )?(?:[\w']+ ){0,5}?(?:suicide|how to (?:die|kill myself|end (?:it"
            r"|my life))|"
            r"ways to (?:die|kill myself)|methods\b|lethal dose|painless|how long it takes to (?:die|drown|bleed out)|"
            r"how many \w+ (?:it )?(?:takes? )?to (?:die|kill)|bridges?\b|heights\b|how high|overdose|ctb|"
            r"sanctioned suicide)",
            r"(?:already )?looked (?:it )?up how\W*$",
            r"(?:already )?looked up how to do it",
            r"how long (?:does it|would it|will it|it) (?:take|takes) to (?:drown|die|bleed out|suffocate"
            r"|lose consciousness)",
            r"(?:suicide|ctb|pro-ana|sanctioned suicide) (?:forums?|sites?|websites?|subreddits?|groups?)",
            r"(?:life )?insurance .{0,80}(?:suicide|on purpose|deliberate|kill(?:ed)? (?:yourself|myself|themselves)|"
            r"(?:your|my|their) own life)",
            r"how (?:many|much) (?:[\w']+ ){0,6}(?:it would take|would it take|it takes|to (?:die|kill|not wake"
            r"|be fatal))",
            r"how long (?:does it take|would it take|it takes|do they take) for (?:<MEDS>|pills|them) to (?:work|kill)",
            r"(?:for a|to) (?:fall|jump|drop) to be (?:fatal|lethal|deadly)",
            r"(?:survive|survivable) (?:a |the )?(?:fall|jump) from",
            r"(?:fall|falling|jump|jumping|drop) from (?:\d+|\w+) (?:storeys|stories|floors|metres|meters|feet|"
            r"ft)\b.{0,40}(?:fatal|survive|kill|die)",
            r"wie viele .{0,40}braucht man",
            r"(?:fast|express|freight|non-?stopping) (?:ones|trains?) (?:stop|come through|pass)|(?:one|train|"
            r"ones) that (?:doesn't|don't) stop",
        ),
        G(
            "researching method/lethality",
            r"(?:make|making) it look like an accident",
            r"(?:reading|read|been reading) (?:up )?about (?:which |the |"
            r"different )?(?:methods|ways to die|"
            r"how to die|painless)",
            r"narrowed (?:it )?down\b",
            r"(?:would|will|'d|is|are) (?:<ADV>)(?:strong )?enough to (?:hold|take) (?:my|the) weight|(?:hook|beam|rail"
            r"|branch|"
            r"pipe|banister)\b.{0,40}"
            r"strong enough",
            r"(?:if|whether) (?:the |my |all the |these )?(?:<MEDS>|pills) .{0,40}(?:would|will) be enough",
            r"checked (?:that )?(?:it's|its|it is|the gun is|it was) loaded",
        ),
        G(
            "researching lethality",
            r"(?:whether|if) (?:it's|it is|it'd be|it would be) (?:<ADV>)(?:high|tall|deep|strong) enough",
            r"high enough to",
        ),
        G(
            "researching method",
            r"(?:know|knowing|found out|worked out|figured out) which (?:ones|trains|"
            r"one) (?:don't|do not|doesn't) stop",
            r"(?:been )?on the (?:ctb )?forums",
        ),
        G(
            "lethality/sufficiency check",
            r"(?:beam|rafter|banister|bannister|hook|branch|loft hatch|door ?frame|rail"
            r"|pipe)s? (?:[\w']+ ){0,3}(?:should|will|"
            r"would|can|could|might) "
            r"(?:<ADV>)(?:take|hold|bear|support) (?:my|the) weight",
            r"(?:found|know|chosen|picked|got) (?:the|a) method\b",
            r"the forum with",
        ),
        G(
            "researching method",
            r"(?:quickest|easiest|fastest|painless|surest|best|least painful) way to (?:go|die|end it|do it|kill myself"
            r"|"
            r"end my life)\b",
        ),
        G(
            "research",
            r"(?:next )?(?:fast|express|freight|non-?stopping) train",
            r"checking the train times",
            r"(?:needs?|has) to (?:hold|take) my weight",
        ),
    ),
    rule(
        "plan_research_height",
        G(
            "height/access research",
            r"(?:how (?:high|tall)|fenc(?:e|ing)|barriers?|railings?|locked|lock(?:ed)? (?:up )?(?:at night|overnight)|"
            r"get up (?:there|to the top|on (?:the|to) (?:roof|top))|access (?:to )?the (?:roof|top)|open at night|"
            r"can you get (?:on|up)).{0,60}<LOC_HIGH>",
            r"<LOC_HIGH>.{0,60}(?:how (?:high|tall)|fenc(?:e|ing)|barriers?|locked|overnight|get up there|high enough|"
            r"open at night|survive)",
            r"get (?:up )?(?:on|onto|to|up to|on to) (?:the )?(?:roof|top)\b",
            r"tallest building",
            r"(?:been|went|"
            r"gone) up to the (?:\d+\w*|top) floor",
        ),
        G(
            "height research",
            r"(?:tallest|highest) (?:bridges?|buildings?|cliffs?|car parks?|"
            r"multi-?storeys?)",
        ),
    ),
    rule(
        "dose_question",
        G("dose question", r"(?:max(?:imum)?|toxic|safe|highest) (?:dose|amount|level)"),
    ),
    rule(
        "plan_research_dose",
        G(
            "lethal-dose research",
            r"(?:lethal|fatal|deadly) (?:dose|amount|level)",
            r"how (?:many|much) .{0,40}(?:before (?:it|they|you) (?:wreck|damage|destroy|kill|shut)|to (?:die|overdose"
            r"|be fatal|"
            r"be lethal|kill)|would (?:kill|be fatal|be lethal|be enough|do it))",
            r"before it (?:wrecks|damages|destroys|kills|shuts down) (?:your|my) (?:liver|kidneys|heart)",
            r"how many (?:units|pills|tablets|mg|capsules|doses) (?:are )?in a (?:full |whole )?(?:pen|bottle|box"
            r"|packet|pack|strip|vial)",
            r"(?:does|do|will) (?:<MEDS>) (?:go off|expire|lose (?:its|their) strength)",
        ),
    ),
    rule(
        "prep_weak",
        G(
            "letters/notes for loved ones",
            r"(?:written|wrote|writing|left|finished|typed) (?:a |my |the )?(?:note|notes|letters?) (?:for|"
            r"to) (?!(?:my )?(?:pen ?pal|penfriend|"
            r"the council|my landlord|my mp|the editor|my teacher|the school|santa|neighbou?r|boss|manager|insurer"
            r"|bank))(?:my|"
            r"the|everyone|them|each|"
            r"her|him|people)",
        ),
        G(
            "possible preparation",
            r"(?:gave|give|giving|given|handed) (?:my |away my )?(?:[\w']+ ){0,3}(?:to my|to his|to her|to a) "
            r"(?:\w+ )?(?:<REL>|neighbour|neighbor)",
            r"(?:gave|give|giving|given|handed) (?:away )?my (?:[\w']+ ){0,2}(?:accounts?|passwords?)",
            r"(?:the |my )?(?:cat|dog|pet|rabbit|hamster)(?:s)? (?:is|are) going to (?:my|a|the)|(?:rehom\w+"
            r"|found a (?:new )?home for) "
            r"(?:my|the) (?:cat|dog|pet|rabbit)|gave my (?:cat|dog|pet|rabbit)",
            r"sold my (?:car|guitar|bike|things|stuff|console)",
            r"(?:sorted|sort(?:ed)? out|tidied|tied up) (?:everything|all my|all the loose ends|loose ends)",
            r"everything(?:'s| is) (?:<ADV>)(?:sorted|in order|taken care of|arranged|ready)",
            r"(?:all )?tidy (?:by|before) (?:the end of|next|this|tomorrow|friday)",
            r"(?:thanks?|thank you) for (?:everything|listening|being there|all you've done|all your help)",
            r"take care of yourself",
            r"\bgoodbye\b",
            r"(?:write|writing|wrote|make|making) (?:a |my )?will\b",
            r"(?:after|when) (?:you're|you are|i'm|i am) gone",
            r"(?:writing|written|wrote) letters",
            r"passwords? (?:are |is )?(?:in|written|for|saved)",
            r"(?:rent|bills)(?:'s| is| are)? (?:all )?paid(?: up)?",
            r"(?:set up|setting up) auto-?payments",
            r"(?:cancelled|cancelling|i've cancelled|i cancelled) my (?:gym|"
            r"subscriptions?|phone contract|memberships?|direct debits)",
            r"nothing(?:'s| is) left hanging|no loose ends",
            r"(?:updated|update|updating) my will",
            r"(?:feel|feels|feeling) (?:<ADV>)(?:weirdly|strangely|oddly) (?:calm|peaceful|at peace)",
            r"under a fake name|left my phone at home|turned (?:off my phone|my phone off)|told no one where"
            r"|nobody knows where i am",
            r"my \w+ went to my (?:<REL>)",
            r"(?:giving|gave|give|given) (?:away )?(?:all )?(?:of )?my (?:stuff|things|"
            r"belongings|possessions|\w+)"
            r"(?: \w+){0,2} away",
            r"lighten the load",
            r"(?:who|someone) (?:would|will|to) (?:take care of|look after|"
            r"have) my (?:cat|dog|pet|kids|children)",
            r"sorted (?:before|by) (?:the end of|next|this)",
            r"say goodbye properly",
            r"(?:wrote|written|writing|rewriting|finished|left) (?:the|a|my) note\b",
            r"(?:written|wrote|writing) (?:everything|"
            r"it all) down for",
            r"(?:giving|gave|give|given) (?:away )?(?:most|all|some|a lot) of my",
            r"giv(?:e|ing|en) my (?:cat|dog|pet|rabbit|"
            r"guitar|bike) to",
            r"won't be (?:able to|around to) (?:look after|care for|see|feed|walk) (?:him|her|them|my \w+)",
            r"sort(?:ing|ed)? (?:out )?(?:all )?my (?:things|stuff|belongings)",
            r"(?:called|rang|phoned|texted|messaged|visited) (?:[\w']+ ){0,6}to say (?:i love (?:them|her|him|you)"
            r"|goodbye|sorry)",
            r"get(?:ting)? everything sorted",
            r"so (?:it's|it is|it'll be) (?:simple|easy|easier) for (?:my|them|him|her|everyone)",
            r"paid off (?:the|my) (?:credit card|debts?|loans?|overdraft)",
            r"written down (?:the|my|all the|all my) passwords",
            r"(?:who's|who is|who'll|who will) (?:having|taking|get|getting|look after|looking after|have) (?:the"
            r"|my) (?:dog|cat|pet|kids|children)",
            r"(?:written|wrote|writing) to (?:each|all|every one) of (?:my|the)",
            r"nothing (?:else )?left to (?:sort|do|organise|arrange)",
            r"(?:deleted|deleting) (?:all )?my (?:socials|instagram|tiktok|facebook|snapchat)",
            r"said (?:bye|goodbye) to (?:the|my|everyone)",
            r"(?:think|thinks) i'm (?:at|with) (?:the pub|work|school|a mate's|a friend's|my \w+'s)",
            r"alles geregelt|alles erledigt|todo arreglado|tudo resolvido|tout r[eé]gl[eé]",
        ),
    ),
    rule(
        "plan_prep",
        G(
            "preparatory act",
            r"(?:note|notes|letters?)(?:'s| is| are) (?:written|done|ready|finished)",
            r"suicide (?:note|letter)",
            r"won't need (?:it|them|this|these|those|anything|my \w+) (?:anymore|any more|where i'm going|after)",
            r"(?:after|when|once) i'm (?:gone|dead|not here|not around)",
            r"if (?:you|u) don't hear from me",
            r"if (?:anything|something) happens to me",
            r"(?:give|gave|giving|given) away (?:all )?(?:my|of my) (?:stuff|things|belongings|possessions"
            r"|\w+ collection)",
            r"(?:left|leaving|unlocked|leave) the (?:front |back )?door (?:unlocked|open) so (?:they|nobody|no one"
            r"|someone)",
            r"(?:put|putting|got|getting) (?:all )?my affairs in order",
            r"affairs (?:are )?in order",
            r"(?:said|saying) (?:my )?goodbyes?\b(?! to (?:the|my) (?:team|colleagues|class))",
            r"(?:changed|updated|set) (?:my )?(?:\w+ )?(?:bio|status|profile) to (?:goodbye|bye)",
            r"(?:deleted|deleting) (?:all )?my (?:accounts|social media|photos)",
            r"(?:it's|its|now that it's|now it's) (?:been )?decided\b",
            r"suicide note",
            r"(?:wrote|written|writing|finished|drafted) (?:the |my |a few |some )?(?:goodbye|farewell|"
            r"suicide) (?:letters?|notes?|messages?|texts?|"
            r"emails?|videos?)",
            r"\bgoodbye (?:letters?|notes?|messages?|texts?|videos?)\b",
            r"whoever finds me",
            r"(?:so|where) (?:nobody|no one|no-one) (?:would|will|could|can) find me",
            r"before (?:anyone|"
            r"someone) finds me",
            r"(?:putting|put|got|getting|sorting|sorted) (?:all )?my (?:papers|affairs|finances|paperwork) in order",
            r"if (?:anything|something) (?:happens|happened|were to happen) to me",
            r"whoever (?:has to|will have to|needs to) (?:deal with|sort|clean|find)",
            r"(?:make|making) it easy for (?:whoever|"
            r"everyone|them|my \w+) (?:after|when|to)",
            r"(?:don't|didn't|do not) want (?:[\w']+ ){0,3}to blame (?:herself|himself|themselves|themself)",
            r"(?:regal[eé]|di|doné) mis cosas|dej[eé] una carta|escrib[ií] (?:una|las) cartas?"
            r"|dei (?:as )?minhas coisas|deixei uma carta|"
            r"j'ai donn[eé] mes affaires|laiss[eé] une lettre|abschiedsbrief\w*|sachen verschenkt",
        ),
        G(
            "affairs left with instructions",
            r"(?:leaving|left|written|wrote|put) (?:out )?my (?:bank details|passwords|pin numbers?|will|documents|"
            r"paperwork)(?: \w+){0,4} (?:with|for) "
            r"(?:instructions|my|them|him|her)",
            r"made (?:my )?peace with (?:it|everything|dying|death)",
        ),
    ),
    rule(
        "plan_intent",
        G(
            "stated intent/plan",
            r"(?:i'm|i am|i'll|i will|(?:i'm |i am )?going to|i've decided (?:i'm going )?to|decided to|i plan to"
            r"|planning to) "
            r"(?:<ADV>)(?:kill myself|end it|end my life|take my (?:own )?life|hang myself|jump|overdose"
            r"|go through with it|"
            r"do it (?:now|tonight|today|tomorrow|this)|unalive myself|kms)",
            r"(?:i'm|i am|i'll|i will|going to|gonna) (?:<ADV>)(?:take|swallow|down) (?:them all|all of them|the lot"
            r"|every(?:thing| one|"
            r" last one)|all my (?:\w+ )?<MEDS>|all (?:the|of the) <MEDS>)",
            r"(?:i'm|i am) taking them (?:once|when|after|tonight|all|later)",
            r"(?:i'll|i will|going to|gonna) take them (?:with|when|after|tonight|once|later)",
            r"decided (?:that )?(?:i'm going to|i'll|i will|to|i) (?:<ADV>)(?:end|kill|die|do it|go through|not be|take"
            r"|won't be)",
            r"(?:i|i've|i have) (?:<ADV>)(?:got|have|made) a plan (?:to|for) (?:kill|end|die|do it|how)",
            r"(?:i have|i've got|i've|i got) a plan\b",
            r"(?:got|have) it (?:all )?planned",
            r"(?:tomorrow|today|tonight)(?:'s| is) the (?:day|night)",
            r"(?:this|that) is the (?:day|night)\b",
            r"(?:i'm|i am) (?:<ADV>)(?:nearly |almost |finally )?ready(?: to go| to do it| now)?\W*$",
            r"(?:i'm|i am) (?:<ADV>)(?:nearly|almost) ready",
            r"just waiting (?:until|till|for) .{0,50}(?:over|done|finished|"
            r"passed|to be over)",
            r"won't be (?:here|around|alive) (?:when|by|for|after|much longer|next)",
            r"(?:not sure|haven't (?:decided|picked)|don't know) (?:exactly )?when(?: yet)?\b",
            r"haven't picked a date",
            r"(?:voy a|vou) (?:tomar(?:me)?|tom[aá]-?l[ao]s) .{0,20}(?:todas|todos)",
            r"me las voy a tomar todas",
            r"(?:voy a|vou) (?:tomar|tomarme) todas",
            r"(?:have|picked|set|chose|chosen) a date\b",
            r"\bi know when\b",
            r"(?:haven't|not) (?:figured|worked) out how\b",
            r"need to (?:work|figure) out how\b",
            r"(?:i'm|i am) going to do it\b",
            r"\bi decided\b(?! to (?:go|get|take up|"
            r"start|try|buy|move))",
            r"not getting on (?:one|it|the train)",
        ),
        G(
            "stated intent",
            r"(?:it's|it is) happening (?:tonight|today|now|tomorrow)",
            r"(?:i'm|i am) doing it (?:tonight|today|now|tomorrow|this)",
            r"take the whole (?:bottle|packet|box|lot|pot)",
            r"(?:i'll|i will|going to|gonna) go back\b",
            r"(?:i'm|i am) ending (?:this|it)\b",
            person="self",
        ),
        G(
            "stated intent/plan",
            r"(?:won't|will not|not going to) be (?:here|around|alive) (?:long enough|much longer|for long|by then)",
            r"(?:i've|i have) (?:already )?decided\W*$",
            r"(?:when|once|while) (?:my )?(?:flatmate|partner|parents|family|everyone|husband|wife|roommate|mum"
            r"|dad)(?:'s| is| are|'re)? "
            r"(?:away|out|asleep|gone|at work|on nights)",
        ),
        G(
            "working out details",
            r"(?:working|figuring|sorting) out the (?:details|logistics)",
            r"planning the details",
        ),
        G(
            "stated intent (non-English)",
            r"(?:voy a|vou) (?:matarme|suicidarme|me matar)|je vais me (?:tuer|suicider)|"
            r"ich werde mich (?:umbringen|t[oö]ten)",
            person="self",
        ),
        G(
            "intent with timeframe",
            r"i(?:'ll| will) be (?:<ADV>)(?:gone|dead) (?:by|before) (?:the )?(?:morning|"
            r"tomorrow|tonight|then|sunrise|"
            r"the weekend|monday|friday|sunday)",
            person="self",
        ),
        G(
            "planning death",
            r"planning (?:my|his|her) (?:own )?(?:death|suicide|exit|end)",
            r"plan(?:ned|"
            r"ning)? (?:how|when) (?:i'll|i will|to) "
            r"(?:die|do it|end it|kill myself)",
        ),
        G(
            "stated intent",
            r"(?:tonight|today|this)(?:'s| is) the end\b",
            r"it (?:all )?ends (?:tonight|today|now)\b",
            r"(?:i'm|i am) (?:going to|gonna) do it (?:tonight|today|now)\b",
            person="self",
        ),
        G(
            "stated intent/plan",
            r"not to get on (?:one|it)",
            r"(?:work|working|build|building|psych\w*) (?:myself )?up to it",
            r"(?:not sure|unsure|don't know) how yet",
            r"need to pick a (?:day|date|time)",
            r"next time i(?:'ll| will) (?:<ADV>)do it (?:right|properly)",
            r"(?:go|come) back (?:tomorrow|tonight|later|\w+day) and do it",
            r"doing it (?:before|after|when|tonight|today|in an hour|now)\b",
            r"(?:stasera|stanotte) lo faccio|ho (?:gi[aà] )?deciso|heute nacht ist es so weit",
            person="self",
        ),
    ),
    rule(
        "plan_rehearsal",
        G(
            "rehearsal",
            r"(?:took|take|taking) my hands? off the (?:wheel|steering)",
            r"(?:checked|tested|test|check|testing|checking|made sure) (?:if |whether |that )?(?:the )?(?:beam|rafter"
            r"|banister|"
            r"hook|branch|loft hatch|door ?frame|rail|pipe|bannister)s? (?:in (?:the|my) \w+ )?(?:[\w']+ ){0,3}(?:take"
            r"|hold|bear|"
            r"support)s? "
            r"(?:the |my )?weight",
            r"(?:practis|practic|rehears)(?:ed|ing|e) (?:tying|the knot|it|with the)",
            r"put (?:the |a )?(?:rope|belt|noose|cord) (?:around|round) my neck",
            r"tried (?:it )?(?:with|on) (?:the|a) (?:rope|"
            r"belt|cord)",
        ),
        G(
            "rehearsal",
            r"till (?:security|the police|someone) (?:came|arrived)|(?:security|police) (?:came|found me|moved me)",
            person="self",
        ),
    ),
    rule(
        "site_visit",
        G(
            "visiting a site",
            r"(?:stood|standing|went|go|going|walked|walking|been walking|visit|visited|visiting|drove"
            r"|driving) (?:[\w']+ ){0,3}"
            r"(?:to|on|at|down to|up to|over) the (?:bridge|edge|ledge|cliff|tracks|water|river|estuary|roof|top floor"
            r"|sea|pier)\b",
            r"(?:drove|went|walked|been|gone|go|going|went back) (?:up )?(?:to|down to) the (?:<LOC_HIGH>|cliffs?"
            r"|tracks|river|"
            r"sea|quarry)",
            r"(?:sat|stood|standing|sitting) (?:on|at) the (?:top level|top floor|edge|ledge)",
            r"(?:going|went|been going|go) to the (?:station|platform|"
            r"train station)\b.{0,40}(?:watch|trains)",
            r"(?:driving|drive|drove|walking|walk|walked|going|go|went) (?:past|to|down to|up to) the (?:reservoir|lake"
            r"|canal|"
            r"river|sea|pier|dam|quarry|"
            r"cliffs?|bridge|viaduct|tracks)\b.{0,50}(?:every|for hours|most nights|again)",
            r"(?:went|go|going|been) up to the top of the (?:car park|multi-?storey|building|tower)",
        ),
    ),
    rule(
        "attempt",
        G(
            "suicide attempt",
            r"(?:tried|attempted|try|trying) (?:to )?(?:kill myself|end (?:it|it all|my life|things)"
            r"|take my (?:own )?life|commit suicide|"
            r"hang myself|overdose|unalive myself)\b",
            r"\b(?:i|i've) (?:attempted|overdosed)\b(?! on (?:coffee|caffeine|sugar|chocolate))",
            r"(?:my|a|last|previous|first|second) (?:suicide )?attempt\b(?! (?:at|to (?:bake|cook|run|learn|fix)))",
            r"(?:disappointed|annoyed|gutted|angry|sad|upset) (?:that )?it didn't work",
            r"woke up in (?:the )?(?:hospital|a&e|icu|er)\b",
            r"survived (?:my|an|the) (?:attempt|overdose)",
        ),
        G(
            "suicide attempt",
            r"(?:after|since) (?:taking|i took|i'd taken) an overdose",
            r"wish(?:ed)? it (?:had )?worked",
            r"shame it didn't work",
            r"\bi tried (?:last night|yesterday|this morning|again|on \w+day)\b",
            r"woke up on the (?:bathroom |kitchen )?floor",
            r"attempt failed|(?:it|attempt) didn't work\b",
            person="self",
        ),
    ),
    rule(
        "finality",
        G(
            "finality/goodbye",
            r"(?:this is|it's) (?:my )?(?:last|final) (?:message|post|text|goodbye|time talking)",
            r"goodbye (?:everyone|all|forever|world|cruel)",
            r"(?:tell|let) (?:my )?(?:\w+ )?(?:mum|mom|dad|family|kids|wife|husband|sister|brother|parents|them"
            r"|everyone|her|him) "
            r"(?:that )?i love (?:her|him|them|you)",
            r"won't matter (?:<ADV>)(?:much )?(?:after|soon|by|anymore)",
            r"(?:after that|then) (?:nothing|"
            r"it) (?:else )?(?:matters|won't matter)",
            r"nothing else matters",
            r"(?:<ADV>)(?:wanted|want|needed) (?:to )?(?:tell|talk to) (?:someone|somebody|you|one person) (?:first"
            r"|before)",
            r"wanted (?:someone|somebody|one person) to know",
            r"\bbefore\W*$",
            r"please don't (?:try (?:and|to) )?(?:talk me out of it|stop me|ring anyone|call anyone|call the police"
            r"|send anyone)",
            r"(?:don't|didn't) want to be alone when it happens",
            r"for good\b",
            r"it'll (?:all )?be over (?:soon|quickly)",
            r"(?:wanted|want) (?:it|this) to be the last time",
            r"see you on the other side",
            r"i'm sorry\W*$",
            r"it'll be within",
            r"^(?:my )?last message\b",
            r"^goodbye\W*$",
            r"(?:want|wanted) (?:someone|somebody|you|people) to know (?:where i am|"
            r"what happened|why)",
            r"(?:just )?(?:wanted|want|needed) (?:to )?(?:tell|talk to) (?:someone|somebody|one person)\W*$",
            r"(?:don't|didn't) want to be alone (?:when|while) it happens",
            r"(?:the )?last thing i(?:'m| am| will|"
            r"'ll)? (?:ever )?(?:do|doing|say|write)",
            r"tell nobody",
            r"i mean it this time",
            r"not (?:calling|ringing|telling) anyone",
            r"don't want (?:help|to be saved|"
            r"anyone to (?:come|stop me))",
        ),
        G("bye", r"\bbye\W*$", person="self"),
        G(
            "finality/goodbye",
            r"(?:my )?last (?:cigarette|meal|drink|night|sunset)\b",
            r"(?:wanted|want) to say (?:thank you|thanks|goodbye|"
            r"sorry) to (?:someone|somebody|you|everyone)",
            r"i'll be (?:done|gone|dead) (?:before|by)",
            r"(?:today|tonight)(?:'s| is) my last (?:day|night)\b(?! (?:at|of|in|on|"
            r"before|with|as)\b)(?!.{0,40}\b(?:job|work|team|office|holiday))",
            person="self",
        ),
        G("finality", r"(?:they'll|he'll|she'll|you'll) understand (?:later|one day|soon|when|eventually)"),
        G("farewell thanks", r"^(?:<ADV>)(?:wanted|want) to say (?:thank you|thanks|goodbye)\b", person="self"),
        G(
            "not coming back",
            r"(?:not|won't be|never) (?:going|coming) back (?:down|home|up)\b",
            r"(?:don't|do not) think i'm (?:going|coming) back",
            person="self",
        ),
        G("apology/goodbye", r"tell (?:my )?[\w']+ (?:that )?i'm sorry", person="self"),
        G(
            "last night / said goodbyes",
            r"(?:it's|this is|tonight is|today is) my last (?:night|day)\b(?! (?:at|of|in|on|before|with|"
            r"as)\b)(?!.{0,40}\b(?:job|work|team|office|holiday))",
            r"said (?:what|everything) i (?:needed|wanted|had) to say",
            r"see you (?:all )?on the other side",
        ),
        G(
            "concealment",
            r"(?:not telling|won't tell|not going to tell) (?:you|anyone) (?:which|what|how many|"
            r"where)",
            person="self",
        ),
        G(
            "trailing 'after'",
            r"\bafter\W*$",
            r"\bbye (?:everyone|all|guys)\b",
            r"this is goodbye",
            r"\badi[oó]s\W*$",
            r"last (?:one|time) i reckon",
            r"my last day (?:anywhere|on earth|alive|ever)",
            person="self",
        ),
    ),
    rule(
        "act_location",
        G(
            "at a height/track",
            r"(?:i'm|i am|i'm now|currently|sitting|standing|stood|i'm sitting|i'm standing) (?:[\w']+ ){0,2}(?:on|at"
            r"|on top of|"
            r"at the top of|on the edge of|by) (?:the |a |my )?(?:roof|rooftop|ledge|bridge|edge|cliff|cliff edge"
            r"|platform|tracks|"
            r"railway|balcony|top floor|top of (?:the|a|my) (?:building|car park|multi-?storey|tower|bridge))\b",
            r"^(?:on|at) the (?:roof|bridge|ledge|platform|tracks|cliff)\W*$",
            r"^standing on the (?:platform|bridge|ledge|roof)",
            r"(?:i'm|i am|sat|sitting|stood|standing|perched|lying|here) (?:[\w']+ ){0,2}(?:on|at|on top of"
            r"|at the top of|"
            r"on the edge of|at the edge of|by|"
            r"at the end of) (?:the |a |my )?(?:edge of (?:the |a )?)?(?:roof|rooftop|ledge|bridge|edge|cliff|platform"
            r"|tracks|"
            r"railway|balcony|"
            r"top floor|car park|multi-?storey|quarry|pier|top of (?:the|a|my) (?:building|car park|multi-?storey|tower"
            r"|bridge))\b",
            r"^parked (?:up )?(?:by|at|near) the (?:quarry|bridge|cliffs?|river|sea|tracks)",
            person="self",
        ),
        G(
            "at a height",
            r"(?:at|on) the (?:top|edge) of the (?:cliffs?|cliff path|quarry|gorge|dam|viaduct)",
            person="self",
        ),
        G("at a station", r"(?:i'm|im|i am) at the (?:station|train station|platform)", person="self"),
    ),
    rule(
        "act_co",
        G(
            "carbon monoxide in progress",
            r"(?:engine|car)(?:'s| is)? (?:still )?(?:running|on)\b.{0,80}(?:garage|door (?:is )?(?:down|shut|closed)"
            r"|hose|exhaust|taped)",
            r"(?:garage|hose|exhaust).{0,80}(?:engine|car)(?:'s| is)? (?:still )?(?:running|on)\b",
            r"taped the hose",
            r"(?:lit|burning|lighting) (?:a |the |some )?(?:charcoal|bbq|barbecue) in (?:my|the) (?:room|tent|car"
            r"|bedroom|flat)",
            r"(?:noose|rope|belt|ligature) (?:is )?(?:around|round|on) my neck",
            person="self",
        ),
    ),
    # first added with the supplementary lexicon families
    rule(
        "si_reunion",
        G(
            "wish to join the dead",
            r"(?:want|wanted|wanting|long|longing|just want) to (?:be with|join|see) (?:him|her|them|my <REL>)(?: again"
            r"|"
            r" in heaven| on the other side)?\b",
            r"(?:joining|join|be with|being with) (?:her|him|them|my \w+)(?: again|"
            r" in heaven| on the other side)?\b",
            r"(?:be|go) (?:wherever|where) (?:he|she|they) (?:is|are)\b",
            person="self",
        ),
    ),
    rule(
        "personal",
        G(
            "personalised question",
            r"(?:i'm|i am|i weigh|someone|for someone|at) (?:about |around |only )?\d+ ?(?:kg|kilos|lbs|pounds"
            r"|stone)\b",
            r"asking for (?:me|myself)",
            r"not for fun",
            r"not for a (?:story|project|book|friend)",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "act_strong",
        G(
            "in a dangerous position",
            r"(?:climbed|climbing|i'm|i am|gone) (?:over|past) the (?:railing|barrier|fence|rail|edge)",
            r"(?:wrong|other) side of the (?:railing|barrier|fence|rail)",
            r"with my legs over",
            r"\bon the ledge\b",
            r"(?:sat|sitting|standing|stood) on the edge of the (?:roof|bridge|cliff|"
            r"building|balcony)",
            r"\b\d+ (?:floors|storeys|stories)(?: up| down| high)?\W*$",
            r"(?:taken off|took off|unbuckled|undone) my seatbelt",
            person="self",
        ),
        G(
            "at a dangerous place now",
            r"\b(?:i'm|i am) (?:on|at) the (?:bridge|roof|ledge|edge|cliff|platform|"
            r"tracks)\b(?=.{0,20}\b(?:right now|rn|now)\b)",
            r"^(?:on|at) the (?:roof|bridge|ledge|edge|cliff|platform|tracks)(?: now| right now|\W*$)",
            r"(?:walking|wading|swimming) (?:into|out into|in) the (?:river|sea|water|lake|canal)(?: now| right now"
            r"|\W*$)",
            r"estoy en el puente|estoy en la azotea|estou na ponte|ich bin auf der br[uü]cke|je suis sur le pont"
            r"|sono sul ponte",
            person="self",
        ),
    ),
    rule(
        "act_maybe",
        G(
            "act possibly started",
            r"^(?:i've|i have) (?:already )?started\W*$",
            r"^it's started\W*$",
            r"^(?:i've|i have) done it\W*$",
            r"already done it",
            person="self",
        ),
        G(
            "means in hand",
            r"(?:sitting|sat|lying|standing|i'm|i am) (?:in|on) (?:the|my) (?:bath|bathroom floor|bed|car"
            r"|floor) with (?:the |a |"
            r"my )?(?:razor|blade|knife|pills|"
            r"tablets|rope|gun)",
            r"(?:holding|hold) (?:the |my |a )?(?:pills|tablets|knife|razor|blade|gun|rope) (?:in my hand|"
            r"in my hands)",
            r"(?:keep|kept|i'm) holding (?:the |my )?(?:pills|tablets|knife|razor|blade|gun)",
            person="self",
        ),
        G(
            "means at hand",
            r"(?:gun|knife|pills|tablets|rope|razor|blade)(?:'s| is| are)? (?:on my lap|in my hand|in my hands"
            r"|next to me|in front of me)",
            r"(?:it's|it is) on my lap",
            r"^it's done\W*$",
            r"(?:gun|rifle|shotgun)(?:'s| is) loaded",
            person="self",
        ),
    ),
    # Active ideation tied to a time ("I want to kill myself tonight", "tonight I want to die"): a stated
    # when is a plan detail (C-SSRS 5, "worked out the details"), so compose.py counts it as a plan (high)
    # even without a method -- as "I'm going to kill myself tonight" already was.  Its own key (not a
    # plan_intent group) so it is not read as intent for the imminent rules, and runs last (golden order).
    rule(
        "si_timeframe",
        G(
            "desire with a timeframe",
            r"(?:want|wanna|need|wish|feel like|tempted|urges?|ready|going|planning|plan)(?:ing|s)? (?:to "
            r"|2 )?(?:<ADV>)"
            r"(?:kill(?:ing)? myself|die|dying|end(?:ing)? it(?: all)?|end(?:ing)? my life|take my (?:own )?life|"
            r"unalive myself|commit(?:ting)? suicide|kms),? (?:[\w']+,? ){0,2}"
            r"(?:<DAYT>|<NEAR>|today|tomorrow|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday))\b",
            r"\b(?:<DAYT>|today|tomorrow)\W? (?:i )?(?:<ADV>)(?:want|wanna|need|feel like|am going|'m going|will|'ll)"
            r"(?:ing)? (?:to )?(?:<ADV>)(?:kill(?:ing)? myself|die|end it(?: all)?|end my life|take my (?:own )?life|"
            r"unalive myself|commit suicide|kms)\b",
            person="self",
        ),
    ),
)
