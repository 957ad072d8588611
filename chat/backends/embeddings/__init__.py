"""Embeddings: text -> vectors, picked by the EMBEDDINGS_BACKEND setting.

"auto" uses OpenAI embeddings when OPENAI_API_KEY is set and otherwise the bundled offline
model, "local": multilingual-e5-small (e5.py; about 100 languages). "minilm" is the English
all-MiniLM-L6-v2 (minilm was the offline default until the dev set had documents in French,
Spanish, German and Japanese: e5 measured better on the tune half in English too,
docs/benchmarks.md). "none" keeps retrieval lexical (BM25 only).
"""

from functools import cache
from typing import Protocol

import numpy as np
from django.conf import settings
from django.utils.module_loading import import_string

from chat.errors import ReadableError

OPENAI = "chat.backends.embeddings.openai.OpenAIEmbeddingModel"
MINILM = "chat.backends.embeddings.local.MiniLMEmbeddings"
LOCAL = "chat.backends.embeddings.e5.E5Embeddings"
NONE = "chat.backends.embeddings.NoEmbeddings"


class EmbeddingError(ReadableError):
    """Embedding failed; the message is meant for the user."""


class Embeddings(Protocol):
    """Embeds texts as unit-length float32 rows; returns None when this backend keeps no vectors."""

    name: str
    # Vectors are compared only with vectors of the same model_id ("" = this backend keeps none).
    model_id: str
    # A question whose nearest chunk is less similar than this is off-topic (the scale of
    # cosine similarity differs from model to model: 0 = no such check).
    similarity_floor: float

    def embed_documents(self, texts: list[str]) -> np.ndarray | None: ...

    def embed_query(self, text: str) -> np.ndarray | None: ...


class NoEmbeddings:
    """No vectors: retrieval is lexical only."""

    name = "none"
    model_id = ""
    similarity_floor = 0.0

    def embed_documents(self, texts: list[str]) -> None:
        return None

    def embed_query(self, text: str) -> None:
        return None


def normalize_rows(vectors: np.ndarray) -> np.ndarray:
    """Scale rows to unit length so that a dot product is the cosine similarity."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def embeddings_path() -> str:
    choice = settings.EMBEDDINGS_BACKEND
    if choice == "auto":
        return OPENAI if settings.OPENAI_API_KEY else LOCAL
    return {"openai": OPENAI, "local": LOCAL, "e5": LOCAL, "minilm": MINILM, "none": NONE}.get(choice, choice)


@cache
def _build(path: str, *config: object) -> Embeddings:
    return import_string(path)()


def get_embeddings() -> Embeddings:
    """The configured embeddings backend, built once per process and configuration."""
    return _build(
        embeddings_path(),
        settings.OPENAI_API_KEY,
        settings.OPENAI_BASE_URL,
        settings.OPENAI_EMBEDDING_MODEL,
        settings.OPENAI_TIMEOUT,
        settings.EMBEDDING_MAX_TOKENS,
    )
