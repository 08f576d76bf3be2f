"""Clauses and phrases in Frog's dependency parse, and the linked mentions a phrase
stands for: the building blocks the argument slots (events/arguments.py) and the frame
tests (events/triggers.py) read. A phrase without a linked name may still stand for a
state through its demonym (`de Amerikaanse regering`) or a place (`in Kyiv`).
"""

from __future__ import annotations

from kroniek.actors.kb import load_kb
from kroniek.actors.lexicon import load_lexicon as load_link_lexicon
from kroniek.actors.place import gazetteer_places
from kroniek.actors.reference import phrase_mention
from kroniek.events.lexicon import load_lexicon
from kroniek.model import Document, Mention, Token
from kroniek.syntax import (
    ancestors,
    clause_dependents,
    clause_members,
    is_finite,
    is_subordinator,
    is_verb,
    subtree,
)

# Where an event noun sits under a light verb (`een aanval uitvoeren`, `een gesprek hebben`).
_LIGHT_VERB_SLOTS = {"obj1", "su"}
# Articles Frog merges into a preposition token (`tegen de`).
_MERGED_ARTICLES = frozenset({"de", "het", "een", "'t"})

# Tags that end a noun phrase when reading linearly after a preposition.
_PHRASE_BREAK = {"WW", "LET", "VG"}


def van_object(doc: Document, head_i: int) -> int | None:
    """The head of the object of the first `van` phrase after a noun that has one (`een
    meerderheid van de Tweede Kamer`: `Tweede Kamer`), else None."""
    for prep in doc.children(head_i):
        if prep.pos == "VZ" and prep.lemma.lower() == "van" and prep.i > head_i:
            objects = [c.i for c in doc.children(prep.i) if c.deprel == "obj1"]
            if objects:
                return objects[0]
    return None


def partitive_whole(doc: Document, head_i: int) -> int:
    """The group a partitive noun takes a part of (`een meerderheid van de Tweede Kamer`:
    the Kamer; data/participants.yaml `partitive_nouns`), else the head itself."""
    token = doc.tokens[head_i]
    if token.pos != "N" or token.lemma.lower() not in load_lexicon().word_set("partitive_nouns"):
        return head_i
    whole = van_object(doc, head_i)
    return head_i if whole is None else whole


def conjuncts(doc: Document, head_i: int) -> list[int]:
    """The heads of a coordination (`Zelensky en Trump` -> both), or the head itself; a
    partitive phrase stands for its whole (`partitive_whole`)."""
    head_i = partitive_whole(doc, head_i)
    token = doc.tokens[head_i]
    parts = [c.i for c in doc.children(head_i) if c.deprel == "cnj"]
    if token.pos == "VG" and parts:
        heads: list[int] = []
        for part in parts:
            if doc.tokens[part].pos not in {"VZ", "WW"}:  # a misparsed clause is no conjunct
                heads.extend(conjuncts(doc, part))
        return heads
    if parts and token.pos in {"N", "SPEC", "VNW"}:
        extra: list[int] = []
        for part in parts:
            extra.extend(conjuncts(doc, part))
        return [head_i, *extra]
    return [head_i]


_LIST_TAGS = {"SPEC", "N"}


def _listed_names(doc: Document, heads: list[int]) -> list[int]:
    """Frog breaks a list of names `Rutte, Buma en Jetten` into a loose first name and a
    coordination `Buma en Jetten` (or `Klaver` and a separate `Marijnissen en Asscher`):
    a name joined by a comma to the coordination belongs to it."""
    if not heads:
        return heads
    sentence = doc.sentences[doc.tokens[heads[0]].sent]
    extra: list[int] = []
    i = min(heads)
    while i - 2 >= sentence.token_start and doc.tokens[i - 1].text == "," and (
            doc.tokens[i - 2].pos in _LIST_TAGS and phrase_mention(doc, i - 2) is not None):
        i -= 2
        extra.append(i)
    j = max(heads)
    while j + 2 < sentence.token_end and doc.tokens[j + 1].text == ",":
        nxt = doc.tokens[j + 2]
        if nxt.pos in _LIST_TAGS and phrase_mention(doc, nxt.i) is not None:
            j += 2
            extra.append(j)
            continue
        break
    # `Klaver, Marijnissen en Asscher`: a coordination right after the comma continues it.
    k = max([*heads, *extra])
    if k + 2 < sentence.token_end and doc.tokens[k + 1].text == ",":
        coord = doc.tokens[k + 2].head
        if coord >= 0 and doc.tokens[coord].pos == "VG" and doc.tokens[k + 2].deprel == "cnj":
            extra.extend(c for c in conjuncts(doc, coord) if c not in heads)
    return sorted({*heads, *extra})


