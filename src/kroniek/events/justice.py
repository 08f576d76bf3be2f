"""Courts, prosecution and police: the institution a crime report leaves implicit.

Dutch court and police news names the acting body rarely: `Een 28-jarige man is
aangehouden` (the police), `Een man moet twaalf jaar de cel in` and `kreeg acht jaar cel`
(the court), `Tegen X is drie jaar geëist` (the prosecution). The lexicon marks such
frames with an `agent` (data/lexicon.yaml); here that agent is found, and only where the
act is Dutch: the place the clause names decides (`is op Schiphol opgepakt` is a Dutch
arrest even in an article about Nepal; `In de Dominicaanse Republiek zijn drie mensen
aangehouden` is not, even in a Dutch paper). With no place named, the article's country
decides; the actor layer's `domestic_body` (actors/domestic.py) applies both.
"""

from __future__ import annotations

from kroniek.actors.domestic import court_of, domestic_body, noun_spec
from kroniek.actors.local_country import article_country
from kroniek.actors.place import enclosing_country
from kroniek.events.arguments import relative_antecedent
from kroniek.events.attacks import placed_attack
from kroniek.events.embedded import slot_actors
from kroniek.events.lexicon import Frame, Lexicon
from kroniek.events.participants import (
    described_participants,
    described_person,
)
from kroniek.events.phrases import (
    clause_dependents,
    clause_members,
    mentions_in_span,
    prepositions,
)
from kroniek.model import DESCRIBED, QUAD_OF_TYPE, Actor, Document, Token
from kroniek.syntax import ancestors, is_verb, subtree

# The frame slot that asks for the implicit agent in an active clause (`kreeg acht jaar
# cel`: the court that sentenced is not the subject), data/lexicon_justice.yaml.
AGENT_SLOT = "agent"


def act_country(doc: Document, trigger_i: int, lex: Lexicon) -> str | None:
    """The country of the place the trigger's clause names (actors/place.py
    `clause_country`: `op Schiphol`, `in Leersum`, `in Spanje`), or of a state Frog made
    a second subject. None when the clause names no place the knowledge base can place."""
    country = enclosing_country(doc, trigger_i)
    if country is not None:
        return country
    subjects = [d for d in clause_dependents(doc, trigger_i) if d.deprel == "su"]
    if len(subjects) > 1:
        # `In de Dominicaanse Republiek zijn drie mensen aangehouden`: Frog lost the
        # preposition and made the state a second subject; people are arrested, not states.
        for dep in subjects:
            named = [m for m in mentions_in_span(doc, sorted(subtree(doc, dep.i)))
                     if m.kind != "demonym" and m.actor is not None and m.actor.kind == "state"]
            if named:
                return named[0].actor.country
    return None


def sentence_object(doc: Document, trigger_i: int, lex: Lexicon) -> bool:
    """Whether the trigger's own clause holds a sentence noun (`kreeg acht jaar cel`); the
    lexicon's fixed-part check also reads nearby words of other clauses (`Vrouwen krijgen
    een lichtere straf dan mannen, Laura H. kreeg 24 maanden cel`)."""
    nouns = lex.word_set("sentence_nouns")
    return any(doc.tokens[i].lemma.lower() in nouns
               for dep in clause_dependents(doc, trigger_i)
               for i in _phrase(doc, dep.i))


def _phrase(doc: Document, head_i: int) -> list[int]:
    """The tokens of a phrase up to any clause inside it (a conjunction or a verb heads
    another clause: `een lichtere straf dan mannen, Laura H. kreeg ... cel`)."""
    head = doc.tokens[head_i]
    if head.pos in {"VG", "WW"}:
        return []
    found = [head_i]
    for child in doc.children(head_i):
        found.extend(_phrase(doc, child.i))
    return found


def implicit_agent(doc: Document, trigger_i: int, noun: str, lex: Lexicon) -> Actor | None:
    """The body that acts in an agentless institutional act: the one an operation
    phrase or a `door` court names, else the body of that kind the actor layer's
    `domestic_body` gives for an act placed where the clause says (`act_country`), or
    where the article is (actors/domestic.py)."""
    operation = operation_agent(doc, trigger_i, lex)
    if operation is not None:
        return operation
    country = act_country(doc, trigger_i, lex)
    court = _court_agent(doc, trigger_i, lex, country)
    if court is not None:
        return court
    return domestic_body(doc, noun_spec(noun), trigger_i, place=country, implicit=True)


