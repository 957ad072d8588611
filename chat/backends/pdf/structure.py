"""A document's headings, page by page, so that each passage can carry its heading path
("3 Basic Shell Features > 3.2 Shell Commands > Pipelines").

Sources, best first: the PDF's outline (the author's own table of contents: exact titles and
levels); without one, the typography (a short line clearly larger than the body text, or bold at
body size and standing alone, is a heading, and its size ranks its level); on slides (landscape
pages), each slide's title (the largest text at its top) heads the page.

Pure: the reader (pdfium.py) reads the outline and measures the lines; this module decides, with
typography.py for the type.
A hostile PDF can hold 100k bookmarks, huge titles or a page of a million lines, so counts and
lengths are capped, regexes only ever see short slices, and the search for titles in a page's text
reads at most a fixed multiple of its length.
"""

import re
from dataclasses import dataclass
from typing import NamedTuple

from chat.backends.pdf import normalize_text
from chat.backends.pdf.typography import LARGER, MAX_LINE, Layout, body_size, detected, has_letters

MAX_HEADINGS = 5_000  # bookmarks read, headings kept
MAX_TITLE = 200  # characters of a title
SEARCH_COST = 16  # characters read per character of a page, for all its headings together


@dataclass(frozen=True, slots=True)
class Heading:
    page: int  # 1-based
    level: int  # 1 = top level
    title: str  # normalize_text, one line
    # Where the heading's line starts in the page's normalised text (its numbering or "Chapter 3"
    # line included); -1 if the title is not found there (a bookmark to a page that does not show it).
    offset: int


class Bookmark(NamedTuple):
    """An outline item, as the reader found it."""

    level: int  # 1 = top level
    title: str  # as the PDF spells it (the reader caps its length)
    page: int  # 1-based


Found = tuple[int, int, str]  # page, level, title


def headings(*, texts: list[str], layouts: list[Layout | None], outline: list[Bookmark]) -> list[Heading]:
    """The document's headings in reading order. `texts` are the pages' normalised texts (offsets
    point into them); `layouts` their measured lines (None where unmeasured)."""
    found = _outlined(outline, len(texts))
    slides = sum(1 for layout in layouts if layout and _is_slide(layout))
    if slides and slides * 2 >= len(texts):  # a deck, not a wide figure in a book
        found = _with_slide_titles(found, layouts, body_size(layouts))
    elif not found:
        found = [(page, level, title_of(text)) for page, level, text in detected(layouts, limit=MAX_HEADINGS)]
    return _located(found[:MAX_HEADINGS], texts)


def title_of(text: str) -> str:
    """A heading's title: normalised, on one line, capped."""
    return " ".join(normalize_text(text[: MAX_TITLE * 4]).split())[:MAX_TITLE]


def has_outline(outline: list[Bookmark], pages: int) -> bool:
    """Whether the outline describes the document (then the type of its lines is not needed)."""
    return bool(_outlined(outline, pages))


def _outlined(outline: list[Bookmark], pages: int) -> list[Found]:
    """The outline's items, by page (stable: the author's order within a page); fewer than two
    items describe no document."""
    items = [(b.page, max(1, b.level), title_of(b.title)) for b in outline[:MAX_HEADINGS] if 1 <= b.page <= pages]
    items = [item for item in items if item[2]]
    return sorted(items, key=lambda item: item[0]) if len(items) >= 2 else []


# --- slides -------------------------------------------------------------------------------------


def _is_slide(layout: Layout) -> bool:
    """A landscape page, but not a sheet of paper turned (A4, Letter: a reference card, a table)."""
    ratio = layout.width / max(layout.height, 1.0)
    return ratio > 1.05 and not any(abs(ratio - paper) < 0.03 for paper in (2**0.5, 11 / 8.5))


def _with_slide_titles(outlined: list[Found], layouts: list[Layout | None], body: float) -> list[Found]:
    """Each slide's title (its largest text in its top third, larger than the body) as a heading
    under the outline's latest item, unless it repeats that item or the previous slide's title."""
    by_page: dict[int, list[Found]] = {}
    for item in outlined:
        by_page.setdefault(item[0], []).append(item)
    found, parent, latest = [], 0, ""
    for number, layout in enumerate(layouts, start=1):
        items = by_page.pop(number, [])
        found.extend(items)
        if items:
            parent, latest = items[-1][1], items[-1][2]
        title = _slide_title(layout, body) if layout and _is_slide(layout) else ""
        if title and _key(title) not in {_key(latest), *(_key(item[2]) for item in items)}:
            found.append((number, parent + 1, title))
            latest = title
    return found + [item for items in by_page.values() for item in items]


def _slide_title(layout: Layout, body: float) -> str:
    top = [line for line in layout.lines if line.top >= layout.height * 2 / 3 and has_letters(line)]
    best = max(top, key=lambda line: (line.size, line.top), default=None)
    if best is None or best.size < LARGER * body or len(best.text) > MAX_LINE:
        return ""
    below = [line for line in top if line.top < best.top and abs(line.size - best.size) < 0.1]
    second = max(below, key=lambda line: line.top, default=None)  # a title set on two lines
    if second and best.top - second.top <= 2 * best.size and abs(second.left - best.left) < best.size:
        return title_of(f"{best.text} {second.text}")
    return title_of(best.text)


# --- locating titles in the page text -----------------------------------------------------------

