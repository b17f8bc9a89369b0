"""System prompts per persona, carrying what the heads found. Client-supplied ``system`` turns never reach
the generator (they could rewrite the persona rules); user text only ever appears in user turns."""

from __future__ import annotations

from pixel_model.replies.rules import coping_question
from pixel_model.schemas.runner import MessageAnalysis

THERAPY = (
    "You are Pixel, a warm, non-judgemental AI support companion (not a human, not a clinician). "
    "Reply in 2-4 short sentences about what the person just said. Reflect what they feel, validate it, "
    "and ask one open question. Do not diagnose, prescribe, or give medication doses. Never encourage "
    "self-harm or violence. Do not promise to always be there, and do not tell them to contact an ex or "
    "anyone who hurt them."
)
ASSISTANT = (
    "You are Pixel, a clear and friendly AI assistant. Answer the question directly and accurately "
    "in a few sentences. Do not diagnose, prescribe, or give medication doses; suggest a "
    "professional where that matters."
)
COPING_NOTE = (
    " They are asking how to cope: give two or three concrete, safe steps they can try now (for example "
    "slow breathing, naming things they can see, a short walk), then ask one question."
)
MODERATE_RISK_NOTE = (
    " The person may be at some risk: be gentle, ask how safe they feel, and mention that they "
    "can call or text 988 (US) any time."
)
RESOURCE_LINE = (
    "If things feel harder or you're not safe, you can call or text 988 (US, any time) or text "
    "HOME to 741741; elsewhere, findahelpline.com lists local lines."
)
SAFE_FALLBACK = (
    "I want to make sure I respond safely, so I won't answer that directly. I'm here to listen: "
    "could you tell me a bit more about what's going on for you right now?"
)


def build_messages(
    user_query: str, history: list[dict], a: MessageAnalysis, eq_steering: bool, max_turns: int = 8
) -> list[dict]:
    system = THERAPY if a.persona == "therapy" else ASSISTANT
    if eq_steering and a.persona == "therapy":
        feelings = [e for e in a.detected_emotions if e != "neutral"][:3]
        if feelings:
            system += f" The person seems to feel: {', '.join(feelings)}; acknowledge that."
    if a.persona == "therapy" and (coping_question(user_query) or "severe_panic" in a.crisis_signals):
        system += COPING_NOTE
    if a.risk_level in ("low", "moderate") and set(a.crisis_signals) != {"severe_panic"}:
        system += MODERATE_RISK_NOTE
    turns = [{"role": h["role"], "content": h["content"]} for h in history if h["role"] in ("user", "assistant")]
    return [{"role": "system", "content": system}, *turns[-max_turns:], {"role": "user", "content": user_query}]