def relative_subject(doc: Document, trigger_i: int, lex: Lexicon) -> list[Actor]:
    """The antecedent of a relative clause whose subject is its relative pronoun, as an
    actor: `twee mannen ... die worden verdacht van plofkraken`, `Errol Janssen (foto),
    die ervan wordt verdacht ...` (ANS 5.8.3: `die`/`dat` stands for the noun phrase it
    follows; the clause is found by `arguments.relative_antecedent`). A linked name, past
    an apposition (`Kola Aluko, een man die`), else a people noun (data/participants.yaml)
    as a described actor, which `subject_of` (names only) does not give."""
    antecedent_i = relative_antecedent(doc, trigger_i)
    if antecedent_i is None or antecedent_i > trigger_i:
        return []
    pronouns = [c for c in doc.children(antecedent_i) if _relative(c)]
    if any(sum(g.deprel == "body" for g in doc.children(p.i)) > 1 for p in pronouns):
        return []  # Frog hung several clauses from one `die`: no reading to trust
    antecedent = _agreeing(doc, doc.tokens[antecedent_i], trigger_i)
    if antecedent.deprel == "app" and antecedent.head >= 0 and _mention_at(doc, antecedent.head):
        antecedent = doc.tokens[antecedent.head]  # `Kola Aluko, een man die`: the name
    for _ in range(2):  # `Errol Janssen (foto), die`: past an apposition to its head
        actor = _mention_at(doc, antecedent.i)
        if actor is not None:
            return [actor]
        found = described_phrase(doc, antecedent.i, lex)
        if found:
            return found
        if antecedent.deprel != "app" or antecedent.head < 0:
            return []
        antecedent = doc.tokens[antecedent.head]
    return []


def _mention_at(doc: Document, i: int) -> Actor | None:
    found = [m.actor for m in doc.mentions
             if m.actor is not None and m.token_start <= i < m.token_end]
    return found[0] if found else None


def agent_of_kind(doc: Document, trigger_i: int, lex: Lexicon) -> bool:
    """Whether a passive's `door` agent, if the clause names one, is a court or a state
    (`werd veroordeeld voor moord`, `door de rechtbank`, `door Nederland`): `door de media
    veroordeeld` is criticism, not a conviction (data/lexicon_justice.yaml `court_nouns`)."""
    for prep in prepositions(doc, trigger_i, "door", strict=True):
        span = sorted(subtree(doc, prep))
        actors = [m.actor for m in mentions_in_span(doc, span) if m.actor is not None]
        if any(a.kind == "state" or a.sector == "JUD" for a in actors):
            return True
        nouns = lex.word_set("court_nouns")
        return any(doc.tokens[i].lemma.lower() in nouns for i in span)
    return True


_RULING_LOOK_BACK = 3  # sentences before an appeal searched for the court that ruled


def appealed_court(doc: Document, trigger_i: int, actors: list[Actor],
                   lex: Lexicon) -> list[Actor]:
    """The court whose ruling an appeal with no target named is against (`... oordeelde
    het gerechtshof Amsterdam. Het Openbaar Ministerie ging in cassatie`): an appeal
    presupposes the ruling just reported, so its maker is the last court named in the
    sentences before (frame slot `ruling`), never the appellant itself."""
    courts = lex.word_set("court_nouns")
    first = doc.tokens[trigger_i].sent - _RULING_LOOK_BACK
    named = [m for m in doc.mentions if m.actor is not None and m.token_start < trigger_i
             and doc.tokens[m.token_start].sent >= first and m.actor not in actors
             and m.actor.sector == "JUD"
             and any(w.lower().endswith(tuple(courts)) for w in m.text.split())]
    return [named[-1].actor] if named else []


