"""The HTTP layer: the FastAPI app and its routers, the gateway middleware, the error registry and the request
context. No torch."""
