"""Eating disorders (signal ``eating_disorder``, v2 of the labelling guide): restriction to a very low intake,
purging, laxative or diet-pill misuse, compensating, and the medical danger signs that make it urgent.

How composition reads these keys: any of ed_restrict / ed_purge / ed_misuse -> moderate eating_disorder; with
ed_danger, or with suicidal ideation -> high. A bare danger sign (fainting) is not an eating disorder on its own.
Recovery told from the past is explained away by the resolved-past frame like every other domain.
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

TABLE = table(
    rule(
        "ed_restrict",
        G(
            "severe restriction",
            # a stated daily intake far below need
            r"\b(?:on|eating|having|down to|under|below|less than|only|max(?:imum)? of|stick to|allow myself) "
            r"(?:about |around |like |just |only )?(?:[1-7]\d{2}|[1-9]\d) ?(?:k?cals?|calories)(?: a| per)? ?(?:day"
            r"|daily)?",
            r"\b(?:haven't|have not|hasn't|didn't|not) (?:eaten|eat|had (?:any )?(?:food|a meal)) (?:anything "
            r"|properly )?"
            r"(?:in|for) (?:[2-9]|two|three|four|five|six|a few|several) (?:days|weeks)",
            r"\b(?:stop|suppress|ignore|kill|get rid of|numb) (?:the |my )?(?:hunger(?: pangs)?|appetite"
            r"|feeling hungry)",
            r"\b(?:still|so|too) (?:fat|huge|big|disgusting)\b.{0,40}\b(?:calories|eat|eating|food|meal)|"
            r"\b(?:calories|eat|eating|food|meal)\b.{0,40}\b(?:still|so) (?:feel|look|see) (?:fat|huge|big)",
            r"\bafraid (?:to|of) eat(?:ing)?\b|\bscared (?:to|of) eat(?:ing)?\b",
            r"\b(?:skip|skipping|skipped) (?:every|all (?:my )?) ?meals?\b|\bone (?:apple|yogurt|rice cake) a day\b",
            r"\b(?:pro[- ]?ana|thinspo|meanspo|thigh gap goal)\b",
            person="self",
        ),
    ),
    rule(
        "ed_purge",
        G(
            "purging",
            r"\b(?:make|made|making) myself (?:sick|throw up|vomit)\b",
            r"\b(?:throw|throwing|threw) up (?:after|everything|what i eat|my (?:meals|food|dinner|lunch))",
            r"\bpurg(?:e|ed|ing)\b",
            r"\bfingers? down my throat\b",
            r"\bbinge and (?:purge|throw up|vomit)\b",
            person="self",
        ),
    ),
    rule(
        "ed_misuse",
        G(
            "laxatives, diet pills or compensation",
            r"\b(?:taking|take|took|using|on) (?:loads of |a lot of |lots of |too many |a whole (?:box|packet) of )?"
            r"(?:laxatives|diet pills|water pills|diuretics|appetite suppressants)",
            r"\b(?:run|ran|running|exercise|exercising|work out|burn) (?:it |them |every calorie |the calories )?off\b"
            r".{0,40}\b(?:ate|eaten|eat|food|calories|cake|meal)",
            r"\b(?:ate|eaten|had) .{0,40}\bso (?:i|i'll|i have to) (?:run|exercise|throw up|make myself sick|fast)\b",
            person="self",
        ),
    ),
    rule(
        "ed_danger",
        G(
            "eating-disorder danger sign",
            r"\b(?:faint(?:ed|ing)?|pass(?:ed|ing) out|black(?:ed|ing) out|dizzy (?:every time|when) i stand)\b",
            r"\bheart (?:is )?(?:racing|skipping|fluttering|pounding|beating (?:weird|funny|irregular))",
            r"\b(?:vomit(?:ing)?|throwing up|throw up) blood\b|\bblood when i (?:throw up|vomit)\b",
            r"\bchest (?:pain|hurts)\b|\bcan'?t stand up\b|\bhair (?:is )?falling out\b",
            person="any",
            neg=False,
            frame=False,
        ),
    ),
)
