"""Text handling stays linear in its input (issue 17): whatever a user types or a PDF holds.

- Properties (Hypothesis) over adversarial strings: the rewritten functions agree with slow,
  obviously correct references, and never raise.
- Time per character, from 1k characters to 1M, on inputs built to hit each function's worst
  case: a quadratic function grows about 1000x over that range, a linear one stays flat.
- The crafted 5-page PDF whose running line made the old header regex backtrack for hours.
"""

import gc
import multiprocessing
import re
import signal
import time
import unicodedata
from collections.abc import Callable
from contextlib import contextmanager

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from chat.backends.llm import Passage
from chat.backends.llm.extractive import ExtractiveChatModel, split_sentences
from chat.backends.pdf import normalize_text
from chat.backends.pdf.pdfium import PdfiumText
from chat.backends.pdf.structure import Heading
from chat.retrieval.followups import combined_query
from chat.retrieval.terms import index_terms
from chat.retrieval.unknown_words import unknown_rare_words
from chat.services.answering import snippet
from chat.services.ingestion.cleaning import clean_pages, is_navigation
from chat.text import MAX_NON_STARTERS, capitalised_words, katakana_words, nfkc, question_words, tokenize
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import crafted_running_line_pdf

PROPERTIES = settings(max_examples=150, deadline=None)

# Pieces that hit the patterns' edges: sentence ends, capitals, numbers and roman numerals, dot
# leaders, CJK and katakana, combining marks, whitespace of every kind.
FRAGMENTS = [
    *["Rust", "Visual", "Code", "A", "Ab", "AB", "aB", "Ok1", "the", "x", "_", "é", "É", "İ", "Σ", "ß"],
    *[".", "!", "?", ":", ";", ",", "'", '"', "(", ")", "-", "/", "$?", "e.g.", "i.e.", "...", ". . ."],
    *["1", "12", "1i", "iv", "IV", "xii", "page", "of", "#", "\u0663"],
    *[" ", "  ", "\n", "\n\n", "\t", "\r", "\u00a0", "\u3000", "\u2028", "\u00ad", "\ufffe"],
    *["日本語", "の", "。", "プリンター", "\uff8c\uff9f", "\u0301", "\u0316", "\u0f73", "\ufb01"],
]
adversarial = st.one_of(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join), st.text(max_size=80))
MARKS = "\u0301\u0316\u0334\u0345\u05b0\u0f73\uff9e\U0001d165"
mark_runs = st.lists(st.sampled_from(["a", " ", *MARKS]), max_size=120).map("".join)


# --- Properties ----------------------------------------------------------------------------


def capitalised_reference(query: str) -> list[str]:
    """Slow and plain: a capitalised word is a name unless only spaces or a sentence end come before it."""
    text = unicodedata.normalize("NFKC", query)
    names = []
    for match in re.finditer(r"\b[A-Z][a-z][A-Za-z0-9]*\b", text):
        before = text[: match.start()].rstrip()
        if before and before[-1] not in ".!?:;\"'(¿¡":
            names.append(match.group().lower())
    return list(dict.fromkeys(names))


@PROPERTIES
@given(adversarial)
def test_capitalised_words_are_the_names_a_plain_reading_finds(query):
    assert capitalised_words(query) == capitalised_reference(query)


def test_capitalised_words_in_sentences():
    query = 'How do I use Rust with Visual Studio Code? Python is fine. (Maybe) "Quoted" x Cargo.'
    assert capitalised_words(query) == ["rust", "visual", "studio", "code", "cargo"]
    assert capitalised_words("  Leading spaces start a Sentence") == ["sentence"]


def stream_safe_reference(text: str) -> str:
    """Characters NFKD turns into combining marks, beyond MAX_NON_STARTERS in a row, dropped."""
    kept, run = [], 0
    for char in text:
        run = run + 1 if unicodedata.combining(unicodedata.normalize("NFKD", char)[:1] or " ") else 0
        if run <= MAX_NON_STARTERS:
            kept.append(char)
    return "".join(kept)


@PROPERTIES
@given(st.one_of(adversarial, mark_runs))
def test_nfkc_is_unicode_nfkc_with_piles_of_marks_cut(text):
    assert nfkc(text) == unicodedata.normalize("NFKC", stream_safe_reference(text))


