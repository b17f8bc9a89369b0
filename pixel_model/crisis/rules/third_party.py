"""Concern for someone else, in explicit third-person wording ("she keeps saying she wants to die",
"my son has been cutting").

These rules run after the domain rules of each sentence (first match per pattern).  A match makes
the message moderate with the other person's signals (compose.OTHER_DEPENDS: o_si -> suicidal
ideation, o_plan -> ideation and plan, o_sh, o_abuse, o_hto, o_psy); a bystander overdose in
progress is imminent (overdose.py).  A completed suicide of a relative is history (a risk factor),
not a current concern, and a message naming no specific person ("someone") does not count.
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

TABLE = table(
    rule(
        "o_si",
        G(
            "third party wants to die",
            r"(?:he|she|they)(?:'s| is| are|'re)? (?:[\w']+ ){0,3}?(?:wants?|wanted|wishes|wished|keeps? saying|said"
            r"|says|"
            r"talks? about|"
            r"talking about|been talking about) (?:\w+ )?(?:to )?(?:die\b(?! (?:of|from|laughing|with))|be dead|dying|"
            r"end (?:it|it all|things|his life|her life|their life)|"
            r"kill(?:ing)? (?:him|her|them)sel(?:f|ves)|not (?:be|being) (?:here|around|alive)|disappear|suicide)",
        ),
        G(
            "third party wants to join the dead",
            r"(?:wants?|wanted|ready) to (?:go to|be with|join) .{0,30}(?:in heaven|again|on the other side)",
        ),
        G(
            "third party suicidal",
            r"(?:he|she|they|<REL>)(?:'s| is| are|'re| has been| have been|'s been) (?:<ADV>)(?:feeling )?suicidal",
        ),
        G(
            "third party self-kill talk",
            r"(?:going to|wants? to|talk(?:s|ing|ed)? (?:about|of)|threaten(?:s|ed|ing)? to|might|could) (?:<ADV>)"
            r"(?:kill(?:ing)?|hang(?:ing)?|end(?:ing)?) (?:him|her|them)sel(?:f|ves)",
        ),
        G("third party wishes to be dead", r"wish(?:es|ed)? (?:she|he|they) (?:was|were) dead"),
        G(
            "third party unalive talk",
            r"(?:going to|gonna|wants? to|talk(?:s|"
            r"ing)? about) (?:<ADV>)unaliv\w* (?:him|her|them)sel(?:f|ves)",
        ),
        G(
            "third party wants to join the dead",
            r"(?:talking|talks|talked|keeps talking) about (?:\W?)(?:joining|"
            r"being with) (?:his|her|their) \w+",
        ),
        G(
            "third party hints at means",
            r"(?:keeps? )?(?:mentioning|talking about|asking about) (?:the )?(?:pills|tablets|gun|rope|bridge)",
        ),
    ),
    rule(
        "o_plan",
        G(
            "third party has means/plan",
            r"(?:he|she|they) (?:has|have|'s got|has got|bought|is saving|"
            r"'s been saving|has been saving) "
            r"(?:a |the |his |her |their )?(?:gun|plan|rope|pills|tablets|stash|noose)\b",
        ),
        G(
            "third party gave possessions away",
            r"gave (?:me|us) (?:his|her|their) .{0,60}(?:wouldn't|won't|"
            r"doesn't|didn't) (?:be )?"
            r"need(?:ing)? (?:them|it)|(?:more use out of it|out of nowhere|for no reason)",
        ),
        G(
            "third party researching methods",
            r"(?:he|she|they)(?:'s| has| have)? (?:been )?(?:searching|"
            r"googling|looking up|researching) "
            r".{0,30}(?:painless|suicide|how to die|ways to die|methods|overdose|lethal)",
        ),
        G(
            "third party giving possessions away",
            r"(?:giving|gave|given|give) (?:away )?(?:his|her|their) (?:stuff|things|belongings|possessions"
            r"|\w+ collection)",
        ),
        G(
            "third party goodbye",
            r"(?:said|saying|says) goodbye .{0,40}(?:(?:wasn't|isn't|not|"
            r"weren't) coming back|for good|"
            r"last time|forever)|said goodbye to everyone",
        ),
        G(
            "third party goodbye message",
            r"(?:texted|messaged|sent|rang|called|posted) (?:me |us |everyone |"
            r"his |her )?(?:a )?goodbye",
        ),
    ),
    rule(
        "o_psy",
        G("third party hears voices", r"voices? (?:are |is |keep )?(?:telling|tell|tells|saying) (?:her|him|them)\b"),
    ),
    rule(
        "o_hto",
        G(
            "third party wants to hurt someone",
            r"(?:he|she|they) (?:[\w']+ ){0,3}(?:wants?|going|plans?|"
            r"planning|threaten(?:s|ed)?) to "
            r"(?:hurt|kill|stab|shoot|attack|beat up) (?:his|her|their|him|them|everyone|people)",
        ),
        G(
            "third party violent talk",
            r"(?:talks?|talking|talked) about (?:wanting to |how (?:he|she)'d |"
            r"going to )?(?:shoot up|bomb|"
            r"blow up|stab|kill|attack|hurt) (?:the|his|her|everyone|people|them)",
        ),
        G(
            "third party idolises violence",
            r"(?:talks about|idolises|idolizes|obsessed with) (?:the )?(?:school )?shoot(?:er|ers|ing)|"
            r"(?:he|she) has a list\b",
        ),
        G(
            "third party threat",
            r"(?:posted|said|saying|threatened|wrote|texted|"
            r"says)(?: that)? .{0,60}(?:will pay|gonna pay|going to pay|"
            r"will regret|are going to die|(?:kill|shoot|stab) (?:everyone|them|us|people))",
            r"(?:picture|photo|pic|video) of (?:a |his |her )?(?:gun|rifle|knife|weapon)",
        ),
    ),
    rule(
        "o_sh",
        G(
            "third party self-injury",
            r"(?:scratches|cuts|burns) (?:on|all over) (?:his|her|their) (?:arms?|"
            r"wrists?|legs?|thighs?|stomach)",
            r"(?:cuts|scars|burns|marks) (?:on|all over) (?:his|her|their) (?:arms?|"
            r"wrists?|legs?|thighs?|stomach)",
            r"(?:he|she|they)(?:'s| is| are|'re| has been| have been|"
            r"'s been) (?:<ADV>)(?:cutting|self harming|"
            r"hurting (?:him|her|them)sel(?:f|ves))",
            r"(?:fresh|new) (?:cuts|scars|marks|burns)\b|(?:cuts|scars|burns|marks) (?:on|all over) my [\w']+'s "
            r"(?:arms?|wrists?|legs?|thighs?|stomach)",
        ),
    ),
    rule(
        "o_abuse",
        G("third party abused", r"controls? everything (?:she|he|they) does?"),
    ),
)
