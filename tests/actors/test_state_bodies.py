"""A state's body named by a common noun and a demonym, on real DPG 2019 sentences."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def body(make_doc, text: str, words: str):
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    found = [m for m in doc.mentions if m.text.casefold() == words.casefold()]
    assert len(found) == 1, [m.text for m in doc.mentions]
    assert not found[0].is_entity  # a description, not a name
    return found[0].actor


def test_a_foreign_body_is_its_state_with_the_bodys_sector(make_doc):
    actor = body(make_doc, sentence("dpg2019", "Volgens de Britse autoriteiten heeft zij"),
                 "de Britse autoriteiten")
    assert (actor.name, actor.kind, actor.sector) == ("United Kingdom", "state", "GOV")


def test_an_army_is_its_state_military(make_doc):
    actor = body(make_doc, "Het Israëlische leger is gisteren begonnen met een "
                 "vergeldingsaanval op doelen van Hamas in de Gazastrook.", "Het Israëlische leger")
    assert (actor.name, actor.sector) == ("Israel", "MIL")


def test_the_dutch_police_stays_the_kb_body(make_doc):
    actor = body(make_doc, sentence("dpg2019", "tipte de Nederlandse politie toen"),
                 "de Nederlandse politie")
    assert actor.id == "politie-nederland"


def test_a_city_adjective_is_no_state(make_doc):
    doc = make_doc(sentence("dpg2019", "tipte de Nederlandse politie toen").replace(
        "Nederlandse", "Amsterdamse"), published="2019-03-20")
    annotate(doc)
    police = [m.actor for m in doc.mentions if "politie" in m.text and m.actor is not None]
    assert police and all(a.kind != "state" for a in police)


def _actors_of(make_doc, text: str, word: str) -> list:
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return [m.actor for m in doc.mentions if word in m.text]


def test_one_person_of_a_country_is_not_the_state(make_doc):
    """`Een 50-jarige Nederlander`: one Dutchman, not the Netherlands (roles._one_person)."""
    text = sentence("dpg2019", "Een 50-jarige Nederlander is om het leven gekomen")
    assert all(a is None or a.kind != "state" for a in _actors_of(make_doc, text, "Nederlander"))


def test_a_plural_demonym_is_still_the_state(make_doc):
    actors = _actors_of(make_doc, "De Russen hebben de aanval op Kyiv hervat.", "Russen")
    assert [a.name for a in actors if a is not None] == ["Russia"]
