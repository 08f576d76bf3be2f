"""A small stop-word language detector; the word lists are data/stopwords.yaml.

News text is long enough that counting the most frequent function words of
each language tells Dutch from English, German, French and Spanish reliably.
Text with too few stop-word hits is undetermined (`und`, ISO 639-2).
"""

from __future__ import annotations

import re
from functools import cache

# Fewer hits than this, or a winner with less than this share of all hits,
# gives `und`: the evidence is too thin to name a language.
MIN_HITS = 3
MIN_SHARE = 0.4
UNDETERMINED = "und"

# Plain prose: at least this many words, with at least this share of them
# stop words of one language, is running text rather than a list or data.
PROSE_MIN_WORDS = 12
PROSE_MIN_STOPWORD_SHARE = 0.2

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    from kroniek.ingest.base import load_data

    return {code: frozenset(words) for code, words in load_data("stopwords.yaml").items()}


def language_scores(text: str) -> dict[str, int]:
    """Stop-word hits per language code."""
    words = [w.lower() for w in _WORD.findall(text)]
    return {code: sum(1 for w in words if w in lexicon) for code, lexicon in _stopwords().items()}


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or `und`."""
    scores = language_scores(text)
    best = max(scores, key=lambda code: scores[code], default=UNDETERMINED)
    total = sum(scores.values())
    if scores.get(best, 0) < MIN_HITS or scores[best] < MIN_SHARE * total:
        return UNDETERMINED
    return best


def is_prose(text: str) -> bool:
    """Running text in a language the detector knows (not a list, table or data)."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < PROSE_MIN_WORDS:
        return False
    best = max(language_scores(text).values(), default=0)
    return best >= PROSE_MIN_STOPWORD_SHARE * len(words)
