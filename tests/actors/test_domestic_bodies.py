"""Which body a bare noun of a national institution stands for (actors/domestic.py):
one rule for the actor layer's `de politie` and the event layer's implicit agent, and one
article country, fixed before the bodies it places. Real DPG 2019 articles, read by path."""

from __future__ import annotations

from corpus import article_text
from kroniek.actors.link import annotate
from kroniek.actors.local_country import article_country
from kroniek.model import Document
from kroniek.pipeline import Pipeline


def linked(make_doc, text: str) -> Document:
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return doc


def bodies(doc: Document, word: str) -> list:
    return [m.actor for m in doc.mentions if not m.is_entity and word in m.text.casefold()]


def test_the_police_of_a_report_from_dublin_is_not_the_dutch_police(make_doc):
    # `De vandalen drongen volgens de politie ... de crypte binnen` (an Irish church)
    doc = linked(make_doc, article_text(10648985))
    assert not [a for a in bodies(doc, "politie") if a is not None and a.id == "politie-nederland"]


def test_the_article_country_is_fixed_before_the_bodies_it_places(make_doc):
    # Counted after the bodies, the Dutch police a foreign report was given made it Dutch.
    doc = linked(make_doc, article_text(10648985))
    assert doc.derived["article_country"] != "NLD"
    assert article_country(doc) == doc.derived["article_country"]


def test_a_dutch_article_naming_israel_twice_keeps_the_dutch_police(make_doc):
    # `kort nieuws`: an accident near Well in Limburg beside an obituary from Israel; a
    # count of states alone made the whole article Israeli and left the arrest unlinked.
    doc = Pipeline().annotate(make_doc(article_text(10744619), published="2019-03-25"))
    arrests = [e for e in doc.events if e.type == "COERCE" and "bestuurster" in e.text]
    assert arrests and arrests[0].actor.id == "politie-nederland"
