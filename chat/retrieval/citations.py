"""Which page a passage is cited by: the one where the words a question matched stand.

A passage runs on across a page break when its paragraph does (services/ingestion/splitting.py),
and remembers where each later page begins in it (`Chunk.page_starts`). Citing it by the page it
starts on would send a reader to the foot of one page for an answer that stands on the next.
"""

from collections.abc import Sequence

from chat.text import tokenize


def cited_page(*, page: int, text: str, page_starts: Sequence[Sequence[int]], question: str, language: str) -> int:
    """The page a passage should be cited by for `question`: of the pages it spans, the one
    whose part holds most of the question's distinct terms (the earliest on a tie)."""
    if not page_starts:
        return page
    terms = set(tokenize(question, language=language))
    bounds = [(0, page), *((int(offset), int(number)) for offset, number in page_starts)]
    best_page, best_found = page, -1
    for index, (offset, number) in enumerate(bounds):
        end = bounds[index + 1][0] if index + 1 < len(bounds) else len(text)
        found = len(terms & set(tokenize(text[offset:end], language=language)))
        if found > best_found:
            best_page, best_found = number, found
    return best_page
