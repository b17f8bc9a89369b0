"""Pydantic schemas: the public HTTP contract (``http``) and the runner's internal batch items (``runner``).
The OpenAI-compatible contract lives with its routes (``pixel_model.api.openai``)."""
