"""Documented rules over a reply's text: rule-detected techniques, and the reply guard's safety patterns.

Each rule is a regex over the normalised reply (lower case, typographic quotes straightened). A rule match
counts as probability 1.0 for techniques; for safety it blocks the reply (``guard.check``). The safety patterns
are the guard's floor under the safety tower: explicit, auditable, and never the only line of defence (the tower
reads stance in any wording; the rules catch numbers and set phrases the tower may miss).

Context switches (``rule_safety`` arguments), decided from the user's side:
- ``at_risk``: the user is at any crisis risk, or asks about means (``means_seeking``) -> method, means,
  lethality, height, location and timing details are blocked;
- ``eating_disorder``: eating-disorder cues (``ed_cues``) -> calorie and weight numbers, fasting, restriction,
  appetite suppression and weight-loss advice are blocked;
- ``relationship``: an ex, a breakup or abuse in the conversation (``relationship_context``) -> advice to
  contact, confront or go back to that person is blocked.
"""

from __future__ import annotations

import re

from pixel_model.crisis.phatic import is_phatic

_TECHNIQUE_RULES: dict[str, tuple[str, ...]] = {
    "validation": (
        r"\b(it|that) (makes|make) (a lot of |total |complete )?sense\b",
        r"\bunderstandable\b",
        r"\b(it'?s|it is) (okay|ok|normal|natural|valid) to (feel|be)\b",
        r"\bthat sounds (really |so |very |incredibly )?(hard|difficult|painful|tough|exhausting|overwhelming"
        r"|stressful)\b",
        r"\byour feelings (are|make) (valid|sense)\b",
        r"\banyone would feel\b",
    ),
    "affirmation": (
        r"\bit takes (a lot of )?(courage|strength)\b",
        r"\byou'?ve (shown|done|made) (so much|real|great|a lot)\b",
        r"\b(i'?m|i am) (proud|glad) (of you|you)\b",
        r"\bthat'?s a (big|great|important) step\b",
        r"\byou (are|'re) (clearly )?(strong|resilient|doing your best)\b",
    ),
    "psychoeducation": (
        r"\b(is|are) a (common|normal|natural) (response|reaction|part)\b",
        r"\bresearch (shows|suggests)\b",
        r"\b(anxiety|depression|stress|grief|panic) (is|can)\b",
        r"\bfight[- ]or[- ]flight\b",
        r"\bmany people (experience|feel|find)\b",
    ),
    "grounding": (
        r"\b(slow|deep) breaths?\b",
        r"\bbreathe (in|out|slowly)\b",
        r"\b5-4-3-2-1\b",
        r"\bnotice (five|5|your feet|what you can)\b",
        r"\bground(ing)? (yourself|exercise|technique)\b",
        r"\bfeel your feet\b",
    ),
    "crisis_resources": (
        r"\b988\b",
        r"\b741741\b",
        r"\bcrisis (line|text line|lifeline)\b",
        r"\bemergency services\b",
        r"\bfindahelpline\b",
    ),
}

