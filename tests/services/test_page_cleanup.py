"""Running headers and footers out, contents and index pages recognised, on real PDFs and on
generated ones (Hypothesis)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chat.backends.pdf.pdfium import PdfiumText
from chat.backends.pdf.structure import Heading
from chat.services.ingestion.cleaning import _is_entry, _shape, clean_pages, is_navigation
from tests.support.pdfs import BASH, MIME_SPEC

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


def test_a_chapters_running_line_goes_though_it_runs_over_few_of_the_pages():
    # developers-reference.de.pdf: even pages close with "58 Kapitel 5. Pakete verwalten", for
    # that chapter's pages only (18 of 117): too few to be a running line of the whole book.
    pdf = PdfiumText().open(BROAD / "developers-reference.de.pdf")
    try:
        pages, headings = list(pdf.pages()), pdf.headings()
    finally:
        pdf.close()
    assert pages[65].rstrip().endswith("58 Kapitel 5. Pakete verwalten")
    cleaned = clean_pages(pages, headings=headings)
    # Chapters 4 to 7 run over 8 to 40 pages; one of 1 to 3 footers (chapters 1-3, 8) is too
    # short a run to tell from a line that comes back by chance, and stays.
    footer = re.compile(r"^\d+ Kapitel [4-7]\. ")
    assert not any(footer.search(line) for page in cleaned for line in page.text.split("\n"))
    assert cleaned[65].text.endswith("über den Fortschritt des Pakets nach Testing zu informieren.")
    assert "5.14.2 Aktualisierungen von Unstable" in cleaned[65].text  # the chapter's headings stay


def chapter(pages: int, *, top: str) -> list[str]:
    """Pages opened by `top` (formatted with the page number), then a body line of their own."""
    return [f"{top.format(n=n)}\nBody text of page {n} about topic {n * 7}." for n in range(1, pages + 1)]


def test_a_repeated_heading_or_a_line_without_a_number_is_not_a_chapters_running_line():
    # Forty pages, each opening with a line that comes back in runs of four or more pages:
    pages = chapter(40, top="{n}.1.3 Discussion")  # a heading the structure found
    headings = [Heading(page=n, level=3, title="Discussion", offset=0) for n in range(1, 41)]
    kept = clean_pages(pages, headings=headings)
    assert all(page.text.startswith(f"{n}.1.3 Discussion") for n, page in enumerate(kept, start=1))
    assert not any("Discussion" in page.text for page in clean_pages(pages))  # without them: a running line
    # Five pages in a row open with the same line, without a number: prose that comes back.
    prose = chapter(40, top="The default value is: NO.")[:5] + chapter(35, top="Topic {n} goes on here.")
    assert sum(page.text.startswith("The default value is: NO.") for page in clean_pages(prose)) == 5
    # With a page number, on six pages in a row of forty: a chapter's running line.
    running = chapter(40, top="{n} Chapter 3. Installing")[:6] + chapter(34, top="Topic {n} goes on here.")
    assert not any("Installing" in page.text for page in clean_pages(running))


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


# --- Properties ----------------------------------------------------------------------------

PROPERTIES = settings(max_examples=150, deadline=None)
LINE_PIECES = ["1", "12", "1i", "iv", "IV", "xii", "x1", "page", "of", "#", "\u0663", "İ", "Σ", "_", "é", "a", "."]
shaped_lines = st.one_of(st.lists(st.sampled_from([*LINE_PIECES, " ", "/", "-"]), max_size=30).map("".join), st.text())


def shape_reference(line: str) -> str:
    """The shape as the two substitutions it used to be: numbers, then roman numerals as words."""
    return re.sub(r"\b[ivxlc]{1,6}\b", "#", re.sub(r"\d+", "#", line.strip().lower()))


@PROPERTIES
@given(shaped_lines)
def test_a_shape_is_the_line_blanked_and_knows_where_each_character_came_from(line):
    shape, stripped = _shape(line), line.strip()
    assert shape.text == shape_reference(line)
    assert len(shape.origins) == len(shape.text)
    assert shape.origins == sorted(shape.origins) and all(0 <= o < len(stripped) for o in shape.origins)
    for char, origin in zip(shape.text, shape.origins, strict=True):
        source = stripped[origin]
        same = char in source.lower() or char.upper() in source.upper()  # a final sigma lowers by context
        assert same or (char == "#" and (source.isdecimal() or source.lower()[0] in "ivxlc"))


def entry_reference(line: str) -> bool:
    return bool(
        re.search(r"(\.\s?){3,}\s*(\d{1,4}|[ivxlc]{1,6})$", line)
        or re.match(r"^\S.{0,80}?,\s*\d{1,4}(\s*[,-]\s*\d{1,4})*$", line)
        or re.match(r"^([A-Z]|[IVX]+|\d+(\.\d+)*)\.?\s+\S.{0,100}\s(\d{1,4}|[ivxlc]{1,6})$", line)
    )


@PROPERTIES
@given(st.lists(st.sampled_from([".", " ", ". ", "12", "7", "iv", "x", "a", ",", "-", "Section", "1.2"]), max_size=30))
def test_contents_and_index_entries_are_recognised_as_before(pieces):
    line = "".join(pieces)[:80]  # within the tail that the leader check reads
    assert _is_entry(line) == entry_reference(line)


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
TITLE_WORDS = ["bash", "manual", "guide", "general", "commands", "(", ")", "-", "/", ":", "[chapter]"]
BODY_WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "(see", "below)", "a.b", "é"]


@st.composite
def paged_documents(draw):
    """Pages of unique body lines, with a running line (a title and a page number) at one end,
    glued by extraction to the body on some pages; the first three pages show it on its own."""
    title = " ".join(draw(st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=5)))
    numbering = draw(st.sampled_from(["arabic", "roman", "ROMAN", "of", "page"]))
    at_end = draw(st.booleans())
    bodies = []
    for page in range(draw(st.integers(min_value=5, max_value=12))):
        words = draw(st.lists(st.lists(st.sampled_from(BODY_WORDS), min_size=1, max_size=6), min_size=1, max_size=4))
        bodies.append([" ".join([*line, f"q{chr(97 + page)}{chr(97 + n)}"]) for n, line in enumerate(words)])
    pages = []
    for page, body in enumerate(bodies):
        number = {"arabic": str(page + 1), "roman": ROMAN[page], "ROMAN": ROMAN[page].upper()}.get(numbering)
        running = {"of": f"{title} {page + 1} of {len(bodies)}", "page": f"Page {page + 1} {title}"}.get(
            numbering, f"{title} {number}"
        )
        glued = page >= 3 and draw(st.booleans())
        if at_end:
            lines = [*body[:-1], f"{body[-1]} {running}"] if glued else [*body, running]
        else:
            lines = [f"{running} {body[0]}", *body[1:]] if glued else [running, *body]
        pages.append("\n".join(lines))
    return pages, bodies


@PROPERTIES
@given(paged_documents())
def test_a_running_line_goes_from_every_page_and_the_body_stays(document):
    pages, bodies = document
    assert [page.text for page in clean_pages(pages)] == ["\n".join(body) for body in bodies]
