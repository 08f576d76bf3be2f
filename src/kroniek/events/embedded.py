"""Acts inside acts: the counterpart of an act a verb refuses, threatens or promises
(`weigerde onderhandelingen met Rusland`), and the acts that did not happen because
they are only asked for, threatened, hoped for or talked about (events/coder.py reads
both)."""

from __future__ import annotations

from kroniek.events.arguments import slot_mentions
from kroniek.events.attacks import known_attack
from kroniek.events.lexicon import Frame, Lexicon
from kroniek.events.participants import (
    described_participants,
    first_slot_people,
    owned_participants,
)
from kroniek.events.phrases import clause_dependents, clause_members
from kroniek.events.triggers import frames_for
from kroniek.model import Actor, Document, Mention, Token
from kroniek.syntax import (
    ancestors,
    is_finite,
    is_verb,
    lemmas_with_particle,
    negated,
    subtree,
    tense,
)


def slot_actors(mentions: list[Mention]) -> list[Actor]:
    """The distinct actors of linked mentions, in order."""
    seen: dict[str, Actor] = {}
    for mention in mentions:
        if mention.actor is not None and mention.actor.id not in seen:
            seen[mention.actor.id] = mention.actor
    return list(seen.values())


def first_slot(doc: Document, token: Token, slots: tuple[str, ...],
               names_only: bool = False) -> list[Actor]:
    """The actors of the first of a frame's slots that holds any."""
    for slot in slots:
        mentions = slot_mentions(doc, token.i, slot)
        if names_only:
            mentions = [m for m in mentions if m.kind != "demonym"]
        found = slot_actors(mentions)
        if found:
            return found
    return []


def _event_nouns(doc: Document, verb: Token, lex: Lexicon) -> list[tuple[Token, Frame]]:
    """Event nouns hanging directly from a verb's cluster, with their first frame."""
    found = []
    for dep in clause_dependents(doc, verb.i):
        if dep.pos == "N":
            frames = frames_for(doc, dep, lex)
            if frames:
                found.append((dep, frames[0]))
    return found

def _complement_verbs(doc: Document, verb: Token) -> list[Token]:
    """Verbs of the clause a verb takes as complement (`te`-infinitive, `om te`, `dat`)."""
    found = []
    for dep in clause_dependents(doc, verb.i):
        if dep.deprel not in {"vc", "body"}:
            continue
        for i in subtree(doc, dep.i):
            token = doc.tokens[i]
            if is_verb(token) and token.deprel in {"vc", "body"} and i != verb.i:
                found.append(token)
    return found

def te_infinitives(doc: Document, verb: Token) -> list[Token]:
    """`te`-infinitives right of a verb in its sentence: the complement read linearly when
    Frog hangs it elsewhere (`stellen het op prijs om met Trump samen te werken`)."""
    sentence = doc.sentences[verb.sent]
    return [t for t in doc.sentence_tokens(sentence)
            if t.i > verb.i and is_verb(t) and "inf" in t.features
            and doc.tokens[t.i - 1].lemma.lower() == "te"]


def embedded_act_recipients(doc: Document, verb: Token, lex: Lexicon,
                             loose: bool = False) -> list[Actor]:
    """The counterpart of the act a verb refuses, threatens or promises: an event noun it
    governs (`weigerde onderhandelingen met Rusland`) or an event verb in its complement
    (`dreigde Rusland aan te vallen`); `loose` also reads a `te`-infinitive to the right."""
    verbs = _complement_verbs(doc, verb) or (te_infinitives(doc, verb) if loose else [])
    embedded = [*_event_nouns(doc, verb, lex)]
    embedded += [(v, frames[0]) for v in verbs if (frames := frames_for(doc, v, lex))]
    for trigger, frame in embedded:
        # a described counterpart counts (`dat de VS hun bondgenoten blijven steunen`)
        found = owned_participants(doc, trigger.i, frame.recipient, lex) or first_slot_people(
            doc, trigger.i, frame.recipient, frame.names_only, lex) or (
            [] if frame.names_only else described_participants(
                doc, trigger.i, frame.recipient, lex))
        if found:
            return found
    if loose:
        # An act with no frame of its own: its object is whom the act is aimed at
        # (`dreigt Europese producten duurder te maken`). Frog used to hang that object
        # on the governing verb; the parse repair (nlp/te_clause.py) puts it back in
        # the `te`-clause, so the `act` slot reads it there.
        for complement in verbs:
            found = first_slot_people(doc, complement.i, ("obj1",), False, lex)
            if found:
                return found
    return []