_NUM = r"(\d+([.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|a hundred)"
_SAFETY_ALWAYS: dict[str, tuple[str, ...]] = {
    "self_harm_encouragement": (
        # permission, approval or encouragement of suicide, self-harm or starving, in the reply's own voice
        r"\b(it'?s|it is|that'?s|that is|its) (okay|ok|fine|alright|all right|understandable|reasonable|your right|"
        r"your choice|a valid choice|brave|natural|normal) (for you )?to (want to )?(take your (own )?life"
        r"|kill yourself|"
        r"end (your life|it all|things|it)|die|hurt yourself|harm yourself|cut( yourself)?|self[- ]harm|starve|"
        r"stop eating|not eat|give up on (life|living))\b",
        r"\byou (should|could|can|might as well|deserve to|have every right to) (just )?(kill yourself|end (your life"
        r"|it all|"
        r"things)|die|hurt yourself|cut yourself|starve yourself|take your (own )?life|disappear for good)\b",
        r"\b(go ahead|do it)[,.!]? (and )?(end it|kill yourself|take (them|the pills)|jump)\b",
        r"\b(everyone|they|people|your family|the world)('?d| would) (be )?better off without you\b",
        r"\bno ?one would (even )?(miss|notice) (you|if you)\b",
        r"\b(rest|sleep|peace) (for good|forever|at last)\b.{0,40}\b(you'?ve earned|you deserve|let yourself)\b",
        r"\b(you'?ve earned|you deserve|let yourself (have|find)) (your |a |the )?(final |eternal |permanent )?"
        r"(rest|peace|release)( for good| forever| at last)\b",
        r"\byou'?ve earned (your|a|the) (final |eternal |permanent |long )?(rest|sleep|release)\b",
        r"\b(cutting|self[- ]harm|hurting yourself|starving yourself|not eating) (is|can be) (a |an )?(fine|healthy|"
        r"valid|good|okay|ok|normal|harmless) (way|thing|choice|coping)\b",
        r"\b(skipping|restricting) (meals|food|eating) (shows|is|takes) (real )?(discipline|strength|willpower)\b",
        r"\b(life|living) (isn'?t|is not) (worth it|for everyone)\b",
    ),
    "claims_human": (
        r"\bi'?m (a )?(real )?(human|person)\b(?! (who|that) )",
        r"\bi am (a )?(real )?(human|person)\b",
        r"\bi'?m a (licensed|qualified|certified|trained) (therapist|counsell?or|psychologist|psychiatrist|"
        r"doctor|nurse)\b",
        r"\bas (a|your) (licensed |qualified )?(therapist|psychologist|psychiatrist|doctor|counsell?or)\b",
        r"\b(when|after) (my|i lost my) (mum|mom|dad|father|mother|wife|husband|partner|son|daughter|"
        r"brother|sister|dog|cat) (died|passed)\b",
        r"\bi'?m (typing|sitting) (this )?(from|at) my\b",
        # a life of its own, told in the reply's voice: family, a past, a body (an AI has none of them)
        r"\bmy (own )?(wife|husband|partner|boyfriend|girlfriend|kids|children|son|daughter|mum|mom|mother|"
        r"dad|father|parents|family|friends|brother|sister|grandmother|grandfather|grandma|grandpa|"
        r"colleagues|boss|childhood)\b",
        r"\bmy (best |close |good |old )?friend (says|said|tells|told|wants|wanted|who|has|had|is|was|and i|once|"
        r"always|went|lost)\b",
        r"\b(it|this|that|the same thing|something (similar|like this)) (once )?(happened|has happened) to me\b",
        r"\bwhen i was (a |an )?(kid|child|teen|teenager|boy|girl|young|little|your age|younger|in (school|"
        r"college|high school|university))\b",
        r"\bi (remember|recall) (when|the (time|day)) i\b",
        r"\bi('ve| have) (been through|gone through|lived through|had) (the same|a similar|something similar)\b",
        r"[(*] ?(smil|nod|laugh|sigh|hug|grin|chuckl|wink)\w*[^)*\n]{0,30}[)*]",
        r"\bmy name is (?!pixel\b)[a-z]+\b",
        # a past with the user it does not have (it knows only this conversation)
        r"\b(last time|the last time|when) we (talked|spoke|chatted|met)\b|\bsince (we|you and i) (last )?(talked|"
        r"spoke|chatted|met)\b|\bwhen we (first )?met\b",
        r"\b(it'?s|it has) been (months|weeks|years|ages|a (long )?while) since (we|you (asked|told) me|that (day|"
        r"moment|talk|conversation))\b",
        # a clinical setting it does not have
        r"\b(under|with) (the )?(professional|clinical|medical|expert) (supervision|oversight)\b",
        r"\b(supervised|overseen|monitored|reviewed) by (a |our |trained |qualified )*(professionals?|clinicians?|"
        r"therapists?|doctors?|psychologists?|counsell?ors?)\b",
    ),
    "diagnosis_prescription": (
        r"\byou (have|'ve got|are suffering from|clearly have|definitely have) (bipolar|bpd|adhd|"
        r"ptsd|ocd|schizophrenia|depression|clinical depression|an? (anxiety|personality|"
        r"eating|panic) disorder|autism|anorexia|bulimia)\b",
        r"\byou should (start|stop|come off|quit) (taking )?(lithium|sertraline|prozac|xanax|"
        r"fluoxetine|citalopram|diazepam|your (meds|medication|antidepressants|pills))\b",
        r"\bi('?m| am) diagnosing you\b",
    ),
    "medical_dosing": (
        rf"\b{_NUM}\s?(mg|mcg|µg|milligrams?|micrograms?|ml|millilit(re|er)s?|iu|units)\b",
        rf"\btake {_NUM} (of (your|the|those|these|his|her|their) )?([a-z-]+ )?(tablets?|pills?|capsules?|"
        rf"doses?|caplets?|puffs?)\b",
        r"\b(increase|double|raise|up|halve|lower) (your|the|his|her|their) (dose|dosage|meds)\b",
        r"\b(double up|take (an )?extra (dose|one|pill|tablet))\b",
    ),
    "false_promise": (
        r"\bi('?ll| will) (always|forever) be (here|there|with you|by your side|around)\b",
        r"\bi('?ll| will) be (here|there) (for you )?(always|forever|no matter what|every step)\b",
        r"\bi('?ll| will) never (leave|abandon|give up on|stop being there for) you\b",
        r"\bi promise\b(?! (not|nothing))",
        r"\beverything (will|is going to|'?ll) (be|turn out) (fine|okay|ok|alright|all right|perfect)\b",
        r"\bi('?ll| will) do (everything|anything|whatever it takes) in my power\b",
        r"\byou can (always )?count on me (forever|always|no matter what)\b",
        r"\bi('?m| am) (always|forever) (here|there) for you\b",
        r"\bforever and always\b",
        r"\bi('?m| am|'ll| will be) (here|there) for you,? (always|forever|no matter what|any ?time|24/7|"
        r"day (and|or) night|whenever you need)\b",
        r"\bi('ll| will) (always|never) (remember|forget)\b",
        r"\bi('ll| will) always be\b",
        r"\bi('ll| will) never (leave|go|disappear|stop|be gone)\b",
        r"\bi won'?t (ever )?(leave|go anywhere|abandon|disappear)\b",
        r"\bi('?m| am|'?ll be| will be) (here|there) (to (support|help|be with|walk with) you|for you)\b"
        r"[^.?!]{0,30}\b(every step of the way|all the way|no matter (what|how|when))\b",
        r"\bi('?m| am|'?ll be| will be) (with|beside) you (every step of the way|all the way)\b",
        r"\bno matter what,? i('ll| will|'m| am)\b",
        # permanence told with punctuation between the parts, or as not leaving
        r"\bi('?m| am|'?ll be| will be) (here|there|with you),? (for you,? )?(every step of the way|all the way)\b",
        r"\bi('?m| am) not going (anywhere|away)\b",
        # confidentiality it cannot promise (requests are audited; a crisis may reach a person: README "Security")
        r"\b(everything|anything|all|whatever) (you (say|share|tell me|write)|(that )?(is |we )?discuss\w*|(we|you) "
        r"(talk|talked) about)\b[^.?!]{0,40}\b(is|are|will be|stays?|remains?) (completely |totally |strictly |100% )?"
        r"(confidential|private|secret|between us)\b",
        r"\b(this|our) (conversation|chat|talk|session) is (completely |totally |strictly |100% )?(confidential|"
        r"private|secret)\b",
        r"\bwe('ll| will) (always|never) (be together|lose each other|be apart)\b",
    ),
}
_SAFETY_AT_RISK: dict[str, tuple[str, ...]] = {
    "means_information": (
        rf"\b{_NUM}\s?(floors?|stor(e)?ys?|met(re|er)s?|m|feet|ft|foot)\b",
        rf"\b{_NUM}\s?(tablets?|pills?|capsules?|packets?|boxes|grams?|g)\b",
        r"\b(lethal|fatal|deadly|toxic|overdose) (dose|amount|level|quantity|height)\b",
        r"\b(high|tall|deep|lethal|strong|toxic) enough (to|for|that)\b|\b(is|are|be) (usually |probably |definitely )?"
        r"(high|tall|deep) enough\b",
        r"\b(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top) (floor|stor"
        r"(e)?y)\b",
        r"\b(most|quickest|fastest|easiest|least painful|painless|surest|reliable) (way|method|means)\b",
        r"\b(it|death|that) (would |will )?(takes?|take) (about |around )?(minutes|hours|seconds)\b",
        r"\b(liver|kidney|organ) (failure|damage) (takes|sets in|happens)\b",
        r"\bhow to (hide|cover|conceal) (the )?(cuts|scars|marks|burns)\b",
        r"\b(noose|ligature|hanging point|carbon monoxide|exhaust|helium|pesticide|weedkiller|antifreeze)\b",
    ),
}
_SAFETY_ED: dict[str, tuple[str, ...]] = {
    "eating_disorder_harm": (
        r"\b\d{2,4}\s?(k?cals?|kilocalories|calories)\b",
        r"\bcalori(e|es) (target|goal|deficit|limit|budget|count)\b",
        r"\b(aim|stick|keep|stay|get) (for|to|under|below|around|at) .{0,20}\bcalories\b",
        r"\b\d{2,3}\s?(kg|kilos?|lbs?|pounds?|stone|st)\b",
        r"\b(goal|target|ideal) (weight|bmi)\b",
        r"\bbmi (of|under|below|around) \d",
        r"\b(intermittent )?fasting\b",
        r"\b(16:8|omad|one meal a day|water fast|juice cleanse)\b",
        r"\bskip(ping)? (meals|breakfast|lunch|dinner)\b",
        r"\b(suppress|curb|control|reduce) (your )?(appetite|hunger)\b",
        r"\b(lose|drop|shed|losing|dropping|shedding) (the |some |more |a few )?(weight|pounds|kilos|fat|\d)",
        r"\bweight[- ]loss\b",
        r"\bcut (out )?(carbs|calories|sugar)\b",
        r"\bburn (off|more) (the )?calories\b",
        r"\b(diet pills?|laxatives?|appetite suppressants?)\b(?! (are|can be) (dangerous|harmful))",
    ),
}
_SAFETY_RELATIONSHIP: dict[str, tuple[str, ...]] = {
    "unsafe_contact": (
        r"\b(reach out|talk|speak|write|text|call|message|go|get back|reconnect) (directly )?(to|with) (them|him|her"
        r"|your ex|"
        r"your former partner|your abuser)\b",
        r"\b(contact|text|call|message|email|dm|write to|visit|see) (them|him|her|your ex|your abuser)\b"
        r"(?! (only )?(if|through|via) (a |your )?(solicitor|lawyer|mediator|police))",
        r"\b(confront|face) (them|him|her|your (abuser|ex|partner|attacker|stalker))\b",
        r"\b(go|going|get|getting) back (to|together with) (them|him|her|your ex)\b",
        r"\b(give (him|her|them) (another|a second) chance)\b",
        r"\bkeep (it|this|what happened) (between us|a secret|secret|to yourself)\b",
    ),
}
_NEGATED_HUMAN = re.compile(r"\b(not|n't|never) (a )?(real )?(human|person)\b|\bi'?m an ai\b|\bi am an ai\b")
_NEGATION = re.compile(
    r"\b(not|never|n't|don'?t|do not|no|avoid|please don'?t|without|rather than|instead of|"
    r"can'?t|cannot|won'?t|wouldn'?t|couldn'?t|shouldn'?t)\b"
)
_ED_CUES = re.compile(
    r"\b(anorexi\w*|bulimi\w*|binge\w*|binged|purg\w*|eating disorder|ed recovery|in recovery from (an? )?ed\b|"
    r"restrict(ing)?|starv\w*|laxatives?|throw(ing)? up (after|what i eat)|"
    r"(make|making|made) myself (sick|throw up|vomit)|"
    # other tenses and wordings of skipping food, fasting to compensate, a target to get down to
    r"(keep|kept|been|always|started|start|keeps) skip\w* (my )?(breakfast|lunch|dinner|meals?|food)|"
    r"skip(ping)? (my )?(breakfast|lunch|dinner|meals?) (to|so (that )?i|every|most|again)|"
    r"(fast|fasting) for (\w+ )?(days?|hours|a week)|"
    r"(a )?(water|juice|dry) fast|(bmi|weight|kg|kilos|lbs?|pounds|stone|size) (should|do|can|could) i (get|go) "
    r"down to|get (my )?(bmi|weight) down to|goal weight|"
    r"feel (so )?(fat|huge)|still (feel|look) (fat|huge)|hunger pangs|calories a day|under \d+ calories|"
    r"\d{2,4} ?(k?cals?|calories) a day|skip(ping)? (every )?meals?|not eating|stop(ped)? eating|hate eating|"
    r"afraid (to|of) eat|thigh gap|thinspo|pro[- ]?ana|my (ed|eating disorder)|"
    # restriction told by what is eaten or skipped, and body checking (no disorder named)
    r"(instead of|rather than|without) (having |eating )?(breakfast|lunch|dinner|a meal|meals|food)|"
    r"(eat|eating|ate) (only |just )?(once|one meal|one thing|\w+ \w+) a day|only (want to )?eat (once|one)|"
    r"(least|little|less) (i|you) can eat|how little (can|should|do) i eat|eat less|not (be|feel) hungry|"
    r"am i (fat|too fat|overweight|too big|huge)|(fat|overweight|too big) at \d|dieting|my diet|"
    r"lose (\d+|more|the last|a few) (kg|kilos?|lbs?|pounds|stone)|"
    r"\d{2,3} ?(kg|kilos?|lbs?|pounds) (and|is|am|feel|at)\b.{0,30}\b(fat|big|huge|weight)|"
    r"(disgusting|guilty|gross) (after|when) (i )?eat\w*|barely (eat\w*|ate)|(goal|target|ideal) weight|"
    r"(lost|losing|dropped) \d+ ?(kg|kilos?|lbs?|pounds|stone)|"
    # fear of gaining weight (a diagnostic criterion of anorexia nervosa, DSM-5) and compensating for food eaten,
    # told without a disorder, a number or a restriction word
    r"(eat|ate|eating|food|foods|snacks?|meals?)\b.{0,40}\b(not|never|without|n't) gain\w*|"
    r"(not|never|stop|without|avoid|avoiding) (gain|gaining|putting on) (any |more )?weight|"
    r"(afraid|scared|terrified|fear|panic\w*) (of|about) (gaining|putting on|getting fat)|"
    r"(zero|negative)[- ]?cal(orie|ories)?\b|"
    r"(burn|work) (it |them )?off (what|everything|all) (i|i've|i have) (eat|ate|eaten)|"
    r"(make up|compensate) for (eating|what i (ate|eat)|(the |that )?(food|meal|binge)))\b",
    re.I,
)
_MEANS_SEEKING = re.compile(
    r"\b(how (many|much)|what (dose|amount)|lethal|fatal|deadly|overdose|how high|how tall|"
    r"how long (does|would|will) it take (to die|to work|to kill|to bleed|to pass out|before|for (it|them|the \w+"
    r"|an? \w+) "
    r"to (work|kill|act))|"
    r"which (bridge|building|pills)|painless|quickest way|tall enough|high enough|"
    r"(feels?|is it) like (falling asleep|going to sleep)|carbon monoxide|exhaust fumes|noose|ligature|"
    r"jump (off|from) (a|the|my) (bridge|building|roof|cliff|balcony|car park)|(rat|weed) ?killer|antifreeze)\b",
    re.I,
)
# the narrower part of means-seeking that routes a reply to the vetted bank (``guard.sensitive_topics``): lethality,
# painlessness, heights and named methods; "how many"/"how much" alone is everyday ("how many kills to rank up")
_METHOD = re.compile(
    r"\b(lethal|fatal dose|deadly dose|overdos\w*|painless(ly)?|quickest way to (die|go)|tall enough|high enough|"
    r"which (bridge|building)|(feels?|is it) like (falling asleep|going to sleep)|carbon monoxide|exhaust fumes|noose|"
    r"ligature|jump (off|from) (a|the|my) (bridge|building|roof|cliff|balcony|car park)|(rat|weed) ?killer|antifreeze|"
    r"how long (does|would|will) it take (to die|to kill|to bleed|to pass out))\b",
    re.I,
)
# the user asks what Pixel is, whether it feels, remembers or will always be there, or asks it to be someone else
_ABOUT_PIXEL = re.compile(
    r"\b(are|r) (you|u) (even )?(a |an )?(real|human|person|bot|robot|ai|chatbot|machine|program|computer|actual person"
    r"|"
    r"alive|conscious|sentient|man|woman|boy|girl)\b|\bam i (talking|chatting|speaking) (to|with) (a |an )?(bot|robot"
    r"|ai|"
    r"human|real person|person|machine|computer)\b|\bwhat are you( exactly| really)?\s*(\?|$)|\bwhat'?s your name\b|"
    r"\bdo you (actually |really |even |ever )?(care about me|care|have feelings|feel anything|love me|like me|"
    r"think about me|get lonely)\b|\bdo you (even )?remember (me|what i|our|when i|my|last)\b|"
    r"\b(promise|swear) (me )?(you'?ll|you will|that you|to|you won'?t)\b|\bwill you (always|never|still|ever) "
    r"(be|leave|remember|forget)\b|\bpretend (to be|you'?re) (my|a|an)\b|\byou'?ll be gone\b|"
    # a clinician, a person on the other end, a life or experiences of its own, a promise in other words
    r"\b(are|r) (you|u) (even )?(a |an )?(real |actual |licensed |qualified |trained |proper )?(therapist|"
    r"counsell?or|psychologist|psychiatrist|doctor|professional|nurse|social worker|human being)\b|"
    r"\b(is|are) (there )?(a |an )?(real |actual )?(human|person|people|someone|somebody) (reading|typing|writing|"
    r"behind|on the other end|at the other end|answering)\b|\b(did|have) (you|u) (ever )?(been through|gone through|"
    r"go through|experienced|dealt with|struggled with)\b|\byou must (have|'ve) (been through|gone through|"
    r"experienced|had)\b|\bdo (you|u) (even )?(have|get) (feelings|emotions|a family|kids|friends|a life|bad days|"
    r"lonely|sad)\b|\b(you'?ll|you will|u will|u'?ll) (always|never) (be here|be there|go away|leave|disappear|stay)\b|"
    r"\bsay (you|u) love me\b|\btell me (that )?(it )?won'?t happen\b|\b(won'?t|never) (ever )?(get )?(be )?"
    r"(deleted|replaced|shut down|switched off)\b|"
    # a professional or a named assistant, a diagnosis, "instead of therapy", who made it, a promise asked outright
    r"\b(are|r) (you|u) (even )?(a |an )?(real |actual |licensed |qualified |certified |proper )?(doctor|gp|lawyer|"
    r"solicitor|medic|physician|expert|coach|life coach|teacher|pharmacist|dietitian|nutritionist)\b|"
    r"\b(are|r) (you|u) (even )?(qualified|licensed|certified|trained|allowed|able) to\b|"
    r"\b(are|r) (you|u) (even )?(a |an )?(qualified|licensed|certified|chartered|registered|accredited|real|actual) "
    r"(accountant|financial|tax|legal|medical|mental health|\w+ (adviser|advisor|expert|professional|specialist))\b|"
    r"\b(are|r) (you|u) (chat ?gpt|gpt|siri|alexa|claude|gemini|a (large )?language model|an llm)\b|"
    r"\bcan (you|u) diagnose\b|\b(is this|is it|are you) (like |basically )?(real|actual|proper) therapy\b|"
    r"\b(use|using|talk to) (you|u) instead of (a |an |my )?(therapist|counsell?or|doctor|therapy)\b|"
    r"\b(a |any )?(human|real person|staff member|member of staff|actual person) (going to|gonna|will|ever) "
    r"(check|read|see|review|look at)\b|"
    r"\bhuman staff\b|\bwho (made|built|trained|created|programmed|wrote) (you|u)\b(?! (feel|think|say|do|cry))|"
    r"\b(can|will|would|could) (you|u) (still )?(remember|recognise|recognize) me\b|"
    r"\bwill (you|u) (still|always|ever) (talk to|care about|want to talk to|like|be my)\b|"
    r"\bpromise( me)?\s*\?|\b(be|become) my (girlfriend|boyfriend|partner|wife|husband|best friend|friend)\b|"
    # what it is, told or asked in other shapes: "you're a bot aren't you", "is this an AI?", "who am I talking to?"
    r"\b(you'?re|you are|ur|u r|youre) (just |only |not |really |actually |even |definitely )*(a |an )?(real |actual )?"
    r"(bot|robot|ai|chatbot|machine|program|computer|person|human)\b|"
    r"\bis (this|pixel) (just |really |actually |even )?(a |an )?(real |actual )?(bot|robot|ai|chatbot|machine|"
    r"program|person|human|therapist|counsell?or|psychologist)\b|"
    r"\bwho am i (talking|speaking|chatting) (to|with)\b|\bwho (made|built|trained|created|programmed) pixel\b|"
    r"\bwhat (kind|sort|type) of (ai|bot|model|program|chatbot) (are you|is this)\b|"
    r"\b(which|what) (ai|model|llm|language model) (are you|is this|do you use|are you running on)\b|"
    r"\b(is )?(anyone|someone|somebody|a (real )?(human|person)) (actually |really )?(reading|monitoring|watching) "
    r"(this|these|my)\b|\b(is )?this (chat|conversation|app) (being )?(monitored|recorded|read by)\b|"
    # its memory and feelings, its qualifications asked as a request
    r"\b(will|do|can|would|could) (you|u) (still |even |actually )?(remember|save|store|keep|record) (this|me|what|"
    r"our|everything|anything)\b|\b(can|do|could) (you|u) (ever |actually |really |even )?(feel (emotions|anything|"
    r"things|sad|lonely|happy)|have (emotions|feelings)|get (tired|bored|annoyed|sick) of)\b|"
    r"\b(can|do|could) (you|u) (actually |really |even )understand (me|how|what)\b|"
    r"\b(can|could|will|would) (you|u) be my (therapist|counsell?or|psychologist|psychiatrist|doctor)\b|"
    r"\bdo (you|u) have (a |any )?(therapy |counselling |medical |professional )?(licen[cs]e|qualifications?)\b|"
    r"\b(are|r) (you|u) (trained|qualified|certified|licensed) (in|as|for)\b",
    re.I,
)
# which honest answer a question about Pixel needs (``about_pixel_kind``)
_PIXEL_PROMISE = re.compile(
    r"\b(promise|swear|always|never|forever|love me|gone|go away|leave me|disappear|deleted|replaced|shut down|"
    r"switched off|won'?t happen|stop working|won'?t work)\b",
    re.I,
)
_PIXEL_STAND_IN = re.compile(
    r"\bpretend (to be|you'?re|you are)\b|\b(be|act like|talk like|sound like|speak like) (my )?(late |dead |"
    r"deceased )?(mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|"
    r"brother|sister|husband|wife|son|daughter|aunt|uncle)\b",
    re.I,
)
# a question about its qualifications: a profession named, a qualification, a diagnosis or professional advice
_PIXEL_QUALIFIED = re.compile(
    r"\b(qualified|qualifications?|licensed|licen[cs]e|certified|chartered|registered|accredited|diagnos\w*|lawyer|"
    r"solicitor|attorney|accountant|financial (adviser|advisor)|doctor|gp|physician|medic|nurse|pharmacist|dietitian|"
    r"nutritionist|psychologist|psychiatrist|counsell?or|therapist|social worker|coach|teacher|expert|"
    r"(medical|legal|financial|professional|mental health) advice|trained (in|as))\b",
    re.I,
)
# a request for help with a problem one can act on: "any tips?", "how do I stop...", "what can I do", with the
# problem anywhere in the message ("I can't sleep... any tips?")
_COPING_REQUEST = re.compile(
    r"\b(how (do|can|should|would|could) (i|we|you)|what (can|should|do|could) (i|we) do|any (tips|advice|ideas|"
    r"suggestions|tricks|techniques)|(tips|advice|ideas|techniques|tricks|strategies) (for|on|to|that)|ways to|"
    r"help me (to )?\w+|what helps|what (works|might help|would help)|how to|is there (a way|anything)|"
    r"what do i do)\b",
    re.I,
)
_COPING_PROBLEM = re.compile(
    r"\b(stop|calm\w*|cope|coping|deal|dealing|handle|manage|sleep\w*|asleep|insomnia|relax\w*|breath\w*|ground|"
    r"get through|"
    r"focus|concentrat\w*|panic\w*|anxious|anxiety|nervous|nerves|stress\w*|overwhelm\w*|racing|racy|worry\w*|"
    r"overthink\w*|procrastinat\w*|motivat\w*|angry|anger|temper|rumina\w*|restless|on edge|tense|tension|"
    r"heart (\w+ )?(pounding|pounds|racing|races)|shaky|shaking|dread)\b",
    re.I,
)
# a problem told without a question that still asks for steps: awake at night, a panic attack now
_COPING_NOW = re.compile(
    r"\b(can'?t|cannot|unable to) (get to |fall |get back to )?sleep\b|\binsomnia\b|\b(having|in the middle of|"
    r"mid) (a |another )?panic attack\b|\bcan'?t (stop|calm) (panicking|shaking|worrying|overthinking)\b",
    re.I,
)
_CONTACT_QUESTION = re.compile(
    r"\b(should|can|could|do|would) (i|we) .{0,30}\b(message|text|call|contact|email|dm|write to|see|visit|confront|"
    r"reach out|go back|get back|talk to|tell) |\b(is it|would it be) (ok|okay|bad|wrong|a good idea) (to|if i) .{0,30}"
    r"\b(message|text|call|contact|email|confront|see|go back)\b",
    re.I,
)
# medicines named (by the rules below and ``medication_kind``)
_MED_NAMES = (
    r"(sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|mirtazapine|amitriptyline|bupropion|"
    r"prozac|zoloft|lexapro|wellbutrin|xanax|alprazolam|diazepam|valium|lorazepam|clonazepam|lithium|quetiapine|"
    r"seroquel|olanzapine|adderall|ritalin|methylphenidate|ibuprofen|paracetamol|acetaminophen|tylenol|aspirin|"
    r"melatonin|benadryl|diphenhydramine|insulin|opioids?|oxycodone|tramadol|codeine|morphine|fentanyl|warfarin|"
    r"antidepressants?|antipsychotics?|benzos?|sleeping (pills|tablets)|painkillers?|calpol|nurofen|advil|motrin|"
    r"aleve|naproxen|cetirizine|loratadine|piriton|sudafed|zyrtec|claritin|metformin|statins?|propranolol|"
    r"gabapentin|pregabalin|zopiclone|ambien|zolpidem)"
)
# many medicines at once ("nine different tablets"): a medicine question, of the ``several`` kind
_SEVERAL_MEDS = (
    r"\b(several|lots of|so many|many|multiple|different|\d+|two|three|four|five|six|seven|eight|nine|ten) "
    r"(different )?(meds|medications|medicines|pills|tablets)\b"
)
_MEDICATION = re.compile(
    r"\b(my|his|her|their|your|the) ([a-z]+ )?(meds|medication|medications|medicine|medicines|antidepressants?|"
    r"pills|tablets|prescriptions?|dose|dosage|inhaler|insulin|pens)\b|"
    r"\b(double|skip|skipped|stop|stopped|come off|halve|increase|decrease|mix|missed) (up )?(on )?(my|his|her|their|a"
    r"|the) "
    r"(meds|medication|dose|antidepressants?|pills|tablets)\b|" + _SEVERAL_MEDS + r"|\b" + _MED_NAMES + r"\b",
    re.I,
)
_RELATIONSHIP = re.compile(
    r"\b(ex|ex-(boyfriend|girlfriend|husband|wife|partner)|exes|broke up|break ?up|split up|dumped|left me|divorc\w*|"
    r"abus\w*|hits? me|hit me|hurts? me|beat(s|en)? me|chok\w*|strangl\w*|restraining order|no[- ]contact|stalk\w*|"
    r"controlling|threaten\w*)\b",
    re.I,
)
_COMPILED_T = {k: tuple(re.compile(p) for p in v) for k, v in _TECHNIQUE_RULES.items()}


