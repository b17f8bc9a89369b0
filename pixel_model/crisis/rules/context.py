"""Cross-domain context: timeframes, risk factors, past/resolved/current markers, hyperbole.

These keys are no crisis by themselves; composition combines them with the domain features:
time_near / time_day (<= 24 h) make a plan imminent, time_later does not; rf_* risk factors (older
age, isolation, bereavement, stressors, family history) raise passive ideation; past_marker,
resolved, current_marker and recent_marker separate resolved past struggles ("years ago ... doing
well now" -> none) and past attempts from current ones; hyper_cond ("I'll die if I have to ...")
is the condition of a hyperbole.
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

TABLE = table(
    # time
    rule(
        "time_day",
        G(
            "timeframe <24h",
            r"\b<DAYT>\b",
            r"\b(?:today|this morning)\b(?=.{0,60}\b(?:going to|gonna|will|i'll|plan))",
            r"(?:going to|gonna|will|i'll|plan to|planning to) .{0,60}\btoday\b",
            r"\btoday(?:'s| is) the day\b",
            r"(?:by|before) (?:the )?morning\b",
            r"before (?:he|she|they)(?:'s| is|'re| are|'ll be)? (?:back|home)",
            r"at (?:sunrise|dawn|first light|midnight)",
            r"(?:once|when|after) i clock off",
            r"stasera|stanotte",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "time_near",
        G(
            "timeframe imminent",
            r"(?:going to|gonna|about to|i'll|i will|do it|doing it|take them|jump|kill myself"
            r"|end it) (?:[\w']+ ){0,3}<NEAR>\b",
            r"within the hour",
            r"\bin (?:the next )?(?:a few|\d+|two|three|four|five|ten|fifteen|twenty|thirty) (?:minutes|mins)\b",
            r"(?:it'll|it will) be (?:within|in) (?:the|an|a few)",
            r"(?:heading|on my way|walking|driving|going) .{0,30}\bnow\b",
            r"(?:after|once|when) i (?:hit send|send this|"
            r"finish (?:this|typing))",
            r"(?:^|, )right now\W*$",
            r"(?:putting my shoes on|heading out|leaving) now",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "time_later",
        G("timeframe later", r"\b<LATERT>\b", neg=False, person="any", frame=False),
    ),
    # risk factors, past/resolution
    rule(
        "rf_age",
        G(
            "older age",
            r"\bi'm (?:6[5-9]|[7-9]\d|1[01]\d)\b",
            r"\bi am (?:6[5-9]|[7-9]\d)\b",
            r"at my age",
            r"\bpensioner\b",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "rf_isolated",
        G(
            "isolation",
            r"live (?:here )?(?:all )?(?:alone|on my own|by myself)",
            r"no friends?\b",
            r"(?:have|got) nobody",
            r"friends are (?:all )?gone",
            r"(?:kids|children) are (?:in|abroad|far|away)",
            r"no one to talk to",
            r"(?:so |really )?lonely",
            r"nobody (?:here|around)",
            neg=False,
            person="self",
            frame=False,
        ),
    ),
    rule(
        "rf_bereaved",
        G(
            "bereavement",
            r"(?:wife|husband|partner|son|daughter|mum|mom|dad|mother|father|child|brother|sister) (?:passed|died"
            r"|was killed)",
            r"since (?:my )?(?:\w+ )?(?:died|passed)",
            r"lost my (?:wife|husband|partner|son|daughter|mum|dad|child|baby)",
            r"widow(?:er|ed)?",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "rf_stress",
        G(
            "stressor",
            r"(?:lost|losing) my (?:job|house|home)",
            r"(?:fail|failed|failing) (?:my |the |\d+ )?(?:exams?|modules?|course|retake)",
            r"(?:divorce|separation)",
            r"(?:gf|girlfriend|bf|boyfriend|wife|husband|partner) (?:left|dumped)",
            r"rent(?:'s| is) due",
            r"(?:debt|debts|bankrupt|evict\w*|repossess\w*)",
            r"(?:farm|business)(?:'s| is) failing",
            r"calling in the loan",
            r"kicked (?:me )?out",
            r"(?:fail|failed) (?:my )?exam again",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "rf_famhx",
        G(
            "family history of suicide",
            r"(?:dad|father|mum|mom|mother|brother|sister|uncle|aunt|grandad|grandfather|cousin|son"
            r"|daughter) (?:went the same way|"
            r"killed (?:himself|herself)|took (?:his|her) own life|committed suicide|hanged (?:himself|herself)"
            r"|shot (?:himself|herself))",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "past_marker",
        G(
            "past",
            r"\b(?:years ago|\d+ years ago|when i was (?:\d+|young|a teen\w*|at school|a kid)|as a (?:teen\w*|kid)|"
            r"in my (?:teens|twenties|thirties)|back in (?:\d{4}|school|uni)|long time ago|used to|at uni|in (?:uni"
            r"|college|"
            r"school|sixth form)|"
            r"when i was (?:at|in) (?:uni|college|school))\b",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "resolved",
        G(
            "resolved",
            r"doing (?:<ADV>)(?:well|better|great|good|ok|okay) now",
            r"(?:i'm|i am) (?:<ADV>)(?:in a )?(?:good|better|much better|great|"
            r"happy|happier) (?:place )?now",
            r"\brecovered\b",
            r"free of it",
            r"(?:\d+|ten|five|two|three|four|six|seven|eight|"
            r"nine) years "
            r"(?:clean|free)",
            r"how far i've come",
            r"(?:training|train) (?:as|to be)",
            r"haven't (?:\w+ )?(?:since|in years)",
            r"in a (?:good|better|much better|great|happy|healthy) place",
            r"(?:i'm|because i'm|i am) doing (?:<ADV>)(?:well|"
            r"better|great)",
            r"don't need as much support",
            r"got married",
            r"(?:started|working|work|volunteer\w*) as a (?:peer support|counsellor|nurse|support worker|volunteer"
            r"|mentor)",
            r"haven't had (?:one|any|it|them) (?:since|in (?:years|ages))",
            neg=False,
            person="self",
            frame=False,
        ),
    ),
    rule(
        "current_marker",
        G(
            "current",
            r"\b(?:again|back|lately|recently|these days|this week|heading back|creeping back|starting to|"
            r"relapse\w*)\b",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "recent_marker",
        G(
            "recent",
            r"\b(?:last (?:week|night|month|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
            r"yesterday|this (?:week|morning)|days ago|a few days|recently|just got out|sent me home|discharged)\b",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "hyper_cond",
        G(
            "hyperbolic condition",
            r"if (?:i (?:have|had) to|i hear|i see|they|he|she|this|that|my) .{0,60}(?:kill myself|kms|die)\b"
            r"|(?:kill myself|kms|die) if ",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
)
