"""The PDF reader: PDFium (Chrome's PDF engine) through pypdfium2.

Text page by page (with the spaces PDFium leaves out restored), page images for OCR, and
PDFium's errors in words for the user.
"""

from collections.abc import Iterator
from functools import partial
from pathlib import Path

from chat.backends.pdf import PdfError, normalize_text

# A gap wider than this share of the font size between two characters on one line is a space
# that the PDF draws by moving the pen, not with a space character (groff, many TeX files):
# PDFium's text then runs the words together ("variable'scurrent", "number.Ifthe").
WORD_GAP = 0.1
_NO_GAP_CHECK = frozenset(" \r\n\t\ufffe")


def text_with_gaps(textpage: "pdfium.PdfTextPage") -> str:  # noqa: F821 - pypdfium2 is imported lazily
    """The page's text, with a space wherever the characters' advance boxes leave a word-sized gap.

    Loose boxes (the glyphs' advance widths, not their ink) touch within a word in any font,
    monospace included, so only a real gap between words opens one.
    """
    import pypdfium2.raw as raw

    text = textpage.get_text_range()
    if len(text) != raw.FPDFText_CountChars(textpage):  # characters outside the BMP: no 1:1 map
        return text
    box = raw.FS_RECTF()
    out: list[str] = []
    previous_right = previous_top = None
    for index, char in enumerate(text):
        if char in _NO_GAP_CHECK or ord(char) >= 0x2E80:  # CJK runs carry no spaces to restore
            out.append(char)
            previous_right = None
            continue
        raw.FPDFText_GetLooseCharBox(textpage, index, box)
        if previous_right is not None and box.left - previous_right > 0.5:
            size = raw.FPDFText_GetFontSize(textpage, index)
            if box.left - previous_right > WORD_GAP * size and abs(box.top - previous_top) < size:
                out.append(" ")
        previous_right, previous_top = box.right, box.top
        out.append(char)
    return "".join(out)


class PdfiumPages:
    """An open pypdfium2 document."""

    def __init__(self, path: Path) -> None:
        import pypdfium2 as pdfium

        try:
            self._pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise PdfError(_describe_pdfium_error(exc)) from exc
        self.page_count = len(self._pdf)

    def _page(self, index: int) -> "pdfium.PdfPage":  # noqa: F821 - pypdfium2 is imported lazily
        """Page `index` (0-based); a page PDFium cannot load (a broken page tree, a page that is
        its own parent) is a PdfError that names it, not a PdfiumError."""
        import pypdfium2 as pdfium

        try:
            return self._pdf[index]
        except pdfium.PdfiumError as exc:
            raise PdfError(_describe_pdfium_error(exc, page=index + 1)) from exc

    def pages(self) -> Iterator[str]:
        for index in range(self.page_count):
            page = self._page(index)
            try:
                textpage = page.get_textpage()
                try:
                    yield normalize_text(text_with_gaps(textpage))
                finally:
                    textpage.close()
            finally:
                page.close()

    def page_image(self, index: int, *, dpi: int) -> bytes:
        """Page `index` (0-based) rendered in grey, as PGM bytes, for OCR: at `dpi`, or less
        for a page so large that it would pass MAX_OCR_PIXELS."""
        import pypdfium2 as pdfium

        page = self._page(index)
        try:
            width, height = page.get_size()  # points: 1/72 inch
            scale = min(dpi / 72, (MAX_OCR_PIXELS / max(1.0, width * height)) ** 0.5)
            try:
                bitmap = page.render(scale=scale, grayscale=True)
            except pdfium.PdfiumError as exc:  # e.g. no memory for the bitmap
                raise PdfError(_describe_pdfium_error(exc, page=index + 1)) from exc
            try:
                rows = bitmap.to_numpy()
                return f"P5 {rows.shape[1]} {rows.shape[0]} 255\n".encode() + rows.reshape(rows.shape[:2]).tobytes()
            finally:
                bitmap.close()
        finally:
            page.close()

    def has_images(self, index: int) -> bool:
        """Whether page `index` (0-based) draws an image, also inside form XObjects (down to
        IMAGE_SCAN_DEPTH levels): a page without text or images (blank, a divider, a vector
        figure) has nothing OCR could read and is never rendered. Past IMAGE_SCAN_OBJECTS
        objects it answers True (render rather than miss a scan)."""
        import pypdfium2.raw as raw

        page = self._page(index)
        try:
            budget = IMAGE_SCAN_OBJECTS
            todo = [(raw.FPDFPage_CountObjects(page.raw), partial(raw.FPDFPage_GetObject, page.raw), 0)]
            while todo:
                count, get, depth = todo.pop()
                for n in range(max(0, count)):
                    budget -= 1
                    if budget < 0:
                        return True
                    obj = get(n)
                    kind = raw.FPDFPageObj_GetType(obj) if obj else None
                    if kind == raw.FPDF_PAGEOBJ_IMAGE:
                        return True
                    if kind == raw.FPDF_PAGEOBJ_FORM and depth + 1 < IMAGE_SCAN_DEPTH:
                        todo.append(
                            (raw.FPDFFormObj_CountObjects(obj), partial(raw.FPDFFormObj_GetObject, obj), depth + 1)
                        )
            return False
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()


MAX_OCR_PIXELS = 40_000_000  # an A4 page at 300 dpi has 8.7 million
IMAGE_SCAN_OBJECTS = 100_000  # page objects looked at for an image before assuming there is one
IMAGE_SCAN_DEPTH = 8  # form XObjects within form XObjects


class PdfiumText:
    """Text extraction with pypdfium2 (PDFium, Chrome's PDF engine)."""

    def open(self, path: Path) -> PdfiumPages:
        return PdfiumPages(path)


NEEDS_PASSWORD = (
    "The PDF is encrypted: it needs its password to be read. Upload it again with its password "
    "(the upload's `password` field; the chat page asks for it); the password is never stored."
)


NOT_A_PDF = "The file is not a readable PDF (it may be truncated or corrupt)."


def _describe_pdfium_error(exc: Exception, *, page: int | None = None) -> str:
    """PDFium's error in words for the user (pypdfium2's messages name C functions and codes)."""
    message = str(exc)
    code = getattr(exc, "err_code", None)  # FPDF_ERR_*: set when a document fails to load
    if code == 4 or "password" in message.lower():  # 4: FPDF_ERR_PASSWORD
        return NEEDS_PASSWORD
    if code == 5:  # FPDF_ERR_SECURITY
        return "The PDF is protected with a security scheme that cannot be read (only standard PDF encryption can)."
    if page is not None:
        broken = "load page" in message.lower()
        reason = "its page tree or content is broken" if broken else "it is damaged or too large"
        return f"Page {page} of the PDF could not be read ({reason})."
    if code in (2, 3) or "format" in message.lower() or "file" in message.lower():  # FILE, FORMAT
        return NOT_A_PDF
    return "The PDF could not be opened (it may be damaged, or use features this reader does not support)."
