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

A perfect or passive auxiliary after a modal (`zou ... dicht hebben geduwd`) may come out
tagged as a plural present, a second root with the participle under it: a clause has
one finite verb, and `hebben`, `zijn`, `worden` are written the same as infinitives, so
it becomes the infinitive in the modal's cluster (only a root with a verbal complement
and no subject of its own, before anything that breaks the clause). A coordinator between
a noun and the next noun phrase (`de neus en de mond van de baby`) joins two phrases of
the clause and does not end the search. Measured on 473 DPG 2019 articles: 7 parses
changed, all right (`zou ... hebben bedreigd`, `zouden ... zijn opgehitst`, and five
participles found past a coordination of nouns); 2 event records added there (a trade
agreement signed with Iceland and Norway, recipients right, the actor `Onze
onderhandelaars` left described).
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.nlp.repair_words import repair_words
from kroniek.syntax import is_finite

_CLAUSE_MARKS = frozenset("\"'‘’“”„«»,;:()")
_TE_CLAUSE = frozenset(repair_words()["cluster_breaking_words"])
# The auxiliaries whose infinitive is also their plural present (ANS 18.5, the perfect
# and passive auxiliaries), and the CGN tag of that infinitive.
_HOMOGRAPH_AUXILIARIES = frozenset({"hebben", "zijn", "worden"})
_INFINITIVE_TAG = "WW(inf,vrij,zonder)"


def _breaks_clause(token: Token) -> bool:
    """A token that opens or closes a clause between an auxiliary and its cluster's end."""
    if token.pos == "LET":
        return token.text in _CLAUSE_MARKS
    if token.pos == "VG" or is_finite(token):
        return True
    if token.lemma.casefold() in _TE_CLAUSE:  # `om dat te repareren`: a clause of its own
        return True
    return token.pos == "VNW" and ("betr" in token.features or "vb" in token.features)


def _joins_nouns(tokens: list[Token], n: int) -> bool:
    """A coordinator between a noun and the next noun phrase's first word, read linearly
    (`de neus en de mond`): it joins two phrases of the clause, it opens no clause."""
    token = tokens[n]
    if token.pos != "VG" or "neven" not in token.features or not 0 < n < len(tokens) - 1:
        return False
    before, after = tokens[n - 1], tokens[n + 1]
    return before.pos in {"N", "SPEC"} and (
        after.pos in {"LID", "N", "SPEC", "ADJ", "TW"} or (
            after.pos == "VNW" and "det" in after.features))


def _finite_homograph(doc: Document, token: Token) -> bool:
    """A root auxiliary tagged as a plural present whose form is also its infinitive
    (`hebben`, `zijn`, `worden`), with a non-finite verb of its own and no subject: after
    a modal or `zullen` in the same clause it is that infinitive (a clause has one finite
    verb, ANS 18.5)."""
    return (token.pos == "WW" and is_finite(token) and token.head == -1
            and token.text.casefold() == token.lemma.casefold()
            and token.lemma.casefold() in _HOMOGRAPH_AUXILIARIES
            and any(c.deprel == "vc" for c in doc.children(token.i))
            and not any(c.deprel == "su" for c in doc.children(token.i)))


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
            for n, token in enumerate(tokens[k + 1:], start=k + 1):
                if _joins_nouns(tokens, n):
                    continue  # `de neus en de mond van de baby`: inside a noun phrase
                if "infinitive" in kinds and _finite_homograph(doc, token):
                    # `Ze zou de neus ... dicht hebben geduwd`: the second finite-tagged
                    # verb of one clause is the infinitive it is written as
                    token.retag(_INFINITIVE_TAG)
                    token.head, token.deprel = aux.i, "vc"
                    attached += 1
                    break
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
