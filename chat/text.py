"""The project's tokenizer: one definition of a "term" for indexing, queries, snippets and answers.

Both search engines index text this module has already tokenized (see `terms.py`), so
SQLite and PostgreSQL see exactly the same terms: CJK bigrams, Snowball stems, identifiers
and operators, none of which their own parsers would produce.
"""

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import Stemmer

from chat.languages import DEFAULT, LANGUAGE_NAMES
from chat.stemmers import STEMMERS

# CJK scripts (NFKC has already made half-width katakana full-width).
_HAN = "\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HIRA = "\u3041-\u309f"
_KATA = "\u30a1-\u30fa\u30fc-\u30ff"
_HANGUL = "\uac00-\ud7af"
_CJK_RUN = re.compile(f"[{_HAN}{_HIRA}{_KATA}{_HANGUL}]+")
_SCRIPT_RUN = re.compile(f"[{_HAN}]+|[{_KATA}]+|[{_HIRA}]+|[{_HANGUL}]+")
_HIRA_ONLY = re.compile(f"^[{_HIRA}]+$")
# Identifiers such as user.mime_type or x-scheme-handler are kept whole, and in parts. Words are
# letters and digits of any script ("configuración", "Änderung"), not only [a-z0-9].
_COMPOUND = re.compile(r"[^\W_]+(?:[_.\-/][^\W_]+)*")
_WORD = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Operators that manuals define and users type: ':-', '=~', '&&', '>>', ...
_SYMBOLS = r"-:=~&|*<>!$#%^+?@\\"
_OPERATOR = re.compile(f"(?<![{_SYMBOLS}])[{_SYMBOLS}]{{2,3}}(?![{_SYMBOLS}])")

# Whole words of a question, for the unknown-word check (identifiers such as node.js included).
_QUESTION_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[.+\-_][^\W_]+)*")
# A capitalised word inside a sentence ("Rust", "Visual Studio Code"): how English writes names.
# One scan finds the words and every other non-space character (runs without capitals at once), so
# what precedes a word is known without looking back.
_CAPITALISED_SCAN = re.compile(r"(?P<word>\b[A-Z][a-z][A-Za-z0-9]*\b)|[^\sA-Z]+|\S")
_SENTENCE_START_AFTER = frozenset(".!?:;\"'(¿¡")  # a capitalised word after these starts a sentence
# Katakana words of three or more characters: in Japanese mostly loanword nouns, i.e. topics.
_KATAKANA_WORD = re.compile(f"[{_KATA}]{{3,}}")

