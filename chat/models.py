"""Database models. A ChatJob mirrors one RQ job so its result outlives Redis' result TTL;
a Conversation keeps the messages of a chat thread, so follow-ups can be understood; a
Collection is a set of documents shared with its members (docs/access.md)."""

import uuid

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Q

from chat.fields import EmbeddingField


class ChatJob(models.Model):
    """A question asked through POST /chat/async; its id is the RQ job id."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        STARTED = "started"
        FINISHED = "finished"
        FAILED = "failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="chat_jobs"
    )
    message = models.TextField()
    document_ids = models.JSONField(null=True, blank=True, help_text="Only search these documents.")
    collection_ids = models.JSONField(null=True, blank=True, help_text="Only search these collections (keys).")
    # Who asked, as the worker checks it again when the job runs: the token may have been
    # revoked, or the asker removed from a collection, while it waited.
    token = models.ForeignKey("ApiToken", null=True, blank=True, on_delete=models.SET_NULL, related_name="chat_jobs")
    asked_with_token = models.BooleanField(default=False, help_text="Asked with an API token (see `token`).")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    answer = models.TextField(blank=True, default="")
    error = models.TextField(blank=True, default="")
    backend = models.CharField(max_length=64, blank=True, default="", help_text="Which backend answered.")
    result = models.JSONField(default=dict, blank=True, help_text="Extra result data (model, sources, ...).")
    conversation = models.ForeignKey(
        "Conversation", null=True, blank=True, on_delete=models.SET_NULL, related_name="chat_jobs"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.id} ({self.status})"

    @property
    def is_done(self) -> bool:
        return self.status in (self.Status.FINISHED, self.Status.FAILED)


class Document(models.Model):
    """An uploaded PDF; its text lives in Chunks once ingestion has finished."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        PROCESSING = "processing"
        READY = "ready"
        FAILED = "failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    title = models.CharField(max_length=300)
    filename = models.CharField(max_length=300, help_text="The name the file was uploaded with.")
    file = models.FileField(upload_to="documents/", max_length=300)
    collection = models.ForeignKey("Collection", on_delete=models.CASCADE, related_name="documents")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
        help_text="Who uploaded it (empty: a command, or sign-in off). Its collection decides who sees it.",
    )
    sha256 = models.CharField(max_length=64, db_index=True)
    size_bytes = models.PositiveBigIntegerField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    pages_total = models.PositiveIntegerField(null=True, blank=True)
    pages_done = models.PositiveIntegerField(default=0)
    # Pages without a text layer are recognised by OCR (services/ingestion/recognition.py), after the others.
    ocr_pages_total = models.PositiveIntegerField(default=0, help_text="Pages that needed OCR.")
    ocr_pages_done = models.PositiveIntegerField(default=0, help_text="Of those, recognised so far.")
    ocr_pages = models.JSONField(default=list, blank=True, help_text="Page numbers whose text came from OCR.")
    ocr_pages_failed = models.JSONField(
        default=list, blank=True, help_text="Page numbers OCR could not read (the document is searchable without them)."
    )
    ocr_error = models.TextField(blank=True, default="", help_text="Why OCR left those pages unread.")

    class VectorStatus(models.TextChoices):
        OFF = "off"  # no embeddings backend: lexical search only
        QUEUED = "queued"
        RUNNING = "running"
        READY = "ready"
        FAILED = "failed"  # lexical search still works

    chunk_count = models.PositiveIntegerField(default=0)
    token_count = models.PositiveBigIntegerField(default=0, help_text="Index terms over all chunks (for BM25).")
    error = models.TextField(blank=True, default="")
    vector_status = models.CharField(
        max_length=16, choices=VectorStatus.choices, default=VectorStatus.OFF, help_text="Vectors follow the text."
    )
    vectors_done = models.PositiveIntegerField(default=0, help_text="Chunks with a vector so far.")
    vector_model = models.CharField(max_length=200, blank=True, default="", help_text="The model of its vectors.")
    vector_error = models.TextField(blank=True, default="")
    job_id = models.CharField(max_length=64, blank=True, default="", help_text="The RQ ingestion job.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    ingested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["collection", "sha256"], name="document_collection_sha256_unique")
        ]

    def __str__(self) -> str:
        return self.title


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
    collections = models.ManyToManyField(
        Collection, blank=True, related_name="+", help_text="Only these collections (none listed: all of the user's)."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class PageText(models.Model):
    """The text of one page of a document being ingested with OCR (services/ingestion/recognition.py): read from
    its text layer, recognised by an OCR batch job on any worker host, or left unread. Written a
    batch at a time, so a killed worker's rerun skips the pages already done; deleted once the
    document's chunks are stored."""

    class Source(models.TextChoices):
        TEXT = "text"  # the PDF's text layer
        OCR = "ocr"  # recognised (the text may be empty: nothing found on the page)
        FAILED = "failed"  # OCR could not read it (Document.ocr_error says why)

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="page_texts")
    number = models.PositiveIntegerField(help_text="1-based page number.")
    text = models.TextField(blank=True, default="")
    source = models.CharField(max_length=8, choices=Source.choices)

    class Meta:
        ordering = ["document", "number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="page_text_number_unique")]

    def __str__(self) -> str:
        return f"{self.document_id} p.{self.number} ({self.source})"


class Chunk(models.Model):
    """A passage of one page of a Document: the unit that retrieval finds and answers cite."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="chunks")
    page = models.PositiveIntegerField(help_text="1-based physical page number in the PDF.")
    order = models.PositiveIntegerField(help_text="Position of the chunk within the document.")
    text = models.TextField()
    search_terms = models.TextField(
        default="", blank=True, editable=False, help_text="The text's index terms (chat/retrieval/terms.py)."
    )
    token_count = models.PositiveIntegerField(default=0, editable=False, help_text="Index terms in the text.")
    embedding = EmbeddingField(null=True, blank=True, editable=False, help_text="The vector, if embeddings are on.")

    class Meta:
        ordering = ["document", "order"]
        constraints = [models.UniqueConstraint(fields=["document", "order"], name="chunk_order_unique")]

    def __str__(self) -> str:
        return f"{self.document_id} p.{self.page} #{self.order}"


class Conversation(models.Model):
    """A chat thread of one user: questions and answers in order."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="conversations"
    )
    title = models.CharField(max_length=300, blank=True, default="", help_text="Its first question, shortened.")
    created_at = models.DateTimeField(auto_now_add=True)
    last_message_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-last_message_at"]

    def __str__(self) -> str:
        return self.title or str(self.id)


