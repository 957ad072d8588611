"""Ingestion through the service layer with real PDFs: good, broken, encrypted, image-only."""

import numpy as np
import pypdfium2 as pdfium
import pytest
from django.core.management import CommandError, call_command

from chat.backends.pdf import normalize_text
from chat.models import Chunk, Document
from chat.selectors.access import Asker
from chat.services.answering import answer_question
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import (
    MIME_SPEC,
    REFCARD,
    REFCARD_QUESTION,
    REFCARD_QUESTION_PAGE,
    blank_pdf,
    deeply_nested_pdf,
    encrypted_copy,
    image_only_pdf,
    truncated_copy,
)

pytestmark = pytest.mark.django_db


def test_pages_become_chunks_that_keep_their_page(media_root):
    pages_seen = []
    from chat.services.documents import store_upload
    from chat.services.ingestion.pipeline import ingest_here

    with MIME_SPEC.open("rb") as file:
        accepted = store_upload(file=file, filename="spec.pdf")

    def on_page(stage: str, done: int, total: int) -> None:  # what a polling client would see meanwhile
        row = Document.objects.get(id=accepted.document.id)
        pages_seen.append((stage, done, row.status, row.pages_done, row.pages_total))

    document = ingest_here(document_id=accepted.document.id, listener=on_page)

    assert document.status == Document.Status.READY
    assert document.pages_total == document.pages_done == 17
    assert pages_seen == [("pages", n, "processing", n, 17) for n in range(1, 18)]
    chunks = list(Chunk.objects.filter(document=document))
    assert document.chunk_count == len(chunks) > 17
    pdf = pdfium.PdfDocument(str(MIME_SPEC))
    page_texts = [normalize_text(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    for chunk in chunks:  # every part of a chunk lies within the page it names
        bounds = [(0, chunk.page), *map(tuple, chunk.page_starts)]
        for index, (offset, page) in enumerate(bounds):
            end = bounds[index + 1][0] if index + 1 < len(bounds) else len(chunk.text)
            assert chunk.text[offset:end].strip() in page_texts[page - 1]
        assert all(page > chunk.page for _, page in chunk.page_starts)
    assert [c.order for c in chunks] == list(range(len(chunks)))
    spanned = {c.page for c in chunks} | {page for c in chunks for _, page in c.page_starts}
    assert spanned == set(range(1, 18)) - {p + 1 for p, t in enumerate(page_texts) if not t}
    # The spec's outline made the sections: each passage carries its heading path.
    sections = {c.section for c in chunks}
    assert "2. Unified system > 2.1. Directory layout" in sections, sorted(sections)


def test_text_is_normalised():
    assert normalize_text("pro\ufb01le") == "profile"
    assert normalize_text("includ\ufffeing") == "including"
    assert normalize_text("bash \u2212c  \u02dc/x") == "bash -c ~/x"
    assert normalize_text("\uff21\uff22\uff23\uff11\uff12\uff13") == "ABC123"


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda tmp: truncated_copy(REFCARD, tmp / "t.pdf"), "not a readable PDF"),
        (lambda tmp: encrypted_copy(REFCARD, tmp / "e.pdf"), "encrypted"),
        (lambda tmp: image_only_pdf(tmp / "i.pdf"), "not even by OCR"),
        (lambda tmp: deeply_nested_pdf(tmp / "n.pdf"), "no text layer and no images"),
        (lambda tmp: blank_pdf(tmp / "b.pdf", pages=2001), "The PDF has 2001 pages; the limit is 2000"),
    ],
    ids=["truncated", "encrypted", "image-only", "deeply-nested", "too-many-pages"],
)
def test_unreadable_pdfs_fail_clearly_and_leave_no_chunks(media_root, tmp_path, settings, build, message):
    settings.DOCUMENT_MAX_PAGES = 2000
    path = build(tmp_path)
    with pytest.raises(Exception, match=message):
        ingest_inline(path)
    document = Document.objects.get()
    assert document.status == Document.Status.FAILED
    assert message in document.error
    assert document.chunk_count == 0 and not Chunk.objects.exists()


def test_failing_vectors_leave_the_text_searchable(media_root, openai_stub):
    openai_stub.fail_next(500, times=1, message="embedding service down")
    document = ingest_inline(REFCARD)
    assert document.status == Document.Status.READY
    assert document.vector_status == Document.VectorStatus.FAILED
    assert document.vector_error == "The model server answered HTTP 500: embedding service down"
    assert Chunk.objects.count() == document.chunk_count and not Chunk.objects.filter(embedding__isnull=False)
    answer = answer_question(asker=Asker(user=None), message=REFCARD_QUESTION)  # BM25 alone still answers
    assert answer.sources[0]["page"] == REFCARD_QUESTION_PAGE


