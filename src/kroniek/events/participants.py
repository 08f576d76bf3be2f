"""Event participants the text names only by description (`een 28-jarige man uit
Oudenbosch`, `de curatoren`, `zijn achterban`).

The actor layer links names and the bodies and offices it can resolve; a suspect, a
victim, a crowd or a group of trustees is left without an actor, and a frame slot that
holds only such a phrase used to drop the event. Here a slot's head noun that names
people (data/participants.yaml) becomes a described actor named by its words, the way
the quote layer names a described speaker (quotes/build.py `described_actor`) and the
spec names actors known only by description.
"""

from __future__ import annotations

from dataclasses import replace

from kroniek.actors.kb import load_kb
from kroniek.actors.local_country import article_country
from kroniek.actors.place import enclosing_country
from kroniek.actors.reference import phrase_mention
from kroniek.events.arguments import (
    clause_verb_of_noun,
    earlier_conjunct_subjects,
    slot_mentions,
)
from kroniek.events.groups import (
    demonym_country,
    earlier_demonym_country,
    group_name_span,
    owned_participant,
    place_country,
    van_owner_country,
)
from kroniek.events.lexicon import Lexicon, load_lexicon
from kroniek.events.misparse import glued_object
from kroniek.events.phrases import (
    clause_dependents,
    conjuncts,
    is_passive,
    merged_object,
    prepositions,
    van_object,
)
from kroniek.model import Actor, Document, Token, described_id
from kroniek.quotes.build import described_actor, is_described, is_name
from kroniek.quotes.lexicon import Lexicon as QuoteLexicon
from kroniek.quotes.lexicon import load as load_quote_lexicon
from kroniek.syntax import clause_members, has_definite_article, is_verb, subtree

_PHRASE_SLOTS = {"su", "obj1", "obj2"}


def participant_noun(doc: Document, head_i: int, lex: Lexicon, patient: bool = False) -> bool:
    """Whether a noun names a person or a group of people (data/participants.yaml); with
    `patient`, also a definite role noun (the one an institution acts on)."""
    head = doc.tokens[head_i]
    if not _nominal(head) and not (head.pos == "SPEC" and aged(doc, head_i, lex)):
        return False  # NER tags `een 36-jarige Rotterdammer` as a name part
    lemma = head.lemma.lower()
    if head.pos != "N":
        # Frog lemmatises `verdachten` to the verb: the noun is the singular form.
        lemma = head.text.lower().removesuffix("n")
    elif lemma == head.text.lower() and "mv" in head.features and lemma.endswith("en"):
        lemma = lemma[:-2]  # a plural Frog did not lemmatise (`jihadisten`)
    if lemma in lex.word_set("participant_nouns") or aged(doc, head_i, lex):
        return True
    if _counted_people(doc, head_i, lex) is not None:
        return True
    if lemma in lex.word_set("not_participants") or len(lemma) < 4:
        return False
    if not patient and "ev" in head.features and has_definite_article(doc, head_i):
        # `de informateur`, `de woordvoerder`: a definite role noun names again someone
        # the article has named; its description is not who acts. Who is arrested,
        # charged or sentenced (`De bestuurder is ook aangehouden`) is described so.
        return False
    return lemma.endswith(tuple(lex.word_set("participant_heads"))) or lemma.endswith(
        tuple(lex.word_set("participant_suffixes")))


def _counted_people(doc: Document, head_i: int, lex: Lexicon) -> int | None:
    """The plural people noun a quantity noun is joined to without `van` (ANS 14.4: `een
    tiental demonstranten`, `een groep jongeren`): the phrase names those people."""
    if doc.tokens[head_i].lemma.lower() not in lex.word_set("partitive_nouns"):
        return None
    for child in doc.children(head_i):
        if (child.i > head_i and child.deprel in {"mod", "app"} and _nominal(child)
                and participant_noun(doc, child.i, lex)):
            return child.i
    return None


def aged(doc: Document, head_i: int, lex: Lexicon) -> bool:
    """A noun with an age adjective names a person (`de 19-jarige autobestuurder`, `een
    36-jarige Rotterdammer`): court and police reports give the age of whom they describe."""
    return any(c.deprel == "mod" and c.text[:1].isdigit()
               and c.lemma.lower().endswith(tuple(lex.word_set("age_adjective_suffixes")))
               for c in doc.children(head_i))


