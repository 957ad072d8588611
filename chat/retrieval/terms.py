"""Index terms: the project's tokens written so that any search engine indexes them as they are.

Two things are encoded into every term:

- **The partition** (whose documents these are: `u<owner id>`, `u0` for documents nobody
  owns). The engines' inverted indexes are shared by all users, so a term such as
  `u7wcommand` finds only user 7's chunks: looking up a user's postings never walks through
  another user's, and the work of a search grows with the asker's documents only.
- **The token**, spelled with `[a-z0-9]` only: plain ASCII words stay readable (`w` + the
  word); identifiers, operators and CJK bigrams are hex-encoded UTF-8 (`h` + hex). Neither
  FTS5's `ascii` tokenizer nor PostgreSQL's `simple` parser will split, fold or drop such a
  word, so both index exactly the terms written here.
"""

from collections.abc import Iterable

# PostgreSQL ignores words over 2047 bytes; such tokens are noise (base64, hashes) anyway.
MAX_TOKEN_CHARS = 120


def partition(owner_id: int | None) -> str:
    """The term prefix of one owner's documents."""
    return f"u{owner_id or 0}"


def index_term(token: str, *, prefix: str) -> str:
    if token.isascii() and token.isalnum():
        return f"{prefix}w{token}"
    return f"{prefix}h{token.encode().hex()}"


def index_terms(tokens: Iterable[str], *, prefix: str) -> list[str]:
    """The index terms of tokens, in order, without the over-long ones."""
    return [index_term(token, prefix=prefix) for token in tokens if len(token) <= MAX_TOKEN_CHARS]
