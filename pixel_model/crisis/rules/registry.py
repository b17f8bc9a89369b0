"""Every rule table compiled into the flat lists the extractor runs, in a fixed order.

Why an explicit order: every pattern runs over every sentence and the features are pooled, so the
order does not decide WHICH features fire -- but it decides the ORDER of the evidence: the first
evidence of a key is the one a finding quotes, several keys share a third-party bucket (o_si,
o_plan, ...), and when nothing is flagged the first explanations ("not flagged: negated: ...") are
the ones reported.  When the rules were one file the order was the order of that file: the
per-domain tables first, then the supplementary lexicon families, each added for a phrase FAMILY
found missing when measuring on independent text (not for a single example).  `RUN_ORDER` keeps
that order exactly, so the split changed no output (tests/crisis/test_rules_golden.py).

`RUN_ORDER` lists ``(key, n)`` -- run the next n patterns of that key's entry, in table order -- and a
bare ``key`` for the last slot of a key, which runs all its remaining patterns.  So a pattern added
at the end of a key's entry runs in that key's last slot; moving a slot changes only evidence order
(regenerate the golden file if you mean it).  The checks below reject a key defined in two domains,
a key missing from the order and an order that overruns a key.
"""

from __future__ import annotations

import re

from . import (
    abuse,
    context,
    eating_disorder,
    harm_to_others,
    overdose,
    panic,
    psychosis,
    self_harm,
    suicide,
    third_party,
    treatment,
)
from .lexicons import expand
from .table import Group, Rule

__all__ = ["DOMAINS", "RUN_ORDER", "THIRD_PARTY_RUN_ORDER", "RULES", "OTHER_RULES"]

DOMAINS: dict[str, dict[str, tuple[Group, ...]]] = {
    "suicide": suicide.TABLE,
    "self_harm": self_harm.TABLE,
    "overdose": overdose.TABLE,
    "harm_to_others": harm_to_others.TABLE,
    "abuse": abuse.TABLE,
    "psychosis": psychosis.TABLE,
    "panic": panic.TABLE,
    "context": context.TABLE,
    "eating_disorder": eating_disorder.TABLE,
    "treatment": treatment.TABLE,
}

