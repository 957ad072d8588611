"""The OpenAI-compatible surface (/v1): views.py serves it, serializers.py checks requests,
messages.py shapes replies, auth.py names the bearer scheme in the schema."""
