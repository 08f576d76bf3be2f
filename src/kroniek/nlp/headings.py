"""Split a heading off the sentence it was glued to, before Frog reads the text.

DPG's text runs intertitles and the headlines of short news items into the next sentence
with only a space between (`... Nachtmerrie De ouders van de nu 20-jarige ...`). Frog's
tokenizer sees no sentence end there and parses the heading into the sentence's first
phrase, which costs the sentence its subject. A capitalised word that opens Dutch
sentences and is otherwise written in lower case (data/headings.yaml), right after a word
and before a lower-case word, is read as the start of a new sentence: the text before it
goes to Frog as a piece of its own, as a paragraph does. The text itself is not changed;
alignment maps the tokens back onto it.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).parent / "data" / "headings.yaml"
# Raise when the rule below changes; with the word lists' digest it names the segmentation
# in every analysis version, so an analysis cut one way is never reused for another.
RULE_VERSION = 1


def segmentation_version() -> str:
    digest = hashlib.sha256(_DATA.read_bytes()).hexdigest()[:8]
    return f"headings-{RULE_VERSION}-{digest}"


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    with _DATA.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def _glued_opener() -> re.Pattern[str]:
    openers = "|".join(re.escape(word) for word in _words()["sentence_openers"])
    # the word before (letters or digits, no punctuation), one space, the opener, one
    # space, then a lower-case letter
    return re.compile(rf"(\S*\w) (?=(?:{openers}) [a-zà-ÿ])")


def heading_ends(paragraph: str) -> list[int]:
    """Offsets in `paragraph` where a glued heading ends and a sentence starts."""
    introducers = set(_words()["title_introducers"])
    return [match.end() for match in _glued_opener().finditer(paragraph)
            if match.group(1).lstrip("([\"'‘“").lower() not in introducers]  # fmt: skip


def split_glued_headings(paragraph: str) -> list[str]:
    """`paragraph` cut at every glued heading's end; the pieces keep their characters, the
    single space at each cut goes with the piece before it."""
    pieces, start = [], 0
    for end in heading_ends(paragraph):
        pieces.append(paragraph[start:end])
        start = end
    pieces.append(paragraph[start:])
    return [piece for piece in pieces if piece.strip()]
