"""Collections as their members see them: which ones, with my role; members; the audit trail."""

from dataclasses import dataclass

from django.db.models import Count, F, QuerySet

from chat.models import AuditEvent, Collection, Membership, Role
from chat.selectors.access import Asker, collection_for, roles


@dataclass(frozen=True)
class CollectionView:
    """A collection with the asker's role in it and its document count."""

    collection: Collection
    role: str
    document_count: int


def collection_list(*, asker: Asker) -> list[CollectionView]:
    """The collections the asker may read: their own personal one first, then others' personal
    ones shared with them, then the rest, each by name."""
    mine = roles(asker=asker)
    collections = (
        Collection.objects.filter(pk__in=mine)
        .select_related("personal_owner")
        .annotate(document_count=Count("documents"))
    )
    own = asker.user.pk if asker.user is not None else None

    def order(c: Collection) -> tuple:
        own_first = not (c.kind == Collection.Kind.PERSONAL and c.personal_owner_id == own)
        return (own_first, c.kind != Collection.Kind.PERSONAL, c.name.casefold(), c.pk)

    ordered = sorted(collections, key=order)
    return [CollectionView(collection=c, role=mine[c.pk], document_count=c.document_count) for c in ordered]


def collection_get(*, asker: Asker, collection_id: str) -> CollectionView:
    """One collection the asker may read (NotFound otherwise)."""
    collection, role = collection_for(asker=asker, key=collection_id)
    return CollectionView(collection=collection, role=role, document_count=collection.documents.count())


def member_list(*, asker: Asker, collection_id: str) -> QuerySet[Membership]:
    """A collection's members, users then groups, for any member (NotFound for others)."""
    collection, _ = collection_for(asker=asker, key=collection_id)
    return (
        Membership.objects.filter(collection=collection)
        .select_related("user", "group")
        # Users (no group) first on every engine: SQLite sorts NULL first, PostgreSQL last.
        .order_by(F("group__name").asc(nulls_first=True), "user__username", "id")
    )


def audit_list(*, asker: Asker, collection_id: str) -> QuerySet[AuditEvent]:
    """A collection's audit trail, newest first: for its managers (NotAllowed for other members)."""
    collection, _ = collection_for(asker=asker, key=collection_id, needs=Role.MANAGER)
    return AuditEvent.objects.filter(collection_key=collection.key).order_by("-at", "-id")
