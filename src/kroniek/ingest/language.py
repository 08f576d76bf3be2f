"""The language of an article; the word lists are data/stopwords.yaml and dutch_words.yaml.

The rule (`decide_language`), in order:
1. the stop-word detector, when it is confident (at least MIN_HITS hits, and
   at least MIN_SHARE of all hits): counting the most frequent function words
   of each language tells Dutch from English, German, French and Spanish
   reliably in news-length text, so the text itself wins over a label;
2. else a language the source declares (a record's `language`, a feed's
   `<language>`), as given;
3. else, for a short text (fewer than SHORT_TEXT_WORDS words), Dutch when more
   than half of its words, names left out, are Dutch function words or entries
   of the Dutch lexicon (the 10,000 most frequent Dutch word forms), and no
   other language has more stop-word hits: `Premier Schoof is dinsdag naar
   Brussel gereisd.` is Dutch, with two stop words only;
4. otherwise `und` (ISO 639-2 "undetermined").
A name is a capitalised word that does not open a sentence.
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
# A word opening a sentence (group 1) or any other word (group 2).
_SENTENCE_WORD = re.compile(
    r"(?:^|(?<=[.!?:\n]))[\s\"'‘“(]*([^\W\d_]+)|([^\W\d_]+(?:['’-][^\W\d_]+)*)"
)

# A text with fewer words than this is short: rule 3 may decide its language.
SHORT_TEXT_WORDS = 40
# Rule 3 needs at least this many words that are not names.
SHORT_MIN_WORDS = 3
SHORT_DUTCH_SHARE = 0.5


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


@cache
def _dutch_lexicon() -> frozenset[str]:
    from kroniek.ingest.base import load_data

    return frozenset(str(w) for w in load_data("dutch_words.yaml")["words"])


def _plain_words(text: str) -> list[str]:
    """The text's words, lower-cased, without names (capitalised words inside a sentence)."""
    words = []
    for opening, inner in _SENTENCE_WORD.findall(text):
        if opening:
            words.append(opening.lower())
        elif not inner[:1].isupper():
            words.append(inner.lower())
    return words


def mostly_dutch_words(text: str) -> bool:
    """Rule 3: more than half of the words that are not names are Dutch words."""
    words = _plain_words(text)
    if len(words) < SHORT_MIN_WORDS:
        return False
    dutch = _stopwords().get("nl", frozenset()) | _dutch_lexicon()
    return sum(1 for w in words if w in dutch) > SHORT_DUTCH_SHARE * len(words)


def decide_language(text: str, declared: str | None = None) -> str:
    """ISO 639-1 code by the rule in this module's docstring, or `und`."""
    detected = detect_language(text)
    if detected != UNDETERMINED:
        return detected
    if declared:
        return declared
    if len(_WORD.findall(text)) >= SHORT_TEXT_WORDS:
        return UNDETERMINED
    scores = language_scores(text)
    if scores.get("nl", 0) >= max(scores.values(), default=0) and mostly_dutch_words(text):
        return "nl"
    return UNDETERMINED


def is_prose(text: str) -> bool:
    """Running text in a language the detector knows (not a list, table or data)."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < PROSE_MIN_WORDS:
        return False
    best = max(language_scores(text).values(), default=0)
    return best >= PROSE_MIN_STOPWORD_SHARE * len(words)
