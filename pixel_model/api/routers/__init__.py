"""The routes by area, each an ``APIRouter``: probes (health, status), inference (infer, batch, stream),
sessions (risk over time), admin (reload), and the OpenAI-compatible routes. ``api.app.create_app`` includes them."""