def mentions_of_phrase(doc: Document, head_i: int) -> list[Mention]:
    """The linked mention(s) a noun phrase stands for, one per conjunct."""
    found: list[Mention] = []
    heads = conjuncts(doc, head_i)
    if doc.tokens[head_i].pos in _LIST_TAGS | {"VG"}:
        heads = _listed_names(doc, heads)
    for head in heads:
        mention = phrase_mention(doc, head)
        if mention is None or mention.actor is None:  # an unknown name: its demonyms
            found.extend(m for m in demonym_mentions(doc, head) if m not in found)
        elif mention not in found:
            found.append(mention)
    return found


def owner_mentions(doc: Document, head: Token) -> list[Mention]:
    """Whose act or thing a noun phrase names: a possessive (`Ruttes besluit`) or a `van`
    phrase on its head (`het besluit van de minister`); not any name inside it
    (`Vluchtelingen uit Syrië` are not Syria)."""
    found: list[Mention] = []
    for child in doc.children(head.i):
        if child.deprel == "det" and (child.text.lower().endswith(("'s", "’s"))
                                      or child.pos == "SPEC"):
            found += mentions_in_span(doc, subtree(doc, child.i))
        elif child.pos == "VZ" and child.lemma.lower() == "van":
            found += [m for c in doc.children(child.i) if c.deprel == "obj1"
                      for m in mentions_of_phrase(doc, c.i)]
    return found


def condition_subject(doc: Document, trigger_i: int) -> list[Mention]:
    """The subject of a condition under the trigger: a threat `met militair ingrijpen als
    Taiwan stappen richting onafhankelijkheid zet` is aimed at the one the condition names."""
    subordinators = load_lexicon().word_set("conditional_subordinators")
    inside = set(subtree(doc, trigger_i))
    for sub in sorted(inside):
        token = doc.tokens[sub]
        if sub <= trigger_i or token.pos != "VG" or token.lemma.lower() not in subordinators:
            continue
        bodies = [c.i for c in doc.children(sub) if c.deprel == "body" and is_verb(c)]
        for body in bodies:
            subjects = [c for c in doc.children(body) if c.deprel == "su"]
            found = [m for su in subjects for m in mentions_of_phrase(doc, su.i)]
            if found:
                return found
        end = bodies[0] if bodies else doc.sentences[token.sent].token_end
        return mentions_in_span(doc, list(range(sub + 1, end)))[:1]
    return []


def _state_mention(doc: Document, state_id: str, start: int, end: int, token_i: int,
                   token_end: int, kind: str) -> Mention:
    """A mention the event layer makes itself (a demonym or a place read as its state);
    it is not an entity and is not added to the doc."""
    kb = load_kb()
    return Mention(text=doc.article.text[start:end], start=start, end=end, token_start=token_i,
                   token_end=token_end, type="LOC", kind=kind, is_entity=False,
                   actor=kb.actor(state_id, doc.article.published))


def demonym_mention(doc: Document, head_i: int) -> Mention | None:
    """A phrase without a linked name whose head noun carries a demonym (`alle Amerikaanse
    steun`, `de Amerikaanse regering`) stands for that state, as PLOVER codes `Russian
    forces` as Russia. The mention is the event layer's own: it is not added to the doc."""
    found = demonym_mentions(doc, head_i)
    return found[0] if found else None


