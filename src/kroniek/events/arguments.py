"""Finding an event's actor and recipient in the dependency parse, through the actor layer
(the clause and phrase lookups they build on are in events/phrases.py).

A frame names argument slots (`su`, `door`, `obj1`, `obj2`, `obj1-of`, `pp:met`, ...,
and for nouns `clause-su`, `poss`); each slot gives the mentions it holds, one per
conjunct when the phrase is coordinated (`tussen Zelensky en Trump`). Frog's parse of
news text is often broken, so each structural lookup has a linear fallback inside the
sentence (the nearest mention left of the verb for a missing subject, the phrase right
after a preposition for a detached prepositional object).
"""

from __future__ import annotations

from kroniek.actors.reference import mention_at
from kroniek.events.inclusion import prefield_members
from kroniek.events.lexicon import load_lexicon
from kroniek.events.misparse import (
    after_act_noun,
    fronted_subject,
    glued_object,
    merged_preposition_object,
    mislabelled_object,
    orphan_head,
    orphan_object,
    second_subject,
)
from kroniek.events.nominal import nominal_agent
from kroniek.events.phrases import (
    clause_dependents,
    clause_members,
    condition_subject,
    demonym_mention,
    is_passive,
    mentions_in_span,
    mentions_of_phrase,
    object_of_preposition,
    place_mentions,
    prepositions,
    slot_span,
    span_mentions,
    without_relative_clauses,
)
from kroniek.model import Document, Mention, Token
from kroniek.syntax import (
    ancestors,
    is_finite,
    is_subordinator,
    is_verb,
    lemmas_with_particle,
    subtree,
    verb_chain,
    word_before_title,
)

# Tags a subject right after the finite verb is read across (`ook Europa en de VS`).
_SUBJECT_TAGS = {"SPEC", "N", "LID", "ADJ", "BW", "VG"}

def subject_of(doc: Document, verb_i: int) -> list[Mention]:
    """The subject mentions of a verb's clause; for `te`-infinitives, the controller's."""
    for dep in clause_dependents(doc, verb_i):
        if dep.deprel == "su":
            found = mentions_of_phrase(doc, dep.i)
            if found:
                return found
            if dep.pos == "VNW":
                break  # `Wat ik Zelensky heb verteld`: a second `su` after a pronoun is the object
            if dep.pos == "N" and (doc.tokens[verb_i].deprel == "cnj" or any(
                    c.deprel == "det" and "bez" in c.features for c in doc.children(dep.i))):
                # A clause with a subject of its own, unnamed, does not borrow the subject
                # of the clause Frog hung it on: `Een kwart van de kinderen stemde voor
                # GroenLinks, maar ook de Partij voor de Dieren was populair` (a
                # conjunct), `Hij stelde dat zijn tegenstanders samenwerkten met ...` (a
                # possessive phrase names people other than its owner). Not any common
                # noun: Frog takes fronted time phrases for subjects (`Een maand later
                # bezocht hij Saoedi-Arabië`).
                return []
    antecedent = relative_antecedent(doc, verb_i)
    if antecedent is not None:
        # A relative clause without its own subject: the pronoun is the subject, and it
        # stands for its noun; the verb above the noun has another subject.
        return mentions_of_phrase(doc, antecedent)
    top = clause_members(doc, verb_i)[0]
    shared = _shared_subject(doc, top)
    if shared:
        return shared
    for head in ancestors(doc, top):
        if is_verb(doc.tokens[head]):
            return subject_of(doc, head)
    return []


def relative_antecedent(doc: Document, verb_i: int) -> int | None:
    """The noun a relative clause headed by `verb_i` belongs to, else None.

    Frog hangs the relative pronoun (`die`, `dat`, `wie`: VNW betr) from its noun as `mod`
    and the clause's verb from the pronoun as `body` (`een land dat humanitaire hulp
    verleent aan Venezuela`). Where the clause has no subject of its own, the pronoun is
    the subject. Where it has one (`Rutte die Wilders aanviel`), Frog's choice of subject
    is a guess between two readings, so the pronoun is not read as the object either.
    """
    top = clause_members(doc, verb_i)[0]
    token = doc.tokens[top]
    if token.deprel != "body" or token.head < 0:
        return None
    pronoun = doc.tokens[token.head]
    if pronoun.pos != "VNW" or "betr" not in pronoun.features or pronoun.head < 0:
        return None
    noun = doc.tokens[pronoun.head]
    if noun.deprel == "cnj" and noun.head >= 0 and "mv" in doc.tokens[verb_i].features:
        return noun.head  # `Rosenmöller en Duisenberg, die ... vormden`: both conjuncts
    return noun.i


