"""What a search is asked (a `Scope`) and what it answers (`SearchResult`), engine-independent."""

import uuid
from dataclasses import dataclass, field, replace
from typing import NamedTuple


@dataclass(frozen=True)
class Scope:
    """The documents one question searches, with the totals BM25 needs over exactly them.

    Every statistic of a search (document frequencies, chunk count, average length) is taken
    over these documents only, so one asker's results never move when documents come and go
    in collections they cannot read.
    """

    document_ids: tuple[uuid.UUID, ...]
    prefixes: tuple[str, ...]  # the index-term partitions of their collections (see terms.py)
    chunk_count: int
    token_count: int
    vector_models: tuple[tuple[uuid.UUID, str], ...] = ()  # (document, the model of its vectors), if any
    collection_pks: tuple[int, ...] = ()  # the collections searched (an open stream checks them again)
    # (prefix, its documents) per partition: an engine may look each partition's terms up in
    # its own documents only (a chunk holds the terms of its own collection's partition).
    partitions: tuple[tuple[str, tuple[uuid.UUID, ...]], ...] = ()

    def with_vectors_of(self, model_id: str) -> "Scope":
        """The documents of the scope whose vectors come from `model_id`."""
        ids = tuple(doc for doc, model in self.vector_models if model == model_id and model)
        return replace(self, document_ids=ids)

    @property
    def average_length(self) -> float:
        return self.token_count / self.chunk_count if self.chunk_count else 1.0


class Posting(NamedTuple):
    """One query term in one chunk of the scope: what the inverted index knows. A tuple, in the
    order engines select the columns: a question may match tens of thousands of them."""

    chunk_id: int
    length: int  # tokens in the chunk
    term: str  # the index term (terms.py)
    frequency: int  # occurrences of the term in the chunk


@dataclass(frozen=True)
class Evidence:
    """How well one chunk matches the question's terms, for the relevance gate."""

    share: float  # IDF-weighted share of the question's distinct terms found in the chunk, 0..1
    matched_terms: int  # how many of them


@dataclass(frozen=True)
class Hit:
    chunk_id: int
    score: float  # the ranking's score, 0..1 (1: first in every ranking); falls with the rank
    evidence: Evidence


@dataclass(frozen=True)
class SearchResult:
    """Ranked hits plus everything the gate decides on; the retriever itself decides nothing."""

    hits: list[Hit]
    query_terms: int = 0  # distinct terms of the question
    best_lexical: Evidence | None = None  # the top BM25 chunk's evidence, whichever ranking won
    best_similarity: float | None = None  # cosine of the nearest chunk by vector, if vectors were searched
    similarity_floor: float = 0.0  # below it, nothing is near the question in meaning (per embedding model)
    unknown_words: list[str] = field(default_factory=list)  # question words no chunk in scope uses
    unplaced_names: list[str] = field(default_factory=list)  # names in the question no hit holds
