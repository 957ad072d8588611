"""Running headers and footers out, contents and index pages recognised, on real PDFs."""

import pytest

from chat.backends.page_cleanup import clean_pages, is_navigation
from chat.backends.pdf import PdfiumText
from tests.pdfs import BASH, MIME_SPEC

BROAD = BASH.parent.parent / "broad" / "pdfs"


def pages_of(path):
    pdf = PdfiumText().open(path)
    try:
        return list(pdf.pages())
    finally:
        pdf.close()


def test_running_headers_and_footers_are_removed_and_body_text_kept():
    pages = pages_of(BASH)
    cleaned = clean_pages(pages)
    assert pages[9].startswith("BASH(1) General Commands Manual BASH(1)")
    assert pages[9].rstrip().endswith("GNU Bash 5.2 2022 September 19 10")
    for page in cleaned:
        assert "General Commands Manual" not in page.text
        assert "2022 September 19" not in page.text
    assert "Expands to the exit status of the most recently executed foreground pipeline." in cleaned[9].text
    assert not any(page.navigation for page in cleaned)  # a man page has no contents or index


def test_a_header_that_names_the_document_everywhere_goes_but_the_same_words_in_the_body_stay():
    cleaned = clean_pages(pages_of(MIME_SPEC))
    assert all(not page.text.lower().startswith("shared mime-info database") for page in cleaned[1:])
    assert any("shared MIME-info database" in page.text or "Shared MIME-info" in page.text for page in cleaned)


@pytest.mark.parametrize(
    ("name", "navigation", "content"),
    [
        ("fai-guide.pdf", [2, 3], [1, 4, 11]),  # contents pages, then the guide
        ("doxygen_manual.pdf", [3, 4, 331], [30, 106, 120]),  # contents, index; body pages
        ("systemtap-tutorial.pdf", [1], [2, 5]),
        ("sandwich.pdf", [], list(range(1, 22))),  # a paper: tables and references are not navigation
    ],
)
def test_contents_and_index_pages_are_recognised(name, navigation, content):
    cleaned = clean_pages(pages_of(BROAD / name))
    assert [n for n in navigation if cleaned[n - 1].navigation] == navigation
    assert [n for n in content if cleaned[n - 1].navigation] == []


def test_navigation_needs_most_lines_to_be_entries():
    toc = ["Contents", *[f"{n}.1 Section number {n} . . . . . . . {n * 3}" for n in range(1, 10)]]
    assert is_navigation(toc)
    index = [f"OPTION_{n}, {100 + n}" for n in range(12)]
    assert is_navigation(index)
    body = ["The default value is 500.", "See section 3.", *["Ordinary prose that ends in a word."] * 10]
    assert not is_navigation(body)
    assert not is_navigation(toc[:5])  # too short to tell


def test_spaces_the_pdf_draws_as_gaps_are_restored_and_none_are_invented():
    bash = pages_of(BASH)[9]
    assert "the variable\u2019s current value" in bash and "variable\u2019scurrent" not in bash
    assert "Ifthe" not in " ".join(pages_of(BASH))
    simh = pages_of(BROAD / "simh_magtape.pdf")[1]  # monospace: narrow glyphs, wide ink gaps
    assert "bytes n+4:n+7 | record |" in simh
    zoo = pages_of(BROAD / "zoo.pdf")[3]
    assert "R> Z.data <- matrix(rnorm(30), ncol = 3)" in zoo
