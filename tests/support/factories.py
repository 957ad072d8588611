"""Rows as the code leaves them, without reading a PDF (factory-boy).

- `UserFactory`: a user with the password "pw-for-tests".
- `DocumentFactory`: a ready document, as ingestion leaves one, whose file is a small real
  one-page PDF stored as uploads are (`documents/<sha256>.pdf` under MEDIA_ROOT: use it with
  the `media_root` fixture). Its bytes differ from one document to the next (one owner may
  not have the same bytes twice); `pdf=REFCARD` stores a fixture PDF instead, `file=""` none.
  `chunks=[(page, text), ...]` gives it those chunks (ChunkFactory); without, it has none.
- `api_token(user, **limits)`: a new API token of the user (all scopes unless `scopes=`), as
  the chat page or `create_api_user` makes one; returns the token itself.
- `ChunkFactory`: a chunk of a document with its index terms computed as ingestion computes
  them (chat/retrieval/indexing.py `index_text`), so that search finds it; its document
  counts it, and its terms, as BM25's statistics need.

Tests of ingestion itself, or of what a real PDF holds, ingest real PDFs (ingestion.py).
"""

import hashlib
import io
from functools import cache
from pathlib import Path

import factory
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.db.models import F
from django.utils import timezone
from factory.django import DjangoModelFactory

from chat.models import Chunk, Document
from chat.retrieval.indexing import index_text
from chat.services.default_collections import library, personal_collection
from tests.support.pdfs import text_pdf

PASSWORD = "pw-for-tests"


@cache
def _one_page_pdf() -> bytes:
    stream = io.BytesIO()
    text_pdf(stream, [["A small document made by the test factories."]])
    return stream.getvalue()


def small_pdf(n: int) -> bytes:
    """A real one-page PDF whose bytes differ for every `n` (a comment after its end)."""
    return _one_page_pdf() + f"\n% factory document {n}\n".encode()


def _bytes(pdf: bytes | Path) -> bytes:
    return pdf.read_bytes() if isinstance(pdf, Path) else pdf


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(PASSWORD)


class DocumentFactory(DjangoModelFactory):
    class Meta:
        model = Document
        skip_postgeneration_save = True  # its chunks update it themselves

    class Params:
        pdf = factory.Sequence(small_pdf)  # the stored file's bytes, or a Path to read them from

    title = factory.Sequence(lambda n: f"Document {n}")
    filename = factory.LazyAttribute(lambda o: f"{o.title}.pdf")
    owner = None
    # The owner's personal collection, or the library for documents nobody owns (as uploads go).
    collection = factory.LazyAttribute(
        lambda o: personal_collection(user=o.owner) if o.owner is not None else library()
    )
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(_bytes(o.pdf)).hexdigest())
    size_bytes = factory.LazyAttribute(lambda o: len(_bytes(o.pdf)))
    file = factory.LazyAttribute(lambda o: ContentFile(_bytes(o.pdf), name=f"{o.sha256}.pdf"))
    status = Document.Status.READY
    pages_total = 1
    pages_done = factory.SelfAttribute("pages_total")
    vector_status = Document.VectorStatus.OFF
    ingested_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def chunks(document: Document, create: bool, extracted: list[tuple[int, str]] | None, **kwargs: object) -> None:
        for page, text in extracted or ():
            ChunkFactory(document=document, page=page, text=text)


class ChunkFactory(DjangoModelFactory):
    class Meta:
        model = Chunk

    class Params:
        indexed = factory.LazyAttribute(lambda o: index_text(o.text, collection_pk=o.document.collection_id))

    document = factory.SubFactory(DocumentFactory)
    page = 1
    order = factory.LazyAttribute(lambda o: Chunk.objects.filter(document=o.document).count())
    text = factory.Sequence(lambda n: f"Passage {n} of a document made by the test factories.")
    search_terms = factory.LazyAttribute(lambda o: o.indexed.search_terms)
    token_count = factory.LazyAttribute(lambda o: o.indexed.token_count)

    @classmethod
    def _create(cls, model_class: type[Chunk], *args: object, **kwargs: object) -> Chunk:
        chunk = super()._create(model_class, *args, **kwargs)
        # What ingestion writes with the chunks (services/ingestion/state.py `ready`).
        document = chunk.document
        Document.objects.filter(id=document.id).update(
            chunk_count=F("chunk_count") + 1, token_count=F("token_count") + chunk.token_count
        )
        document.refresh_from_db(fields=["chunk_count", "token_count"])
        return chunk


