"""The PDF reader: PDFium (Chrome's PDF engine) through pypdfium2.

Text page by page (with the spaces PDFium leaves out restored), page images for OCR, and
PDFium's errors in words for the user.
"""

import ctypes
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from chat.backends.pdf import PdfError, normalize_text
from chat.backends.pdf.structure import MAX_HEADINGS, Bookmark, Heading, has_outline, headings
from chat.backends.pdf.typography import Layout, Line, heading_shaped

# A gap wider than this share of the font size between two characters on one line is a space
# that the PDF draws by moving the pen, not with a space character (groff, many TeX files):
# PDFium's text then runs the words together ("variable'scurrent", "number.Ifthe").
WORD_GAP = 0.1
_NO_GAP_CHECK = frozenset(" \r\n\t\ufffe")


def text_with_gaps(textpage: "pdfium.PdfTextPage", text: str | None = None) -> str:  # noqa: F821
    """The page's text (`text`: PDFium's, if already read), with a space wherever the characters'
    advance boxes leave a word-sized gap.

    Loose boxes (the glyphs' advance widths, not their ink) touch within a word in any font,
    monospace included, so only a real gap between words opens one.
    """
    import pypdfium2.raw as raw

    text = textpage.get_text_range() if text is None else text
    if len(text) != raw.FPDFText_CountChars(textpage):  # characters outside the BMP: no 1:1 map
        return text
    box, handle, char_box = raw.FS_RECTF(), textpage.raw, raw.FPDFText_GetLooseCharBox  # the raw handle:
    out: list[str] = []  # pypdfium2's objects pay a property lookup per call, a tenth of the time here
    previous_right = previous_top = None
    for index, char in enumerate(text):
        if char in _NO_GAP_CHECK or ord(char) >= 0x2E80:  # CJK runs carry no spaces to restore
            out.append(char)
            previous_right = None
            continue
        char_box(handle, index, box)
        if previous_right is not None and box.left - previous_right > 0.5:
            size = raw.FPDFText_GetFontSize(handle, index)
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
        self._texts: list[str] = []  # what pages() yielded, the lines it measured, the outline: for headings()
        self._layouts: list[Layout | None] = []
        self._outline: list[Bookmark] = []

    def _page(self, index: int) -> "pdfium.PdfPage":  # noqa: F821 - pypdfium2 is imported lazily
        """Page `index` (0-based); a page PDFium cannot load (a broken page tree, a page that is
        its own parent) is a PdfError that names it, not a PdfiumError."""
        import pypdfium2 as pdfium

        try:
            return self._pdf[index]
        except pdfium.PdfiumError as exc:
            raise PdfError(_describe_pdfium_error(exc, page=index + 1)) from exc

    def pages(self) -> Iterator[str]:
        """Each page's text; on the way, the lines that headings() reads type from: every page's if
        the outline is missing (or too small), else only landscape pages' (slides)."""
        self._texts, self._layouts, self._outline = [], [], read_outline(self._pdf)
        measure = not has_outline(self._outline, self.page_count)
        for index in range(self.page_count):
            page = self._page(index)
            try:
                textpage = page.get_textpage()
                try:
                    raw_text = textpage.get_text_range()
                    gapped = text_with_gaps(textpage, raw_text)
                    text = normalize_text(gapped)
                    width, height = page.get_size()
                    measured = measure or width > height
                    self._layouts.append(page_layout(textpage, raw_text, gapped, width, height) if measured else None)
                finally:
                    textpage.close()
            finally:
                page.close()
            self._texts.append(text)
            yield text

    def headings(self) -> list[Heading]:
        """The document's headings (structure.py), from the outline and the lines pages() measured;
        if pages() has not run to the end, it runs here."""
        if len(self._texts) < self.page_count:
            for _ in self.pages():
                pass
        return headings(texts=self._texts, layouts=self._layouts, outline=self._outline)

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