def investigating_body(actor: Actor, lex: Lexicon) -> bool:
    """Whether an actor's inquiry with no target is PLOVER's ACCUSE (investigate): a state
    or a body of government, parliament, the judiciary or the police (`De marechaussee
    doet onderzoek`, `Het ministerie onderzoekt`), or an office holder of one; not a
    researcher, a paper or a group the text only describes."""
    if actor.kind == "state":
        return True
    return actor.sector in lex.word_set("investigating_sectors") and not actor.id.startswith(
        DESCRIBED)


def subject_is(doc: Document, trigger_i: int, actors: list[Actor]) -> bool:
    """Whether the clause's own subject is headed by one of the actors (`De marechaussee
    doet onderzoek`), not merely names one inside it (`De nationale garde, een dienst die
    aan Poetin rapporteert, heeft mensen die onderzoeken doen`: not Putin's inquiry)."""
    subjects = [d for d in clause_dependents(doc, trigger_i) if d.deprel == "su"]
    return not subjects or any(_mention_at(doc, d.i) in actors for d in subjects)


def object_misparsed_as_subject(doc: Document, trigger_i: int) -> tuple[int, int] | None:
    """The head of a clause's direct object that Frog labelled a second subject: `De
    rechtbank veroordeelde de man tot zes jaar cel`, `De verdachte sloeg het slachtoffer`
    (both `su`, no `obj1`). Of two full noun phrases the subject comes first (ANS 21.3.2:
    subject before direct object in the middle field and in first position); the later
    one is the object. (subject head, object head), or None when the clause has an
    `obj1` or not two subjects."""
    deps = clause_dependents(doc, trigger_i)
    if any(d.deprel == "obj1" for d in deps):
        return None
    subjects = [d for d in deps if d.deprel == "su" and (
        d.pos in {"N", "SPEC", "WW"} or (d.pos == "VNW" and "pers" in d.features))]
    if len(subjects) != 2:
        return None
    first, second = sorted(d.i for d in subjects)
    return first, second


def described_phrase(doc: Document, head_i: int, lex: Lexicon) -> list[Actor]:
    """A noun phrase headed by a people noun as a described actor, named and placed as
    `participants.described_participants` names a slot's phrase."""
    found = described_person(doc, head_i, lex)
    return [found] if found is not None else []


def main_clause_subject(doc: Document, trigger_i: int, lex: Lexicon) -> list[Actor]:
    """The described subject of the main clause a third-person pronoun subject of an
    adverbial clause stands for: `Een man moet drie jaar de cel in omdat hij zijn buurman
    heeft neergestoken` (a court report's `omdat`/`nadat`/`toen` clause tells what the one
    sentenced or arrested did). The actor layer resolves pronouns to names; a described
    antecedent it leaves alone. Pronoun and noun must agree in number."""
    subjects = [d for d in clause_dependents(doc, trigger_i) if d.deprel == "su"]
    # Frog may label the object a second subject (`omdat hij zijn buurman heeft
    # neergestoken`, see `object_misparsed_as_subject`): the pronoun comes first.
    if not subjects or len(subjects) > 2 or not _third_person(subjects[0], lex):
        return []
    pronoun = subjects[0]
    if _mention_at(doc, pronoun.i) is not None:
        return []
    subordinator = None
    for head in ancestors(doc, clause_members(doc, trigger_i)[0]):
        token = doc.tokens[head]
        if subordinator is None:
            if token.pos == "VG" and token.lemma.lower() in lex.word_set(
                    "adverbial_subordinators"):
                subordinator = token
            elif token.pos == "VG" or is_verb(token):
                return []  # a complement or relative clause, or another verb in between
            continue
        if not is_verb(token):
            continue
        people = [d for d in clause_dependents(doc, head) if d.deprel in {"su", "obj1"}
                  and (_mention_at(doc, d.i) is not None or described_phrase(doc, d.i, lex))]
        if len(people) != 1 or people[0].deprel != "su":
            # `De politie hield een grensrechter aan, nadat hij ...`: with a person as
            # object too, `hij` may be either (here the one arrested).
            return []
        subject = people[0]
        if ("mv" in subject.features) != ("mv" in pronoun.features):
            return []
        return described_phrase(doc, subject.i, lex)
    return []