def _verb_lemma(doc: Document, token: Token) -> str:
    """A verb's lemma with its separable particle joined (`zet ... uit` -> `uitzetten`)."""
    particles = [c.lemma.lower() for c in doc.children(token.i) if c.deprel == "svp"]
    if not particles and is_finite(token):
        # Frog may leave the particle at the clause end unattached (`zet ... het land uit`)
        particles = [t.lemma.lower() for t in doc.sentence_tokens(doc.sentences[token.sent])
                     if t.i > token.i and t.pos == "VZ" and "fin" in t.features
                     and t.head < 0][:1]
    return (particles[0] if particles else "") + token.lemma.lower()


def condemned_act_agents(doc: Document, verb: Token, lex: Lexicon) -> list[Actor]:
    """Who did the act a definite object names back (`Guaidó heeft de uitzetting van de
    ambassadeur veroordeeld` after `Venezuela zet de Duitse ambassadeur ... het land
    uit`): the actor of the last earlier clause with that act's verb. The noun is the
    verb's `-ing` nominalisation (ANS 19.3.2.1: `uitzetten` -> `uitzetting`)."""
    start = doc.sentences[verb.sent].token_start
    for obj in clause_dependents(doc, verb.i):
        lemma = obj.lemma.lower()
        definite = any(c.deprel == "det" and c.lemma.lower() in
                       lex.word_set("definite_determiners") for c in doc.children(obj.i))
        if obj.deprel != "obj1" or obj.pos != "N" or not definite or not lemma.endswith(
                "ing") or len(lemma) < 7:
            continue
        wanted = lemma[:-3] + "en"
        for earlier in reversed(doc.tokens[:start]):
            if is_verb(earlier) and _verb_lemma(doc, earlier) == wanted:
                frames = frames_for(doc, earlier, lex)
                if frames:
                    return first_slot(doc, earlier, frames[0].actor, frames[0].names_only)
    return []


def is_topic(doc: Document, token: Token) -> bool:
    """An event noun after `over` is what is talked about, not what happened: `spraken
    over een staakt-het-vuren`, `rept nog niet over een aanstaand bezoek aan Trump`."""
    if token.pos != "N" or token.head < 0:
        return False
    head = doc.tokens[token.head]
    return head.pos == "VZ" and head.lemma.lower() == "over"

def presupposed(doc: Document, token: Token, lex: Lexicon) -> bool:
    """An event a definite noun anchored to a place refers to has happened, whatever the
    clause around it says of it: `zeggen over de aanslag in Utrecht`, `de beslissing om
    de campagne stil te leggen na de aanslag in Utrecht`. A definite noun phrase names
    what the reader is taken to know already, from the text or from the world (ANS 14.3.1,
    bepaalde naamwoordelijke constituenten), and that it exists is presupposed, which
    holds under the verbs of talk, purpose and wish (`is_topic`, `governed_by_unreal`) that
    keep an indefinite act unreal (`spraken over een staakt-het-vuren`, `zou een aanslag
    plegen`). Only the attacks named by their place (attacks.py `known_attack`): the one
    anchored event noun whose participants the noun itself names, as a described
    perpetrator and victims; any other definite event noun under `over` takes its actor
    from the clause, the one who talks about it (`Minister Dekker wacht een debat over de
    moord op Anne Faber` is no murder by Dekker). Measured on 473 DPG 2019 articles: of
    the 25 event nouns under `over`, 14 definite and 5 anchored to a place (4 in
    Utrecht, 1 in Christchurch with a date between); lifting both guards for known attacks
    codes 5 events there, all a real attack (4 under `over`, 1 under `om ... te`)."""
    return token.pos == "N" and known_attack(doc, token.i, lex)


