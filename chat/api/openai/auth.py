"""How OpenAI clients authenticate: their "API key" is the user's API token, sent as
`Authorization: Bearer <token>` (BearerTokenAuthentication, chat/api/event_streams.py).
This names that scheme in the OpenAPI schema."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class BearerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "chat.api.event_streams.BearerTokenAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema: object) -> dict:
        return {"type": "http", "scheme": "bearer", "description": "The API token, as OpenAI clients send their key."}
