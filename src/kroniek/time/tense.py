"""The direction a clause's tense gives a time expression without a year or week.

`zondagochtend`, `19 februari`, `maart` or `de zomer` name a recurring period;
which occurrence is meant follows from the verb that governs the expression:

- past: a past finite verb (`sprak`, `werd geïnstalleerd`) or a perfect
  (`heeft ... gesproken`, `is ... vertrokken`, `heeft ... willen spreken`);
- future: `zullen`/`gaan` in the present with an infinitive (`zal ... spreken`,
  `gaat ... beslissen`);
- present: any other present finite verb. A passive with `worden` is present
  (`wordt donderdag geïnstalleerd` is the coming Thursday), not a perfect;
- none: no finite verb in the clause (a headline, a bare noun phrase), or the
  conditional `zou` + infinitive; the nearest occurrence is taken then.

Decision: this is the time layer's own reading of tense, not `kroniek.syntax.tense`,
because the time layer needs the passive to stay present and `zou` to stay open.
The auxiliaries are listed in data/lexicon.yaml (`tense_auxiliaries`).
"""

from __future__ import annotations

from kroniek.model import Document, Token
from kroniek.syntax import ancestors, is_verb, verb_chain
from kroniek.time.lexicon import lexicon


def _finite(token: Token) -> bool:
    return token.pos == "WW" and "pv" in token.features


def chain_tense(doc: Document, verb_i: int) -> str:
    """`past`, `future`, `present` or `none` for the verb chain containing `verb_i`."""
    aux = lexicon()["tense_auxiliaries"]
    chain = [doc.tokens[i] for i in verb_chain(doc, verb_i)]
    finite = next((t for t in chain if _finite(t)), None)
    if finite is None:
        return "none"
    rest = chain[chain.index(finite) + 1 :]
    past = "verl" in finite.features
    if finite.lemma in aux["future"] and rest:
        if not past:
            return "future"
        perfect = any(t.lemma in aux["perfect"] for t in rest)
        return "past" if perfect else "none"  # `zou hebben gedaan` vs `zou doen`
    if past:
        return "past"
    if finite.lemma in aux["perfect"] and rest:
        return "past"
    return "present"


def governing_verb(doc: Document, head: int) -> int | None:
    """The nearest verb above a token. A token the parse hangs from no verb (a broken
    parse, a headline) has none: the nearest occurrence is taken then, not a guess at a
    verb elsewhere in the sentence, except for a fronted expression (see `_verb_second`)."""
    found = next((a for a in ancestors(doc, head) if is_verb(doc.tokens[a])), None)
    return found if found is not None else _verb_second(doc, head)


def _verb_second(doc: Document, head: int) -> int | None:
    """A Dutch main clause is verb-second: an expression that opens the sentence and is
    followed at once by a finite verb is that verb's adverbial (`Maandag was Rutte in
    Kyiv`). Frog tags such a capitalised sentence-initial weekday as a name and leaves it
    unattached, so the word order says what the parse does not. Only a bare expression:
    after a preposition (`Voor zaterdag hebben ze demonstraties aangekondigd`) the time
    may belong to a noun, not to the verb."""
    sent = doc.tokens[head].sent
    before = [t for t in doc.tokens[:head] if t.sent == sent]
    following = head + 1
    if any(is_verb(t) or t.pos == "VZ" for t in before) or following >= len(doc.tokens):
        return None
    verb = doc.tokens[following]
    return following if verb.sent == sent and _finite(verb) else None


def direction(doc: Document, head: int) -> str:
    """`past`, `future`, `present` or `none` for a time expression headed by `head`."""
    verb = governing_verb(doc, head)
    if verb is None:
        return "none"
    found = chain_tense(doc, verb)
    if found != "present":
        return found
    # A present verb points ahead only for an expression that modifies it, directly or
    # through a preposition; inside a noun phrase (`de afspraken van maandagavond`) the
    # nearest occurrence is meant.
    parent = doc.tokens[head].head
    if parent >= 0 and doc.tokens[parent].pos == "VZ":
        parent = doc.tokens[parent].head
    return "present" if parent >= 0 and is_verb(doc.tokens[parent]) else "none"