def demonym_mentions(doc: Document, head_i: int) -> list[Mention]:
    """All states the demonyms on a head noun name: one, or each of a coordination on a
    shared noun (`De Australische en Nieuw-Zeelandse regering`: Frog hangs the two
    adjectives as conjuncts under `en`)."""
    head = doc.tokens[head_i]
    if head.pos != "N" or head.lemma.lower() in load_lexicon().word_set("non_state_heads"):
        return []
    kb = load_kb()
    adjectives: list[Token] = []
    for child in doc.children(head_i):
        if child.deprel != "mod":
            continue
        if child.pos == "ADJ":
            adjectives.append(child)
        elif child.pos == "VG":
            adjectives.extend(c for c in doc.children(child.i)
                              if c.deprel == "cnj" and c.pos == "ADJ")
    found: list[Mention] = []
    for adjective in adjectives:
        entry = kb.by_demonym(adjective.text)
        if entry is None:
            continue
        if _one_member_state(head, entry.kind):
            return []
        found.append(_state_mention(doc, entry.id, adjective.start, adjective.end,
                                    adjective.i, adjective.i + 1, "demonym"))
    return found


def _one_member_state(head: Token, demonym_kind: str) -> bool:
    """`een Europees land`: a region's demonym on a singular country noun is one of its
    states, unnamed (data/cues.yaml country_nouns)."""
    return (demonym_kind != "state" and "ev" in head.features
            and head.lemma.lower() in load_lexicon().word_set("country_nouns"))


def mentions_in_span(doc: Document, indices: list[int]) -> list[Mention]:
    """Linked mentions whose tokens fall inside the given token indices, in text order."""
    wanted = set(indices)
    found = [
        m
        for m in doc.mentions
        if m.actor is not None and set(range(m.token_start, m.token_end)) & wanted
    ]
    return sorted(found, key=lambda m: m.start)


def object_of_preposition(doc: Document, prep_i: int) -> list[Mention]:
    objects = [c for c in doc.children(prep_i) if c.deprel in {"obj1", "body", "vc"}]
    # Frog may hang each part of `tussen A en B en C` on the preposition as its own object.
    found = [m for obj in objects for m in mentions_of_phrase(doc, obj.i)]
    span = _phrase_after(doc, prep_i)
    listed = span_mentions(doc, span)
    if found:
        # A list Frog breaks up (`met de Europese leiders, de Oekraïense president en
        # Amerikaanse onderhandelaars`): the rest of the list read linearly joins the first.
        if {m.token_start for m in found} <= set(span):
            # `op VVD-leider Mark Rutte`: the party inside the title compound whose
            # apposition was found is the same referent's title, not a second object.
            titles = {doc.tokens[m.token_start].head for m in found
                      if doc.tokens[m.token_start].deprel == "app"}
            return [*found, *(m for m in listed if m.token_start not in
                              {f.token_start for f in found} | titles)]
        return found
    # Detached preposition: read the phrase that follows it.
    return listed


def _phrase_after(doc: Document, prep_i: int) -> list[int]:
    """The tokens after a preposition up to a verb, another preposition or a clause break;
    commas and `en` inside the phrase join a list (status.yaml `list_coordinators`; `maar`
    joins clauses: `voor GroenLinks, maar ook de Partij voor de Dieren was populair`)."""
    sentence = doc.sentences[doc.tokens[prep_i].sent]
    coordinators = load_lexicon().word_set("list_coordinators")
    span: list[int] = []
    for i in range(prep_i + 1, sentence.token_end):
        token = doc.tokens[i]
        if token.text == "," and span and _clause_follows(doc, i, sentence.token_end):
            break
        joins = bool(span) and (token.pos == "VG" and token.lemma.lower() in coordinators
                                or token.text == ",")
        if token.pos in _PHRASE_BREAK and not joins:
            break
        if token.pos == "VZ" and span:
            break
        span.append(i)
    while span and doc.tokens[span[-1]].pos in {"LET", "VG"}:
        span.pop()
    return span


def _clause_follows(doc: Document, comma_i: int, end: int) -> bool:
    """Whether a new clause follows a comma instead of the next item of a list: a finite
    verb comes before the next comma with no list coordinator before it (`negatief op het
    plan, alleen de ChristenUnie ziet wel iets in het voorstel`). A list joins phrases of
    one kind and closes its last item with `en`/`of` (ANS 26.3), so `met A, B en C is er
    ...` still lists C."""
    coordinators = load_lexicon().word_set("list_coordinators")
    for token in doc.tokens[comma_i + 1:end]:
        if token.text == "," or (token.pos == "VG" and token.lemma.lower() in coordinators):
            return False
        if is_finite(token):
            return True
    return False


