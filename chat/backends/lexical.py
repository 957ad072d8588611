"""Lexical retrieval: a CJK-aware tokenizer, Okapi BM25, and a relevance score for the gate.

Offline and dependency-light (NumPy, SciPy sparse matrices, the Snowball stemmer). Measured
on the dev set (bench/retrieval.py) this is the offline default; a dense model added
nothing to MRR there for a 1.2 GB install (see the README).
"""

import math
import re
import unicodedata
from collections.abc import Callable, Sequence

import numpy as np
import Stemmer
from scipy import sparse
from wordfreq import zipf_frequency

_STEMMER = Stemmer.Stemmer("english")

# CJK scripts (NFKC has already made half-width katakana full-width).
_HAN = "\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HIRA = "\u3041-\u309f"
_KATA = "\u30a1-\u30fa\u30fc-\u30ff"
_HANGUL = "\uac00-\ud7af"
_CJK_RUN = re.compile(f"[{_HAN}{_HIRA}{_KATA}{_HANGUL}]+")
_SCRIPT_RUN = re.compile(f"[{_HAN}]+|[{_KATA}]+|[{_HIRA}]+|[{_HANGUL}]+")
_HIRA_ONLY = re.compile(f"^[{_HIRA}]+$")
# Identifiers such as user.mime_type or x-scheme-handler are kept whole, and in parts.
_COMPOUND = re.compile(r"[a-z0-9]+(?:[_.\-/][a-z0-9]+)*")
_WORD = re.compile(r"[a-z0-9]+")
# Operators that manuals define and users type: ':-', '=~', '&&', '>>', ...
_SYMBOLS = r"-:=~&|*<>!$#%^+?@\\"
_OPERATOR = re.compile(f"(?<![{_SYMBOLS}])[{_SYMBOLS}]{{2,3}}(?![{_SYMBOLS}])")

# Whole words of a question, for the unknown-word check (identifiers such as node.js included).
_QUESTION_WORD = re.compile(r"[a-z][a-z0-9]*(?:[.+\-_][a-z0-9]+)*")
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