def _shared_subject(doc: Document, top: int) -> list[Mention]:
    """Coordinated verbs share one subject (`China beschouwt ... en heeft gedreigd`): the
    named subject of an earlier conjunct."""
    for subject in earlier_conjunct_subjects(doc, top):
        found = mentions_of_phrase(doc, subject.i)
        if found:
            return found
    return []


def earlier_conjunct_subjects(doc: Document, top: int) -> list[Token]:
    """The subjects of the earlier conjuncts of a verb cluster (headed by `top`) that is a
    later conjunct of a coordination: a subject left out of a second conjunct is the
    first one's (ANS 26.3, coordination reduction).

    Frog heads a coordination on its coordinator (`en`, `maar`: VG neven) with the verbs
    as `cnj`. It may also make the coordinator a root of its own and leave the first verb
    a second root (`Rutte bezocht dinsdag Kiev en sprak daar met Zelensky`: `bezocht`
    and `en` both roots, `sprak` the coordinator's only conjunct); the verb is then still
    the second conjunct, and the root verb before the coordinator the first."""
    token = doc.tokens[top]
    if token.deprel != "cnj" or token.head < 0:
        return []
    coordinator = doc.tokens[token.head]
    if coordinator.pos != "VG":
        return []
    earlier = [c for c in doc.children(coordinator.i)
               if c.deprel == "cnj" and c.i < top and is_verb(c)]
    if not earlier and coordinator.head < 0 and coordinator.i < top:
        sentence = doc.sentences[coordinator.sent]
        earlier = [t for t in doc.sentence_tokens(sentence)
                   if t.i < coordinator.i and t.head < 0 and is_verb(t)][-1:]
    return [dep for verb in earlier for dep in doc.children(verb.i) if dep.deprel == "su"]


def left_mention(doc: Document, trigger_i: int, exclude: set[int]) -> list[Mention]:
    """Fallback subject: the nearest linked mention left of the trigger, not after a `VZ`."""
    sentence = doc.sentences[doc.tokens[trigger_i].sent]
    for i in range(trigger_i - 1, sentence.token_start - 1, -1):
        mention = mention_at(doc, i)
        if mention is None or mention.actor is None or mention.token_start in exclude:
            continue
        if "bez" in doc.tokens[mention.token_start].features:
            continue  # `een aantal van haar ministers dreigde`: a possessive is no subject
        # `Tegen moeder Sarinda van E. eiste de rechtbank ...`: a title noun before the
        # name is still inside the prepositional phrase.
        before = word_before_title(doc, mention.token_start)
        if before is not None and before.pos == "VZ":
            continue
        return [mention]
    return []


