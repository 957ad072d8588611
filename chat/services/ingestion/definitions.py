"""Definition lists: a term, then its description, as manuals list options, variables and commands.

    pipefail If set, the return value of a pipeline is the value of the last (rightmost)
    command to exit with a non-zero status, ...
    HISTSIZE
    The number of commands to remember in the command history ...

A question that describes what it wants in everyday words ("make a pipeline fail when any
command fails") matches the description, but in a passage that holds a dozen other items
those words are few among many, and a page that merely uses them wins. So a list is cut at
its items (splitting.py): an item is a passage of its own, the term heading it, and its
heading path ends with the term ("SHELL BUILTIN COMMANDS > pipefail"), so the term is indexed
with its description even where a long item is split. Items shorter than MIN_ITEM_CHARS
share a passage with the short ones next to them ("nounset Same as -u.").

An item starts on a line that begins with a term shaped like one (an option "-e" or
"--login", a lowercase identifier "pipefail", "user.mime_type", a name in capitals "HISTSIZE")
followed by a description that starts with a capital letter, on the same line or alone on the
next. Ordinary sentences start with a capitalised word, and a description's continuation lines
with a lowercase word followed by more lowercase text, so neither reads as an item. A section
with fewer than MIN_ITEMS items has no list. Each line is read once and only its first
MAX_TERM_CHARS characters by the pattern: linear in the text.
"""

import re
from dataclasses import dataclass

MIN_ITEMS = 3
MIN_ITEM_CHARS = 200
MAX_TERM_CHARS = 40
_TERM = re.compile(
    r"--?[A-Za-z0-9][\w\-=\[\]]{0,38}"  # an option
    r"|[a-z_$](?:[\w.\-$]{0,38}[\w$])?"  # an identifier: pipefail, user.mime_type, $HOME
    r"|[A-Z][A-Z0-9_]{1,38}"  # a name in capitals: HISTSIZE
)


@dataclass(frozen=True)
class Item:
    start: int  # offset of its first line in the text
    term: str


def items(text: str) -> list[Item]:
    """The definition items of `text` (a section's flow), in order; [] if it holds no list."""
    found: list[Item] = []
    lines = text.split("\n")
    offset = 0
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        term = _term_of(line, following)
        if term:
            found.append(Item(start=offset, term=term))
        offset += len(line) + 1
    return found if len(found) >= MIN_ITEMS else []


def _term_of(line: str, following: str) -> str | None:
    """The term the line starts an item with, if it does."""
    match = _TERM.match(line[: MAX_TERM_CHARS + 2])
    if match is None:
        return None
    rest = line[match.end() :]
    if not rest.strip():  # the term alone on its line: the description follows on the next
        return match.group() if following[:1].isupper() else None
    if rest[0] == " " and rest[1:2].isupper():
        return match.group()
    return None


def segments(text: str) -> list[tuple[int, int, str]]:
    """`text` cut into (start, end, term): the stretch before the list (term ""), then each
    item, or run of short items (the first one's term), up to the next."""
    found = items(text)
    if not found:
        return [(0, len(text), "")]
    cuts = [(0, "")] if found[0].start > 0 else []
    group: tuple[int, str] | None = None  # where the open run of short items starts, its term
    for index, item in enumerate(found):
        end = found[index + 1].start if index + 1 < len(found) else len(text)
        if end - item.start >= MIN_ITEM_CHARS:  # a long item stands alone
            if group is not None:
                cuts.append(group)
                group = None
            cuts.append((item.start, item.term))
            continue
        group = group or (item.start, item.term)
        if end - group[0] >= MIN_ITEM_CHARS:
            cuts.append(group)
            group = None
    if group is not None:
        cuts.append(group)
    bounds = [start for start, _ in cuts] + [len(text)]
    return [(start, bounds[i + 1], term) for i, (start, term) in enumerate(cuts) if bounds[i + 1] > start]
