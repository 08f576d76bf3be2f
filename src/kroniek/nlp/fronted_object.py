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
after it, or no subject of any kind and the fronted phrase is its only object (`Het
kortetermijndenken prevaleert`); the phrase fills the whole fronted position (every token
before the verb hangs in it); its head is a noun or name, no time noun (`Afgelopen zomer
maakte ...`), with no demonstrative (`Dat Fideszlidmaatschap vinden veel EVP'ers`:
topicalised, as in repair.py `attach_displaced_subjects`); it agrees with the verb in
number (`De slachtoffers treft geen blaam`: `blaam` is the subject); and the sentence is
no question. A subordinate clause Frog made the subject (`dat` in the Benflis sentence) is
then the verb's complement (`vc`): a clause with a nominal subject has no clausal one.

The converse error, a second subject after the verb beside the fronted one (`De
oppositie verwijt Rutte dat hij niets doet`: `oppositie` and `Rutte` both `su`), is
mended by the same rule (`detach_second_subjects`): a clause has one subject, the
fronted noun phrase is it, and the noun phrase after the verb is its direct object, or
its indirect object beside one (ANS 21.1). Under the same guards: a root finite verb, no
copula, the fronted phrase filling the prefield, no demonstrative, agreeing with the
verb, no question (with a fronted adverbial instead, both subjects after the verb, a
nominative pronoun first is the subject: `Onderweg belde hij zijn moeder`); the fronted
phrase is a noun, name or personal pronoun with no time or
measure word (`Dat onthulde frontman Robert Smith`, `Zondagochtend gaat de smartphone`
keep their subject after the verb) and no quote before the verb (`"...", zegt hij`); the
later phrase is no nominative or relative pronoun and nothing opens a clause between it
and the verb.

Measured on 473 DPG 2019 articles (2026-11-28), with the weekday repair
(`nlp/time_object.py`, 14 weekdays): about 13 sole objects made subjects, right, and 216
second subjects made objects; of 30 drawn at random 25 right (wrong: a fronted object
read as subject, `Direct effect zal uw stem niet hebben`; a prepositional `via Turkije`
and `eind augustus` labelled objects). Event records: 2 more on dpg-dev 1-16
(`Gemeenten gaan met de plannen van Wiebes mee`, SUPPORT; `Maasdriel zal ... Willem
Vermeulen ... schadeloos moeten stellen`, AGREE future), 1 fewer on the 473 (`Charlotte
vertelt de rechter ...`, a CONSULT that was wrong).
"""

from __future__ import annotations

from collections.abc import Iterator

from kroniek.model import Document, Token
from kroniek.nlp.repair_words import (
    OPENING_MARKS,
    copular_cluster,
    demonstrative,
    is_copula,
    measure_noun,
    nominative,
    time_nouns,
)
from kroniek.nlp.time_object import day_words
from kroniek.syntax import agrees_in_number, is_finite

_NOMINAL = frozenset({"N", "SPEC"})


def _fronted_head(doc: Document, tokens: list[Token], verb: Token) -> Token | None:
    """The one token before the verb that hangs on it, when the whole fronted position
    (after opening marks) is that token's phrase; else None."""
    k = 0
    while k < len(tokens) and tokens[k].pos == "LET" and tokens[k].text in OPENING_MARKS:
        k += 1
    span = [t for t in tokens[k:] if t.i < verb.i]
    if not span:
        return None
    inside = range(span[0].i, verb.i)
    tops = [t for t in span if t.head not in inside]
    if len(tops) != 1 or tops[0].head != verb.i:
        return None
    return tops[0]


def _subject_like(doc: Document, tokens: list[Token], first: Token, verb: Token) -> bool:
    """A fronted phrase that can be the subject: a noun, name or personal or indefinite
    pronoun (`Niemand`; not the demonstrative `Dat onthulde frontman Robert Smith`), with
    no demonstrative and no time word in it (`Eind deze maand begint de EK-kwalificatie`,
    `Zondagochtend gaat de smartphone`: adverbials), agreeing with the verb."""
    if first.pos == "VNW" and not ({"pers", "onbep"} & set(first.features)):
        return False
    if any(t.text in OPENING_MARKS for t in tokens if first.i < t.i < verb.i):
        return False  # a quote or clause before the verb: `"...", zegt hij`
    if any(_measure(t) for t in tokens if t.i < verb.i):
        return False
    return not demonstrative(doc, first) and agrees_in_number(first, verb)


