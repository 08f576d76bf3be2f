"""Which body a bare common noun of a national institution stands for: `de politie`,
`het OM`, `de rechter`, `het kabinet` (organisations.yaml `domestic_nouns`), and the
body an agentless institutional act leaves implicit (`Een man is aangehouden`: the
police). The actor layer (roles.py `link_domestic_bodies`) and the event layer
(events/justice.py `implicit_agent`) both ask `domestic_body`; nothing else decides.

The rule, first that applies:

1. the body of that kind the article named last before the noun, else later in its
   sentence (`de rechtbank in Breda` ... `de rechter`; `de Duitse politie` ... `de
   politie`; `Een man is opgepakt, zo meldt de Duitse politie`), unless the act's
   clause places it in another country than that body's. Another state's body counts
   when a noun named it (not the state's own name), and not a government: Dutch papers
   name another state's beside the Dutch one (`de Bahreinse regering` ... Amnesty asks
   `de regering`, the Dutch). A foreign court named before gives its country to the
   words of the later noun (`de rechter in Maleisië` ... `volgens de rechter`);
2. where the body is placed (`where`, below): in the Netherlands, the Dutch body
   (`default`) or a described Dutch court (`generic`); in another state, that state
   acting through the body (`abroad`: its sector; `de politie` in a report from Paris
   is France, COP, as `de Franse politie` is: roles.py `link_state_bodies`) or that
   state's described court (`de rechter in Maleisië`: `de rechter`, MYS); where that
   is unclear, nothing;
3. an agent the text leaves unsaid (`Karadzic was veroordeeld`) is another state's
   body only when its clause names the place (`is in Spanje veroordeeld`): placed
   abroad by the article alone, a foreign report's agentless act was as often an
   international court's (the Yugoslavia tribunal), no such act (`de Boeing wordt
   aan de grond gehouden`) or a misread recipient as that state's: 4 records right
   (9000 arrests in France, Slovakia's suspicion of Kocner), 3 wrong, on dpg500 and
   dpg-dev. A close call, decided for the reader, who reads every record; `implicit`
   is the one switch if the balance changes.

Where a body is placed (one definition for both layers): a demonym on the noun (`de
Nederlandse overheid`: the Netherlands), else the country of a place its own phrase
names (`de rechter in Maleisië`), else of the place its clause or a clause above it
names (actors/place.py `enclosing_country`: `In Polen wordt geprobeerd ..., zodat de
regering ...`; for an implicit agent, events/justice.py `act_country`), else the
article's country (local_country.py `article_country`: the dateline's, else the
country the article's states, places and known actors name most, at least twice and
more often than any other, else the Netherlands when it is named at least as often as
any other country or none is named; None when foreign countries dominate without one
clear leader). The article's country is computed once per document, when the names,
demonyms, role and organisation nouns and a state's bodies are linked and before the
bodies this module places, so those cannot vote for their own country.

Decision (measured on the 472 Dutch articles of /work/stores/dpg500.db; the
alternatives were the three copies this module replaces): the actor layer took the
state the mentions linked so far named most (`context.dominant_state`: states only, two
mentions enough, None read as Dutch), the event layer the same count over all mentions,
the justice repair the clause's place first. The two article-level definitions place
55 of the 472 articles differently; by hand, `article_country` is right on about 45.
The states-only count calls a Dutch article foreign whenever it names one foreign state
twice, since Dutch articles seldom name the Netherlands itself (15 articles: the Yousra
L. trial, the Dutch cabinet on KLM, an accident in Limburg in a `kort nieuws` that
also names Israel twice; 13 of them Dutch), and calls an article that names no state
twice Dutch (37: the mummy stolen in Dublin, Ivana Smit's case in Malaysia, bombs in
London, the gardener's bombs near Kaiserslautern, a tornado in Alabama; about 28 of
them foreign, and the rest, soft Dutch news naming one foreign place, now leave a bare
`de politie` unlinked rather than guess). Counting after the bodies are linked let the
Dutch police a foreign report was given vote the report Dutch (8 articles), so the
country is fixed before them. A company does not place an article (context.py
`NOT_PLACING`: Uber, Airbnb and Facebook made three Amsterdam stories American).

Abroad, measured the same way: of the 82 bare nouns on dpg500 whose link differs from
the three copies', about 70 are now right (the French police at the yellow vests, the
Spanish courts of the Catalan trial, Curaçao's police, the Malaysian judge in Ivana
Smit's case, `de Nederlandse overheid` kept Dutch in a report on US airlines, the Dutch
courts `in Arnhem`, the Dutch cabinet on KLM), 5 went from a wrong Dutch body to none,
4 are wrong (a Dutch arrest `in Leersum`, a former municipality the gazetteer lacks,
in an article about Rwanda, twice; the SS in a historical piece; Putin's `de huidige
regering`, which is Ukraine's) and 3 unsure.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kroniek.actors.kb import load_kb, slug
from kroniek.actors.local_country import HOME, article_country
from kroniek.model import DESCRIBED, Actor, Document, Mention

# The sectors of another state's body that a later bare noun names again (`de Duitse
# politie` ... `de politie`). Not a government: Dutch papers name another state's beside
# the Dutch one (`de Bahreinse regering` ... Amnesty asks `de regering`: the Dutch).
_NAMED_BEFORE_ABROAD = frozenset({"COP", "JUD"})


def noun_spec(noun: str) -> dict[str, Any]:
    """The `domestic_nouns` entry of a body noun (`politie`, `rechter`), or empty."""
    return load_kb().domestic_nouns.get(noun) or {}


def domestic_body(doc: Document, spec: dict[str, Any], before: int, *,
                  place: str | None = None, written: str | None = None,
                  implicit: bool = False) -> Actor | None:
    """The body a bare noun of `spec`'s kind stands for at token `before` (module rule).

    `place`: the country the act's clause (or the noun's own phrase) names, if any;
    `written`: the words the text names the body by (`De rechter`), the name of a
    described court; `implicit`: the body is an act's agent the text leaves unsaid.
    """
    recent = last_named_body(doc, before, spec)
    if recent is not None and (place is None or (recent.country or HOME) == place):
        if recent.id.startswith(DESCRIBED) and recent.country not in (None, HOME):
            return court_of(written or spec.get("generic") or recent.name, recent.country)
        return recent
    where = place or article_country(doc)
    if where is None:
        return None  # an article about several other countries: which one's is a guess
    if where != HOME:
        if implicit and place is None:
            return None  # rule 3
        return foreign_body(spec, where, doc.article.published, written)
    if spec.get("default"):
        return load_kb().actor(spec["default"], doc.article.published)
    if spec.get("generic"):
        return generic_body(written or spec["generic"])
    return None


def foreign_body(spec: dict[str, Any], country: str, when: str | None,
                 written: str | None = None) -> Actor | None:
    """The body of another state a bare noun stands for: the state acting through it,
    with the body's sector (`abroad`), as a demonym makes it (`de Venezolaanse politie`,
    roles.py `link_state_bodies`); a court that state's described court; else None."""
    kb = load_kb()
    state = kb.state_by_code(country)
    if state is None:
        return None
    if spec.get("abroad"):
        return replace(kb.actor(state.id, when), sector=spec["abroad"])
    if spec.get("generic"):
        return court_of(written or spec["generic"], country)
    return None


