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

from kroniek.actors.context import dominant_state
from kroniek.actors.kb import load_kb
from kroniek.actors.local_country import article_country
from kroniek.actors.reference import phrase_mention
from kroniek.actors.roles import DEFAULT_COUNTRY, generic_body, last_named_body
from kroniek.events.arguments import _prepositions, clause_dependents, conjuncts, is_passive
from kroniek.events.lexicon import Lexicon
from kroniek.model import Actor, Document, Token, described_id
from kroniek.quotes.build import described_actor, is_described, is_name
from kroniek.quotes.lexicon import Lexicon as QuoteLexicon
from kroniek.quotes.lexicon import load as load_quote_lexicon

_PHRASE_SLOTS = {"su", "obj1", "obj2"}


def participant_noun(doc: Document, head_i: int, lex: Lexicon) -> bool:
    """Whether a noun names a person or a group of people (data/participants.yaml)."""
    head = doc.tokens[head_i]
    if not _nominal(head):
        return False
    lemma = head.lemma.lower()
    if head.pos != "N":
        # Frog lemmatises `verdachten` to the verb: the noun is the singular form.
        lemma = head.text.lower().removesuffix("n")
    if lemma in lex.word_set("participant_nouns") or aged(doc, head_i, lex):
        return True
    if lemma in lex.word_set("not_participants") or len(lemma) < 4:
        return False
    if "ev" in head.features and any(c.deprel == "det" and c.pos == "LID" and "bep" in c.features
                                     for c in doc.children(head_i)):
        # `de informateur`, `de woordvoerder`: a definite role noun names again someone
        # the article has named; its description is not who acts.
        return False
    return lemma.endswith(tuple(lex.word_set("participant_heads"))) or lemma.endswith(
        tuple(lex.word_set("participant_suffixes")))


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


def _describe(doc: Document, head_i: int, quote_lex: QuoteLexicon) -> Actor | None:
    """The described actor of a phrase; a nominalised participle (`Twee verdachten`) is
    named like a noun: its determiners and prenominal words up to the head."""
    head = doc.tokens[head_i]
    if head.pos == "N":
        return described_actor(doc, head_i, quote_lex)
    first = min([head_i, *(c.i for c in doc.children(head_i)
                           if c.i < head_i and c.deprel in {"det", "mod"})])
    words = doc.text[doc.tokens[first].start:head.end]
    kind = "group" if any(f.startswith("mv") for f in head.features) else "person"
    return Actor(id=described_id(words), name=words, kind=kind)


def _slot_heads(doc: Document, trigger_i: int, slot: str) -> list[int]:
    """Head tokens of the phrase in a slot: subject, objects, a passive's `door` agent or
    a preposition's object, one per conjunct."""
    if slot in _PHRASE_SLOTS:
        # `miljoenen vrouwen gingen de straat op`: Frog may give the numeral its own
        # `su`; the phrase is the first one headed by a noun.
        deps = [d for d in clause_dependents(doc, trigger_i) if d.deprel == slot]
        nominal = [d for d in deps if _nominal(d)]
        return conjuncts(doc, nominal[0].i) if nominal else []
    if slot == "door" and not is_passive(doc, trigger_i):
        return []
    if slot == "door" or slot.startswith("pp:"):
        lemma = "door" if slot == "door" else slot[3:]
        strict = slot == "door" or doc.tokens[trigger_i].pos == "N"
        for prep in _prepositions(doc, trigger_i, lemma, strict=strict):
            objects = [c.i for c in doc.children(prep) if c.deprel == "obj1"]
            if objects:
                return conjuncts(doc, objects[0])
    return []


def _linked(doc: Document, head_i: int) -> bool:
    """Whether the phrase is about a named actor (`Vastgoedonderneming Zadelhoff`): the
    head is inside a mention, or the actor layer reads the phrase as one. A name in a
    modifier (`een man uit Oudenbosch`) does not make the man Oudenbosch."""
    if any(m.token_start <= head_i < m.token_end for m in doc.mentions):
        return True
    found = phrase_mention(doc, head_i)
    return found is not None and found.actor is not None


def described_participants(doc: Document, trigger_i: int, slots: tuple[str, ...],
                           lex: Lexicon) -> list[Actor]:
    """Described actors of the first slot whose phrase is a people noun with no mention."""
    quote_lex = load_quote_lexicon()
    for slot in slots:
        heads = _slot_heads(doc, trigger_i, slot)
        if not heads or any(_linked(doc, h) and not _unplaced_aged(doc, h, lex) for h in heads):
            continue
        found = [_describe(doc, h, quote_lex) for h in heads
                 if participant_noun(doc, h, lex)
                 and (not is_name(doc, h, quote_lex) or aged(doc, h, lex))]
        found = [_placed(doc, a) for a in found if a is not None]
        if found:
            return found
    return []


def _placed(doc: Document, actor: Actor) -> Actor:
    """A described actor with the country the article supports (actors/local_country.py),
    as the actor layer places its local actors: country-level scoring compares it."""
    if actor.country is not None:
        return actor
    return replace(actor, country=article_country(doc))


def implicit_agent(doc: Document, trigger_i: int, noun: str) -> Actor | None:
    """Who acts in an agentless passive of an institutional act (`Een 28-jarige man is
    aangehouden`: the police; `werd veroordeeld tot`: the court): the body of that kind
    the article named last, else the Dutch body of the actor layer's `domestic_nouns`
    (actors/data/organisations.yaml), never in an article about another country, where
    the arresting police is that country's and unnamed."""
    kb = load_kb()
    spec = kb.domestic_nouns.get(noun) or {}
    recent = last_named_body(doc, trigger_i, spec)
    if recent is not None:
        return recent
    if dominant_state(doc) not in (None, DEFAULT_COUNTRY):
        return None
    if spec.get("default"):
        return kb.actor(spec["default"], doc.article.published)
    return generic_body(spec["generic"]) if spec.get("generic") else None


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