# Function words only: content words that matter in technical questions stay.
STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does doing for from had has have
    having he her here hers him his how i if in into is it its itself just me my myself of on or
    our ours she should so some such than that the their theirs them then there these they this
    those to too us very was we were what when where which while who whom why will with would you
    your yours want wants get gets use using used make makes""".split()
)


# Unicode's stream-safe limit: no real text stacks more combining marks on one letter. CPython's
# NFKC sorts a run of marks in quadratic time, so longer runs ("Zalgo" text) are cut to this.
MAX_NON_STARTERS = 30


def _non_starters() -> list[int]:
    """Characters that NFKC can reorder: combining marks, and the few that decompose into one.

    Planes 0 and 1 hold every combining mark (the others hold ideographs, tags and private use).
    """
    marks = {n for n in range(0x20000) if unicodedata.combining(chr(n))}
    return sorted(marks | {0x0F73, 0x0F75, 0x0F81, 0xFF9E, 0xFF9F})  # not marks, but NFKD makes them ones


def _char_class(codes: list[int]) -> str:
    """The code points (sorted) as the ranges of a regex character class."""
    ranges: list[list[int]] = []
    for n in codes:
        if ranges and ranges[-1][1] == n - 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    return "".join(f"{chr(first)}-{chr(last)}" for first, last in ranges)


_NON_STARTERS = _non_starters()
_NON_STARTER_RUN = re.compile(f"[{_char_class(_NON_STARTERS)}]{{{MAX_NON_STARTERS + 1},}}")
# A superset the regex engine tests several times faster (a BMP class becomes a bitmap): only
# text where it finds a run is searched exactly.
_MAYBE_NON_STARTER_RUN = re.compile(
    f"[{_char_class([n for n in _NON_STARTERS if n < 0x10000])}\U00010000-\U0001ffff]{{{MAX_NON_STARTERS + 1},}}"
)


def nfkc(text: str) -> str:
    """NFKC in linear time: `unicodedata.normalize("NFKC", text)`, with runs of more than
    MAX_NON_STARTERS combining marks cut to that many first."""
    if not text.isascii() and _MAYBE_NON_STARTER_RUN.search(text):
        text = _NON_STARTER_RUN.sub(lambda run: run.group()[:MAX_NON_STARTERS], text)
    return unicodedata.normalize("NFKC", text)


def tokenize(text: str, *, language: str = DEFAULT) -> list[str]:
    """Tokens for documents and queries alike, `text` being written in `language` (languages.py).

    Alphabetic text: lowercase words without the language's function words, stemmed where the
    language has a stemmer (`_analyser`), stripped of accents ("configuración" and
    "configuracion" meet), plus whole compounds and operator runs. CJK text (no spaces): split
    where the script changes, drop the hiragana pieces (mostly grammar), character bigrams of
    the rest; whitespace splitting would drop or glue it.
    """
    text = nfkc(text).lower()
    analyser = _analyser(language)
    tokens: list[str] = []
    position = 0
    for match in _CJK_RUN.finditer(text):
        tokens.extend(_latin_tokens(text[position : match.start()], analyser))
        tokens.extend(_cjk_tokens(match.group()))
        position = match.end()
    tokens.extend(_latin_tokens(text[position:], analyser))
    return tokens


@dataclass(frozen=True)
class _Analyser:
    stem: Callable[[str], str]  # PyStemmer's stemWord, or none (str)
    stopwords: frozenset[str]


@cache
def _analyser(language: str) -> _Analyser:
    """The language's analysis (languages.py): English words are Snowball-stemmed and lose
    English's function words (STOPWORDS); other languages' words lose their own function words
    (the `stop-words` package's list) and English's (common in manuals), and German, French,
    Spanish, Italian, Portuguese and Russian words their plural, case and inflection endings
    (stemmers.STEMMERS); others are kept whole.

    Snowball's German, French and Spanish stemmers measured worse on the tune half than no
    stemming (hit@5 0.775 against 0.831, BM25 alone); the minimal ones better (docs/benchmarks.md).
    """
    name = LANGUAGE_NAMES.get(language)
    if name is None or name == "english":  # CJK texts' Latin words count as English
        return _Analyser(stem=Stemmer.Stemmer("english").stemWord, stopwords=STOPWORDS)
    from stop_words import get_stop_words

    return _Analyser(stem=STEMMERS.get(name, str), stopwords=STOPWORDS | frozenset(get_stop_words(name)))


def strip_accents(word: str) -> str:
    """The word without its combining marks ("änderung" -> "anderung"); ASCII words as they are."""
    if word.isascii():
        return word
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


def _latin_tokens(text: str, analyser: _Analyser) -> list[str]:
    tokens: list[str] = []
    for match in _COMPOUND.finditer(text):
        compound = match.group()
        parts = _WORD.findall(compound)
        if len(parts) > 1:
            tokens.append(strip_accents(compound))
        tokens.extend(strip_accents(analyser.stem(word)) for word in parts if word not in analyser.stopwords)
    tokens.extend(_OPERATOR.findall(text))
    return tokens


def _cjk_tokens(run: str) -> list[str]:
    tokens: list[str] = []
    for piece in _SCRIPT_RUN.findall(run):
        if _HIRA_ONLY.match(piece):
            continue
        tokens.extend([piece] if len(piece) == 1 else [piece[i : i + 2] for i in range(len(piece) - 1)])
    return tokens


def question_words(query: str) -> list[str]:
    """The distinct whole words of a question (identifiers such as node.js kept whole), lowercased."""
    return list(dict.fromkeys(_QUESTION_WORD.findall(nfkc(query).lower())))


def camel_case_words(query: str) -> list[str]:
    """The distinct words with a capital letter right after a small one, lowercased: product
    names in any language ("YubiKey", "iPhone", "PostgreSQL"), German's capitalised nouns aside."""
    words = (match.group() for match in _LETTERS.finditer(nfkc(query)))
    return list(
        dict.fromkeys(
            word.lower() for word in words if any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
        )
    )


def capitalised_words(query: str) -> list[str]:
    """The distinct capitalised words that do not start a sentence, lowercased (names, in English).

    A word starts a sentence when nothing but spaces comes before it, or when the last non-space
    character before it ends a sentence or opens a quote or a parenthesis.
    """
    words: list[str] = []
    previous = None  # the last non-space character before the current match
    for match in _CAPITALISED_SCAN.finditer(nfkc(query)):
        if match.group("word") and previous is not None and previous not in _SENTENCE_START_AFTER:
            words.append(match.group().lower())
        previous = match.group()[-1]
    return list(dict.fromkeys(words))


_ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\b")


def abbreviations(query: str) -> list[str]:
    """The distinct words in capitals of two or more characters ("UEFI", "LTO-8"), lowercased."""
    return list(dict.fromkeys(word.lower() for word in _ABBREVIATION.findall(nfkc(query))))


def katakana_words(query: str) -> list[str]:
    """The distinct katakana words of three or more characters (in Japanese mostly loanword topics)."""
    return list(dict.fromkeys(_KATAKANA_WORD.findall(nfkc(query))))


def bigrams(word: str) -> list[str]:
    return [word[i : i + 2] for i in range(len(word) - 1)]
