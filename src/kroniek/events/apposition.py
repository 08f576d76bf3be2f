"""A person's name in apposition to a common-noun subject (`De leider van de partij van de
Grijze Wolven, Devlet Bahceli, eist ...`) is who acts (ANS 15.1, the loose apposition)."""

from __future__ import annotations

from kroniek.events.phrases import clause_dependents, mentions_in_span
from kroniek.model import Actor, Document, Mention, Token
from kroniek.syntax import subtree


def _between_commas(doc: Document, mention: Mention) -> bool:
    """A name set off by commas; Frog may leave a first name outside the mention as a
    common noun (`, Devlet Bahceli,`: `Devlet` N, `Bahceli` the name)."""
    before = mention.token_start - 1
    while before >= 0 and doc.tokens[before].pos == "N" and doc.tokens[before].text[:1].isupper():
        before -= 1
    after = mention.token_end
    return (before >= 0 and doc.tokens[before].text == ","
            and after < len(doc.tokens) and doc.tokens[after].text == ",")


def apposed_person(doc: Document, token: Token, actors: list[Actor]) -> list[Actor]:
    """`De leider van de partij van de Grijze Wolven, Devlet Bahceli, eist ...`: a common-
    noun subject with a person's name set off by commas (an apposition, ANS 15.1) is that
    person, not whoever the role noun alone would resolve to. Frog often hangs the
    apposition deep in the subject's `van` phrase, so it is read off the subject span."""
    for dep in clause_dependents(doc, token.i):
        if dep.deprel != "su" or dep.pos != "N":
            continue
        own = [m for m in doc.mentions if m.token_start <= dep.i < m.token_end]
        if own and own[0].kind != "role":
            return actors  # a named subject (`Het CDA, de partij van ..., ...`)
        span = sorted(subtree(doc, dep.i))
        people: list[Actor] = []
        for m in mentions_in_span(doc, span):
            if (m.kind == "name" and m.actor is not None and m.actor.kind == "person"
                    and _between_commas(doc, m) and m.actor not in people):
                people.append(m.actor)
        return people if len(people) == 1 else actors
    return actors