def span_mentions(doc: Document, span: list[int]) -> list[Mention]:
    """Linked mentions in a span, and demonym-headed nouns without one."""
    found = mentions_in_span(doc, span)
    covered = {i for m in found for i in range(m.token_start, m.token_end)}
    for i in span:
        if i not in covered and doc.tokens[i].pos == "N":
            mention = demonym_mention(doc, i)
            if mention is not None:
                found.append(mention)
    return sorted(found, key=lambda m: m.start)


def without_relative_clauses(doc: Document, span: list[int]) -> list[int]:
    """The span less the relative clauses inside it (`de aanvaring die plaatsvond tussen
    ... het Nederlandse vrachtschip`): a relative clause describes its noun, and a name
    in it is no owner or part of the phrase an argument slot stands for (ANS 10.3, the
    relative clause is a modifier of the noun with a clause of its own). Frog hangs the
    relative pronoun (`die`, `wie`, `waar`: features `betr`) from the noun and the clause
    from the pronoun; a relative `dat` it often tags as the conjunction (`het plan dat de
    VVD had afgewezen`), which also opens a noun's content clause (`het plan dat X
    vertrekt`): a name there is no owner of the plan either."""
    inside = set(span)
    dropped: set[int] = set()
    for i in span:
        token = doc.tokens[i]
        head = doc.tokens[token.head] if token.head in inside else None
        if head is None or i in dropped:
            continue
        if "betr" in token.features or (
                is_subordinator(token) and head.pos == "N"):
            dropped.update(subtree(doc, i))
    return [i for i in span if i not in dropped]


def place_mentions(doc: Document, span: list[int]) -> list[Mention]:
    """Named places in a span read as the state they lie in (`de Krim`, `de stad in de regio
    Donetsk` -> Ukraine; actors/data/places.yaml). PLOVER codes an act against a place as
    an act against its state. Like demonym mentions, these are the event layer's own."""
    return [_state_mention(doc, place.entry.id, place.start, place.end, place.token_start,
                           place.token_end, "place")
            for place in gazetteer_places(doc, span)]


def slot_span(doc: Document, trigger_i: int, slot: str) -> list[int]:
    """The tokens of the phrase a slot names (`obj1`: the direct object, the subject in a
    passive; `pp:op`: the preposition's phrase)."""
    if slot.startswith("pp:"):
        strict = doc.tokens[trigger_i].pos == "N"
        span: list[int] = []
        for prep in prepositions(doc, trigger_i, slot[3:], strict=strict):
            span.extend(sorted(set(subtree(doc, prep)) | set(_phrase_after(doc, prep))
                               | set(merged_object(doc, prep))))
        return span
    deprel = "su" if slot == "obj1" and is_passive(doc, trigger_i) else slot
    span = [i for dep in clause_dependents(doc, trigger_i) if dep.deprel == deprel
            for i in subtree(doc, dep.i)]
    if not span and slot == "obj1":
        # Frog merges `Rusland de Krim` into one subject token: the object is inside it.
        span = [dep.i for dep in clause_dependents(doc, trigger_i)
                if dep.deprel == "su" and " " in dep.text]
    if not span and slot == "obj1":
        span = _middle_field(doc, trigger_i)
    return span


def _middle_field(doc: Document, verb_i: int) -> list[int]:
    """The words between the nearest finite verb to the left and a verb at the end of its
    clause, where Dutch puts the object (`claimde de stad in de regio Donetsk te hebben
    ingenomen`); the fallback when Frog hangs the object on another verb."""
    sentence = doc.sentences[doc.tokens[verb_i].sent]
    span: list[int] = []
    for i in range(verb_i - 1, sentence.token_start - 1, -1):
        token = doc.tokens[i]
        if is_finite(token) or token.text in {",", ";", ":"} or (
                is_subordinator(token)):
            break
        span.append(i)
    # Only the first subject: Frog sometimes labels the object a second subject.
    subjects = [dep for dep in clause_dependents(doc, verb_i) if dep.deprel == "su"]
    taken = set(subtree(doc, subjects[0].i)) if subjects else set()
    return sorted(i for i in span if i not in taken)


