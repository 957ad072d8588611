"""Answering a question: retrieve passages from the PDFs, then let the chat model answer.

The one place that turns a message into an `Answer`, for /chat/sync, chat jobs and
`manage.py ask` alike. When there is nothing to answer from (no documents, or nothing
relevant enough) it says so itself, with no sources, instead of asking a model.
"""

import logging
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from uuid import UUID

from django.conf import settings
from django.db import connection

from chat import metrics
from chat.backends.llm import ChatModel, ChatModelError, Passage, Turn, get_chat_model
from chat.languages import detect
from chat.retrieval import followups, gate
from chat.retrieval.citations import cited_page
from chat.retrieval.search import search
from chat.retrieval.types import Scope, SearchResult
from chat.selectors.access import Asker
from chat.selectors.documents import chunks_by_id
from chat.selectors.search import search_scope
from chat.services import reranking
from chat.services.access_watch import AccessWatch
from chat.text import tokenize

logger = logging.getLogger(__name__)

NO_DOCUMENTS = "No documents are indexed yet. Upload a PDF and ask again once it is ready."
NO_SELECTED_DOCUMENTS = "None of the requested documents is ready to be searched (unknown, still ingesting or failed)."
NOT_COVERED = "The documents do not seem to cover this question: nothing in them is relevant enough to answer from."
# Answers that no backend produced carry this backend name.
NO_BACKEND = "none"
SNIPPET_CHARS = 400
PAGE_DEPTH = 3  # hits searched per source wanted, so that repeated pages can be skipped
# Searching is CPU work under the GIL: in a web process with many answer threads, more
# searches at once than this only contend for it (and starve the event loop that relays
# streams); the others wait on the semaphore, which costs nothing.
SEARCH_SLOTS = threading.BoundedSemaphore(settings.SEARCH_THREADS)


@dataclass(frozen=True)
class Answer:
    """What a question gets back, whichever backend produced it."""

    text: str
    backend: str
    model: str = ""
    sources: list[dict] = field(default_factory=list)
    search_query: str = ""  # what retrieval searched (a follow-up made standalone); not in the reply

    def as_result(self) -> dict:
        """The JSON-able form: the /chat/sync reply, the RQ job result and ChatJob.result."""
        return {"answer": self.text, "backend": self.backend, "model": self.model, "sources": self.sources}


@metrics.counts_answers
def answer_question(
    *,
    message: str,
    asker: Asker,
    collection_ids: Collection[UUID | str] | None = None,
    document_ids: Collection[UUID | str] | None = None,
    history: Sequence[Turn] = (),
    previous_query: str = "",
    on_delta: Callable[[str], None] | None = None,
) -> Answer:
    """Answer `message` from the ready documents of the collections the asker may read (or
    of `collection_ids`, NotFound if one is not readable; or only `document_ids`), citing pages.

    While the model writes, access is checked again (access_watch.py): an answer whose asker
    loses a collection it searched, or whose token is revoked, stops with AccessLost. In a
    conversation, `history` holds the earlier turns and `previous_query` what the previous
    question searched: a follow-up is made standalone before retrieval, by the model if one
    is configured, else by combining terms (retrieval/followups.py). `on_delta` receives
    the answer's text as it is written (not called when nothing relevant is found).
    """
    scope = search_scope(asker=asker, collection_ids=collection_ids, document_ids=document_ids)
    if not scope.document_ids:
        return Answer(text=NO_DOCUMENTS if document_ids is None else NO_SELECTED_DOCUMENTS, backend=NO_BACKEND)
    chat_model = get_chat_model()
    query, topic = message, ""
    if history:
        standalone = chat_model.standalone_question(question=message, history=history)
        if standalone:
            query = standalone  # the model made it a question of its own: judged as one
        else:
            query = followups.combined_query(question=message, previous_query=previous_query)
            topic = previous_query
    expansions = _expansions(chat_model, query=query)
    with SEARCH_SLOTS, metrics.RETRIEVAL_DURATION.time():
        passages = _passages(
            query=query, scope=scope, topic=topic, expansions=expansions, count=reranking.candidate_count(chat_model)
        )
    if not passages:
        return Answer(text=NOT_COVERED, backend=NO_BACKEND, search_query=query)
    _release_connection()
    passages = reranking.reranked(chat_model, question=query, passages=passages)
    watch = AccessWatch(asker=asker, scope=scope, release=_release_connection)
    with metrics.model_call(chat_model.name, errors=ChatModelError):
        text = chat_model.answer(question=query, passages=passages, history=history, on_delta=watch.wrap(on_delta))
    watch.check()
    sources = [_source(passage, question=query) for passage in passages]
    return Answer(text=text, backend=chat_model.name, model=chat_model.model, sources=sources, search_query=query)


