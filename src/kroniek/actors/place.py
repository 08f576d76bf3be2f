"""Where a clause places what it tells: the country of a place named in its locative
phrase (`is op Schiphol opgepakt`, `In de Dominicaanse Republiek zijn ... aangehouden`,
`de rechter in Maleisië`). Read by the actor layer for the bodies a bare noun names
(domestic.py) and by the event layer for an act's implicit agent (events/justice.py
`act_country`), so both place an act the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from kroniek.actors.kb import Entry, load_kb
from kroniek.actors.lexicon import load_lexicon
from kroniek.actors.local_country import HOME
from kroniek.model import Document
from kroniek.syntax import ancestors, clause_dependents, clause_members, is_verb, subtree

# Frog's relations of a clause dependent that can be a place phrase (`None`: unlabelled).
_PLACE_RELATIONS = {"mod", "ld", "None", None}


def clause_country(doc: Document, verb_i: int) -> str | None:
    """The country of the place the verb's clause names in a locative phrase (`op
    Schiphol`, `in Leersum`, `in Spanje`), also inside an adverbial phrase (`tijdens een
    actie ... in de kustplaats Mudanya`). A place inside the subject or object (`een man
    uit Amstelveen`) is where someone is from, not where the act happened, and is not
    read; nor a phrase on another phrase (`verdacht van plofkraken in Duitsland`)."""
    for dep in clause_dependents(doc, verb_i):
        if dep.pos == "VZ" and dep.deprel in _PLACE_RELATIONS:
            country = phrase_country(doc, dep.i)
            if country is not None:
                return country
    return None


def enclosing_country(doc: Document, token_i: int) -> str | None:
    """The country of the nearest place named by the clause of a token or by a clause
    above it (`Het komt in Rusland voor dat dit soort bedrijven wordt overgenomen door de
    overheid`: the takeover is in Russia too)."""
    verbs = [i for i in [token_i, *ancestors(doc, token_i)] if is_verb(doc.tokens[i])]
    seen: set[int] = set()
    for verb in verbs:
        if verb in seen:
            continue
        seen.update(clause_members(doc, verb))
        country = clause_country(doc, verb)
        if country is not None:
            return country
    return None


def phrase_country(doc: Document, head_i: int) -> str | None:
    """The country of the first locative preposition's place in a phrase (ANS 9.3,
    data/link_lexicon.yaml `act_place_prepositions`)."""
    places = load_lexicon().act_place_prepositions
    for prep in subtree(doc, head_i):
        token = doc.tokens[prep]
        if token.pos == "VZ" and token.lemma.lower() in places:
            country = span_country(doc, subtree(doc, prep))
            if country is not None:
                return country
    return None


def span_country(doc: Document, span: list[int]) -> str | None:
    """The country of the first state or placed town named in a span: a place name the
    gazetteer knows (actors/data/places.yaml, Dutch municipalities), else a linked state
    or place; a demonym is not a place, except on a place noun (`de Bahreinse hoofdstad
    Manama`: data/link_lexicon.yaml `place_nouns`)."""
    for place in gazetteer_places(doc, span):
        country = _entry_country(place.entry)
        if country is not None:
            return country
    wanted = set(span)
    placed = _demonym_place(doc, span)
    if placed is not None:
        return placed
    for mention in sorted(doc.mentions, key=lambda m: m.start):
        actor = mention.actor
        if actor is None or mention.kind == "demonym" or not (
                set(range(mention.token_start, mention.token_end)) & wanted):
            continue
        if actor.id.startswith("municipality-"):
            return HOME
        if actor.kind in {"state", "place"} and actor.country:
            return actor.country
    return None


def _demonym_place(doc: Document, span: list[int]) -> str | None:
    """The state of a demonym adjective on a place noun in the span (`de Bahreinse
    hoofdstad`), the one way a demonym places an act."""
    place_nouns = load_lexicon().place_nouns
    for i in span:
        token = doc.tokens[i]
        if token.pos != "ADJ" or token.head < 0 or doc.tokens[token.head].lemma.lower() not in (
                place_nouns):
            continue
        state = load_kb().by_demonym(token.text)
        if state is not None and state.kind == "state" and state.country:
            return state.country
    return None


def _entry_country(entry: Entry) -> str | None:
    if entry.id.startswith("municipality-"):
        return HOME
    return entry.country if entry.kind in {"state", "place"} and entry.country else None


@dataclass(frozen=True)
class NamedPlace:
    """A place name the gazetteer knows, where the text names it."""

    entry: Entry  # the state it lies in
    start: int
    end: int
    token_start: int
    token_end: int


def gazetteer_places(doc: Document, span: list[int]) -> list[NamedPlace]:
    """Place names in a span, in reading order for both layers (this module, and
    events/phrases.py `place_mentions`): the tail of a token Frog merged (`Rusland de
    Krim`), then runs of up to four capitalised words."""
    kb = load_kb()
    found: list[NamedPlace] = []
    for i in span:
        token = doc.tokens[i]
        words = token.text.split(" ")
        for first in range(1, len(words)):
            name = " ".join(words[first:])
            state = kb.state_of_place(name)
            if state is not None and (words[first][:1].isupper() or words[first] in {"de", "het"}):
                found.append(NamedPlace(state, token.end - len(name), token.end, i, i + 1))
                break
    wanted = sorted(i for i in span if " " not in doc.tokens[i].text)
    i = 0
    while i < len(wanted):
        for width in (4, 3, 2, 1):
            tokens = [doc.tokens[j] for j in wanted[i:i + width]]
            if len(tokens) < width or tokens[-1].i - tokens[0].i != width - 1:
                continue
            state = kb.state_of_place(doc.article.text[tokens[0].start:tokens[-1].end])
            if state is not None and tokens[0].text[:1].isupper():
                found.append(NamedPlace(state, tokens[0].start, tokens[-1].end, tokens[0].i,
                                        tokens[-1].i + 1))
                i += width - 1
                break
        i += 1
    return found
