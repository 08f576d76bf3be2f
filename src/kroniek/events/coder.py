"""The event layer: a Dutch PLOVER coder over Frog's dependency parse.

For every verb or noun in the lexicon (data/lexicon.yaml) the frame says where the actor
and recipient are; they are resolved through the actor layer (`doc.mentions`), split
into one event per actor-recipient pair, and given a status and date from the clause.
Modal constructions (`X moet`, `S wil dat X`) and intentions (`willen` + infinitive,
announced future meetings) are coded in `modality`. Events inside a quote keep the
quote's speaker on `Event.speaker`.
"""

from __future__ import annotations

from kroniek.events.anaphora import additive_counterpart
from kroniek.events.apposition import apposed_person
from kroniek.events.arguments import (
    clause_verb_of_noun,
    left_mention,
    relative_antecedent,
    slot_mentions,
    subject_after,
)
from kroniek.events.counted import counted_antecedents, counted_rivals
from kroniek.events.embedded import (
    condemned_act_agents,
    embedded_act_recipients,
    first_slot,
    governed_by_unreal,
    is_topic,
    presupposed,
    slot_actors,
)
from kroniek.events.justice import (
    AGENT_SLOT,
    agent_of_kind,
    appealed_court,
    crime_report_arguments,
    implicit_agent,
    investigating_body,
    sentence_object,
    subject_is,
)
from kroniek.events.lexicon import Frame, Lexicon, load_lexicon
from kroniek.events.modality import (
    addressed,
    announced,
    aspectual,
    counterfactual,
    obliged,
    performative,
    policy_plea,
    quote_at,
)
from kroniek.events.participants import (
    argument_of,
    coordinated_sides,
    described_participants,
    first_slot_people,
    group_participants,
    owned_participants,
    private_admission,
    speaker_actor,
    unfit_actors,
)
from kroniek.events.phrases import (
    after_preposition,
    clause_dependents,
    clause_members,
    is_passive,
    mentions_in_span,
    span_mentions,
)
from kroniek.events.reaction import forget, object_heads, reaction_recipients, remember
from kroniek.events.records import Coded, apply_intent, events_of
from kroniek.events.speech import verbal_act
from kroniek.events.triggers import frames_for
from kroniek.model import QUAD_OF_TYPE, Actor, Document, Event, Mention, Quote, Token
from kroniek.quotes.build import is_described
from kroniek.syntax import is_finite, is_verb, subtree

# Verbal acts whose recipient may be the counterpart of the act they are about.
_ACT_ON_ACT = {"REJECT", "THREATEN", "REQUEST", "AGREE"}


def _pronoun_subject(doc: Document, token: Token) -> Token | None:
    """The personal pronoun subject of a trigger's clause (the actor layer left it unlinked,
    so the nearest name to the left is not its referent)."""
    for dep in clause_dependents(doc, token.i):
        if dep.deprel == "su" and dep.pos == "VNW" and "pers" in dep.features:
            return dep
    return None


def _speaking_self(doc: Document, token: Token, pronoun: Token, lex: Lexicon) -> list[Actor]:
    """The speaker a first-person subject stands for: `ik`/`we` in a quote is the speaker
    (or the speaker's side); so is an unlinked `hij`/`het` subject of reported speech
    (`Defensie laat weten dat het de coalitiepartners ... heeft gevraagd`)."""
    lemma = pronoun.lemma.lower()
    if lemma in lex.word_set("first_person") or (
            lemma in lex.word_set("reported_self") and not _direct_quote(doc, token)):
        quote = quote_at(doc, token)
        return [quote.speaker] if quote is not None and quote.speaker is not None else []
    return []


def _nominal_self(doc: Document, token: Token, lex: Lexicon) -> list[Actor]:
    """`"We hebben morgen een gesprek met FC Twente", zegt Toussaint`: the first-person
    subject of the clause a nominal act is the object of, in a quote, is the speaker, as
    for a verb's own subject (`_speaking_self`). Only where the act is the verb's own
    argument in an active clause (participants.py `slot_heads`, `clause-su`), and only a
    first-person pronoun: `ik`/`we` can only be the one who speaks (ANS 5.2.2), while a
    third-person one may stand for anyone named before."""
    verb = clause_verb_of_noun(doc, token.i)
    if verb is None or is_passive(doc, verb) or not argument_of(doc, token.i, verb):
        return []
    pronoun = _pronoun_subject(doc, doc.tokens[verb])
    if pronoun is None or pronoun.lemma.lower() not in lex.word_set("first_person"):
        return []
    return _speaking_self(doc, token, pronoun, lex)


