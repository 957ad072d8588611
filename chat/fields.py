"""`EmbeddingField`: a chunk's vector, stored as each engine searches it best.

PostgreSQL gets a pgvector `vector` column (no fixed dimension, so changing the embedding
model needs no migration); SQLite a BLOB of float32. In Python it is a 1-D float32 NumPy
array, or None.
"""

from typing import Any

import numpy as np
from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper


def vector_to_db(vector: np.ndarray) -> str:
    """pgvector's text form, '[0.1,0.2,...]'."""
    return "[" + ",".join(repr(float(x)) for x in np.asarray(vector, dtype=np.float32).ravel()) + "]"


def vector_from_db(value: object) -> np.ndarray | None:
    if value is None:
        return None
    if isinstance(value, str):  # pgvector's text form
        return np.array([float(x) for x in value.strip("[]").split(",") if x], dtype=np.float32)
    return np.frombuffer(bytes(value), dtype=np.float32)


class EmbeddingField(models.Field):
    description = "An embedding vector (pgvector on PostgreSQL, float32 BLOB elsewhere)"

    def db_type(self, connection: BaseDatabaseWrapper) -> str:
        return "vector" if connection.vendor == "postgresql" else "blob"

    def get_db_prep_value(self, value: Any, connection: BaseDatabaseWrapper, prepared: bool = False) -> Any:
        if value is None:
            return None
        if isinstance(value, bytes | bytearray | memoryview):
            value = np.frombuffer(bytes(value), dtype=np.float32)
        if connection.vendor == "postgresql":
            return vector_to_db(value)
        return np.asarray(value, dtype=np.float32).ravel().tobytes()

    def from_db_value(self, value: Any, expression: Any, connection: BaseDatabaseWrapper) -> np.ndarray | None:
        return vector_from_db(value)

    def to_python(self, value: Any) -> np.ndarray | None:
        return vector_from_db(value) if isinstance(value, str | bytes | bytearray | memoryview) else value
