"""Admin: chat jobs are records of what happened, so they are read-only here."""

from django.contrib import admin
from django.utils.text import Truncator

from chat.models import ChatJob


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