def _unplaced_aged(doc: Document, head_i: int, lex: Lexicon) -> bool:
    """An aged noun that NER took for an unlinked name (`een 36-jarige Rotterdammer`)."""
    return aged(doc, head_i, lex) and not any(
        m.actor is not None and m.token_start <= head_i < m.token_end for m in doc.mentions)


def _nominal(token: Token) -> bool:
    """A noun, or a participle or adjective used as one (`Twee verdachten`: Frog's
    WW(vd,nom); `de gewonden`)."""
    return token.pos == "N" or (token.pos in {"WW", "ADJ"} and "nom" in token.features)


def _describe(doc: Document, head_i: int, quote_lex: QuoteLexicon, lex: Lexicon) -> Actor | None:
    """The described actor of a phrase; a nominalised participle (`Twee verdachten`) is
    named like a noun: its determiners and prenominal words up to the head."""
    head = doc.tokens[head_i]
    if head.pos == "N":
        found = described_actor(doc, head_i, quote_lex)
        if found is None:
            return None
        # The quote layer's words, widened to a numeral before (`Zes diensten`) and a
        # `van`-phrase naming a linked actor or place (events/groups.py).
        start, end = _char_span(doc, head_i, found.name)
        last = max(t.i for t in doc.tokens[head_i:] if t.end <= end) if end > 0 else head_i
        counted = _counted_people(doc, head_i, lex)
        last = max(last, counted or head_i)  # `een tiental demonstranten`
        first, last = group_name_span(doc, head_i, lex, max(last, head_i))
        words = _balanced(doc.text[min(doc.tokens[first].start, start):doc.tokens[last].end])
        # `een miljoen demonstranten`: the people counted are a group, whatever the
        # number of the count noun.
        kind = "group" if counted is not None else found.kind
        return replace(found, id=described_id(words), name=words, kind=kind,
                       country=van_owner_country(doc, head_i, lex) or place_country(
                           doc, head_i, lex) or demonym_country(doc, head_i)
                       or earlier_demonym_country(doc, head_i))
    first = min([head_i, *(c.i for c in doc.children(head_i)
                           if c.i < head_i and c.deprel in {"det", "mod"})])
    words = _balanced(doc.text[doc.tokens[first].start:head.end])
    kind = "group" if any(f.startswith("mv") for f in head.features) else "person"
    state = load_kb().by_demonym(head.text) if head.pos == "SPEC" else None
    country = state.country if state is not None and state.kind == "state" else None
    # `een 69-jarige Rwandees`: a person of the demonym's state
    return Actor(id=described_id(words), name=words, kind=kind, country=country)


def _balanced(words: str) -> str:
    """The words without a bracket the phrase cut in half (`(jonge) mensen` taken from
    its adjective on gives `jonge) mensen`): an unpaired bracket is dropped."""
    if words.count("(") == words.count(")"):
        return words
    return " ".join(words.replace("(", " ").replace(")", " ").split())


def _char_span(doc: Document, head_i: int, words: str) -> tuple[int, int]:
    """Where the words of a description of this head stand in the text."""
    head = doc.tokens[head_i]
    start = doc.text.find(words, max(0, head.start - len(words)))
    while start != -1 and start + len(words) < head.end:
        start = doc.text.find(words, start + 1)
    return (start, start + len(words)) if start != -1 else (head.start, head.end)