def preposition_lemma(token: Token) -> str:
    """A preposition's lemma without the article Frog sometimes merges into the token
    (`tegen de` in `stemde tegen de begroting`, `maakte bezwaar tegen de wens van de
    Kamer`): the phrase is the same `tegen` phrase. Idioms Frog merges (`van de hand`) keep
    their words after the article. Only read so on the trigger's own dependents: a merged
    token elsewhere in the sentence (`aldus Trump in een brief aan het Congres`) is not
    searched for (found on 473 DPG articles)."""
    words = token.lemma.lower().split()
    if token.pos == "VZ" and len(words) == 2 and words[1] in _MERGED_ARTICLES:
        return words[0]
    return token.lemma.lower()


def merged_object(doc: Document, prep_i: int) -> list[int]:
    """The noun phrase after a preposition Frog merged with its article (`tegen de`): Frog
    then hangs the noun on the verb (`stemde tegen de begroting van minister Hoekstra`:
    `begroting` is the verb's object), so its phrase with the owner is read from the noun."""
    prep = doc.tokens[prep_i]
    nxt = prep_i + 1
    if preposition_lemma(prep) == prep.lemma.lower() or nxt >= len(doc.tokens):
        return []
    noun = doc.tokens[nxt]
    if noun.sent != prep.sent or noun.pos not in {"N", "SPEC"} or noun.head == prep_i:
        return []
    return sorted(subtree(doc, nxt))


def prepositions(doc: Document, trigger_i: int, lemma: str, strict: bool) -> list[int]:
    """Preposition tokens with `lemma` that belong to the trigger's clause. A multiword
    preposition is written with `_` in the lexicon (`pp:aan_het_adres_van`); Frog's
    multiword token has its words joined by spaces in the lemma (nlp/align.py)."""
    lemma = lemma.replace("_", " ")
    own = [t.i for t in clause_dependents(doc, trigger_i)
           if preposition_lemma(t) == lemma and not _inside_name(doc, t.i)]
    trigger = doc.tokens[trigger_i]
    if not own and trigger.pos == "N" and trigger.deprel in _LIGHT_VERB_SLOTS and (
            trigger.head >= 0 and is_verb(doc.tokens[trigger.head])):
        # A light-verb construction hangs the noun's prepositions on the verb: `een aanval
        # uitvoeren op Charkiv`, `een gesprek hebben met Trump`.
        own = [t.i for t in clause_dependents(doc, trigger.head)
               if preposition_lemma(t) == lemma and t.pos == "VZ"
               and not _inside_name(doc, t.i)]
    if not own and trigger.pos == "N" and lemma != "van":
        own = _stacked_prepositions(doc, trigger_i, lemma)
    if own or strict:
        return own
    sentence = doc.sentences[doc.tokens[trigger_i].sent]
    loose = [
        t.i
        for t in doc.sentence_tokens(sentence)
        if t.lemma.lower() == lemma and t.pos == "VZ"
        and not _inside_other_clause(doc, t.i, trigger_i) and not _inside_name(doc, t.i)
        # `door Marien Weststrate van de Partij voor Zeeland`: a preposition modifying a
        # name belongs to that name's phrase.
        and not (t.deprel == "mod" and t.head >= 0 and doc.tokens[t.head].pos in {"SPEC", "VZ"})
    ]
    return sorted(loose, key=lambda i: abs(i - trigger_i))[:1]