def slot_mentions(doc: Document, trigger_i: int, slot: str) -> list[Mention]:
    """The mentions a frame slot holds for this trigger (empty when absent)."""
    if slot.startswith("pp:"):
        lemma = slot[3:]
        for prep in prepositions(doc, trigger_i, lemma, strict=doc.tokens[trigger_i].pos == "N"):
            found = object_of_preposition(doc, prep)
            if found:
                return found
        return []
    members = prefield_members(doc, trigger_i)
    if members:
        return _prefield_slot(doc, trigger_i, slot, members)
    fronted = fronted_subject(doc, trigger_i) if slot in ("su", "obj1") else None
    if fronted is not None:
        return mentions_of_phrase(doc, fronted[0] if slot == "su" else fronted[1])
    if slot == "su":
        found = subject_of(doc, trigger_i)[:1] if _merged_subject(doc, trigger_i) else (
            subject_of(doc, trigger_i))
        glued = glued_object(doc, trigger_i)
        if glued is not None:  # the object Frog glued onto the subject (misparse.py)
            inside = set(subtree(doc, glued))
            found = [m for m in found if m.token_start not in inside]
        found = found or _passive_predc_subject(doc, trigger_i)
        return [*_additive_subjects(doc, trigger_i), *found] if found else found
    if slot == "door":
        # The agent of a passive must hang from its own verb: `in 2009 door koningin
        # Beatrix onderscheiden, ... werd bekeurd` is no fine by the queen.
        return _door_agent(doc, trigger_i) if is_passive(doc, trigger_i) else []
    if slot == "dat-su":
        return _complement_subject(doc, trigger_i)
    if slot.startswith("pp-of:"):
        # `stemde in met het plan van Trump`: the owner named inside the phrase.
        return first_with_coordinates(doc, span_mentions(doc, without_relative_clauses(
            doc, slot_span(doc, trigger_i, "pp:" + slot[6:]))))
    if slot.startswith("place:"):
        return place_mentions(doc, slot_span(doc, trigger_i, slot[6:]))
    if slot == "chair":
        return _chair(doc, trigger_i)
    if slot == "cond-su":
        return condition_subject(doc, trigger_i)
    if slot == "demonym":
        mention = demonym_mention(doc, trigger_i)
        return [mention] if mention is not None else []
    if slot == "poss":
        dets = [c for c in doc.children(trigger_i) if c.deprel == "det"]
        return [m for d in dets for m in mentions_of_phrase(doc, d.i)]
    if slot == "clause-su":
        return _governing_subject(doc, trigger_i)
    if slot == "nominal-door":
        return nominal_agent(doc, trigger_i)
    if slot == "receiver":
        return receiving_subject(doc, trigger_i)
    if slot == "obj1-of":
        return _object_phrase_mentions(doc, trigger_i)
    if slot == "su-of":  # a passive's `obj1-of`: `Het verzoek van R. werd afgewezen`
        return _object_phrase_mentions(doc, trigger_i, "su")
    for dep in clause_dependents(doc, trigger_i):
        if dep.deprel == slot and dep.pos != "VZ":
            found = mentions_of_phrase(doc, dep.i)
            if found:
                return found
    if slot in ("obj1", "left") and doc.tokens[trigger_i].pos == "VZ":  # `in overleg met`
        return merged_preposition_object(doc, trigger_i) if slot == "obj1" else (
            left_mention(doc, trigger_i, set()))
    if slot == "obj1":
        glued = glued_object(doc, trigger_i)
        return (_merged_subject(doc, trigger_i)[1:] or second_subject(doc, trigger_i)
                or mislabelled_object(doc, trigger_i) or orphan_object(doc, trigger_i)
                or (mentions_of_phrase(doc, glued) if glued is not None else []))
    if slot == "obj2":  # `Wat ik Zelensky heb verteld`: Frog's second subject
        return second_subject(doc, trigger_i, indirect=True)
    return []


def _additive_subjects(doc: Document, trigger_i: int) -> list[Mention]:
    """`Behalve GroenLinks, de SP ... zullen ook ...`: the names after an additive
    `behalve` act with the subject when the clause says `ook` (data/status.yaml)."""
    additive = load_lexicon().word_set("additive_subordinators")
    sentence = doc.sentence_tokens(doc.sentences[doc.tokens[trigger_i].sent])
    # Frog hangs it on the clause, or leaves a fronted one as a root of its own
    heads = [d for d in [*clause_dependents(doc, trigger_i),
                         *(t for t in sentence if t.head < 0 and t.i < trigger_i)]
             if d.pos == "VG" and d.lemma.lower() in additive]
    if not heads:
        return []
    inside = {i for d in heads for i in subtree(doc, d.i)}
    if not any(t.lemma.lower() == "ook" and t.i not in inside for t in sentence):
        return []  # `ook` may hang on the subject (`zullen ook de SP ...`) or the verb
    return [m for d in heads for body in doc.children(d.i) if body.deprel == "body"
            for m in mentions_of_phrase(doc, body.i) if m.actor is not None]


def _prefield_slot(doc: Document, trigger_i: int, slot: str,
                   members: list[Mention]) -> list[Mention]:
    """Slots of a verb whose fronted subject is a `group, waaronder A en B,` phrase: the
    members are the subject; an object is after the finite verb, never in the prefield
    (Frog often takes the group noun for the object)."""
    if slot == "su":
        return members
    if slot == "obj1-of":
        # The owner named in an object after the verb (`steunen het plan van Guaidó`); a
        # possessive pronoun (`steunen zijn plan`) is left, its link a guess as below.
        return [m for m in _object_phrase_mentions(doc, trigger_i)
                if m.token_start > trigger_i and m not in members and m.kind != "pronoun"]
    if slot != "obj1":
        return []
    after = trigger_i + 1
    while after < len(doc.tokens) and doc.tokens[after].pos in {"LID", "ADJ"}:
        after += 1
    mention = mention_at(doc, after)
    # A possessive (`steunen zijn plan`) is left to the frame's other slots: its link
    # is a pronoun guess, and the object proper is the noun after it.
    if (mention is None or mention.actor is None or mention in members
            or mention.kind == "pronoun"
            or doc.tokens[after].sent != doc.tokens[trigger_i].sent):
        return []
    return [mention]


