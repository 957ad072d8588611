"""Who may read what: collections, their members and roles, and API tokens (docs/access.md)."""

import uuid

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Q


class Collection(models.Model):
    """A named set of documents and the people who may use it (Membership).

    Every user has a personal one (`personal_owner`); the library holds what commands ingest
    without an owner, and what anonymous callers use while sign-in is off. Its chunks' index
    terms carry its partition (`pk`, chat/retrieval/terms.py), so a search walks the postings
    of the collections it may read and no others. The API names it by `key`, never by `pk`.
    """

    class Kind(models.TextChoices):
        PERSONAL = "personal"
        TEAM = "team"
        LIBRARY = "library"

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, help_text="Its id in the API.")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.TEAM)
    personal_owner = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="personal_collection",
        help_text="Set for personal collections: whose it is.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["kind"], condition=Q(kind="library"), name="collection_one_library"),
        ]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    """What a member may do in a collection; each role may do everything the ones before it may."""

    VIEWER = "viewer"  # ask, read the sources and the files
    EDITOR = "editor"  # also upload and delete documents
    MANAGER = "manager"  # also manage members, rename and delete the collection

    @classmethod
    def rank(cls, role: str) -> int:
        return [cls.VIEWER, cls.EDITOR, cls.MANAGER].index(role)


class Membership(models.Model):
    """A user or a Django group in a collection, with a role. A user's role is the highest of
    their own and their groups' memberships."""

    collection = models.ForeignKey(Collection, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="memberships"
    )
    group = models.ForeignKey(Group, null=True, blank=True, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["collection", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(user__isnull=False, group__isnull=True) | Q(user__isnull=True, group__isnull=False),
                name="membership_user_or_group",
            ),
            models.UniqueConstraint(
                fields=["collection", "user"], condition=Q(user__isnull=False), name="membership_one_per_user"
            ),
            models.UniqueConstraint(
                fields=["collection", "group"], condition=Q(group__isnull=False), name="membership_one_per_group"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user or self.group} in {self.collection_id}: {self.role}"


class ApiToken(models.Model):
    """A named API token of a user: only its SHA-256 is stored (the token is shown once).

    It may do what its user may, narrowed by its scopes (ask, upload, manage) and, if any are
    listed, to some of the user's collections. Revoked and expired tokens authenticate nobody.
    """

    class Scope(models.TextChoices):
        ASK = "ask"  # questions, conversations, reading documents and collections
        UPLOAD = "upload"  # upload and delete documents
        MANAGE = "manage"  # create, rename, share and delete collections; read their audit trail

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    digest = models.CharField(max_length=64, unique=True, editable=False, help_text="SHA-256 of the token.")
    prefix = models.CharField(max_length=16, editable=False, help_text="Its first characters, to tell it apart.")
    scopes = models.JSONField(default=list, help_text="Any of ask, upload, manage.")
    restricted = models.BooleanField(
        default=False, help_text="Only `collections` (if they are all deleted, none); else all of the user's."
    )
    collections = models.ManyToManyField(Collection, blank=True, related_name="+", help_text="See `restricted`.")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
