"""The country of local actors, on real DPG 2019 sentences (read by path)."""

from __future__ import annotations

from corpus import article_text, paragraph, sentence
from kroniek.actors.link import annotate
from kroniek.model import Dateline, Document


def linked(make_doc, text: str, dateline: str | None = None) -> Document:
    doc = make_doc(text, published="2019-03-20")
    if dateline:
        doc.article.dateline = Dateline(place=dateline)
    annotate(doc)
    return doc


def local_countries(doc: Document, word: str) -> set[str | None]:
    return {m.actor.country for m in doc.mentions
            if m.actor is not None and m.actor.id.startswith("local:") and word in m.text}


def test_a_demonym_on_the_title_noun_gives_the_state(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "zet de Duitse ambassadeur, Daniel Martin Kriener"))
    assert local_countries(doc, "Kriener") == {"DEU"}  # not Venezuela, the subject


def test_the_articles_dominant_country(make_doc):
    doc = linked(make_doc, paragraph("dpg2019", "De kandidaat van de oppositiepartij CHP in de"))
    assert local_countries(doc, "Mansur Yavas") == {"TUR"}


def test_a_domestic_article_gives_the_netherlands(make_doc):
    doc = linked(make_doc, article_text(10740513))
    assert local_countries(doc, "Veldhuizen") == {"NLD"}


def test_the_dateline_comes_before_the_default(make_doc):
    text = sentence("dpg2019", "naar het vliegveld gegaan om oppositieleider Juan Guaid")
    assert local_countries(linked(make_doc, text), "Guaid") == {"NLD"}  # nothing foreign
    assert local_countries(linked(make_doc, text, dateline="Caracas"), "Guaid") == {"VEN"}


def test_two_foreign_states_named_equally_give_no_guess(make_doc):
    doc = linked(make_doc, "Jan Pietersz woonde in Duitsland en werkte in Frankrijk.")
    assert local_countries(doc, "Pietersz") == {None}


def test_a_company_does_not_place_the_article(make_doc):
    # A strike of Uber drivers in Amsterdam: Uber (a US company, named three times) says
    # where the company is registered, not where the story happens.
    doc = linked(make_doc, article_text(10723244))
    assert local_countries(doc, "Alidjan") == {"NLD"}
