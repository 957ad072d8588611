"""Step 4, split: clean page texts into chunks of about CHUNK_SIZE characters, the unit that is
indexed, retrieved and cited. langchain's recursive splitter breaks at paragraphs, then lines,
then words; a chunk never spans two pages, so every chunk cites exactly one page."""

from collections.abc import Iterable

from django.conf import settings
from langchain_text_splitters import RecursiveCharacterTextSplitter


def split_pages(pages: Iterable[str]) -> Iterable[tuple[int, str]]:
    """(page number, chunk text) pairs, page 1 first; blank pieces are dropped."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=settings.CHUNK_SIZE, chunk_overlap=settings.CHUNK_OVERLAP, strip_whitespace=True
    )
    for page_number, text in enumerate(pages, start=1):
        for piece in splitter.split_text(text):
            if piece.strip():
                yield page_number, piece