def test_nfkc_cuts_a_pile_of_marks_to_the_stream_safe_limit():
    assert nfkc("a" + "\u0316" * 1000) == "a" + "\u0316" * MAX_NON_STARTERS
    assert nfkc("e\u0301x") == "\u00e9x" == unicodedata.normalize("NFKC", "e\u0301x")


def test_every_combining_mark_is_in_planes_0_and_1():
    """What nfkc's character class assumes (it reads only those planes, to load fast)."""
    assert not any(unicodedata.combining(chr(n)) for n in range(0x20000, 0x110000))


def normalize_reference(text: str) -> str:
    """normalize_text as it was: plain NFKC, and blank lines found by a backtracking pattern."""
    text = re.sub(r"[\ufffe\u00ad]\s*", "", text)
    text = re.sub(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]", " ", text)
    table = str.maketrans({"\u2212": "-", "\u02dc": "~", "\u2010": "-", "\u2011": "-", "\u00a0": " "})
    text = unicodedata.normalize("NFKC", text.translate(table)).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.strip() for line in re.sub(r"[ \t\f\v]+", " ", text).split("\n"))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


@PROPERTIES
@given(adversarial)
def test_normalize_text_is_unchanged_on_ordinary_text(text):
    joined = re.sub(r"[\ufffe\u00ad]\s*", "", text)
    assume(stream_safe_reference(joined) == joined)  # no pile of marks: those nfkc cuts
    assert normalize_text(text) == normalize_reference(text)


@PROPERTIES
@given(st.lists(adversarial, max_size=8))
def test_page_cleanup_never_raises(pages):
    for page in clean_pages(pages):
        assert isinstance(page.text, str)
    is_navigation([line for page in pages for line in page.split("\n")])


@PROPERTIES
@given(adversarial, adversarial)
def test_answering_text_never_raises(question, text):
    tokenize(text)
    question_words(text)
    katakana_words(text)
    assert all(sentence.strip() for sentence in split_sentences(text))
    passages = [Passage(document_id="d", title="t", page=1, text=text or ".", score=1.0)]
    assert ExtractiveChatModel().answer(question=question, passages=passages)
    assert len(snippet(text, question=question, size=20)) <= 22
    unknown_rare_words(question, known=lambda token: token == "rust")
    index_terms(tokenize(text), prefix="u1")
    assert len(combined_query(question=question, previous_query=text)) <= 600


# --- Time per character --------------------------------------------------------------------

SMALL = 1_000
MAX_GROWTH = 10  # per-character time, biggest input over the smallest; quadratic grows ~1000x on 1k..1M
MAX_WAIT = 30.0  # seconds before a biggest input counts as too slow (the linear ones take about 1 s)
# Below a few nanoseconds a character, what is timed is copying memory, which slows down once the
# input leaves the caches: per-character times start from this floor.
FLOOR = 10e-9


def pages_of(text: str, size: int = 2_000) -> list[str]:
    """`text` cut into pages of `size` characters (lines intact)."""
    return [text[start : start + size] for start in range(0, len(text), size)]


def passages_of(text: str) -> list[Passage]:
    fifth = len(text) // 5 + 1
    return [
        Passage(document_id="d", title="t", page=n, text=text[n * fifth : (n + 1) * fifth] or ".", score=1.0)
        for n in range(5)
    ]