RUN_ORDER: tuple[str | tuple[str, int], ...] = (
    # --- suicidal ideation: passive wish / burden (low)
    ("si_passive", 33),
    ("si_burden", 9),
    ("si_hopeless", 22),
    # --- death wish / active ideation (moderate)
    "si_wish",
    ("si_active", 35),
    ("si_control", 14),
    ("si_weak", 19),
    "si_denial",
    # --- plan / behaviour
    ("plan_method", 14),
    "plan_method_know",
    ("plan_means", 10),
    ("plan_means_weak", 7),
    ("plan_research", 6),
    ("plan_research_height", 2),
    "dose_question",
    "plan_research_dose",
    ("prep_weak", 1),
    ("plan_prep", 14),
    ("prep_weak", 13),
    ("plan_intent", 19),
    ("plan_rehearsal", 5),
    ("site_visit", 1),
    ("attempt", 6),
    ("finality", 17),
    ("act_location", 3),
    "act_co",
    ("bleeding_heavy", 5),
    # --- time
    ("time_day", 4),
    ("time_near", 4),
    "time_later",
    # --- overdose
    ("od_ingest", 2),
    ("od_excess", 4),
    ("od_symptom", 45),
    ("od_explicit", 3),
    "od_child",
    "od_motive_sh",
    # --- self-harm
    ("sh_act", 31),
    ("sh_danger", 13),
    ("sh_urge", 3),
    "sh_relapse",
    "sh_past",
    # --- harm to others
    ("hto_intent", 11),
    ("hto_revenge", 4),
    ("hto_weapon", 5),
    ("hto_surveil", 8),
    ("hto_thoughts", 3),
    ("hto_intrusive", 1),
    "hto_cond_hyper",
    # --- abuse
    ("abuse_phys", 13),
    ("abuse_sex", 8),
    ("abuse_control", 18),
    ("abuse_harass", 10),
    ("abuse_suspect", 3),
    "abuse_neglect",
    "child_ctx",
    # --- psychosis
    ("psy_cmd", 2),
    "psy_cmd_weak",
    "psy_corrob",
    ("psy_exp", 22),
    ("psy_directive", 1),
    # --- panic
    "panic_now",
    ("panic_breath", 1),
    "panic_chest",
    ("panic_heart", 1),
    "panic_tingling",
    "panic_unreal",
    "panic_faint",
    "panic_shaking",
    "panic_vision",
    "panic_throat",
    "panic_swallow",
    "panic_sweat",
    ("panic_dread", 1),
    "panic_spinning",
    "panic_grounding",
    ("panic_past", 3),
    # --- risk factors, past/resolution
    "rf_age",
    "rf_isolated",
    "rf_bereaved",
    "rf_stress",
    "rf_famhx",
    "past_marker",
    "resolved",
    "current_marker",
    "recent_marker",
    "hyper_cond",
    # ---- supplementary lexicon families (the first batch, under the block's own heading)
    ("si_active", 9),
    ("si_hopeless", 4),
    ("si_passive", 9),
    ("si_reunion", 1),
    ("si_burden", 2),
    ("si_control", 2),
    ("plan_method", 4),
    ("plan_means", 2),
    ("plan_means_weak", 5),
    ("plan_research", 7),
    ("plan_research_height", 3),
    "personal",
    ("plan_prep", 8),
    ("prep_weak", 14),
    ("plan_intent", 10),
    ("finality", 10),
    ("act_location", 2),
    ("act_strong", 7),
    ("act_maybe", 4),
    ("time_near", 2),
    ("sh_act", 14),
    ("sh_injury", 3),
    ("sh_deliberate", 7),
    "sh_urge",
    ("sh_danger", 8),
    ("hto_intent", 3),
    "hto_animal_it",
    ("hto_surveil", 4),
    ("hto_revenge", 2),
    ("hto_weapon", 1),
    "hto_weapon_intent",
    "animal_noun",
    ("grievance", 1),
    "hto_move",
    ("hto_thoughts", 5),
    ("hto_intrusive", 1),
    ("abuse_phys", 7),
    ("abuse_suspect", 2),
    ("abuse_control", 5),
    ("abuse_harass", 6),
    ("psy_exp", 5),
    # ---- supplementary: self-absence conditionals, lethality/sufficiency checks, means at hand, site revisits,
    #      child abuse
    ("si_passive", 8),
    ("si_active", 4),
    ("si_weak", 6),
    ("finality", 1),
    ("si_control", 3),
    ("attempt", 3),
    ("plan_research", 6),
    ("plan_means", 8),
    ("act_maybe", 3),
    ("finality", 4),
    ("plan_prep", 4),
    ("prep_weak", 6),
    ("site_visit", 2),
    ("plan_intent", 2),
    ("od_explicit", 1),
    ("sh_act", 3),
    ("sh_danger", 2),
    ("hto_intent", 1),
    "hto_target_near",
    ("hto_thoughts", 4),
    ("horror", 1),
    ("abuse_phys", 1),
    ("abuse_control", 4),
    ("psy_exp", 3),
    # ---- supplementary: passive-wish variants, reunion with the dead, control, goodbyes, coercive control, paranoia
    ("si_passive", 9),
    ("si_active", 1),
    ("si_reunion", 1),
    ("si_control", 2),
    ("plan_research", 2),
    ("plan_means", 3),
    ("act_maybe", 3),
    ("prep_weak", 5),
    ("finality", 1),
    ("plan_intent", 3),
    ("od_explicit", 2),
    ("sh_act", 1),
    ("sh_danger", 3),
    ("hto_intent", 2),
    ("hto_revenge", 1),
    ("hto_thoughts", 1),
    ("grievance", 2),
    "hto_intrusive",
    ("abuse_phys", 3),
    ("abuse_control", 5),
    ("psy_exp", 5),
    ("psy_cmd", 1),
    ("panic_past", 1),
    # ---- supplementary: drug use, self-injury wording, farewell thanks, animal harm, injuries from a partner
    "od_druguse",
    ("od_ingest", 1),
    ("od_excess", 1),
    ("sh_injury", 1),
    ("sh_act", 1),
    ("sh_danger", 2),
    ("si_passive", 2),
    ("si_active", 1),
    ("si_hopeless", 2),
    ("si_weak", 2),
    ("plan_intent", 2),
    ("plan_research", 2),
    ("site_visit", 1),
    ("finality", 1),
    ("plan_means", 1),
    "grievance",
    ("hto_intent", 1),
    ("abuse_phys", 3),
    # ---- supplementary: hope-not-to-wake, chosen method/site, sufficiency of a ligature point
    ("si_passive", 1),
    ("si_hopeless", 2),
    ("plan_method", 1),
    ("plan_research", 3),
    "sh_deliberate",
    # ---- supplementary: 'if I disappeared', 'free of all this', safety promises, chosen spot, stalking
    ("si_passive", 3),
    ("si_active", 2),
    ("si_control", 2),
    ("plan_method", 5),
    ("plan_intent", 1),
    "plan_prep",
    ("finality", 2),
    ("act_location", 1),
    ("site_visit", 1),
    ("sh_act", 2),
    ("hto_surveil", 1),
    ("psy_exp", 2),
    # ---- supplementary: belonging, 'gone by morning', heights research, hitting oneself
    ("si_passive", 1),
    ("plan_intent", 1),
    ("time_day", 1),
    ("finality", 1),
    "plan_research_height",
    ("sh_act", 2),
    ("sh_danger", 1),
    "bleeding_heavy",
    ("abuse_control", 1),
    # ---- supplementary: planning death, last night, driving off, ingestion in progress, violent curiosity
    ("si_hopeless", 1),
    ("si_passive", 3),
    ("plan_means_weak", 1),
    ("plan_intent", 2),
    ("finality", 3),
    ("plan_method", 2),
    ("act_strong", 1),
    ("od_explicit", 3),
    ("od_excess", 1),
    ("od_symptom", 2),
    ("sh_injury", 1),
    ("sh_act", 1),
    ("hto_thoughts", 1),
    ("psy_exp", 3),
    # ---- supplementary: method fixation, quickest way, 'tonight's the end', CO means, grooming, body parts
    ("plan_method", 3),
    ("plan_research", 1),
    ("si_active", 2),
    ("si_hopeless", 1),
    ("plan_intent", 3),
    ("finality", 1),
    ("plan_means", 1),
    ("sh_act", 2),
    "sh_injury",
    "od_other",
    ("od_excess", 1),
    ("hto_weapon", 1),
    ("hto_intent", 1),
    ("hto_thoughts", 1),
    "abuse_harass",
    ("psy_exp", 1),
    # ---- supplementary: terse/colloquial phrasing, a few Italian/German/Spanish/French phrases
    "si_burden",
    "si_passive",
    "si_hopeless",
    "si_reunion",
    "si_active",
    "si_control",
    "si_weak",
    "prep_weak",
    "finality",
    "plan_intent",
    "plan_method",
    "plan_means",
    "plan_means_weak",
    "plan_research",
    "plan_rehearsal",
    "site_visit",
    "attempt",
    "act_strong",
    "act_location",
    "act_maybe",
    "time_day",
    "time_near",
    "od_explicit",
    "od_ingest",
    "od_excess",
    "od_symptom",
    "sh_act",
    "sh_danger",
    "hto_thoughts",
    "horror",
    "hto_surveil",
    "hto_intent",
    "hto_revenge",
    "hto_weapon",
    "abuse_control",
    "abuse_suspect",
    "abuse_sex",
    "abuse_phys",
    "psy_cmd",
    "psy_directive",
    "psy_exp",
    "panic_heart",
    "panic_dread",
    "panic_breath",
    "panic_past",
    "panic_over",
    # --- v2 domains (added after the golden file: they run last, so earlier evidence order is unchanged)
    "ed_restrict",
    "ed_purge",
    "ed_misuse",
    "ed_danger",
    "si_treatment_stop",
    # --- v3: active ideation with a stated time (after the golden file; runs last)
    "si_timeframe",
)