# Text of the fixture PDFs as ingestion splits it, for documents made of rows (DocumentFactory's
# `chunks`), its chunks overlapping as ingestion's do: the answers of the tests' questions are in
# it, at the pages of the real PDFs.
REFCARD_TEXTS = [  # tests/fixtures/refcard-a4.pdf; page 3 answers REFCARD_QUESTION (semilogx)
    (
        1,
        "Octave Quick Reference Octave Version 3.0.0\nStarting Octave\noctave start interactive Octave session\n"
        "octave file run Octave on commands in file\noctave --eval code Evaluate code using Octave\n"
        "octave --help describe command line options\nStopping Octave\nquit or exit exit Octave",
    ),
    (
        2,
        "min (args) find minimum values\nmax (args) find maximum values\nrem (x, y) find remainder of x/y\n"
        "reshape (a, m, n) reformat a to be m by n\ndiag (v, k) create diagonal matrices\n"
        "linspace (b, l, n) create vector of linearly-spaced elements\n"
        "logspace (b, l, n) create vector of log-spaced elements\neye (n, m) create n by m identity matrix",
    ),
    (
        3,
        "Plotting Functions\nplot (args) 2D plot with linear axes\nplot3 (args) 3D plot with linear axes\n"
        "line (args) 2D or 3D line\npatch (args) 2D patch\nsemilogx (args) 2D plot with logarithmic x-axis\n"
        "semilogy (args) 2D plot with logarithmic y-axis\nloglog (args) 2D plot with logarithmic axes\n"
        "bar (args) plot bar charts\nstairs (x, y) plot stairsteps",
    ),
    (
        3,
        "semilogx (args) 2D plot with logarithmic x-axis\nsemilogy (args) 2D plot with logarithmic y-axis\n"
        "loglog (args) 2D plot with logarithmic axes\nbar (args) plot bar charts\nstairs (x, y) plot stairsteps\n"
        "title (string) set plot title\naxis (limits) set axis ranges\nxlabel (string) set x-axis label\n"
        "ylabel (string) set y-axis label\nlegend (string) set label in plot key\ngrid [on|off] set grid state",
    ),
]
BASH_TEXTS = [  # bench/data/pdfs/bash.pdf; pipefail on pages 4 and 75 (`set -o`), HISTSIZE on 17
    (
        4,
        "The return status of a pipeline is the exit status of the last command, unless the pipefail option is "
        "enabled.\nIf pipefail is enabled, the pipeline's return status is the value of the last (rightmost) "
        "command to exit with a\nnon-zero status, or zero if all commands exit successfully.",
    ),
    (
        17,
        "HISTSIZE\nThe number of commands to remember in the command history (see HISTORY below). If the\n"
        "value is 0, commands are not saved in the history list. The shell sets the default value to\n"
        "500 after reading any startup files.",
    ),
    (
        75,
        "pipefail If set, the return value of a pipeline is the value of the last (rightmost) command to exit "
        "with a non-zero status, or zero if all commands in the pipeline\nexit successfully. This option is "
        "disabled by default.\nIf -o is supplied with no option-name, the values of the current options are "
        "printed.",
    ),
]


def api_token(user: User, **limits: object) -> str:
    """A new API token of `user` (services/tokens.py create_token: scopes, collection_ids, expires_at)."""
    from chat.services.tokens import create_token

    return create_token(user=user, name=str(limits.pop("name", "test token")), **limits)[1]