def _common_noun_subject(doc: Document, token: Token) -> bool:
    """The trigger's own clause has a subject headed by a common noun with a possessive
    or definite determiner (`zijn tegenstanders`, `de leden`): the actor is that phrase,
    described but not linked, never the nearest name to the left."""
    return any(dep.deprel == "su" and dep.pos == "N" and any(
        c.deprel == "det" and c.pos in {"VNW", "LID"} for c in doc.children(dep.i))
        for dep in clause_dependents(doc, token.i))


def _reported_meeting(doc: Document, token: Token, lex: Lexicon) -> bool:
    """A meeting noun after `na`, `tijdens` or `bij` (`na overleg met X is er
    overeenstemming, zegt S`): a meeting the speaker reports having had."""
    head = doc.tokens[token.head] if token.head >= 0 else None
    return head is not None and head.pos == "VZ" and head.lemma.lower() in lex.word_set(
        "meeting_report_prepositions")


def _subject_phrase_mentions(doc: Document, token: Token, names_only: bool) -> list[Mention]:
    """Mentions anywhere inside the subject phrase of a verb's clause: names, and unless
    the frame wants names only, demonym-headed nouns (`honderd Russische militairen of
    adviseurs en technici` is Russia, as PLOVER codes `Russian forces`)."""
    for dep in clause_dependents(doc, token.i):
        if dep.deprel == "su":
            span = sorted(subtree(doc, dep.i))
            found = mentions_in_span(doc, span) if names_only else span_mentions(doc, span)
            return [m for m in found if m.actor is not None and not (
                names_only and m.kind == "demonym")]
    return []


def _direct_quote(doc: Document, token: Token) -> bool:
    """Whether the token is inside quotation marks (direct speech) in its sentence."""
    sentence = doc.sentences[token.sent]
    marks = [t for t in doc.sentence_tokens(sentence) if t.i < token.i and t.pos == "LET"
             and t.text in {'"', "'", ",,", "''", "“", "”", "‘", "’"}]
    return len(marks) % 2 == 1


def _cue_quote(doc: Document, token: Token, frame: Frame, lex: Lexicon,
               pronoun_only: bool = True) -> Quote | None:
    """The quote this trigger introduces as its cue verb when the quote layer resolved a
    pronoun subject (`In gesprek met Der Spiegel roept hij Europa op ...`: Frog makes
    Der Spiegel the subject; the quote layer found who `hij` is), or with `pronoun_only`
    off any speaker it resolved. One such quote only."""
    sentence = doc.sentences[token.sent]
    lemmas = {frame.lemma, (frame.svp or "") + frame.lemma, token.lemma.lower()}
    found = [q for q in doc.quotes
             if q.cue in lemmas and q.speaker is not None and q.speaker_text
             and (not pronoun_only
                  or q.speaker_text.lower() in lex.word_set("subject_pronouns"))
             and sentence.start <= q.start < sentence.end
             and not q.start <= token.start < q.end]
    return found[0] if len(found) == 1 else None


def _not_actor(doc: Document, token: Token, recipient_slots: tuple[str, ...]) -> set[int]:
    """Mentions the fallback subject must skip: the recipient's, and a direct object the
    frame reads as recipient (`dat Rusland Oekraïne aanviel`). A direct object the frame
    does not use (`De Amerikanen committeren zich aan de NAVO`) is a misparsed subject."""
    slots = [s for s in recipient_slots if s != "obj1-of"]
    if "obj1-of" in recipient_slots:
        slots.append("obj1")
    return {m.token_start for slot in slots for m in slot_mentions(doc, token.i, slot)}


