"""Headings told by their type, for a PDF without an outline (structure.py uses them then).

A heading is a short line set clearly larger than the body text, or bold at body size and
standing apart: outdented (man pages put their subsection names left of the text, their options
and variables on it) or followed flush by plain text (a term in a definition list is followed by
its indented description). Levels rank the distinct styles, largest first. Running headers and
footers, tables of contents, the title page and the authors' block are left out.

Pure: the reader (pdfium.py) measures the lines (`Line`), reading a few characters of each line
only; this module looks at each line a constant number of times.
"""

import re
from collections import Counter
from typing import NamedTuple

MAX_LINE = 120  # a longer line is prose, not a heading
LARGER = 1.15  # a heading's size against the body's
MAX_LEVELS = 6


class Line(NamedTuple):
    """A line of a page's text layer, measured at its first character (points, origin bottom left);
    lines that could be headings (`heading_shaped`) also at a middle word and their end."""

    text: str  # stripped
    size: float
    left: float
    top: float
    uniform: bool = False  # heading-shaped, and its sampled characters all the first one's size
    bold: bool = False  # and mostly in a bold font, the first one included


class Layout(NamedTuple):
    width: float
    height: float
    lines: list[Line]


_TOC_LINE = re.compile(r"(?:\.\s?){4}|^(?:\d+(?:\.\d+)*|[A-Z])\s.*\s\d+$")  # dot leaders; "2.1 Title 17"
_DIGITS = re.compile(r"\d+")


def heading_shaped(text: str) -> bool:
    """Whether a (stripped) line reads like a heading: short, starting with a letter or digit, mostly
    letters, not ending like a sentence or a label, not a table-of-contents entry."""
    if not 2 <= len(text) <= MAX_LINE or not text[0].isalnum() or (text[-1] in ".,;:" and not text.endswith("...")):
        return False
    return sum(map(str.isalpha, text)) * 2 >= len(text) - text.count(" ") and not _TOC_LINE.search(text)


def body_size(layouts: list[Layout | None]) -> float:
    """The size most of the text is set in (weighted by characters)."""
    sizes = Counter()
    for layout in layouts:
        for line in layout.lines if layout else ():
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def has_letters(line: Line) -> bool:
    return any(char.isalpha() for char in line.text[:MAX_LINE])


def detected(layouts: list[Layout | None], *, limit: int) -> list[tuple[int, int, str]]:
    """The headings (page, level, raw title), at most `limit`. A style seen on one page only (the
    title page, a colophon) is no section, nor is a line off the margin above the first page's
    first paragraph or heading (the authors, "Abstract")."""
    body = body_size(layouts)
    margin, running = _margin(layouts, body), _running(layouts)
    found: list[list] = []  # page, style, title, whether off the margin in the first page's title block
    for number, layout in enumerate(layouts, start=1):
        lines = layout.lines if layout else []
        previous, title_block = None, number == 1  # the line taken last: a title can take two lines
        for index, line in enumerate(lines):
            style = _style(line, body, margin, lines[index + 1] if index + 1 < len(lines) else None)
            title_block = title_block and not (len(line.text) >= 60 and abs(line.size - body) < body / 20)
            if style is None or _shape(line.text) in running:
                previous = None
                continue
            if previous and previous[1] == style and 0 < previous[0].top - line.top <= 2 * line.size:
                found[-1][2] = f"{found[-1][2]} {line.text}"[: 3 * MAX_LINE]
            elif len(found) < limit:
                found.append([number, style, line.text, title_block and line.left > margin + 2 * line.size])
            previous = (line, style)
    pages = {}
    for number, style, *_ in found:
        pages.setdefault(style, set()).add(number)
    styles = sorted((s for s, seen in pages.items() if len(seen) > 1 or len(layouts) < 3), reverse=True)
    level = {style: rank for rank, style in enumerate(styles[:MAX_LEVELS], start=1)}
    out = []
    for number, style, text, off_margin in found:
        if style in level and (out or not off_margin):  # centred or side by side: authors, "Abstract"
            out.append((number, level[style], text))
    return out


def _style(line: Line, body: float, margin: float, following: Line | None) -> tuple[float, bool] | None:
    """A heading's style (size to the half point, boldness), or None for a line that is no heading:
    one clearly larger than the body (bold counts as a little larger), or bold at body size and
    either outdented (man pages) or followed flush by plain text (not a term in a definition list)."""
    if not line.uniform:  # measured on heading-shaped lines only
        return None
    style = (round(line.size * 2) / 2, line.bold)
    if line.size >= LARGER * body or (line.bold and line.size >= 1.05 * body):
        return style
    if not line.bold or abs(line.size - body) >= body / 20:
        return None
    flush = following is not None and not following.bold and abs(following.left - line.left) <= 2
    return style if line.left < margin - 2 or flush else None


def _margin(layouts: list[Layout | None], body: float) -> float:
    """The leftmost position where much of the body text starts (a tenth of its lines): a man page
    sets its headings left of it, and its terms (options, variables) on it."""
    lefts = Counter(
        round(line.left) for layout in layouts if layout for line in layout.lines if abs(line.size - body) < body / 20
    )
    return min((left for left, count in lefts.items() if count * 10 >= lefts.total()), default=0)


def _running(layouts: list[Layout | None]) -> set[str]:
    """Headers and footers: a page's first or last line with letters, in the same form (numbers
    aside) on at least a fifth of the pages, and three."""
    counts = Counter()
    for layout in layouts:
        worded = [line.text for line in (layout.lines[:2] + layout.lines[-2:] if layout else ()) if has_letters(line)]
        counts.update({_shape(text) for text in worded[:1] + worded[-1:]})
    return {shape for shape, count in counts.items() if count >= max(3, len(layouts) // 5)}


def _shape(text: str) -> str:
    return _DIGITS.sub("#", "".join(text[:80].split()).casefold())