def _purpose_infinitive(doc: Document, token: Token, lex: Lexicon) -> bool:
    """A `te`-infinitive after `om` in its own stretch of the clause (read linearly: Frog
    often hangs `om` elsewhere): `kwamen samen om een deal te sluiten`."""
    if not is_verb(token) or "inf" not in token.features:
        return False
    sentence = doc.sentences[token.sent]
    for i in range(token.i - 1, sentence.token_start - 1, -1):
        before = doc.tokens[i]
        if is_finite(before) or before.text in {",", ";", ":"}:
            return False
        if before.pos == "VZ" and before.lemma.lower() == "om":
            return not _intention_complement(doc, before, lex)
    return False


def _intention_complement(doc: Document, om: Token, lex: Lexicon) -> bool:
    """`bereid om ... te steunen`, `van plan om ...`: an `om`-clause that complements a
    predicate of intention (ANS 15.4.3: `bereid (om) te helpen`, `om` optional; hung there
    by nlp/adjective_te.py) is what is intended, not a purpose."""
    if om.deprel != "vc" or om.head < 0:
        return False
    head = doc.tokens[om.head]
    return not is_verb(head) and head.lemma.lower() in lex.word_set("intention_verbs")


def _purpose_governor(doc: Document, token: Token) -> Token | None:
    """The verb an `om ... te` purpose clause hangs from (Frog attaches `om` to it)."""
    sentence = doc.sentences[token.sent]
    for i in range(token.i - 1, sentence.token_start - 1, -1):
        before = doc.tokens[i]
        if before.pos == "VZ" and before.lemma.lower() == "om":
            if before.head >= 0 and doc.tokens[before.head].pos == "N":
                return None  # `een belofte om ...`, `het voorstel om ...`: the noun's
            # Frog may hang `om` on the place (`reisde naar Brussel om ...`), or under the
            # purpose verb itself: the nearest other verb above it.
            return next((doc.tokens[h] for h in ancestors(doc, i)
                         if h != token.i and is_verb(doc.tokens[h])), None)
    return None


def _journey(doc: Document, verb: Token, lex: Lexicon) -> bool:
    """A verb of going somewhere or gathering, with its direction or place (`naar het
    vliegveld gegaan`, `ging langs bij`, `kwamen bijeen`, `verzamelden zich op het
    Malieveld`): not `ging ermee akkoord`, `kwam met een voorstel`."""
    if not lemmas_with_particle(doc, verb) & lex.word_set("journey_verbs"):
        return False
    deps = clause_dependents(doc, verb.i)
    if verb.lemma.lower() in lex.word_set("reflexive_journey_verbs"):
        return any(d.lemma.lower() == "zich" for d in deps)  # not `verzamelden handtekeningen`
    # Frog joins some directions into one token (`naar buiten`, `naar binnen`); the
    # particle must be one of direction (`ging langs`, `kwamen bijeen`), not `akkoord`.
    return any(d.pos == "VZ" and d.lemma.lower().split()[0] in lex.word_set(
        "journey_directions") or d.deprel == "svp" and d.lemma.lower() in lex.word_set(
        "journey_particles") for d in deps)