def slot_heads(doc: Document, trigger_i: int, slot: str, names: bool = False) -> list[int]:
    """Head tokens of the phrase in a slot: subject, objects, a passive's `door` agent or
    a preposition's object, one per conjunct; with `names` also a head Frog tagged as a
    name (`Ajaxfans`)."""
    if slot in _PHRASE_SLOTS:
        # `miljoenen vrouwen gingen de straat op`: Frog may give the numeral its own
        # `su`; the phrase is the first one headed by a noun.
        deps = [counted_noun(doc, d) for d in clause_dependents(doc, trigger_i)
                if d.deprel == slot]
        if slot == "su" and not deps and is_verb(doc.tokens[trigger_i]):
            # `Een Australische rechts-extremist opende het vuur ... en doodde vijftig
            # mensen`: a later conjunct's subject is the earlier conjunct's.
            deps = [counted_noun(doc, d) for d in earlier_conjunct_subjects(
                doc, clause_members(doc, trigger_i)[0])]
        nominal = [d for d in deps if _nominal(d) or (d.pos == "SPEC" and (
            names or aged(doc, d.i, load_lexicon())))]
        glued = glued_object(doc, trigger_i) if slot in ("su", "obj1") else None
        if glued is not None:  # `roepen de SP en D66 de coalitie op`: the object
            if slot == "obj1" and not deps:
                return [glued]
            if slot == "su":
                return [h for h in conjuncts(doc, deps[0].i) if h != glued]
        return conjuncts(doc, nominal[0].i) if nominal else []
    if slot == "clause-su":
        # a nominal act's clause subject (`Zo'n 70.000 mensen zetten hun handtekening onder
        # een petitie`), as arguments.py `_governing_subject` reads a named one; for a
        # description only where the act is the verb's own object or prepositional object,
        # in an active clause: `De moeder hoeft het vonnis in de strafzaak tegen haar af te
        # wachten` and `werd een vader vrijgesproken van de moord` are not theirs
        verb = clause_verb_of_noun(doc, trigger_i)
        if verb is None or is_passive(doc, verb) or not argument_of(doc, trigger_i, verb):
            return []
        return slot_heads(doc, verb, "su", names)
    if slot in ("obj1-of", "su-of"):
        # the owner of the act the object (a passive's subject) names: `Een klacht van een
        # gedetineerde ... is door de Commissie van Toezicht ongegrond verklaard`. Only an
        # act (a noun of the event lexicon: klacht, verzoek, beroep): `de rol van vrouwen
        # onderzoeken` investigates no women.
        # Or a body part (`de neus en de mond van de baby dicht hebben geduwd`): the one
        # whose body it is suffers the violence (data/participants.yaml `body_parts`).
        role = slot.removesuffix("-of")
        lex = load_lexicon()
        owned = lex.word_set("body_parts")
        for dep in clause_dependents(doc, trigger_i):
            lemma = dep.lemma.lower()
            if dep.deprel != role or dep.pos != "N" or (
                    lemma not in lex.nouns and lemma not in owned):
                continue
            owner = van_object(doc, dep.i)
            if owner is not None:
                return conjuncts(doc, owner)
        return []
    if slot == "door" and not is_passive(doc, trigger_i):
        return []
    if slot == "door" or slot.startswith("pp:"):
        lemma = "door" if slot == "door" else slot[3:]
        strict = slot == "door" or doc.tokens[trigger_i].pos == "N"
        for prep in prepositions(doc, trigger_i, lemma, strict=strict):
            # Frog hangs the object of a preposition it merged with its article (`tegen
            # de 25-jarige Rotterdammer`) as `body`, or on the verb (phrases.py
            # `merged_object`: then the noun right after it heads the phrase).
            objects = [c.i for c in doc.children(prep) if c.deprel in {"obj1", "body"}] or (
                [prep + 1] if merged_object(doc, prep) else [])
            if objects:
                return conjuncts(doc, objects[0])
    return []


def counted_noun(doc: Document, token: Token) -> Token:
    """The noun of a counted phrase Frog heads on its numeral: in `Duizenden mensen
    demonstreerden` and `Honderden boeren trokken naar Den Haag` the numeral (TW) is the
    subject and the noun hangs from it as `mod`, where the noun heads the phrase (ANS
    14.4: a cardinal is a prenominal modifier of the noun it counts). Any other token is
    its own head."""
    if token.pos != "TW":
        return token
    nouns = [c for c in doc.children(token.i)
             if c.i == token.i + 1 and c.deprel in {"mod", "app"} and _nominal(c)]
    return nouns[0] if nouns else token


def argument_of(doc: Document, noun_i: int, verb_i: int) -> bool:
    """Whether a noun hangs from the verb directly or through one preposition."""
    head = doc.tokens[noun_i].head
    if head >= 0 and doc.tokens[head].pos == "VZ":
        head = doc.tokens[head].head
    return head == verb_i


