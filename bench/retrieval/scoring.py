"""Scoring (also used by tests/retrieval/test_dev_set_floor.py): where a question's first correct
source ranked, and the scores of a group of questions. Without Django, so that the tests and
the tables score alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bench.tables import Num


@dataclass
class Outcome:
    """One answerable question: where its first correct source ranked (0: none), keywords, abstained."""

    rank: int
    keywords: bool
    abstained: bool
    deep_rank: int = 0  # rank of the first correct page in the ranking searched DEEP pages deep (0: none)
    lang: str = "en"


@dataclass
class Scores:
    """Outcomes of a group of questions, summed up."""

    questions: int
    hit1: float
    hit5: float
    hit10: float
    hit20: float
    mrr: float
    keywords: float
    abstained: int

    @classmethod
    def of(cls, outcomes: Sequence[Outcome]) -> Scores:
        n = len(outcomes)
        if not n:
            raise ValueError("no questions to score")
        ranks = [o.rank for o in outcomes]
        return cls(
            questions=n,
            hit1=sum(r == 1 for r in ranks) / n,
            hit5=sum(0 < r <= 5 for r in ranks) / n,
            hit10=sum(0 < o.deep_rank <= 10 for o in outcomes) / n,
            hit20=sum(0 < o.deep_rank <= 20 for o in outcomes) / n,
            mrr=sum(1 / r for r in ranks if r) / n,
            keywords=sum(o.keywords for o in outcomes) / n,
            abstained=sum(o.abstained for o in outcomes),
        )

    def cells(self) -> list[Any]:
        n = self.questions
        return [n, Num(self.hit1, ".3f"), Num(self.hit5, ".3f"), Num(self.hit10, ".3f"), Num(self.hit20, ".3f"),
                Num(self.mrr, ".3f"), Num(self.keywords, ".3f"), f"{self.abstained}/{n}"]  # fmt: skip


def first_correct(question: dict, got: Sequence[tuple[str | None, int]]) -> int:
    """The 1-based rank of the first (file, page) that answers `question`; 0 if none does."""
    wanted = (n for n, (pdf, page) in enumerate(got, start=1) if pdf == question["pdf"] and page in question["pages"])
    return next(wanted, 0)
