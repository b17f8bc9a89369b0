"""``/health`` (the seed's probe: 503 while the model is not loaded) and ``/status`` (what this server serves)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from pixel_model.api.deps import get_serving
from pixel_model.api.serving import Serving
from pixel_model.schemas.http import HealthResponse

FEATURES = [
    "eq_measurement",
    "persona_switching",
    "crisis_detection",
    "crisis_protocol",
    "technique_detection",
    "empathy_measurement",
    "bias_detection",
    "safety_validation",
    "emotion_detection",
    "batch_inference",
    "streaming",
    "hot_reload",
    "chat_ui",
]
router = APIRouter()


@router.get("/health", response_model=HealthResponse, responses={503: {"model": HealthResponse}})
async def health(serving: Serving = Depends(get_serving)):
    info = await serving.backend.runner_info()
    loaded = bool(info and info.get("model_loaded"))
    body = HealthResponse(
        status="healthy" if loaded else "degraded",
        model_loaded=loaded,
        timestamp=datetime.now(UTC).isoformat().replace("+00:00", "Z"),
    )
    return body if loaded else JSONResponse(body.model_dump(), status_code=503)  # 503: take me out of rotation


@router.get("/status")
async def status(serving: Serving = Depends(get_serving)):
    s, b = serving.settings, serving.backend
    info = await b.runner_info() or {}
    perf = b.tracker.snapshot() | {"device": info.get("device")}
    return {
        "model_loaded": bool(info.get("model_loaded")),
        "model_name": "pixel",
        "model_version": info.get("version"),
        "inference_engine": f"PyTorch {info.get('torch', '')}".strip(),
        "analysis_engine": info.get("analysis_engine"),  # onnx (ONNX Runtime) on CPU, torch on CUDA
        "generator_engine": info.get("generator_engine"),  # onnx (ONNX Runtime GenAI) on CPU, torch on CUDA
        "device": info.get("device"),
        "generator": info.get("generator"),
        "available_features": FEATURES
        + ["openai_compatible"] * s.openai_api
        + ["session_risk"] * s.session_risk
        + ["escalation_webhook"] * bool(s.escalation_url),
        "performance_metrics": perf,
    }