def tokenize(text: str) -> list[str]:
    """Tokens for documents and queries alike.

    Latin text: lowercase words, stop-words dropped, Snowball-stemmed, plus whole compounds
    and operator runs. CJK text (no spaces): split where the script changes, drop the
    hiragana pieces (mostly grammar), character bigrams of the rest; whitespace splitting
    would drop or glue it.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    tokens: list[str] = []
    position = 0
    for match in _CJK_RUN.finditer(text):
        tokens.extend(_latin_tokens(text[position : match.start()]))
        tokens.extend(_cjk_tokens(match.group()))
        position = match.end()
    tokens.extend(_latin_tokens(text[position:]))
    return tokens


def _latin_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for match in _COMPOUND.finditer(text):
        compound = match.group()
        parts = _WORD.findall(compound)
        if len(parts) > 1:
            tokens.append(compound)
        tokens.extend(_STEMMER.stemWord(word) for word in parts if word not in STOPWORDS)
    tokens.extend(_OPERATOR.findall(text))
    return tokens


def _cjk_tokens(run: str) -> list[str]:
    tokens: list[str] = []
    for piece in _SCRIPT_RUN.findall(run):
        if _HIRA_ONLY.match(piece):
            continue
        tokens.extend([piece] if len(piece) == 1 else [piece[i : i + 2] for i in range(len(piece) - 1)])
    return tokens


class BM25Index:
    """Okapi BM25 over texts, with Lucene's idf (always positive).

    Term weights (without idf) sit in a sparse docs x vocabulary matrix, so a query is a
    column slice and a matrix-vector product: well under a millisecond for a thousand chunks.
    """

    def __init__(
        self,
        texts: Sequence[str],
        *,
        k1: float = 1.2,
        b: float = 0.75,
        tokenizer: Callable[[str], list[str]] = tokenize,
    ) -> None:
        self.tokenizer = tokenizer
        self.size = len(texts)
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        counts_flat: list[int] = []
        lengths = np.zeros(self.size, dtype=np.float64)
        self.doc_terms: list[frozenset[str]] = []
        for row, text in enumerate(texts):
            tokens = tokenizer(text)
            lengths[row] = len(tokens)
            counts: dict[int, int] = {}
            for token in tokens:
                col = vocabulary.setdefault(token, len(vocabulary))
                counts[col] = counts.get(col, 0) + 1
            rows.extend([row] * len(counts))
            cols.extend(counts)
            counts_flat.extend(counts.values())
            self.doc_terms.append(frozenset(tokens))
        self.vocabulary = vocabulary
        tf = sparse.coo_matrix(
            (np.asarray(counts_flat, dtype=np.float64), (rows, cols)), shape=(self.size, len(vocabulary))
        )
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(vocabulary)).astype(np.float64)
        self.idf = np.log(1.0 + (self.size - df + 0.5) / (df + 0.5))
        # A term the documents never use counts as the rarest possible one.
        self.idf_unseen = math.log(1.0 + (self.size + 0.5) / 0.5)
        average = float(lengths.mean()) if self.size else 1.0
        norm = k1 * (1.0 - b + b * lengths / max(average, 1e-9))
        weights = tf.data * (k1 + 1.0) / (tf.data + norm[tf.row])
        self.weights = sparse.csc_matrix((weights, (tf.row, tf.col)), shape=(self.size, len(vocabulary)))

    def scores(self, query: str) -> np.ndarray:
        """The BM25 score of every text for the query."""
        counts: dict[int, int] = {}
        for token in self.tokenizer(query):
            col = self.vocabulary.get(token)
            if col is not None:
                counts[col] = counts.get(col, 0) + 1
        if not counts:
            return np.zeros(self.size)
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        query_tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        return np.asarray(self.weights[:, cols] @ (self.idf[cols] * query_tf)).ravel()

    def relevance(self, query: str, row: int) -> tuple[float, int]:
        """(IDF-weighted share of the query's distinct terms found in text `row`, terms matched).

        In [0, 1] whatever the query length or corpus size, so one threshold serves all
        queries. Terms the corpus never uses weigh the most, so a question about "nginx"
        or "sourdough" scores low even if its common words match.
        """
        terms = set(self.tokenizer(query))
        present = self.doc_terms[row]
        total = matched = 0.0
        count = 0
        for term in terms:
            col = self.vocabulary.get(term)
            weight = self.idf[col] if col is not None else self.idf_unseen
            total += weight
            if term in present:
                matched += weight
                count += 1
        return (matched / total if total else 0.0), count

    def unknown_rare_words(self, query: str, *, max_zipf: float) -> list[str]:
        """Words of the query that no text uses and that are rare in everyday English.

        Such a word usually names what the question is about (a tool, a product, a place:
        "nginx", "matplotlib", "certbot"), so documents that never mention it do not cover
        the question, however many of its common words they share. Common words that the
        documents happen not to use ("versus", "fallback") are paraphrase, not topic, and
        pass. Frequencies come from `wordfreq` (Zipf scale: 3 is once per million words).
        Katakana words (loanwords such as "プリンター") count as unknown when two or more of
        their character bigrams occur in no text.
        """
        query = unicodedata.normalize("NFKC", query)
        unknown = [
            word
            for word in dict.fromkeys(_KATAKANA_WORD.findall(query))
            if sum(word[i : i + 2] not in self.vocabulary for i in range(len(word) - 1)) >= 2
        ]
        words = _QUESTION_WORD.findall(query.lower())
        for word in dict.fromkeys(words):
            tokens = [token for token in self.tokenizer(word) if token not in STOPWORDS]
            if len(word) < 3 or not tokens or any(token in self.vocabulary for token in tokens):
                continue
            if zipf_frequency(word, "en") < max_zipf:
                unknown.append(word)
        return unknown
