"""Repair of a `te`-infinitive clause that complements a predicative adjective of intention.

`Asscher was bereid het kabinet te steunen`: Frog hangs `te` (head of the clause) and the
infinitive's object on the copula (`het kabinet` a second subject of `was`, `te` a
modifier of it), or makes the adjective a modifier of the object noun and the noun the
predicate (`Zadelhoff is bereid 45 miljoen euro ... te steken`: `miljoen` the predicate
of `is`). So the infinitive, the trigger of the act, has no object (`steunen` whom?).

In Dutch such a clause is the complement of the adjective (ANS 15.4.3: a non-attributive
adjective takes a `(om) te`-infinitive clause as complement, `(Jan is altijd) bereid
(om) te helpen`, a kind of prepositional object of the predicate `bereid zijn`; the
subject of the sentence is the implied subject of the infinitive). Everything between
the adjective (or the verbs of the matrix cluster right after it, `dat hij bereid was
...`, `bereid te zijn om ...`) and `te` is the clause's middle field (ANS 18.5.3, as in
te_clause.py). The repair hangs the clause (`om` if present, else `te`) on the adjective
as `vc`, the adjective on the copula as its predicate, the infinitive under `te`, and
every phrase of the middle field that hangs outside the clause onto the last verb of the
infinitive's cluster: a noun phrase as object, a particle as `svp`, anything else with its
own label (`mod` where the label was a clause relation).

Only the adjectives of intention and willingness listed in data/repair.yaml
(`te_complement_adjectives`, word forms; the events layer reads them as intentions,
events/data/status.yaml `intention_verbs`), on a copula of the same clause. Not repaired:
a clause break (comma, conjunction, finite verb, another infinitive) between the adjective
and `te`, and an infinitive with no verb after `te`.

Measured on 473 DPG 2019 articles (16 clauses, 2 event records): see repair.yaml
`te_complement_adjectives`.
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.nlp.repair_words import is_copula, measure_noun, repair_words
from kroniek.syntax import cluster_end, is_finite

# Labels a moved phrase keeps on the infinitive; any other becomes `mod`.
_KEPT = frozenset({"mod", "pc", "ld", "predc", "svp", "se", "obj2", "me", "predm"})
_BREAKS = frozenset({",", ";", ":", "(", ")"})


def _adjective_form(token: Token) -> bool:
    return token.text.casefold() in repair_words()["te_complement_adjectives"]


def _copula(doc: Document, adjective: Token) -> tuple[Token | None, int]:
    """The copula of the adjective's clause and the position after the matrix verbs that
    follow the adjective (`bereid was`, `bereid te zijn`, `bereid is geweest`)."""
    end = doc.sentences[adjective.sent].token_end
    position = adjective.i + 1
    copula = None
    while position < end:
        token = doc.tokens[position]
        if token.pos == "WW" and is_copula(token):
            copula = copula or token
            position += 1
        elif (token.text.casefold() == repair_words()["infinitive_marker"]
              and position + 1 < end and doc.tokens[position + 1].pos == "WW"
              and is_copula(doc.tokens[position + 1])):
            position += 1  # `bereid te zijn om ...`: the copula's own `te`
        else:
            break
    if copula is not None:
        return copula, position
    start = doc.sentences[adjective.sent].token_start
    for i in range(adjective.i - 1, start - 1, -1):
        token = doc.tokens[i]
        if token.text in _BREAKS or (token.pos == "VG" and "onder" in token.features):
            break
        if token.pos == "WW" and "prenom" not in token.features:
            return (token if is_copula(token) else None), position
    return None, position


def _complement(doc: Document, position: int) -> tuple[Token | None, Token, Token] | None:
    """`om` (if any), `te` and the infinitive of the clause starting at `position`, when
    nothing between them breaks the clause."""
    end = doc.sentences[doc.tokens[position].sent].token_end if position < len(
        doc.tokens) else position
    marker = repair_words()["infinitive_marker"]
    complementizer = None
    if position < end and doc.tokens[position].pos == "VZ" and (
            doc.tokens[position].text.casefold() == "om"):
        complementizer = doc.tokens[position]
    for i in range(position, end - 1):
        token = doc.tokens[i]
        if token.text.casefold() == marker and token.pos == "VZ":
            infinitive = doc.tokens[i + 1]
            if infinitive.pos == "WW" and "inf" in infinitive.features:
                return complementizer, token, infinitive
            return None
        if token.text in _BREAKS or token.pos == "VG" or is_finite(token) or (
                token.pos == "WW" and "inf" in token.features):
            return None
    return None


def _nominal(token: Token) -> bool:
    if token.pos in {"N", "SPEC"}:
        return True
    return token.pos == "VNW" and "adv-pron" not in token.features and token.deprel != "det"


def attach_adjective_te_clauses(doc: Document) -> int:
    """Hang the `te`-clause and its middle field on the adjective (module docstring);
    returns how many clauses were repaired."""
    repaired = 0
    for adjective in doc.tokens:
        if not _adjective_form(adjective):
            continue
        copula, position = _copula(doc, adjective)
        if copula is None:
            continue
        found = _complement(doc, position)
        if found is None:
            continue
        complementizer, te, infinitive = found
        last = cluster_end(doc, infinitive) if infinitive.head == te.i else infinitive
        clause = complementizer or te
        field = range(position + (complementizer is not None), te.i)
        cluster = {infinitive.i, last.i}
        movers = [doc.tokens[i] for i in field if doc.tokens[i].pos != "LET"
                  and doc.tokens[i].head not in field and doc.tokens[i].head not in cluster]
        predicate = (adjective.head, adjective.deprel) == (copula.i, "predc")
        attached = (clause.head, clause.deprel) == (adjective.i, "vc") and (
            infinitive.head == te.i and (complementizer is None or te.head == clause.i))
        if not movers and predicate and attached:
            continue  # already right
        has_object = any(c.deprel == "obj1" and c.i not in field for c in doc.children(last.i))
        adjective.head, adjective.deprel = copula.i, "predc"
        clause.head, clause.deprel = adjective.i, "vc"
        if complementizer is not None:
            te.head, te.deprel = complementizer.i, "body"
        infinitive.head, infinitive.deprel = te.i, "body"
        nominals = [t for t in movers if _nominal(t) and not measure_noun(t)]
        for token in movers:
            token.head = last.i
            if token in nominals:
                if token.lemma.casefold() in {"zich", "zichzelf"}:
                    token.deprel = "se"
                else:
                    token.deprel = "obj1" if token is nominals[-1] and not has_object else "obj2"
            elif token.deprel == "svp" or (token.pos == "VZ" and "fin" in token.features):
                token.deprel = "svp"
            elif token.deprel not in _KEPT:
                token.deprel = "mod"
        repaired += 1
    return repaired
