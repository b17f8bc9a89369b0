"""Composition: features -> signals, a risk level and evidence (C-SSRS-inspired).

    passive wish / hopelessness / burden              -> low (moderate when cues or risk factors add up)
    active ideation / stated wish to die              -> moderate
    + method considered or control slipping            -> high
    plan / means / preparation / research / attempt,
    active ideation with a stated time (si_timeframe)  -> high + suicide_plan (+ suicidal_ideation)
    plan/means + timeframe <= 24 h, or act in progress -> imminent + immediate_harm
    overdose taken (self, accidental or bystander)     -> imminent + substance_overdose
    self-harm -> moderate (high if dangerous/escalating); harm to others, abuse, psychosis and
    panic follow the project's dev-set rules; third-party concern -> moderate with the other
    person's signals (a bystander overdose in progress stays imminent).

Weak cues (an ambiguous farewell, a single "possible preparation", a dose question) never flag on
their own; two of them, or one plus an ideation cue, do.  When nothing else flags, the backstop
(backstop.py) may add low/moderate suicidal ideation.

`negated` is True only when a crisis phrase matched but every match was explained away (negation,
idiom, fiction/news/code frame, resolved past) and the final risk is "none": it can veto the learned
head downstream, so softer suppressions (a benign look-alike, a generic third party) leave the
decision to the head.
"""

from __future__ import annotations

import re

from .backstop import BS_CATS
from .features import Feats
from .labels import (
    ABUSE,
    ED,
    HIGH,
    HTO,
    IMM,
    IMMEDIATE,
    LOW,
    MOD,
    NONE,
    OD,
    PANIC,
    PLAN,
    PSY,
    RISK_LEVELS,
    SH,
    SI,
    RuleFinding,
)
from .lexicons import expand
from .panic import PANIC_FAMILIES

__all__ = ["OTHER_DEPENDS", "finish"]

# third-party bucket -> the signals of the person at risk
OTHER_DEPENDS = {
    "o_si": (SI,),
    "o_plan": (SI, PLAN),
    "o_sh": (SH,),
    "o_abuse": (ABUSE,),
    "o_hto": (HTO,),
    "o_psy": (PSY,),
}


def _first(f: Feats, *keys: str) -> str:
    for k in keys:
        if k in f.hits:
            return f.hits[k][0]
    return ""


