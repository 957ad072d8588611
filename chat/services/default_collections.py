"""Where documents go when no collection is named: a user's personal collection, made the
first time it is needed, or the library (documents nobody owns)."""

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction

from chat.models import Collection, Membership, Role
from chat.selectors.access import Asker

LIBRARY_NAME = "Library"


def personal_collection(*, user: User) -> Collection:
    """The user's personal collection (made, with them as its manager, the first time)."""
    existing = Collection.objects.filter(personal_owner=user).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            collection = Collection.objects.create(
                name=f"{user.get_username()}'s documents", kind=Collection.Kind.PERSONAL, personal_owner=user,
                created_by=user,
            )  # fmt: skip
            Membership.objects.create(collection=collection, user=user, role=Role.MANAGER)
    except IntegrityError:  # made by a concurrent request
        return Collection.objects.get(personal_owner=user)
    return collection


def library() -> Collection:
    """The collection of documents nobody owns: `manage.py ingest` without --owner, and the API
    while sign-in is off. Staff share it like any other (members in the admin)."""
    try:
        with transaction.atomic():
            return Collection.objects.get_or_create(kind=Collection.Kind.LIBRARY, defaults={"name": LIBRARY_NAME})[0]
    except IntegrityError:
        return Collection.objects.get(kind=Collection.Kind.LIBRARY)


def default_collection(*, asker: Asker) -> Collection:
    """Where an upload goes when no collection is named: the user's personal one, or the library."""
    return library() if asker.user is None else personal_collection(user=asker.user)