def court_of(name: str, country: str | None) -> Actor:
    """A court named only by its noun (`de rechtbank`), of a country: the Netherlands' is
    `generic_body`; another country's is another actor, with that country; with the
    country unclear, the described court without one."""
    body = generic_body(name)
    if country == HOME:
        return body
    if country is None:
        return replace(body, country=None)
    return replace(body, id=f"{body.id}-{country.lower()}", country=country)


def last_named_body(doc: Document, before: int, spec: dict[str, Any]) -> Actor | None:
    """The body of a common noun's kind that the document named last before token
    `before`, else later in the same sentence (`Een man is opgepakt, zo meldt de Duitse
    politie`): a Dutch body of the `recent` id prefixes, or another state's body of that
    kind named by a noun (`de Spaanse politie`: Spain with the `abroad` sector; `de
    rechter in Maleisië`: a described foreign court); None when there is none."""
    sentence = doc.tokens[before].sent if before < len(doc.tokens) else -1
    found = [m for m in doc.mentions if m.actor is not None and _of_kind(m, spec)
             and (m.token_start < before or doc.tokens[m.token_start].sent == sentence)]
    earlier = [m for m in found if m.token_start < before]
    if earlier:
        return max(earlier, key=lambda m: m.token_start).actor
    return min(found, key=lambda m: m.token_start).actor if found else None


def _of_kind(mention: Mention, spec: dict[str, Any]) -> bool:
    """Whether a mention names a body of the noun's kind. Another state's body counts
    only as a noun names it (a demonym's or a bare noun's mention): a state's own name
    (`Senegal`, GOV) is the state, not its police or its government by that noun."""
    actor = mention.actor
    prefixes = tuple(spec.get("recent") or ())
    if actor is None or prefixes and actor.id.startswith(prefixes):
        return actor is not None
    if actor.country in (None, HOME) or mention.kind not in ("demonym", "role"):
        return False
    if spec.get("abroad") and actor.kind == "state":
        return actor.sector == spec["abroad"] and actor.sector in _NAMED_BEFORE_ABROAD
    return bool(spec.get("generic")) and actor.id.startswith(DESCRIBED) and actor.sector == "JUD"


def generic_body(name: str) -> Actor:
    """A Dutch body the article names only by its noun (`de rechtbank`, `De rechter`): a
    described actor named by those words (as the quote layer names described speakers
    and the spec names actors known only by description), of the judiciary's sector."""
    return Actor(id=f"{DESCRIBED}{slug(name)}", name=name, kind="organisation",
                 country=HOME, sector="JUD", role=None)


__all__ = ["court_of", "domestic_body", "foreign_body", "generic_body", "last_named_body",
           "noun_spec"]
