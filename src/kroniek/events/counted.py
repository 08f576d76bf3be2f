"""Counted anaphors: `Die twee partijen`, `beide landen`, `de drie leiders` name again the
last two or three actors of that kind the text has named.

Dutch news refers back to a pair by a determiner with a number and a kind noun (ANS
5.8.4, the anaphoric use of `beide` and of a definite numeral phrase): `De voormalig
griffier sluit een lijmpoging met VVD en CDA niet uit. Die twee partijen stopten vorige
week de samenwerking met ...`. The actor layer leaves such a phrase unlinked, and the
event coder made it a described actor named by its words. Here it is resolved to the
actors it counts: the most recent distinct ones of the kind the noun names, in the
sentences just before and in its own sentence before it (data/participants.yaml
`counted_anaphor_*`). When fewer than that many are found the phrase is left alone.
"""

from __future__ import annotations

from kroniek.events.lexicon import Lexicon
from kroniek.events.participants import slot_heads
from kroniek.model import Actor, Document, Token

_WINDOW = 2  # sentences before the phrase's own that may hold its antecedents


def _count(doc: Document, head: Token, lex: Lexicon) -> int:
    """How many actors the phrase counts back to (0: not a counted anaphor)."""
    dets = {c.lemma.lower() for c in doc.children(head.i)}
    if dets & lex.word_set("counted_anaphor_both"):
        return 2
    definite = bool(dets & lex.word_set("counted_anaphor_definites"))
    numbers = lex.word_set("counted_anaphor_numbers")
    found = [n for n in dets if n in numbers]
    if not definite or not found:
        return 0
    return 2 if found[0] == "twee" else 3


def _kinds(head: Token, lex: Lexicon) -> tuple[str, str | None] | None:
    """The actor kind (and sector) the head noun counts: parties, states or persons."""
    lemma = head.lemma.lower()
    for kind, sector in (("organisation", "PTY"), ("state", None), ("person", None)):
        if lemma in lex.word_set(f"counted_anaphor_{kind}_nouns"):
            return kind, sector
    return None


def _antecedents(doc: Document, head: Token, kind: str, sector: str | None,
                 count: int) -> list[Actor]:
    first = doc.sentences[max(0, head.sent - _WINDOW)].token_start
    seen: list[Actor] = []
    for mention in sorted(doc.mentions, key=lambda m: m.token_start, reverse=True):
        actor = mention.actor
        if mention.token_start >= head.i or mention.token_start < first or actor is None:
            continue
        if actor.kind != kind or (sector and actor.sector != sector):
            continue
        if actor not in seen:
            seen.append(actor)
        if len(seen) == count:
            return list(reversed(seen))
    return []


def _counted_head(doc: Document, trigger_i: int, slots: tuple[str, ...],
                  lex: Lexicon) -> tuple[Token, int, tuple[str, str | None]] | None:
    for slot in slots:
        for head_i in slot_heads(doc, trigger_i, slot):
            head = doc.tokens[head_i]
            count = _count(doc, head, lex) if head.pos == "N" else 0
            kinds = _kinds(head, lex) if count else None
            if kinds is not None:
                return head, count, kinds
    return None


def counted_antecedents(doc: Document, trigger_i: int, slots: tuple[str, ...],
                        lex: Lexicon) -> list[Actor]:
    """The actors a counted anaphor in the first slot that holds one names again."""
    found = _counted_head(doc, trigger_i, slots, lex)
    if found is None:
        return []
    head, count, (kind, sector) = found
    return _antecedents(doc, head, kind, sector, count)


def counted_rivals(doc: Document, trigger_i: int, slots: tuple[str, ...],
                   lex: Lexicon) -> bool:
    """Whether the counted anaphor names each other's opponents (`beide rivalen`): with no
    other target named, what they do they do against one another."""
    found = _counted_head(doc, trigger_i, slots, lex)
    return found is not None and found[0].lemma.lower() in lex.word_set(
        "counted_anaphor_rival_nouns")
