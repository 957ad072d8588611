"""Minimal stemmers for French, Spanish, German, Italian, Portuguese and Russian: plural and
inflection endings only.

Snowball's stemmers for German, French and Spanish cut too deep for short technical passages (hit@5 0.775
against 0.831 with no stemming, BM25 alone, on the tune half: docs/benchmarks.md): they join
words of different meaning. These take off only what marks a plural, a gender or a verb's
infinitive and participle, after Lucene's FrenchMinimalStemmer, SpanishLightStemmer's plural
and gender rules and GermanMinimalStemmer (themselves after Savoy, "Light stemming approaches
for the French, Portuguese, German and Hungarian languages", ACM SAC 2006), so that "paquets"
meets "paquet", "installer" meets "installé", "clases" meets "clase" and "Pakete" meets "Paket".
Italian, Portuguese and Russian have the same kind (Lucene's ItalianLightStemmer,
PortugueseMinimalStemmer: RSLP's plural step, Orengo et al., and RussianLightStemmer, after
Dolamic and Savoy): without one, "alertas" never met "alerta" nor "файлов" "файл", and an
answerable question whose words stood in the page in other forms matched too few of them for
the relevance gate (docs/benchmarks.md, "Languages without a dev set").
Each looks at the end of one word only: constant time per word.
"""

from collections.abc import Callable


def french(word: str) -> str:
    """Lucene's FrenchMinimalStemmer: -aux to -al, then -s, -r, -e, -é and a doubled letter."""
    if len(word) < 6:
        return word
    if word.endswith("x"):
        return word[:-2] + "l" if word.endswith("aux") else word[:-1]
    for ending in ("s", "r", "e", "é"):
        if word.endswith(ending):
            word = word[:-1]
    if len(word) > 1 and word[-1] == word[-2] and word[-1].isalpha():
        word = word[:-1]
    return word


def spanish(word: str) -> str:
    """Plural (-s, -es; -ces to -z), then a final -o, -a or -e (gender)."""
    if len(word) < 5:
        return word
    if word.endswith("ces"):
        word = word[:-3] + "z"
    elif word.endswith("es"):
        word = word[:-2]
    elif word.endswith("s"):
        word = word[:-1]
    if len(word) >= 4 and word[-1] in "oae":
        word = word[:-1]
    return word


def german(word: str) -> str:
    """Lucene's GermanMinimalStemmer: -nen, -en, -se, -es, -er, or -n, -s, -r, -e (its umlaut
    folding is the tokenizer's accent stripping, done after)."""
    if len(word) < 5:
        return word
    if len(word) > 6 and word.endswith("nen"):
        return word[:-3]
    if len(word) > 5 and word[-2:] in ("en", "se", "es", "er"):
        return word[:-2]
    if word[-1] in "nsre":
        return word[:-1]
    return word


_ITALIAN_VOWELS = str.maketrans("àáâäòóôöèéêëùúûüìíîï", "aaaaooooeeeeuuuuiiii")


def italian(word: str) -> str:
    """Lucene's ItalianLightStemmer (Savoy, CLEF 2001): the final vowel, and an "i" or "h"
    before it where that marks the plural ("-ie", "-he", "-hi", "-ii", "-ia", "-io")."""
    if len(word) < 6:
        return word
    before, last = word[-2:].translate(_ITALIAN_VOWELS)  # the rest's accents: the tokenizer's stripping
    if (last == "e" and before in "ih") or (last == "i" and before in "hi") or (last in "ao" and before == "i"):
        return word[:-2]
    return word[:-1] if last in "eiao" else word


# RSLP's plural step (Orengo and Huyck 2001; Lucene's PortugueseMinimalStemmer): the first rule
# whose suffix ends the word, whose stem is long enough and whose exceptions miss the word wins.
# (suffix, shortest stem left, replacement, exceptions)
_PORTUGUESE_PLURALS: tuple[tuple[str, int, str, frozenset[str]], ...] = (
    ("ns", 1, "m", frozenset()),
    ("ões", 3, "ão", frozenset()),
    ("ães", 1, "ão", frozenset({"mães"})),
    ("ais", 1, "al", frozenset({"cais", "mais"})),
    ("éis", 2, "el", frozenset()),
    ("eis", 2, "el", frozenset()),
    ("óis", 2, "ol", frozenset()),
    ("is", 2, "il", frozenset("lápis cais mais crúcis biquínis pois depois dois leis".split())),
    ("les", 3, "l", frozenset()),
    ("res", 3, "r", frozenset({"árvores"})),
    ("s", 2, "", frozenset(
        """aliás pires lápis cais mais mas menos férias fezes pêsames crúcis gás atrás moisés através
        convés ês país após ambas ambos messias depois""".split()
    )),
)  # fmt: skip


def portuguese(word: str) -> str:
    """RSLP's plural step: "-ns" to "-m", "-ões" to "-ão", "-ais" to "-al", "-is" to "-il", "-s"..."""
    if len(word) < 3 or not word.endswith("s"):
        return word
    for suffix, shortest, replacement, exceptions in _PORTUGUESE_PLURALS:
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest and word not in exceptions:
            return word[: -len(suffix)] + replacement
    return word


# Russian case endings, longest first (Dolamic and Savoy; Lucene's RussianLightStemmer): one comes
# off where at least three letters are left.
_RUSSIAN_CASES: tuple[frozenset[str], ...] = (
    frozenset({"иями", "оями"}),
    frozenset("иям иях оях ями оям оьв ами его ему ери ими ого ому ыми оев".split()),
    frozenset(
        """ая яя ях юю ах ею их ия ию ьв ою ую ям ых ея ам ем ей ём ев ий им ое ой ом ов ые ый ым
        ми""".split()
    ),
)  # fmt: skip


def russian(word: str) -> str:
    """Lucene's RussianLightStemmer: a case ending (four, three, two letters or a vowel), then a
    final soft sign, "и" or doubled "н"."""
    for size, endings in zip((4, 3, 2), _RUSSIAN_CASES, strict=True):
        if len(word) > size + 2 and word[-size:] in endings:
            word = word[:-size]
            break
    else:
        if len(word) > 3 and word[-1] in "аеиоуйыяь":
            word = word[:-1]
    if len(word) > 3 and (word[-1] in "ьи" or word.endswith("нн")):
        word = word[:-1]
    return word


STEMMERS: dict[str, Callable[[str], str]] = {
    "french": french,
    "spanish": spanish,
    "german": german,
    "italian": italian,
    "portuguese": portuguese,
    "russian": russian,
}
