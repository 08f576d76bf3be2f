"""Events carried by modality rather than by a lexical verb.

- `X moet ...` reported by a speaker S (a quote, or `volgens S`) is a REQUEST by S of X
  (PLOVER REQUEST: demand that someone act), unless S talks about their own side (`we`).
- `S wil dat X ...` is a REQUEST by S of X (`Trump wil dat Oekraïne ... aanvaardt`).
- Intent: a cooperative act under `willen`/`bereid zijn`, or announced in the future
  tense, is PLOVER AGREE (express intent to cooperate), not the act itself.
"""

from __future__ import annotations

from kroniek.events.arguments import subject_after, subject_of
from kroniek.events.embedded import te_infinitives
from kroniek.events.lexicon import Frame, Lexicon, load_lexicon
from kroniek.events.phrases import clause_dependents, clause_members, mentions_of_phrase
from kroniek.events.triggers import frames_for
from kroniek.model import DESCRIBED, Actor, Document, Mention, Quote, Token
from kroniek.syntax import (
    ancestors,
    is_finite,
    is_participle,
    is_past_finite,
    is_subordinator,
    is_verb,
    lemmas_with_particle,
    negated,
    subtree,
    verb_chain,
)


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
    return (any(d.deprel == "vc" for d in deps) or bool(te_infinitives(doc, token))) and (
        _first_person(doc, token.i, lex))


def _source_head(doc: Document, token: Token) -> int | None:
    """The first token of the object of the first `volgens` in the token's sentence: its
    `obj1`, or, where Frog hangs the phrase on the verb, the word right after `volgens`;
    None without one (or with `volgens` last)."""
    sentence = doc.sentences[token.sent]
    for t in doc.sentence_tokens(sentence):
        if t.lemma.lower() == "volgens" and t.pos == "VZ":
            objects = [c for c in doc.children(t.i) if c.deprel == "obj1"]
            head = objects[0].i if objects else t.i + 1
            return head if head < sentence.token_end else None
    return None


def according_to(doc: Document, token: Token) -> list[Mention]:
    """`volgens X` in the token's sentence: X as the source of what the clause says."""
    head = _source_head(doc, token)
    return mentions_of_phrase(doc, head) if head is not None else []


