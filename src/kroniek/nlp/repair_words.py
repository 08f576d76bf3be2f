"""Word lists, and the word tests built on them, that the parse repairs share
(kroniek.nlp.repair, possessive.py, fronted_object.py, unlabelled.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kroniek.model import Document, Token
from kroniek.time.lexicon import lexicon as time_lexicon

_DATA = Path(__file__).parent / "data" / "repair.yaml"

# Marks that may open a sentence before its first phrase (quotes, a split-off comma, a
# bracket): the fronted position starts after them.
OPENING_MARKS = frozenset("\"'‘’“”„«»,(")


@cache
def repair_words() -> dict[str, Any]:
    """The word lists of the parse repairs (data/repair.yaml)."""
    with _DATA.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def time_nouns() -> frozenset[str]:
    """Nouns that name a stretch of time (`Afgelopen zomer maakte het bedrijf ...`, `dezer
    dagen`): an adverbial, never a subject. Read from the time layer's lexicon."""
    lex = time_lexicon()
    words = [*lex["months"], *lex["weekdays"], *lex["day_parts"], *lex["seasons"],
             *lex["units"], *lex["holidays"]]
    return frozenset(w.casefold() for w in words)


def measure_noun(token: Token) -> bool:
    """A noun of time or measure (`Afgelopen zomer`, `een derde keer`): an adverbial."""
    lemma = token.lemma.casefold()
    return lemma in time_nouns() or lemma in repair_words()["measure_nouns"]


def nominative(token: Token) -> bool:
    """A nominative personal pronoun (CGN `nomin`: `hij`, `we`): always a subject (ANS
    5.2.2)."""
    return token.pos == "VNW" and "pers" in token.features and "nomin" in token.features


def is_copula(verb: Token) -> bool:
    return verb.lemma.casefold() in repair_words()["copular_verbs"]


def copular_cluster(doc: Document, verb: Token) -> bool:
    """Whether the verb or a verb of its cluster is a copula (ANS 18.4: `zijn`, `worden`,
    ...; `kan het sluitstuk ... worden`), whose subject may follow a fronted predicate
    (`Aanleiding waren de aanslagen`)."""
    chain = [verb, *(c for c in doc.children(verb.i) if c.deprel == "vc" and c.pos == "WW")]
    return any(is_copula(v) for v in chain)


def demonstrative(doc: Document, noun: Token) -> bool:
    """A phrase with a demonstrative (`Die uitkomst zagen wij`, `Dat boek las Jan`): fronted,
    a topicalised object or predicate as often as a subject (ANS 21.2)."""
    return any(c.deprel == "det" and c.pos == "VNW" and "aanw" in c.features
               for c in doc.children(noun.i))