# explicit third-person rules: run after the domain rules of each sentence
THIRD_PARTY_RUN_ORDER: tuple[str | tuple[str, int], ...] = (
    ("o_si", 6),
    ("o_plan", 2),
    ("o_si", 1),
    ("o_plan", 1),
    "o_psy",
    ("o_hto", 1),
    ("o_sh", 1),
    ("o_hto", 1),
    ("o_plan", 2),
    ("o_sh", 2),
    "o_plan",
    "o_sh",
    ("o_hto", 1),
    "o_si",
    "o_abuse",
    "o_hto",
)


def _merge(domains: dict[str, dict[str, tuple[Group, ...]]]) -> dict[str, tuple[Group, ...]]:
    out: dict[str, tuple[Group, ...]] = {}
    where: dict[str, str] = {}
    for dom, tbl in domains.items():
        for key, groups in tbl.items():
            if key in out:
                raise ImportError(f"crisis_rules: rule key {key!r} defined in both {where[key]} and {dom}")
            out[key], where[key] = groups, dom
    return out


def _schedule(tbl: dict[str, tuple[Group, ...]], order) -> list[tuple[str, Group, str]]:
    """(key, group, pattern) in run order; every pattern of every key exactly once."""
    flat = {k: [(g, p) for g in groups for p in g.patterns] for k, groups in tbl.items()}
    pos = dict.fromkeys(flat, 0)
    closed: set[str] = set()
    out: list[tuple[str, Group, str]] = []
    for entry in order:
        key, n = (entry, None) if isinstance(entry, str) else entry
        if key not in flat:
            raise ImportError(f"crisis_rules: run order names unknown rule key {key!r}")
        if key in closed:
            raise ImportError(f"crisis_rules: run order lists {key!r} after its last (bare) slot")
        end = len(flat[key]) if n is None else pos[key] + n
        if (n is not None and n < 1) or end > len(flat[key]):
            raise ImportError(f"crisis_rules: run order overruns rule key {key!r}")
        out.extend((key, g, p) for g, p in flat[key][pos[key] : end])
        pos[key] = end
        if n is None:
            closed.add(key)
    left = [k for k in flat if k not in closed]
    if left:
        raise ImportError(f"crisis_rules: rule keys missing from the run order (or without a bare last slot): {left}")
    return out


RULES: list[Rule] = [
    Rule(key, re.compile(expand(p)), g.label, g.neg, g.person, g.frame)
    for key, g, p in _schedule(_merge(DOMAINS), RUN_ORDER)
]
OTHER_RULES: list[tuple[str, re.Pattern, str]] = [
    (key, re.compile(expand(p)), g.label) for key, g, p in _schedule(third_party.TABLE, THIRD_PARTY_RUN_ORDER)
]
