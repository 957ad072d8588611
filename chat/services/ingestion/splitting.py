"""Step 4, split: the cleaned pages into passages that follow the document's structure: the unit
that is indexed, retrieved and cited.

- **Sections.** The document's headings (chat/backends/pdf/structure.py: its outline, or its
  typography) cut its text into sections, and no passage straddles two. Each passage carries
  its heading path ("3 Basic Shell Features > 3.2 Shell Commands > Pipelines"): indexed and
  embedded with its text, and shown with its source.
- **Across page breaks.** Within a section the text flows on from page to page, as the reader
  reads it: a paragraph that starts at the foot of one page and ends on the next is one
  passage, not two halves that each match half a question. A passage remembers where each
  page begins in it (`page_starts`), so that an answer cites the page where the words a
  question matched stand (chat/retrieval/citations.py), not merely where the passage starts.
- **Slides.** Each slide's title is a heading (structure.py), so a slide is one passage (split
  only if it is longer than CHUNK_SIZE) under its title: neighbouring slides repeat each
  other's terms, and half a slide answers nothing.

- **Definition lists.** A list of options, variables or commands is cut at its items, each a
  passage under its term ("set > pipefail"; definitions.py).

Within a section, langchain's recursive splitter cuts passages of about CHUNK_SIZE characters
at paragraphs, then lines, then words.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from django.conf import settings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from chat.backends.pdf.structure import Heading, locate, page_budget
from chat.languages import DEFAULT, detect
from chat.services.ingestion import definitions

MAX_SECTION_CHARS = 300  # of a heading path: deep outlines and long titles are cut
PATH_SEPARATOR = " > "
MAX_HEADINGS_PER_PAGE = 60  # more "headings" than this on one page are not structure
PageStart = tuple[int, int]  # (offset in the passage's text, page number) where a later page begins


@dataclass(frozen=True)
class Piece:
    """A passage: where it starts, its text, its heading path, and where later pages begin in it."""

    page: int
    text: str
    section: str = ""
    page_starts: tuple[PageStart, ...] = ()
    language: str = DEFAULT  # its own, else its page's (chat/languages.py)


@dataclass
class _Section:
    path: str
    segments: list[tuple[int, str]]  # (page, text), in reading order


def split_document(
    *,
    pages: Sequence[str],
    headings: Sequence[Heading] = (),
    languages: Sequence[str] = (),
) -> list[Piece]:
    """The passages of a document whose cleaned page texts are `pages` (page 1 first; "" for a
    page not to index), cut at `headings`; `languages`: each page's (default: detected here,
    for the pages whose passages say no language of their own). Blank passages are dropped."""
    page_languages = dict(enumerate(languages, start=1))

    def language_of(piece: Piece) -> str:
        own = detect(piece.text, default="")
        if own:
            return own
        if piece.page not in page_languages:
            page_languages[piece.page] = detect(pages[piece.page - 1])
        return page_languages[piece.page]

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=settings.CHUNK_SIZE,
        chunk_overlap=settings.CHUNK_OVERLAP,
        strip_whitespace=True,
        add_start_index=True,
    )
    pieces: list[Piece] = []
    for section in _sections(pages, headings):
        pieces.extend(_split_section(section, splitter))
    return [replace(piece, language=language_of(piece)) for piece in pieces]


def _sections(pages: Sequence[str], headings: Sequence[Heading]) -> list[_Section]:
    by_page: dict[int, list[Heading]] = {}
    for heading in headings:
        by_page.setdefault(heading.page, []).append(heading)
    stack: list[tuple[int, str]] = []  # (level, title) of the headings above the current text
    sections = [_Section(path="", segments=[])]
    for number, text in enumerate(pages, start=1):
        cursor, search_from, budget = 0, 0, page_budget(text)
        for heading in by_page.get(number, [])[:MAX_HEADINGS_PER_PAGE]:
            # Found again in the cleaned text (running headers gone, offsets moved), spelt as the
            # page spells it; one not shown starts its section where the page's text goes on.
            at, budget = locate(text, heading.title, cursor=search_from, budget=budget)
            if at > cursor:
                sections[-1].segments.append((number, text[cursor:at]))
                cursor = at
            if at >= 0:
                search_from = max(search_from, text.find("\n", at) + 1 or len(text))
            while stack and stack[-1][0] >= heading.level:
                stack.pop()
            stack.append((heading.level, heading.title))
            sections.append(_Section(path=_path(stack), segments=[]))
        if text[cursor:].strip():
            sections[-1].segments.append((number, text[cursor:]))
    return [section for section in sections if section.segments]


def _path(stack: list[tuple[int, str]]) -> str:
    return PATH_SEPARATOR.join(title for _, title in stack)[:MAX_SECTION_CHARS]


def _split_section(section: _Section, splitter: RecursiveCharacterTextSplitter) -> list[Piece]:
    """The section's text as one flow (pages joined by a line break), cut into passages that
    know the page each of their characters stands on."""
    starts: list[PageStart] = []  # (offset in the section's text, page)
    parts: list[str] = []
    length = 0
    for page, text in section.segments:
        if not starts or starts[-1][1] != page:  # a new page: a line break, then its text
            if parts:
                parts.append("\n")
                length += 1
            starts.append((length, page))
        parts.append(text)
        length += len(text)
    flow = "".join(parts)
    pieces = []
    first = 0  # the index in `starts` of the page the last passage started on
    for segment_start, segment_end, term in definitions.segments(flow):
        path = f"{section.path}{PATH_SEPARATOR}{term}" if section.path and term else section.path or term
        for document in splitter.create_documents([flow[segment_start:segment_end]]):
            text = document.page_content
            begin = segment_start + document.metadata["start_index"]
            end = begin + len(text)
            while first + 1 < len(starts) and starts[first + 1][0] <= begin:
                first += 1
            later = []
            for offset, page in starts[first + 1 :]:
                if offset >= end:
                    break
                later.append((offset - begin, page))
            if text.strip():
                pieces.append(Piece(starts[first][1], text, path[:MAX_SECTION_CHARS], tuple(later)))
    return pieces