def _stacked_prepositions(doc: Document, noun_i: int, lemma: str) -> list[int]:
    """The event noun's own complement that Frog hangs on the object of its `van` phrase.

    A deverbal noun takes its arguments as stacked phrases, the `van` phrase (its subject)
    first (ANS 14.7: `het overleg van het kabinet met de vakbeweging`); Frog attaches the
    next phrase to the nearest noun, the `van` object or its last conjunct (`de combinatie
    van SGP en PvdA met Leefbaar Reimerswaal`: `met` under `PvdA`; `de coalitie van de AKP
    met de MHP`: under `AKP`). Of the six `<event noun> van X met Y` phrases in the 1,438
    DPG 2019 articles, five are so (the sixth, `die hij met ... bijeen houdt`, is a
    relative clause, not under the `van` object). Only a phrase right after the `van`
    object, with nothing between, is read as the noun's own."""
    found: list[int] = []
    for van in doc.children(noun_i):
        if van.pos != "VZ" or preposition_lemma(van) != "van" or van.i < noun_i:
            continue
        heads = [c for c in doc.children(van.i) if c.deprel == "obj1"]
        heads += [c for h in heads if h.pos == "VG" for c in doc.children(h.i)
                  if c.deprel == "cnj"]
        for head in heads:
            found.extend(
                c.i for c in doc.children(head.i)
                if c.pos == "VZ" and c.deprel == "mod" and preposition_lemma(c) == lemma
                and c.i > head.i and not _inside_name(doc, c.i)
                and _adjacent_to_object(doc, head.i, c.i))
    return found


def _adjacent_to_object(doc: Document, head_i: int, prep_i: int) -> bool:
    """Whether a preposition comes right after its noun's phrase (`PvdA met`, `het kabinet
    met`), not after a clause or a comma."""
    return max(i for i in subtree(doc, head_i) if i < prep_i) == prep_i - 1


def _inside_name(doc: Document, token_i: int) -> bool:
    """Whether a token is a particle inside a name (`van` in `Theo van Gogh`, `de` in `Eppie
    de Klein`): Frog may parse it as a preposition with the surname its object, and the
    slot then took the whole name for a `van`-phrase (`de moord op Theo van Gogh` made
    Van Gogh his own killer)."""
    return any(m.token_start < token_i < m.token_end
               for m in doc.mentions if m.is_entity)


def _subclauses(doc: Document, token_i: int) -> set[int]:
    """The verbs heading subordinate clauses (`dat ...`, `om te ...`) a token hangs under."""
    return {
        head for head in [token_i, *ancestors(doc, token_i)]
        if doc.tokens[head].deprel == "body" and doc.tokens[head].pos == "WW"
    }


def _inside_other_clause(doc: Document, token_i: int, trigger_i: int) -> bool:
    """Whether a token hangs under a subordinate clause the trigger is not in itself
    (`zegt dat hij met Vance heeft gesproken`: `met` and `gesproken` share the clause)."""
    own = _subclauses(doc, trigger_i) | set(clause_members(doc, trigger_i))
    return bool(_subclauses(doc, token_i) - own)



def is_passive(doc: Document, verb_i: int) -> bool:
    """`wordt/werd ... gevraagd`, and the perfect passive `is ... gevraagd door X` (with
    `zijn` only when a `door` agent is there: `is opgestapt` is an active perfect), and
    the stative passive of data/status.yaml `stative_passive_verbs` (`zit opgesloten`)."""
    chain = [doc.tokens[i] for i in clause_members(doc, verb_i)]
    if not any("vd" in t.features for t in chain):
        return False
    if any(t.lemma == "worden" for t in chain):
        return True
    participle, head = doc.tokens[verb_i], doc.tokens[verb_i].head
    if "vd" in participle.features and head >= 0 and doc.tokens[head].lemma in (
            load_lexicon().word_set("stative_passive_verbs")):
        return True  # `zitten ... opgesloten`: the state an act left its subject in
    return any(t.lemma == "zijn" for t in chain) and any(
        d.lemma.lower() == "door" and d.pos == "VZ" for d in clause_dependents(doc, verb_i))


def after_preposition(doc: Document, mention: Mention) -> bool:
    """Whether a locative preposition governs the mention (actors/data/link_lexicon.yaml
    `locative_prepositions`): one stands right before it, or before its article and
    adjectives (`de VN-gezant in Jemen`: the place the envoy works). Not across a noun
    (`Forum voor Democratie-voorman Thierry Baudet` names Baudet), and not an owner's
    `van` (`de burgemeester van Utrecht` acts for Utrecht)."""
    i = mention.token_start - 1
    while i >= 0 and doc.tokens[i].pos in {"LID", "ADJ"}:
        i -= 1
    return i >= 0 and doc.tokens[i].pos == "VZ" and doc.tokens[i].sent == doc.tokens[
        mention.token_start].sent and doc.tokens[i].lemma.lower() in (
            load_link_lexicon().locative_prepositions)
