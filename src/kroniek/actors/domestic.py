"""Which body a bare common noun of a national institution stands for: `de politie`,
`het OM`, `de rechter`, `het kabinet` (organisations.yaml `domestic_nouns`), and the
body an agentless institutional act leaves implicit (`Een man is aangehouden`: the
police). The actor layer (roles.py `link_domestic_bodies`) and the event layer
(events/justice.py `implicit_agent`) both ask `domestic_body`; nothing else decides.

The rule, first that applies:

1. the body of that kind the article named last before the noun (`de rechtbank in
   Breda` ... `de rechter`), unless the act's own clause places it in another country
   than that body's;
2. where the act or the article is placed (`where`, below): in the Netherlands, the
   Dutch body (`default`) or a described Dutch court (`generic`); abroad, nothing;
   where that is unclear, nothing.

Where an act is placed (one definition for both layers): the country its own clause
names in a place phrase (`op Schiphol`, `in Spanje`; events/justice.py `act_country`,
passed as `place`), else the article's country (local_country.py `article_country`:
the dateline's, else the country the article's states, places and known actors name
most, at least twice and more often than any other, else the Netherlands when it is
named at least as often as any other country or none is named; None when foreign
countries dominate without one clear leader). It is computed once per document, when
the names, demonyms, role and organisation nouns and a state's bodies are linked and
before the bodies this module places, so those cannot vote for their own country.

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
country is fixed before them. A company does not place an article (local_country.py
`_NOT_PLACING`: Uber, Airbnb and Facebook made three Amsterdam stories American).
"""

from __future__ import annotations

from typing import Any

from kroniek.actors.kb import load_kb, slug
from kroniek.actors.local_country import HOME, article_country
from kroniek.model import DESCRIBED, Actor, Document


def noun_spec(noun: str) -> dict[str, Any]:
    """The `domestic_nouns` entry of a body noun (`politie`, `rechter`), or empty."""
    return load_kb().domestic_nouns.get(noun) or {}


def domestic_body(doc: Document, spec: dict[str, Any], before: int, *,
                  place: str | None = None, written: str | None = None) -> Actor | None:
    """The body a bare noun of `spec`'s kind stands for at token `before` (module rule).

    `place`: the country the act's own clause names, if any; `written`: the words the
    text names the body by (`De rechter`), the name of a described court.
    """
    recent = last_named_body(doc, before, spec)
    if recent is not None and (place is None or (recent.country or HOME) == place):
        return recent
    where = place or article_country(doc)
    if where != HOME:
        return None  # abroad (that country's body, which the text does not name) or unclear
    if spec.get("default"):
        return load_kb().actor(spec["default"], doc.article.published)
    if spec.get("generic"):
        return generic_body(written or spec["generic"])
    return None


def last_named_body(doc: Document, before: int, spec: dict[str, Any]) -> Actor | None:
    """The body of a common noun's kind (`domestic_nouns` `recent` id prefixes) that the
    document named last before token `before`, or None."""
    prefixes = tuple(spec.get("recent") or ())
    recent = [m for m in doc.mentions if m.actor is not None and prefixes
              and m.token_start < before and m.actor.id.startswith(prefixes)]
    return max(recent, key=lambda m: m.token_start).actor if recent else None


def generic_body(name: str) -> Actor:
    """A Dutch body the article names only by its noun (`de rechtbank`, `De rechter`): a
    described actor named by those words (as the quote layer names described speakers
    and the spec names actors known only by description), of the judiciary's sector."""
    return Actor(id=f"{DESCRIBED}{slug(name)}", name=name, kind="organisation",
                 country=HOME, sector="JUD", role=None)


__all__ = ["domestic_body", "generic_body", "last_named_body", "noun_spec"]
