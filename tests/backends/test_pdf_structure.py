"""Document structure (chat/backends/pdf/structure.py): headings from the outline, from the type
when there is none, slide titles on slides; offsets that point at the heading line in the page
text; and caps that hold against a hostile outline or page."""

import time
from pathlib import Path

import pytest

from chat.backends.pdf.pdfium import PdfiumPages, read_outline
from chat.backends.pdf.structure import MAX_HEADINGS, Bookmark, Heading, headings
from tests.support.pdfs import BASH, MIME_SPEC, ROOT

BROAD = ROOT / "bench" / "data" / "broad" / "pdfs"


def read(path: Path) -> tuple[list[str], list[Heading]]:
    pdf = PdfiumPages(path)
    try:
        texts = list(pdf.pages())
        return texts, pdf.headings()
    finally:
        pdf.close()


def assert_offsets_point_at_titles(texts: list[str], found: list[Heading]) -> None:
    """Each located heading starts a line, and its title's last word is on that line or the next."""
    for heading in found:
        if heading.offset < 0:
            continue
        text = texts[heading.page - 1]
        assert heading.offset == 0 or text[heading.offset - 1] == "\n", heading
        lines = text[heading.offset :].split("\n", 3)
        last_word = "".join(c for c in heading.title.split()[-1] if c.isalnum()).casefold()
        assert last_word in "".join(c for c in " ".join(lines[:3]) if c.isalnum()).casefold(), heading


def test_the_outline_gives_titles_levels_and_the_heading_lines():
    texts, found = read(MIME_SPEC)
    assert [(h.page, h.level, h.title) for h in found[:3]] == [
        (1, 1, "1. Introduction"),
        (1, 2, "1.1. Version"),
        (1, 2, "1.2. What is this spec?"),
    ]
    assert len(found) == 24 and all(h.offset >= 0 for h in found)
    assert texts[0][found[0].offset :].startswith("1. Introduction\n")
    assert_offsets_point_at_titles(texts, found)


def test_an_outline_title_is_found_without_its_numbering_quotes_or_spacing():
    """Outlines drop the number ("Introduction" for "1 Introduction"), use straight quotes where the
    text has curly ones, and break long titles differently; the heading line is still found, and a
    running header or a sentence that starts with the same words is not taken for it."""
    texts = [
        "Header: Shell Commands 12\nKapitel 3\nShell Commands\nbody\n"
        "3.2 Shell Commands are many\n"
        "1 My UPS driver program won\u2019t work. I\u2019m starting it as root, and root owns the\ndevice, ok?\n"
    ]
    outline = [
        Bookmark(1, "3.2 Shell Commands", 1),
        Bookmark(2, "My UPS driver program won't work. I'm starting it as root, and root owns the device, ok?", 1),
        Bookmark(2, "Not on this page", 1),
    ]
    found = headings(texts=texts, layouts=[None], outline=outline)
    assert texts[0][found[0].offset :].startswith("Kapitel 3\nShell Commands")
    assert texts[0][found[1].offset :].startswith("1 My UPS driver")
    assert found[2].offset == -1


def test_without_an_outline_the_type_tells_the_headings():
    """bash.pdf (groff man page): section headings are bold and a little larger, subsections bold
    and outdented; bold option names and the running header are no headings."""
    texts, found = read(BASH)
    titles = [h.title for h in found]
    assert titles[:4] == ["NAME", "SYNOPSIS", "COPYRIGHT", "DESCRIPTION"]
    grammar = titles.index("SHELL GRAMMAR")
    assert found[grammar].level == 1 and found[grammar + 2] == Heading(4, 2, "Pipelines", found[grammar + 2].offset)
    assert not {"--login", "--norc", "BASHOPTS"} & set(titles) and not any("General Commands" in t for t in titles)
    assert all(h.offset >= 0 for h in found)
    assert_offsets_point_at_titles(texts, found)


