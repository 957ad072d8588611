"""Lexical retrieval and the retriever over the database."""

import pytest

from chat.backends.lexical import BM25Index, tokenize
from chat.backends.search import get_retriever
from tests.conftest import REFCARD_QUESTION, ingest_inline
from tests.pdfs import MIME_SPEC

TEXTS = [
    "pipefail: if set, the return value of a pipeline is the status of the last command to fail.",
    "HISTSIZE: the number of commands to remember in the command history. The default value is 500.",
    "パッケージのバージョン比較では、数字よりも英字が大きいものとして扱われます。",
    "The user.mime_type extended attribute overrides the detected type.",
]


def test_tokenizer_keeps_japanese_words_as_bigrams():
    tokens = tokenize("パッケージのバージョン比較")
    assert {"パッ", "ケー", "ージ", "バー", "ョン", "比較"} <= set(tokens)
    assert "の" not in tokens  # hiragana grammar is dropped


def test_tokenizer_keeps_identifiers_and_operators():
    tokens = tokenize("Set user.mime_type with =~ and && (profiles)")
    assert {"user.mime_type", "user", "mime", "type", "=~", "&&", "profil"} <= set(tokens)
    assert "with" not in tokens and "and" not in tokens


@pytest.mark.parametrize(
    ("query", "best"),
    [
        ("What does a pipeline return when a command fails?", 0),
        ("how many commands are remembered in history by default", 1),
        ("バージョンの比較はどうなりますか", 2),
        ("Which extended attribute overrides the MIME type?", 3),
    ],
)
def test_bm25_ranks_the_matching_text_first(query, best):
    index = BM25Index(TEXTS)
    scores = index.scores(query)
    assert scores.argmax() == best
    share, matched = index.relevance(query, best)
    assert 0 < share <= 1 and matched >= 2


def test_unknown_rare_words_name_what_the_texts_do_not_cover():
    index = BM25Index(TEXTS)
    assert index.unknown_rare_words("How do I configure nginx with certbot?", max_zipf=2.5) == [
        "nginx",
        "certbot",
    ]
    assert index.unknown_rare_words("pipeline versus fallback history", max_zipf=2.5) == []
    assert index.unknown_rare_words("プリンタードライバーのバージョン", max_zipf=2.5) == ["プリンタードライバー"]


@pytest.mark.django_db
def test_retriever_sees_new_and_deleted_documents_and_filters(refcard):
    from chat.services.ingestion import delete_document

    retriever = get_retriever()
    first = retriever.search(query=REFCARD_QUESTION, k=5)
    assert first.covered and first.hits

    spec = ingest_inline(MIME_SPEC)  # a new ready document must be searchable at once
    spec_query = "Is there an extended attribute that can store a file's MIME type?"
    found = retriever.search(query=spec_query, k=5)
    assert found.covered
    only_refcard = retriever.search(query=spec_query, k=5, document_ids={str(refcard.id)})
    from chat.models import Chunk

    chunk_docs = set(
        Chunk.objects.filter(id__in=[h.chunk_id for h in only_refcard.hits]).values_list("document_id", flat=True)
    )
    assert chunk_docs <= {refcard.id}

    delete_document(document=spec)
    after = retriever.search(query=spec_query, k=5)
    assert not Chunk.objects.filter(id__in=[h.chunk_id for h in after.hits], document_id=spec.id).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of France?",
        "How do I bake sourdough bread at home?",
        "How do I configure nginx virtual hosts?",
        "東京の明日の天気はどうですか",
    ],
)
def test_off_topic_questions_are_not_covered(refcard, question):
    assert not get_retriever().search(query=question, k=5).covered