def _unnamed_source(doc: Document, token: Token) -> bool:
    """Whether a `volgens` phrase in the token's sentence names a source the actor layer
    left unlinked (`'Volgens de milieuextremisten moeten Nederlandse boeren ... terug'`,
    inside a quote of Marc Calon): the view is that source's, not the quote's speaker's,
    who only reports it. Only a common noun: a pronoun (`volgens mij`, `volgens hem`) is
    the speaker or the one just named, and is left to the rules that read it."""
    k = _source_head(doc, token)
    if k is None:
        return False
    end = doc.sentences[token.sent].token_end
    if doc.tokens[k].pos == "LID":
        k += 1
    if k >= end or doc.tokens[k].pos != "N":
        return False  # `volgens mij`, `volgens hem`: the speaker or the one named
    return not any(m.actor is not None for m in mentions_of_phrase(doc, k))


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
    (a reproach about the past), `moet hebben geweten` (an inference), and so with the
    perfect of `zijn` (`In de tijd dat hij hier moet zijn gekomen`: an inference, ANS
    18.4.3.2; `moet zijn aangepast`: the subject acted upon)."""
    chain = [doc.tokens[i] for i in verb_chain(doc, modal.i)]
    at = next((k for k, t in enumerate(chain) if t.i == modal.i), 0)
    before, after = chain[:at], chain[at + 1:]
    if any(t.lemma == "hebben" and is_finite(t) for t in before):
        return True
    # Frog may label the auxiliary `zijn` a predicate of the modal (`moet zijn gekomen`),
    # so the chain of `vc` links stops at the modal: take it and its participle in.
    for verb in [modal, *after]:
        for aux in doc.children(verb.i):
            if aux.deprel == "predc" and aux.lemma == "zijn" and is_verb(aux):
                after += [aux, *(c for c in doc.children(aux.i) if c.deprel == "vc")]
    return any(t.lemma in {"worden", "hebben", "zijn"} for t in after) and any(
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
            doc, token) or _unnamed_source(doc, token):
        return None
    # `Volgens de premier moet Australië ...`: Frog may take the source into the subject.
    source = {m.token_start for m in according_to(doc, token)}
    # The subject Frog missed may stand right after the verb; a subject it found that
    # names no actor (`waarom iedereen op Forum moet stemmen`) is not replaced by a name
    # further on.
    has_subject = any(d.deprel == "su" for d in clause_dependents(doc, token.i))
    subjects = _own_subject(doc, token) or ([] if has_subject else subject_after(doc, token.i))
    addressees = [m.actor for m in subjects
                  if m.actor is not None and m.token_start not in source]
    ids = {a.id for a in addressees}
    speakers = [a for a in source_of(doc, token) if a.id not in ids]
    if not addressees or not speakers:
        return None
    return speakers, addressees


def _present_passive(doc: Document, modal: Token) -> bool:
    """`moet ... worden + participle` (or `zou ... moeten worden ...`): what is to be done,
    with no doer named (`dat de wet moet worden gewijzigd`)."""
    chain = [doc.tokens[i] for i in verb_chain(doc, modal.i)]
    at = next((k for k, t in enumerate(chain) if t.i == modal.i), 0)
    before, after = chain[:at], chain[at + 1:]
    if (is_finite(modal) and "verl" in modal.features) or any(
            t.lemma == "hebben" for t in before):
        return False  # `moest worden geschorst`: what had to happen then, no demand
    return any(t.lemma == "worden" for t in after) and any(is_participle(t) for t in after)


def policy_demand(doc: Document, token: Token, lex: Lexicon) -> list[Actor]:
    """The speakers of `X moet worden + participle` when they are politicians or
    political bodies (parties, legislators, government; not a state, not a court): a
    demand for a policy with no one named to carry it out (PLOVER REQUEST, mode change,
    recipient none), as `wish_request` codes `VVD wil dat er ... komt`: `Halsema opperde
    dat de wet moet worden gewijzigd`. Told with a verb of opinion (`SP vindt dat sluiting
    van de school moet worden overwogen`) it is an opinion, a quote and no event (the
    decision of tests/events/test_types.py NO_EVENT, kept). A spokesman describing a
    procedure (`De beelden moeten nog worden geïnterpreteerd`, a police spokeswoman) is no
    politician and codes nothing."""
    if token.lemma not in lex.word_set("obligation_modals") or not is_verb(token):
        return []
    if (_first_person(doc, token.i, lex) or _epistemic(doc, token, lex)
            or not _present_passive(doc, token) or negated(doc, token.i)
            or _relative_clause(doc, token)):
        return []
    sentence = doc.sentence_tokens(doc.sentences[token.sent])
    if any(t.text == "?" for t in sentence):
        return []
    quote = quote_at(doc, token)
    if quote is not None and quote.cue in lex.word_set("opinion_verbs"):
        return []  # `SP vindt dat sluiting ... moet worden overwogen`: an opinion
    speakers = source_of(doc, token)
    policy = lex.word_set("policy_sectors")
    if speakers and all(a.sector in policy and a.kind in {"person", "organisation"}
                        for a in speakers):
        return speakers
    return []


def policy_plea(doc: Document, token: Token, frame: Frame, actors: list[Actor],
                lex: Lexicon) -> bool:
    """Whether a demand verb with no one named to carry it out is still a request: a
    politician's or political body's demand for policy (`Asscher eist dat de bezuinigingen
    worden teruggedraaid`; data/status.yaml `policy_demand_verbs`, which leaves out
    `pleiten voor`: a plea for a policy is an opinion).
    Not a frame with a fixed object (`eist vier jaar cel` is a prosecutor's), nor the verb
    with a particle of its own (`een niche op te eisen` claims, it demands nothing)."""
    return (frame.type == "REQUEST" and not frame.noun and not frame.objects
            and not frame.svp and frame.lemma in lex.word_set("policy_demand_verbs")
            and not any(c.deprel == "svp" for c in doc.children(token.i)) and bool(actors)
            and all(a.kind in {"person", "organisation"}
                    and a.sector in lex.word_set("policy_sectors") for a in actors))


def _relative_clause(doc: Document, verb: Token) -> bool:
    """A clause hanging from a noun through a relative pronoun or adverb (`de politie,
    waar een vergunning moet worden aangevraagd`) describes the noun; it demands nothing."""
    top = doc.tokens[verb_chain(doc, verb.i)[0]]
    if top.deprel != "body" or top.head < 0:
        return False
    pronoun = doc.tokens[top.head]
    return pronoun.pos == "VNW" and pronoun.head >= 0 and doc.tokens[pronoun.head].pos in {
        "N", "SPEC"}


def _counterfactual_perfect(doc: Document, modal: Token) -> bool:
    """`had(den) ... moeten` + an active infinitive: the past counterfactual of `moeten`,
    what someone should have done and did not (ANS 18.4.3.2, a reproach); not `had ...
    moeten worden` (passive) nor `had klaar moeten zijn` (a plan that slipped)."""
    chain = [doc.tokens[i] for i in verb_chain(doc, modal.i)]
    at = next((k for k, t in enumerate(chain) if t.i == modal.i), 0)
    before, after = chain[:at], chain[at + 1:]
    if not _past_of_hebben(before):
        return False
    return bool(after) and not any(t.lemma in {"worden", "zijn", "hebben"} for t in after)


def _past_of_hebben(verbs: list[Token]) -> bool:
    """The past of `hebben` among a verb chain's upper verbs (`had`, `hadden`): with a
    modal under it, the past irrealis (ANS 18.4.3.2)."""
    return any(t.lemma == "hebben" and is_past_finite(t) for t in verbs)


def obliged(doc: Document, token: Token, lex: Lexicon) -> bool:
    """An infinitive under a present `moet`/`moeten` (ANS 18.4.3.1, the deontic modal): what
    someone must do has not happened (`Wilders moet aftreden`, `Rutte zegt dat Wilders zijn
    excuses moet aanbieden`: a noun's act through its verb); the demand is the event
    (`obligation_request`), not the act. Not an epistemic `moet blijken`, nor an inference
    about the past with a perfect (`moet hebben geweten`), nor the past `moest aftreden` (in
    news mostly: was forced to, and did)."""
    if token.pos == "N" and token.head >= 0 and is_verb(doc.tokens[token.head]):
        token = doc.tokens[token.head]  # `moet zijn excuses aanbieden`: the act's verb
    if not is_verb(token) or "inf" not in token.features:
        return False
    chain = verb_chain(doc, token.i)
    if token.i not in chain:
        return False
    before = [doc.tokens[i] for i in chain[:chain.index(token.i)]]
    modals = [t for t in before if t.lemma in lex.word_set("obligation_modals")
              and is_finite(t) and "tgw" in t.features]
    if not modals or any(t.lemma in {"hebben", "zijn"} and not is_finite(t) for t in before):
        return False
    return not any(_epistemic(doc, m, lex) for m in modals)


def counterfactual(doc: Document, token: Token, lex: Lexicon) -> bool:
    """An infinitive under `had(den) ... moeten/kunnen/mogen`: the past irrealis, an act
    that did not happen (`de stelling dat hij ... had moeten toegeven`; status.yaml
    `counterfactual_modals`)."""
    if token.pos == "N" and token.head >= 0 and is_verb(doc.tokens[token.head]):
        token = doc.tokens[token.head]  # `moet zijn excuses aanbieden`: the act's verb
    if not is_verb(token) or "inf" not in token.features:
        return False
    chain = verb_chain(doc, token.i)
    before = [doc.tokens[i] for i in chain[:chain.index(token.i)]] if token.i in chain else []
    return _past_of_hebben(before) and any(
        t.lemma in lex.word_set("counterfactual_modals") for t in before)


def questioned_or_conditional(doc: Document, token: Token, lex: Lexicon) -> bool:
    """The token's sentence asks (`?`) or sets a condition (`als`, `indien`): what it says
    of someone is no claim made."""
    sentence = doc.sentence_tokens(doc.sentences[token.sent])
    return any(t.text == "?" for t in sentence) or any(
        t.pos == "VG" and t.lemma.lower() in lex.word_set("conditional_subordinators")
        for t in sentence)


def reproach(doc: Document, token: Token, lex: Lexicon) -> tuple[list[Actor], list[Actor]] | None:
    """(speakers, reproached) for `S vindt dat X ... had moeten doen`: a reported speaker
    saying what a named other should have done criticises them (PLOVER ACCUSE,
    disapprove): `Schouten vindt dat Franciscus het celibaat als hoofdoorzaak had moeten
    noemen`. A question (`Of had X ... moeten nadenken?`) or a condition is no reproach;
    a pronoun subject is left out (its referent in a quote is too often a guess)."""
    if token.lemma not in lex.word_set("obligation_modals") or not is_verb(token):
        return None
    if _first_person(doc, token.i, lex) or not _counterfactual_perfect(doc, token):
        return None
    if questioned_or_conditional(doc, token, lex):
        return None
    subjects = [m for m in _own_subject(doc, token) if m.kind != "pronoun"]
    reproached = [m.actor for m in subjects if m.actor is not None]
    ids = {a.id for a in reproached}
    speakers = [a for a in source_of(doc, token) if a.id not in ids]
    if not reproached or not speakers:
        return None
    return speakers, reproached


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
                spoken = not wanters and _first_person(doc, token.i, load_lexicon())
                if spoken:
                    # `,,We willen dat het COA direct ingrijpt''`: `we` in a quote is
                    # the speaker (or the speaker's side), who makes the demand.
                    quote = quote_at(doc, token)
                    wanters = [quote.speaker] if quote and quote.speaker is not None else []
                # A clause without a subject of its own inherits the wanter's: no addressee.
                # In a quote a pronoun addressee is the speaker's referent, not the actor
                # layer's guess (`Wij willen dat iedere vrouw kan rennen waar zij wil`).
                addressees = [m.actor for m in subject_of(doc, bodies[0].i)
                              if m.actor and m.actor not in wanters
                              and not (spoken and m.kind == "pronoun")]
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


def aspectual(doc: Document, token: Token, lex: Lexicon) -> bool:
    """`dreigen` + `te`-infinitive is aspectual, "be about to, be in danger of" (ANS
    18.4.4, semi-aspectual verbs), unless what it introduces is an act: `De regering
    dreigt een opdoffer te krijgen`, `De luchtvaartmaatschappij dreigde het onderspit te
    delven`, `Het midden dreigt zijn kapitaal te verbranden` threaten nobody; `dreigen af
    te treden` (an act of the lexicon) and `dreigde met opstappen` do. The infinitive is
    read linearly (Frog often hangs it from a noun): the first `te` + infinitive after the
    verb in its stretch of the clause."""
    if token.lemma.lower() not in lex.word_set("aspectual_verbs") or not is_verb(token):
        return False
    sentence = doc.sentences[token.sent]
    for i in range(token.i + 1, sentence.token_end):
        later = doc.tokens[i]
        if later.text in {",", ";", ":"} or is_subordinator(later):
            return False
        if later.pos == "VZ" and later.lemma.lower() == "met":
            return False  # `dreigde met opstappen`, `dreigt met sancties`
        if is_verb(later) and "inf" in later.features and doc.tokens[i - 1].lemma == "te":
            if later.lemma.lower() in lex.word_set("undergoing_verbs"):
                return True  # `dreigde het onderspit te delven`, `dreigt te verdwijnen`
            return not frames_for(doc, later, lex) and not _named_subject(doc, token)
    return False


def _named_subject(doc: Document, verb: Token) -> bool:
    """The clause's subject is a named actor, not one the text only describes: `Trump
    dreigt Europese producten duurder te maken` is a threat though `duurder maken` is no
    act of the lexicon; `Het midden dreigt ... te verbranden` is not."""
    if any(m.actor is not None and not m.actor.id.startswith(DESCRIBED)
           for m in subject_of(doc, verb.i)):
        return True
    # Frog may miss the subject (`Daarom dreigen de VS nu Europa te raken`); the quote
    # layer, which reads `dreigen` as a cue, names whom it found.
    sentence = doc.sentences[verb.sent]
    return any(q.cue == verb.lemma.lower() and q.speaker is not None
               and not q.speaker.id.startswith(DESCRIBED)
               and sentence.start <= q.start < sentence.end for q in doc.quotes)


def announced(doc: Document, token: Token, lex: Lexicon) -> bool:
    """An act in the complement of `aankondigen` is planned, not done (PLOVER: status
    future): `De VS heeft al aangekondigd meer sancties in te stellen`, `FNV kondigde aan
    naar de rechter te stappen`. The whole verb cluster above counts (`heeft ...
    aangekondigd` governs through `heeft`), as in embedded.governed_by_unreal. A finite
    main-clause verb is split from its particle (ANS 18.2, separable verbs: `kondigt
    intensiever onderzoek aan`), so the lemma is joined with its `svp` child, as the dev
    gold codes the announced act future (`hebben beide rivalen demonstraties aangekondigd`).
    The trigger may be `aankondigen` itself, in a frame whose object is the act (`kondigt
    intensiever onderzoek aan`, lexicon_news.yaml)."""
    announcing = lex.word_set("announcing_verbs")
    if is_verb(token) and lemmas_with_particle(doc, token) & announcing:
        return True  # a frame of the verb with the act as its object (lexicon_news.yaml)
    for head in ancestors(doc, token.i)[:5]:
        if doc.tokens[head].pos == "N":
            return False  # a relative clause on a noun stands alone
        if any(lemmas_with_particle(doc, doc.tokens[i]) & announcing
               for i in clause_members(doc, head)):
            return True
    return False
