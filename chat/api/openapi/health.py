"""GET /health."""

from drf_spectacular.utils import OpenApiExample

from chat.api.serializers import HealthSerializer

HEALTH = dict(
    summary="Service health",
    responses={200: HealthSerializer, 503: HealthSerializer},
    examples=[
        OpenApiExample(
            "Healthy",
            value={
                "status": "ok",
                "database": {"ok": True},
                "redis": {"ok": True},
                "workers": {"chat": 1, "ingest": 1, "vectors": 1, "default": 1},
            },
            response_only=True,
            status_codes=["200"],
        ),
        OpenApiExample(
            "Redis down",
            value={
                "status": "down",
                "database": {"ok": True},
                "redis": {"ok": False, "error": "ConnectionError"},
                "workers": None,
            },
            response_only=True,
            status_codes=["503"],
        ),
    ],
)
