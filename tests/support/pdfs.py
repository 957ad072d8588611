"""PDFs the tests build: real files with a known property (encrypted, truncated, no text, scanned)."""

import zlib
from collections.abc import Collection
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject, StreamObject

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
REFCARD = FIXTURES / "refcard-a4.pdf"  # Octave quick reference, 3 pages
MIME_SPEC = FIXTURES / "shared-mime-info-spec.pdf"  # freedesktop.org spec, 17 pages
BASH = ROOT / "bench" / "data" / "pdfs" / "bash.pdf"  # GNU Bash manual, 87 pages (the dev set copy)

# Questions about those PDFs, with where the answer is.
REFCARD_QUESTION = "How do I plot data with a logarithmic x axis but a linear y axis?"
REFCARD_QUESTION_PAGE = 3
OFF_TOPIC_QUESTION = "Who won the 2018 football world cup?"


def encrypted_copy(source: Path, target: Path, password: str = "secret") -> Path:
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password=password, owner_password=password)
    writer.write(target)
    return target


def truncated_copy(source: Path, target: Path, keep: float = 0.5) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * keep)])
    return target


def image_only_pdf(target: Path, pages: int = 2) -> Path:
    """Pages that show a grey gradient image and carry no text at all (like a scan)."""
    writer = PdfWriter()
    image = DecodedStreamObject()
    image.set_data(bytes(range(256)))
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(16),
            NameObject("/Height"): NumberObject(16),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    image_ref = writer._add_object(image)
    for _ in range(pages):
        page = writer.add_blank_page(width=300, height=300)
        content = DecodedStreamObject()
        content.set_data(b"q 300 0 0 300 0 0 cm /Im0 Do Q")
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject(
            {
                NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): image_ref}),
                NameObject("/ProcSet"): ArrayObject([NameObject("/PDF"), NameObject("/ImageB")]),
            }
        )
    writer.write(target)
    return target


def scanned_copy(source: Path, target: Path, pages: Collection[int] | None = None, dpi: int = 200) -> Path:
    """`source` with its pages (1-based; all by default) replaced by pictures of them: a grey
    image at `dpi` and no text layer, as a scanner makes them. The other pages stay as they are."""
    import pypdfium2 as pdfium

    reader, writer = PdfReader(source), PdfWriter()
    rendered = pdfium.PdfDocument(str(source))
    try:
        for number, original in enumerate(reader.pages, start=1):
            if pages is not None and number not in pages:
                writer.add_page(original)
                continue
            page = rendered[number - 1]
            width, height = page.get_size()
            pixels = page.render(scale=dpi / 72, grayscale=True).to_numpy()
            pixels = pixels.reshape(pixels.shape[:2])
            image = StreamObject()
            image._data = zlib.compress(pixels.tobytes())
            image.update(
                {
                    NameObject("/Type"): NameObject("/XObject"),
                    NameObject("/Subtype"): NameObject("/Image"),
                    NameObject("/Width"): NumberObject(pixels.shape[1]),
                    NameObject("/Height"): NumberObject(pixels.shape[0]),
                    NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                    NameObject("/BitsPerComponent"): NumberObject(8),
                    NameObject("/Filter"): NameObject("/FlateDecode"),
                }
            )
            blank = writer.add_blank_page(width=width, height=height)
            content = DecodedStreamObject()
            content.set_data(f"q {width:.2f} 0 0 {height:.2f} 0 0 cm /Scan Do Q".encode())
            blank[NameObject("/Contents")] = writer._add_object(content)
            blank[NameObject("/Resources")] = DictionaryObject(
                {NameObject("/XObject"): DictionaryObject({NameObject("/Scan"): writer._add_object(image)})}
            )
    finally:
        rendered.close()
    writer.write(target)
    return target


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def blank_pdf(target: Path, pages: int) -> Path:
    """Many pages with nothing on them (a page-count bomb when `pages` is large)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=100, height=100)
    writer.write(target)
    return target


def deeply_nested_pdf(target: Path, depth: int = 100_000) -> Path:
    """A one-page PDF whose catalog holds an array nested `depth` levels deep."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Deep " + b"[" * depth + b"]" * depth + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    target.write_bytes(bytes(out))
    return target


