"""A scanned page whose words are where the tests expect them: a text PDF (Helvetica, 10 pt, from
the top left margin down) rendered to a grey picture with no text layer, as a scanner makes it.
For the tests of the words OCR keeps with their boxes (tests/services/test_ocr_words.py) and of
the viewer highlighting a passage with them (tests/browser/test_ocr_highlight.py)."""

from pathlib import Path

from tests.support.pdfs import scanned_copy, text_pdf

TOP_LINE = "Zanzibar quokka ledger: seventeen marmalade shipments arrived on Tuesday."
BOTTOM_LINE = "Walrus countersigned every page of the harbour inventory."
FILLER = "Row {n} of the inventory lists crates, barrels and sacks kept in the harbour."
LINES = 40  # the bottom line is the 40th: about three quarters down the page
LEFT_MARGIN = 40 / 612  # text_pdf starts its lines 40 pt from the left of a 612 pt wide page


def scanned_words_pdf(folder: Path, *, text_page: bool = False) -> Path:
    """scan.pdf in `folder`: page 1 scanned (TOP_LINE first, BOTTOM_LINE last); with `text_page`,
    a second page that keeps its text layer."""
    lines = [TOP_LINE, *(FILLER.format(n=n) for n in range(2, LINES)), BOTTOM_LINE]
    pages = [lines, ["This page keeps its text layer: nothing on it is read by OCR."]] if text_page else [lines]
    source = text_pdf(folder / "source.pdf", pages)
    return scanned_copy(source, folder / "scan.pdf", pages={1}, dpi=200)
