"""Request validation and response shapes for the chat API (also the OpenAPI schema)."""

import uuid

from django.conf import settings
from django.core.validators import RegexValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from chat.models import ChatJob, Conversation, Document, Message
from chat.selectors.access import readable_keys, visible_sources


class StrictCharField(serializers.CharField):
    """A CharField that refuses numbers, booleans and objects instead of stringifying them."""

    def to_internal_value(self, data: object) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictUUIDField(serializers.UUIDField):
    """A UUIDField that takes only strings (DRF's also turns integers into UUIDs)."""

    def to_internal_value(self, data: object) -> uuid.UUID:
        if not isinstance(data, str):
            self.fail("invalid", value=data)
        return super().to_internal_value(data)


class StrictBooleanField(serializers.BooleanField):
    """A BooleanField that takes only JSON true and false (DRF's also takes 0, 1, "yes", ...)."""

    def to_internal_value(self, data: object) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class ChatRequestSerializer(serializers.Serializer):
    message = StrictCharField(help_text="The question to answer.")
    document_ids = serializers.ListField(
        child=StrictUUIDField(),
        required=False,
        allow_empty=False,
        min_length=1,  # the same rule as allow_empty=False, but visible in the schema (minItems)
        max_length=1000,
        help_text="Only search these documents (default: all ready documents).",
    )
    collection_ids = serializers.ListField(
        child=StrictUUIDField(),
        required=False,
        min_length=1,
        max_length=1000,
        help_text=(
            "Only search these collections (default: every collection you may read). One you may not read is a 404."
        ),
    )
    conversation_id = StrictUUIDField(
        required=False, help_text="Ask in this conversation: earlier turns inform the answer and its retrieval."
    )
    new_conversation = StrictBooleanField(
        required=False,
        default=False,
        help_text="Start a conversation with this question (its id is in the reply); ignored with conversation_id.",
    )

    def get_fields(self) -> dict:
        fields = super().get_fields()
        # Read the limit per request so a settings change needs no code change.
        fields["message"] = StrictCharField(
            max_length=settings.CHAT_MESSAGE_MAX_CHARS,
            help_text=fields["message"].help_text,
            # DRF refuses NUL characters and blank messages anyway; saying so puts both rules in
            # the schema (pattern): no NUL anywhere, and some character that is not a space.
            # Linear: the lookahead reads the text once, the rest backs off over trailing spaces.
            validators=[RegexValidator(r"^(?=[^\x00]*$)[\s\S]*\S", message="Null characters are not allowed.")],
        )
        return fields


class SourceSerializer(serializers.Serializer):
    document_id = serializers.CharField()
    title = serializers.CharField()
    page = serializers.IntegerField(help_text="1-based page number in the PDF.")
    score = serializers.FloatField(help_text="Relevance, higher is better.")
    snippet = serializers.CharField(help_text="The retrieved passage.")
    ocr = serializers.BooleanField(
        required=False, help_text="The page had no text layer: its text was recognised from its image (OCR)."
    )
    collection_id = serializers.CharField(required=False, help_text="The collection the document is in.")
    section = serializers.CharField(
        required=False,
        help_text='The passage\'s heading path in the document ("Shell Commands > Pipelines"); "" if it has none.',
    )


class ChatAnswerSerializer(serializers.Serializer):
    answer = serializers.CharField(help_text="The answer text.")
    backend = serializers.CharField(help_text='Which backend answered: "openai" or "extractive".')
    model = serializers.CharField(allow_blank=True, help_text="The model that answered, if any.")
    sources = SourceSerializer(many=True, help_text="The passages the answer is grounded in, best first.")
    conversation_id = serializers.CharField(required=False, help_text="Only when asked in a conversation.")


class ChatJobSubmittedSerializer(serializers.Serializer):
    job_id = serializers.CharField(help_text="Poll GET /chat/jobs/{job_id} with it.")
    status = serializers.CharField(help_text='Always "queued" here.')
    conversation_id = serializers.CharField(required=False, help_text="Only when asked in a conversation.")


