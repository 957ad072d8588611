"""Minimal stemmers for French, Spanish and German: plural and inflection endings only.

Snowball's stemmers for these languages cut too deep for short technical passages (hit@5 0.775
against 0.831 with no stemming, BM25 alone, on the tune half: docs/benchmarks.md): they join
words of different meaning. These take off only what marks a plural, a gender or a verb's
infinitive and participle, after Lucene's FrenchMinimalStemmer, SpanishLightStemmer's plural
and gender rules and GermanMinimalStemmer (themselves after Savoy, "Light stemming approaches
for the French, Portuguese, German and Hungarian languages", ACM SAC 2006), so that "paquets"
meets "paquet", "installer" meets "installé", "clases" meets "clase" and "Pakete" meets "Paket".
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


STEMMERS: dict[str, Callable[[str], str]] = {"french": french, "spanish": spanish, "german": german}
