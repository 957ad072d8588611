"""Retrieval in the database engine: tokenizer, index terms, BM25 over the scope, the gate."""

from collections import Counter

import pytest

from chat.models import Chunk
from chat.retrieval import gate
from chat.retrieval.bm25 import LexicalMatch
from chat.retrieval.search import search
from chat.retrieval.terms import index_term, index_terms, partition
from chat.retrieval.types import Posting, Scope
from chat.retrieval.unknown_words import unknown_rare_words, unplaced_names
from chat.selectors.access import Asker
from chat.selectors.search import search_scope
from chat.text import tokenize
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import MIME_SPEC, REFCARD_QUESTION

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


def test_index_terms_are_plain_alphanumeric_partitioned_and_distinct():
    tokens = ["pipelin", "user.mime_type", "=~", "比較", "x" * 500]
    terms = index_terms(tokens, prefix=partition(7))
    assert len(terms) == 4  # the over-long token is dropped
    assert all(term.isascii() and term.isalnum() and term.islower() for term in terms)
    assert terms[0] == "c7wpipelin"
    assert len(set(terms)) == 4
    assert index_term("pipelin", prefix=partition(1)) != index_term("pipelin", prefix=partition(11))
    # "c1" + "1w..." can never read as "c11" + "w...": the prefix ends where the letter starts
    assert not index_term("1wx", prefix=partition(1)).startswith("c11w")


def _match(texts: list[str]) -> LexicalMatch:
    """BM25 over `texts` as an engine would report them: postings of every token."""
    prefix = partition(1)
    postings, token_of, total = [], {}, 0
    for chunk_id, text in enumerate(texts, start=1):
        tokens = tokenize(text)
        total += len(tokens)
        for token, count in Counter(tokens).items():
            term = index_term(token, prefix=prefix)
            token_of[term] = token
            postings.append(Posting(chunk_id=chunk_id, length=len(tokens), term=term, frequency=count))
    scope = Scope(document_ids=(), prefixes=(prefix,), chunk_count=len(texts), token_count=total)
    return LexicalMatch.from_postings(postings, token_of=token_of, scope=scope)


@pytest.mark.parametrize(
    ("query", "best"),
    [
        ("What does a pipeline return when a command fails?", 1),
        ("how many commands are remembered in history by default", 2),
        ("バージョンの比較はどうなりますか", 3),
        ("Which extended attribute overrides the MIME type?", 4),
    ],
)
def test_bm25_ranks_the_matching_text_first(query, best):
    match = _match(TEXTS)
    ranking = match.ranking(Counter(tokenize(query)))
    assert ranking[0][0] == best
    assert [score for _, score in ranking] == sorted((score for _, score in ranking), reverse=True)
    evidence = match.evidence(tokenize(query), best)
    assert 0 < evidence.share <= 1 and evidence.matched_terms >= 2


def test_bm25_idf_favours_the_rarer_term():
    match = _match(TEXTS)
    assert match.idf("pipefail") > match.idf("command")  # one chunk against two
    assert match.idf("nginx") > match.idf("pipefail")  # unseen: the rarest possible


def test_unknown_rare_words_name_what_the_texts_do_not_cover():
    known = _match(TEXTS).known
    assert unknown_rare_words("How do I configure nginx with certbot?", known=known) == ["nginx", "certbot"]
    assert unknown_rare_words("pipeline versus fallback history", known=known) == []
    assert unknown_rare_words("プリンタードライバーのバージョン", known=known) == ["プリンタードライバー"]


def test_a_known_word_with_an_english_prefix_put_before_it_is_no_unknown_word():
    known = _match(["Calibrate the battery: drain it completely. The driver may retry a read."]).known
    # "recalibrate" and "retries" turn the documents' own words; the check is for new topics.
    assert unknown_rare_words("How do I recalibrate my UPS after the driver retries?", known=known) == []
    assert unknown_rare_words("Is reiserfs supported?", known=known) == ["reiserfs"]  # "iserfs": no word here
    assert unknown_rare_words("Does it unmarshal a battery?", known=known) == ["unmarshal"]


@pytest.mark.django_db
def test_the_search_looks_up_a_prefixed_words_stem_for_that_check(media_root):
    ingest_inline(MIME_SPEC)  # says "alias" and "aliases", never "unaliased"
    scope = search_scope(asker=Asker(user=None))
    assert search(query="Are unaliased MIME types listed in the database?", scope=scope, k=5).unknown_words == []
    assert search(query="Are unmarshalled MIME types listed?", scope=scope, k=5).unknown_words == ["unmarshalled"]


