"""Asking one question as the app does (`answer_question`), and searching its ranking deeper for
hit@10 and hit@20; whether an off-topic question leaks sources. The tables and the tests
(tests/bench/test_retrieval_ranks.py, tests/retrieval/test_dev_set_floor.py) ask through these.
"""

from __future__ import annotations

from typing import Any

from bench.retrieval.scoring import Outcome, first_correct

DEEP = 20  # pages of the deeper ranking behind hit@10 and hit@20


def deep_pages(question: dict, owner: Any, doc_ids: dict[str, str]) -> list[tuple[str | None, int]]:
    """The first DEEP distinct (file, page) of the search's ranking, as answers list them, gate or not."""
    from chat.languages import detect
    from chat.retrieval.citations import cited_page
    from chat.retrieval.search import search
    from chat.selectors.access import Asker
    from chat.selectors.documents import chunks_by_id
    from chat.selectors.search import search_scope
    from chat.services.answering import PAGE_DEPTH

    query = question["question"]
    scope = search_scope(asker=Asker(user=owner))
    hits = search(query=query, scope=scope, k=DEEP * PAGE_DEPTH).hits
    chunks = chunks_by_id(chunk_ids=[hit.chunk_id for hit in hits])
    language = detect(query)
    # Each passage by the page the answers cite it by (citations.py), so that hit@10 counts
    # the pages hit@5 does.
    pages = (
        (
            doc_ids.get(str(chunk.document_id)),
            cited_page(
                page=chunk.page, text=chunk.text, page_starts=chunk.page_starts, question=query, language=language
            ),
        )
        for hit in hits
        if (chunk := chunks.get(hit.chunk_id))
    )
    return list(dict.fromkeys(pages))[:DEEP]


def ask(
    question: dict, owner: Any, doc_ids: dict[str, str], *, deep: bool = False
) -> tuple[Outcome, list[tuple[str | None, int]]]:
    """Answer one question as the app does; its outcome and the sources it got (file, page).
    `deep` also ranks DEEP pages (hit@10, hit@20)."""
    from chat.selectors.access import Asker
    from chat.services.answering import answer_question

    answer = answer_question(message=question["question"], asker=Asker(user=owner))
    got = [(doc_ids.get(s["document_id"]), s["page"]) for s in answer.sources]
    text = answer.text.lower()
    keywords = all(k.lower() in text for k in question.get("answer_keywords", []))
    deep_rank = first_correct(question, deep_pages(question, owner, doc_ids)) if deep else 0
    lang = question.get("lang", "en")
    return Outcome(first_correct(question, got), keywords, not answer.sources, deep_rank, lang), got


def leaks(question: dict, owner: Any) -> bool:
    """Whether an off-topic question got sources (it should be answered as not covered)."""
    from chat.selectors.access import Asker
    from chat.services.answering import answer_question

    return bool(answer_question(message=question["question"], asker=Asker(user=owner)).sources)