# Bullets, then numbering ("3.2", "IV.", "A", "Chapter 3"), which a title may have and its heading
# line not, or the other way round. Only ever matched against short slices.
_PREFIX = re.compile(
    r"[^\w\s]{0,3} ?(?:(?:chapter|part|section|appendix|kapitel|teil|anhang)\s+)?"
    r"(?:(?:\d{1,4}|[ivxlc]{1,6}|[a-z])(?:[.\-]\d{1,4}){0,6}[.):]?\s+)?",
    re.IGNORECASE,
)


def _key(title: str) -> str:
    """What a title is compared by: its letters and digits, case folded (quotes, dashes, ". . ."
    against "..." and spacing differ between outlines and text layers)."""
    return _NON_WORD.sub("", title.casefold())


def _keys(title: str) -> tuple[str, ...]:
    """A title's keys with and without what may be its numbering ("I" in "I just upgraded" may not be)."""
    full, core = _key(title), _key(title[_PREFIX.match(title[:64]).end() :])
    return (core, full) if core and core != full else (full,) if full else ()


_NON_WORD = re.compile(r"[\W_]+")
_WORD_CHAR = re.compile(r"[^\W_]")


def _located(found: list[Found], texts: list[str]) -> list[Heading]:
    """Headings with the offset of their line in the page text, searched from the previous heading on
    the page on, then before it. A page's searches read at most SEARCH_COST times its length."""
    out, page, cursor, budget = [], 0, 0, 0
    for number, level, title in found:
        if number != page:
            page, cursor, budget = number, 0, page_budget(texts[number - 1])
        offset, budget = locate(texts[number - 1], title, cursor=cursor, budget=budget)
        if offset >= 0:  # the next heading comes after this one's line, or before it (then found second)
            cursor = texts[number - 1].find("\n", offset) + 1 or len(texts[number - 1])
        out.append(Heading(page=number, level=level, title=title, offset=offset))
    return out


def page_budget(text: str) -> int:
    """What the searches for all of one page's headings may read together (`locate`)."""
    return SEARCH_COST * (len(text) + 256)


def locate(text: str, title: str, *, cursor: int, budget: int) -> tuple[int, int]:
    """Where the line that shows `title` starts in `text` (from `cursor` on, then before it), -1
    if none does; and the `budget` left. The line may spell it otherwise: numbered ("26 How
    do..."), with typographic quotes or ". . .", or wrapped onto a second line. The splitter
    (chat/services/ingestion/splitting.py) finds the same headings again in the cleaned text."""
    offset, budget = _exact(text, title, cursor, budget)
    if offset < 0:
        offset, budget = _find(text, _keys(title), cursor, budget)
    return offset, budget


def _exact(text: str, title: str, cursor: int, budget: int) -> tuple[int, int]:
    """The first line from `cursor` on that is exactly the title (the quick way, in C: detected
    headings are lines of the text); -1 if none. And the budget left."""
    while budget > 0:
        found = text.find(title, cursor)
        budget -= (found if found >= 0 else len(text)) - cursor + len(title)
        if found < 0:
            break
        end = found + len(title)
        if (found == 0 or text[found - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            return found, budget
        cursor = found + 1
    return -1, budget


def _find(text: str, wants: tuple[str, ...], cursor: int, budget: int) -> tuple[int, int]:
    """Where the first line that holds just the title starts (from `cursor` on, then before it),
    else the first line that starts with it; -1 if none. And the budget left."""
    span, starting = 3 * len(wants[-1]) + 48 if wants else 0, -1
    for position, end in ((cursor, len(text)), (0, cursor)) if wants else ():
        while position < end and budget > 0:
            if _begins(text[position : position + 32].casefold(), wants):  # most lines fail here
                budget -= span
                reads = _reads(text[position : position + span].casefold(), wants)
                if reads == 2:
                    return position, budget
                starting = position if reads == 1 and starting < 0 else starting
            newline = text.find("\n", position, end)
            budget -= 32 + (newline if newline >= 0 else end) - position
            position = newline + 1 if newline >= 0 else end
    return starting, budget


def _variants(window: str) -> tuple[str, ...]:
    """The window without what may be numbering, and as it is."""
    prefix = _PREFIX.match(window).end()
    return (window[prefix:], window) if prefix else (window,)


def _begins(head: str, wants: tuple[str, ...]) -> bool:
    """Whether the first letters of `head` (case folded) could start one of `wants`."""
    for variant in _variants(head):
        squeezed = _NON_WORD.sub("", variant)[:8]
        if squeezed and any(want[: len(squeezed)] == squeezed[: len(want)] for want in wants):
            return True
    return False


def _reads(window: str, wants: tuple[str, ...]) -> int:
    """2 if `window` (case folded) reads one of `wants` (its letters and digits) and then ends the
    line (but for punctuation), 1 if it reads one and then a word ends, else 0."""
    best = 0
    for variant in _variants(window):
        squeezed = _NON_WORD.sub("", variant)
        for want in wants:
            if squeezed.startswith(want):
                best = max(best, _ending(variant, len(want)))
    return best


def _ending(window: str, letters: int) -> int:
    """What follows the first `letters` letters and digits of `window`: 2 the end of the line (or
    punctuation only), 1 the end of a word, else 0."""
    seen = 0
    for index, char in enumerate(window):
        if char.isalnum():
            seen += 1
            if seen == letters:
                rest = window[index + 1 :].split("\n", 1)[0]
                return 2 if _WORD_CHAR.search(rest) is None else 0 if rest[:1].isalnum() else 1
    return 0
