"""What a question searches: the ready documents of the collections the asker may read.

The scope is computed here, before the engine is asked, and handed to the engine's query
(chat/retrieval/engines/): its documents and the index-term partitions of their collections.
Nothing is filtered after ranking, and BM25's statistics are those of exactly this scope.
"""

import uuid
from collections.abc import Collection as Some

from chat.models import Document
from chat.retrieval.terms import partition
from chat.retrieval.types import Scope
from chat.selectors.access import Asker, readable_pks


def search_scope(
    *,
    asker: Asker,
    collection_ids: Some[uuid.UUID | str] | None = None,
    document_ids: Some[uuid.UUID | str] | None = None,
) -> Scope:
    """The asker's searchable documents: of every collection they may read, or of
    `collection_ids` (NotFound if one is not readable), optionally only `document_ids`."""
    pks = readable_pks(asker=asker, keys=collection_ids)
    documents = Document.objects.filter(collection_id__in=pks, status=Document.Status.READY)
    if document_ids is not None:
        documents = documents.filter(id__in=list(document_ids))
    fields = ("id", "collection_id", "chunk_count", "token_count", "vector_model", "vectors_done")
    rows = sorted(documents.values_list(*fields))
    by_collection: dict[int, list[uuid.UUID]] = {}
    for row in rows:
        by_collection.setdefault(row[1], []).append(row[0])
    searched = sorted(by_collection)
    return Scope(
        document_ids=tuple(row[0] for row in rows),
        prefixes=tuple(partition(pk) for pk in searched),
        partitions=tuple((partition(pk), tuple(by_collection[pk])) for pk in searched),
        collection_pks=tuple(pks),
        chunk_count=sum(row[2] for row in rows),
        token_count=sum(row[3] for row in rows),
        vector_models=tuple((row[0], row[4]) for row in rows if row[4] and row[5]),
    )
