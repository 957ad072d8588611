"""`manage.py resplit`: ready documents cut into passages again, in place, as ingestion cuts them now;
documents it cannot read again are left as they are, and said so."""

import io
import uuid

import pytest
from django.core.management import CommandError, call_command

from chat.backends.embeddings import get_embeddings
from chat.models import Chunk, Document
from chat.retrieval.search import search
from chat.selectors.access import Asker
from chat.selectors.search import search_scope
from chat.services.ingestion.progress import Progress
from chat.services.ingestion.resplitting import FROM_OCR, NOT_READY, resplit_document, resplit_queued
from chat.services.vectors import embed_document
from tests.support.ingestion import copy_of, ingest_inline
from tests.support.pdfs import MIME_SPEC

pytestmark = pytest.mark.django_db


def passages(document: Document) -> list[str]:
    return list(Chunk.objects.filter(document=document).order_by("order").values_list("text", flat=True))


def test_a_ready_document_is_cut_again_with_the_settings_of_now_and_stays_searchable(settings, media_root):
    settings.CHUNK_SIZE, settings.CHUNK_OVERLAP = 1200, 200
    document = ingest_inline(MIME_SPEC, title="mime")
    before = passages(document)
    settings.CHUNK_SIZE, settings.CHUNK_OVERLAP = 500, 50

    result = resplit_document(document=document)

    document.refresh_from_db()
    after = passages(document)
    assert (result.skipped, result.before, result.after) == ("", len(before), len(after))
    assert len(after) > len(before) and max(map(len, after)) < max(map(len, before))
    assert document.status == Document.Status.READY and document.chunk_count == len(after)
    assert document.token_count == sum(Chunk.objects.filter(document=document).values_list("token_count", flat=True))
    hits = search(query="magic rules priority", scope=search_scope(asker=Asker(user=None)), k=3).hits
    found = Chunk.objects.filter(id__in=[hit.chunk_id for hit in hits]).values_list("document", flat=True)
    assert hits and set(found) == {document.id}
    assert not Chunk.objects.filter(text__in=set(before) - set(after)).exists()  # the old passages are gone


def test_documents_it_cannot_read_again_keep_their_passages_and_the_command_says_why(settings, media_root, tmp_path):
    settings.CHUNK_SIZE = 1200
    read, scanned, queued = (
        ingest_inline(copy_of(MIME_SPEC, tmp_path / f"{title}.pdf", n), title=title)
        for n, title in enumerate(("read", "scanned", "queued"))
    )
    Document.objects.filter(id=scanned.id).update(ocr_pages=[2])
    Document.objects.filter(id=queued.id).update(status=Document.Status.QUEUED)
    kept = {doc.id: passages(doc) for doc in (scanned, queued)}
    settings.CHUNK_SIZE = 500

    out = io.StringIO()
    call_command("resplit", "--no-vectors", stdout=out)
    lines = out.getvalue().splitlines()

    assert lines[0] == f"read: {read.chunk_count} passages -> {Document.objects.get(id=read.id).chunk_count}"
    assert lines[1] == f"scanned: kept its {scanned.chunk_count} passages: {FROM_OCR}"
    assert lines[-1] == "cut again: 1; kept as they were: 1"  # a queued document is not ready: not asked for
    assert all(passages(Document.objects.get(id=pk)) == texts for pk, texts in kept.items())

    out = io.StringIO()
    call_command("resplit", "--no-vectors", "--document", str(queued.id), stdout=out)
    assert out.getvalue().splitlines()[0] == f"queued: kept its {queued.chunk_count} passages: " + NOT_READY.format(
        status="queued"
    )
    with pytest.raises(CommandError, match="No document with id"):
        call_command("resplit", "--document", "00000000-0000-0000-0000-000000000000")
    with pytest.raises(CommandError, match="an id is a UUID"):
        call_command("resplit", "--document", "not-an-id")


def test_with_a_model_the_vectors_are_computed_again(settings, media_root):
    settings.EMBEDDINGS_BACKEND = "auto"
    settings.CHUNK_SIZE = 1200
    document = ingest_inline(MIME_SPEC, title="mime")
    settings.CHUNK_SIZE = 500

    out = io.StringIO()
    call_command("resplit", stdout=out)

    document.refresh_from_db()
    assert out.getvalue().splitlines()[0].endswith(", with vectors")
    assert document.vector_status == Document.VectorStatus.READY
    assert document.vectors_done == document.chunk_count == Chunk.objects.filter(document=document).count()
    assert not Chunk.objects.filter(document=document, embedding__isnull=True).exists()


def test_a_vectors_run_that_the_passages_were_cut_again_under_embeds_the_new_ones(settings, media_root, monkeypatch):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.CHUNK_SIZE = 1200
    document = ingest_inline(MIME_SPEC, title="mime")
    settings.EMBEDDINGS_BACKEND, settings.EMBEDDING_BATCH_SIZE, settings.CHUNK_SIZE = "auto", 8, 500
    cut, embedded = [], []
    model = get_embeddings()
    embed_documents = model.embed_documents
    monkeypatch.setattr(model, "embed_documents", lambda texts: embedded.extend(texts) or embed_documents(texts))

    def cut_again_once(stage: str, done: int, total: int) -> None:  # as `manage.py resplit` would, meanwhile
        if not cut:
            cut.append(resplit_document(document=Document.objects.get(id=document.id)))

    embed_document(document_id=document.id, progress=Progress(document.id, listener=cut_again_once))

    document.refresh_from_db()
    assert cut[0].after > cut[0].before
    assert not Chunk.objects.filter(document=document, embedding__isnull=True).exists()
    assert document.vector_status == Document.VectorStatus.READY and document.vectors_done == document.chunk_count
    assert len(embedded) == 8 + cut[0].after  # the first batch, then none of the old passages again


def test_the_queued_job_of_a_document_deleted_meanwhile_does_nothing():
    assert resplit_queued(document_id=uuid.uuid4()) is None
