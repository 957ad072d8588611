"""Index terms: the project's tokens written so that any search engine indexes them as they are.

Two things are encoded into every term:

- **The partition** (which collection the chunk is in: `c<collection pk>`). The engines'
  inverted indexes are shared by all collections, so a term such as `c7wcommand` finds
  only collection 7's chunks: a search looks its terms up in each collection the asker may
  read and never walks through another collection's postings, so its work grows with what
  the asker may read, and what it finds cannot depend on anything else.
- **The token**, spelled with `[a-z0-9]` only: plain ASCII words stay readable (`w` + the
  word); identifiers, operators and CJK bigrams are hex-encoded UTF-8 (`h` + hex). Neither
  FTS5's `ascii` tokenizer nor PostgreSQL's `simple` parser will split, fold or drop such a
  word, so both index exactly the terms written here.
"""

from collections.abc import Iterable

# PostgreSQL ignores words over 2047 bytes; such tokens are noise (base64, hashes) anyway.
MAX_TOKEN_CHARS = 120


def partition(collection_pk: int) -> str:
    """The term prefix of one collection's documents."""
    return f"c{collection_pk}"


def index_term(token: str, *, prefix: str) -> str:
    if token.isascii() and token.isalnum():
        return f"{prefix}w{token}"
    return f"{prefix}h{token.encode().hex()}"


def index_terms(tokens: Iterable[str], *, prefix: str) -> list[str]:
    """The index terms of tokens, in order, without the over-long ones."""
    return [index_term(token, prefix=prefix) for token in tokens if len(token) <= MAX_TOKEN_CHARS]
