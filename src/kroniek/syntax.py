"""Small helpers over Frog's dependency parse (Alpino-style relations, CGN tags).

Frog's relations, as used here: `su` subject, `obj1` direct object, `obj2`
indirect object, `vc` verbal complement (the clause under a verb or `dat`),
`body` the clause under a complementiser, `mod` modifier, `app` apposition,
`det`, `cnj`/`crd` coordination, `svp` separable particle, `predc` predicate,
`pc` prepositional complement, `ld` locative complement, `hd` head.

Shared by the time, quote and event layers so the tree arithmetic lives once.
"""

from __future__ import annotations

from kroniek.model import Document, Token

# Auxiliaries by lemma: tense and modality are read from them.
FUTURE_AUXILIARIES = frozenset({"zullen", "gaan"})
MODAL_VERBS = frozenset({"kunnen", "moeten", "mogen", "willen", "zullen"})
# `worden` + participle is the passive (`wordt verdacht` present, `werd` past), not a perfect.
PERFECT_AUXILIARIES = frozenset({"hebben", "zijn"})


def subtree(doc: Document, head_i: int) -> list[int]:
    """Token indices dominated by `head_i` (itself included), in text order."""
    sentence = doc.sentences[doc.tokens[head_i].sent]
    members = {head_i}
    changed = True
    tokens = doc.sentence_tokens(sentence)
    while changed:
        changed = False
        for token in tokens:
            if token.i not in members and token.head in members:
                members.add(token.i)
                changed = True
    return sorted(members)


def span_of(doc: Document, indices: list[int]) -> tuple[int, int]:
    """Character span covering the given tokens."""
    return doc.tokens[min(indices)].start, doc.tokens[max(indices)].end


def ancestors(doc: Document, token_i: int) -> list[int]:
    """Heads above a token, nearest first (cycles in a bad parse are cut)."""
    seen: list[int] = []
    current = doc.tokens[token_i].head
    while current >= 0 and current not in seen:
        seen.append(current)
        current = doc.tokens[current].head
    return seen


def is_verb(token: Token) -> bool:
    return token.pos == "WW"


def is_finite(token: Token) -> bool:
    return token.pos == "WW" and "pv" in token.features


def has_definite_article(doc: Document, noun_i: int) -> bool:
    """A noun with the definite article (Frog's `LID(bep)`: `de`, `het`) as determiner."""
    return any(c.deprel == "det" and c.pos == "LID" and "bep" in c.features
               for c in doc.children(noun_i))


def word_before_title(doc: Document, i: int) -> Token | None:
    """The word before the title words (articles, adjectives, common nouns) that may stand
    right before token `i` in its phrase (`tegen moeder Sarinda`, `aldus minister
    Hoekstra`), in `i`'s sentence; None when the sentence starts there."""
    start = doc.sentences[doc.tokens[i].sent].token_start
    k = i - 1
    while k >= start and doc.tokens[k].pos in {"LID", "ADJ", "N"}:
        k -= 1
    return doc.tokens[k] if k >= start else None


def noun_before(doc: Document, i: int) -> Token | None:
    """The common noun right before token `i` in its sentence (`zoontje Milan`, a title
    in close apposition to a name), or None."""
    if i == 0:
        return None
    before = doc.tokens[i - 1]
    return before if before.sent == doc.tokens[i].sent and before.pos == "N" else None


def is_subordinator(token: Token) -> bool:
    """A subordinating conjunction (Frog's `VG(onder)`: `dat`, `omdat`, `als`, `nadat`),
    which opens a verb-final clause (ANS 10.3)."""
    return token.pos == "VG" and "onder" in token.features


def agrees_in_number(noun: Token, verb: Token) -> bool:
    """Number agreement of a subject and its finite verb (ANS 8.3): plural with plural.
    Frog tags some surnames plural (`Wiebes`, `Gesthuizen`); its NER vouches for them."""
    if noun.pos == "SPEC" or noun.ner[2:] in {"PER", "ORG"}:
        return True
    return ("mv" in noun.features) == ("mv" in verb.features)