class Message(models.Model):
    """One turn: the user's question (with the query retrieval used for it) or an answer."""

    class Role(models.TextChoices):
        USER = "user"
        ASSISTANT = "assistant"

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=16, choices=Role.choices)
    text = models.TextField()
    search_query = models.TextField(
        blank=True, default="", help_text="What retrieval searched for a question (a follow-up made standalone)."
    )
    sources = models.JSONField(default=list, blank=True)
    backend = models.CharField(max_length=64, blank=True, default="")
    chat_job = models.ForeignKey(ChatJob, null=True, blank=True, on_delete=models.SET_NULL, related_name="messages")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.role}: {self.text[:60]}"


class AuditEvent(models.Model):
    """Who did what to which document or token, when and from where (services/audit.py).

    Rows outlive what they name: the actor's and the target's names are copied, so a deleted
    user or document still reads in the trail. Kept AUDIT_RETENTION_DAYS (`manage.py purge_audit`).
    """

    class Action(models.TextChoices):
        UPLOAD = "document.upload"
        DELETE = "document.delete"
        DOWNLOAD = "document.download"
        TOKEN_CREATE = "token.create"
        TOKEN_REVOKE = "token.revoke"
        COLLECTION_CREATE = "collection.create"
        COLLECTION_RENAME = "collection.rename"
        COLLECTION_DELETE = "collection.delete"
        MEMBER_ADD = "member.add"
        MEMBER_ROLE = "member.role"
        MEMBER_REMOVE = "member.remove"

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=32, choices=Action.choices, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_events"
    )
    actor_name = models.CharField(max_length=150, blank=True, default="", help_text="Empty: anonymous.")
    target_id = models.CharField(max_length=64, blank=True, default="", db_index=True)
    target_label = models.CharField(max_length=300, blank=True, default="")
    ip = models.GenericIPAddressField(null=True, blank=True, help_text="The client's address, as the server saw it.")
    via = models.CharField(max_length=200, blank=True, default="", help_text="User agent, or the command.")
    detail = models.JSONField(default=dict, blank=True)
    # Not a foreign key: a deleted collection's trail stays (staff read it in the admin).
    collection_key = models.UUIDField(null=True, blank=True, db_index=True, help_text="The collection concerned.")

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name or 'anonymous'} {self.action} {self.target_label}"
