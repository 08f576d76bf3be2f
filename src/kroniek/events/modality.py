"""Events carried by modality rather than by a lexical verb.

- `X moet ...` reported by a speaker S (a quote, or `volgens S`) is a REQUEST by S of X
  (PLOVER REQUEST: demand that someone act), unless S talks about their own side (`we`).
- `S wil dat X ...` is a REQUEST by S of X (`Trump wil dat Oekraïne ... aanvaardt`).
- Intent: a cooperative act under `willen`/`bereid zijn`, or announced in the future
  tense, is PLOVER AGREE (express intent to cooperate), not the act itself.
"""

from __future__ import annotations

from kroniek.events.arguments import subject_after, subject_of
from kroniek.events.lexicon import Lexicon, load_lexicon
from kroniek.events.phrases import clause_dependents, mentions_of_phrase
from kroniek.model import Actor, Document, Mention, Quote, Token
from kroniek.syntax import ancestors, is_finite, is_participle, is_verb, subtree, verb_chain


def quote_at(doc: Document, token: Token) -> Quote | None:
    """The quote whose reported content contains the token, if any."""
    for quote in doc.quotes:
        if quote.speaker is not None and quote.start <= token.start < max(quote.end, quote.start):
            return quote
    return None


def addressee(doc: Document, quote: Quote, lex: Lexicon) -> Actor | None:
    """Whom a quote is told to: `tegen` + a named actor in the words that introduce or
    close it in its sentence (`CDA-leider Sybrand Buma tegen Marijnissen: ,,...''`, `...,
    zei Rutte tegen Wilders`), outside the quote itself."""
    prepositions = lex.word_set("address_prepositions")
    for sentence in doc.sentences:
        if not (sentence.start <= quote.start < sentence.end
                or sentence.start < quote.end <= sentence.end):
            continue
        for token in doc.sentence_tokens(sentence):
            if quote.start <= token.start < quote.end or token.pos != "VZ" or (
                    token.lemma.lower() not in prepositions):
                continue
            objects = [c for c in doc.children(token.i) if c.deprel == "obj1"]
            found = [m.actor for o in objects for m in mentions_of_phrase(doc, o.i)
                     if m.actor is not None]
            if len(found) == 1 and found[0] != quote.speaker:
                return found[0]
    return None


def addressed(doc: Document, token: Token, slots: tuple[str, ...], lex: Lexicon) -> list[Actor]:
    """A second-person recipient (`Ik roep u op`) inside a quote told to someone is that
    addressee."""
    quote = quote_at(doc, token)
    if quote is None:
        return []
    second = lex.word_set("second_person")
    if not any(d.deprel in {*slots, "obj1", "obj2"} and d.lemma.lower() in second
               for d in clause_dependents(doc, token.i)):
        return []
    found = addressee(doc, quote, lex)
    return [found] if found is not None else []


def challenge(doc: Document, token: Token, lex: Lexicon) -> tuple[Actor, Actor] | None:
    """(speaker, addressee) for a question put to the addressee of a quote: `Jetten tegen
    Klaver: ,,De wereld vraagt moeilijke keuzes, kan u die maken?''`. The question asks
    whether the one addressed can or dares to act (a modal with a second-person subject
    after it, the sentence ending in `?`); one asking for help (`kunt u mij helpen?`)
    names the speaker and is no challenge."""
    if token.lemma.lower() not in lex.word_set("challenge_modals") or not is_finite(token):
        return None
    quote = quote_at(doc, token)
    if quote is None or quote.speaker is None:
        return None
    deps = clause_dependents(doc, token.i)
    second, first = lex.word_set("second_person"), lex.word_set("first_person")
    if not any(d.deprel == "su" and d.lemma.lower() in second and d.i > token.i
               for d in deps):
        return None
    sentence = doc.sentence_tokens(doc.sentences[token.sent])
    if not any(t.text == "?" and t.i > token.i for t in sentence) or any(
            t.lemma.lower() in first for t in sentence if t.i > token.i):
        return None
    found = addressee(doc, quote, lex)
    return (quote.speaker, found) if found is not None else None


def performative(doc: Document, token: Token, lex: Lexicon) -> bool:
    """`,,Ik roep iedereen op dit te steunen''`: a speech-act verb in the first person
    present inside a quote, with the act as its complement, performs the act; `Ik vraag
    me af` (reflexive, `af`) asks nothing of anyone."""
    if not is_finite(token) or "verl" in token.features or quote_at(doc, token) is None:
        return False
    deps = clause_dependents(doc, token.i)
    if any(d.deprel == "se" or (d.deprel == "svp" and d.lemma.lower() == "af")
           or d.lemma.lower() in {"me", "mij", "ons"} for d in deps):
        return False
    # what is demanded or promised is an act: a complement clause (`op dit te steunen`,
    # `dat ik het ... zal doen`); `Ik vraag het je nog één keer` asks a question
    sentence = doc.sentence_tokens(doc.sentences[token.sent])
    te_infinitive = any(t.i > token.i and t.pos == "WW" and "inf" in t.features
                        and doc.tokens[t.i - 1].lemma == "te" for t in sentence)
    return (any(d.deprel == "vc" for d in deps) or te_infinitive) and any(
        d.deprel == "su" and d.lemma.lower() in lex.word_set("first_person") for d in deps)