def is_past_finite(token: Token) -> bool:
    return is_finite(token) and "verl" in token.features


def is_participle(token: Token) -> bool:
    return token.pos == "WW" and "vd" in token.features


def clause_verb(doc: Document, token_i: int) -> int | None:
    """The nearest verb at or above a token: the head of the clause it belongs to."""
    if is_verb(doc.tokens[token_i]):
        return token_i
    for head in ancestors(doc, token_i):
        if is_verb(doc.tokens[head]):
            return head
    return None


def verb_chain(doc: Document, verb_i: int) -> list[int]:
    """The finite verb and its `vc` verbal complements, top down (`heeft ... gesproken`).

    Starts from the topmost verb of the chain that contains `verb_i`.
    """
    top = verb_i
    while True:
        head = doc.tokens[top].head
        if head >= 0 and doc.tokens[top].deprel == "vc" and is_verb(doc.tokens[head]) and (
                not _subordinator_between(doc, head, top)):
            top = head
        else:
            break
    chain = [top]
    current = top
    while True:
        nxt = [c for c in doc.children(current) if c.deprel == "vc" and is_verb(c)
               and not _subordinator_between(doc, current, c.i)]
        if not nxt:
            break
        current = nxt[0].i
        chain.append(current)
    return chain


def _subordinator_between(doc: Document, head_i: int, verb_i: int) -> bool:
    """Whether a subordinating conjunction stands between a verb and a later verb Frog
    hangs on it as its complement (`gaat met de gemeenten om tafel, zodat deze
    slachtoffers niet worden geweigerd`: `geweigerd` is the `zodat` clause's, not part of
    `gaat`'s cluster, ANS 10.3). A verb cluster has no subordinator inside it."""
    low, high = sorted((head_i, verb_i))
    return any(is_subordinator(doc.tokens[i]) for i in range(low + 1, high))


def cluster_end(doc: Document, verb: Token) -> Token:
    """The last verb of a verb cluster (`blijven steunen`: `steunen`, `wist ... te melden`:
    `melden`), through `vc` links."""
    while True:
        nxt = next((c for c in doc.children(verb.i) if c.deprel == "vc" and c.pos == "WW"), None)
        if nxt is None:
            return verb
        verb = nxt


def clause_members(doc: Document, trigger_i: int) -> list[int]:
    """The verb cluster of a trigger: its chain (`heeft ... gesproken`) and itself."""
    if not is_verb(doc.tokens[trigger_i]):
        return [trigger_i]
    chain = verb_chain(doc, trigger_i)
    return chain if trigger_i in chain else [*chain, trigger_i]


def lemmas_with_particle(doc: Document, token: Token) -> set[str]:
    """A verb's lemma, and joined with its separable particle (`raadt ... aan`: also
    `aanraden`), since verbs are listed by their infinitive."""
    lemma = token.lemma.lower()
    return {lemma, *(c.lemma.lower() + lemma for c in doc.children(token.i) if c.deprel == "svp")}


def clause_dependents(doc: Document, trigger_i: int) -> list[Token]:
    """The dependents of a clause's verb cluster (`clause_members`), outside it."""
    members = set(clause_members(doc, trigger_i))
    found: list[Token] = []
    for i in sorted(members):
        found.extend(c for c in doc.children(i) if c.i not in members)
    return found