def test_openai_embeddings_are_batched_stored_and_searched(media_root, openai_stub, settings):
    settings.EMBEDDING_BATCH_SIZE = 5
    settings.OPENAI_EMBEDDING_MODEL = "embed-test"
    document = ingest_inline(REFCARD)

    requests = [r for r in openai_stub.requests if r.path.endswith("/embeddings")]
    assert all(r.body["model"] == "embed-test" for r in requests)
    assert [len(r.body["input"]) for r in requests][:-1] == [5] * (len(requests) - 1)
    assert sum(len(r.body["input"]) for r in requests) == document.chunk_count
    vector = np.frombuffer(Chunk.objects.first().embedding, dtype=np.float32)
    assert vector.shape == (openai_stub.embedding_dim,) and abs(np.linalg.norm(vector) - 1) < 1e-5

    answer = answer_question(asker=Asker(user=None), message=REFCARD_QUESTION)
    assert answer.backend == "openai"
    assert answer.sources[0]["page"] == REFCARD_QUESTION_PAGE
    query_requests = [r for r in openai_stub.requests if r.path.endswith("/embeddings")][len(requests) :]
    assert query_requests and query_requests[0].body["input"] == [REFCARD_QUESTION]
    prompt = openai_stub.chat_requests()[-1].body["messages"][1]["content"]
    assert "semilogx" in prompt and f", page {REFCARD_QUESTION_PAGE}:" in prompt


def test_ingest_and_ask_commands(media_root, capsys):
    call_command("ingest", str(REFCARD), str(MIME_SPEC))
    out = capsys.readouterr().out
    assert "refcard-a4.pdf: ready as" in out and "17/17 pages" in out
    call_command("ingest", str(REFCARD))
    assert "already ingested" in capsys.readouterr().out

    call_command("ask", REFCARD_QUESTION)
    out = capsys.readouterr().out
    assert "semilogx" in out and "(backend: extractive)" in out
    assert f"refcard-a4, p. {REFCARD_QUESTION_PAGE}" in out


def test_the_ingest_command_tries_a_failed_document_again(media_root, capsys):
    call_command("ingest", str(REFCARD))
    Document.objects.update(status=Document.Status.FAILED, error="worker died", chunk_count=0)
    Chunk.objects.all().delete()
    capsys.readouterr()
    call_command("ingest", str(REFCARD))
    assert "refcard-a4.pdf: ready as" in capsys.readouterr().out
    document = Document.objects.get()
    assert document.status == Document.Status.READY and document.error == "" and document.chunk_count > 0


def test_ingest_command_reports_bad_files(media_root, tmp_path, capsys):
    with pytest.raises(CommandError, match="2 of 2"):
        call_command("ingest", str(tmp_path / "missing.pdf"), str(encrypted_copy(REFCARD, tmp_path / "e.pdf")))
    err = capsys.readouterr().err
    assert "no such file" in err and "encrypted" in err


def test_vectors_of_another_model_are_replaced_and_a_deleted_document_stops_embedding(media_root, settings):
    from chat.services.documents import delete_document
    from chat.services.vectors import embed_document

    settings.EMBEDDINGS_BACKEND = "local"
    document = ingest_inline(REFCARD)
    assert document.vector_status == Document.VectorStatus.READY
    assert document.vectors_done == document.chunk_count
    first = Chunk.objects.order_by("order").first().embedding

    Document.objects.filter(id=document.id).update(vector_model="some-other-model")
    Chunk.objects.update(embedding=np.zeros(384, dtype=np.float32))  # as if that model had written them
    embed_document(document_id=document.id)
    again = Document.objects.get(id=document.id)
    assert again.vector_model == document.vector_model and again.vectors_done == again.chunk_count
    assert np.allclose(Chunk.objects.order_by("order").first().embedding, first, atol=1e-5)

    delete_document(document=again)
    embed_document(document_id=document.id)  # a job for a deleted document ends quietly
    assert not Document.objects.exists()


def test_embed_command_fills_in_missing_vectors(media_root, settings, capsys):
    document = ingest_inline(REFCARD)  # vectors off while ingesting
    assert document.vector_status == Document.VectorStatus.OFF and not document.vectors_done
    settings.EMBEDDINGS_BACKEND = "local"
    call_command("embed")
    assert f"{document.chunk_count} chunks with vectors" in capsys.readouterr().out
    document.refresh_from_db()
    assert document.vector_status == Document.VectorStatus.READY and document.vectors_done == document.chunk_count
    call_command("embed")  # nothing left to do
    assert capsys.readouterr().out == ""


def test_an_ingestion_whose_document_is_deleted_ends_quietly(media_root):
    from chat.services.documents import delete_document, store_upload
    from chat.services.ingestion import jobs
    from chat.services.ingestion.pipeline import ingest_here

    with MIME_SPEC.open("rb") as file:
        document = store_upload(file=file, filename="spec.pdf").document

    def delete_at_page_5(stage: str, done: int, total: int) -> None:
        if done == 5:
            delete_document(document=Document.objects.get(id=document.id))

    assert ingest_here(document_id=document.id, listener=delete_at_page_5) is None  # stopped, not failed
    assert not Document.objects.exists() and not Chunk.objects.exists()
    assert jobs.ingest(document_id=document.id) is None  # a job that starts after the deletion