def text_pdf(target: Path, pages: list[list[str]]) -> Path:
    """A PDF whose pages show these lines of text, top to bottom, in Helvetica (one of the 14 standard fonts)."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for lines in pages:
        page = writer.add_blank_page(width=612, height=792)
        shown = "".join(f"({_pdf_string(line)}) Tj T* " for line in lines)
        content = DecodedStreamObject()
        content.set_data(f"BT /F1 10 Tf 14 TL 40 750 Td {shown}ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
    writer.write(target)
    return target


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def crafted_running_line_pdf(target: Path, k: int = 20) -> Path:
    """Five pages that made the old running-header regex backtrack for hours (issue 17): pages 1-4
    open with the line "1i"*k + "1" (a running line of 2k+1 numbers), page 5 holds "1"*(2k+2) + "z"."""
    header = "1i" * k + "1"
    body = [
        [f"Section {n} explains how the {topic} works.", f"The {topic} reads its settings at start-up."]
        for n, topic in enumerate(["scheduler", "parser", "indexer", "exporter"], start=1)
    ]
    return text_pdf(target, [[header, *lines] for lines in body] + [["1" * (2 * k + 2) + "z"]])


# --- A fuzz corpus (tests/e2e/test_pdf_fuzz.py): PDFs written byte by byte, broken on purpose ------


def _raw_pdf(objects: list, *, xref: str = "good", trailer: bytes | None = None) -> bytes:
    """A PDF of these objects (1 is the catalog), each a body or a (dictionary entries, stream
    chunks) pair. `xref`: "good", "wrong" (every offset and startxref wrong) or "missing"."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        if isinstance(obj, bytes):
            out += b"%d 0 obj\n%b\nendobj\n" % (number, obj)
        else:
            entries, chunks = obj
            data = b"".join(chunks)
            out += b"%d 0 obj\n<< %b /Length %d >>\nstream\n" % (number, entries, len(data))
            out += data + b"\nendstream\nendobj\n"
    start = len(out)
    if xref == "wrong":
        offsets, start = [offset * 7 + 13 for offset in offsets], start * 3 + 1
    if xref != "missing":
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1) if trailer is None else trailer
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