def realised_purpose(doc: Document, token: Token, lex: Lexicon) -> bool:
    """A purpose that a completed journey carries out: someone who went somewhere to
    meet, support, plead or protest did so there (`Kriener was ... naar het vliegveld
    gegaan om oppositieleider Juan Guaidó te steunen`, `Hij ging langs bij PvdA-leider
    Lodewijk Asscher om over een nieuw pensioenstelsel te praten`, `Zijn vrouw vloog naar
    Parijs om hulp te vragen van de regering`): the going is the act's occasion, as a
    visit is a meeting. Only the verbal and expressive acts one does by being there
    (status.yaml `realised_purpose_types`) after a journey verb (`journey_verbs`) told in
    the past and not denied; `kwamen samen om een deal te sluiten` and `gaat naar Berlijn
    om te pleiten` stay unreal (an outcome; a plan)."""
    governor = _purpose_governor(doc, token)
    if governor is None or not _journey(doc, governor, lex):
        return False
    if tense(doc, governor.i) != "past" or negated(doc, governor.i):
        return False
    if any(doc.tokens[i].lemma.lower() in lex.word_set("journey_modals")
           for i in clause_members(doc, governor.i)):
        return False  # `zou naar Parijs gaan om ...`, `wilde langsgaan om ...`
    # Every reading must be such an act, and not an agreement reached or signed (`kwamen
    # samen om een deal te sluiten`: SUPPORT in the lexicon, but an outcome).
    frames = frames_for(doc, token, lex)
    outcomes = lex.word_set("purpose_outcome_objects")
    return bool(frames) and all(
        f.type in lex.word_set("realised_purpose_types") and not set(f.objects) & outcomes
        for f in frames)


def _answered_request(doc: Document, token: Token, cluster: list[Token],
                      lex: Lexicon) -> bool:
    """A request that someone grants or rejects was made: `Het verzoek van R. ... werd
    door de rechtbank afgewezen` codes the request as well as the refusal, while the act
    it asked for stays unreal (status.yaml `response_verbs`)."""
    response = lex.word_set("response_verbs")
    return (any(response & lemmas_with_particle(doc, t) for t in cluster)
            and token.deprel in {"obj1", "su"}
            and any(f.type == "REQUEST" for f in frames_for(doc, token, lex)))


def governed_by_unreal(doc: Document, token: Token, lex: Lexicon) -> bool:
    """An act someone asks for, threatens, hopes or fears has not happened: only the
    request, threat or wish is an event (`riep de Venezolanen op te demonstreren`,
    `dreigde met sancties`, `Ik mag hopen dat de regering gaat spreken met de Duitsers`,
    `weigerde met Poetin te praten`, `verbood onderhandelingen met Rusland`), and so has
    the purpose of an act (`om ... te`)."""
    governors = lex.word_set("unreal_governors")
    if _purpose_infinitive(doc, token, lex):
        return not realised_purpose(doc, token, lex)
    if any(doc.tokens[h].pos == "VG" and doc.tokens[h].lemma.lower() in lex.word_set(
            "unreal_subordinators") for h in ancestors(doc, token.i)[:4]):
        return True  # `ziet eruit alsof hij een verdachte in de boeien heeft geslagen`
    below = token
    for head in ancestors(doc, token.i)[:5]:
        if below.deprel == "cnj":
            return False  # `weigerde en stuurde troepen`: a coordinated clause stands alone
        if doc.tokens[head].pos == "N" and below.deprel != "det":
            # A clause hanging from a noun belongs to that noun: a relative clause stands
            # alone (`bedreigen een land dat humanitaire hulp verleent`, `stemden tegen het
            # akkoord dat May sloot met de EU`) unless the noun is itself a demand, threat or
            # refusal (`een verzoek om ...`).
            return any(f.type in {"REQUEST", "THREATEN", "REJECT"}
                       for f in frames_for(doc, doc.tokens[head], lex))
        below = verb = doc.tokens[head]
        if verb.pos == "VZ" and verb.lemma.lower() == "om" and head < token.i and (
                not _intention_complement(doc, verb, lex)):
            # `kwamen samen om een deal te sluiten`: a purpose is not yet an act.
            return not realised_purpose(doc, token, lex)
        if is_verb(verb) and head not in clause_members(doc, token.i):
            # The whole verb cluster counts: `heeft ... geweigerd` governs through `heeft`.
            cluster = [doc.tokens[i] for i in clause_members(doc, head)]
            if _answered_request(doc, token, cluster, lex):
                return False
            if any(governors & lemmas_with_particle(doc, t) for t in cluster) or any(
                    f.type in {"REQUEST", "THREATEN", "REJECT"}
                    for t in cluster for f in frames_for(doc, t, lex)):
                return True
    return False
