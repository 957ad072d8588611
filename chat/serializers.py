"""Request validation and response shapes for the chat API (also the OpenAPI schema)."""

from django.conf import settings
from rest_framework import serializers

from chat.models import ChatJob


class StrictCharField(serializers.CharField):
    """A CharField that refuses numbers, booleans and objects instead of stringifying them."""

    def to_internal_value(self, data: object) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class ChatRequestSerializer(serializers.Serializer):
    message = StrictCharField(help_text="The question to answer.")

    def get_fields(self) -> dict:
        fields = super().get_fields()
        # Read the limit per request so a settings change needs no code change.
        fields["message"] = StrictCharField(
            max_length=settings.CHAT_MESSAGE_MAX_CHARS, help_text=fields["message"].help_text
        )
        return fields


class ChatAnswerSerializer(serializers.Serializer):
    answer = serializers.CharField(help_text="The answer text.")
    backend = serializers.CharField(help_text='Which backend answered: "openai" or "extractive".')
    model = serializers.CharField(allow_blank=True, help_text="The model that answered, if any.")


class ChatJobSubmittedSerializer(serializers.Serializer):
    job_id = serializers.CharField(help_text="Poll GET /chat/jobs/{job_id} with it.")
    status = serializers.CharField(help_text='Always "queued" here.')


class ChatJobSerializer(serializers.ModelSerializer):
    job_id = serializers.CharField(source="id", help_text="The RQ job id.")
    status = serializers.ChoiceField(choices=ChatJob.Status.choices)
    answer = serializers.CharField(allow_null=True, help_text="The answer once finished, null before.")
    error = serializers.CharField(allow_null=True, help_text="Why the job failed; null unless failed.")
    backend = serializers.CharField(allow_null=True, help_text="Which backend answered; null before.")

    class Meta:
        model = ChatJob
        fields = [
            "job_id",
            "status",
            "answer",
            "error",
            "backend",
            "message",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields

    def to_representation(self, instance: ChatJob) -> dict:
        data = super().to_representation(instance)
        data["error"] = instance.error or None
        data["backend"] = instance.backend or None
        if instance.status != ChatJob.Status.FINISHED:
            data["answer"] = None
        return data


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()