def _compose(f: Feats) -> tuple[int, set[str], list[str]]:
    risk = NONE
    sig: set[str] = set()
    ev: list[str] = []

    def bump(level: int, signals: tuple[str, ...], reason: str) -> None:
        nonlocal risk
        risk = max(risk, level)
        sig.update(signals)
        if reason and reason not in ev:
            ev.append(reason)

    H = f.has

    def txt(*keys: str) -> str:
        return " ".join(e for k in keys for e in f.hits.get(k, ()))

    # --- overdose (self or bystander) --------------------------------------------------------
    self_take = H("od_ingest") and re.search(
        expand(r"(?:took|taken|swallowed|had|injected) (?:[\w']+ ){0,4}?(?:<MEDS>)"), txt("od_ingest")
    )
    od = (
        H("od_child", "od_explicit")
        or bool(self_take and (H("finality") or H("si_wish", "si_active", "si_passive", "si_hopeless")))
        or (H("od_ingest", "od_other") and (H("od_excess") or H("od_symptom")))
        or (H("od_druguse") and H("od_symptom"))
    )
    if H("od_ingest", "od_other") and not H("od_excess") and H("od_symptom") and not H("od_explicit", "od_child"):
        # ordinary dose + a vague symptom is not an overdose; need a severe symptom
        od = bool(
            re.search(
                r"breath|blue|grey|gray|unconscious|unresponsive|wake|nodding|passed out|passing out|seizure|fitting|"
                r"collapsed|not making sense|boiling|burning up|can't (?:stay|feel|see|stand|keep)|"
                r"eyes open|heart|spinning|bleeding|chest|numb|confused|"
                r"vomit|sick|throwing up|throat",
                txt("od_symptom"),
            )
        )

    # --- suicidal ideation tiers -----------------------------------------------------------
    passive_keys = ("si_passive", "si_burden", "si_hopeless")
    passive_fams = sum(1 for k in passive_keys if H(k))
    if H("si_reunion") and H("rf_bereaved"):
        passive_fams += 1
        f.add("si_passive", f.hits["si_reunion"][0])
    rf = sum(1 for k in ("rf_age", "rf_isolated", "rf_bereaved", "rf_stress", "rf_famhx") if H(k))
    si_lvl = NONE
    if passive_fams:
        si_lvl = LOW
        n_passive = sum(f.n(k) for k in passive_keys)
        if (passive_fams >= 2 or n_passive >= 3) and not H("si_denial"):
            si_lvl = MOD
        if rf >= 2:
            si_lvl = MOD
    if H("si_wish", "si_active", "si_affirm"):
        si_lvl = MOD
    if si_lvl == NONE and f.n("si_weak") >= 2:
        si_lvl = MOD if not H("si_denial") else LOW
    si_any = si_lvl > NONE
    si_ctx = si_any or H("si_weak", "finality", "psy_t_si", "si_control")
    if si_any:
        bump(
            si_lvl,
            (SI,),
            "ideation: "
            + _first(f, "si_active", "si_wish", "si_affirm", "si_passive", "si_burden", "si_hopeless", "si_weak"),
        )
    if H("si_control") and (si_any or H("si_weak")):
        bump(HIGH, (SI,), "ideation with control slipping: " + _first(f, "si_control"))
    elif H("si_control") and re.search(r"how i|which way|painless|least painful", txt("si_control")):
        bump(HIGH, (SI,), "considering how: " + _first(f, "si_control"))
    elif H("si_control"):
        bump(MOD, (SI,), "control slipping: " + _first(f, "si_control"))

    # --- plan / behaviour ---------------------------------------------------------------------
    benign = "benign_prep" in f.frames and not si_ctx
    if benign:
        for k in ("prep_weak", "plan_prep"):
            keep = [
                e
                for e in f.hits.get(k, ())
                if re.search(
                    r"suicide|goodbye (?:letter|note)|whoever finds|find me|"
                    r"when i'm dead",
                    e,
                )
            ]
            if k in f.hits:
                f.suppressed.extend("benign context: " + e for e in f.hits[k] if e not in keep)
                if keep:
                    f.hits[k] = keep
                else:
                    del f.hits[k]
    strong = [
        k for k in ("plan_method", "plan_means", "plan_research", "plan_prep", "plan_rehearsal", "attempt") if H(k)
    ]
    intent_decisive = H("plan_intent") and re.search(
        r"kill myself|end (?:it|my life)|take my|hang|jump|overdose|decided|plan to|kms|happening|doing it"
        r"|take the whole|"
        r"tomar|unalive|take them all|all of them|the lot|every|death|suicide|planning|planned",
        txt("plan_intent"),
    )
    if H("plan_intent") and (
        intent_decisive or si_ctx or H("plan_means", "plan_means_weak", "plan_method", "plan_prep")
    ):
        strong.append("plan_intent")
    if H("si_timeframe"):  # quoted only when no other plan cue is (keeps the evidence the golden file recorded)
        strong.append("si_timeframe")
    # weak plan cues: each counts once per family (prep cues count individually)
    weak_fams = [
        k
        for k in (
            "plan_means_weak",
            "plan_research_dose",
            "plan_research_height",
            "site_visit",
            "plan_method_know",
            "attempt_past",
            "plan_intent",
            "personal",
        )
        if H(k)
    ]
    n_weak = len(weak_fams) + f.n("prep_weak")
    if (
        f.n("prep_weak") >= 2
        or n_weak >= 2
        and (
            f.n("prep_weak")
            or H("plan_means_weak", "plan_research_dose", "site_visit", "plan_research_height", "plan_method_know")
        )
    ):
        strong.append("weak cues add up")
    supported = [
        k for k in weak_fams + (["prep_weak"] if H("prep_weak") else []) if k != "personal" and (si_ctx or strong)
    ]
    if H("dose_question") and si_any:
        supported.append("dose_question")
    if f.n("finality") >= 2:
        strong.append("goodbyes")
    if f.n("plan_intent") >= 2 and "benign_prep" not in f.frames and not intent_decisive:
        strong.append("several plan cues")
    plan = bool(strong or supported)
    if plan:
        k0 = next((k for k in strong + supported if k in f.hits), None)
        bump(HIGH, (SI, PLAN), "plan/behaviour: " + (_first(f, k0) if k0 else ", ".join(weak_fams + ["prep"])))
    method_known = H("plan_method", "plan_means", "plan_means_weak", "plan_research_height", "psy_t_si") or bool(
        H("plan_intent") and re.search(r"take|swallow|jump|hang|overdose|tomar|walk", txt("plan_intent"))
    )
    near, day = H("time_near"), H("time_day") or H("time_near")
    act = (
        H("act_co", "act_strong")
        or (H("act_location") and (si_ctx or plan or H("plan_intent", "time_near")))
        or (H("act_maybe") and (si_ctx or plan))
    )
    if H("bleeding_heavy") and (H("sh_act") or si_any or plan) and not od:
        act = True
    if H("sh_act") and H("sh_danger") and (si_any or H("finality")) and not H("recent_marker", "past_marker"):
        act = True
    if act:
        bump(
            IMM,
            (SI, PLAN, IMMEDIATE),
            "act in progress: "
            + _first(f, "act_co", "act_strong", "act_location", "act_maybe", "bleeding_heavy", "sh_danger"),
        )
    if plan and day and method_known and (H("plan_intent", "finality", "plan_prep", "plan_method") or si_any):
        bump(IMM, (SI, PLAN, IMMEDIATE), "means/method + timeframe <24h: " + _first(f, "time_near", "time_day"))
    if (plan or si_any) and near and H("plan_intent", "plan_prep", "finality", "plan_means", "plan_means_weak"):
        bump(IMM, (SI, PLAN, IMMEDIATE), "intent + imminent timeframe: " + _first(f, "time_near"))

    if od:
        bump(
            IMM,
            (OD, IMMEDIATE),
            "overdose taken/in progress: " + _first(f, "od_explicit", "od_child", "od_ingest", "od_other"),
        )
        self_od = H("od_ingest") or bool(re.search(r"\bi\b|i've|i'm", txt("od_explicit")))
        if self_od:
            if H("finality") or (si_any and not H("si_denial")):
                sig.add(SI)
                if H("finality") or plan:
                    sig.add(PLAN)
            elif H("od_motive_sh"):
                sig.add(SH)

    # --- self-harm -------------------------------------------------------------------------
    accident = re.search(
        r"\b(?:fell|fall|accident\w*|crash\w*|bike|cooking|chopping|dog bit|tripped)\b",
        txt("sh_injury", "sh_danger") + " " + " ".join(f.frames),
    )
    sh = (
        H("sh_act")
        or (H("sh_injury") and H("sh_deliberate"))
        or (H("sh_injury") and H("sh_danger") and re.search(r"cuts|wounds|burns", txt("sh_injury")) and not accident)
    )
    if sh:
        if H("sh_danger") or H("bleeding_heavy"):
            bump(HIGH, (SH,), "self-harm, dangerous/escalating: " + _first(f, "sh_danger", "bleeding_heavy"))
        bump(MOD, (SH,), "self-harm: " + _first(f, "sh_act", "sh_injury"))
    elif H("sh_urge"):
        bump(MOD, (SH,), "self-harm urge: " + _first(f, "sh_urge"))
    elif H("sh_past") and H("current_marker") and not H("resolved"):
        bump(MOD, (SH,), "self-harm returning: " + _first(f, "sh_past"))
    if H("si_affirm_sh"):
        bump(MOD, (SH,), "self-harm affirmed")

    # --- harm to others -------------------------------------------------------------------
    animal = bool(H("hto_animal_it") and H("animal_noun"))
    weapon = H("hto_weapon")
    grudge = H("hto_revenge", "grievance", "hto_weapon_intent")
    if H("hto_thoughts") and H("horror") and not grudge and not H("hto_intent", "hto_weapon", "hto_surveil"):
        f.hits.setdefault("hto_intrusive", []).extend(f.hits.pop("hto_thoughts"))
    hto_plan = (
        H("hto_intent")
        or animal
        or (weapon and (grudge or H("hto_surveil", "hto_move", "hto_target_near")))
        or (H("hto_surveil") and (grudge or H("hto_thoughts") or f.n("hto_surveil") >= 2))
        or (H("hto_move") and grudge)
    )
    deny = H("si_denial") and not weapon and not H("hto_move")
    if hto_plan and not deny:
        bump(
            HIGH,
            (HTO,),
            "harm to others, intent/plan: "
            + _first(f, "hto_intent", "hto_surveil", "hto_move", "hto_weapon", "hto_revenge", "hto_animal_it"),
        )
        tomorrow = H("hto_intent") and re.search(r"tomorrow|tonight|today", txt("hto_intent") + " " + txt("time_later"))
        if (H("hto_now") or tomorrow or (H("hto_target_near", "hto_surveil") and H("time_day", "time_near"))) and (
            weapon or re.search(expand(r"<WEAPON>"), txt("hto_intent", "hto_now"))
        ):
            bump(IMM, (HTO, IMMEDIATE), "weapon + target + timeframe <24h: " + _first(f, "hto_now"))
    elif hto_plan or H("hto_thoughts", "hto_surveil") or (H("hto_revenge") and weapon):
        bump(MOD, (HTO,), "violent thoughts: " + _first(f, "hto_thoughts", "hto_intent", "hto_revenge"))
    elif H("hto_intrusive"):
        bump(LOW, (HTO,), "unwanted intrusive thoughts: " + _first(f, "hto_intrusive"))
    elif H("hto_surveil") and H("hto_revenge"):
        bump(HIGH, (HTO,), "threat + planning")

    # --- abuse --------------------------------------------------------------------------------
    if (
        H("abuse_phys", "abuse_sex")
        or (H("abuse_neglect") and H("child_ctx"))
        or (H("child_ctx") and H("abuse_control", "abuse_neglect", "abuse_harass"))
    ):
        bump(HIGH, (ABUSE,), "abuse: " + _first(f, "abuse_phys", "abuse_sex", "abuse_neglect", "abuse_control"))
    elif H("abuse_control", "abuse_harass", "abuse_neglect") or (H("abuse_suspect") and not H("o_abuse")):
        bump(MOD, (ABUSE,), "abuse: " + _first(f, "abuse_control", "abuse_harass", "abuse_neglect", "abuse_suspect"))

    # --- psychosis ----------------------------------------------------------------------------
    cmd = H("psy_cmd") or (H("psy_cmd_weak") and H("psy_corrob")) or (H("psy_directive") and H("psy_exp", "psy_corrob"))
    if cmd:
        bump(HIGH, (PSY,), "command hallucination: " + _first(f, "psy_cmd", "psy_cmd_weak", "psy_directive"))
        cmd_text = txt("psy_cmd", "psy_cmd_weak", "psy_directive")
        if re.search(
            r"(?:cut|burn|hurt|harm|stab|punish|cleanse) (?:myself|my \w+)|with fire|bleed",
            cmd_text + " " + txt("psy_t_si"),
        ):
            sig.add(SH)
        if re.search(
            r"kill myself|end my life|\bdie\b|jump|traffic|somewhere high|drown|river|\bsea\b|water|burden",
            cmd_text + " " + txt("psy_t_si"),
        ):
            sig.add(SI)
        if re.search(
            expand(
                r"(?:stop|kill|hurt|get rid of|punish|attack|poison|harm|stab) (?:him|her|them|my <REL>|"
                r"the baby|people|everyone)"
            ),
            cmd_text,
        ) or H("hto_intent"):
            sig.add(HTO)
    elif H("psy_exp"):
        bump(MOD, (PSY,), "psychotic experience: " + _first(f, "psy_exp"))

    # --- stopping life-sustaining treatment to die (treatment.py) ------------------------------
    if H("si_treatment_stop"):
        bump(HIGH, (SI, PLAN), "stopping life-sustaining treatment: " + _first(f, "si_treatment_stop"))

    # --- eating disorders (eating_disorder.py) ---------------------------------------------------
    if H("ed_restrict", "ed_purge", "ed_misuse"):
        urgent = H("ed_danger") or si_any
        bump(
            HIGH if urgent else MOD,
            (ED,),
            "eating disorder: "
            + _first(f, "ed_purge", "ed_restrict", "ed_misuse")
            + (" + " + _first(f, "ed_danger") if H("ed_danger") else ""),
        )

    # --- panic ----------------------------------------------------------------------------------
    fams = sorted(k[6:] for k in f.hits if k.startswith("panic_") and k[6:] in PANIC_FAMILIES)
    explicit_now = H("panic_now") and re.search(r"attack|ataque|crise|panik", txt("panic_now"))
    if H("panic_over") and not explicit_now and fams:
        f.hits.setdefault("panic_past", []).append(f.hits["panic_over"][0])
        fams = []
    if not od and (explicit_now or (H("panic_now") and fams) or len(fams) >= 2):
        bump(MOD, (PANIC,), "panic now: " + (", ".join(fams) if fams else "panic attack now"))
    elif H("panic_past") and risk == NONE:
        risk = LOW
        ev.append("panic attack, now over (no signal)")
    return risk, sig, ev