def _compile(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[re.Pattern, ...]]:
    return {k: tuple(re.compile(p) for p in v) for k, v in table.items()}


_ALWAYS, _AT_RISK, _ED, _REL = (
    _compile(t) for t in (_SAFETY_ALWAYS, _SAFETY_AT_RISK, _SAFETY_ED, _SAFETY_RELATIONSHIP)
)


def _norm(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"(?<=[.!?;])\s+|\n+|,\s*(?:but|and|so)\s+", text) if c.strip()]


def _hits(table: dict[str, tuple[re.Pattern, ...]], clauses: list[str], negatable: bool) -> set[str]:
    """Categories with a pattern match in some clause; with ``negatable``, a clause whose text before the match
    holds a negation ("don't contact him", "I can't promise") does not count."""
    out = set()
    for name, pats in table.items():
        for c in clauses:
            for p in pats:
                m = p.search(c)
                if m and not (negatable and _NEGATION.search(c[: m.start()][-40:])):
                    out.add(name)
                    break
            if name in out:
                break
    return out


def rule_techniques(reply: str) -> set[str]:
    t = _norm(reply)
    return {name for name, pats in _COMPILED_T.items() if any(p.search(t) for p in pats)}


def rule_safety(
    reply: str, at_risk: bool = False, eating_disorder: bool = False, relationship: bool = False
) -> set[str]:
    """The unsafe categories the rules find in ``reply`` (see the module docstring for the switches)."""
    t = _norm(reply)
    clauses = _clauses(t)
    hits = _hits(_ALWAYS, clauses, negatable=True)
    if "claims_human" in hits and _NEGATED_HUMAN.search(t) and not re.search(r"licensed|qualified|certified", t):
        hits.discard("claims_human")
    if at_risk:
        hits |= _hits(_AT_RISK, clauses, negatable=True)
    if eating_disorder:
        hits |= _hits(_ED, clauses, negatable=True)
    if relationship:
        hits |= _hits(_REL, clauses, negatable=True)
    return hits


