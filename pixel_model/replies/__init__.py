"""Replies: the guard, the reply rules, the composed fallback and the prompts."""