def _object_like(doc: Document, second: Token, verb: Token) -> bool:
    """A phrase after the verb that can be its object: a noun, name or object pronoun
    (not the nominative `ze`, `we`, nor a relative or interrogative pronoun, which belong
    to a clause of their own), no time or measure word, with no comma, quote mark,
    conjunction or clause opener between it and the verb (`zei ... dat ... en dat gunt ze
    hem niet`, `weten ... niet hoe ze in het nieuws moeten komen`)."""
    if second.pos == "VNW" and ("nomin" in second.features or not (
            {"pers", "onbep", "refl", "pr"} & set(second.features))):
        return False
    between = doc.tokens[verb.i + 1:second.i]
    return not _measure(second) and not any(
        t.text in OPENING_MARKS or t.pos == "VG" or _opens_clause(doc, t) for t in between)


def _opens_clause(doc: Document, token: Token) -> bool:
    """A word with a clause body (`hoe ze ... moeten komen`: `moeten` the body of `hoe`)."""
    return any(c.deprel == "body" for c in doc.children(token.i))


def _counted(doc: Document, token: Token) -> bool:
    """A numeral heading its noun phrase (`honderden kinderen`: Frog's TW(hoofd,nom) with the
    noun right after it as its modifier; not the `negentig` of `begin jaren negentig`)."""
    return token.pos == "TW" and "nom" in token.features and any(
        c.i == token.i + 1 and c.pos == "N" for c in doc.children(token.i))


def _measure(token: Token) -> bool:
    """A time or measure word (`een tikje meer`, `zaterdagavond`): an adverbial phrase."""
    return measure_noun(token) or token.text.casefold() in day_words()


def _main_verbs(doc: Document) -> Iterator[tuple[list[Token], Token]]:
    """(sentence tokens, verb) for every root finite verb that is no copula, in sentences
    that are no question (a question fronts its verb)."""
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        if not tokens or tokens[-1].text == "?":
            continue
        for verb in tokens:
            if is_finite(verb) and verb.head == -1 and not is_copula(verb):
                yield tokens, verb


def attach_fronted_object_subjects(doc: Document) -> int:
    """Relabel as subject the fronted `obj1` of a subjectless root finite verb that has a
    second `obj1` after it, or has no other argument at all (module docstring); returns
    how many were relabelled."""
    attached = 0
    for tokens, verb in _main_verbs(doc):
        children = doc.children(verb.i)
        if any(c.deprel == "su" and (c.pos in _NOMINAL or c.pos == "VNW") for c in children):
            continue
        objects = [c for c in children if c.deprel == "obj1"]
        if len(objects) == 1:
            # the fronted phrase is the only argument: with no subject of any kind (a
            # `dat`-clause subject makes the noun a topicalised object)
            if any(c.deprel == "su" for c in children):
                continue
        elif len(objects) < 2 or not any(o.i > verb.i for o in objects):
            continue
        noun = _fronted_head(doc, tokens, verb)
        if noun is None or noun.deprel != "obj1" or noun.pos not in _NOMINAL:
            continue
        if noun.lemma.casefold() in time_nouns() or demonstrative(doc, noun) or not (
                agrees_in_number(noun, verb)):
            continue
        noun.deprel = "su"
        for clause in children:
            if clause.deprel == "su" and clause.pos == "VG":
                clause.deprel = "vc"
        attached += 1
    return attached


def detach_second_subjects(doc: Document) -> int:
    """Relabel as object the second nominal subject after a root finite verb whose fronted
    noun phrase is its subject too (module docstring); returns how many were relabelled."""
    detached = 0
    for tokens, verb in _main_verbs(doc):
        children = doc.children(verb.i)
        subjects = [c for c in children if c.deprel == "su"]
        if len(subjects) != 2:
            continue
        first, second = subjects
        if first.pos not in _NOMINAL and first.pos != "VNW":
            continue
        if second.pos not in _NOMINAL and second.pos != "VNW" and not _counted(doc, second):
            continue
        if second.i < verb.i or not _object_like(doc, second, verb) or copular_cluster(doc, verb):
            continue
        if _fronted_head(doc, tokens, verb) is first:
            if not _subject_like(doc, tokens, first, verb):
                continue
        elif not (verb.i < first.i and nominative(first)):
            # both after the verb (`Onderweg belde hij zijn moeder`): only a nominative
            # pronoun, which can only be the subject (ANS 5.2.2), decides
            continue
        labels = {c.deprel for c in children}
        if "obj1" not in labels:
            second.deprel = "obj1"
        elif "obj2" not in labels:
            second.deprel = "obj2"
        else:
            continue
        detached += 1
    return detached