class ChatJobSerializer(serializers.Serializer):
    """A polled job (selectors.ChatJobState)."""

    job_id = serializers.CharField(help_text="The RQ job id.")
    status = serializers.ChoiceField(choices=ChatJob.Status.choices)
    answer = serializers.CharField(allow_null=True, help_text="The answer once finished, null before.")
    error = serializers.CharField(allow_null=True, help_text="Why the job failed; null unless failed.")
    backend = serializers.CharField(allow_null=True, help_text="Which backend answered; null before.")
    sources = SourceSerializer(many=True, help_text="The passages the answer is grounded in.")
    message = serializers.CharField()
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)
    conversation_id = serializers.CharField(required=False, help_text="Only when asked in a conversation.")

    def to_representation(self, instance: object) -> dict:
        data = super().to_representation(instance)
        if data.get("conversation_id") is None:
            data.pop("conversation_id", None)  # a lone question's poll reads as it always did
        return data


class MessageSerializer(serializers.ModelSerializer):
    job_id = serializers.CharField(source="chat_job_id", allow_null=True, help_text="The chat job, if asked async.")
    sources = serializers.SerializerMethodField(
        help_text="The answer's sources, except those in collections you can no longer read."
    )

    @extend_schema_field(SourceSerializer(many=True))
    def get_sources(self, message: Message) -> list[dict]:
        asker = self.context["asker"]
        if "readable" not in self.context:  # once per conversation, not per message
            self.context["readable"] = readable_keys(asker=asker)
        visible = visible_sources(asker=asker, sources=message.sources or [], readable=self.context["readable"])
        return SourceSerializer(visible, many=True).data

    class Meta:
        model = Message
        fields = ["role", "text", "sources", "backend", "job_id", "created_at"]
        read_only_fields = fields


class ConversationSerializer(serializers.ModelSerializer):
    conversation_id = serializers.CharField(source="id")
    messages = serializers.IntegerField(source="message_count", help_text="How many messages it holds.")

    class Meta:
        model = Conversation
        fields = ["conversation_id", "title", "messages", "created_at", "last_message_at"]
        read_only_fields = fields


class ConversationDetailSerializer(ConversationSerializer):
    messages = MessageSerializer(many=True, source="ordered_messages", help_text="Oldest first.")

    class Meta(ConversationSerializer.Meta):
        pass


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class DocumentUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="The PDF (multipart/form-data).", allow_empty_file=True)
    title = serializers.CharField(required=False, allow_blank=True, max_length=300)
    collection_id = serializers.UUIDField(
        required=False, help_text="The collection to upload into (default: your personal one); needs the editor role."
    )
    password = serializers.CharField(
        required=False,
        allow_blank=True,
        trim_whitespace=False,  # spaces can be part of a password
        max_length=1024,
        write_only=True,
        help_text=(
            "The PDF's password, if it is encrypted. It is used once to store a decrypted copy and is "
            "never stored; ignored if the PDF is not encrypted. A wrong one is refused with 400."
        ),
    )


class DocumentSerializer(serializers.ModelSerializer):
    document_id = serializers.CharField(source="id")
    collection_id = serializers.CharField(source="collection.key", help_text="The collection it is in.")
    chunks = serializers.IntegerField(source="chunk_count")
    error = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = [
            "document_id",
            "collection_id",
            "title",
            "filename",
            "status",
            "pages_total",
            "pages_done",
            "ocr_pages_total",
            "ocr_pages_done",
            "ocr_pages",
            "ocr_pages_failed",
            "ocr_error",
            "chunks",
            "vector_status",
            "vectors_done",
            "error",
            "sha256",
            "size_bytes",
            "job_id",
            "created_at",
            "ingested_at",
        ]
        read_only_fields = fields

    def get_error(self, document: Document) -> str | None:
        return document.error or None


class DocumentListQuerySerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Document.Status.choices, required=False)
    collection_id = serializers.UUIDField(required=False, help_text="Only this collection's documents.")


class HealthSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=["ok", "degraded", "down"],
        help_text="ok; degraded: up, but no worker serves the chat, ingest or vectors queue; "
        "down: database or Redis fails.",
    )
    database = serializers.DictField()
    redis = serializers.DictField()
    workers = serializers.DictField(
        child=serializers.IntegerField(), allow_null=True, help_text="Workers listening on each queue."
    )
