from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_migrate, post_save


class ChatConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "chat"
    verbose_name = "PDF chat"

    def ready(self) -> None:
        from chat import checks  # noqa: F401 - registers the system checks

        post_migrate.connect(_check_search_index, sender=self)
        post_save.connect(_personal_collection, sender=settings.AUTH_USER_MODEL, dispatch_uid="personal_collection")


def _personal_collection(sender: type, instance: object, created: bool, raw: bool = False, **kwargs: object) -> None:
    """Every user has a personal collection from the start (GET /collections lists it)."""
    if created and not raw:
        from chat.services.default_collections import personal_collection

        personal_collection(user=instance)


def _check_search_index(sender: AppConfig, using: str, **kwargs: object) -> None:
    """SQLite drops a table's triggers when Django rebuilds it for a migration: put the FTS5 ones back."""
    from django.db import connections

    from chat.retrieval.engines import sqlite_schema

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        columns = {column.name for column in connection.introspection.get_table_description(cursor, "chat_chunk")}
    if "search_terms" in columns:
        sqlite_schema.install(connection)
