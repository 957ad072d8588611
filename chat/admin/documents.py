"""The admin's documents as an ingestion view, and their chunks.

Documents are read-only here: operators follow their ingestion (stage, progress, age, the
worker running it, a flag past INGESTION_STUCK_AFTER) and retry, cancel or cut them again
through services/ingestion_control.py, and delete them through the service
(services/documents.py), each audited like the API's. Chunks are shown as they were stored.
"""

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.text import Truncator
from django.utils.timesince import timesince

from chat.errors import QueueUnavailable
from chat.models import Chunk, Document
from chat.selectors import ingestion
from chat.services.audit import Origin
from chat.services.documents import delete_document
from chat.services.ingestion_control import cancel_ingestion, queue_resplit, retry_ingestion


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