def _passive_predc_subject(doc: Document, trigger_i: int) -> list[Mention]:
    """Frog labels the fronted subject of a `zijn`-passive the auxiliary's `predc`
    (`Klein is voor de klus gevraagd door Weststrate`): with no subject, that is it."""
    if not is_passive(doc, trigger_i):
        return []
    for dep in clause_dependents(doc, trigger_i):
        if dep.deprel == "predc" and dep.i < trigger_i:  # any tag: Frog tags `Klein` ADJ
            found = mentions_of_phrase(doc, dep.i)
            if found:
                return found
    return []


def _complement_subject(doc: Document, trigger_i: int) -> list[Mention]:
    """The subject of the trigger's `dat`-clause: whom `eisen dat X ...` asks to act."""
    for dep in clause_dependents(doc, trigger_i):
        if dep.pos == "VG" and dep.lemma.lower() == "dat":
            for body in doc.children(dep.i):
                if body.deprel == "body" and is_verb(body):
                    return subject_of(doc, body.i)
    return []


def subject_after(doc: Document, verb_i: int) -> list[Mention]:
    """The subject right after a finite verb when Frog's parse has none (`Bij zulke
    onderhandelingen moeten ook Europa en de VS aan tafel zitten`, `Vrijdag ontmoette
    minister Hoekstra ...`): in a Dutch main clause with a fronted phrase the subject
    follows the finite verb. Reads names, nouns, articles, adjectives, adverbs and `en`
    up to the first preposition, verb, pronoun or comma."""
    verb = doc.tokens[verb_chain(doc, verb_i)[0]]  # `zouden ... moeten`: from `zouden`
    if not is_finite(verb):
        return []
    sentence = doc.sentences[verb.sent]
    span = []
    for i in range(verb.i + 1, sentence.token_end):
        token = doc.tokens[i]
        if token.pos not in _SUBJECT_TAGS or (token.pos == "VG" and "neven" not in
                                              token.features):
            break
        span.append(i)
    return mentions_in_span(doc, span)


def _chair(doc: Document, trigger_i: int) -> list[Mention]:
    """Who leads a meeting: `onder leiding van de Britse premier Starmer` (or `onder
    voorzitterschap van`) in the trigger's sentence."""
    sentence = doc.sentences[doc.tokens[trigger_i].sent]
    tokens = doc.sentence_tokens(sentence)
    for token in tokens:  # Frog often merges the phrase into one preposition token
        if token.lemma.lower() in {"onder leiding van", "onder voorzitterschap van"}:
            return object_of_preposition(doc, token.i)[:1]
    for before, noun in zip(tokens, tokens[1:], strict=False):
        if before.lemma.lower() == "onder" and noun.lemma.lower() in {"leiding",
                                                                       "voorzitterschap"}:
            after = noun.i + 1
            if after < sentence.token_end and doc.tokens[after].lemma.lower() == "van":
                return object_of_preposition(doc, after)[:1]
    return []


def _merged_subject(doc: Document, trigger_i: int) -> list[Mention]:
    """Names Frog merged into one subject token (`Rusland Oekraïne binnenviel`): the first
    is the subject, the next the object. Empty unless the subject token holds several."""
    for dep in clause_dependents(doc, trigger_i):
        if dep.deprel == "su":
            held = [m for m in doc.mentions if m.actor is not None
                    and m.token_start == dep.i and m.token_end == dep.i + 1]
            if len({m.actor.id for m in held}) > 1:
                return sorted(held, key=lambda m: m.start)
    return []


