"""The HTTP API: thin views (views.py, streams.py, openai/) that validate with a serializer and
call one service or selector; their OpenAPI documentation (openapi/), errors translated in one
handler (error_responses.py), who may call (permissions.py) and how often (throttling.py)."""
