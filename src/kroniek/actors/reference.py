"""Finding the actor a token or a noun phrase refers to, for the quote and event layers.

The actor layer (link.py) fills `doc.mentions` with every reference it resolved:
names, metonyms and demonyms (exported as entities) and role nouns and pronouns
(resolved, not exported). These two functions are how the later layers ask.
"""

from __future__ import annotations

from kroniek.model import Document, Mention
from kroniek.syntax import subtree


def mention_at(doc: Document, token_i: int) -> Mention | None:
    """The mention whose tokens include `token_i`, the widest if several."""
    best: Mention | None = None
    for mention in doc.mentions:
        if mention.token_start <= token_i < mention.token_end:
            if best is None or (mention.end - mention.start) > (best.end - best.start):
                best = mention
    return best


def phrase_mention(doc: Document, head_i: int) -> Mention | None:
    """The mention that stands for the noun phrase headed by `head_i`.

    Preference: the head itself (`Rutte`, `hij`, `de NAVO-chef`), then an apposition
    of the head (`president Volodymyr Zelensky`), then the first linked mention in
    the phrase that is not inside a prepositional modifier or a clause (`de steun van
    de VS` is not the VS).
    """
    own = mention_at(doc, head_i)
    head = doc.tokens[head_i]
    # `PVV-leider Geert Wilders`: the party named inside the head compound is not the
    # phrase's actor when an apposition names the person
    partial = own is not None and (own.start > head.start or own.end < head.end)
    if own is not None and own.actor is not None and not partial:
        return own
    for child in doc.children(head_i):
        if child.deprel == "app":
            found = phrase_mention(doc, child.i)
            if found is not None:
                return found
    if own is not None and own.actor is not None:
        return own
    inside = set(subtree(doc, head_i))
    blocked: set[int] = set()
    for i in inside:
        token = doc.tokens[i]
        # A prepositional modifier or a clause inside the phrase names someone else:
        # `de steun van de VS`, `de beslissing om Ali Mohammed terug te sturen`,
        # `de voordelen die India kreeg`.
        if token.head == head_i and (token.pos in {"VZ", "VG", "WW"}
                                     or token.deprel in {"vc", "body", "rel"}):
            blocked.update(subtree(doc, i))
    # Frog does not always hang the modifier on the head: read linearly too, so a name
    # after a preposition, subordinator or verb inside the phrase is not the phrase's.
    breaks = [i for i in inside if doc.tokens[i].pos in {"VZ", "VG", "WW"}]
    for mention in doc.mentions:
        if mention.actor is None:
            continue
        span = set(range(mention.token_start, mention.token_end))
        if span & inside and not span & blocked and not any(
                b < mention.token_start for b in breaks):
            return mention
    return own