def tense(doc: Document, verb_i: int) -> str:
    """`past`, `future` or `present` for the clause of a verb, from its verb chain.

    Past: a past finite verb, or a perfect (`heeft gesproken`, `is gekomen`).
    Future: `zullen` or `gaan` + infinitive, but not with a perfect (`zou hebben
    deelgenomen`: past). Otherwise present.
    """
    chain = [doc.tokens[i] for i in verb_chain(doc, verb_i)]
    finite = next((t for t in chain if is_finite(t)), chain[0])
    # `gaan` + infinitive is a future only in the present (ANS 18.4.2.2): `ging onderzoeken`,
    # `gingen demonstreren` tell what was then done, a past. Past `zullen` (`zou`) stays
    # with the rule below: the future of the past or the conditional.
    if finite.lemma in FUTURE_AUXILIARIES and len(chain) > 1 and not (
            finite.lemma == "gaan" and is_past_finite(finite)):
        perfect = any(t.lemma in PERFECT_AUXILIARIES for t in chain if t is not finite) and any(
            is_participle(t) for t in chain)
        # `zou in 2011 hebben deelgenomen` (ANS 2.3.2.4, the conditional perfect): what is
        # said to have happened, a past; `zal hebben gesproken` looks back as well.
        return "past" if perfect else "future"
    if is_past_finite(finite):
        return "past"
    if finite.lemma in PERFECT_AUXILIARIES and any(is_participle(t) for t in chain[1:]):
        return "past"
    return "present"


def _negator_before_cluster(doc: Document, verb_i: int) -> bool:
    """`nu de DUP niet willen instemmen`: in a verb-final clause `niet` stands right before
    the verb cluster it negates (ANS 20.5.5.1); Frog often hangs it on the noun before it."""
    verb = doc.tokens[verb_i]
    if verb_i == 0 or not is_verb(verb):
        return False
    before = doc.tokens[verb_i - 1]
    return before.sent == verb.sent and before.lemma in {"niet", "nooit"} and before.pos == "BW"


def _stranded_negator(doc: Document, verb_i: int) -> bool:
    """`erkennen Maduro niet meer als rechtmatig president`: Frog leaves the middle field of
    a root finite verb in fragments, `niet` hung on `meer` under a second root. In Dutch
    `niet` negates a clause or one of its constituents (ANS 20.5.5), so a `niet` after the
    finite verb, before any comma, conjunction or other verb, whose heads reach no verb,
    belongs to this clause."""
    verb = doc.tokens[verb_i]
    if verb.head >= 0 or not is_finite(verb):
        return False
    end = doc.sentences[verb.sent].token_end
    for i in range(verb_i + 1, end):
        token = doc.tokens[i]
        if token.pos in {"WW", "VG"} or token.text in {",", ";", ":"}:
            return False
        if token.lemma in {"niet", "nooit"} and token.pos == "BW":
            seen: set[int] = set()
            head = token.head
            while head >= 0 and head not in seen and doc.tokens[head].pos != "WW":
                seen.add(head)
                head = doc.tokens[head].head
            return head < 0 or head in seen
    return False


def negated(doc: Document, verb_i: int) -> bool:
    """Whether the clause of a verb carries `niet`, `geen`, `nooit` or `nergens`, or has
    `niemand`/`niets` as its subject or object (ANS 8.9: negative pronouns)."""
    chain = set(verb_chain(doc, verb_i))
    if _stranded_negator(doc, verb_i):
        return True
    for i in chain:
        if _negator_before_cluster(doc, i):
            return True
        for child in doc.children(i):
            if child.lemma in {"niet", "nooit", "nergens"}:
                return True
            # `niet meer`, `niet langer` (ANS 20.5.5: no longer): Frog hangs `niet` on the
            # degree word, which modifies the verb.
            if child.text.lower() in {"meer", "langer"} and any(
                    g.lemma == "niet" and g.i == child.i - 1 for g in doc.children(child.i)):
                return True
            if child.lemma in {"niemand", "niets"} and child.deprel in {"su", "obj1"}:
                return True  # `Er is niemand opgepakt`: a negative pronoun as an argument
            if child.lemma == "geen" or any(
                doc.tokens[g].lemma == "geen" for g in subtree(doc, child.i)[:2]
            ):
                if child.deprel in {"obj1", "su", "mod", "predc"}:
                    return True
    return False
