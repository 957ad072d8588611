"""Admin: chat jobs are records of what happened, so they are read-only here; documents are
read-only too, and deleted through the service (services/documents.py); the audit trail
is read-only. Staff share collections here (the library above all) and revoke API tokens;
those changes go through the services and into the audit trail like the API's."""

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.db.models import QuerySet
from django.forms import BaseInlineFormSet
from django.http import HttpRequest
from django.utils.text import Truncator
from django.utils.timesince import timesince
from rest_framework.authtoken.models import TokenProxy

from chat.errors import QueueUnavailable
from chat.models import (
    ApiToken,
    AuditEvent,
    ChatJob,
    Chunk,
    Collection,
    Conversation,
    Document,
    Membership,
    Message,
    OidcIdentity,
)
from chat.selectors import ingestion
from chat.services import collections, tokens
from chat.services.audit import Origin
from chat.services.documents import delete_document
from chat.services.ingestion_control import cancel_ingestion, queue_resplit, retry_ingestion

# DRF's tokens were moved into ApiToken (hashed) by migration 0010; its admin page would only confuse.
if admin.site.is_registered(TokenProxy):
    admin.site.unregister(TokenProxy)


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


class StuckFilter(admin.SimpleListFilter):
    """Documents processing for longer than INGESTION_STUCK_AFTER seconds."""

    title = "stuck"
    parameter_name = "stuck"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("yes", "Stuck")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Document]) -> QuerySet[Document]:
        return ingestion.stuck(queryset) if self.value() == "yes" else queryset


