"""An attack a report names only by its place: `de aanslag in Utrecht`, `de schietpartij in
Utrecht`, `de aanslagen in Christchurch`.

News refers to an attack that everyone knows by the noun and the place, without naming
who carried it out; the project's gold codes such a mention as PLOVER ASSAULT by the
attack's perpetrator against its victims, both described by the attack itself and both of
the place's country (gold/dpg-dev-1-16.jsonl: `na de aanslag in Utrecht` is ASSAULT
`perpetrator of the Utrecht tram shooting` -> `civilians in Utrecht`). Only a definite
phrase (`de aanslag`, a known attack: `een aanslag in Nederland` is as often a risk or a
plan) with a place after the noun (and its date, if one comes first: `de aanslagen
vrijdag in Christchurch`) that the actor layer links to a country, and only when no frame
slot names an actor. Its existence is presupposed, so neither a verb of talk nor one of
purpose or wish around it makes it unreal (embedded.py `presupposed`).

The perpetrator takes the country of the attack's place, as ICEWS and POLECAT code an
unidentified attacker by where the act happened (`Unidentified Gunmen (Nigeria)`); that
is wrong where the attacker came from abroad (Christchurch's was Australian), and says so
only of who acted, not of a nationality. Such a mention refers to an attack before the
article, so records.py makes it `historical`, dated only by its own phrase (`de aanslagen
in Parijs in 2015`), never by the clause it sits in (`Na de schietpartij in Utrecht
wilden partijen ...` is the article's day, not the attack's). Measured on 473 DPG 2019
articles: 17 events, all a real attack (14 Utrecht, 2 Christchurch, 1 Paris); 5 more
under `over` or `om ... te` (embedded.py `presupposed`) and 1 with its date before its
place (`de aanslag van afgelopen maandag in Utrecht`), all the Utrecht attack.
"""

from __future__ import annotations

from kroniek.actors.place import span_country
from kroniek.events.groups import group_name_span
from kroniek.events.lexicon import Frame, Lexicon
from kroniek.model import Actor, Document, described_id
from kroniek.syntax import has_definite_article
from kroniek.time.annotate import timex_tokens

# Word classes of a place phrase's words: article, adjective and numeral before its
# nouns and names.
_PRENOMINAL = {"LID", "ADJ", "TW"}
_NOMINAL = {"SPEC", "N"}


def _attack_place(doc: Document, noun_i: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """The place (`_place`) of a definite attack noun (`de aanslag in Utrecht`); None for
    any other noun or an attack with no known place after it."""
    noun = doc.tokens[noun_i]
    if noun.pos != "N" or not noun.lemma.lower().endswith(
            tuple(lex.word_set("placed_attack_nouns"))) or not has_definite_article(doc, noun_i):
        return None
    return _place(doc, noun_i, lex)


def _after_date(doc: Document, noun_i: int) -> int:
    """The first token after the noun and a time expression right after it, with its
    `van` (`de aanslagen vrijdag in Christchurch`, `de aanslag van afgelopen maandag in
    Utrecht`): the date of the act the noun names, part of its phrase as its place is.
    A time adverbial modifies a noun from after it, before or after its prepositional
    phrase (ANS 14.5.3.5: `die optocht gisteren`, `de aanval toen op Rusland`), or as a
    `van`-phrase (`het probleem van tegenwoordig`); the noun's next token if none."""
    after = noun_i + 1
    start = after + 1 if after < len(doc.tokens) and doc.tokens[after].lemma.lower() == \
        "van" else after
    covered = {i for timex in doc.timexes for i in timex_tokens(doc, timex)}
    end = start
    while end < len(doc.tokens) and end in covered and doc.tokens[end].sent == \
            doc.tokens[noun_i].sent:
        end += 1
    return end if end > start else after


def _place(doc: Document, noun_i: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """The country, first and last token of the place phrase right after the noun and
    its date, if any (`de aanslag in Utrecht`, `de aanslagen in Nieuw-Zeeland`, `de
    aanslagen vrijdag in Christchurch`): a place the gazetteer or the actor layer knows
    (actors/place.py `span_country`)."""
    after = _after_date(doc, noun_i)
    if after >= len(doc.tokens) or doc.tokens[after].sent != doc.tokens[noun_i].sent or \
            doc.tokens[after].lemma.lower() not in lex.word_set("place_prepositions"):
        return None
    span: list[int] = []
    for token in doc.tokens[after + 1:]:
        # the place's own words (`in de Nieuw-Zeelandse stad Christchurch`): its
        # prenominal words, then its nouns and names, up to whatever follows them
        # (`waarbij ...`, `in 2015`, `gewoon doorgaan`)
        nominal = token.pos in _NOMINAL
        if token.sent != doc.tokens[noun_i].sent or not (nominal or (
                token.pos in _PRENOMINAL and not any(
                    doc.tokens[i].pos in _NOMINAL for i in span))):
            break
        span.append(token.i)
    country = span_country(doc, span) if span else None
    return (country, after, max(span)) if country is not None else None


def known_attack(doc: Document, noun_i: int, lex: Lexicon) -> bool:
    """A definite attack noun with a known place after it (`de aanslag in Utrecht`): an
    attack the reader already knows of, so one before the article (records.py gives it
    the status `historical` and only a date its own phrase states)."""
    return _attack_place(doc, noun_i, lex) is not None


def placed_attack(doc: Document, noun_i: int, frame: Frame, lex: Lexicon,
                  recipients: list[Actor | None]) -> tuple[list[Actor], list[Actor | None]]:
    """The described perpetrator and, where the slots name no target, the described
    victims of a definite attack noun with a place (module docstring); ([], recipients)
    for any other noun."""
    place = _attack_place(doc, noun_i, lex) if frame.noun and frame.type == "ASSAULT" else None
    if place is None:
        return [], recipients
    country, prep, end = place
    first, _ = group_name_span(doc, noun_i, lex, noun_i)
    # named without the date (`dader van de aanslagen in Christchurch`): the attack is one
    phrase = doc.text[doc.tokens[first].start:doc.tokens[noun_i].end] + " " + doc.text[
        doc.tokens[prep].start:doc.tokens[end].end]
    phrase = phrase[:1].lower() + phrase[1:]

    def described(template_list: str, kind: str) -> Actor:
        # One template per list (data/participants.yaml): the Dutch words stay in data.
        words = min(lex.word_set(template_list)).format(phrase)
        return Actor(id=described_id(words), name=words, kind=kind, country=country)

    victims = [r for r in recipients if r is not None] or [
        described("placed_attack_victims", "group")]
    return [described("placed_attack_perpetrator", "person")], list(victims)