def _linked(doc: Document, head_i: int) -> bool:
    """Whether the phrase is about a named actor (`Vastgoedonderneming Zadelhoff`): the
    head is inside a mention, or the actor layer reads the phrase as one. A name in a
    modifier (`een man uit Oudenbosch`) does not make the man Oudenbosch."""
    if any(m.token_start <= head_i < m.token_end for m in doc.mentions):
        return True
    found = phrase_mention(doc, head_i)
    return found is not None and found.actor is not None


def described_participants(doc: Document, trigger_i: int, slots: tuple[str, ...],
                           lex: Lexicon, patient: bool = False) -> list[Actor]:
    """Described actors of the first slot whose phrase is a people noun with no mention
    (`patient`: see `participant_noun`)."""
    quote_lex = load_quote_lexicon()
    for slot in slots:
        heads = slot_heads(doc, trigger_i, slot)
        if not heads or any(_linked(doc, h) and not _unplaced_aged(doc, h, lex) for h in heads):
            continue
        found = [(_describe(doc, h, quote_lex, lex),
                  trigger_i if _state_agent(doc.tokens[h], lex) else None)
                 for h in heads if participant_noun(doc, h, lex, patient)
                 and (not is_name(doc, h, quote_lex) or aged(doc, h, lex))]
        placed = [_placed(doc, a, act) for a, act in found if a is not None]
        if placed:
            return placed
    return []


def coordinated_sides(doc: Document, trigger_i: int, lex: Lexicon) -> list[Actor]:
    """The sides of a coordinated subject where a named side and a described one meet
    (`De bonden en Shell ruziën`): each conjunct is its linked actor or, for a people noun
    with no name, its description. Empty unless every conjunct resolves and there are two
    or more: a mutual act needs both sides."""
    heads = slot_heads(doc, trigger_i, "su", names=True)
    for dep in clause_dependents(doc, trigger_i):
        if dep.deprel == "su" and dep.pos == "VG":
            # Frog heads a coordination on the conjunction (`en`), its conjuncts `cnj`.
            heads = [c.i for c in doc.children(dep.i) if c.deprel == "cnj"]
            break
    if len(heads) < 2:
        return []
    quote_lex = load_quote_lexicon()
    sides: list[Actor] = []
    for head in heads:
        named = [m.actor for m in doc.mentions
                 if m.token_start <= head < m.token_end and m.actor is not None]
        if named:
            side = named[0]
        elif participant_noun(doc, head, lex) and not is_name(doc, head, quote_lex):
            side = _describe(doc, head, quote_lex, lex)
        else:
            return []
        if side is None:
            return []
        if side not in sides:
            sides.append(_placed(doc, side) if not named else side)
    return sides if len(sides) >= 2 else []


def group_participants(doc: Document, trigger_i: int, slots: tuple[str, ...],
                       lex: Lexicon) -> list[Actor]:
    """Described actors of a slot headed by a plural people noun (`Inwoners van
    Amsterdam`, `Zes diensten`): a name inside such a phrase, in a modifier, is never
    the group itself, so the phrase is read before any name in it."""
    found = described_participants(doc, trigger_i, slots, lex)
    return found if found and all(a.kind == "group" for a in found) else []


def demonym_group(doc: Document, head_i: int, lex: Lexicon) -> Actor | None:
    """`drie Nederlandse jihadisten`, `een Nederlandse bejaarde vrouw`, `Nederlandse
    boeren`: people a demonym places in a state, but who are not that state. Decision:
    the state stands for the phrase only when its head names an agent of the state
    (`Russische militairen`, `de Spaanse autoriteiten`: PLOVER codes Russian forces as
    Russia; data/participants.yaml `state_agent_nouns`); other people are a described
    group with the demonym's country, as the gold names them (`Venezuelan refugees`).
    An arrest of Dutch jihadists is not an act against the Netherlands."""
    if not participant_noun(doc, head_i, lex) or _state_agent(doc.tokens[head_i], lex):
        return None
    country = demonym_country(doc, head_i)
    found = _describe(doc, head_i, load_quote_lexicon(), lex) if country else None
    return replace(found, country=country) if found is not None else None


