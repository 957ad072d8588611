"""Words of a question that the searched documents never use and that name its topic.

Such a word usually names what the question is about (a tool, a product, a place: "nginx",
"matplotlib", "certbot"), so documents that never mention it do not cover the question,
however many of its common words they share. Two kinds count:

- words rare in English: common words that the documents happen not to use ("versus",
  "fallback") are paraphrase, not topic, and pass. Frequencies come from `wordfreq` (Zipf
  scale: 3 is once per million words);
- in an English question, capitalised words inside a sentence, however common: that is how
  English writes names ("a Rust crate", "Visual Studio Code"). German capitalises every noun,
  so a question whose words are mostly more frequent in German than in English is exempt.
  Words in capitals only ("TLS", "API") are not names but abbreviations, and are left out.

Katakana words (loanwords such as "プリンター") count as unknown when two or more of their
character bigrams occur nowhere.
"""

from collections.abc import Callable

from django.conf import settings
from wordfreq import zipf_frequency

from chat.retrieval.tokenizer import bigrams, capitalised_words, katakana_words, question_words, tokenize


def unknown_rare_words(query: str, *, known: Callable[[str], bool]) -> list[str]:
    """`known(token)` says whether any searched chunk holds the token."""
    max_zipf = settings.RELEVANCE_UNKNOWN_WORD_ZIPF
    if max_zipf <= 0:
        return []
    unknown = [word for word in katakana_words(query) if sum(not known(pair) for pair in bigrams(word)) >= 2]
    words = question_words(query)
    names = set(capitalised_words(query)) if _reads_as_english(words) else set()
    for word in words:
        tokens = tokenize(word)
        if len(word) < 3 or not tokens or any(known(token) for token in tokens):
            continue
        if word in names or zipf_frequency(word, "en") < max_zipf:
            unknown.append(word)
    return unknown


def _reads_as_english(words: list[str]) -> bool:
    german = sum(zipf_frequency(word, "de") > zipf_frequency(word, "en") for word in words)
    return german * 2 <= len(words)