def _third_person(token: Token, lex: Lexicon) -> bool:
    return token.pos == "VNW" and "pers" in token.features and token.lemma.lower() in (
        lex.word_set("third_person_subjects"))


def _court_agent(doc: Document, trigger_i: int, lex: Lexicon,
                 country: str | None) -> Actor | None:
    """A `door` agent the actor layer left unlinked that is a court noun (`is in Australië
    door de rechtbank schuldig bevonden`): the court named by its words, of the country
    the act is placed in, else the article's (actors/domestic.py)."""
    for prep in prepositions(doc, trigger_i, "door", strict=True):
        objects = [c for c in doc.children(prep) if c.deprel == "obj1"]
        if not objects or objects[0].lemma.lower() not in lex.word_set("court_nouns"):
            return None
        head = objects[0]
        first = min([head.i, *(c.i for c in doc.children(head.i) if c.deprel == "det")])
        # Another country's court is another actor than a Dutch `de rechtbank`.
        return court_of(doc.text[doc.tokens[first].start:head.end],
                        country or article_country(doc))
    return None


def _agreeing(doc: Document, noun: Token, trigger_i: int) -> Token:
    """The antecedent that agrees in number with the relative clause's finite verb: `Twee
    bezetters van kolenterminal OBA, die in 2016 werden gearresteerd` (Frog hangs `die`
    from the nearest noun; the plural `werden` belongs to `bezetters`, ANS 5.8.3)."""
    plural = any("pv" in doc.tokens[i].features and "mv" in doc.tokens[i].features
                 for i in clause_members(doc, trigger_i))
    if not plural or "mv" in noun.features or noun.head < 0:
        return noun
    prep = doc.tokens[noun.head]
    if prep.pos == "VZ" and prep.head >= 0 and "mv" in doc.tokens[prep.head].features:
        return doc.tokens[prep.head]
    return noun


def _relative(token: Token) -> bool:
    return token.pos == "VNW" and "betr" in token.features


def own_subject_named(doc: Document, trigger_i: int) -> bool:
    """Whether the clause's own subject (or Frog's object in a passive) holds a linked
    name (`toen hun dochter ... werd opgepakt`, `hun dochter` linked to Kim Ahn Vo)."""
    for dep in clause_dependents(doc, trigger_i):
        if dep.deprel in {"su", "obj1"} and mentions_in_span(doc, sorted(subtree(doc, dep.i))):
            return True
    return False


def bare_institution_subject(doc: Document, trigger_i: int, agent: str,
                             lex: Lexicon) -> list[Actor]:
    """A bare `Justitie` as the subject of a prosecution act (`Justitie eist een half
    jaar cel voor ...`, `Justitie verdacht hem van poging tot doodslag`): the prosecution
    service (Van Dale, justitie 2: "de rechterlijke macht en het openbaar ministerie"; the
    actor layer leaves the noun unlinked, as it is also the ministry). Only for the
    frames whose agent is the prosecution, and not with a qualifier (`de Spaanse
    justitie`, `het ministerie van Justitie`)."""
    if agent not in lex.word_set("prosecution_agents"):
        return []
    for dep in clause_dependents(doc, trigger_i):
        if dep.deprel != "su" or dep.lemma.lower() not in lex.word_set("prosecution_nouns"):
            continue
        if any(c.deprel != "det" for c in doc.children(dep.i)) or _mention_at(doc, dep.i):
            return []
        found = implicit_agent(doc, trigger_i, agent, lex)
        return [found] if found is not None else []
    return []


def operation_agent(doc: Document, trigger_i: int, lex: Lexicon) -> Actor | None:
    """The body whose operation an agentless arrest happened in: `werden opgepakt tijdens
    een actie van de Turkse veiligheidsdienst` (Turkey), `bij een inval van de
    marechaussee`. The `van` phrase of an operation noun (data/lexicon_justice.yaml
    `operation_nouns`) in an adverbial phrase of the clause names who acted."""
    for dep in clause_dependents(doc, trigger_i):
        if dep.pos != "VZ" or dep.deprel not in {"mod", "None", None} or (
                dep.lemma.lower() not in lex.word_set("operation_prepositions")):
            continue
        for noun in doc.children(dep.i):
            if noun.deprel != "obj1" or noun.lemma.lower() not in lex.word_set(
                    "operation_nouns"):
                continue
            for of in doc.children(noun.i):
                if of.pos == "VZ" and of.lemma.lower() == "van":
                    found = [m.actor for m in mentions_in_span(doc, sorted(subtree(doc, of.i)))
                             if m.actor is not None]
                    if found:
                        return found[0]
    return None


