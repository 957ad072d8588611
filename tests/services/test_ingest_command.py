"""`manage.py ingest` shows its progress: bars redrawn in place on a terminal, each stage ending
its own line; plain lines when the output is a log or a pipe (no carriage returns)."""

import io

import pytest
from django.core.management import call_command

from chat.models import Document
from tests.support.pdfs import MIME_SPEC

pytestmark = pytest.mark.django_db


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_not_on_a_terminal_it_prints_plain_lines(media_root):
    out = io.StringIO()
    call_command("ingest", str(MIME_SPEC), stdout=out)
    text = out.getvalue()
    assert "\r" not in text
    lines = text.splitlines()
    progress = [line for line in lines if "pages read" in line]
    assert progress[-1] == f"{MIME_SPEC.name}: 17/17 pages read"
    assert 2 <= len(progress) <= 5  # a line at each quarter, not one per page
    document = Document.objects.get()
    assert lines[-1] == f"{MIME_SPEC}: ready as {document.id}: 17 pages, {document.chunk_count} chunks"


def test_on_a_terminal_each_stage_is_a_bar_on_a_line_of_its_own(media_root):
    out = Terminal()
    call_command("ingest", str(MIME_SPEC), stdout=out)
    lines = out.getvalue().split("\n")
    bar = lines[0].split("\r")
    assert len(bar) == 18  # redrawn once per page, after the leading carriage return
    assert bar[-1] == f"{MIME_SPEC.name}: [{'#' * 30}] 17/17 pages read"
    assert lines[1].startswith(f"{MIME_SPEC}: ready as ")  # not glued to the end of the bar
