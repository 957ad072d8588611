"""Okapi BM25 computed from the postings an engine returns, with statistics over the scope only.

The engines find candidates with their inverted index (FTS5, GIN) and report, for every
query term, which chunks of the scope hold it and how often; this module turns that into
scores. Both engines therefore rank identically, and the statistics (N, df, average
length) are those of the documents searched, never of the whole installation: PostgreSQL's
`ts_rank` has no IDF at all, and FTS5's `bm25()` would take it over every user's chunks.

Lucene's IDF (always positive), k1 = 1.2, b = 0.75: the semantics the project has measured.
"""

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from chat.retrieval.types import Evidence, Posting, Scope

K1 = 1.2
B = 0.75
FLOOR = 0.0  # the least score a chunk can have: fusion by score scales from it (fusion.py)


@dataclass
class LexicalMatch:
    """The scope's postings for a query's terms, and what BM25 makes of them."""

    scope: Scope
    document_frequency: dict[str, int]  # token -> chunks of the scope holding it
    chunk_terms: dict[int, dict[str, int]]  # chunk id -> {token: frequency}
    chunk_length: dict[int, int]

    @classmethod
    def from_postings(cls, postings: Iterable[Posting], *, token_of: dict[str, str], scope: Scope) -> "LexicalMatch":
        """`token_of` maps the index terms that were looked up back to the query's tokens."""
        chunk_terms: dict[int, dict[str, int]] = {}
        chunk_length: dict[int, int] = {}
        df: Counter[str] = Counter()
        # In any order: nothing below depends on it (scores sum each chunk's terms in sorted order).
        for posting in postings:
            token = token_of[posting.term]
            chunk_terms.setdefault(posting.chunk_id, {})[token] = posting.frequency
            chunk_length[posting.chunk_id] = posting.length
            df[token] += 1
        return cls(scope=scope, document_frequency=dict(df), chunk_terms=chunk_terms, chunk_length=chunk_length)

    def idf(self, token: str) -> float:
        """Lucene's IDF; a term the scope never uses counts as the rarest possible one."""
        n = self.scope.chunk_count
        df = self.document_frequency.get(token, 0)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def known(self, token: str) -> bool:
        return self.document_frequency.get(token, 0) > 0

    def ranking(self, query_tokens: Counter[str]) -> list[tuple[int, float]]:
        """(chunk id, BM25 score) of every chunk holding a query term, best first (ties: lower id)."""
        weights = {token: self.idf(token) * count for token, count in query_tokens.items() if self.known(token)}
        average = max(self.scope.average_length, 1e-9)
        scored = []
        for chunk_id, terms in self.chunk_terms.items():
            norm = K1 * (1.0 - B + B * self.chunk_length[chunk_id] / average)
            score = 0.0
            for token in sorted(terms.keys() & weights.keys()):
                tf = terms[token]
                score += weights[token] * tf * (K1 + 1.0) / (tf + norm)
            if score > 0:
                scored.append((chunk_id, score))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return scored

    def evidence(self, query_tokens: Iterable[str], chunk_id: int) -> Evidence:
        """The IDF-weighted share of the query's distinct terms that the chunk holds.

        In [0, 1] whatever the query length or scope size, so one threshold serves all
        questions. Terms the scope never uses weigh the most, so a question about "nginx"
        or "sourdough" scores low even if its common words match.
        """
        present = self.chunk_terms.get(chunk_id, {})
        total = matched = 0.0
        count = 0
        for token in sorted(set(query_tokens)):
            weight = self.idf(token)
            total += weight
            if token in present:
                matched += weight
                count += 1
        return Evidence(share=matched / total if total else 0.0, matched_terms=count)
