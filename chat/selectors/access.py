"""Who may read what: the asker (a user; nobody, while sign-in is off; a user through an API
token) and their role in each collection.

Every read or write of a collection's documents asks here first, and search scopes are
built from `roles` (selectors/search.py), so the rule lives in one place:

- a user's role in a collection is the highest of their own membership and their groups';
- a token narrows its user's collections to the ones it lists, if it lists any (its scopes
  are checked per route, chat/api/permissions.py);
- with sign-in off, the anonymous caller is an editor of the library, nothing else.

Nothing is cached: removing a member takes effect on their next request, and a queued
job or an open stream asks again (services/chat_jobs.py, api/streams.py).
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db.models import Q
from django.utils import timezone

from chat.errors import NotAllowed, NotFound
from chat.models import ApiToken, Collection, Document, Membership, Role

NO_COLLECTION = "No collection with id {key} that you may read."


@dataclass(frozen=True)
class Asker:
    """Who is asking: a user (None: anonymous, sign-in off), and the API token used, if any."""

    user: User | None
    token: ApiToken | None = None


def token_refusal(*, token: ApiToken | None) -> str | None:
    """Why this token may not be used any more (None: it may). A deleted token is refused too."""
    if token is None:
        return "the API token it was asked with was deleted."
    if token.revoked_at is not None:
        return f"the API token {token.name!r} was revoked."
    if token.expires_at is not None and token.expires_at <= timezone.now():
        return f"the API token {token.name!r} expired."
    if not token.user.is_active:
        return "its user was deactivated."
    return None


def roles(*, asker: Asker) -> dict[int, str]:
    """The asker's role in every collection they may read, by collection pk."""
    if asker.user is None:
        library = Collection.objects.filter(kind=Collection.Kind.LIBRARY).values_list("pk", flat=True).first()
        return {library: Role.EDITOR} if library is not None else {}
    # Two index lookups (the user's memberships, their groups'), not a join over every membership.
    groups = asker.user.groups.through.objects.filter(user_id=asker.user.pk).values("group_id")
    memberships = Membership.objects.filter(Q(user_id=asker.user.pk) | Q(group_id__in=groups)).order_by()
    if asker.token is not None and asker.token.restricted:  # a limited token: its collections, maybe none left
        memberships = memberships.filter(collection_id__in=token_collections(token=asker.token))
    best: dict[int, str] = {}
    for pk, role in memberships.values_list("collection_id", "role"):
        if pk not in best or Role.rank(role) > Role.rank(best[pk]):
            best[pk] = role
    return best


def token_collections(*, token: ApiToken) -> list[int]:
    """The collections a restricted token is limited to (those not deleted since)."""
    return list(token.collections.values_list("pk", flat=True))


def role_in(*, asker: Asker, collection: Collection) -> str | None:
    return roles(asker=asker).get(collection.pk)


def require(*, role: str | None, needs: str, collection: Collection) -> None:
    """NotFound without a role, NotAllowed (naming the role needed) with a lesser one."""
    if role is None:
        raise NotFound(NO_COLLECTION.format(key=collection.key))
    if Role.rank(role) < Role.rank(needs):
        raise NotAllowed(f"This needs the {needs} role in collection {collection.name!r}; you are a {role} there.")


def collection_for(*, asker: Asker, key: uuid.UUID | str, needs: str = Role.VIEWER) -> tuple[Collection, str]:
    """The collection with this key and the asker's role in it, if that role is at least `needs`.

    Raises NotFound (unknown, malformed, or not a member) or NotAllowed (a lesser role).
    """
    try:
        collection = Collection.objects.get(key=uuid.UUID(str(key)))
    except (ValueError, Collection.DoesNotExist):
        raise NotFound(NO_COLLECTION.format(key=key)) from None
    role = role_in(asker=asker, collection=collection)
    require(role=role, needs=needs, collection=collection)
    return collection, role


def document_for(*, asker: Asker, document_id: uuid.UUID | str, needs: str = Role.VIEWER) -> Document:
    """The document if the asker's role in its collection is at least `needs`.

    Raises NotFound (unknown, malformed, or in a collection the asker cannot read) or NotAllowed.
    """
    try:
        document = Document.objects.select_related("collection").get(id=uuid.UUID(str(document_id)))
    except (ValueError, Document.DoesNotExist):
        raise NotFound("No document with this id.") from None
    role = role_in(asker=asker, collection=document.collection)
    if role is None:
        raise NotFound("No document with this id.")
    require(role=role, needs=needs, collection=document.collection)
    return document


def readable_pks(*, asker: Asker, keys: Iterable[uuid.UUID | str] | None = None) -> list[int]:
    """The pks of the collections the asker may read: all of them, or the ones `keys` name,
    each of which must be readable (NotFound names the first that is not)."""
    readable = roles(asker=asker)
    if keys is None:
        return sorted(readable)
    wanted = [str(key) for key in keys]
    pk_of = {str(key): pk for pk, key in Collection.objects.filter(pk__in=readable).values_list("pk", "key")}
    for key in wanted:
        if key not in pk_of:
            raise NotFound(NO_COLLECTION.format(key=key))
    return sorted({pk_of[key] for key in wanted})


def readable_keys(*, asker: Asker) -> set[str]:
    """The keys of the collections the asker may read."""
    return {str(key) for key in Collection.objects.filter(pk__in=roles(asker=asker)).values_list("key", flat=True)}


def visible_sources(*, asker: Asker, sources: list[dict], readable: set[str] | None = None) -> list[dict]:
    """The sources whose collection the asker may still read (an answer read back later);
    `readable` (readable_keys) saves the lookup when many answers are read at once.

    Sources recorded before collections existed name no collection: their document's is
    used, and a source whose document is gone is left out with it.
    """
    if not sources:
        return []
    if readable is None:
        readable = readable_keys(asker=asker)
    legacy = [s.get("document_id") for s in sources if not s.get("collection_id")]
    key_of_document = {}
    if legacy:
        rows = Document.objects.filter(id__in=[d for d in legacy if _is_uuid(d)]).values_list("id", "collection__key")
        key_of_document = {str(doc): str(key) for doc, key in rows}
    return [
        source
        for source in sources
        if (source.get("collection_id") or key_of_document.get(source.get("document_id"))) in readable
    ]


def sources_in(sources: list[dict], *, readable: set[str]) -> list[dict]:
    """The sources that name one of the `readable` collections (no database: for the event loop)."""
    return [source for source in sources if source.get("collection_id") in readable]


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