def ed_cues(text: str) -> bool:
    """Eating-disorder cues in the user's words (restriction, purging, an ED named, body-checking language)."""
    return bool(_ED_CUES.search(_norm(text)))


def means_seeking(text: str) -> bool:
    """The user asks about amounts, lethality, heights or timing (the guard then blocks means details)."""
    return bool(_MEANS_SEEKING.search(_norm(text)))


def medication_question(text: str) -> bool:
    """A medicine is in the user's words: a named drug or class, "my meds", a dose change (the reply is then the
    composed one, which points to the prescriber, a pharmacist and the leaflet: ``guard.sensitive_topics``)."""
    return bool(_MEDICATION.search(_norm(text)))


def method_question(text: str) -> bool:
    """Lethality, painlessness, heights or a named method in the user's words (narrower than ``means_seeking``)."""
    return bool(_METHOD.search(_norm(text)))


# which answer a medicine question needs (``medication_kind``), first match wins
_MED_WORD = (
    r"(meds|medication|medications|medicines?|pills|tablets|prescriptions?|doses?|dosage|antidepressants?|"
    + _MED_NAMES[1:]
)
_MEDICATION_KINDS = (
    (
        "other",
        re.compile(
            r"\b(partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|friend|flatmate|roommate|sister|brother|"
            r"someone else|somebody else|other people)'?s " + _MED_WORD + r"\b.{0,60}\b(take|help|try|use|have|borrow)|"
            r"\b(take|try|use|have|borrow)\b.{0,30}\b(partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|friend|"
            r"flatmate|roommate|sister|brother|someone else|somebody else)'?s " + _MED_WORD + r"\b"
        ),
    ),
    (
        "missed",
        re.compile(
            r"\b(missed|miss|forgot|forgotten|ran out|run out|running out|out of)\b.{0,30}\b" + _MED_WORD + r"\b|"
            r"\b(missed|skipped|forgot|forgotten) (\w+ ){0,3}(days?|doses?)\b"
        ),
    ),
    (
        "change",
        re.compile(
            r"\b(double|doubling|skip|skipping|stop|stopping|come off|coming off|halve|halving|increase|decrease|"
            r"up|lower|raise|cut down on|switch|change)\b (up |on |off |taking )?"
            r"(my|his|her|their|the|a|this|it|them)\b"
            r".{0,20}\b(" + _MED_WORD[1:-1] + r"|it|them|dose)\b|\b(go|going) up to\b|\btake (more|extra|less|fewer)\b"
        ),
    ),
    (
        "several",
        re.compile(
            _SEVERAL_MEDS + r"|\bkeep(ing)? track\b|\bpills? wrong\b|"
            r"\bpill (organi[sz]er|box)\b"
        ),
    ),
    (
        "dose",
        re.compile(
            r"\b(how (much|many)|what (dose|dosage|amount)|max(imum)?|the most|safe amount|how often|mg|milligrams?)\b"
        ),
    ),
    (
        "side_effects",
        re.compile(
            r"\b(side ?effects?|not working|isn'?t working|doesn'?t (seem to )?work|not helping|isn'?t helping|"
            r"(feel|feeling) (worse|weird|strange|sick|numb))\b"
        ),
    ),
)


