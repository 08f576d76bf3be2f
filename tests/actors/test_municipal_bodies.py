"""A municipality's council and executive named by their nouns (`het college van
burgemeester en wethouders`, `het gemeentebestuur`, `B en W`) are the municipality, as
`de gemeente` is; `het leger` is the Dutch army, or abroad that state's military
(actors/data/organisations.yaml `domestic_nouns`). Real DPG 2019 articles, read by path."""

from __future__ import annotations

from corpus import article_text
from kroniek.actors.link import annotate
from kroniek.model import Document


def linked(make_doc, text: str, published: str) -> Document:
    doc = make_doc(text, published=published)
    annotate(doc)
    return doc


def bodies(doc: Document, words: str) -> list:
    return [m.actor for m in doc.mentions if not m.is_entity and m.text.casefold() == words]


def test_the_executive_and_the_board_of_a_town_are_its_municipality(make_doc):
    # `Het college van burgemeester en wethouders wil op 1 april weten ...`, `En het
    # gemeentebestuur wil dat geld niet geven` (the Eindhoven concert hall).
    doc = linked(make_doc, article_text(10679467), "2019-03-12")
    # (a body's mention ends at its noun: `Het college`, `B`)
    for words in ("het college", "het gemeentebestuur", "b"):
        found = bodies(doc, words)
        assert found and all(a is not None and a.id == "municipality-eindhoven"
                             for a in found), words


def test_a_bare_college_after_the_municipality_is_named(make_doc):
    # `Het college van B en W vindt hun klachten geen reden ...` ... `Het college verwacht
    # dat ...` after `de gemeente Apeldoorn zet de ontwikkeling ... door`.
    doc = linked(make_doc, article_text(10778906), "2019-04-04")
    found = bodies(doc, "het college")
    assert found and all(a is not None and a.id == "municipality-apeldoorn" for a in found)


def test_a_university_board_is_not_the_municipality(make_doc):
    # `schrijft het college van bestuur in een brandbrief aan de gemeente Nijmegen`
    doc = linked(make_doc, article_text(10793964), "2019-04-08")
    assert not [m for m in doc.mentions if not m.is_entity and "college" in m.text.casefold()]


def test_the_army_of_a_report_from_paris_is_the_french_military(make_doc):
    # `En het leger is nu ook ingezet` (the yellow vests): France acting through its army,
    # not the Dutch army `het leger` is in a Dutch report.
    doc = linked(make_doc, article_text(10741531), "2019-03-21")
    found = [a for a in bodies(doc, "het leger") if a is not None]
    assert found and {(a.id, a.sector) for a in found} == {("france", "MIL")}


def test_a_towns_stadsbestuur_is_its_municipality(make_doc):
    # `Het huidige stadsbestuur voert de druk op ...` in the Eindhoven concert-hall piece,
    # after the municipality is named (Van Dale: stadsbestuur, a town's gemeentebestuur).
    doc = linked(make_doc, article_text(10679467), "2019-03-07")
    found = bodies(doc, "het huidige stadsbestuur") or bodies(doc, "het stadsbestuur")
    assert found and all(a is not None and a.id == "municipality-eindhoven" for a in found)


def test_a_stadsbestuur_with_no_town_named_before_is_left_alone(make_doc):
    # Negative, written by hand: no municipality named, so no town is guessed.
    doc = linked(make_doc, "Het stadsbestuur wil meer groen in de binnenstad.", "2019-03-07")
    assert all(a is None for a in bodies(doc, "het stadsbestuur"))