class _IngestionChangeList(ChangeList):
    """The page's documents, each with the worker running its ingestion job (one Redis round trip)."""

    def get_results(self, request: HttpRequest) -> None:
        super().get_results(request)
        workers = ingestion.ingestion_workers(documents=self.result_list)
        for document in self.result_list:
            document.worker_name = workers.get(document.id)


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    """Documents, and their ingestion as operators follow it: stage, progress, age, the worker
    running it, a flag past INGESTION_STUCK_AFTER, and actions to retry or cancel it."""

    list_display = [
        "title", "owner_or_collection", "status", "stage", "progress", "vectors", "age", "worker", "stuck",
        "short_error", "size_bytes", "created_at",
    ]  # fmt: skip
    list_filter = ["status", StuckFilter, "created_at", "collection__kind"]
    list_select_related = ["collection", "owner"]
    actions = ["retry_failed", "cancel_running", "resplit_ready"]
    search_fields = ["title", "filename", "=sha256", "=id"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in Document._meta.fields]
    fields = readonly_fields
    inlines = [ChunkInline]

    @admin.display(description="pages")
    def progress(self, obj: Document) -> str:
        return f"{obj.pages_done}/{obj.pages_total}" if obj.pages_total is not None else "-"

    @admin.display(description="owner or collection")
    def owner_or_collection(self, obj: Document) -> str:
        return f"{obj.owner.get_username()} / {obj.collection}" if obj.owner else str(obj.collection)

    @admin.display(description="stage")
    def stage(self, obj: Document) -> str:
        if obj.status == Document.Status.PROCESSING:
            if obj.ocr_pages_total:
                return f"OCR {obj.ocr_pages_done}/{obj.ocr_pages_total}"
            return "reading pages" if obj.pages_total is not None else "starting"
        if obj.status == Document.Status.READY and obj.vector_status in (
            Document.VectorStatus.QUEUED, Document.VectorStatus.RUNNING,
        ):  # fmt: skip
            return f"vectors {obj.vector_status}"
        return obj.status

    @admin.display(description="vectors")
    def vectors(self, obj: Document) -> str:
        if obj.vector_status == Document.VectorStatus.OFF:
            return "-"
        return f"{obj.vectors_done}/{obj.chunk_count} ({obj.vector_status})"

    @admin.display(description="age")
    def age(self, obj: Document) -> str:
        """Since upload; while processing, since the run began."""
        since = obj.updated_at if obj.status == Document.Status.PROCESSING else obj.created_at
        return timesince(since)

    @admin.display(description="worker")
    def worker(self, obj: Document) -> str:
        return getattr(obj, "worker_name", None) or "—"  # set for the page by _IngestionChangeList

    def get_changelist(self, request: HttpRequest, **kwargs: object) -> type[ChangeList]:
        return _IngestionChangeList

    @admin.display(boolean=True, description="stuck")
    def stuck(self, obj: Document) -> bool:
        return ingestion.is_stuck(document=obj)

    @admin.display(description="error")
    def short_error(self, obj: Document) -> str:
        return Truncator(obj.error).chars(120)

    @admin.action(description="Retry failed documents", permissions=["delete"])
    def retry_failed(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        retried = 0
        try:
            for document in queryset.filter(status=Document.Status.FAILED):
                retried += retry_ingestion(document=document, actor=request.user, origin=Origin.from_meta(request.META))
        except QueueUnavailable as exc:
            self.message_user(request, f"{exc} ({retried} queued again)", messages.ERROR)
            return
        self.message_user(request, f"{retried} document(s) queued again.", messages.SUCCESS)

    @admin.action(description="Cut ready documents into passages again (queued)", permissions=["delete"])
    def resplit_ready(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        queued, left = 0, []
        origin = Origin.from_meta(request.META)
        try:
            for document in queryset.order_by("created_at"):
                why_not = queue_resplit(document=document, actor=request.user, origin=origin)
                if why_not:
                    left.append(f"{document.title}: {why_not}")
                else:
                    queued += 1
        except QueueUnavailable as exc:
            self.message_user(request, f"{exc} ({queued} queued)", messages.ERROR)
            return
        self.message_user(request, f"{queued} document(s) queued to be cut into passages again.", messages.SUCCESS)
        for line in left:
            self.message_user(request, f"Left as it is: {line}", messages.WARNING)

    @admin.action(description="Cancel queued or running documents", permissions=["delete"])
    def cancel_running(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        running = queryset.filter(status__in=[Document.Status.QUEUED, Document.Status.PROCESSING])
        origin = Origin.from_meta(request.META)
        canceled = sum(cancel_ingestion(document=document, actor=request.user, origin=origin) for document in running)
        self.message_user(request, f"{canceled} document(s) cancelled.", messages.SUCCESS)

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


class MembershipInline(admin.TabularInline):
    model = Membership
    fields = ["user", "group", "role"]
    extra = 1
    autocomplete_fields = ["user", "group"]


@admin.register(Collection)
class CollectionAdmin(admin.ModelAdmin):
    """Collections and their members. Staff add people and groups to the library (documents
    ingested without an owner) or to any collection; each change is audited in its trail."""

    list_display = ["name", "kind", "personal_owner", "created_at"]
    list_filter = ["kind"]
    search_fields = ["name", "=key", "personal_owner__username"]
    readonly_fields = ["key", "kind", "personal_owner", "created_by", "created_at"]
    fields = ["name", *readonly_fields]
    inlines = [MembershipInline]

    def has_add_permission(self, request: object) -> bool:
        return False  # created by people (POST /collections), or the library by the first ingest

    def has_delete_permission(self, request: object, obj: Collection | None = None) -> bool:
        return False  # its managers delete it through the API, which deletes its documents properly

    def save_formset(self, request: HttpRequest, form: object, formset: BaseInlineFormSet, change: bool) -> None:
        super().save_formset(request, form, formset, change)
        origin = Origin.from_meta(request.META)
        for membership in formset.new_objects:
            collections.audit_membership(action="add", membership=membership, actor=request.user, origin=origin)
        for membership, _ in formset.changed_objects:
            collections.audit_membership(action="role", membership=membership, actor=request.user, origin=origin)
        for membership in formset.deleted_objects:
            collections.audit_membership(action="remove", membership=membership, actor=request.user, origin=origin)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are created by their users (the chat page, `manage.py create_api_user`), shown
    once; staff see them and can revoke them."""

    list_display = ["name", "user", "prefix", "scopes", "created_at", "expires_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at", "expires_at"]
    search_fields = ["name", "user__username", "prefix"]
    readonly_fields = [f.name for f in ApiToken._meta.fields if f.name != "digest"]
    fields = readonly_fields
    actions = ["revoke"]

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        origin = Origin.from_meta(request.META)
        for token in queryset.select_related("user"):
            tokens.revoke_token(user=token.user, token_id=token.pk, origin=origin, by=request.user)
        self.message_user(request, f"Revoked {queryset.count()} token(s).", messages.SUCCESS)

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: ApiToken | None = None) -> bool:
        return False


@admin.register(OidcIdentity)
class OidcIdentityAdmin(admin.ModelAdmin):
    """Who signs in with the OpenID Connect provider as whom (services/identity.py). Made at a
    first sign-in, never by hand; changing `user` gives the person's next sign-ins another
    account (an older local one that pdfchat would not take over by itself: docs/sso.md).
    Superusers only may change one: whoever may point an identity at an account signs in as
    that account, so staff with change_oidcidentity could make themselves a superuser."""

    list_display = ["subject", "user", "issuer", "created_at", "last_sign_in_at"]
    list_select_related = ["user"]
    search_fields = ["=subject", "user__username", "user__email"]
    raw_id_fields = ["user"]
    readonly_fields = ["issuer", "subject", "groups", "created_at", "last_sign_in_at"]
    fields = ["user", *readonly_fields]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: OidcIdentity | None = None) -> bool:
        return request.user.is_active and request.user.is_superuser
