"""Repair of a possessive pronoun that Frog read as a finite verb (`zijn`, `haar`).

`De premier riep de laatste dagen zijn achterban op`: Frog makes `zijn` a finite verb,
`dagen` its subject, `achterban` a predicate and `op` its particle, so the clause's own
verb `riep` loses its object and particle, and a later layer sees a clause `dagen zijn
achterban` that is not in the text. Dutch allows one finite verb per clause (ANS 21.1:
the finite verb takes second place in a main clause, the last in a subordinate one), so a
homograph of a possessive that follows the clause's finite verb with no clause boundary
between and is followed by a noun is the possessive (ANS 5.4), determiner of that noun.
A plural noun right before it (`Alle mensen zijn sterfelijk`) can be the verb's
subject, so the repair leaves that alone.

The repair retags it as a possessive determiner, hangs it on the noun, and gives the
noun (as object when the verb has none) and every other dependent of the false verb to
the clause's verb (inside a preposition right before it: `op zijn weblog`; to a
`te`-infinitive right after it: `om regelmatig zijn opnames te beluisteren`; the subject
in the inverted position right after a subjectless verb: `Per slot van rekening is zijn
anti-Sorosstrategie het idee`). Measured on 473 DPG 2019 articles: 19 repaired, all 19
possessives by hand, the noun's new head right in 17 (`weerhoudt hem er niet van zijn
rapcarrière voort te zetten` leaves it on `van`; `zette een Republikein ... zijn tanden`
makes it a modifier, the object place taken by Frog's wrong `Republikein`). No record of
the 473 changes; on dpg-dev 1-16 one event is gained (`riep ... zijn achterban op`)
and one false quote appears: with `laat de overwinning van Thierry Baudet met zijn Forum
... zien dat` parsed right, the quote layer takes `de overwinning` for a speaker of the
cue `zien` (a quote-layer matter: an event noun is no speaker).
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.nlp.repair_words import repair_words, time_nouns
from kroniek.syntax import cluster_end, is_finite

# Tokens that end the clause the false verb would belong to, looking left.
_BOUNDARY_MARKS = frozenset(",;:()\"'‘’“”„«»-–—")


def _boundary(token: Token) -> bool:
    return (token.pos == "LET" and token.text in _BOUNDARY_MARKS) or token.pos == "VG" or (
        token.pos == "VNW" and ("betr" in token.features or "vb" in token.features))


def _clause_verb(tokens: list[Token], k: int) -> Token | None:
    """The finite verb before position k in the same clause, or None."""
    for token in reversed(tokens[:k]):
        if _boundary(token):
            return None
        if is_finite(token):
            return token
    return None


def _descends(doc: Document, token: Token, ancestor: Token) -> bool:
    """Whether `ancestor` is on the head chain of `token`."""
    head, steps = token.head, 0
    while head >= 0 and steps < len(doc.tokens):
        if head == ancestor.i:
            return True
        head, steps = doc.tokens[head].head, steps + 1
    return False


def _te_infinitive(tokens: list[Token], k: int) -> Token | None:
    """The infinitive of a `te`-clause that the noun at k opens (`om nog regelmatig zijn
    opnames te beluisteren`): a preposition right after the noun and an infinitive right
    after that (ANS 18.5: `te` is the one preposition that takes an infinitive)."""
    if k + 2 < len(tokens) and tokens[k + 1].pos == "VZ" and tokens[k + 2].pos == "WW" and (
            "inf" in tokens[k + 2].features):
        return tokens[k + 2]
    return None


def _repair(doc: Document, false_verb: Token, noun: Token, verb: Token,
            governor: Token | None) -> None:
    """`governor`: the preposition or te-infinitive the noun phrase belongs to, if any."""
    if _descends(doc, verb, false_verb):
        # Frog hung the clause's verb itself on the false verb (`krijgt ... bovenop zijn
        # voorarrest`): the verb takes the false verb's place first
        verb.head, verb.deprel = false_verb.head, false_verb.deprel
        if false_verb.head < 0:
            verb.deprel = "ROOT"
    if governor is not None and _descends(doc, governor, noun):
        governor = None  # `zijn opnames te beluisteren` with `te` on the noun: te_clause.py
    main = governor if governor is not None and governor.pos == "WW" else cluster_end(doc, verb)
    has_object = any(c.deprel == "obj1" for c in doc.children(main.i))
    has_subject = any(c.deprel == "su" for c in doc.children(verb.i))
    for child in doc.children(false_verb.i):
        if child is noun:
            continue
        if child.i > false_verb.i and child.i < noun.i:
            child.head, child.deprel = noun.i, "mod"  # `zijn eigen huis`
        elif child.deprel == "su" and child.i < false_verb.i:
            child.head, child.deprel = verb.i, "mod" if has_subject else "su"
            has_subject = True
        else:
            child.head = main.i
    if governor is not None and governor.pos == "VZ":  # `bij zijn huurbaas`
        noun.head, noun.deprel = governor.i, "obj1"
    elif not has_subject and false_verb.i == verb.i + 1:  # inverted: `is zijn strategie`
        noun.head, noun.deprel = verb.i, "su"
    else:
        noun.head, noun.deprel = main.i, "mod" if has_object else "obj1"
    false_verb.head, false_verb.deprel = noun.i, "det"
    false_verb.retag(repair_words()["possessive_tag"])


def attach_possessives(doc: Document) -> int:
    """Turn a possessive read as a second finite verb of a clause back into the noun's
    determiner (module docstring); returns how many were repaired."""
    homographs = set(repair_words()["possessive_verb_homographs"])
    repaired = 0
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        for k, token in enumerate(tokens):
            if not (is_finite(token) and token.text.casefold() in homographs):
                continue
            # the noun phrase: adjectives, then nouns (Frog tags some compounds ADJ:
            # `zijn moordbevel`); an adjective after the nouns is an adverbial
            run = k + 1
            while run < len(tokens) and tokens[run].pos == "ADJ":
                run += 1
            adjectives_end = run
            while run < len(tokens) and tokens[run].pos == "N":
                run += 1
            if run == adjectives_end:  # no noun: the first word is the mistagged one
                run = min(k + 2, adjectives_end)
            if run == k + 1:
                continue
            noun, verb = tokens[run - 1], _clause_verb(tokens, k)
            if verb is None or noun.head != token.i:
                continue
            before = tokens[k - 1]
            if before.pos == "N" and "mv" in before.features and (
                    before.lemma.casefold() not in time_nouns()):
                continue  # `Alle mensen zijn sterfelijk`: a plural subject, `zijn` the verb
            governor = before if before.pos == "VZ" else _te_infinitive(tokens, run - 1)
            _repair(doc, token, noun, verb, governor)
            repaired += 1
    return repaired
