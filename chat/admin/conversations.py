"""The admin's conversations and chat jobs: what users asked and how it was answered.

Both are records of what happened: chat jobs are read-only; conversations are readable and
deletable, never edited.
"""

from django.contrib import admin
from django.utils.text import Truncator

from chat.models import ChatJob, Conversation, Message


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