def clause_verb_of_noun(doc: Document, noun_i: int) -> int | None:
    """The verb of the clause a nominal event sits in, when its subject is the act's
    actor: not under a receiving verb (`Rutte kreeg kritiek van Wilders`: who gets the
    act is not its actor) nor a verb of response (`De rechtbank wees het verzoek af`)."""
    lex = load_lexicon()
    meeting = any("CONSULT" in f.types for f in lex.nouns.get(doc.tokens[noun_i].lemma.lower(), []))
    if not meeting and _in_time_frame(doc, noun_i, lex.word_set("time_frame_prepositions")):
        # a meeting is the subject's own (`Na overleg met de ministers waarschuwde Barnier`)
        return None
    if after_act_noun(doc, noun_i, lex.nouns):
        return None
    receiving = lex.word_set("receiving_verbs") | lex.word_set("response_verbs")
    for head in ancestors(doc, noun_i):
        token = doc.tokens[head]
        if token.pos == "N" and token.lemma.lower() in lex.nouns:
            # An act named inside another act's phrase is that act's topic, not the
            # subject's own act: `het onderzoek naar de overval op de juwelier` is no
            # robbery by whoever investigates, `kritiek op de aanval` no attack by the critic.
            return None
        if is_verb(token):
            if any(receiving & lemmas_with_particle(doc, doc.tokens[i])
                   for i in clause_members(doc, head)):
                return None
            return head
    return None


def _in_time_frame(doc: Document, noun_i: int, prepositions: frozenset[str]) -> bool:
    """A nominal event after a preposition of time (`Tijdens de demonstratie heeft een
    betoger ...`, `Na de aanslag riep Rutte op tot kalm`) sets the time of the clause;
    the clause's subject is not its actor. Read linearly (the preposition right before
    the noun's determiners and modifiers): Frog often hangs the noun elsewhere (as the
    subject, in `Tijdens de antiracismedemonstratie heeft zeker één betoger ...`)."""
    tokens = doc.tokens
    i = noun_i - 1
    while i >= 0 and tokens[i].sent == tokens[noun_i].sent and (
            tokens[i].pos in ("LID", "ADJ", "TW")
            or (tokens[i].pos == "VNW" and tokens[i].head == noun_i)):
        i -= 1  # `tijdens de grote demonstratie`, `na zijn bezoek`
    return i >= 0 and tokens[i].sent == tokens[noun_i].sent and tokens[i].pos == "VZ" \
        and tokens[i].lemma.lower() in prepositions


def _in_own_subject(doc: Document, noun_i: int, verb_i: int) -> bool:
    """Whether a nominal act sits inside its clause's own subject phrase (`dat deze laatste
    poging tot doodslag op de boom gelukt is`, `De aanval op Kyiv was de zwaarste`): the
    clause has a subject, the act's phrase, so nobody is borrowed from the clause above
    (`Nu heeft S geconstateerd dat ...` made S the killer), and the phrase itself says who
    acts or no one does. Only a subject before its verb: after it (`zei de
    VVD-fractievoorzitter, als waarschuwing aan D66`, `zei de officier van justitie in de
    rechtszaak tegen B.`) Frog hangs the clause's adjuncts on the subject noun, and the
    act there is the subject's own (measured on 473 DPG articles). Only an act inside the
    subject's phrase, not its head: Frog labels the object of `beginnen` its subject
    (`Brussel is met Servië al onderhandelingen begonnen`)."""
    return any(dep.deprel == "su" and dep.i != noun_i and dep.i < verb_i
               and noun_i in subtree(doc, dep.i)
               for dep in clause_dependents(doc, verb_i))


def _governing_subject(doc: Document, noun_i: int) -> list[Mention]:
    """For a nominal event, the subject of the clause the noun sits in."""
    head = clause_verb_of_noun(doc, noun_i)
    if head is None or _in_own_subject(doc, noun_i, head):
        return []
    found = subject_of(doc, head)
    return [m for m in found if not set(range(m.token_start, m.token_end))
            & set(subtree(doc, noun_i))]


def receiving_subject(doc: Document, noun_i: int) -> list[Mention]:
    """The one a nominal event is addressed to, from the verb it sits under: the subject
    of a receiving verb (`Rutte kreeg kritiek`, `de gemeente ontving 50 bezwaren`), or
    the one who answers it with a verb of response (`De rechtbank wees het verzoek af`,
    `Het verzoek ... werd door de rechtbank afgewezen`): status.yaml `receiving_verbs`,
    `response_verbs`."""
    lex = load_lexicon()
    receiving, response = lex.word_set("receiving_verbs"), lex.word_set("response_verbs")
    for head in ancestors(doc, noun_i):
        if is_verb(doc.tokens[head]):
            lemmas = {lemma for i in clause_members(doc, head)
                      for lemma in lemmas_with_particle(doc, doc.tokens[i])}
            if lemmas & response:
                found = _responder(doc, head, noun_i)
            elif lemmas & receiving:
                found = subject_of(doc, head)
            else:
                return []
            return [m for m in found if not set(range(m.token_start, m.token_end))
                    & set(subtree(doc, noun_i))]
    return []