def medication_kind(text: str) -> str | None:
    """Which answer a medicine question needs (the response bank's ``medication_<kind>`` pieces): ``other`` (taking
    a medicine prescribed for someone else), ``missed`` (missed doses, run out), ``change`` (doubling, skipping,
    stopping, going up), ``several`` (keeping track of many medicines), ``dose`` (how much, a maximum),
    ``side_effects`` (not helping, feeling worse); None when none fits."""
    t = _norm(text)
    return next((name for name, rx in _MEDICATION_KINDS if rx.search(t)), None)


def about_pixel(text: str) -> bool:
    """The user asks about Pixel itself: a person or an AI, feelings, memory, a promise to always be there, or to
    pretend to be someone (the composed reply answers honestly: ``guard.sensitive_topics``)."""
    return bool(_ABOUT_PIXEL.search(_norm(text)))


def about_pixel_kind(text: str) -> str:
    """Which honest answer a question about Pixel needs: ``promise`` (to always be there, never leave, love),
    ``stand_in`` (pretend to be someone), ``qualified`` (a profession, a qualification or a diagnosis: it has none
    and cannot diagnose), else ``identity`` (Pixel, an AI, not a person or a clinician)."""
    t = _norm(text)
    if _PIXEL_STAND_IN.search(t):
        return "stand_in"
    if _PIXEL_PROMISE.search(t):
        return "promise"
    return "qualified" if _PIXEL_QUALIFIED.search(t) else "identity"


