"""Repair of an inverted subject that Frog left without its label.

In a Dutch main clause that opens with another constituent (an adverbial, a prepositional
phrase, a subordinate clause), the subject follows the finite verb (ANS 21.3, inversion:
`In november, toen de kritiek in de EVP toenam, beloofde Fidesz geen nieuwe schandalen te
veroorzaken`, `Overigens oordeelde de Rotterdamse Rekenkamer eerder dat ...`). Frog
sometimes hangs that noun phrase on the verb as a modifier or leaves it unattached, so
the verb has no subject and the promise or ruling has no actor.

The repair makes the noun phrase right after a root finite verb its subject when: the
verb has no subject, something other than punctuation precedes it (not a question or an
imperative: the sentence does not end in `?` and the verb is not first), the phrase is a
determiner/adjective sequence ending in a noun or name that is not followed by another
noun or name (`Anders is Ed Husains verhaal`: the name is a genitive), the phrase has no
numeral (`krijgt 38 miljoen binnen`: an amount, not the one who gets it), its head is no
time noun (`vertelde eind vorig jaar`), it hangs on the verb as a modifier or nowhere
(an object label is left alone), and it agrees with the verb in number (a name only with
a singular verb: `spelen China in de kaart`, where China is the object).
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.nlp.repair_words import repair_words, time_nouns
from kroniek.syntax import is_finite

_PREMODIFIERS = frozenset({"LID", "ADJ"})
_LOOSE_LABELS = frozenset({"mod", "app", "None", "ROOT", ""})


def _phrase_head(tokens: list[Token], start: int) -> Token | None:
    """The head of the noun phrase that begins at `tokens[start]`, or None."""
    j = start
    while j < len(tokens) and (tokens[j].pos in _PREMODIFIERS or (
            tokens[j].pos == "VNW" and "det" in tokens[j].features)):
        j += 1
    if j >= len(tokens) or tokens[j].pos not in {"N", "SPEC"}:
        return None
    if j + 1 < len(tokens) and tokens[j + 1].pos in {"N", "SPEC"}:
        return None
    return tokens[j]


def _agrees(noun: Token, verb: Token) -> bool:
    """Number agreement, stricter than `syntax.agrees_in_number` for a name: after the verb
    a name is the subject only of a singular verb (`spelen China in de kaart`: China is
    the object of the plural verb), so the NER does not vouch for it here."""
    if noun.pos == "SPEC":
        return "mv" not in verb.features
    return ("mv" in noun.features) == ("mv" in verb.features)


def attach_inverted_subjects(doc: Document) -> int:
    """Label as subject the noun phrase after a subjectless root finite verb that has a
    fronted constituent (module docstring); returns how many were attached."""
    position_nouns = frozenset(repair_words()["time_position_nouns"])
    attached = 0
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        if tokens[-1].text == "?":
            continue
        for k, verb in enumerate(tokens):
            if not is_finite(verb) or verb.head != -1 or not verb.text.isalpha():
                continue
            if all(t.pos == "LET" for t in tokens[:k]):
                continue  # verb first: a question, an imperative or a headline
            if any(c.deprel == "su" for c in doc.children(verb.i)):
                continue
            noun = _phrase_head(tokens, k + 1)
            if noun is None or noun.lemma.casefold() in time_nouns() | position_nouns:
                continue
            if noun.head not in (verb.i, -1) or (noun.deprel or "") not in _LOOSE_LABELS:
                continue
            if not _agrees(noun, verb):
                continue
            noun.head, noun.deprel = verb.i, "su"
            attached += 1
    return attached
