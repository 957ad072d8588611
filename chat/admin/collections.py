"""The admin's collections and their members: where staff share the library and any collection.

Membership changes made here go into the collection's audit trail through the service
(services/collections.py), like the API's.
"""

from django.contrib import admin
from django.forms import BaseInlineFormSet
from django.http import HttpRequest

from chat.models import Collection, Membership
from chat.services import collections
from chat.services.audit import Origin


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
