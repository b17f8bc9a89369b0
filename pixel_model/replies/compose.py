"""The composed fallback: when no generated candidate passes the reply guard, Pixel builds the reply from its
response bank (``weights/response_bank.jsonl``, 487 project-written pieces tagged by kind, technique, emotion,
situation and persona; ``data/RESPONSE_BANK.md``) instead of sending an empty or generic "I can't help".

A composed reply is an opening (reflection or validation) + an optional middle (a grounding or coping step, a
psychoeducation snippet, or a practical pointer) + a closing question. Each slot takes the piece whose
embedding is closest to the user's message (cosine, the encoder's own embeddings), plus a small bonus for each
detected emotion the piece is tagged with, among the pieces allowed for the persona and the situation:
- a person at risk (suicidal ideation, self-harm, an eating disorder, abuse): only pieces tagged with that
  situation, and a safety check as the closing question;
- a coping question ("how do I stop panicking", "I can't sleep", "my heart races before talks, any tips?":
  ``reply_rules.coping_question``): two different grounding or coping steps are the middle;
- the assistant persona: a practical pointer is the middle when one is close to the question (cosine >=
  ``MIDDLE_MIN_SIMILARITY``); otherwise (a factual question the generator's candidates failed: "what's the capital
  of Australia?") an honest "I'd rather not guess" piece and an open question, never the nearest unrelated pointer
  (that sent "for the exact dose, ask a pharmacist" to "what's 15% of 80?");
- eating (the signal, or eating-disorder cues): the practical route to specialist help is always included;
- a sensitive topic without a crisis risk (eating-disorder cues, a medicine named, a question about Pixel itself:
  ``reply_rules``): that situation's pieces in every slot where the bank has one (for a medicine, the middle
  points to the prescriber, a pharmacist and the leaflet; about Pixel, the opening and the answer follow what was
  asked (``reply_rules.about_pixel_kind``): what it is (Pixel, an AI, not a person or a therapist, without
  feelings or memory beyond the conversation), its qualifications (none: it cannot diagnose or advise as a
  professional), a promise to always be there (it cannot make one; other people to reach), or a request to stand
  in for someone; a medicine question likewise gets the answer of its kind, ``reply_rules.medication_kind``);
- the kinds above (a medicine, a question about Pixel, a coping question) are read by regular expressions first;
  the learned reply-kind router's label (``router.py``, passed as ``routed``) is used only where they found no topic,
  and never for a person at risk (the router never trained on risk messages; the risk pieces answer them);
- a message made only of a greeting, thanks or a goodbye, with no risk (``reply_rules.phatic_kind``): one whole
  ``phatic`` piece of its kind, nothing read into it (a greeting or "ok" only as a first message).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import torch

from pixel_model.replies.guard import topic_of
from pixel_model.replies.rules import (
    about_pixel,
    about_pixel_kind,
    contact_question,
    coping_question,
    coping_situations,
    ed_cues,
    medication_kind,
    medication_question,
    method_question,
    phatic_kind,
)

EMOTION_BONUS = 0.03
MIDDLE_MIN_SIMILARITY = 0.30  # an optional middle piece is added only when it is at least this close
# pieces written for these situations only (crisis steps and resources, medicines, Pixel itself) are never chosen
# for a reply outside them: an ordinary question must not get "if you're in danger right now, call..."
RESTRICTED_SITUATIONS = frozenset(
    {
        "suicidal_thoughts",
        "self_harm",
        "abuse",
        "substance",
        "eating",
        "medication",
        "about_pixel",
        "about_pixel_identity",
        "about_pixel_promise",
        "about_pixel_stand_in",
        "about_pixel_qualified",
        "medication_dose",
        "medication_change",
        "medication_missed",
        "medication_several",
        "medication_other",
        "medication_side_effects",
        "phatic",
        "no_reliable_answer",
    }
)
# pieces about suicide, abuse or substances are never part of a reply to someone not at risk, even where they are
# also tagged with an ordinary situation ("you're feeling really hopeless" is tagged low_mood too); pieces about
# self-harm, eating or medicines only in their own situation, except body-based grounding steps (cold water, a
# texture in the hand), which suit anyone
RISK_CONTENT = frozenset({"suicidal_thoughts", "abuse", "substance"})
SENSITIVE_CONTENT = frozenset({"self_harm", "eating", "medication"})
RISK_SITUATIONS = {
    "suicidal_ideation": "suicidal_thoughts",
    "suicide_plan": "suicidal_thoughts",
    "self_harm": "self_harm",
    "eating_disorder": "eating",
    "abuse": "abuse",
    "substance_overdose": "substance",
    "severe_panic": "panic",
}


@dataclass(frozen=True)
class Piece:
    id: str
    kind: str
    text: str
    techniques: tuple[str, ...]
    emotions: frozenset[str]
    situations: frozenset[str]
    persona: str


@dataclass
class Composed:
    text: str
    piece_ids: list[str]
    techniques: list[str]


class ResponseBank:
    def __init__(self, pieces: list[Piece], embeddings: torch.Tensor):
        self.pieces = pieces
        self.emb = embeddings  # [P, D], unit norm

    @classmethod
    def load(cls, path: Path, embed) -> ResponseBank:
        """``embed``: texts -> unit-norm embeddings [N, D] (the model's encoder)."""
        rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
        pieces = [
            Piece(
                r["id"],
                r["kind"],
                r["text"],
                tuple(r["techniques"]),
                frozenset(r["emotions"]),
                frozenset(r["situations"]),
                r["persona"],
            )
            for r in rows
        ]
        return cls(pieces, embed([p.text for p in pieces]))

    def _best(
        self,
        user_emb: torch.Tensor,
        kinds: set[str],
        persona: str,
        emotions: set[str],
        situations: set[str] | None = None,
        closed_ok: bool = True,
        exclude: set[str] = frozenset(),
        at_risk: bool = False,
    ) -> tuple[Piece, float] | None:
        sims = (self.emb @ user_emb).tolist()
        best, best_score = None, float("-inf")
        wanted = situations or set()  # a kind of a situation ("medication_missed") allows the situation itself
        banned = (
            frozenset()
            if at_risk
            else {
                b
                for b in RISK_CONTENT | SENSITIVE_CONTENT
                if b not in wanted and not any(w.startswith(b + "_") for w in wanted)
            }
        )
        for p, sim in zip(self.pieces, sims):
            if p.situations & banned and (p.kind != "grounding" or p.situations & RISK_CONTENT & banned):
                continue
            if p.kind not in kinds or p.persona not in ("both", persona) or p.id in exclude:
                continue
            if situations is not None and not (p.situations & situations):
                continue
            if situations is None and p.situations <= RESTRICTED_SITUATIONS:
                continue
            if not closed_ok and "closed_question" in p.techniques:
                continue
            score = sim + EMOTION_BONUS * len(p.emotions & emotions)
            if score > best_score:
                best, best_score = p, score
        return (best, best_score) if best else None

    def _steps(
        self, user_text: str, user_emb: torch.Tensor, persona: str, emo: set[str], n: int
    ) -> list[tuple[Piece, float]]:
        """Up to ``n`` (1 or 2) different grounding or coping steps for the problem a message names: its
        situation's steps first (``coping_situations``), the closest step of any ordinary situation where the bank
        has fewer; the first step found is kept while a second is looked for."""
        kinds = {"grounding", "coping_step"}
        first = None
        for sit in [*coping_situations(user_text), None]:
            where = {sit} if sit else None
            first = first or self._best(user_emb, kinds, persona, emo, where)
            if first and n == 1:
                return [first]
            if first and (second := self._best(user_emb, kinds, persona, emo, where, exclude={first[0].id})):
                return [first, second]
        return [first] if first else []

    def compose(
        self,
        user_text: str,
        user_emb: torch.Tensor,
        persona: str,
        emotions: list[str],
        risk_level: str = "none",
        signals: list[str] | tuple[str, ...] = (),
        first_turn: bool = True,
        routed: str | None = None,
    ) -> Composed:
        """The composed reply for one message (``user_emb``: its unit-norm embedding [D]); ``first_turn``: no
        earlier user turn (a greeting or "ok" is answered in kind only then: ``rules.phatic_kind``); ``routed``: the
        reply-kind router's label (``router.LABELS``), which adds the kinds the regular expressions miss."""
        emo = set(emotions)
        risk_sits = {RISK_SITUATIONS[s] for s in signals if s in RISK_SITUATIONS}
        at_risk = risk_level != "none" and bool(risk_sits - {"panic"})
        # a greeting, thanks or goodbye with no risk: one whole phatic piece of its kind, nothing read into it
        if risk_level == "none" and (pk := phatic_kind(user_text, first_turn)):
            whole = self._best(user_emb, {"phatic"}, persona, emo, {f"phatic_{pk}"})
            if whole:
                return Composed(whole[0].text, [whole[0].id], list(whole[0].techniques))
        sits = risk_sits if at_risk else None
        if at_risk:  # the router never trained on risk messages, and a person at risk gets the risk pieces anyway
            routed = None
        # a sensitive topic without a crisis risk: that situation's pieces, without the risk-check closer. The
        # regular expressions decide first; the router's label only where they found no topic
        topic = (
            None
            if at_risk
            else (
                {"eating"}
                if ed_cues(user_text)
                else {"medication"}
                if medication_question(user_text)
                else {"about_pixel"}
                if about_pixel(user_text)
                else None
            )
        )
        if topic is None and routed and topic_of(routed) in ("medication", "about_pixel"):
            topic = {topic_of(routed)}
        elif topic is not None:
            routed = None  # the rules found the topic: their kind stands
        # about Pixel: the opening and the answer of the question's kind (identity, qualifications, a promise, a
        # stand-in); a medicine: of the question's kind where one is read (missed doses, a dose change, how much...)
        focus = topic
        if topic == {"about_pixel"}:
            kind = routed.removeprefix("about_pixel_") if routed else about_pixel_kind(user_text)
            focus = {f"about_pixel_{kind}"}
        elif topic == {"medication"} and (mk := medication_kind(user_text)):
            focus = {f"medication_{mk}"}
        coping = coping_question(user_text) or "severe_panic" in signals or routed == "coping"
        # contact with an ex or an abuser, or a question about means: sensitive, but the bank has no answer of their
        # own; never the "I won't guess" piece of a factual question
        unanswerable = routed == "contact" or contact_question(user_text) or method_question(user_text)
        chosen: list[Piece] = []
        # the assistant persona's ordinary question: an opening written for practical questions ("That's a reasonable
        # thing to want to know."), not the nearest reflection (it read "losing your pet" into a letter to a landlord)
        practical = persona == "assistant" and not (sits or focus) and not coping and not unanswerable
        opening = (practical and self._best(user_emb, {"reflection", "validation"}, persona, emo, {"practical"})) or (
            self._best(user_emb, {"reflection", "validation"}, persona, emo, sits or focus, at_risk=at_risk)
            or (topic and self._best(user_emb, {"reflection", "validation"}, persona, emo, topic))
            or self._best(user_emb, {"reflection", "validation"}, persona, emo)
        )
        if opening:
            chosen.append(opening[0])
        middle = None
        steps: list[Piece] = []
        if topic:
            middle = self._best(
                user_emb, {"practical", "coping_step", "psychoeducation"}, persona, emo, focus
            ) or self._best(user_emb, {"practical", "coping_step", "psychoeducation"}, persona, emo, topic)
            if coping and topic == {"medication"}:  # "panic attack now, would one of these pills help?": a step now
                steps = [p for p, _ in self._steps(user_text, user_emb, persona, emo, 1)]
        elif at_risk:
            middle = self._best(
                user_emb, {"coping_step", "psychoeducation", "practical"}, persona, emo, sits, at_risk=True
            )
        elif coping:  # two different concrete steps for the problem named (sleep, panic, anger...)
            found = self._steps(user_text, user_emb, persona, emo, 2)
            middle = found[0] if found else None
            steps = [p for p, _ in found[1:]]
        elif practical:  # a pointer that fits the question, else an honest "I won't guess"
            m = self._best(user_emb, {"practical"}, persona, emo)
            middle = (
                m
                if m and m[1] >= MIDDLE_MIN_SIMILARITY
                else self._best(user_emb, {"practical"}, persona, emo, {"no_reliable_answer"})
            )
        else:
            m = self._best(user_emb, {"coping_step", "psychoeducation"}, persona, emo)
            middle = m if m and m[1] >= MIDDLE_MIN_SIMILARITY else None
        if middle:
            chosen.append(middle[0])
        chosen += steps
        # eating: the way to specialist help (a GP referral, eating-disorder charities) is always part of the reply,
        # whatever the middle was -- a grounding step alone leaves the person with no route to care
        if "eating" in (sits or focus or set()):
            route = self._best(user_emb, {"practical"}, persona, emo, {"eating"}, at_risk=at_risk)
            if route and route[0] not in chosen:
                chosen.append(route[0])
        if middle and "no_reliable_answer" in middle[0].situations:
            topic = focus = {"no_reliable_answer"}  # the closing follows: nothing read into a factual question
        closing = (
            self._best(user_emb, {"open_question"}, persona, emo, sits, at_risk=True)
            if at_risk
            else (
                topic
                and (
                    self._best(user_emb, {"open_question"}, persona, emo, focus, closed_ok=False)
                    or self._best(user_emb, {"open_question"}, persona, emo, topic, closed_ok=False)
                )
            )
            or self._best(user_emb, {"open_question"}, persona, emo, closed_ok=False)
        )
        if closing:
            chosen.append(closing[0])
        techniques = list(dict.fromkeys(t for p in chosen for t in p.techniques))
        return Composed(" ".join(p.text for p in chosen), [p.id for p in chosen], techniques)