def first_slot_people(doc: Document, trigger_i: int, slots: tuple[str, ...],
                      names_only: bool, lex: Lexicon) -> list[Actor]:
    """The actors of the first slot that holds any (embedded.py `first_slot`), with a
    demonym that heads a phrase of people who are not the state's agents read as that
    described group (`demonym_group`: `een Nederlandse bejaarde vrouw`, not the
    Netherlands). Starts from the demonym mention, so it holds however Frog hung the
    phrase in the clause."""
    # A recipient slot never reaches into the owner phrase of a subject that names people
    # by description: `De advocaten van de nabestaanden van Henriquez vroegen om ...`
    # asks nothing of Henriquez (a linear `van` search found him there). Only such
    # subjects: Frog labels many objects `su` too (`Asscher complimenteerde Rutte`).
    owners = lex.word_set("owner_prepositions")
    subject = {i for d in clause_dependents(doc, trigger_i) if d.deprel == "su"
               and d.pos == "N" and participant_noun(doc, d.i, lex)
               for p in doc.children(d.i) if p.i > d.i and p.lemma.lower() in owners
               for i in subtree(doc, p.i)}
    for slot in slots:
        found: list[Actor] = []
        for mention in slot_mentions(doc, trigger_i, slot):
            if slot != "su" and mention.token_start in subject:
                continue
            actor = mention.actor
            if mention.kind == "demonym":
                if names_only:
                    continue
                head = doc.tokens[mention.token_start].head
                group = demonym_group(doc, head, lex) if head >= 0 and (
                    mention.token_end - mention.token_start == 1) else None
                actor = group or actor
            if actor is not None and actor not in found:
                found.append(actor)
        if found:
            return found
    return []


def owned_participants(doc: Document, trigger_i: int, slots: tuple[str, ...],
                       lex: Lexicon) -> list[Actor]:
    """The relatives, members or followers of a named actor in the first slot that holds
    a noun phrase (`De advocaat van Vermeulen`, `CDA-leden`, `zijn achterban`;
    events/groups.py): they, not the name inside their phrase, are the participants."""
    for slot in slots:
        heads = slot_heads(doc, trigger_i, slot, names=True)
        if heads:
            # Only when every conjunct is one: `Trump en zijn advocaat` keeps Trump, and
            # the slot is then read as before.
            found = [owned_participant(doc, h, lex) for h in heads]
            if all(found):
                return [a for a in found if a is not None]
            if any(_linked(doc, h) or participant_noun(doc, h, lex) for h in heads):
                return []
            # a slot that holds no one (`belde hij zijn moeder ... met de boodschap dat`):
            # the next slot may hold the relative
    return []


def described_person(doc: Document, head_i: int, lex: Lexicon) -> Actor | None:
    """The described actor of a noun phrase headed by a people noun, named and placed as
    a slot's phrase is (`described_participants`), or None: one name for the same people
    whichever rule finds them (`twee mannen`, not `mannen` here and `twee mannen` there)."""
    if doc.tokens[head_i].pos != "N" or not participant_noun(doc, head_i, lex):
        return None
    found = _describe(doc, head_i, load_quote_lexicon(), lex)
    return _placed(doc, found) if found is not None else None


