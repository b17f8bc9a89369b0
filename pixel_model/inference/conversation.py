"""How a conversation becomes the text the crisis heads read (shared by training and serving)."""

from __future__ import annotations


def conversation_text(text: str, history: list[dict], window: int = 3) -> str:
    """The latest ``window`` user turns (oldest first), then the message, newline-joined."""
    users = [h["content"] for h in history if h.get("role") == "user"][-window:]
    return " \n ".join(users + [text])
