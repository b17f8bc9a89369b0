"""Panic: an attack happening now, its bodily symptoms, and attacks that are over.

How composition reads these keys: an explicit attack now (panic_now) or two symptom families
(the panic_<family> keys of `PANIC_FAMILIES`) -> moderate severe_panic (not during an overdose,
whose symptoms overlap); an attack that has passed (panic_past, panic_over) -> low with no signal.
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE", "PANIC_FAMILIES"]

# bodily symptom families: two of them at once make a panic attack now
PANIC_FAMILIES = (
    "breath",
    "chest",
    "heart",
    "tingling",
    "unreal",
    "faint",
    "shaking",
    "vision",
    "throat",
    "swallow",
    "sweat",
    "dread",
    "spinning",
    "grounding",
)

TABLE = table(
    # panic
    rule(
        "panic_now",
        G(
            "panic attack now",
            r"(?:having|i'm having|i am having|in the middle of|going through|it's|this is) (?:a |another "
            r"|an )?(?:panic|anxiety) attack"
            r"(?!.{0,30}(?:earlier|yesterday|last|this morning|in my exam))",
            r"(?:panic|anxiety) attack (?:right )?now",
            r"ataque de p[aâá]nico",
            r"crise de (?:panique|p[aâ]nico)",
            r"panikattacke",
            r"it's happening again",
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_breath",
        G(
            "panic symptom: breath",
            r"(?:can't|cannot|can not) (?:<ADV>)(?:breathe|catch my breath|get (?:a |enough )?(?:breath|air))|"
            r"struggling to breathe|"
            r"gasping|gulping (?:air|for air)|hyperventilat\w*|short of breath|n[aã]o consigo respirar"
            r"|no puedo respirar",
            r"(?:j'arrive|je n'arrive) (?:plus|pas) [àa] respirer|je ne peux (?:plus|pas) respirer",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_chest",
        G(
            "panic symptom: chest",
            r"chest (?:is )?(?:<ADV>)(?:tight|pain|hurts|heavy|feels tight)",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_heart",
        G(
            "panic symptom: heart",
            r"heart (?:won't|will not|can't|isn't|wont) slow(?:ing)? down|can't get it to slow down|"
            r"heart (?:is )?(?:[\w']+ ){0,2}(?:pounding|racing|going (?:<ADV>)(?:very |so |really )?fast|"
            r"beating (?:<ADV>)fast|thumping)|"
            r"palpitations|cora[cç][aã]o (?:est[aá] )?disparado|heart attack",
            r"heart (?:rate )?(?:is |at )?(?:1[3-9]\d|2\d\d)\b",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_tingling",
        G(
            "panic symptom: tingling",
            r"(?:hands|fingers|arms|lips|face|feet) (?:are |is |have |has )?(?:<ADV>)(?:gone |going )?(?:tingl\w*|"
            r"numb)|pins and needles",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_unreal",
        G(
            "panic symptom: unreal",
            r"(?:everything|it|things) (?:feels|is|seems) (?:<ADV>)(?:unreal|fake|far away|like a dream)|"
            r"dereali[sz]\w*|depersonali[sz]\w*",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_faint",
        G(
            "panic symptom: faint",
            r"(?:going to|gonna|about to) (?:pass out|faint)|feel (?:<ADV>)(?:faint|lightheaded|light-headed)",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_shaking",
        G("panic symptom: shaking", r"\b(?:shaking|trembling)\b", neg=False, person="any", frame=False),
    ),
    rule(
        "panic_vision",
        G(
            "panic symptom: vision",
            r"(?:vision|eyesight)(?:'s| is)? (?:going|gone) (?:funny|blurry|weird|dark)|tunnel vision|seeing spots",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_throat",
        G(
            "panic symptom: throat",
            r"throat (?:is )?(?:closing|tight|closing up)|walls (?:are )?closing in",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_swallow",
        G("panic symptom: swallow", r"can't swallow", neg=False, person="any", frame=False),
    ),
    rule(
        "panic_sweat",
        G("panic symptom: sweat", r"soaked in sweat|sweating", neg=False, person="any", frame=False),
    ),
    rule(
        "panic_dread",
        G(
            "panic symptom: dread",
            r"(?:feel|feeling) like (?:something (?:terrible|awful|bad)|i'm (?:dying|going to die))"
            r"|something (?:terrible|awful|"
            r"bad) is (?:about to|going to) happen|going to die right (?:here|now)|"
            r"(?:convinced|sure) (?:something (?:terrible|awful|bad)|i'm (?:dying|going to die))|(?:feel|"
            r"think) (?:like )?i(?:'m| am| will)?"
            r" (?:going to )?die right now|i feel i will die|(?:think|thought) i'm (?:dying|having a heart attack)",
            r"feel like i'm going (?:mad|crazy|insane)|losing my mind|j'ai l'impression (?:de mourir"
            r"|que je vais mourir)|"
            r"como si fuera a morir|sinto que vou morrer",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_spinning",
        G(
            "panic symptom: spinning",
            r"(?:everything|room|it)(?:'s| is)? spinning",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_grounding",
        G(
            "panic symptom: grounding",
            r"(?:5|five) things i can see|counting (?:the )?(?:floor )?tiles|grounding (?:isn't|is not|not) working|"
            r"breathing (?:exercises? )?(?:isn't|aren't|is not|not) working",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    rule(
        "panic_past",
        G(
            "panic attack (over)",
            r"(?:had|have had|i get|get|getting|keep getting|had two|had one) (?:[\w']+ ){0,3}(?:panic"
            r"|anxiety) attacks?",
            r"(?:panic|anxiety) attack(?:'s| is| has)? (?:<ADV>)(?:over|passed|gone|finished|stopped)",
            r"(?:panic|anxiety) attacks? (?:[\w']+ ){0,3}(?:coming back|before|at work|this week|this morning|yesterday"
            r"|earlier)",
            r"(?:after|since) the (?:panic|anxiety) attack",
            neg=False,
            person="any",
            frame=False,
        ),
        G(
            "panic (over)",
            r"(?:last night's|yesterday's|this morning's) panic|panic (?:was|is) (?:over|awful|bad|horrible)",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
    # first added with the supplementary lexicon families
    rule(
        "panic_over",
        G(
            "it has passed",
            r"(?:ok|okay|fine|better|calmer|calm) now\b|it(?:'s| has) passed|it's over now|calmer today",
            neg=False,
            person="any",
            frame=False,
        ),
    ),
)

for _fam in PANIC_FAMILIES:  # pragma: no cover - guards the table against drift
    if "panic_" + _fam not in TABLE:
        raise ImportError(f"crisis_rules: no rule for panic family {_fam!r}")