def _slots(frame: Frame, passive: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Actor and recipient slots; in a passive the subject is the one acted upon."""
    if not passive:
        return frame.actor, frame.recipient
    recipient = tuple({"obj1": "su", "obj1-of": "su-of"}.get(s, s) for s in frame.recipient)
    if "obj2" in recipient:
        # `Klein is voor de klus gevraagd door Weststrate`: the one asked is the subject.
        recipient = ("su", *[s for s in recipient if s not in {"obj2", "su"}])
    if "su" in recipient and "obj1" not in recipient:
        # `zijn gisteravond Ajax-supporters aangehouden`: Frog may parse the subject that
        # follows the participle as its direct object; a passive has none of its own.
        recipient = (*recipient, "obj1")
    return ("door",), recipient


def _perfect_passive(doc: Document, token: Token, frame: Frame) -> bool:
    """`Een 28-jarige man is aangehouden`: the verbs of institutional acts (`agent`
    frames) are transitive and form their perfect with `hebben`, so `zijn` with their
    participle is a passive even without a `door` agent (ANS 18.5.3)."""
    if frame.agent is None or "vd" not in token.features:
        return False
    members = clause_members(doc, token.i)
    if any(doc.tokens[i].lemma == "zijn" for i in members):
        return True
    return _auxiliary_read_as_possessive(doc, token, members)


def _auxiliary_read_as_possessive(doc: Document, token: Token, members: list[int]) -> bool:
    """`Drie verdachten zijn maandagavond aangehouden`: Frog tags `zijn` the possessive
    determiner of the noun after it and leaves the main clause with no finite verb. A
    main clause has one (ANS 21.1), so where the participle's clause has none and a
    `zijn` hung inside it as a determiner stands before the participle, that `zijn` is
    the finite auxiliary. Only a root participle: in a clause under another verb the
    finite verb may be that verb's."""
    if token.head >= 0 or any(is_finite(doc.tokens[i]) for i in members):
        return False
    inside = subtree(doc, token.i)
    return any(t.text.lower() == "zijn" and t.pos == "VNW" and t.deprel == "det"
               and t.i < token.i and t.i in inside
               for t in doc.sentence_tokens(doc.sentences[token.sent]))


def _code_frame(doc: Document, token: Token, frame: Frame, lex: Lexicon) -> Coded | None:
    """What a frame codes at a trigger: its actors and recipients from the slots, with the
    fallbacks Frog's parse needs, and the checks that keep non-events out; None if none."""
    passive = not frame.noun and (is_passive(doc, token.i)
                                  or _perfect_passive(doc, token, frame))
    if frame.voice == "passive" and not (passive and agent_of_kind(doc, token.i, lex)):
        return None  # `werd veroordeeld voor moord`, not `Rutte veroordeelde Erdogan voor`
    slots = _slots(frame, passive)
    found = _slot_arguments(doc, token, frame, lex, passive, slots)
    if found is None:
        return None
    actors, recipients = found
    mutual = _mutual(doc, token, frame, lex, actors, recipients)
    if mutual is not None:
        return mutual
    actors = _fallback_actors(doc, token, frame, lex, passive, slots, actors, recipients)
    if not actors or (frame.named_actor and any(is_described(a) for a in actors)):
        return None  # `named_actor`: `Omstanders redden een vrouw` is no political act
    return _counterparts(doc, token, frame, lex, passive, slots[1], actors, recipients)


def _slot_arguments(doc: Document, token: Token, frame: Frame, lex: Lexicon, passive: bool,
                    slots: tuple[tuple[str, ...], tuple[str, ...]],
                    ) -> tuple[list[Actor], list[Actor | None]] | None:
    """Actors and recipients from the frame's slots (None: the frame does not apply)."""
    actor_slots, recipient_slots = slots
    # `De advocaat van Vermeulen`, `CDA-leden`: the name inside is the owner, not who acts.
    # `Die twee partijen stopten ...`: a counted anaphor names the last two of its kind.
    actors = owned_participants(doc, token.i, actor_slots, lex) or first_slot_people(
        doc, token.i, actor_slots, frame.names_only, lex) or counted_antecedents(
        doc, token.i, actor_slots, lex)
    if "su" in actor_slots and not frame.noun:
        actors = apposed_person(doc, token, actors)
    found = owned_participants(doc, token.i, recipient_slots, lex) or first_slot_people(
        doc, token.i, recipient_slots, frame.names_only, lex) or counted_antecedents(
        doc, token.i, recipient_slots, lex)
    actors, found = crime_report_arguments(doc, token.i, frame, passive, actor_slots,
                                           recipient_slots, actors, found, lex)
    if not found and not frame.names_only:
        # Frog labels the subject of `is de 19-jarige autobestuurder aangehouden` obj1.
        found = described_participants(doc, token.i, recipient_slots + (
            ("obj1",) if passive and frame.agent else ()), lex, patient=bool(frame.agent))
    if not found:
        found = addressed(doc, token, recipient_slots, lex)
    recipients: list[Actor | None] = [r for r in found if r not in actors]
    if AGENT_SLOT in actor_slots and not sentence_object(doc, token.i, lex):
        return None
    if not actors and AGENT_SLOT in actor_slots and frame.agent:
        # `Een man moet twaalf jaar de cel in`, `kreeg acht jaar cel`: the court that
        # sentenced is implicit, and the subject is the one sentenced (events/justice.py).
        actors = _implicit_actors(doc, token, frame, lex, recipients)
        if not actors:
            return None
    cue = None if frame.noun or passive else _cue_quote(doc, token, frame, lex)
    if cue is not None and cue.speaker is not None and cue.speaker not in actors:
        actors = [cue.speaker]
        recipients = [r for r in recipients if r != cue.speaker]
    return actors, recipients


def _implicit_actors(doc: Document, token: Token, frame: Frame, lex: Lexicon,
                     recipients: list[Actor | None]) -> list[Actor]:
    """The institution an act leaves implicit (frame `agent`: the court, the police, the
    OM; events/justice.py), unless it is the recipient."""
    agent = implicit_agent(doc, token.i, frame.agent, lex) if frame.agent else None
    return [agent] if agent is not None and agent not in recipients else []


def _mutual(doc: Document, token: Token, frame: Frame, lex: Lexicon, actors: list[Actor],
            recipients: list[Actor | None]) -> Coded | None:
    """A mutual act (`overleg tussen X en Y`, `Zelensky en Trump kwamen samen`): each side
    acts towards the other."""
    if frame.mutual and frame.mutual != "su" and not actors:
        sides = slot_actors(slot_mentions(doc, token.i, "pp:" + frame.mutual))
        if len(sides) >= 2:
            return Coded(frame.type, [sides[0]], list(sides[1:]), frame.mode,
                         frame.context, mutual=True)
    if len(actors) >= 2 and not recipients and QUAD_OF_TYPE[frame.type] in (3, 4) and (
            counted_rivals(doc, token.i, frame.actor, lex)):
        # `Voor zaterdag hebben beide rivalen demonstraties aangekondigd`: rivals act
        # against each other.
        coded = Coded(frame.type, actors[:-1], actors[1:], frame.mode, frame.context,
                      mutual=True)
        coded.planned = announced(doc, token, lex)
        return coded
    if frame.mutual == "su" and len(actors) == 1 and not recipients and not frame.names_only:
        # `De bonden en Shell ruziën`: a described side beside a named one.
        actors = coordinated_sides(doc, token.i, lex) or actors
    if frame.mutual == "su" and len(actors) >= 2 and not recipients:
        # `Zelensky en Trump kwamen samen`: coordinated subjects meet each other.
        coded = Coded(frame.type, actors[:-1], actors[1:], frame.mode, frame.context,
                      mutual=True)
        apply_intent(doc, token, coded, lex)  # `niet met elkaar ... te willen zitten`
        return coded
    return None


def _fallback_actors(doc: Document, token: Token, frame: Frame, lex: Lexicon, passive: bool,
                     slots: tuple[tuple[str, ...], tuple[str, ...]], actors: list[Actor],
                     recipients: list[Actor | None]) -> list[Actor]:
    """The actors, with the fallbacks when the slots name none or only a body whose title
    phrase names its leader: a reporting speaker, the leader, a described group, the
    linear neighbour, an implicit institution, co-organisers."""
    actor_slots, recipient_slots = slots
    if not actors and "speaker" in actor_slots and _reported_meeting(doc, token, lex):
        # `na overleg met X is er overeenstemming, zegt S`: who reports a meeting with no
        # other participant named took part in it.
        quote = quote_at(doc, token)
        actors = [quote.speaker] if quote is not None and quote.speaker is not None else []
    if actors and not frame.noun and not passive and all(a.kind != "person" for a in actors):
        # `Forum voor Democratie-voorman Thierry Baudet koos de aanval`: Frog heads the
        # title phrase on the party; the person the title names is the one who acts.
        persons = [m for m in _subject_phrase_mentions(doc, token, True)
                   if m.actor is not None and m.actor.kind == "person"]
        person = persons[0].actor if len(persons) == 1 else None
        if person is not None and person not in recipients and any(
                word in (person.role or "").lower() for word in lex.word_set("leader_roles")):
            actors = [person]  # a party's leader in its title phrase, not `de krant van X`
    if not actors and not frame.noun and not passive and not frame.names_only:
        # `Inwoners van Amsterdam bekritiseren ...`: a group, not the place in its phrase.
        actors = group_participants(doc, token.i, actor_slots, lex)
    if not actors and not frame.noun and not passive and frame.needs == "none":
        # `Forum voor Democratie-voorman Thierry Baudet koos de aanval`: a subject phrase
        # Frog splits around a name holds its actor; the first named one acts.
        # The person a title phrase names acts (`Forum voor Democratie-voorman Thierry
        # Baudet`), else the first named body.
        # Not a name that a preposition inside the phrase governs: `de VN-gezant in Jemen`
        # and `de VN-missie in Libië` are not Yemen and Libya.
        found = [m for m in _subject_phrase_mentions(doc, token, frame.names_only)
                 if not after_preposition(doc, m)]
        persons = [m for m in found if m.actor is not None and m.actor.kind == "person"]
        actors = slot_actors((persons or found)[:1])
    if not actors and not frame.noun and not passive:
        # Reported speech acts (spec: a statement that demands, accuses, rejects,
        # promises or threatens is both a quote and an event): the speaker the quote
        # layer resolved for this cue verb is its actor (`Waarnemers op Curaçao pleiten
        # voor ...`, `aldus de officier van justitie`).
        speech = _cue_quote(doc, token, frame, lex, pronoun_only=False)
        speaker = speaker_actor(doc, speech.speaker, lex) if speech is not None else None
        actors = [speaker] if speaker is not None and speaker not in recipients else []
    if not actors and not frame.names_only and not _subject_phrase_mentions(
            doc, token, frame.names_only):
        # `Twee verdachten ... zijn aangehouden`, `Ajaxfans bekogelden`: a subject that
        # names people only by description (a named one in the phrase comes first).
        actors = described_participants(doc, token.i, actor_slots, lex)
    if not actors and not frame.noun and not passive and frame.needs != "none":
        # Linear guesses only where a recipient anchors the event: an act with no target
        # (`arresteert`, `staken`) and a guessed actor would be a guess twice over.
        pronoun = _pronoun_subject(doc, token)
        if pronoun is None:
            # Not where the subject is there, unnamed (`dat zijn tegenstanders samenwerkten
            # met ...`).
            # Nor in a relative clause: its subject is the noun it belongs to (`Laura H.,
            # de vrouw uit Zoetermeer die in 2015 naar Syrië ging`), never a name before.
            if not _common_noun_subject(doc, token) and relative_antecedent(
                    doc, token.i) is None:
                excluded = _not_actor(doc, token, recipient_slots)
                actors = slot_actors(left_mention(doc, token.i, excluded)) or slot_actors(
                    [m for m in subject_after(doc, token.i) if m.token_start not in excluded])
        else:
            actors = _speaking_self(doc, token, pronoun, lex)
    if not actors and frame.noun and "clause-su" in actor_slots:
        # `"We hebben morgen een gesprek met FC Twente", zegt Toussaint`.
        actors = [a for a in _nominal_self(doc, token, lex) if a not in recipients]
    if not actors and passive and frame.agent:
        # `Een 28-jarige man is aangehouden`: an arrest, sentence or dismissal whose
        # passive names no agent is the police's, the court's, the prosecution's.
        actors = _implicit_actors(doc, token, frame, lex, recipients)
    if not actors and frame.joint and not passive:
        # `De milieuorganisatie organiseert de mars met Milieudefensie`: the co-organisers
        # act even when the subject is a description the actor layer leaves unlinked.
        actors = first_slot(doc, token, frame.joint, True)
    return actors


def _counterparts(doc: Document, token: Token, frame: Frame, lex: Lexicon, passive: bool,
                  recipient_slots: tuple[str, ...], actors: list[Actor],
                  recipients: list[Actor | None]) -> Coded | None:
    """Recipients found through the act itself, the checks that keep non-events out, and
    the coded frame."""
    if frame.joint:
        # `organiseert de mars met Milieudefensie en de FNV`: co-actors of the same act.
        actors = actors + [a for a in first_slot(doc, token, frame.joint, True)
                           if a not in actors and a not in recipients]
    if not recipients and (frame.type in _ACT_ON_ACT or "act" in recipient_slots):
        # `verbood onderhandelingen met Rusland`, `dreigde Rusland aan te vallen`: what is
        # refused, threatened or promised is an act with a counterpart.
        recipients = list(embedded_act_recipients(doc, token, lex,
                                                    loose="act" in recipient_slots))
    if not recipients and frame.type == "ACCUSE" and not frame.noun:
        recipients = list(condemned_act_agents(doc, token, lex))
    if not recipients:
        recipients = list(additive_counterpart(doc, token, frame, lex))  # `meer sancties`
    if not recipients and not frame.noun and not passive and frame.type in lex.word_set(
            "reaction_types") and frame.mode not in lex.word_set("non_reaction_modes"):
        # `Teheran veroordeelt het besluit`: the doer of the act named before (reaction.py).
        recipients = list(reaction_recipients(
            doc, token, object_heads(doc, token, recipient_slots), actors, lex))
    if not recipients and "ruling" in recipient_slots:
        recipients = list(appealed_court(doc, token.i, actors, lex))  # `ging in cassatie`
    ids = {a.id for a in actors}
    recipients = [r for r in recipients if r is not None and r.id not in ids]
    if frame.foreign:
        recipients = [r for r in recipients if r is not None and r.kind == "state"
                      and all(a.country and a.country != r.country for a in actors)]
    if frame.needs != "none" and not recipients and not (
            frame.type in lex.word_set("performative_types")
            and performative(doc, token, lex)) and not policy_plea(doc, token, frame, actors, lex):
        return None
    if frame.mode == "investigate" and not recipients and not (
            all(investigating_body(a, lex) for a in actors)
            and (passive or subject_is(doc, token.i, actors))):
        # `Hij zal onderzoeken welke partijen een bestuur kunnen vormen`: an inquiry with
        # no target is an accusation only as an institution's act (police, OM, a state,
        # a minister), not a private person's, a researcher's or an unplaced one's
        # (`Wetenschappers gaan de rol van vrouwen onderzoeken`; events/justice.py).
        return None
    if frame.type == "CONSULT" and any(a.sector in lex.word_set("interviewing_sectors")
                                       for a in actors):
        return None  # `gesprekken die Trouw voerde met ...`: a paper's interviews
    recipients = _leaders_for_parties(recipients, lex)
    coded = Coded(frame.type, actors, recipients or [None], frame.mode, frame.context)
    if _verbal_attack(doc, token, frame, coded, lex):
        coded.type, coded.mode, coded.context = "ACCUSE", "disapprove", ()
    elif coded.recipients == [None] and frame.lemma in lex.word_set("verbal_attack_triggers"):
        return None  # `Ajax koos voor de aanval`: choosing the attack with no target is sport
    apply_intent(doc, token, coded, lex)
    coded.planned = coded.planned or announced(doc, token, lex)
    coded.handed_down = AGENT_SLOT in frame.actor
    if private_admission(doc, token, (frame.svp or "") + frame.lemma, coded.actors,
                         coded.recipients, lex):
        return None  # `Te Velde erkent dat ...`: a private person's statement
    return None if unfit_actors(coded.type, coded.actors, lex, coded.recipients) else coded


def _leaders_for_parties(found: list[Actor | None], lex: Lexicon) -> list[Actor | None]:
    """`de aanval op VVD-leider Mark Rutte`: the title phrase names the party and its
    leader; the leader is the one meant."""
    leaders = [a for a in found if a is not None and a.kind == "person" and any(
        w in (a.role or "").lower() for w in lex.word_set("leader_roles"))]
    if not leaders:
        return found
    return [a for a in found if a is None or a.kind != "organisation"]


def _verbal_attacker(actor: Actor, lex: Lexicon) -> bool:
    """A person, or a party or other political organisation (never a state or an army)."""
    return actor.kind == "person" or (
        actor.kind == "organisation" and actor.sector in lex.word_set("political_sectors"))


def _verbal_attack(doc: Document, token: Token, frame: Frame, coded: Coded,
                   lex: Lexicon) -> bool:
    """`aanvallen`/`aanval` by a person on a person or a political body, in a sentence
    with no military word, is criticism (PLOVER ACCUSE): `Wilders opende de aanval op
    Rutte`, `Orbán heeft zijn aanvallen op de EU hervat`."""
    if coded.type != "ASSAULT" or frame.lemma not in lex.word_set("verbal_attack_triggers"):
        return False
    if coded.recipients == [None]:
        # `Baudet koos de aanval`: with no target named, only political actors (PLOVER
        # sectors of politics) attack verbally; a club or an army choosing the attack does not.
        if not all(a.sector in lex.word_set("political_sectors") for a in coded.actors):
            return False
    elif not all(_verbal_attacker(a, lex) for a in coded.actors) or not all(
            r is not None and (r.kind in {"person", "organisation"} or (
                r.kind == "state" and r.country in {a.country for a in coded.actors}))
            for r in coded.recipients):
        # `Forum voor Democratie opende de aanval op het kabinet`: a party on its own
        # country's government is domestic politics; a state on another state is not.
        return False
    military = lex.word_set("military_words")
    sentence = doc.sentences[token.sent]
    return not any(t.lemma.lower() in military for t in doc.sentence_tokens(sentence))


def _modal(doc: Document, token: Token, lex: Lexicon) -> list[Event]:
    """A verbal act with no verb of its kind (events/speech.py), made in the saying."""
    act = verbal_act(doc, token, lex)
    if act is None:
        return []
    coded = Coded(act.type, act.actors, act.recipients, act.mode, speech_act=True)
    return events_of(doc, token, coded, lex, token.lemma)


def _fixed_part_of_verb(doc: Document, token: Token, lex: Lexicon) -> bool:
    """A noun that is the fixed object of its verb's frame (`protest` in `protest
    aantekenen`, a formal complaint) is coded by the verb, not as an act of its own."""
    if token.pos != "N" or token.head < 0 or token.deprel not in {"obj1", "su"}:
        return False
    verb = doc.tokens[token.head]
    lemma = token.lemma.lower()
    return is_verb(verb) and any(lemma in frame.objects for frame in frames_for(doc, verb, lex))


def code_token(doc: Document, token: Token, lex: Lexicon) -> list[Event]:
    """The events one token triggers: its first lexicon frame that yields a dyad."""
    if (governed_by_unreal(doc, token, lex) or is_topic(doc, token)) and not presupposed(
            doc, token, lex) or aspectual(doc, token, lex):
        return []
    if _fixed_part_of_verb(doc, token, lex):
        return []
    frames = [] if counterfactual(doc, token, lex) else frames_for(doc, token, lex)
    if frames and obliged(doc, token, lex):
        # what someone must do has not happened; a court's order to serve or pay is the
        # sentence itself (frames with an implicit `agent`, data/lexicon_justice.yaml)
        frames = [f for f in frames if f.agent]
    for frame in frames:
        coded = _code_frame(doc, token, frame, lex)
        if coded is not None:
            return events_of(doc, token, coded, lex, frame.lemma)
    return _modal(doc, token, lex)


def _dedupe(events: list[Event]) -> list[Event]:
    seen: set[tuple] = set()
    kept = []
    for event in events:
        key = (event.type, event.actor.id, event.recipient.id if event.recipient else None,
               event.start)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def annotate(doc: Document) -> None:
    """Fill `doc.events` from the tokens, mentions, time expressions and quotes."""
    lex = load_lexicon()
    events: list[Event] = []
    forget(doc)
    for token in doc.tokens:
        coded = code_token(doc, token, lex)
        remember(doc, token, coded)  # the acts a later reaction may refer back to
        events.extend(coded)
    forget(doc)
    doc.events = _dedupe(events)


