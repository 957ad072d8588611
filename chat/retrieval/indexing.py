"""What a chunk stores for search: its index terms and their count, computed once at ingestion.

`backfill_index_terms` recomputes them for stored chunks: migration 0010 runs it when the
partitions became collections, and `manage.py reindex` after a tokenizer change.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.apps.registry import Apps
from django.db import transaction
from django.db.models import Model, Sum

from chat.languages import detect
from chat.retrieval.terms import index_terms, partition
from chat.text import tokenize

BATCH = 500


@dataclass(frozen=True)
class IndexedText:
    search_terms: str
    token_count: int


def index_text(text: str, *, collection_pk: int, section: str = "", language: str = "") -> IndexedText:
    """The chunk's terms, analysed in the language it is written in (`language`, else detected:
    languages.py), with its heading path's (a passage under "Pipelines" is found by "pipelines"
    though it never repeats it)."""
    language = language or detect(text)
    text = f"{section}\n{text}" if section else text
    terms = index_terms(tokenize(text, language=language), prefix=partition(collection_pk))
    return IndexedText(search_terms=" ".join(terms), token_count=len(terms))


def retokenize_languages(apps: Apps, languages: Iterable[str]) -> int:
    """A migration's step after the tokenizer changed for `languages`: the terms of every
    document with a passage in one of them are computed again; the others are left alone."""
    chunk, document = apps.get_model("chat", "Chunk"), apps.get_model("chat", "Document")
    affected = chunk.objects.filter(language__in=list(languages)).values_list("document_id", flat=True).distinct()
    return backfill_index_terms(chunk_model=chunk, document_model=document, document_ids=list(affected))


def backfill_index_terms(
    *, chunk_model: type[Model], document_model: type[Model], document_ids: Iterable[object] | None = None
) -> int:
    """Recompute every chunk's terms (or only those of `document_ids`), a document per transaction."""
    documents = document_model.objects.all()
    if document_ids is not None:
        documents = documents.filter(id__in=list(document_ids))
    # A migration passes its historical model: before 0013, chunks had no section or language.
    has = {field.name for field in chunk_model._meta.get_fields()}
    sections, languages = "section" in has, "language" in has
    written = ["search_terms", "token_count", *(["language"] if languages else [])]
    updated = 0
    for document_id, collection_pk in documents.values_list("id", "collection_id").iterator():
        with transaction.atomic():
            read = ["id", "text", *(["section"] if sections else []), *(["language"] if languages else [])]
            chunks = list(chunk_model.objects.filter(document_id=document_id).only(*read))
            for chunk in chunks:
                language = (chunk.language if languages else "") or detect(chunk.text)
                section = chunk.section if sections else ""
                indexed = index_text(chunk.text, collection_pk=collection_pk, section=section, language=language)
                chunk.search_terms, chunk.token_count = indexed.search_terms, indexed.token_count
                if languages:
                    chunk.language = language
            chunk_model.objects.bulk_update(chunks, written, batch_size=BATCH)
            total = chunk_model.objects.filter(document_id=document_id).aggregate(total=Sum("token_count"))["total"]
            document_model.objects.filter(id=document_id).update(token_count=total or 0)
        updated += len(chunks)
    return updated
