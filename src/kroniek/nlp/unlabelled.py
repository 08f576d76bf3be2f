"""Repair of an argument Frog attached to a verb without a relation.

In a verb-final clause (ANS 10.3: a subordinate clause, `omdat hij in Nepal kinderen zou
hebben misbruikt`) Frog now and then hangs a noun phrase or pronoun of the middle field on
a verb of the closing cluster with no relation at all: `kinderen` above hangs on `zou`
with no label, so the act has no object and every layer that reads `su` and `obj1` (the
event coder, quote speakers) misses it. On 473 DPG 2019 articles 421 nouns, names and
pronouns are left so, nearly all before the verb they hang on.

The relation is restored from the case and position Dutch grammar gives the arguments of
the middle field, only where the cluster lacks that relation (never overriding a label
Frog gave):

- A nominative personal pronoun (CGN `nomin`: `we`, `hij`, `zij`) is the subject
  (ANS 5.2.2: the nominative is the subject's case), when the cluster has none.
- A noun or name is the direct object of the cluster's last verb when the cluster has a
  subject and no object, and is no perfect with `zijn` or passive with `worden` (those take
  no object; ANS 18.3), no copula (`als hun gedrag ... niet vroom genoeg was`: a subject),
  and the noun is no time or measure noun (`een derde keer`, `geen minuut`). Words of
  `nlp/data/repair.yaml`.
- A noun or name before the verbs of a clause with no subject is the subject, when it
  agrees with the finite verb in number (ANS 8.3).

Never for a token outside the finite verb's own clause (before its complementizer, or with
a comma, colon or bracket between), inside brackets, right after a comparative `als`/`dan`
(`die zich net als hij Engels voelden`), or a noun in a relative clause (`de man die de
Strafkamer moest gaan controleren`: the relative pronoun is subject or object, whatever
Frog labelled it); a noun is an object only after the clause's subject (ANS 21.3: the
subject comes first in the middle field; Frog's misplaced `su` in `dat het kabinet meer
moest doen` made the subject an object in the first version).

A noun or name hung with no relation on the complementizer AFTER it (`De
oppositiepartijen verwijten Rutte dat hij niets doet`: `Rutte` on `dat`) is no part of
that clause, which its complementizer opens (ANS 10.3); it stands in the middle field of
the main clause whose verb governs the complementizer, and is that verb's direct object,
or its indirect object beside one (ANS 21.1), when the verb has a subject before it and
no such object, and is no copula (`main_clause_label`).

Measured on 473 DPG 2019 articles (2026-11-27): 73 tokens labelled (47 objects, 26
subjects); 40 checked by hand, 33 right, 3 right in relation but hung one verb too high
(`dat hij harddrugs gebruikt zou hebben`: on `hebben`), 4 wrong (`dat hij apothekers dat
niet kan voorschrijven`: an indirect object; `de meeste vrouwen ... ontgaan`: an object
taken for the subject). Records: 3 events more on the 473 (`omdat hij in Nepal kinderen
zou hebben misbruikt` ASSAULT, `dat hij de organisatoren zou uitnodigen` REQUEST, both
right; `Totdat de politie haar ... arresteert` COERCE, right act with the police read as
Curaçao's); dpg-dev 1-16 events 0.575 -> 0.582 (`omdat hij zijn partner ... heeft
gewurgd`), seeds 0.724 -> 0.735 (`dat hij Zelensky "waarschijnlijk volgende week" zal
spreken`), other layers unchanged.
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.nlp.repair_words import (
    measure_noun,
    nominative,
    repair_words,
)
from kroniek.syntax import agrees_in_number, cluster_end, is_finite, verb_chain

_NO_LABEL = frozenset({"", "None"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")"})


def _unlabelled(token: Token) -> bool:
    return token.deprel is None or token.deprel in _NO_LABEL


def _in_clause(doc: Document, token: Token, finite: Token) -> bool:
    """Whether the token stands in the finite verb's own clause: after the complementizer
    that opens it and with no comma, colon, semicolon or bracket between them (`eisen
    sancties tegen de concurrent, omdat de overheid ... zou weren`: not `concurrent`); a
    quote mark may stand inside the clause (`dat hij Zelensky "waarschijnlijk volgende
    week" zal spreken`)."""
    opener = doc.tokens[finite.head] if finite.deprel == "body" and finite.head >= 0 else None
    if opener is not None and not opener.i < token.i:
        return False
    between = doc.tokens[token.i + 1:finite.i]
    return not any(t.text in _CLAUSE_BREAKS for t in between) and not _bracketed(doc, token)


def _bracketed(doc: Document, token: Token) -> bool:
    """Inside an open bracket of its sentence (`(Opinie, 21 februari)`)."""
    sentence = doc.sentences[token.sent]
    depth = 0
    for other in doc.tokens[sentence.token_start:token.i]:
        depth += (other.text == "(") - (other.text == ")")
    return depth > 0


def _compared(doc: Document, token: Token) -> bool:
    """Right after a comparative `als`/`dan` (`die zich net als hij Engels voelden`): the
    standard of comparison, not an argument of the verb (ANS 10.3.6)."""
    return token.i > 0 and doc.tokens[token.i - 1].lemma.casefold() in {"als", "dan"}


def _relative_clause(doc: Document, finite: Token) -> bool:
    """A clause opened by a relative or interrogative pronoun (`de man die de Strafkamer
    moest gaan controleren`): the pronoun is subject or object, whatever Frog labelled."""
    opener = doc.tokens[finite.head] if finite.deprel == "body" and finite.head >= 0 else None
    return opener is not None and opener.pos in {"VNW", "BW"}


def _label(doc: Document, token: Token, verb: Token) -> tuple[int, str] | None:
    """The head and relation the token takes in its clause, or None."""
    chain = verb_chain(doc, verb.i)
    finite = doc.tokens[chain[0]]
    if token.i > finite.i or not is_finite(finite):
        return None  # only the middle field of a verb-final clause
    if not _in_clause(doc, token, finite) or _compared(doc, token):
        return None
    dependents = [c for v in chain for c in doc.children(v) if c.i != token.i]
    has_subject = any(c.deprel == "su" for c in dependents)
    if nominative(token):
        return None if has_subject else (finite.i, "su")
    if token.pos not in {"N", "SPEC"} or measure_noun(token) or _relative_clause(doc, finite):
        return None
    lemmas = {doc.tokens[v].lemma.casefold() for v in chain}
    if not has_subject:
        return (finite.i, "su") if agrees_in_number(token, finite) else None
    if any(c.deprel in {"obj1", "predc"} for c in dependents) or not any(
            c.deprel == "su" and c.i < token.i for c in dependents):
        return None  # the subject comes first in the middle field (ANS 21.3)
    if lemmas & set(repair_words()["copular_verbs"]):
        return None  # copulas, `zijn`-perfects and `worden`-passives take no object
    return cluster_end(doc, finite).i, "obj1"


def main_clause_label(doc: Document, token: Token) -> tuple[int, str] | None:
    """The main-clause verb and relation of a noun or name hung on the complementizer
    after it (module docstring), or None."""
    opener = doc.tokens[token.head]
    if opener.pos != "VG" or "onder" not in opener.features or opener.i < token.i:
        return None
    if token.pos not in {"N", "SPEC"} or measure_noun(token) or opener.head < 0:
        return None
    verb = doc.tokens[opener.head]
    if verb.pos != "WW" or not verb.i < token.i or verb.sent != token.sent:
        return None
    if any(t.text in _CLAUSE_BREAKS for t in doc.tokens[verb.i + 1:opener.i]):
        return None
    chain = verb_chain(doc, verb.i)
    if {doc.tokens[v].lemma.casefold() for v in chain} & set(repair_words()["copular_verbs"]):
        return None
    dependents = [c for v in chain for c in doc.children(v) if c.i != token.i]
    if not any(c.deprel == "su" and c.i < token.i for c in dependents):
        return None
    labels = {c.deprel for c in dependents}
    if "obj1" not in labels and "predc" not in labels:
        return verb.i, "obj1"
    return (verb.i, "obj2") if "obj2" not in labels else None


def attach_unlabelled_arguments(doc: Document) -> int:
    """Give a noun, name or pronoun Frog hung on a verb with no relation its subject or
    object relation (module docstring); returns how many were labelled."""
    labelled = 0
    for token in doc.tokens:
        if not _unlabelled(token) or token.head < 0:
            continue
        verb = doc.tokens[token.head]
        if verb.pos == "VG":
            found = main_clause_label(doc, token)
        elif verb.pos != "WW" or verb.sent != token.sent:
            continue
        else:
            found = _label(doc, token, verb)
        if found is not None:
            token.head, token.deprel = found
            labelled += 1
    return labelled
