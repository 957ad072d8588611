"""The retrieval benchmark's deeper ranking (hit@10, hit@20) counts pages as the answers cite them."""

import pytest
from django.contrib.auth.models import User

from bench.retrieval import ask, deep_pages
from chat.models import Chunk
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import MIME_SPEC

pytestmark = pytest.mark.django_db


def test_the_deep_ranking_cites_a_passage_by_the_page_its_matched_words_stand_on(media_root, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    owner = User.objects.create_user("bench")
    document = ingest_inline(MIME_SPEC, owner=owner)
    doc_ids = {str(document.id): MIME_SPEC.name}
    # A passage that runs on across a page break, asked about in the words of its later part:
    # the answer cites it by that later page.
    chunk = next(c for c in Chunk.objects.filter(document=document).order_by("order") if c.page_starts)
    offset, later_page = chunk.page_starts[0]
    question = {"question": " ".join(chunk.text[offset:].split()[:25]), "pdf": MIME_SPEC.name, "pages": [later_page]}

    outcome, sources = ask(question, owner, doc_ids, deep=True)

    assert outcome.rank == 1, sources
    assert outcome.deep_rank == 1, deep_pages(question, owner, doc_ids)
