"""Words of a question that the searched documents never use and that name its topic.

Such a word usually names what the question is about (a tool, a product, a place: "nginx",
"matplotlib", "certbot"), so documents that never mention it do not cover the question,
however many of its common words they share. Two kinds count:

- words rare in English: common words that the documents happen not to use ("versus",
  "fallback") are paraphrase, not topic, and pass. Frequencies come from `wordfreq` (Zipf
  scale: 3 is once per million words);
- capitalised words inside a sentence, however common: that is how English (and most
  languages written in Latin letters) write names ("a Rust crate", "Visual Studio Code").
  German capitalises every noun, so a question with two or more German function words
  ("wie", "ich", "der", ...) is exempt. Words in capitals only ("TLS", "API") are not names
  but abbreviations, and are left out.

Katakana words (loanwords such as "プリンター") count as unknown when two or more of their
character bigrams occur nowhere.
"""

from collections.abc import Callable

from django.conf import settings
from wordfreq import zipf_frequency

from chat.text import (
    abbreviations,
    bigrams,
    camel_case_words,
    capitalised_words,
    katakana_words,
    question_words,
    tokenize,
)

# Abbreviations rarer in English than this name a thing ("UEFI" 2.2, "PPA" 2.6, "LTO" 2.4); more
# common ones are everyday vocabulary a user may write for the documents' own words ("LAN" 3.6, "PC" 4.5).
NAMING_ABBREVIATION_ZIPF = 3.0


def unknown_rare_words(query: str, *, known: Callable[[str], bool], language: str = "en") -> list[str]:
    """`known(token)` says whether any searched chunk holds the token; `language` is the
    question's (languages.py). Rarity is English's: in another language every paraphrase word
    would be "rare in English", so there only names and katakana words count."""
    max_zipf = settings.RELEVANCE_UNKNOWN_WORD_ZIPF
    if max_zipf <= 0:
        return []
    unknown = [word for word in katakana_words(query) if sum(not known(pair) for pair in bigrams(word)) >= 2]
    words = question_words(query)
    names = set(_capitalised_names(query, words=words, language=language))
    for word in words:
        tokens = tokenize(word, language=language)
        if len(word) < 3 or not tokens or any(known(token) for token in tokens):
            continue
        if word in names:
            unknown.append(word)
        elif language == "en" and zipf_frequency(word, "en") < max_zipf and not _derived(word, known=known):
            unknown.append(word)
    return unknown


# English prefixes that make a word from a word ("recalibrate", "retries", "unmount", "preload"):
# such a word is the documents' own word turned, a paraphrase, not a new topic.
DERIVING_PREFIXES = ("re", "un", "pre", "de", "dis", "mis", "non", "over", "under", "sub", "multi")
MIN_STEM_CHARS = 4  # what is left after the prefix: "rerun" -> "run" is too short to tell


def without_prefixes(word: str) -> list[list[str]]:
    """The index tokens of `word` with each English deriving prefix it starts with taken off
    (the search looks these up too, so that `known` can answer for them)."""
    rests = (word[len(prefix) :].lstrip("-") for prefix in DERIVING_PREFIXES if word.startswith(prefix))
    return [tokens for rest in rests if len(rest) >= MIN_STEM_CHARS and (tokens := tokenize(rest, language="en"))]


def _derived(word: str, *, known: Callable[[str], bool]) -> bool:
    """Whether `word` is a known word with an English deriving prefix put before it."""
    return any(all(known(token) for token in tokens) for tokens in without_prefixes(word))


def unplaced_names(query: str, *, held: Callable[[str], bool], language: str = "en") -> list[str]:
    """Names in the question that none of the passages found holds: `held(token)` says whether
    one does. A question that names something ("Iceland", "Excel", "UEFI") is answered by
    passages that mention it; the documents mentioning it elsewhere, about something else, do
    not cover it ("How do I set up UEFI Secure Boot for FAI installations?" against a FAI guide
    that never says UEFI, in a collection with another document that does)."""
    if settings.RELEVANCE_UNKNOWN_WORD_ZIPF <= 0:
        return []
    names = _capitalised_names(query, words=question_words(query), language=language)
    names += [word for word in abbreviations(query) if zipf_frequency(word, "en") < NAMING_ABBREVIATION_ZIPF]
    missing = []
    for name in dict.fromkeys(names):
        tokens = tokenize(name, language=language)
        if tokens and not all(held(token) for token in tokens):
            missing.append(name)
    return missing


# German function words that are not also English words ("die", "was", "in" are both).
# A list rather than wordfreq's German frequencies: those would cost every process 70 MB.
GERMAN_FUNCTION_WORDS = frozenset(
    """aber auch auf aus bei beim bin bist dass dem den der des dich dir du ein eine einem einen
    einer eines er es gibt ich ihr ihre im ist kann kein keine mein meine meinem meinen mich
    mir mit nach nicht noch nur ob oder sich sie sind und uns unser vom von warum
    weil welche welcher welches wenn wer werden wie wieso wird wir wo wurde zu zum zur""".split()
)


def _capitalised_names(query: str, *, words: list[str], language: str) -> list[str]:
    """The question's capitalised words that name things: in German, which capitalises nouns,
    only those with a capital inside ("YubiKey"), as in every language."""
    camel = camel_case_words(query)
    if language == "de" or _reads_as_german(words):
        return camel
    return list(dict.fromkeys(capitalised_words(query) + camel))


def _reads_as_german(words: list[str]) -> bool:
    return sum(word in GERMAN_FUNCTION_WORDS for word in words) >= 2
