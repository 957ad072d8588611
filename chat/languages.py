"""Which language a text is written in: the tokenizer analyses each language by its own rules.

Chunks are analysed in the language they are written in and questions in theirs (chat/text.py:
which function words to drop, whether to stem), so a French question meets French chunks
without "le", "de", "comment" counting as matches. Detection is py3langid (langid.py's model,
bundled in the package, about 0.1 ms a question), limited to the languages the `stop-words`
package has lists for and the CJK ones the tokenizer cuts into bigrams.

Text too short to tell counts as English, as do languages without a list here: a question
such as "RFA?", "lintian?" or "na.contiguous?" names a thing, not a language, and the model is
unsure of it (probability under MIN_CONFIDENCE: 0.07 to 0.29 on the dev set's, where every
question written in a language scored 0.61 or more). Only the first DETECT_CHARS characters
are read: a long chunk says its language early, and the cost stays bounded.
"""

from functools import cache, lru_cache

DEFAULT = "en"
# ISO 639-1 -> the language's name in PyStemmer and `stop-words`; None: CJK (cut into bigrams).
LANGUAGE_NAMES: dict[str, str | None] = {
    "en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese",
    "nl": "dutch", "sv": "swedish", "da": "danish", "no": "norwegian", "fi": "finnish", "ru": "russian",
    "pl": "polish", "cs": "czech", "hu": "hungarian", "ro": "romanian", "tr": "turkish", "el": "greek",
    "ca": "catalan", "ja": None, "zh": None, "ko": None,
}  # fmt: skip
MIN_LETTERS = 4  # fewer letters than this: nothing to tell from
MIN_CONFIDENCE = 0.5
DETECT_CHARS = 400  # about 0.5 ms; a page is read once, so ingestion pays little


@cache
def _identifier():  # py3langid's LanguageIdentifier, loaded once per process
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True, min_confidence=MIN_CONFIDENCE)
    identifier.set_languages(list(LANGUAGE_NAMES))
    return identifier


def detect(text: str, *, default: str = DEFAULT) -> str:
    """The ISO 639-1 code of the language `text` is written in (`default` when unsure: a
    passage of code or a table is taken to be in its page's language)."""
    return _detect_sample(text[:DETECT_CHARS]) or default


@lru_cache(maxsize=4096)  # one question is detected by search, snippets and the answerer alike
def _detect_sample(sample: str) -> str:
    """The sample's language; "" if unsure."""
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return ""
    language, _ = _identifier().classify(sample)
    return language if language in LANGUAGE_NAMES else ""  # "und": unsure
