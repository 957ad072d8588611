"""PDFs the tests build: real files with a known property (encrypted, truncated, no text, scanned)."""

import zlib
from collections.abc import Collection
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject, StreamObject

FIXTURES = Path(__file__).parent / "fixtures"
REFCARD = FIXTURES / "refcard-a4.pdf"  # Octave quick reference, 3 pages
MIME_SPEC = FIXTURES / "shared-mime-info-spec.pdf"  # freedesktop.org spec, 17 pages
BASH = FIXTURES.parent.parent / "bench" / "data" / "pdfs" / "bash.pdf"  # GNU Bash manual, 87 pages (the dev set copy)


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