def test_unknown_names_count_however_common_the_word():
    known = _match(TEXTS).known
    # "Rust" and "Studio" are common English words, but capitalised inside a sentence they name the topic.
    assert unknown_rare_words("How do I build a Rust crate with a pipeline?", known=known) == ["rust"]
    assert unknown_rare_words("Change keyboard shortcuts in Visual Studio Code", known=known) == [
        "visual",
        "studio",
        "code",
    ]
    # Not names: the first word of a sentence, abbreviations, and German nouns.
    assert unknown_rare_words("Rust aside, how is a pipeline's status set? Bridges too?", known=known) == []
    assert unknown_rare_words("Does the pipeline speak TLS?", known=known) == []
    all_but_pipeline = lambda token: token not in tokenize("pipeline")  # noqa: E731
    assert unknown_rare_words("How long is a Pipeline kept?", known=all_but_pipeline) == ["pipeline"]
    assert unknown_rare_words("Wie lange wird der Verlauf einer Pipeline gespeichert?", known=all_but_pipeline) == []
    # A capital inside a word names a product in any language, German included, and at a sentence's start.
    german = "Wie signiere ich meine Pipeline mit einem YubiKey?"
    assert unknown_rare_words(german, known=all_but_pipeline, language="de") == []
    assert unknown_rare_words(german, known=known, language="de") == ["yubikey"]
    assert unknown_rare_words("PostgreSQL or a pipeline?", known=known) == ["postgresql"]


def test_names_must_stand_in_the_passages_found_not_anywhere_in_the_documents():
    """A question that names something is answered by passages that mention it: a name found
    only in a document about something else leaves the question uncovered (near-topic)."""
    in_hits = lambda token: token in tokenize("FAI network installations with an nfsroot")  # noqa: E731
    question = "How do I set up UEFI Secure Boot for FAI network installations?"
    assert unplaced_names(question, held=in_hits) == ["secure", "boot", "uefi"]  # names, then abbreviations
    assert unplaced_names("How do I set up FAI network installations?", held=in_hits) == []
    # Everyday abbreviations and sentence starts are not names; Spanish questions open with "¿".
    assert unplaced_names("Can my LAN PC do network installations?", held=in_hits) == []
    assert unplaced_names("¿Por qué falla la instalación?", held=in_hits, language="es") == []
    assert unplaced_names("What is the native capacity of an LTO-8 tape?", held=in_hits) == ["lto-8"]


@pytest.mark.django_db
def test_search_sees_new_and_deleted_documents_and_filters(refcard):
    from chat.services.documents import delete_document

    first = search(query=REFCARD_QUESTION, scope=search_scope(asker=Asker(user=None)), k=5)
    assert gate.is_covered(first) and first.hits

    spec = ingest_inline(MIME_SPEC)  # a new ready document is searchable at once
    spec_query = "Is there an extended attribute that can store a file's MIME type?"
    found = search(query=spec_query, scope=search_scope(asker=Asker(user=None)), k=5)
    assert gate.is_covered(found)
    assert Chunk.objects.get(id=found.hits[0].chunk_id).document_id == spec.id

    only_refcard = search(query=spec_query, scope=search_scope(asker=Asker(user=None), document_ids=[refcard.id]), k=5)
    chunk_docs = set(
        Chunk.objects.filter(id__in=[h.chunk_id for h in only_refcard.hits]).values_list("document_id", flat=True)
    )
    assert chunk_docs <= {refcard.id}

    delete_document(document=spec)
    after = search(query=spec_query, scope=search_scope(asker=Asker(user=None)), k=5)
    assert after.hits  # the refcard still answers something ...
    assert not Chunk.objects.filter(id__in=[h.chunk_id for h in after.hits], document_id=spec.id).exists()
    assert not gate.is_covered(after)  # ... but no longer covers the question


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
    assert not gate.is_covered(search(query=question, scope=search_scope(asker=Asker(user=None)), k=5))


@pytest.mark.django_db
def test_one_word_questions_about_what_the_documents_define_are_answered(media_root):
    from chat.services.answering import answer_question
    from tests.support.pdfs import BASH

    ingest_inline(BASH)
    answer = answer_question(asker=Asker(user=None), message="What is pipefail?")
    assert answer.backend == "extractive" and answer.sources
    assert "pipefail" in answer.text
    for question in ("What is sourdough?", "What is nginx?"):  # one word the documents never use
        assert answer_question(asker=Asker(user=None), message=question).sources == []


@pytest.mark.django_db
def test_sources_are_one_per_page_best_first(media_root):
    from chat.services.answering import answer_question
    from tests.support.pdfs import BASH

    ingest_inline(BASH)
    answer = answer_question(
        asker=Asker(user=None), message="How do I make a pipeline fail when any command in it fails?"
    )
    pages = [(s["document_id"], s["page"]) for s in answer.sources]
    assert len(pages) == len(set(pages)) == 5
    scores = [s["score"] for s in answer.sources]
    assert scores == sorted(scores, reverse=True) and 0 < scores[-1] <= scores[0] <= 1
