"""Collections and their members: create, rename, delete, share (docs/access.md).

Every change is checked against the asker's role here (selectors/access.py), audited in the
collection's trail in the same transaction, and takes effect on the next request: nothing
about access is cached anywhere.
"""

from django.contrib.auth.models import Group, User
from django.db import transaction
from django.db.models import QuerySet

from chat.errors import Conflict, Invalid, NotAllowed
from chat.models import Collection, Membership, Role
from chat.selectors.access import Asker, collection_for
from chat.services import audit
from chat.services.documents import delete_document


def create_collection(*, asker: Asker, name: str, origin: audit.Origin | None = None) -> Collection:
    """A team collection managed by its creator. A token limited to some collections that
    creates one may use it too (it would otherwise be refused its own new collection)."""
    if asker.user is None:
        raise NotAllowed("Sign in to create collections.")
    with transaction.atomic():
        collection = Collection.objects.create(name=name.strip(), kind=Collection.Kind.TEAM, created_by=asker.user)
        Membership.objects.create(collection=collection, user=asker.user, role=Role.MANAGER)
        if asker.token is not None and asker.token.restricted:
            asker.token.collections.add(collection)
        _audit(audit.Action.COLLECTION_CREATE, collection=collection, asker=asker, origin=origin)
    return collection


def rename_collection(*, asker: Asker, collection_id: str, name: str, origin: audit.Origin | None = None) -> Collection:
    collection, _ = collection_for(asker=asker, key=collection_id, needs=Role.MANAGER)
    old = collection.name
    with transaction.atomic():
        collection.name = name.strip()
        collection.save(update_fields=["name"])
        _audit(audit.Action.COLLECTION_RENAME, collection=collection, asker=asker, origin=origin,
               detail={"from": old, "to": collection.name})  # fmt: skip
    return collection


def delete_collection(*, asker: Asker, collection_id: str, origin: audit.Origin | None = None) -> None:
    """The collection, its documents (files and queued work too) and its memberships.
    A personal collection cannot be deleted (it is where its user's uploads go)."""
    collection, _ = collection_for(asker=asker, key=collection_id, needs=Role.MANAGER)
    if collection.kind != Collection.Kind.TEAM:
        raise Conflict(
            f"The {collection.get_kind_display().lower()} collection cannot be deleted; delete its documents."
        )
    for document in collection.documents.all().iterator():
        delete_document(document=document, actor=asker.user, origin=origin)
    with transaction.atomic():
        _audit(audit.Action.COLLECTION_DELETE, collection=collection, asker=asker, origin=origin)
        collection.delete()


def set_member(
    *, asker: Asker, collection_id: str, role: str, username: str = "", group: str = "",
    origin: audit.Origin | None = None,
) -> tuple[Membership, bool]:  # fmt: skip
    """Add a user or a group with `role`, or change the role they have; (membership, created).

    Raises NotFound/NotAllowed (not a manager), MemberNotFound (no such user or group), and
    Conflict when this would leave the collection without a manager.
    """
    collection, _ = collection_for(asker=asker, key=collection_id, needs=Role.MANAGER)
    who = _member_filter(username=username, group=group)
    with transaction.atomic():
        membership = Membership.objects.select_for_update().filter(collection=collection, **who).first()
        if membership is None:
            membership = Membership.objects.create(collection=collection, role=role, **who)
            _audit(audit.Action.MEMBER_ADD, collection=collection, asker=asker, origin=origin,
                   detail={"member": _name(membership), "role": role})  # fmt: skip
            return membership, True
        if membership.role != role:
            _keep_the_personal_owner(collection, membership, doing="demoted")
            old = membership.role
            membership.role = role
            membership.save(update_fields=["role"])
            _require_a_manager(collection)
            _audit(audit.Action.MEMBER_ROLE, collection=collection, asker=asker, origin=origin,
                   detail={"member": _name(membership), "from": old, "to": role})  # fmt: skip
    return membership, False


def remove_member(
    *, asker: Asker, collection_id: str, username: str = "", group: str = "", origin: audit.Origin | None = None
) -> None:
    """Take a user or group out of the collection. Managers remove anyone; any member may leave."""
    leaving = bool(username) and asker.user is not None and username == asker.user.get_username()
    collection, _ = collection_for(asker=asker, key=collection_id, needs=Role.VIEWER if leaving else Role.MANAGER)
    with transaction.atomic():
        memberships = Membership.objects.select_for_update().filter(collection=collection)
        membership = memberships.filter(**_member_filter(username=username, group=group)).first()
        if membership is None:
            raise MemberNotFound(f"{_label(username, group)} is not a member of this collection.")
        _keep_the_personal_owner(collection, membership, doing="removed")
        membership.delete()
        _require_a_manager(collection)
        _audit(audit.Action.MEMBER_REMOVE, collection=collection, asker=asker, origin=origin,
               detail={"member": _label(username, group), "role": membership.role})  # fmt: skip


def audit_membership(*, action: str, membership: Membership, actor: User, origin: audit.Origin | None) -> None:
    """Record a membership change made outside this module (staff, in the admin): add, role, remove."""
    kinds = {"add": audit.Action.MEMBER_ADD, "role": audit.Action.MEMBER_ROLE, "remove": audit.Action.MEMBER_REMOVE}
    collection = membership.collection
    audit.record(action=kinds[action], actor=actor, origin=origin, target_id=collection.key,
                 target_label=collection.name, detail={"member": _name(membership), "role": membership.role,
                 "via": "admin"}, collection_key=collection.key)  # fmt: skip


class MemberNotFound(Invalid):
    """No user or group by that name, or not a member (400: the request names someone it cannot use)."""


def _member_filter(*, username: str, group: str) -> dict:
    if bool(username) == bool(group):
        raise MemberNotFound("Name either a username or a group.")
    if username:
        user = User.objects.filter(username=username, is_active=True).first()
        if user is None:
            raise MemberNotFound(f"No user named {username!r}.")
        return {"user": user}
    found = Group.objects.filter(name=group).first()
    if found is None:
        raise MemberNotFound(f"No group named {group!r}.")
    return {"group": found}


def _keep_the_personal_owner(collection: Collection, membership: Membership, *, doing: str) -> None:
    """A personal collection is where its user's uploads go when they name none: they stay its
    manager (shared, it may have other managers, who may not take it from them)."""
    if collection.kind == Collection.Kind.PERSONAL and membership.user_id == collection.personal_owner_id:
        raise Conflict(f"{membership.user.get_username()} cannot be {doing}: this is their personal collection.")


def _require_a_manager(collection: Collection) -> None:
    """Inside the change's transaction: refuse a change that leaves nobody to manage it."""
    managers: QuerySet[Membership] = Membership.objects.filter(collection=collection, role=Role.MANAGER)
    if not managers.exists():
        raise Conflict("A collection needs a manager: make someone else a manager first.")


def _name(membership: Membership) -> str:
    return _label(
        membership.user.get_username() if membership.user else "", membership.group.name if membership.group else ""
    )


def _label(username: str, group: str) -> str:
    return f"user {username!r}" if username else f"group {group!r}"


def _audit(
    action: str, *, collection: Collection, asker: Asker, origin: audit.Origin | None, detail: dict | None = None
) -> None:
    audit.record(action=action, actor=asker.user, origin=origin, target_id=collection.key, target_label=collection.name,
                 detail=detail, collection_key=collection.key)  # fmt: skip