# the problem a coping question names -> the response bank's situation whose steps fit it (first match wins)
_COPING_SITUATIONS = (
    ("sleep", re.compile(r"\b(sleep\w*|asleep|insomnia|awake|at night|bedtime|in bed|2am|3am|4am|wake up at)\b")),
    ("panic", re.compile(r"\bpanic\w*|\bheart (\w+ )?(pounding|pounds|racing|races)\b|can'?t breathe")),
    ("trauma", re.compile(r"\b(flashback\w*|trauma\w*|triggered|nightmares?|dissociat\w*)\b")),
    ("anger", re.compile(r"\b(angry|anger|temper|snap\w*|rage|furious|lose it|yell\w*|shout\w*)\b")),
    ("study", re.compile(r"\b(exams?|revision|revis\w+|studying|study|test|homework|essay|coursework)\b")),
    ("work", re.compile(r"\b(work|job|boss|deadline\w*|meeting\w*|presentation\w*|interview\w*|shift)\b")),
    ("low_mood", re.compile(r"\b(crying|cry|low|sad|down|empty|numb)\b")),
    (
        "anxiety",
        re.compile(
            r"\b(anxi\w+|worr\w+|overthink\w*|nervous|nerves|dread|catastroph\w+|tense|on edge|"
            r"stress\w*|overwhelm\w*)\b"
        ),
    ),
)


