"""Whole-document clean-up of page texts: running headers and footers out, navigation pages marked.

Two things make extracted PDF text worse to search and to quote, and both only show when a
document is looked at as a whole:

- **Running headers and footers** ("BASH(1) General Commands Manual BASH(1)", "GNU Bash 5.2
  2022 September 19 73", "FAI Guide (Fully Automatic Installation) 6 / 33"): lines at the top
  or bottom of a page that repeat, up to their numbers, on many pages. Left in, they glue
  themselves to the sentences around them in chunks and quotes. A book's running line often
  names its chapter ("58 Kapitel 5. Pakete verwalten", "4.4 The GNU Prolog compiler 21"), so it
  repeats only over that chapter's pages: a line with a number that stands at the edge of
  LOCAL_RUN pages in a row (every page, or every other one where odd and even pages differ)
  is one too. A line the document's structure shows as a heading (structure.py) never is: a
  man page's "NAME", an experiment's "5.2.3 Discussion", a slide's title.
- **Navigation pages**: tables of contents and indexes, where most lines are a title or a
  term followed by a page number ("2.1 Compiling from source . . . . 7", "ALIASES, 120").
  They mention every topic and answer none, so they are kept out of the index.
"""

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chat.backends.pdf.structure import Heading

EDGE_LINES = 2  # lines at each end of a page where running headers and footers live
MIN_REPEATS = 3
MIN_SHARE_OF_PAGES = 0.2
LOCAL_RUN = 4  # pages in a row that a chapter's running line (with a number) opens or closes
LOCAL_GAP = 2  # "in a row": at most this many pages apart (odd and even pages may differ)
NAVIGATION_SHARE = 0.5  # of a page's lines
NAVIGATION_MIN_LINES = 8
# Every check below looks at a bounded stretch of a line, so a page of one long line costs what its length does.
MAX_ENTRY_CHARS = 300  # a contents or index entry is short: a longer line is prose
LEADER_TAIL_CHARS = 80  # where a dot leader and its page number end an entry
MAX_PAGE_NUMBER_CHARS = 40  # "page 12 of 345", once blanked, is far shorter

# What a shape blanks to '#': a number, or a roman numeral standing as a word of its own
# (digits count as word boundaries: they are blanked too). One quantifier each, bounded or
# over a single class: no backtracking.
_LINE_BREAK = re.compile("\n")
_NUMBER = re.compile(r"\d+|(?<![^\W\d])[ivxlc]{1,6}(?![^\W\d])")
_PAGE_NUMBER = re.compile(r"(page\s*)?#(\s*(/|of)\s*#)?")  # "12", "page 3", "6 / 33" once blanked
_LEADER_LINE = re.compile(r"\.(\s?\.){2,}\s*(\d{1,4}|[ivxlc]{1,6})$")  # ". . . 12": 3 dots or more
_INDEX_LINE = re.compile(r"^\S.{0,80}?,\s*\d{1,4}(\s*[,-]\s*\d{1,4})*$")
_TOC_LINE = re.compile(r"^([A-Z]|[IVX]+|\d+(\.\d+)*)\.?\s+\S.{0,100}\s(\d{1,4}|[ivxlc]{1,6})$")


@dataclass(frozen=True)
class CleanPage:
    text: str
    navigation: bool  # a table of contents or an index page: not to be indexed


@dataclass(frozen=True)
class Shape:
    """A line with its numbers (page numbers, dates, versions) blanked to '#', lowercased.

    `origins[i]` is where character i of `text` comes from in the line: where to cut a running
    line off a line that extraction glued it to.
    """

    text: str
    origins: list[int]


def clean_pages(pages: list[str], *, headings: Iterable[Heading] = ()) -> list[CleanPage]:
    """The pages without their running lines, and which are navigation. `headings` (the
    document's structure, found in these texts) are never taken for running lines."""
    found = _running_lines(pages) - _heading_shapes(pages, headings)
    running = sorted(found, key=lambda shape: (-len(shape), shape))  # the longest match first
    cleaned = []
    for text in pages:
        lines: list[str | None] = list(text.split("\n"))
        filled = [i for i, line in enumerate(lines) if line.strip()]  # blank lines keep the paragraphs
        for n, i in enumerate(filled):
            at_start, at_end = n < EDGE_LINES, n >= len(filled) - EDGE_LINES  # both on a short page
            if at_start or at_end:
                lines[i] = _without_running(lines[i], running, at_start=at_start, at_end=at_end) or None
        kept = "\n".join(line for line in lines if line is not None).strip()
        cleaned.append(CleanPage(text=kept, navigation=is_navigation(kept.split("\n"))))
    return cleaned


