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
_PAIR_GAP = 6  # words at most between the two names of a pair (`(64) en moeder`)
PAIR = "pair"  # the kind of a standalone `beiden`: any two actors joined by `en`


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
    return 2 if found[0] in lex.word_set("counted_anaphor_pair_numbers") else 3


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


def _pair_pronoun(doc: Document, head: Token, lex: Lexicon) -> bool:
    """`beiden` standing alone (`eiste tien jaar tegen beiden`, `Beiden claimden de
    winst`): the pronoun of a pair of persons or bodies (ANS 5.8.4), with no noun."""
    return head.pos == "VNW" and head.lemma.lower() in lex.word_set(
        "counted_anaphor_pronouns") and not any(
            c.pos == "N" for c in doc.children(head.i))


def _coordinated_pair(doc: Document, head: Token, lex: Lexicon) -> list[Actor]:
    """The pair a standalone `beiden` names again: the last two actors the text joined
    by a conjunction (`stiefvader Leo den H. (64) en moeder Linda H. (60)`), in the
    sentences just before or its own before it. Read on the words, not Frog's tree,
    which often leaves such a pair unjoined; at most a few words (a title noun, an
    age in brackets) may stand between the names and the conjunction."""
    first = doc.sentences[max(0, head.sent - _WINDOW)].token_start
    named = sorted((m for m in doc.mentions if m.actor is not None
                    and first <= m.token_start and m.token_end <= head.i),
                   key=lambda m: m.token_start)
    joiners = lex.word_set("counted_anaphor_conjunctions")
    for right in reversed(named):
        for left in named:
            between = doc.tokens[left.token_end:right.token_start]
            if left.token_end > right.token_start or left.actor == right.actor or (
                    doc.tokens[left.token_start].sent != doc.tokens[right.token_start].sent
                    or len(between) > _PAIR_GAP):
                continue
            if any(t.lemma.lower() in joiners for t in between) and not any(
                    t.pos == "WW" for t in between):
                return [left.actor, right.actor]
    return []


def _counted_head(doc: Document, trigger_i: int, slots: tuple[str, ...],
                  lex: Lexicon) -> tuple[Token, int, tuple[str, str | None]] | None:
    for slot in slots:
        for head_i in slot_heads(doc, trigger_i, slot):
            head = doc.tokens[head_i]
            if _pair_pronoun(doc, head, lex):
                return head, 2, (PAIR, None)
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
    if kind == PAIR:
        return _coordinated_pair(doc, head, lex)
    return _antecedents(doc, head, kind, sector, count)


def counted_rivals(doc: Document, trigger_i: int, slots: tuple[str, ...],
                   lex: Lexicon) -> bool:
    """Whether the counted anaphor names each other's opponents (`beide rivalen`): with no
    other target named, what they do they do against one another."""
    found = _counted_head(doc, trigger_i, slots, lex)
    return found is not None and found[0].lemma.lower() in lex.word_set(
        "counted_anaphor_rival_nouns")
