"""Repair of a fronted subject that Frog labelled a second direct object.

In a Dutch main clause one constituent precedes the finite verb (ANS 2nd ed. 21.2, the V2
rule), and a bare noun phrase there is the subject unless another noun phrase after the
verb is (`Die uitkomst zagen wij`: a topicalised object). Frog sometimes labels the
fronted noun phrase `obj1` beside the verb's real object, so the clause has two direct
objects and no subject, and the act has no actor: `Benflis beschuldigde 'buitengerechtelijke
krachten' ervan dat ...` (`Benflis` and `krachten` both `obj1`, the `dat`-clause `su`),
`AFC begon daar dit seizoen mee`, `Een Japanse architect maakte van Astana een
hypermoderne stad`. A verb takes one direct object (ANS 18.3), so one of the two is the
subject, and in the unmarked order it is the first.

The fronted phrase becomes the subject when: the verb is the root finite verb of the
sentence (a main clause) and not a copula; it has no nominal subject and a second `obj1`
after it; the phrase fills the whole fronted position (every token before the verb hangs
in it); its head is a noun or name, no time noun (`Afgelopen zomer maakte ...`), with no
demonstrative (`Dat Fideszlidmaatschap vinden veel EVP'ers`: topicalised, as in
repair.py `attach_displaced_subjects`); it agrees with the verb in number (`De
slachtoffers treft geen blaam`: `blaam` is the subject); and the sentence is no
question. A subordinate clause Frog made the subject (`dat` in the Benflis sentence) is
then the verb's complement (`vc`): a clause with a nominal subject has no clausal one.
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.nlp.repair_words import repair_words, time_nouns
from kroniek.syntax import agrees_in_number, is_finite

_OPENING_MARKS = frozenset("\"'‘’“”„«»,(")
_NOMINAL = frozenset({"N", "SPEC"})


def _fronted_head(doc: Document, tokens: list[Token], verb: Token) -> Token | None:
    """The one token before the verb that hangs on it, when the whole fronted position
    (after opening marks) is that token's phrase; else None."""
    k = 0
    while k < len(tokens) and tokens[k].pos == "LET" and tokens[k].text in _OPENING_MARKS:
        k += 1
    span = [t for t in tokens[k:] if t.i < verb.i]
    if not span:
        return None
    inside = range(span[0].i, verb.i)
    tops = [t for t in span if t.head not in inside]
    if len(tops) != 1 or tops[0].head != verb.i:
        return None
    return tops[0]


def _demonstrative(doc: Document, noun: Token) -> bool:
    return any(c.deprel == "det" and c.pos == "VNW" and "aanw" in c.features
               for c in doc.children(noun.i))


def _copular(verb: Token) -> bool:
    return verb.lemma.casefold() in repair_words()["copular_verbs"]


def attach_fronted_object_subjects(doc: Document) -> int:
    """Relabel as subject the fronted `obj1` of a subjectless root finite verb that has a
    second `obj1` after it (module docstring); returns how many were relabelled."""
    attached = 0
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        if not tokens or tokens[-1].text == "?":
            continue
        for verb in tokens:
            if not is_finite(verb) or verb.head != -1 or _copular(verb):
                continue
            children = doc.children(verb.i)
            if any(c.deprel == "su" and (c.pos in _NOMINAL or c.pos == "VNW")
                   for c in children):
                continue
            objects = [c for c in children if c.deprel == "obj1"]
            if len(objects) < 2 or not any(o.i > verb.i for o in objects):
                continue
            noun = _fronted_head(doc, tokens, verb)
            if noun is None or noun.deprel != "obj1" or noun.pos not in _NOMINAL:
                continue
            if noun.lemma.casefold() in time_nouns() or _demonstrative(doc, noun) or not (
                    agrees_in_number(noun, verb)):
                continue
            noun.deprel = "su"
            for clause in children:
                if clause.deprel == "su" and clause.pos == "VG":
                    clause.deprel = "vc"
            attached += 1
    return attached