def _responder(doc: Document, verb_i: int, noun_i: int) -> list[Mention]:
    """Who answers the act a noun names: the subject of an active verb of response whose
    object the noun heads, the `door` agent of a passive whose subject it heads."""
    passive = is_passive(doc, verb_i)
    role = "su" if passive else "obj1"
    if not any(dep.deprel == role and noun_i in subtree(doc, dep.i)
               for dep in clause_dependents(doc, verb_i)):
        return []
    return _door_agent(doc, verb_i) if passive else subject_of(doc, verb_i)


def _door_agent(doc: Document, verb_i: int) -> list[Mention]:
    """The mentions of a `door` phrase hung on the verb itself (a passive's agent)."""
    for prep in prepositions(doc, verb_i, "door", strict=True):
        found = object_of_preposition(doc, prep)
        if found:
            return found
    return []


def first_with_coordinates(doc: Document, found: list[Mention]) -> list[Mention]:
    """The first name inside a phrase, the owner of what it names (`het plan van Trump
    voor Oekraïne`: Trump, not Ukraine), with the names coordinated with it (`de uitstoot
    van Tata en Harsco`: both own it; spec: a joint recipient gives one event each).
    Frog hangs coordinated names as `cnj` of the coordinator."""
    if not found:
        return []
    first = doc.tokens[found[0].token_start]
    if first.deprel != "cnj" or first.head < 0 or doc.tokens[first.head].pos != "VG":
        return found[:1]
    return [found[0], *(m for m in found[1:]
                        if doc.tokens[m.token_start].deprel == "cnj"
                        and doc.tokens[m.token_start].head == first.head)]


def _object_phrase_mentions(doc: Document, trigger_i: int,
                            role: str = "obj1") -> list[Mention]:
    """Names inside the direct object (or a passive's subject), possessives included
    (`Zelensky's woorden`)."""
    objects = [t for t in clause_dependents(doc, trigger_i) if t.deprel == role]
    orphan = orphan_head(doc, trigger_i) if not objects and role == "obj1" else None
    for obj in objects or ([doc.tokens[orphan]] if orphan is not None else []):
        whole = subtree(doc, obj.i)
        span = without_relative_clauses(doc, whole)
        relative = set(whole) - set(span)
        start = min(span)
        sentence = doc.sentences[obj.sent]
        while start - 1 >= sentence.token_start and _is_possessive(doc.tokens[start - 1]):
            start -= 1
        found = span_mentions(doc, [i for i in range(start, max(span) + 1)
                                    if i not in relative]) or [
            # an owner only a description names (`het verzoek van de Veenendaalse`)
            m for c in doc.children(obj.i) if c.pos == "VZ" and c.lemma.lower() == "van"
            for m in object_of_preposition(doc, c.i)]
        if found:
            return first_with_coordinates(doc, found) if len(objects) == 1 else found
    if not objects and role == "obj1":
        return _fronted_object(doc, trigger_i)
    return []


def _fronted_object(doc: Document, verb_i: int) -> list[Mention]:
    """A fronted object Frog leaves unattached (`de Oekraïense wens ... vindt hij
    onrealistisch`): in a main clause the phrase before the finite verb, when it is not
    the subject."""
    verb = doc.tokens[verb_i]
    if "pv" not in verb.features:
        return []
    sentence = doc.sentences[verb.sent]
    subject = {i for dep in clause_dependents(doc, verb_i) if dep.deprel == "su"
               for i in subtree(doc, dep.i)}
    before = [i for i in range(sentence.token_start, verb_i) if i not in subject]
    if verb.deprel == "body" or not before or any(
        doc.tokens[i].text == "," or is_subordinator(doc.tokens[i])
        for i in before
    ):
        return []  # a subordinate clause (`dat Oekraïne het raamwerk aanvaardt`) fronts nothing
    return span_mentions(doc, before)[:1]


def _is_possessive(token: Token) -> bool:
    text = token.text.lower()
    return text.endswith(("'s", "’s", "s'")) or (token.pos == "VNW" and "bez" in token.features)