def according_to(doc: Document, token: Token) -> list[Mention]:
    """`volgens X` in the token's sentence: X as the source of what the clause says."""
    sentence = doc.sentences[token.sent]
    for t in doc.sentence_tokens(sentence):
        if t.lemma.lower() == "volgens" and t.pos == "VZ":
            objects = [c for c in doc.children(t.i) if c.deprel == "obj1"]
            if objects:
                return mentions_of_phrase(doc, objects[0].i)
            nxt = t.i + 1
            if nxt < sentence.token_end:
                return mentions_of_phrase(doc, nxt)
    return []


def source_of(doc: Document, token: Token) -> list[Actor]:
    """Who says the clause of this token: a quote's speaker or `volgens X`."""
    quote = quote_at(doc, token)
    if quote is not None and quote.speaker is not None:
        return [quote.speaker]
    return [m.actor for m in according_to(doc, token) if m.actor is not None]


def _first_person(doc: Document, verb_i: int, lex: Lexicon) -> bool:
    pronouns = lex.word_set("first_person")
    return any(
        dep.deprel == "su" and dep.lemma.lower() in pronouns
        for dep in clause_dependents(doc, verb_i)
    )


def _epistemic(doc: Document, modal: Token, lex: Lexicon) -> bool:
    """`moet blijken`, `moet lijken`: the modal weighs a claim, it asks nothing of anyone."""
    epistemic = lex.word_set("epistemic_complements")
    return any(c.deprel == "vc" and c.lemma.lower() in epistemic for c in doc.children(modal.i))


def _not_a_demand(doc: Document, modal: Token) -> bool:
    """`moeten` with a passive or a perfect asks nothing of its subject: `de voordelen
    moeten niet overdreven worden` (the subject is acted upon), `had moeten noemen`
    (a reproach about the past), `moet hebben geweten` (an inference)."""
    chain = [doc.tokens[i] for i in verb_chain(doc, modal.i)]
    at = next((k for k, t in enumerate(chain) if t.i == modal.i), 0)
    before, after = chain[:at], chain[at + 1:]
    if any(t.lemma == "hebben" and is_finite(t) for t in before):
        return True
    return any(t.lemma in {"worden", "hebben"} for t in after) and any(
        is_participle(t) for t in after)


def _own_subject(doc: Document, modal: Token) -> list[Mention]:
    """The subject of the modal's own clause; never a subject borrowed from a clause above
    (`de voordelen die India kreeg, moeten niet overdreven worden` asks nothing of India)."""
    return [m for dep in clause_dependents(doc, modal.i) if dep.deprel == "su"
            for m in mentions_of_phrase(doc, dep.i)]


def obligation_request(
    doc: Document, token: Token, lex: Lexicon
) -> tuple[list[Actor], list[Actor]] | None:
    """(speakers, addressees) when `moeten` here is a demand by a reported speaker."""
    if token.lemma not in lex.word_set("obligation_modals") or not is_verb(token):
        return None
    if _first_person(doc, token.i, lex) or _epistemic(doc, token, lex) or _not_a_demand(
            doc, token):
        return None
    addressees = [m.actor for m in _own_subject(doc, token) or subject_after(doc, token.i)
                  if m.actor is not None]
    ids = {a.id for a in addressees}
    speakers = [a for a in source_of(doc, token) if a.id not in ids]
    if not addressees or not speakers:
        return None
    return speakers, addressees


def wish_request(doc: Document, token: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(wanters, addressees) for `S wil dat X ...`."""
    if token.lemma != "willen" or not is_verb(token):
        return None
    for dep in doc.children(token.i):
        # Frog sometimes hangs the `dat`-clause as a second subject (`wil VVD dat er ...`).
        if dep.deprel in {"vc", "su"} and dep.pos == "VG" and dep.lemma == "dat":
            bodies = [c for c in doc.children(dep.i) if c.deprel == "body" and is_verb(c)]
            if bodies:
                wanters = [m.actor for m in subject_of(doc, token.i) if m.actor]
                # A clause without a subject of its own inherits the wanter's: no addressee.
                addressees = [m.actor for m in subject_of(doc, bodies[0].i)
                              if m.actor and m.actor not in wanters]
                if addressees and wanters:
                    return wanters, addressees
                political = load_lexicon().word_set("political_sectors")
                if wanters and all(w.sector in political and w.kind != "state"
                                   for w in wanters) and not _named_in(doc, dep.i):
                    # `Daarom wil regeringspartij VVD dat er een online bibliotheek ...
                    # komt`: a party's or minister's wanted policy is a demand (PLOVER
                    # REQUEST, mode change) with no one named to carry it out.
                    return wanters, []
    return None


def _named_in(doc: Document, head_i: int) -> bool:
    """Whether any linked actor is mentioned inside the clause under `head_i`."""
    inside = set(subtree(doc, head_i))
    return any(m.actor is not None and m.token_start in inside for m in doc.mentions)


def intention_above(doc: Document, trigger_i: int, lex: Lexicon) -> Token | None:
    """`willen`, `bereid` or `van plan` governing a trigger: an expressed intention."""
    intent = lex.word_set("intention_verbs")
    for head in ancestors(doc, trigger_i)[:4]:
        token = doc.tokens[head]
        if token.lemma.lower() in intent:
            return token
        for child in doc.children(head):
            if child.deprel == "predc" and child.lemma.lower() in intent:
                return child
    # Frog often hangs `te willen onderhandelen` the other way round: read the verb cluster.
    sentence = doc.sentences[doc.tokens[trigger_i].sent]
    for i in range(max(sentence.token_start, trigger_i - 3), trigger_i):
        token = doc.tokens[i]
        if token.lemma.lower() in intent and is_verb(token):
            return token
    return None