def crime_report_arguments(doc: Document, trigger_i: int, frame: Frame, passive: bool,
                           actor_slots: tuple[str, ...], recipient_slots: tuple[str, ...],
                           actors: list[Actor], found: list[Actor],
                           lex: Lexicon) -> tuple[list[Actor], list[Actor]]:
    """The actors and recipients of a frame after the repairs court and crime reports
    need: a relative clause's antecedent, Frog's second subject as object, `Justitie` as
    the prosecution, a pronoun that stands for the main clause's described subject, and
    a passive's own described subject (each explained where it is done)."""
    # Only where the clause's own frame is a crime report's (an institutional act, a
    # passive, violence, an inquiry): `Er zijn moeders die niet praten met ...` is no
    # one's meeting.
    relative = [] if frame.noun or not (passive or frame.agent or frame.type == "ASSAULT"
                                        or frame.mode == "investigate") \
        else relative_subject(doc, trigger_i, lex)
    if relative and passive and "su" in recipient_slots:
        found = relative  # `twee mannen ... die worden verdacht van`: the antecedent
    elif relative and not passive and actor_slots[:1] == ("su",):
        actors = relative  # `de man die zijn partner wurgde`
    # Material conflict and institutional acts only: there a second subject is the one
    # acted on (`De rechtbank veroordeelde de man`); elsewhere Frog's two subjects are
    # as often a subject and a predicate.
    second = None if passive or "obj1" not in recipient_slots or not (
        QUAD_OF_TYPE[frame.type] == 4 or frame.agent) else \
        object_misparsed_as_subject(doc, trigger_i)
    if second is not None and not found:
        # `De rechtbank veroordeelde de man tot zes jaar cel`: Frog's second `su` is the
        # object; the subject is the first, and only it (an unlinked `hij` there is not
        # the subject of the clause above: events/justice.py).
        subject, obj = second
        found = slot_actors(mentions_in_span(doc, sorted(subtree(doc, obj)))) or (
            described_phrase(doc, obj, lex))
        actors = [a for a in slot_actors(mentions_in_span(doc, sorted(subtree(doc, subject))))
                  or described_phrase(doc, subject, lex) if a not in found]
    if not actors and frame.agent and not passive:
        # `Justitie eist een half jaar cel voor ...`: the prosecution (events/justice.py).
        actors = [a for a in bare_institution_subject(doc, trigger_i, frame.agent, lex)
                  if a not in found]
    if not actors and not frame.noun and not passive and QUAD_OF_TYPE[frame.type] in (3, 4):
        # `Een man moet de cel in omdat hij zijn buurman heeft neergestoken` (justice.py).
        actors = [a for a in main_clause_subject(doc, trigger_i, lex) if a not in found]
    if not found and passive and recipient_slots[:1] == ("su",) and (
            QUAD_OF_TYPE[frame.type] == 4 or frame.agent):
        # `De man belde zelf 112, voordat hij werd aangehouden`: the pronoun subject of
        # the passive stands for the main clause's described subject, as above.
        found = [a for a in main_clause_subject(doc, trigger_i, lex) if a not in actors]
    if not actors:
        # `de aanslag in Utrecht`: the attack's described perpetrator (events/attacks.py).
        actors, found = placed_attack(doc, trigger_i, frame, lex, found)
    if found and passive and frame.agent and recipient_slots[:1] == ("su",) and not (
            own_subject_named(doc, trigger_i)):
        # `De politie was snel ter plaatse, waarna de 63-jarige man werd aangehouden`: the
        # clause's own described subject, not a name the subject search climbed to.
        found = described_participants(doc, trigger_i, ("su", "obj1"), lex) or found
    return actors, found
