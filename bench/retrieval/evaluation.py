"""Every question of every set asked and scored: the rows of the tables per document, per
language and per half (with abstention and off-topic questions), and the search latencies.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bench.retrieval.asking import ask, leaks
from bench.retrieval.scoring import Outcome, Scores
from bench.retrieval.sets import QuestionSet

SUMMARY_HEADER = (
    "set", "split", "questions", "hit@1", "hit@5", "hit@10", "hit@20", "MRR", "keywords", "abstained",
    "off-topic ok", "abstain P/R",
)  # fmt: skip


@dataclass
class Evaluation:
    per_document: list[list[Any]] = field(default_factory=list)
    per_half: list[list[Any]] = field(default_factory=list)
    per_language: list[list[Any]] = field(default_factory=list)


def evaluate(
    corpora: Iterable[tuple[QuestionSet, Any, dict[str, str]]], *, verbose: bool, latencies: list[float]
) -> Evaluation:
    """Ask every question of every set: rows per document and per half (see SUMMARY_HEADER)."""
    from django.conf import settings

    from chat.retrieval.search import search
    from chat.selectors.access import Asker
    from chat.selectors.search import search_scope

    result = Evaluation()
    for question_set, owner, doc_ids in corpora:
        scope = search_scope(asker=Asker(user=owner))
        search(query="warm up", scope=scope, k=1)  # imports and caches outside the timed part
        outcomes: dict[tuple[str, str], list[Outcome]] = defaultdict(list)  # (split, pdf) -> outcomes
        for q in question_set.read_questions():
            t0 = time.perf_counter()
            search(query=q["question"], scope=scope, k=settings.RETRIEVAL_TOP_K)
            latencies.append(time.perf_counter() - t0)
            outcome, got = ask(q, owner, doc_ids, deep=True)
            outcomes[(q.get("split", question_set.default_split), q["pdf"])].append(outcome)
            if verbose:
                print(f"  {q['id']}: rank {outcome.rank or None}  want {q['pages']}  got {got}")

        leaked: dict[str, list[dict]] = defaultdict(list)
        off_total: dict[str, int] = defaultdict(int)
        for q in question_set.read_off_topic():
            split = q.get("split", question_set.default_split)
            off_total[split] += 1
            if leaks(q, owner):
                leaked[split].append(q)

        for split, pdf in sorted(outcomes):
            result.per_document.append([question_set.name, pdf, split, *Scores.of(outcomes[(split, pdf)]).cells()])
        for split in sorted({split for split, _ in outcomes}):
            merged = [o for (s, _), group in outcomes.items() if s == split for o in group]
            for language in sorted({o.lang for o in merged}, key=lambda lang: (lang != "en", lang)):
                of_language = [o for o in merged if o.lang == language]
                result.per_language.append([question_set.name, split, language, *Scores.of(of_language).cells()])
            others = [o for o in merged if o.lang != "en"]
            if others:
                result.per_language.append([question_set.name, split, "not en", *Scores.of(others).cells()])
            off_ok = off_total[split] - len(leaked[split])
            off = f"{off_ok}/{off_total[split]}" if off_total[split] else "-"
            # Abstaining as a classifier of off-topic questions: precision and recall.
            wrong = sum(o.abstained for o in merged)
            precision = off_ok / (off_ok + wrong) if off_ok + wrong else 1.0
            recall = off_ok / off_total[split] if off_total[split] else 1.0
            scores = Scores.of(merged)
            result.per_half.append([question_set.name, split, *scores.cells(), off, f"{precision:.2f}/{recall:.2f}"])
        if verbose:
            for split, questions in sorted(leaked.items()):
                for q in questions:
                    print(f"  off-topic with sources ({question_set.name}, {split}): {q['id']} {q['question']}")
    return result
