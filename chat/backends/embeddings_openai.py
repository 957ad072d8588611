"""OpenAI embeddings (or any OpenAI-compatible server) through langchain-openai."""

import numpy as np
from django.conf import settings
from langchain_openai import OpenAIEmbeddings

from chat.backends.embeddings import EmbeddingError, normalize_rows
from chat.backends.openai_errors import readable_openai_errors


class OpenAIEmbeddingModel:
    """`OpenAIEmbeddings`, batched (EMBEDDING_BATCH_SIZE texts a request), honouring OPENAI_BASE_URL."""

    name = "openai"

    def __init__(self) -> None:
        self._client = OpenAIEmbeddings(
            model=settings.OPENAI_EMBEDDING_MODEL,
            api_key=settings.OPENAI_API_KEY or "unused",
            base_url=settings.OPENAI_BASE_URL,
            chunk_size=settings.EMBEDDING_BATCH_SIZE,
            request_timeout=settings.OPENAI_TIMEOUT,
            max_retries=settings.OPENAI_MAX_RETRIES,
            # Token counting would fetch tiktoken's tables from the internet, and other
            # OpenAI-compatible servers do not use them: send the text as it is.
            check_embedding_ctx_length=False,
        )

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        with readable_openai_errors(EmbeddingError):
            return normalize_rows(np.array(self._client.embed_documents(texts), dtype=np.float32))

    def embed_query(self, text: str) -> np.ndarray:
        with readable_openai_errors(EmbeddingError):
            return normalize_rows(np.array(self._client.embed_query(text), dtype=np.float32))