def page_layout(textpage: "pdfium.PdfTextPage", text: str, gapped: str, width: float, height: float) -> Layout | None:  # noqa: F821
    """The page's lines (typography.py) with their size and position at their first character, and
    for heading-shaped ones the size and boldness at a middle word and their end: a few calls a
    line where text_with_gaps makes one a character. `text` is PDFium's text of the page (indexed
    like its characters), `gapped` the same lines with the spaces restored (the titles)."""
    import pypdfium2.raw as raw

    if len(text) != raw.FPDFText_CountChars(textpage) or text.count("\n") != gapped.count("\n"):
        return None  # characters outside the BMP: no 1:1 map
    handle, font_size, box, lines, start = textpage.raw, raw.FPDFText_GetFontSize, raw.FS_RECTF(), [], 0
    name, flags = ctypes.create_string_buffer(128), ctypes.c_int()

    # Bold by the font's name or its ForceBold flag: PDFium's weights are no guide (744 for
    # LMRoman10-Regular, 580 for Helvetica-Bold).
    def bold(index: int) -> bool:
        size = raw.FPDFText_GetFontInfo(handle, index, name, len(name), ctypes.byref(flags))
        return bool(flags.value & 1 << 18) or (0 < size <= len(name) and _BOLD_NAME.search(name.value) is not None)

    for piece, spaced in zip(text.split("\n")[:LAYOUT_LINES], gapped.split("\n"), strict=False):
        stripped, title = piece.strip(), spaced.strip()
        if stripped:
            first = start + len(piece) - len(piece.lstrip())
            raw.FPDFText_GetLooseCharBox(handle, first, box)
            size, uniform, heavy = font_size(handle, first), False, False
            if heading_shaped(title):
                middle, last = first + stripped.find(" ", len(stripped) // 2) + 1, first + len(stripped) - 1
                uniform = max(abs(font_size(handle, i) - size) for i in (middle, last)) < size / 20
                heavy = uniform and bold(first) and (bold(middle) or bold(last))
            lines.append(Line(title, size, box.left, box.top, uniform, heavy))
        start += len(piece) + 1
    return Layout(width, height, lines)


_BOLD_NAME = re.compile(rb"bold|black|heavy|demi|medi|cmbx|-bd\b", re.IGNORECASE)  # Medi: NimbusRomNo9L-Medi
LAYOUT_LINES = 5_000  # lines measured per page


def read_outline(pdf: "pdfium.PdfDocument") -> list[Bookmark]:  # noqa: F821
    """The outline's items in order, depth first: at most MAX_HEADINGS (structure.py), OUTLINE_DEPTH
    levels deep, each visited once (an outline can loop). Titles longer than MAX_TITLE_BYTES are
    skipped, and the outline ends past OUTLINE_TITLES_BYTES of titles: a hostile outline can point
    every item at one huge string, which PDFium converts whole just to tell its length."""
    import pypdfium2.raw as raw

    items, seen, spent = [], set(), 0
    todo = [(raw.FPDFBookmark_GetFirstChild(pdf.raw, None), 1)]
    while todo and len(items) < MAX_HEADINGS and len(seen) < 4 * MAX_HEADINGS and spent < OUTLINE_TITLES_BYTES:
        node, level = todo.pop()
        if not node or ctypes.addressof(node.contents) in seen:
            continue
        seen.add(ctypes.addressof(node.contents))
        todo.append((raw.FPDFBookmark_GetNextSibling(pdf.raw, node), level))
        if level < OUTLINE_DEPTH:
            todo.append((raw.FPDFBookmark_GetFirstChild(pdf.raw, node), level + 1))
        size = raw.FPDFBookmark_GetTitle(node, None, 0)  # PDFium converts the whole title to tell
        spent += size
        dest = raw.FPDFBookmark_GetDest(pdf.raw, node)
        if not dest:
            action = raw.FPDFBookmark_GetAction(node)
            if action and raw.FPDFAction_GetType(action) == raw.PDFACTION_GOTO:
                dest = raw.FPDFAction_GetDest(pdf.raw, action)
        page = raw.FPDFDest_GetDestPageIndex(pdf.raw, dest) if dest else -1
        if 2 < size <= MAX_TITLE_BYTES and page >= 0:
            buffer = ctypes.create_string_buffer(size)
            raw.FPDFBookmark_GetTitle(node, buffer, size)
            items.append(Bookmark(level, buffer.raw[: size - 2].decode("utf-16-le", errors="replace"), page + 1))
    return items


OUTLINE_DEPTH = 16
MAX_TITLE_BYTES = 4_096  # UTF-16: 2,047 characters
OUTLINE_TITLES_BYTES = 4_000_000  # 5,000 titles of 400 characters
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
