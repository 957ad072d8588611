"""Existing data into collections: every user gets a personal collection (they manage it) and
their documents move into it; documents nobody owns (`manage.py ingest` without --owner, or
sign-in off) go to the library. The index terms are rewritten in the collections' partitions.
Existing DRF tokens become named API tokens with every scope: the same key keeps working,
and the clear-text copy in DRF's table is deleted (only the SHA-256 is kept from here on).
"""

import hashlib

from django.db import migrations

LEGACY_TOKEN_NAME = "API token (from before named tokens)"


def into_collections(apps, schema_editor):
    from chat.retrieval.indexing import backfill_index_terms

    User = apps.get_model("auth", "User")
    Collection = apps.get_model("chat", "Collection")
    Membership = apps.get_model("chat", "Membership")
    Document = apps.get_model("chat", "Document")
    Chunk = apps.get_model("chat", "Chunk")
    for user in User.objects.filter(personal_collection__isnull=True).iterator():
        collection = Collection.objects.create(
            name=f"{user.username}'s documents", kind="personal", personal_owner=user, created_by=user
        )
        Membership.objects.create(collection=collection, user=user, role="manager")
        Document.objects.filter(owner=user).update(collection=collection)
    if Document.objects.filter(collection__isnull=True).exists():
        library, _ = Collection.objects.get_or_create(kind="library", defaults={"name": "Library"})
        Document.objects.filter(collection__isnull=True).update(collection=library)
    backfill_index_terms(chunk_model=Chunk, document_model=Document)


def legacy_tokens(apps, schema_editor):
    Token = apps.get_model("authtoken", "Token")
    ApiToken = apps.get_model("chat", "ApiToken")
    for token in Token.objects.all().iterator():
        ApiToken.objects.get_or_create(
            digest=hashlib.sha256(token.key.encode()).hexdigest(),
            defaults={"user_id": token.user_id, "name": LEGACY_TOKEN_NAME, "prefix": token.key[:6],
                      "scopes": ["ask", "upload", "manage"]},
        )  # fmt: skip
    Token.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0009_collections"),
        ("authtoken", "0004_alter_tokenproxy_options"),
    ]

    operations = [
        migrations.RunPython(into_collections, migrations.RunPython.noop),
        migrations.RunPython(legacy_tokens, migrations.RunPython.noop),
    ]
