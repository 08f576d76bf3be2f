"""Repair of a verb cluster that Frog splits into two roots.

In a Dutch main clause the finite verb stands second and the non-finite verbs of its
cluster close the middle field (ANS 18.5 and 21.2: `En maandag nog werd een 21-jarige
vrouw uit Nijmegen aangehouden`, `Zo'n drieduizend mensen hebben maandag het laatste
IS-bolwerk verlaten`, `Burgemeester Halsema moet nu het probleem ... oplossen`). Frog
sometimes leaves the participle or infinitive a root of its own: the auxiliary then has
no verbal complement, the act (`aangehouden`) has no subject, and every layer reads the
sentence as two verbless fragments. An arrest, a departure or a decision is lost with it.

The repair makes the non-finite verb the `vc` of the auxiliary where the syntax allows no
other reading: the auxiliary is a root finite form of a verb that takes that kind of
complement (data/repair.yaml `cluster_auxiliaries`: a participle after `worden`, `zijn`,
`hebben`; an infinitive after a modal or an aspectual verb), it has no verbal complement
or predicate of its own (a copula `is` with a predicate is complete), the non-finite verb
is a root with no subject of its own, and nothing between the two opens or closes a
clause (a conjunction, a relative or interrogative pronoun, another finite verb, a comma,
colon, semicolon or quote mark: `Het is niet duidelijk of die ... zitten`; `te` or
`om`: `gaat ... aan de slag om dat te repareren`).
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.nlp.repair_words import repair_words
from kroniek.syntax import is_finite

_CLAUSE_MARKS = frozenset("\"'‘’“”„«»,;:()")
_TE_CLAUSE = frozenset(repair_words()["cluster_breaking_words"])


def _breaks_clause(token: Token) -> bool:
    """A token that opens or closes a clause between an auxiliary and its cluster's end."""
    if token.pos == "LET":
        return token.text in _CLAUSE_MARKS
    if token.pos == "VG" or is_finite(token):
        return True
    if token.lemma.casefold() in _TE_CLAUSE:  # `om dat te repareren`: a clause of its own
        return True
    return token.pos == "VNW" and ("betr" in token.features or "vb" in token.features)


def _complement_kind(token: Token) -> str | None:
    if token.pos != "WW":
        return None
    if "vd" in token.features:
        return "participle"
    if "inf" in token.features:
        return "infinitive"
    return None


def attach_split_clusters(doc: Document) -> int:
    """Make a root non-finite verb the verbal complement of the root auxiliary before it
    (module docstring); returns how many were attached."""
    takes: dict[str, list[str]] = repair_words()["cluster_auxiliaries"]
    attached = 0
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        for k, aux in enumerate(tokens):
            kinds = takes.get(aux.lemma.casefold())
            if kinds is None or not is_finite(aux) or aux.head != -1:
                continue
            if any(c.deprel in {"vc", "predc"} for c in doc.children(aux.i)):
                continue
            for token in tokens[k + 1:]:
                if _breaks_clause(token):
                    break
                kind = _complement_kind(token)
                if kind is None:
                    continue
                if token.head == -1 and kind in kinds and not any(
                        c.deprel == "su" for c in doc.children(token.i)):
                    token.head, token.deprel = aux.i, "vc"
                    attached += 1
                break
    return attached