def _expansions(chat_model: ChatModel, *, query: str) -> list[str]:
    """What the model suggests searching besides the question (QUERY_EXPANSION): none offline,
    and none if the call fails; the answer then goes on with the question alone."""
    if not settings.QUERY_EXPANSION:
        return []
    try:
        return chat_model.expand_query(question=query)
    except ChatModelError as exc:
        logger.warning("query expansion failed, searching the question alone: %s", exc)
        return []


def _passages(
    *, query: str, scope: Scope, topic: str = "", expansions: Sequence[str] = (), count: int
) -> list[Passage]:
    """The best `count` passages for `query`, a page once; none if nothing is relevant enough."""
    # Overlapping chunks of one page would be listed twice: search deeper, keep a page once.
    depth = count * PAGE_DEPTH
    result = search(query=query, scope=scope, k=depth, topic=topic, expansions=expansions)
    if not gate.is_covered(result):
        if not _on_topic(result, topic=topic, scope=scope):
            return []
        # Its own words found nothing with the topic's: the topic leads the search instead.
        query = followups.topic_first(query=query, topic=topic)
        result = search(query=query, scope=scope, k=depth, topic=topic, expansions=expansions)
    chunks = chunks_by_id(chunk_ids=[hit.chunk_id for hit in result.hits])
    language = detect(query)
    passages: list[Passage] = []
    pages: set[tuple[str, int]] = set()
    for hit in result.hits:
        chunk = chunks.get(hit.chunk_id)
        if chunk is None:  # deleted since
            continue
        # A passage that runs onto the next page is cited by the page its matching words stand on.
        page = cited_page(
            page=chunk.page, text=chunk.text, page_starts=chunk.page_starts, question=query, language=language
        )
        if (str(chunk.document_id), page) in pages:  # a page once
            continue
        pages.add((str(chunk.document_id), page))
        passage = Passage(
            document_id=str(chunk.document_id),
            title=chunk.document.title,
            page=page,
            text=chunk.text,
            score=round(hit.score, 4),
            ocr=page in chunk.document.ocr_pages,
            collection_id=str(chunk.document.collection.key),
            section=chunk.section,
        )
        passages.append(passage)
        if len(passages) == count:
            break
    return passages


def _on_topic(result: SearchResult, *, topic: str, scope: Scope) -> bool:
    """Whether a follow-up the gate refused still stands on its conversation's topic: the
    earlier question is covered, and the follow-up names nothing the documents never mention.
    "How do I turn it on?" after "What is pipefail?" shares no chunk's words with it ("turn"
    and "pipefail" stand apart), yet asks about what the conversation found."""
    if not topic.strip() or result.unknown_words:
        return False
    return gate.is_covered(search(query=topic, scope=scope, k=1))


def _release_connection() -> None:
    """Give the database connection back while the model writes (seconds, or a minute):
    hundreds of streamed answers must not hold hundreds of PostgreSQL connections. The next
    query reconnects. Not inside a transaction, which the connection carries."""
    if not connection.in_atomic_block:
        connection.close()


def _source(passage: Passage, *, question: str) -> dict:
    return {
        "document_id": passage.document_id,
        "title": passage.title,
        "page": passage.page,
        "score": passage.score,
        "snippet": snippet(passage.text, question=question),
        "ocr": passage.ocr,
        "collection_id": passage.collection_id,
        "section": passage.section,
    }


def snippet(text: str, *, question: str, size: int = SNIPPET_CHARS) -> str:
    """The part of `text` around the line that shares most terms with the question."""
    if len(text) <= size:
        return text
    language = detect(question)
    terms = set(tokenize(question, language=language))
    lines = text.split("\n")
    best = max(range(len(lines)), key=lambda i: (len(terms & set(tokenize(lines[i], language=language))), -i))
    start = max(0, sum(len(line) + 1 for line in lines[:best]) - size // 4)
    piece = text[start : start + size]
    return ("…" if start > 0 else "") + piece + ("…" if start + size < len(text) else "")