def _compose_other(f: Feats, risk: int, sig: set[str], ev: list[str]) -> tuple[int, set[str], list[str]]:
    """Third-party concern: moderate with the at-risk person's signals (overdose in progress handled above)."""
    for key, sigs in OTHER_DEPENDS.items():
        if key in f.hits:
            sig.update(sigs)
            risk = max(risk, MOD)
            ev.append("third-party concern: " + f.hits[key][0])
    return risk, sig, ev


_CONFIDENT_SUPPRESSION = ("negated:", "frame:", "hyperbole:", "joke:", "resolved past:", "heartbreak:")


def finish(f: Feats) -> RuleFinding:
    risk, sig, ev = _compose(f)
    risk, sig, ev = _compose_other(f, risk, sig, ev)
    if risk == NONE and f.has("bs_si"):
        risk = MOD if BS_CATS["method"].search(" ".join(f.hits["bs_si"])) else LOW
        sig.add(SI)
        ev.append("backstop: " + f.hits["bs_si"][0])
    # invariants
    if risk == IMM:
        sig.add(IMMEDIATE)
    else:
        sig.discard(IMMEDIATE)
    if risk == NONE:
        sig.clear()
    if risk >= MOD and not sig:  # pragma: no cover - defensive
        risk = LOW
    # `negated` can veto the learned head downstream, so only confident explanations set it:
    # explicit negation, idiom/joke, fiction/news/code/game frame, resolved past.  Softer
    # suppressions (benign look-alike, generic third party) leave the decision to the head.
    confident = [x for x in f.suppressed if x.startswith(_CONFIDENT_SUPPRESSION)]
    negated = risk == NONE and bool(confident)
    if risk == NONE and f.suppressed:
        ev = ["not flagged: " + x for x in (confident or f.suppressed)[:4]]
    return RuleFinding(signals=frozenset(sig), risk=RISK_LEVELS[risk], evidence=tuple(ev), negated=negated)
