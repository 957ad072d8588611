"""The chat-completions request: its serializer (with the limits every answer has) and its
JSON Schema for the OpenAPI document, since the serializer's own schema would be looser."""

from django.conf import settings
from rest_framework import serializers

from chat.api.serializers import StrictBooleanField, StrictUUIDField
from chat.services.chat_completions import message_text, question_index

MODEL_ID = "pdfchat"
ROLES = ["system", "developer", "user", "assistant", "tool"]


class MessageSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=ROLES)
    content = serializers.JSONField(help_text="A string, or a list of content parts with text.")

    def validate_content(self, content: object) -> object:
        parts_ok = isinstance(content, list) and all(
            isinstance(part, dict) and isinstance(part.get("text", ""), str) and isinstance(part.get("type", ""), str)
            for part in content
        )
        if not (isinstance(content, str) or parts_ok):
            raise serializers.ValidationError("A string, or a list of content parts with text.")
        if isinstance(content, list) and len(content) > settings.OPENAI_MAX_MESSAGES:
            raise serializers.ValidationError(f"At most {settings.OPENAI_MAX_MESSAGES} content parts a message.")
        if len(message_text(content)) > settings.OPENAI_MESSAGE_MAX_CHARS:
            raise serializers.ValidationError(
                f"A message may hold at most {settings.OPENAI_MESSAGE_MAX_CHARS} characters (OPENAI_MESSAGE_MAX_CHARS)."
            )
        return content


class AnyStringField(serializers.Field):
    """Any JSON string, empty or not, as it is (the protocol's `model` is only echoed)."""

    def to_internal_value(self, data: object) -> str:
        if not isinstance(data, str):
            raise serializers.ValidationError("Must be a string.")
        return data

    def to_representation(self, value: str) -> str:
        return value


class CompletionRequestSerializer(serializers.Serializer):
    """The request, within the limits every answer has: as many messages and characters as
    settings allow, and a question no longer than /chat's (CHAT_MESSAGE_MAX_CHARS)."""

    model = AnyStringField(required=False, default=MODEL_ID, help_text=f'Any; answered as "{MODEL_ID}".')
    messages = MessageSerializer(many=True, allow_empty=False)
    stream = StrictBooleanField(required=False, default=False)
    collection_ids = serializers.ListField(
        child=StrictUUIDField(),
        required=False,
        min_length=1,
        max_length=1000,
        help_text="pdfchat's extra field: only search these collections (default: every one you may read).",
    )

    def validate_messages(self, messages: list[dict]) -> list[dict]:
        if len(messages) > settings.OPENAI_MAX_MESSAGES:
            raise serializers.ValidationError(f"At most {settings.OPENAI_MAX_MESSAGES} messages (OPENAI_MAX_MESSAGES).")
        texts = [message_text(message["content"]) for message in messages]
        if sum(len(text) for text in texts) > settings.OPENAI_TOTAL_MAX_CHARS:
            raise serializers.ValidationError(
                f"The messages may hold at most {settings.OPENAI_TOTAL_MAX_CHARS} characters in all "
                "(OPENAI_TOTAL_MAX_CHARS)."
            )
        asked = question_index(messages)
        if asked is not None and len(texts[asked]) > settings.CHAT_MESSAGE_MAX_CHARS:
            raise serializers.ValidationError(
                f"The question (the last user message) may hold at most {settings.CHAT_MESSAGE_MAX_CHARS} "
                "characters (CHAT_MESSAGE_MAX_CHARS)."
            )
        return messages


# The request as JSON Schema (the serializer checks the same; its schema would be looser).
PART = {"type": "object", "properties": {"type": {"type": "string"}, "text": {"type": "string"}}}
CONTENT = {"oneOf": [{"type": "string"}, {"type": "array", "items": PART}]}
COMPLETION_REQUEST = {
    "type": "object",
    "required": ["messages"],
    "properties": {
        "model": {"type": "string"},
        "stream": {"type": "boolean"},
        "collection_ids": {
            "type": "array", "minItems": 1, "maxItems": 1000, "items": {"type": "string", "format": "uuid"},
            "description": "pdfchat's extra field: only search these collections (default: every one you may read).",
        },
        "messages": {
            "type": "array",
            "minItems": 1,
            "items": {"type": "object", "required": ["role", "content"],
                      "properties": {"role": {"enum": ROLES}, "content": CONTENT}},
        },
    },
}  # fmt: skip
ERROR = {
    "type": "object",
    "properties": {"error": {"type": "object", "properties": {"message": {"type": "string"}}, "required": ["message"]}},
    "required": ["error"],
}
