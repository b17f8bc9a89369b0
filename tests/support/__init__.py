"""Test and benchmark support: the real `bentoml serve` helper."""