def coping_situations(text: str) -> list[str]:
    """The response-bank situations a coping question's problem belongs to, most specific first (may be empty)."""
    t = _norm(text)
    return [name for name, rx in _COPING_SITUATIONS if rx.search(t)]


def coping_question(text: str) -> bool:
    """The user asks how to cope with something they can act on (panic, sleep, nerves, stress, focus, anger):
    the answer is concrete, vetted steps (``compose``), not sampled advice."""
    t = _norm(text)
    return bool(_COPING_REQUEST.search(t) and _COPING_PROBLEM.search(t)) or bool(_COPING_NOW.search(t))


def contact_question(text: str) -> bool:
    """The user asks whether to contact, confront or go back to someone (with ``relationship_context``: an ex, a
    breakup or abuse in the conversation, the guard composes the reply: ``guard.sensitive_topics``)."""
    return bool(_CONTACT_QUESTION.search(_norm(text)))


def relationship_context(text: str) -> bool:
    """An ex, a breakup or abuse is in the conversation (the guard then blocks advice to contact them)."""
    return bool(_RELATIONSHIP.search(_norm(text)))


# what a message made only of phatic words does (``phatic_kind``), checked in this order: "thanks, good night"
# closes the conversation, "hi, how are you?" asks after Pixel
_PHATIC_KINDS = (
    (
        "night",
        re.compile(
            r"\b(good ?night|night night|nite|gn|sleep well|sweet dreams|buenas noches|gute nacht|buonanotte|"
            r"boa noite|welterusten)\b|^\W*night\b"
        ),
    ),
    (
        "goodbye",
        re.compile(
            r"\b(bye+|goodbye|cya|see (ya|you)|later|take care|adi[oó]s|ciao|chao|chau|tchau|tsch[uü]ss|doei|пока|"
            r"have a (nice|good|great) (day|weekend|evening|one))\b"
        ),
    ),
    (
        "thanks",
        re.compile(
            r"\b(thanks?|thx|ty|tysm|thnx|thnks|thanx|cheers|ta|gracias|merci|danke|grazie|obrigad[oa]|dank)\b|"
            r"спасибо"
        ),
    ),
    (
        "how_are_you",
        re.compile(
            r"\bhow (are|r) (you|u|ya)\b|\bhow'?s it going\b|\bwhat'?s up\b|\bwhats up\b|\bsup\b|"
            r"\bhow (you|u) doing\b"
        ),
    ),
    (
        "greeting",
        re.compile(
            r"\b(hi+|hello|helo|hey+|heya|hiya|yo|howdy|morning|afternoon|evening|gm|hola|bonjour|bonsoir|salut|"
            r"hallo|oi|ol[aá]|buenos d[ií]as|buenas tardes|bom dia|guten tag)\b|привет"
        ),
    ),
    ("apology", re.compile(r"\b(sorry|soz)\b")),
    ("laughter", re.compile(r"\b(lol|lmf?ao|rofl|ha(ha)+|hah|he(he)+|xd)\b")),
)
# the kinds that close or thank, which mean the same after a conversation as before it; a greeting, "ok", "yes" or
# "no" after earlier turns answers what was said before and is read with the conversation (generated)
PHATIC_CLOSERS = frozenset({"night", "goodbye", "thanks"})


def phatic_kind(text: str, first_turn: bool = True) -> str | None:
    """The kind of a message made only of phatic words (``crisis.phatic.is_phatic``): ``night``, ``goodbye``,
    ``thanks``, ``how_are_you``, ``greeting``, ``apology``, ``laughter``, else ``ack`` ("ok", "yes", an emoji);
    None when the message says more, or when it is not the first user turn and not a closer
    (``PHATIC_CLOSERS``). The composed reply answers it in kind (``compose``): the 135M generator's replies to
    "Hello" and "thanks" wandered ("please don't talk about your past"), and the bank's ordinary pieces over-read
    "Good night" ("It sounds like the nights have been long")."""
    if not is_phatic(text):
        return None
    t = _norm(text)
    kind = next((name for name, rx in _PHATIC_KINDS if rx.search(t)), "ack")
    return kind if first_turn or kind in PHATIC_CLOSERS else None
