"""Fair ingestion with real forking workers (`manage.py rqworker ingest vectors`): a newcomer's
document is served before another owner's backlog. The order of jobs, step by step, is
tested in process in tests/queue/test_fairness.py."""

import pytest
from django.contrib.auth.models import User

from chat.models import Document
from tests.support.ingestion import copy_of
from tests.support.ingestion import queue_upload as upload
from tests.support.pdfs import MIME_SPEC, REFCARD
from tests.support.processes import wait_until

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def owners(db) -> tuple[User, User]:
    return User.objects.create(username="alice"), User.objects.create(username="bob")


def test_real_workers_serve_a_newcomer_before_a_backlog(media_root, tmp_path, owners, start_worker):
    alice, bob = owners
    backlog = [upload(copy_of(MIME_SPEC, tmp_path / f"a{n}.pdf", n), alice) for n in range(5)]
    paper = upload(REFCARD, bob)
    start_worker("ingest", "vectors", MEDIA_ROOT=str(media_root), INGEST_OWNER_SLOTS="2")

    def all_ready() -> bool:
        return Document.objects.filter(status=Document.Status.READY).count() == len(backlog) + 1

    wait_until(all_ready, 120, "every document to be ready")
    order = [d.id for d in Document.objects.order_by("ingested_at")]
    assert order.index(paper.id) <= 2
