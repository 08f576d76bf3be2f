"""Repair of a subject Frog takes out of a fronted adverbial clause into the main clause.

`Nadat ... de Russische vrachtmaatschappij Airbridge Cargo deels van Schiphol werd
verbannen, dreigde Rusland ...`: Frog hangs `vrachtmaatschappij`, the subject of the
`nadat`-clause, on the main verb `dreigde` as a second subject beside `Rusland`, and the
event layer then reads the wrong actor. A Dutch adverbial clause in the first position is
one constituent, closed off by its verb cluster and (in writing) a comma before the main
clause's finite verb (ANS 21.1, 21.2: the subordinate clause ends in its verbs; the main
clause's finite verb follows it directly). So a subject of the main verb that stands
between the subordinator and that comma, while the main verb has another subject after
the comma, belongs to the subordinate clause: it is moved to the clause's own finite verb.
"""

from __future__ import annotations

from kroniek.model import Document
from kroniek.syntax import ancestors, is_finite, is_subordinator


def _clause_end(doc: Document, start: int, verb_i: int) -> int | None:
    """The comma that closes the clause opened at `start`, before the main verb."""
    for token in doc.tokens[start + 1:verb_i]:
        if token.text == ",":
            return token.i
        if is_subordinator(token):
            return None  # another clause opens inside: leave it
    return None


def detach_clause_subjects(doc: Document) -> int:
    """Move a main verb's extra subject that stands inside its fronted adverbial clause to
    that clause's finite verb (module docstring); returns how many were moved."""
    moved = 0
    for opener in doc.tokens:
        if not is_subordinator(opener) or opener.head <= opener.i or opener.deprel != "mod":
            continue
        verb = doc.tokens[opener.head]
        comma = _clause_end(doc, opener.i, verb.i)
        if comma is None or verb.pos != "WW":
            continue
        subjects = [c for c in doc.children(verb.i) if c.deprel == "su"]
        inside = [s for s in subjects if opener.i < s.i < comma]
        if not inside or not any(s.i > comma for s in subjects):
            continue
        finite = next((t for t in doc.tokens[opener.i + 1:comma] if is_finite(t)), None)
        if finite is None:
            continue
        for subject in inside:
            subject.head = finite.i
            if subject.i in ancestors(doc, finite.i):
                # Frog hung the clause's verbs on its subject (`vrachtmaatschappij ...
                # verbannen` as a participle modifier): the finite verb heads the clause.
                finite.head, finite.deprel = opener.i, "body"
        moved += len(inside)
    return moved
