"""The words OCR reads on a scanned page are kept with their boxes (OcrWords), for the viewer to
highlight a passage where the page has no text layer; GET /documents/{id}/pages/{n}/words serves
them to the members of the document's collection only. Real Tesseract, real PDFs (the page is
rendered to a picture without a text layer: tests/support/scanned_words.py); the browser side
is tests/browser/test_ocr_highlight.py."""

import os
import shutil
import subprocess

import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from chat.backends.ocr.tesseract import TesseractOcr, parse_tsv
from chat.backends.pdf import get_pdf_text, normalize_text
from chat.models import Chunk, Document, OcrWords, PageText
from chat.selectors.access import Asker
from chat.services.collections import create_collection, set_member
from chat.services.documents import delete_document, store_upload
from chat.services.ingestion.pipeline import ingest_here
from chat.services.ingestion.recognition import WORD_CHARS, WORDS_MAX, _compact
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import REFCARD
from tests.support.scanned_words import BOTTOM_LINE, LEFT_MARGIN, TOP_LINE, scanned_words_pdf

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        shutil.which("tesseract") is None and os.environ.get("CI") != "true",
        reason="no tesseract (apt-get install tesseract-ocr tesseract-ocr-eng)",
    ),
]


def box_of(words: list[list], text: str) -> list[float]:
    [box] = [word[1:] for word in words if word[0] == text]
    return box


def test_a_scanned_page_keeps_its_words_and_where_they_are(media_root, tmp_path):
    document = ingest_inline(scanned_words_pdf(tmp_path, text_page=True), title="scanned words")
    assert document.status == Document.Status.READY and document.ocr_pages == [1]
    assert not PageText.objects.filter(document=document).exists()  # the text went into chunks
    [row] = OcrWords.objects.filter(document=document)  # the page with a text layer has none
    assert row.number == 1 and len(row.words) > 300  # 40 lines of about a dozen words

    for text, *box in row.words:
        x0, y0, x1, y1 = box
        assert text and 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1, (text, box)
        assert all(value == round(value, 4) for value in box)
    x0, y0, x1, y1 = box_of(row.words, "Zanzibar")  # the first word of the first line
    assert abs(x0 - LEFT_MARGIN) < 0.02 and y1 < 0.1 and 0.005 < y1 - y0 < 0.03
    x0, y0, _, _ = box_of(row.words, "Walrus")  # the first word of the 40th line
    assert abs(x0 - LEFT_MARGIN) < 0.02 and 0.7 < y0 < 0.78
    assert [word[0] for word in row.words[:3]] == TOP_LINE.split()[:3]  # in reading order

    # The text is searchable as before: the chunks hold it and a question finds the page.
    text = " ".join(Chunk.objects.filter(document=document, page=1).values_list("text", flat=True))
    assert TOP_LINE in text and BOTTOM_LINE in text
    body = APIClient().post("/chat/sync", {"message": "How many marmalade shipments were in the quokka ledger?"},
                            format="json").json()  # fmt: skip
    assert body["sources"][0]["page"] == 1 and body["sources"][0]["ocr"] is True

    delete_document(document=document)
    assert not OcrWords.objects.exists()


def test_the_text_is_the_one_tesseract_prints(tmp_path):
    """One run gives text and boxes; the text put together from them is the plain output's."""
    engine = TesseractOcr(languages=["eng"])
    pdf = get_pdf_text().open(REFCARD)
    try:
        image = pdf.page_image(2, dpi=150)
    finally:
        pdf.close()
    command = ["tesseract", "stdin", "stdout", "-l", "eng", "--psm", "3"]  # the plain text output
    plain = subprocess.run(command, input=image, capture_output=True, check=True).stdout
    page = engine.recognise_words(image, timeout=120)
    assert (
        normalize_text(page.text)
        == normalize_text(plain.decode())
        == normalize_text(engine.recognise(image, timeout=120))
    )
    assert len(page.words) > 300


def test_tsv_lines_paragraphs_and_unspaced_scripts():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t1000\t2000\t-1\t",
        "2\t1\t1\t0\t0\t0\t100\t100\t800\t300\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t100\t200\t50\t96.5\tHello",
        "5\t1\t1\t1\t1\t2\t320\t100\t200\t50\t95.1\tworld",
        "5\t1\t1\t1\t2\t1\t100\t200\t100\t50\t90.0\tagain",
        "5\t1\t1\t1\t2\t2\t220\t200\t100\t50\t90.0\t ",  # an empty word: skipped
        "5\t1\t1\t2\t1\t1\t100\t300\t100\t50\t91.0\t日本",
        "5\t1\t1\t2\t1\t2\t200\t300\t100\t50\t91.0\t語です",
        "5\t1\t1\t2\t1\t3\t300\t300\t20\t50\t91.0\t:",
        "5\t1\t1\t2\t1\t4\t330\t300\t100\t50\t91.0\tok",
    ]
    page = parse_tsv("\n".join([header, *rows]) + "\n")
    assert page.text == "Hello world\nagain\n\n日本語です: ok\n"
    assert page.words[0] == ("Hello", 0.1, 0.05, 0.3, 0.075)
    assert [word[0] for word in page.words] == ["Hello", "world", "again", "日本", "語です", ":", "ok"]
    assert parse_tsv("").text == "" and parse_tsv(header + "\n").words == []


def test_a_page_keeps_at_most_words_max_words():
    words = [("w" * 500, 0.123456, 0.5, 0.6, 0.7)] * (WORDS_MAX + 10)
    kept = _compact(words)
    assert len(kept) == WORDS_MAX and kept[0] == ["w" * WORD_CHARS, 0.1235, 0.5, 0.6, 0.7]


def test_the_words_are_served_to_the_members_of_the_collection_only(media_root, tmp_path, settings):
    settings.API_AUTH_REQUIRED = True
    alice, bob, erin = (User.objects.create(username=name) for name in ("alice", "bob", "erin"))
    team = create_collection(asker=Asker(user=alice), name="Team")
    set_member(asker=Asker(user=alice), collection_id=str(team.key), username="bob", role="viewer")
    path = scanned_words_pdf(tmp_path, text_page=True)
    with path.open("rb") as file:
        accepted = store_upload(file=file, filename=path.name, collection=team, owner=alice)
    document = ingest_here(document_id=accepted.document.id)
    assert document.status == Document.Status.READY

    def get(user: User | None, page: int = 1):
        client = APIClient()
        if user is not None:
            client.force_login(user)
        return client.get(f"/documents/{document.id}/pages/{page}/words")

    owner = get(alice)
    assert owner.status_code == 200 and owner.json()["page"] == 1
    assert owner.json()["words"] == OcrWords.objects.get(document=document, number=1).words
    assert get(bob).json() == owner.json()  # a viewer of the collection
    assert get(erin).status_code == 404 and get(None).status_code in (401, 403)
    assert get(alice, 2).json() == {"page": 2, "words": []}  # a page with a text layer
    assert get(alice, 99).json() == {"page": 99, "words": []}
