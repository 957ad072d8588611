"""Admin: chat jobs are records of what happened, so they are read-only here; documents are
read-only too, and deleted through the service (services/documents.py); the audit trail
is read-only."""

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.text import Truncator

from chat.models import AuditEvent, ChatJob, Chunk, Conversation, Document, Message
from chat.services.audit import Origin
from chat.services.documents import delete_document


@admin.register(ChatJob)
class ChatJobAdmin(admin.ModelAdmin):
    list_display = ["id", "short_message", "status", "backend", "created_at", "finished_at"]
    list_filter = ["status", "backend", "created_at"]
    search_fields = ["message", "=id"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in ChatJob._meta.fields]
    fields = readonly_fields

    @admin.display(description="message")
    def short_message(self, obj: ChatJob) -> str:
        return Truncator(obj.message).chars(80)

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: ChatJob | None = None) -> bool:
        return False


class ChunkInline(admin.TabularInline):
    model = Chunk
    fields = ["order", "page", "text"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    show_change_link = True
    can_delete = False


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "filename", "status", "progress", "chunk_count", "size_bytes", "created_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["title", "filename", "=sha256", "=id"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in Document._meta.fields]
    fields = readonly_fields
    inlines = [ChunkInline]

    @admin.display(description="pages")
    def progress(self, obj: Document) -> str:
        return f"{obj.pages_done}/{obj.pages_total}" if obj.pages_total is not None else "-"

    def has_add_permission(self, request: object) -> bool:
        return False  # documents come in through the API or `manage.py ingest`

    def has_change_permission(self, request: object, obj: Document | None = None) -> bool:
        return False

    # Deleting goes through the service, like DELETE /documents/{id}: Django's own deletion
    # would leave the file behind and skip what the service keeps in step with it.
    def delete_model(self, request: HttpRequest, obj: Document) -> None:
        delete_document(document=obj, actor=request.user, origin=Origin.from_meta(request.META))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        for document in queryset:
            delete_document(document=document, actor=request.user, origin=Origin.from_meta(request.META))


@admin.register(Chunk)
class ChunkAdmin(admin.ModelAdmin):
    list_display = ["id", "document", "page", "order", "short_text", "has_embedding"]
    list_filter = ["document"]
    search_fields = ["text"]
    list_select_related = ["document"]
    readonly_fields = ["document", "page", "order", "text"]
    exclude = ["embedding"]

    @admin.display(description="text")
    def short_text(self, obj: Chunk) -> str:
        return Truncator(obj.text).chars(100)

    @admin.display(boolean=True, description="vector")
    def has_embedding(self, obj: Chunk) -> bool:
        return obj.embedding is not None

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: Chunk | None = None) -> bool:
        return False


class MessageInline(admin.TabularInline):
    model = Message
    fields = ["created_at", "role", "text", "search_query", "backend", "chat_job"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin):
    """Conversations are what users said: readable here, deletable, never edited."""

    list_display = ["title", "owner", "created_at", "last_message_at"]
    list_filter = ["last_message_at"]
    search_fields = ["title", "messages__text", "=id"]
    readonly_fields = ["id", "owner", "title", "created_at", "last_message_at"]
    fields = readonly_fields
    inlines = [MessageInline]

    def has_add_permission(self, request: object) -> bool:
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The whole audit trail, for staff: a record, so nobody edits or deletes it here (it
    expires after AUDIT_RETENTION_DAYS, `manage.py purge_audit`)."""

    list_display = ["at", "actor_name", "action", "target_label", "ip", "via"]
    list_filter = ["action", "at"]
    search_fields = ["actor_name", "target_label", "=target_id", "ip"]
    date_hierarchy = "at"
    readonly_fields = [f.name for f in AuditEvent._meta.fields]
    fields = readonly_fields

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: AuditEvent | None = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: AuditEvent | None = None) -> bool:
        return False
