"""A name after a place noun (`het kamp Al Hol`, `vliegbasis Deelen`) is a place, not a
person (link_lexicon.yaml `title_place_heads`, actors/local.py); real DPG 2019 sentences."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def _mentions(make_doc, fragment: str, name: str):
    doc = make_doc(sentence("dpg2019", fragment), published="2019-03-25")
    annotate(doc)
    return [m for m in doc.mentions if m.text == name]


def test_a_camp_name_is_a_place(make_doc):
    found = _mentions(make_doc, "bezocht het kamp Al Hol", "Al Hol")
    assert found and all(m.type == "LOC" and m.actor is None for m in found)


def test_a_person_after_a_person_noun_stays_a_person(make_doc):
    found = _mentions(make_doc, "Tineke Ceelen van Stichting Vluchteling", "Tineke Ceelen")
    assert found and found[0].actor is not None and found[0].actor.kind == "person"
