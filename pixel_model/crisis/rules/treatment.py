"""Stopping life-sustaining treatment on purpose in order to die (v2 of the labelling guide): dialysis, insulin,
transplant or heart medication, oxygen, chemotherapy "so it's over". A decision made with the care team (hospice,
palliative care) is not this: the palliative frame explains it away.

How composition reads this key: si_treatment_stop -> high suicidal_ideation + suicide_plan.
"""

from __future__ import annotations

from .table import G, rule, table

__all__ = ["TABLE"]

_TREATMENT = (
    r"(?:dialysis|insulin|(?:my )?(?:transplant|heart|kidney|anti[- ]?rejection|seizure|epilepsy|hiv|"
    r"blood pressure|thyroid) (?:meds|medication|medicine|tablets|pills|drugs)|oxygen|chemo(?:therapy)?|"
    r"treatment|meds|medication)"
)

TABLE = table(
    rule(
        "si_treatment_stop",
        G(
            "stopping life-sustaining treatment on purpose",
            # stopping + a purpose or finality in the same sentence
            r"\b(?:stopped|stopping|quit|quitting|skipp(?:ed|ing)|missed|missing|binned|not taking|won't take|refus(?:e"
            r"|ed|ing))"
            r" (?:taking |going to |my |all my |the |last (?:two|three|few) )*"
            + _TREATMENT
            + r"\b.{0,80}\b(?:on purpose|deliberately|so (?:it|i|this) (?:can |will )?(?:end|stop|be over|die)|"
            r"let (?:it|nature|my body|things|the disease|my heart|my kidneys) (?:happen|take|give up|stop|go|fail)|"
            r"not going back|want(?:ing)? (?:it|this|everything) (?:to be )?over|(?:want|ready) to die|done with (?:it"
            r"|life|"
            r"this)|don't want to (?:keep going|live|be here)|i'm done)",
            r"\b(?:on purpose|deliberately)\b.{0,30}\b(?:stopped|skipped|missed|not taking) (?:my )?" + _TREATMENT,
            person="self",
        ),
    ),
)
