"""`het bestuur van La Scala`, `de directie van Tata Steel`: an organisation's board or
management named by its noun with the organisation as owner acts for it, so the phrase
is the organisation (data/link_lexicon.yaml `board_nouns`).

Without this, the owner sits in a prepositional modifier, which the event and quote
layers rightly do not read as the phrase's actor (`de steun van de VS` is not the VS),
and the board's act was lost: `Het bestuur van La Scala ... geeft ruim 3 miljoen euro
financiering terug aan Saoedi-Arabië`. PLOVER codes the organisation: a board deciding
is the body deciding (unlike its members, events/groups.py, who are a group of their own).

Decisions:
- The noun is definite (`het bestuur`, `de directie`) and its `van`/`bij` phrase names
  a linked organisation right after it (`van de school` names none and is left alone).
- The owner must be an organisation, not a person (`de leiding van Rutte` is Rutte's
  leadership, an act) or a state (`het bestuur van Frankrijk` is its government, which
  other rules name).
"""

from __future__ import annotations

from kroniek.actors.context import LinkContext
from kroniek.actors.reference import mention_at
from kroniek.model import Mention

_OWNER_PREPOSITIONS = frozenset({"van", "bij"})


def link_boards(ctx: LinkContext) -> None:
    """Link `de/het BOARD van ORGANISATION` to the organisation (module rule)."""
    doc = ctx.doc
    tokens = doc.tokens
    for token in tokens:
        if token.i in ctx.claimed or token.pos != "N" or (
                token.lemma.casefold() not in ctx.lexicon.board_nouns):
            continue
        determiners = [c for c in doc.children(token.i) if c.i < token.i and c.deprel == "det"
                       and c.lemma.casefold() in ctx.lexicon.definite_determiners]
        k = token.i + 1
        if not determiners or k + 1 >= len(tokens) or tokens[k].sent != token.sent or (
                tokens[k].lemma.casefold() not in _OWNER_PREPOSITIONS):
            continue
        obj = k + 2 if tokens[k + 1].pos == "LID" and k + 2 < len(tokens) else k + 1
        owner = mention_at(doc, obj)
        if owner is None or owner.actor is None or owner.actor.kind != "organisation" or (
                tokens[owner.token_start].sent != token.sent):
            continue
        first = min(c.i for c in determiners)
        start, end = tokens[first].start, token.end
        ctx.claimed.add(token.i)
        ctx.add(Mention(doc.text[start:end], start, end, first, token.i + 1, "ORG",
                        owner.actor, kind="role", is_entity=False))