def _without_running(line: str, running: Sequence[str], *, at_start: bool, at_end: bool) -> str:
    """The line without a running header or footer, also when extraction glued one onto it:
    a header to the start of the page's first text, a footer to the end of its last."""
    stripped = line.strip()
    shape = _shape(stripped)
    if _is_page_number(shape.text) or shape.text in running:
        return ""
    for running_shape in running:
        if at_start and shape.text.startswith(running_shape):
            return stripped[shape.origins[len(running_shape)] :].strip()
        if at_end and shape.text.endswith(running_shape):
            return stripped[: shape.origins[len(shape.text) - len(running_shape)]].strip()
    return line


def _is_page_number(shape: str) -> bool:
    return len(shape) <= MAX_PAGE_NUMBER_CHARS and bool(_PAGE_NUMBER.fullmatch(shape))


def is_navigation(lines: list[str]) -> bool:
    """Most lines end in a page number the way contents and index entries do."""
    lines = [line.strip() for line in lines if line.strip()]
    entries = sum(1 for line in lines if _is_entry(line))
    return entries >= NAVIGATION_MIN_LINES and entries >= NAVIGATION_SHARE * len(lines)


def _is_entry(line: str) -> bool:
    if len(line) > MAX_ENTRY_CHARS:
        return False
    return bool(_LEADER_LINE.search(line[-LEADER_TAIL_CHARS:]) or _INDEX_LINE.match(line) or _TOC_LINE.match(line))


def _shape(line: str) -> Shape:
    """The line's shape, in one pass: what repeats on many pages up to its numbers.

    The same function finds the running lines and matches them, so the two always agree.
    """
    lowered, lowered_origins = _lowered(line.strip())
    text: list[str] = []
    origins: list[int] = []
    position = 0
    for number in _NUMBER.finditer(lowered):
        text += [lowered[position : number.start()], "#"]
        origins += range(position, number.start() + 1)  # the '#' comes from the number's first character
        position = number.end()
    text.append(lowered[position:])
    origins += range(position, len(lowered))
    if lowered_origins is not None:
        origins = [lowered_origins[i] for i in origins]
    return Shape(text="".join(text), origins=origins)


def _lowered(line: str) -> tuple[str, list[int] | None]:
    """The line lowercased, and where each character comes from if that is not 1:1 ('İ' has two)."""
    lowered = line.lower()
    if len(lowered) == len(line):
        return lowered, None
    return lowered, [index for index, char in enumerate(line) for _ in char.lower()]


def _running_lines(pages: list[str]) -> set[str]:
    """Shapes of lines that open or close many pages, or (with a number) LOCAL_RUN pages in a row."""
    counts: Counter[str] = Counter()
    last_seen: dict[str, int] = {}  # shape: the last page it was an edge line of
    in_a_row: Counter[str] = Counter()  # shape: how many pages in a row, up to its last
    local: set[str] = set()
    for number, text in enumerate(pages):
        lines = [line for line in text.split("\n") if line.strip()]
        edges = {_shape(line).text for line in set(lines[:EDGE_LINES] + lines[-EDGE_LINES:])}
        for shape in edges:
            if len(shape) <= 1:
                continue
            counts[shape] += 1
            if "#" in shape:
                close = number - last_seen.get(shape, -LOCAL_GAP - 1) <= LOCAL_GAP
                in_a_row[shape] = in_a_row[shape] + 1 if close else 1
                last_seen[shape] = number
                if in_a_row[shape] >= LOCAL_RUN:
                    local.add(shape)
    threshold = max(MIN_REPEATS, MIN_SHARE_OF_PAGES * len(pages))
    return {shape for shape, count in counts.items() if count >= threshold} | local


def _heading_shapes(pages: list[str], headings: Iterable[Heading]) -> set[str]:
    """Shapes of the lines the headings were found on: each line shaped once, however many
    headings stand on it, so the work is bounded by the pages' length."""
    lines: set[tuple[int, int]] = set()  # (page index, where the line starts)
    starts_of: dict[int, list[int]] = {}  # page index: where its lines start
    for heading in headings:
        index = heading.page - 1
        if heading.offset < 0 or not 0 <= index < len(pages):
            continue
        if index not in starts_of:
            starts_of[index] = [0, *(match.end() for match in _LINE_BREAK.finditer(pages[index]))]
        starts = starts_of[index]
        lines.add((index, starts[bisect_right(starts, heading.offset) - 1]))
    shapes = set()
    for index, start in lines:
        end = pages[index].find("\n", start)
        shapes.add(_shape(pages[index][start : end if end >= 0 else None]).text)
    return shapes