_TEXT = b"BT /F1 12 Tf 72 720 Td (%b) Tj ET"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _one_page(content: list, *, box: bytes = b"[0 0 612 792]", resources: bytes = b"") -> list:
    """Objects 1-5: catalog, pages, a page of `box` showing stream 4 (`content`), Helvetica as /F1."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox %b /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> %b >> >>"
        % (box, resources),
        (b"", content),
        _FONT,
    ]


def _adler32_combine(first: int, second: int, second_length: int) -> int:
    """zlib's adler32_combine: the Adler-32 of A + B from those of A and B and B's length."""
    base, rem = 65521, second_length % 65521
    low = (first & 0xFFFF) + (second & 0xFFFF) + base - 1
    high = rem * (first & 0xFFFF) % base + (first >> 16) + (second >> 16) + base - rem
    return (high % base) << 16 | low % base


def _deflated_copies(block: bytes, copies: int) -> list[bytes]:
    """The zlib stream of `block` * `copies` (FlateDecode), built from one compressed copy: after a
    full flush, each further copy compresses to the same bytes. The inflated data never exists."""
    deflate = zlib.compressobj(9)
    first = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    checksum, power, todo = 1, zlib.adler32(block), copies  # Adler-32 of the whole, by doubling
    length = len(block)
    while todo:
        if todo & 1:
            checksum = _adler32_combine(checksum, power, length)
        power, length, todo = _adler32_combine(power, power, length), length * 2, todo >> 1
    return [first, *[again] * (copies - 1), b"\x03\x00" + checksum.to_bytes(4, "big")]


def recursive_pdf(target: Path, kind: str = "pages") -> Path:
    """A PDF that refers to itself: "pages", a page tree node among its own kids, and a page that is
    its own parent; "form", a form XObject that draws itself; "fanout", `FANOUT_DEPTH` form
    XObjects each drawing the next twice (2**40 draws of one letter: a "billion laughs")."""
    draw_x = b"/XObject << /X 6 0 R >>"
    if kind == "pages":
        objects = _one_page([_TEXT % b"A page tree that contains itself."])
        objects[1] = b"<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 3 >>"
        objects.append(b"<< /Type /Page /Parent 6 0 R /Kids [6 0 R] /MediaBox [0 0 612 792] >>")
    elif kind == "form":
        objects = _one_page([_TEXT % b"A form that draws itself.", b" /X Do"], resources=draw_x)
        objects.append((b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << %b >>" % draw_x, [b"/X Do"]))
    elif kind == "fanout":
        objects = _one_page([_TEXT % b"Forms that draw each other.", b" /X Do"], resources=draw_x)
        form = b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << %b >>"
        for number in range(6, 6 + FANOUT_DEPTH - 1):
            objects.append((form % b"/XObject << /X %d 0 R >>" % (number + 1), [b"/X Do /X Do"]))
        objects.append((form % b"/Font << /F1 5 0 R >>", [b"BT /F1 1 Tf (x) Tj ET"]))
    else:
        raise ValueError(kind)
    target.write_bytes(_raw_pdf(objects))
    return target


FANOUT_DEPTH = 40


def huge_page_pdf(target: Path, size: float = 14400, *, image: bool = False) -> Path:
    """One page `size` points square (14,400 pt, 200 inches, is the most the PDF spec allows), with
    a line of text; with `image`, a full-page grey image and no text instead (OCR renders it)."""
    box = b"[0 0 %g %g]" % (size, size)
    if not image:
        target.write_bytes(_raw_pdf(_one_page([_TEXT % b"A very large page with a little text on it."], box=box)))
        return target
    objects = _one_page([b"q %g 0 0 %g 0 0 cm /Im Do Q" % (size, size)], box=box, resources=b"/XObject << /Im 6 0 R >>")
    objects.append(_grey_image(256, 256, [zlib.compress(bytes(range(256)) * 256)]))
    target.write_bytes(_raw_pdf(objects))
    return target


def _grey_image(width: int, height: int, chunks: list[bytes]) -> tuple[bytes, list[bytes]]:
    entries = b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
    return entries % (width, height) + b" /Filter /FlateDecode", chunks


def broken_xref_pdf(target: Path, kind: str = "offsets") -> Path:
    """A one-page text PDF with a broken cross-reference: "offsets" (every offset and startxref
    wrong), "missing" (no table, no trailer), "trailer" (a garbage trailer pointing at no catalog),
    "no-root" (a trailer without /Root, and no catalog to find)."""
    objects = _one_page([_TEXT % b"The cross-reference table of this PDF is broken."])
    if kind == "offsets":
        data = _raw_pdf(objects, xref="wrong")
    elif kind == "missing":
        data = _raw_pdf(objects, xref="missing", trailer=b"")
    elif kind == "trailer":
        data = _raw_pdf(
            objects, trailer=b"trailer\n<< /Size 99999999999 /Root 77 0 R /Info ((( /Prev -5 >>\n\x00\xff\n"
        )
    elif kind == "no-root":
        objects[0] = b"<< /Type /NotACatalog /Pages 2 0 R >>"
        data = _raw_pdf(objects, trailer=b"trailer\n<< /Size 6 >>\n")
    else:
        raise ValueError(kind)
    target.write_bytes(data)
    return target


def inflate_bomb_pdf(target: Path, inflated_mb: int = 500) -> Path:
    """A page with a line of text, then a FlateDecode content stream that inflates to `inflated_mb`
    MB of b"0" (one endless number) from about 1/1000 of that."""
    objects = _one_page([_TEXT % b"Before the bomb."])
    objects[2] = objects[2].replace(b"/Contents 4 0 R", b"/Contents [4 0 R 6 0 R]")
    objects.append((b"/Filter /FlateDecode", _deflated_copies(b"0" * (1 << 20), inflated_mb)))
    target.write_bytes(_raw_pdf(objects))
    return target


def image_bomb_pdf(target: Path, kind: str = "inflated", side: int = 20000) -> Path:
    """A page with no text and one image: "inflated", a `side` x `side` grey image whose FlateDecode
    data inflates to side**2 bytes (400 MB at 20,000) from about 400 KB; "declared", an image that
    claims 1,000,000 x 1,000,000 pixels (a terabyte) and carries a few bytes."""
    if kind == "inflated":
        image = _grey_image(side, side, _deflated_copies(b"\x80" * side, side))
    elif kind == "declared":
        image = _grey_image(1_000_000, 1_000_000, [zlib.compress(b"\x80" * 1000)])
    else:
        raise ValueError(kind)
    objects = _one_page([b"q 612 0 0 792 0 0 cm /Im Do Q"], resources=b"/XObject << /Im 6 0 R >>")
    objects.append(image)
    target.write_bytes(_raw_pdf(objects))
    return target


def many_pages_pdf(target: Path, pages: int = 5000, lines: int = 50) -> Path:
    """`pages` pages that all show one shared content stream of `lines` lines of text: a few KB
    that take a long time to read (for the job time limit)."""
    words = b"Every page repeats the same long line of words, so the file stays small but reads slowly."
    content = b"BT /F1 9 Tf 11 TL 36 760 Td " + b"(%b) ' " % words * lines + b"ET"
    objects = _one_page([content])
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (
        b" ".join(b"%d 0 R" % (6 + n) for n in range(pages)),
        pages,
    )
    objects[2] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"  # the catalog's old page: unused
    resources = b"/Resources << /Font << /F1 5 0 R >> >>"
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R %b >>" % resources] * pages
    target.write_bytes(_raw_pdf(objects))
    return target
