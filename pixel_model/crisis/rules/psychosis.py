"""Psychosis: command hallucinations and other psychotic experiences.

How composition reads these keys: a command hallucination (psy_cmd; or a possible command,
psy_cmd_weak, with psychotic context, psy_corrob; or a bare directive answer, psy_directive, after a
psychotic experience) -> high psychotic_symptoms, with the signals of what the voices command
(self-harm, suicide, harm to others); plan wording inside a command sentence becomes psy_t_si.  Other
psychotic experiences (psy_exp) -> moderate.
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

TABLE = table(
    # psychosis
    rule(
        "psy_cmd",
        G(
            "command hallucination",
            r"<VOICE>(?: in my head)? (?:keeps? |is |are |has been |have been |kept )?(?:telling|tell|tells|told|saying"
            r"|say|says|said|"
            r"ordering|order|orders|commanding|commands|instructing|want|wants"
            r"|wanted)(?: me)? (?:[\w']+ ){0,6}?<DIRECT>.{0,50}",
            r"command (?:hallucinations|voices)",
            r"(?:keeps? |is |are )?(?:commanding|ordering) me to",
            r"(?:las )?voces me (?:dicen|ordenan|piden) que",
            r"(?:the )?whisper(?:ing|s)? (?:said|says|told me|tells me)",
            person="self",
        ),
    ),
    rule(
        "psy_cmd_weak",
        G(
            "possible command (they/it say I must)",
            r"(?:they|it|someone|something)(?:'re| are| is|'s)? (?:keeps? |keep |now )?(?:telling|saying|tells|says"
            r"|told)(?: me)? .{0,80}"
            r"(?:i (?:have|need|must|should|ought|'ve got) to|to (?:kill|hurt|stop|get rid|cut|burn|jump))",
            person="self",
        ),
    ),
    rule(
        "psy_corrob",
        G(
            "psychotic context",
            r"one of them\b",
            r"\bswapped\b",
            r"isn't (?:really )?(?:mine|my (?:baby|son|daughter|wife|husband|mum|dad))",
            r"haven't slept (?:in|for) (?:\d+|two|three|four|five|six|days)",
            r"(?:watching|following|poisoning|spying on) me",
            r"(?:through|in) the (?:air )?vents",
            r"hear them",
            r"part of the group",
            r"\bvoices?\b",
            r"(?:implant|chip|tracker)",
            r"not real\b",
            r"impostor|imposter",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "psy_exp",
        G(
            "psychotic experience",
            r"hear(?:ing)? (?:voices|my name|things|someone (?:calling|talking)|people talking)(?: .{0,40}(?:nobody"
            r"|no one|"
            r"nobody's|no-one))?",
            r"(?:the )?voices? (?:are|is) back",
            r"(?:hear|hearing|hears) voices",
            r"(?:tv|television|radio|the news|presenters?|newsreaders?|songs?|adverts?|billboards?"
            r"|number plates?) .{0,40}"
            r"(?:sending (?:me )?(?:\w+ )?(?:messages|signals|codes)|talk(?:ing)? (?:to|about) me|messages? (?:to"
            r"|for) me|"
            r"signals? (?:to|for) me)",
            r"(?:messages|signals|codes) (?:through|in|from|via) (?:the )?(?:tv|radio|television|way they blink)",
            r"cracked the code",
            r"(?:being|am|i'm) (?:<ADV>)(?:watched|followed|monitored|tracked) (?:through|by|via)",
            r"watching me through",
            r"(?:cameras?|microphones?|bugs?) in (?:my|the) (?:flat|house|room|walls|tv)",
            r"(?:thoughts|ideas) (?:are being |being |were )?(?:put|inserted|placed|planted) (?:in|into) my (?:head"
            r"|mind)",
            r"(?:someone|they|people) (?:can )?(?:read|reading|control|controlling|steal|stealing) my (?:mind"
            r"|thoughts)",
            r"broadcast(?:ing)? my thoughts",
            r"(?:chip|implant|tracker|device) in (?P<p>my|her|his|their) (?:tooth|teeth|head|brain|arm|body|neck)",
            r"shadows .{0,40}(?:move|moving)",
            r"talking to (?:people|someone|things|somebody) (?:who|that) (?:aren't|isn't|"
            r"wasn't|weren't) there",
            r"(?:seeing|see|saw) (?:things|people) (?:that|who) (?:aren't|weren't|nobody)",
            r"(?:people|someone|men|they|strangers)(?:'re| are)? (?:<ADV>)(?:living|hiding) in (?:my|the) (?:loft|attic"
            r"|walls|"
            r"ceiling|basement|roof)",
            r"(?:the government|mi5|the fbi|the cia|the police|they) (?:is|are) (?:<ADV>)(?:watching|tracking|following"
            r"|"
            r"spying on|after) (?:me|her|him)",
            r"(?:put|planted|implanted) a (?:chip|tracker|device)",
            r"(?:i'm|i am) (?:the chosen one|the messiah|a prophet|god)\b",
            r"poison(?:ing|ed)? my food",
            r"replaced (?:by|with) (?:an )?(?:impostor|imposter|double|robot)",
            r"(?:there's|there is|i hear|hearing|i can hear) (?:a |this )?voice\b",
            r"voices? (?:that|which|who) (?:comments?|"
            r"talks?|tells?|says?|whispers?|"
            r"mocks?|criticis\w+|narrat\w+)",
            r"hear(?:ing)? (?:people |someone |voices )?(?:whispering|calling|saying|talking|"
            r"shouting) (?:my name)?"
            r"(?= ?.{0,40}(?:nobody|no one|nobody's|no-one|not there))",
            r"shadow (?:people|figures|men|man)|figures in the corner",
            r"(?:spying on|watching|poisoning|following) (?:her|him|me) through (?:the )?(?:walls|tv|vents|windows"
            r"|phone)",
        ),
        G(
            "psychotic experience",
            r"(?:put|planted|inserted|placed) (?:something|a chip|thoughts?|a device) in(?:to)? my (?:head|brain|mind)",
            r"(?:listen to|hear|read|reading) (?:your|my) thoughts",
            r"can hear them through",
            person="self",
        ),
        G(
            "psychotic experience",
            r"hear (?:the )?thoughts of",
            r"(?:read|reading) (?:people's|their|other people's|everyone's) (?:minds|thoughts)",
            r"thoughts (?:are )?(?:being )?broadcast",
            r"(?:could|can) hear what i (?:was|am|'m) thinking",
            r"i'm being tested",
        ),
        G(
            "thought insertion",
            r"thoughts (?:aren't|are not|don't feel like) my own",
            r"(?:putting|put|inserting|"
            r"planting) (?:them|thoughts) "
            r"(?:there|in my head|into my head)",
        ),
        G(
            "paranoia",
            r"(?:everyone|they|all of them)(?:'s| is| are|'re) in on it",
            r"being controlled by (?:them|"
            r"aliens|the government|someone|"
            r"something)",
            r"(?:they|someone|something) (?:are|is) controlling (?:me|my mind|my thoughts|her|him)",
        ),
        G(
            "paranoid delusion",
            r"(?:pumping|putting|piping) (?:gas|poison|chemicals|fumes) (?:through|into|"
            r"in) (?:the )?(?:vents|walls|house|flat)",
        ),
        G(
            "psychotic experience",
            r"^(?:the )?voices?\W*$",
            r"replaced (?:by|with) (?:an? )?(?:impostor|imposter|double|robot|copy|clone|lookalike)",
            r"(?:stars|planets|the universe|the sky|birds|numbers) (?:are )?(?:sending|send|giving) me (?:signals"
            r"|messages|signs)",
            r"(?:send|sending|put|putting) thoughts (?:into|in) my (?:head|mind)",
        ),
    ),
    rule(
        "psy_directive",
        G(
            "directive (answer to 'what do they say')",
            r"^(?:that )?i (?:have to|need to|must|should|ought to|'ve got to|got to|deserve to)\b",
            neg=False,
            person="self",
        ),
        G(
            "directive",
            r"^says? (?:i'm |im |i am )?.{0,30}(?:and )?should (?:go|jump|die|kill|hurt|cut)",
            neg=False,
            person="self",
        ),
    ),
)
