"""The HTTP API: thin views (views.py) that validate with a serializer and call one service
or selector; their OpenAPI documentation (openapi.py), errors translated in one handler
(errors.py), who may call (permissions.py) and how often (throttling.py)."""
