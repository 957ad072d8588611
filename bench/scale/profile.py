"""Where a question's time goes, measured inside the loader child: per asker, `roles`,
`search_scope` and `search` and the size of the scope they search. Kept apart from building
the corpus: it measures, it writes nothing.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from typing import Any


def profile_scopes(asked_questions: Sequence[str], askers: dict[str, Any]) -> dict:
    """Where a question's time goes, in this process, per asker: the medians (ms) of `roles`,
    `search_scope` and `search` over the questions (after one warm-up round), and the scope:
    collections read, partitions and documents searched, chunks, index terms looked up."""
    from django.conf import settings

    from chat.retrieval.search import search
    from chat.retrieval.terms import MAX_TOKEN_CHARS
    from chat.selectors.access import Asker, roles
    from chat.selectors.search import search_scope
    from chat.text import bigrams, katakana_words, question_words, tokenize

    def probes(question: str) -> int:  # the distinct tokens search() looks up (chat/retrieval/search.py)
        found = set(tokenize(question))
        for word in question_words(question):
            found.update(tokenize(word))
        for word in katakana_words(question):
            found.update(bigrams(word))
        return sum(len(token) <= MAX_TOKEN_CHARS for token in found)

    k = settings.RETRIEVAL_TOP_K * 3
    profile = {}
    for name, user in askers.items():
        asker = Asker(user=user)
        times: dict[str, list[float]] = {"roles": [], "search_scope": [], "search": []}
        for round_ in range(2):
            for question in asked_questions:
                t0 = time.perf_counter()
                readable = roles(asker=asker)
                t1 = time.perf_counter()
                scope = search_scope(asker=asker)
                t2 = time.perf_counter()
                search(query=question, scope=scope, k=k)
                t3 = time.perf_counter()
                if round_:  # the first round warms caches up
                    for key, seconds in (("roles", t1 - t0), ("search_scope", t2 - t1), ("search", t3 - t2)):
                        times[key].append(seconds * 1000)
        terms = sorted(probes(question) * len(scope.prefixes) for question in asked_questions)
        profile[name] = {
            **{f"{key}_ms": statistics.median(values) for key, values in times.items()},
            "readable": len(readable),
            "partitions": len(scope.prefixes),
            "documents": len(scope.document_ids),
            "chunks": scope.chunk_count,
            "terms": terms[len(terms) // 2],
        }
    return profile
