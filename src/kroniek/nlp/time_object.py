"""Repair of a bare weekday that Frog labelled a verb's direct object.

A bare noun phrase naming a day is an adverbial of time in Dutch (ANS 2nd ed. 8.7.3,
`bijwoordelijke bepaling van tijd` without a preposition: `Duizenden mensen demonstreerden
zaterdag in Amsterdam`), but Frog sometimes makes it the verb's `obj1`. Every layer then
reads an object that is not there: an intransitive frame (`demonstreren`) is refused, and
the fronted noun phrase counts as a topicalised object beside it. A weekday or a weekday
with its day part (`zaterdagavond`), with no article or demonstrative of its own, hung on
a verb as `obj1`, becomes a modifier (`mod`). Weekdays come from the time layer's lexicon,
as the other repairs' time nouns do (nlp/repair_words.py). Measured on 473 DPG 2019
articles (2026-11-28): 14 weekdays relabelled, every one read by hand an adverbial of time
(`Marco Asensio verving hem dinsdag`, `Vanuit Utrecht vertrekken zondagochtend tachtig
fietsers`).
"""

from __future__ import annotations

from functools import cache

from kroniek.model import Document, Token
from kroniek.time.lexicon import lexicon as time_lexicon


@cache
def day_words() -> frozenset[str]:
    """Weekdays and weekdays with their day part (`zaterdagavond`), folded."""
    lex = time_lexicon()
    days = [d.casefold() for d in lex["weekdays"]]
    parts = [p.casefold() for p in lex["day_parts"]]
    return frozenset(days + [d + p for d in days for p in parts])


def _bare(doc: Document, token: Token) -> bool:
    return not any(c.deprel == "det" for c in doc.children(token.i))


def detach_time_objects(doc: Document) -> int:
    """Relabel as modifier every bare weekday that is a verb's `obj1` (module docstring);
    returns how many were relabelled."""
    detached = 0
    for token in doc.tokens:
        if token.deprel != "obj1" or token.head < 0 or doc.tokens[token.head].pos != "WW":
            continue
        if token.text.casefold() in day_words() and _bare(doc, token):
            token.deprel = "mod"
            detached += 1
    return detached
