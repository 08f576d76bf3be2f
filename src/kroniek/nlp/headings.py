"""Split a heading off the sentence it was glued to, before Frog reads the text.

DPG's text runs intertitles and the headlines of short news items into the next sentence
with only a space between (`... Nachtmerrie De ouders van de nu 20-jarige ...`). Frog's
tokenizer sees no sentence end there and parses the heading into the sentence's first
phrase, which costs the sentence its subject. A capitalised word that opens Dutch
sentences and is otherwise written in lower case (data/headings.yaml), right after a word
and before a lower-case word, is read as the start of a new sentence: the text before it
goes to Frog as a piece of its own, as a paragraph does. The text itself is not changed;
alignment maps the tokens back onto it.

Two more shapes end a heading (headings.yaml gives the counts): an opener before a
capitalised word, where the word is no surname or title (`Onwrikbare steun De Duitse
minister ...`: an article before an adjective derived from a proper name or an acronym, or
an opener that names never contain before a name), and a reader's signature, name and
town, before the next letter (`... open! Hans Brouwer, Zeewolde Yago R. Wanneer ...`).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).parent / "data" / "headings.yaml"
_GENERATED = tuple(Path(__file__).parent / "data" / "generated" / name
                   for name in ("proper_adjectives.yaml", "signature_towns.yaml"))
# Raise when the rule below changes; with the word lists' digest it names the segmentation
# in every analysis version, so an analysis cut one way is never reused for another.
RULE_VERSION = 2


def segmentation_version() -> str:
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in (_DATA, *_GENERATED)))
    digest = digest.hexdigest()[:8]
    return f"headings-{RULE_VERSION}-{digest}"


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = {}
    for path in (_DATA, *_GENERATED):
        with path.open(encoding="utf-8") as handle:
            words.update(yaml.safe_load(handle))
    return words


def _alternatives(name: str) -> str:
    return "|".join(re.escape(word) for word in _words()[name])


@lru_cache(maxsize=1)
def _glued_opener() -> re.Pattern[str]:
    # the word before (letters or digits, no punctuation), one space, the opener, one
    # space, then a lower-case letter
    return re.compile(rf"(\S*\w) (?=(?:{_alternatives('sentence_openers')}) [a-zà-ÿ])")


_CAPITALISED = r"[A-ZÀ-Ý][\w'’-]*"
# `CDA`, `AIVD`, `RTL-debat`: an acronym, alone or as the first part of a compound
_ACRONYM = r"[A-Z]{2,}(?:-[a-zà-ÿ]+)?"


@lru_cache(maxsize=1)
def _opener_before_name() -> re.Pattern[str]:
    """A sentence whose first phrase is (or starts with) a name: an article before a proper
    adjective or an acronym, or a name-free opener before one to three capitalised words;
    either then a lower-case word (headings.yaml explains and counts both)."""
    article = rf"(?:{_alternatives('name_articles')}) " \
              rf"(?:(?:{_alternatives('proper_adjectives')})|{_ACRONYM})"
    opener = rf"(?:{_alternatives('name_free_openers')}) {_CAPITALISED}(?: {_CAPITALISED}){{0,2}}"
    return re.compile(rf"(\S*\w) (?=(?:{article}|{opener}) [a-zà-ÿ])")


@lru_cache(maxsize=1)
def _signature_end() -> re.Pattern[str]:
    """A reader's signature after a sentence end: name, optional comma, a Dutch town, then
    a capital, digit or opening quote (headings.yaml); the match ends after the town. The
    name's words are capitalised words or initials, its first word no sentence opener."""
    word = r"(?:[A-ZÀ-Ý]\.|[A-ZÀ-Ý][\w'’-]*)"
    name = rf"(?!(?:{_alternatives('sentence_openers')}) ){word}" \
           rf"(?: (?:(?:{_alternatives('name_particles')}) )*{word}){{1,3}}"
    towns = "|".join(re.escape(town) for town in
                     sorted(_words()["signature_towns"], key=len, reverse=True))
    # a village before its municipality: `Tegelen-Venlo`
    return re.compile(rf"(?<=[.!?'\"”’)] ){name},? (?:{word}-)?(?:{towns}) "
                      r"(?=[A-ZÀ-Ý0-9'\"‘“])")


def _signature_ends(paragraph: str) -> set[int]:
    return {match.end() for match in _signature_end().finditer(paragraph)}


@lru_cache(maxsize=1)
def _title_introducers() -> frozenset[str]:
    return frozenset(_words()["title_introducers"])


def _after_title_word(match: re.Match[str]) -> bool:
    return match.group(1).lstrip("([\"'‘“").lower() in _title_introducers()


def _opener_ends(paragraph: str) -> set[int]:
    return {match.end() for pattern in (_glued_opener(), _opener_before_name())
            for match in pattern.finditer(paragraph) if not _after_title_word(match)}


def heading_ends(paragraph: str) -> list[int]:
    """Offsets in `paragraph` where a glued heading ends and a sentence starts."""
    return sorted(_opener_ends(paragraph) | _signature_ends(paragraph))


def split_glued_headings(paragraph: str) -> list[str]:
    """`paragraph` cut at every glued heading's end; the pieces keep their characters, the
    single space at each cut goes with the piece before it."""
    pieces, start = [], 0
    for end in heading_ends(paragraph):
        pieces.append(paragraph[start:end])
        start = end
    pieces.append(paragraph[start:])
    return [piece for piece in pieces if piece.strip()]