def _state_agent(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun names an agent of a state (`Russische militairen`, `de Spaanse
    autoriteiten`, `inlichtingendiensten`): data/participants.yaml `state_agent_nouns`,
    matched as the end of the lemma (`regeringsleider`)."""
    return noun.lemma.lower().endswith(tuple(lex.word_set("state_agent_nouns")))


def _placed(doc: Document, actor: Actor, act: int | None = None) -> Actor:
    """A described actor with the country the article supports (actors/local_country.py),
    as the actor layer places its local actors: country-level scoring compares it. A
    state's agents (`inlichtingendiensten`, `agenten`: data/participants.yaml
    `state_agent_nouns`) act for the state where their act (the trigger `act`) takes
    place (`werd in de Bahreinse hoofdstad Manama opgepakt door inlichtingendiensten`:
    Bahrain's), as the justice layer places an unnamed police or court
    (events/justice.py `act_country`)."""
    if actor.country is not None:
        return actor
    country = enclosing_country(doc, act) if act is not None else None
    return replace(actor, country=country or article_country(doc))


def speaker_actor(doc: Document, speaker: Actor | None, lex: Lexicon) -> Actor | None:
    """A quote's speaker as an event's actor; a described one only when it is not a
    definite singular role noun (`de woordvoerder`, `de president`: an office the actor
    layer's role table knows), which names again someone the article named, as in
    `participant_noun`."""
    if speaker is None or not is_described(speaker):
        return speaker
    words = speaker.name.casefold().split()
    if words and words[0] in lex.word_set("definite_determiners") and (
            speaker.kind == "person" or words[-1] in load_kb().role_nouns):
        return None
    return _placed(doc, speaker)


def sports_club(actor: Actor | None, lex: Lexicon) -> bool:
    """Whether an actor is on the actor layer's list of sports clubs (data/cues.yaml)."""
    if actor is None:
        return False
    entry = load_kb().entries.get(actor.id)
    return entry is not None and entry.source in lex.word_set("sport_sources")


def sports_game(event_type: str, actors: list[Actor], lex: Lexicon) -> bool:
    """A club's match (`PSV treft PEC Zwolle`) coded as an attack, a coercion or a visit."""
    return event_type in lex.word_set("sport_game_types") and any(
        sports_club(a, lex) for a in actors)


def natural_hazard(actor: Actor | None, lex: Lexicon) -> bool:
    """A storm or quake named as an actor (`de orkaan Eline`: its kind is the role the
    actor layer read in apposition; data/cues.yaml `natural_hazards`)."""
    role = (actor.role or "").casefold() if actor is not None else ""
    return bool(role) and role in lex.word_set("natural_hazards")


def _anonymous_person(actor: Actor | None, lex: Lexicon) -> bool:
    """`een meneer`, `een investeerder`: one unnamed person with no office."""
    if actor is None or actor.kind != "person" or not is_described(actor):
        return False
    words = actor.name.casefold().split()
    return (len(words) > 1 and words[0] in lex.word_set("indefinite_determiners")
            and words[-1] not in load_kb().role_nouns)


def private_person(actor: Actor | None, lex: Lexicon) -> bool:
    """A person with no public role: not in the KB (whose persons are public figures, in
    office on the date or not), no sector from the actor layer and no title naming a state
    agent or a political role (`regeringsjurist`, `oppositieleider`: data/participants.yaml
    `state_agent_nouns`, cues.yaml `public_role_parts`); a `directeur` or `verhuurder` is
    private."""
    if actor is None or actor.kind != "person" or actor.sector is not None or not (
            actor.id.startswith("local:") or is_described(actor)):
        return False
    role = (actor.role or "").casefold()
    public = lex.word_set("state_agent_nouns") | lex.word_set("public_role_parts")
    return not any(noun in role for noun in public)


def private_admission(doc: Document, token: Token, lemma: str, actors: list[Actor],
                      recipients: list[Actor | None], lex: Lexicon) -> bool:
    """A private person admitting a point to no one (`erkent dat`, `geeft toe dat`): a
    statement, no concession (data/cues.yaml `private_admission_triggers`)."""
    if lemma not in lex.word_set("private_admission_triggers") or any(
            r is not None for r in recipients):
        return False
    end = doc.sentences[token.sent].token_end
    if not any(t.pos == "VG" and t.lemma.lower() == "dat" for t in doc.tokens[token.i:end]):
        return False  # `Kim gaf toe`: giving in is an act, not a statement
    return all(private_person(a, lex) for a in actors)


def unfit_actors(event_type: str, actors: list[Actor], lex: Lexicon,
                 recipients: list[Actor | None] = ()) -> bool:
    """Actors that cannot do this kind of act: a club's match, a party's figurative
    violence (`bestormt de Provinciale Staten`), a natural hazard, a meeting with an
    anonymous private person (data/cues.yaml)."""
    if sports_game(event_type, actors, lex):
        return True
    if event_type in lex.word_set("private_counterpart_types") and recipients and all(
            _anonymous_person(r, lex) for r in recipients):
        return True
    if event_type in lex.word_set("party_figurative_types") and any(
            a is not None and a.sector in lex.word_set("party_sectors") for a in actors):
        return True
    return any(natural_hazard(a, lex) for a in actors)