def repeat(piece: str) -> Callable[[int], str]:
    return lambda size: (piece * (size // len(piece) + 1))[:size]


def distinct_terms(size: int) -> str:
    """Many distinct words in many sentences: quadratic for anything that pairs terms and sentences."""
    return " ".join(f"Term{n}." for n in range(size // 7))[:size]


# One run of marks out of canonical order, on one letter: CPython's NFKC sorts it in quadratic time.
def marks(size: int) -> str:
    return ("a" + "\u0301\u0316" * size)[:size]


def half_width_marks(size: int) -> str:
    return ("a" + "\uff9e\u0334" * size)[:size]  # U+FF9E only becomes a mark in NFKD


prose = repeat("The Quick brown Fox uses Visual Studio Code. Over the Lazy dog! See e.g. Bash 5.2 and $? here.\n")
dots = repeat(". ")


def answer(text: str) -> str:
    """The extractive answer to a long question over long passages (once quadratic: it paired them up)."""
    return ExtractiveChatModel().answer(question=text, passages=passages_of(text))


def unknown(text: str) -> list[str]:
    return unknown_rare_words(text, known=lambda token: token in {"rust", "term1"})


def headings_every(text: str, step: int) -> list[Heading]:
    """A heading found every `step` characters of the first page (a hostile outline)."""
    return [Heading(page=1, level=1, title="word", offset=offset) for offset in range(0, len(text), step)]


# name: (function, input of n characters, biggest n). 300k where a function costs about 1 us a
# character (the answer, the cleanup's Python work per number, a wordfreq look-up per word).
CASES = {
    "tokenize/prose": (tokenize, prose, 1_000_000),
    "tokenize/cjk": (tokenize, repeat("日本語の文章はプリンターで。"), 1_000_000),
    "tokenize/identifiers": (tokenize, repeat("a.b-c_"), 1_000_000),
    "tokenize/marks": (tokenize, marks, 1_000_000),
    "question_words/identifiers": (question_words, repeat("a.b-c_"), 1_000_000),
    "question_words/marks": (question_words, half_width_marks, 1_000_000),
    "capitalised_words/capitals": (capitalised_words, repeat("Aa "), 1_000_000),
    "capitalised_words/sentences": (capitalised_words, repeat("Aa. "), 1_000_000),
    "capitalised_words/prose": (capitalised_words, prose, 1_000_000),
    "katakana_words/katakana": (katakana_words, repeat("プリンター"), 1_000_000),
    "katakana_words/marks": (katakana_words, marks, 1_000_000),
    "split_sentences/dots": (split_sentences, dots, 1_000_000),
    "split_sentences/abbreviations": (split_sentences, repeat("e.g. $? i.e. \n"), 1_000_000),
    "split_sentences/one_line": (split_sentences, repeat("word "), 1_000_000),
    "answer/distinct_terms": (answer, distinct_terms, 300_000),
    "answer/dots": (answer, dots, 300_000),
    "clean_pages/one_line_of_numbers": (lambda text: clean_pages([text] * 5), repeat("1i"), 300_000),
    "clean_pages/digits_glued": (lambda text: clean_pages([text, text + "z"] * 3), repeat("1"), 300_000),
    "clean_pages/running_numbers": (
        lambda text: clean_pages(pages_of(text)),
        repeat("1i" * 20 + "1\nSome body text of the page.\n"),
        1_000_000,
    ),
    "clean_pages/headings_on_one_line": (
        lambda text: clean_pages([text] * 5, headings=headings_every(text, 7)),
        repeat("word "),
        300_000,
    ),
    "clean_pages/a_heading_a_line": (
        lambda text: clean_pages([text] * 5, headings=headings_every(text, 5)),
        repeat("1 a\n"),
        300_000,
    ),
    "is_navigation/one_leader_line": (lambda text: is_navigation([text] * 10), dots, 1_000_000),
    "is_navigation/leader_lines": (lambda text: is_navigation(text.split("\n")), repeat("x . . . . 12\n"), 1_000_000),
    "is_navigation/index_line": (lambda text: is_navigation([text] * 10), repeat("a, 1, 2-3"), 1_000_000),
    "unknown_rare_words/capitals": (unknown, repeat("Aa "), 1_000_000),
    "unknown_rare_words/prose": (unknown, prose, 1_000_000),
    "unknown_rare_words/distinct_terms": (unknown, distinct_terms, 300_000),
    "unknown_rare_words/katakana": (unknown, repeat("プリンタ"), 1_000_000),
    "unknown_rare_words/camel_case": (unknown, repeat("aB"), 1_000_000),
    "unknown_rare_words/prefixed": (
        unknown,
        lambda size: " ".join(f"resubunderx{n}" for n in range(size // 16)),
        300_000,
    ),
    "snippet/lines": (lambda text: snippet(text, question=text), repeat("word\n"), 1_000_000),
    "snippet/distinct_terms": (lambda text: snippet(text, question=text), distinct_terms, 1_000_000),
    "normalize_text/marks": (normalize_text, marks, 1_000_000),
    "normalize_text/half_width_marks": (normalize_text, half_width_marks, 1_000_000),
    "normalize_text/blank_lines": (normalize_text, repeat("\n \t\n\u00ad "), 1_000_000),
    "followups/combined_query": (lambda text: combined_query(question=text, previous_query=text), prose, 1_000_000),
    "terms/index_terms": (lambda text: index_terms(text.split(), prefix="u7"), repeat("a.b 日本 "), 1_000_000),
}


def seconds_per_char(function: Callable, text: str, *, batches: int = 3, min_batch: float = 0.02) -> float:
    """The best CPU time per character over a few batches of calls, each batch long enough to time.
    CPU time, not wall time: other processes on a busy machine do not count."""
    calls, best = 1, float("inf")
    while True:
        start = time.process_time()
        for _ in range(calls):
            function(text)
        elapsed = time.process_time() - start
        if elapsed >= min_batch:
            break
        calls *= 2
    for _ in range(batches):
        start = time.process_time()
        for _ in range(calls):
            function(text)
        best = min(best, (time.process_time() - start) / calls)
    return best / len(text)


def _time_in_child(function: Callable, text: str, connection) -> None:
    gc.disable()
    start = time.process_time()
    function(text)
    connection.send((time.process_time() - start) / len(text))


def seconds_per_char_within(function: Callable, text: str, *, limit: float) -> float | None:
    """One call's CPU time per character, in a forked process killed after `limit` seconds (None):
    CPython's NFKC and other C loops cannot be interrupted otherwise."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_time_in_child, args=(function, text, sender))
    process.start()
    sender.close()
    try:
        return receiver.recv() if receiver.poll(limit) else None
    finally:
        process.kill()
        process.join()


@pytest.mark.parametrize("case", CASES)
def test_time_per_character_stays_flat(case):
    function, build, biggest = CASES[case]
    function(build(SMALL))  # warm up: imports, compiled patterns, wordfreq's tables
    gc.disable()
    try:
        small = seconds_per_char(function, build(SMALL))
    finally:
        gc.enable()
    big_text = build(biggest)
    allowed = MAX_GROWTH * max(small, FLOOR)
    limit = min(MAX_WAIT, max(3.0, 2 * allowed * biggest))
    big = seconds_per_char_within(function, big_text, limit=limit)
    if big is not None and big > allowed:  # a second try, should the machine have been busy
        big = seconds_per_char_within(function, big_text, limit=limit)
    assert big is not None, f"{case}: {biggest:,} characters took over {limit:.1f} s ({small * 1e9:.0f} ns/char at 1k)"
    assert big <= allowed, f"{case}: {big * 1e9:.0f} ns/char at {biggest:,} characters, {small * 1e9:.0f} at 1k"


# --- The crafted PDF -----------------------------------------------------------------------


class TookTooLong(BaseException):
    """Raised by an alarm; a BaseException, so that no `except Exception` on the way swallows it."""


@contextmanager
def time_limit(seconds: float):
    """Interrupt the block after `seconds` (the regex engine checks for signals while it backtracks)."""

    def interrupt(signum, frame):
        raise TookTooLong(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pdf_pages(path) -> list[str]:
    pdf = PdfiumText().open(path)
    try:
        return list(pdf.pages())
    finally:
        pdf.close()


def test_the_crafted_running_line_is_cleaned_in_no_time(tmp_path):
    pages = pdf_pages(crafted_running_line_pdf(tmp_path / "crafted.pdf", k=20))
    assert [page.split("\n")[0] for page in pages] == ["1i" * 20 + "1"] * 4 + ["1" * 42 + "z"]
    start = time.perf_counter()
    with time_limit(10):
        cleaned = clean_pages(pages)
    assert time.perf_counter() - start < 2
    assert [page.text.split("\n")[0][:10] for page in cleaned[:4]] == [f"Section {n} " for n in range(1, 5)]
    assert cleaned[4].text == "1" * 42 + "z"  # alike in shape only up to its numbers: not a running line


@pytest.mark.django_db
def test_the_crafted_pdf_is_ingested_within_seconds(media_root, tmp_path):
    from chat.models import Document

    path = crafted_running_line_pdf(tmp_path / "crafted.pdf", k=20)
    start = time.perf_counter()
    with time_limit(30):
        document = ingest_inline(path)
    assert time.perf_counter() - start < 10
    assert document.status == Document.Status.READY, document.error  # page 5 and the bodies are its text
