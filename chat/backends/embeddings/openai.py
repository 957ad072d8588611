"""OpenAI embeddings (or any OpenAI-compatible server) through langchain-openai."""

import numpy as np
from django.conf import settings
from langchain_openai import OpenAIEmbeddings

from chat.backends.embeddings import EmbeddingError, normalize_rows
from chat.backends.openai_client import call_openai


class OpenAIEmbeddingModel:
    """`OpenAIEmbeddings`, batched (EMBEDDING_BATCH_SIZE texts a request), honouring OPENAI_BASE_URL."""

    name = "openai"
    similarity_floor = 0.0  # not measured for OpenAI's models: the lexical gate decides alone

    def __init__(self) -> None:
        self.model_id = f"openai:{settings.OPENAI_EMBEDDING_MODEL}"
        self._client = OpenAIEmbeddings(
            model=settings.OPENAI_EMBEDDING_MODEL,
            api_key=settings.OPENAI_API_KEY or "unused",
            base_url=settings.OPENAI_BASE_URL,
            chunk_size=settings.EMBEDDING_BATCH_SIZE,
            request_timeout=settings.OPENAI_TIMEOUT,
            max_retries=0,  # call_openai retries, as settings say
            # Token counting would fetch tiktoken's tables from the internet, and other
            # OpenAI-compatible servers do not use them: send the text as it is.
            check_embedding_ctx_length=False,
        )

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        vectors = call_openai(lambda: self._client.embed_documents(texts), error_class=EmbeddingError)
        return normalize_rows(np.array(vectors, dtype=np.float32))

    def embed_query(self, text: str) -> np.ndarray:
        vector = call_openai(lambda: self._client.embed_query(text), error_class=EmbeddingError)
        return normalize_rows(np.array(vector, dtype=np.float32))
