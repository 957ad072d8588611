"""Whole-document clean-up of page texts: running headers and footers out, navigation pages marked.

Two things make extracted PDF text worse to search and to quote, and both only show when a
document is looked at as a whole:

- **Running headers and footers** ("BASH(1) General Commands Manual BASH(1)", "GNU Bash 5.2
  2022 September 19 73", "FAI Guide (Fully Automatic Installation) 6 / 33"): lines at the top
  or bottom of a page that repeat, up to their numbers, on many pages. Left in, they glue
  themselves to the sentences around them in chunks and quotes.
- **Navigation pages**: tables of contents and indexes, where most lines are a title or a
  term followed by a page number ("2.1 Compiling from source . . . . 7", "ALIASES, 120").
  They mention every topic and answer none, so they are kept out of the index.
"""

import re
from collections import Counter
from dataclasses import dataclass

EDGE_LINES = 2  # lines at each end of a page where running headers and footers live
MIN_REPEATS = 3
MIN_SHARE_OF_PAGES = 0.2
NAVIGATION_SHARE = 0.5  # of a page's lines
NAVIGATION_MIN_LINES = 8

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"(page\s*)?#(\s*(/|of)\s*#)?")  # "12", "page 3", "6 / 33" once blanked
_ROMAN_PAGE = re.compile(r"\b[ivxlc]{1,6}\b")
_LEADER_LINE = re.compile(r"(\.\s?){3,}\s*(\d{1,4}|[ivxlc]{1,6})$")
_INDEX_LINE = re.compile(r"^\S.{0,80}?,\s*\d{1,4}(\s*[,-]\s*\d{1,4})*$")
_TOC_LINE = re.compile(r"^([A-Z]|[IVX]+|\d+(\.\d+)*)\.?\s+\S.{0,100}\s(\d{1,4}|[ivxlc]{1,6})$")


@dataclass(frozen=True)
class CleanPage:
    text: str
    navigation: bool  # a table of contents or an index page: not to be indexed


def clean_pages(pages: list[str]) -> list[CleanPage]:
    running = [_pattern(shape) for shape in _running_lines(pages)]
    cleaned = []
    for text in pages:
        lines: list[str | None] = list(text.split("\n"))
        filled = [i for i, line in enumerate(lines) if line.strip()]  # blank lines keep the paragraphs
        for n, i in enumerate(filled):
            if n < EDGE_LINES or n >= len(filled) - EDGE_LINES:
                lines[i] = _without_running(lines[i], running, at_end=n >= len(filled) - EDGE_LINES) or None
        kept = "\n".join(line for line in lines if line is not None).strip()
        cleaned.append(CleanPage(text=kept, navigation=is_navigation(kept.split("\n"))))
    return cleaned


def _without_running(line: str, running: list[re.Pattern], *, at_end: bool) -> str:
    """The line without a running header or footer, also when extraction glued one onto it."""
    stripped = line.strip()
    if _PAGE_NUMBER.fullmatch(_shape(stripped)):
        return ""
    for pattern in running:
        if pattern.fullmatch(stripped):
            return ""
        glued = pattern.search(stripped) if at_end else pattern.match(stripped)
        if glued and (glued.end() == len(stripped) if at_end else glued.start() == 0):
            return (stripped[: glued.start()] if at_end else stripped[glued.end() :]).strip()
    return line


def _pattern(shape: str) -> re.Pattern:
    """A running line's shape back as a pattern: its numbers may be any numbers."""
    return re.compile(re.escape(shape).replace("\\#", r"(?:\d+|[ivxlc]{1,6})"), re.IGNORECASE)


def is_navigation(lines: list[str]) -> bool:
    """Most lines end in a page number the way contents and index entries do."""
    lines = [line.strip() for line in lines if line.strip()]
    entries = sum(1 for line in lines if _is_entry(line))
    return entries >= NAVIGATION_MIN_LINES and entries >= NAVIGATION_SHARE * len(lines)


def _is_entry(line: str) -> bool:
    return bool(_LEADER_LINE.search(line) or _INDEX_LINE.match(line) or _TOC_LINE.match(line))


def _shape(line: str) -> str:
    """A line with its numbers (page numbers, dates, versions) blanked out."""
    return _ROMAN_PAGE.sub("#", _DIGITS.sub("#", line.strip().lower()))


def _running_lines(pages: list[str]) -> set[str]:
    """Shapes of lines that open or close many pages."""
    counts: Counter[str] = Counter()
    for text in pages:
        lines = [line for line in text.split("\n") if line.strip()]
        edges = {_shape(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
        counts.update(shape for shape in edges if len(shape) > 1)
    threshold = max(MIN_REPEATS, MIN_SHARE_OF_PAGES * len(pages))
    return {shape for shape, count in counts.items() if count >= threshold}
