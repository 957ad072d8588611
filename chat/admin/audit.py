"""The admin's audit trail: every audited change, for staff to read and nobody to alter."""

from django.contrib import admin

from chat.models import AuditEvent


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