def test_a_paper_keeps_its_sections_and_drops_its_title_block():
    texts, found = read(BROAD / "sandwich.pdf")
    assert [(h.level, h.title) for h in found[:4]] == [
        (1, "1. Introduction"),
        (1, "2. The linear regression model"),
        (1, "3. Estimating the covariance matrix Ψ"),
        (2, "3.1. Dealing with heteroskedasticity"),
    ]
    assert not any("Zeileis" in h.title or "Econometric Computing" in h.title for h in found)
    assert_offsets_point_at_titles(texts, found)


def test_slides_are_headed_by_their_titles_under_the_outline():
    """packaging-tutorial.pdf (beamer): the outline has sections and subsections; each slide's title
    heads its page one level below, unless the outline already names it."""
    texts, found = read(BROAD / "packaging-tutorial.pdf")
    on = {page: [(h.level, h.title) for h in found if h.page == page] for page in (1, 5, 10)}
    assert on[1] == [(1, "Debian Packaging Tutorial")]
    assert on[5] == [(2, "Debian")]  # the outline's subsection, not repeated as a slide title
    assert on[10] == [(2, "Rebuilding dash"), (3, "Example: rebuilding dash")]
    assert all(h.offset == 0 for h in found if h.level == 3)  # a slide title opens its page's text
    assert_offsets_point_at_titles(texts, found)


def hostile_pdf(path: Path, items: int, *, title: bytes = b"", cycle: bool = False) -> Path:
    """One page and an outline of `items` bookmarks (titled `title`, or "Item n"), the last one
    pointing back at the first if `cycle`."""
    first = 5
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Outlines 3 0 R >>",
        2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        3: b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (first, first + items - 1, items),
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    }
    huge = first + items
    if title:
        objects[huge] = b"(" + title + b")"
    for n in range(items):
        number = first + n
        following = first if cycle and n == items - 1 else number + 1 if n < items - 1 else None
        name = b"%d 0 R" % huge if title else b"(Item %d)" % n
        link = b" /Next %d 0 R" % following if following else b""
        objects[number] = b"<< /Title %s /Parent 3 0 R /Dest [4 0 R /Fit]%s >>" % (name, link)
    out, offsets = bytearray(b"%PDF-1.7\n"), {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (max(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, max(objects) + 1))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (max(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def outline_of(path: Path) -> list[Bookmark]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return read_outline(pdf)
    finally:
        pdf.close()


def test_a_hostile_outline_is_capped(tmp_path):
    """100,000 bookmarks: the first MAX_HEADINGS are read; a cycle is followed once; a huge title
    shared by every bookmark is never read."""
    started = time.monotonic()
    many = outline_of(hostile_pdf(tmp_path / "many.pdf", 100_000))
    assert len(many) == MAX_HEADINGS and many[0] == Bookmark(1, "Item 0", 1) and many[-1].title == "Item 4999"
    assert [b.title for b in outline_of(hostile_pdf(tmp_path / "loop.pdf", 10, cycle=True))] == [
        f"Item {n}" for n in range(10)
    ]
    assert outline_of(hostile_pdf(tmp_path / "huge.pdf", 1_000, title=b"A" * 2_000_000)) == []
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("line", ["a", "Shell Commands are many", "Shell"])
def test_locating_titles_in_a_hostile_page_stays_linear(line):
    """5,000 headings on a page of 50,000 lines that start like them (or not), none found: the
    search reads at most SEARCH_COST times the page."""
    texts = [f"{line}\n" * 50_000]
    outline = [Bookmark(1, f"Shell Commands {n} " + "x" * 300, 1) for n in range(MAX_HEADINGS + 10)]
    started = time.monotonic()
    found = headings(texts=texts, layouts=[None], outline=outline)
    assert len(found) == MAX_HEADINGS and {h.offset for h in found} == {-1}
    assert len(found[0].title) == 200
    assert time.monotonic() - started < 3
