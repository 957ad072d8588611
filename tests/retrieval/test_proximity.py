"""Term proximity: the passage that holds the question's words in one place comes first."""

import pytest

from chat.models import Chunk
from chat.retrieval.proximity import best_window
from chat.retrieval.search import search
from chat.selectors.access import Asker
from chat.selectors.search import search_scope
from tests.support.factories import ChunkFactory, DocumentFactory

FILLER = " ".join(f"filler{n}" for n in range(40))  # words no question uses, a window apart
SCATTERED = f"Pipeline status is logged. {FILLER} A command is retried. {FILLER} It may fail."
TOGETHER = "When a command in a pipeline fails, the pipeline's status is that command's failing exit code."


def test_the_best_window_sums_each_distinct_term_once():
    weights = {"a": 1.0, "b": 2.0}
    assert best_window(list("abab"), weights, window=2) == 3.0  # not 6: "a" and "b" once each
    assert best_window(list("axxxxb"), weights, window=3) == 2.0  # too far apart: "b" alone
    assert best_window(list("axxb"), weights, window=4) == 3.0
    assert best_window([], weights) == 0.0


def test_a_long_passage_is_read_once():
    tokens = ["a", "x"] * 200_000
    assert best_window(tokens, {"a": 1.0, "b": 1.0}) == 1.0  # 400,000 tokens, linear: well under a second


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "weight", "first"), [("ranks", 0.0, 1), ("ranks", 1.5, 2), ("scores", 0.0, 1), ("scores", 4.0, 2)]
)
def test_the_passage_with_the_words_together_comes_first(method, weight, first, settings):
    settings.FUSION_METHOD = method
    settings.PROXIMITY_WEIGHT = weight
    document = DocumentFactory(title="Shell")
    ChunkFactory(document=document, page=1, text=f"{SCATTERED} {SCATTERED}")  # more occurrences, apart
    ChunkFactory(document=document, page=2, text=f"{TOGETHER} {FILLER} {FILLER} {FILLER} {FILLER} {FILLER}")
    for n in range(3, 12):  # the statistics of a real scope: the question's words are not everywhere
        ChunkFactory(document=document, page=n, text=f"Unrelated page {n} about backups and mirrors.")
    hits = search(
        query="What happens when a command in a pipeline fails?", scope=search_scope(asker=Asker(user=None)), k=2
    ).hits
    assert Chunk.objects.get(pk=hits[0].chunk_id).page == first
