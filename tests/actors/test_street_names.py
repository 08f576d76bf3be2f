"""A name ending in a street name's compound head (`Vierlinghstraat`, `Pololaan`) is a
street, a place without an actor, not a local person (local.py `_street_name`)."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.link import annotate


def entity(make_doc, text: str, name: str):
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    found = [m for m in doc.mentions if m.is_entity and m.text == name]
    assert found, f"{name!r} is no entity"
    return found[0]


@pytest.mark.parametrize(("fragment", "name"), [
    ("gesloten in de Andries Vierlinghstraat", "Andries Vierlinghstraat"),
    ("toen agenten op de Marco Pololaan", "Marco Pololaan"),
])
def test_street_named_after_a_person_is_a_place(make_doc, fragment, name):
    mention = entity(make_doc, sentence("dpg2019", fragment), name)
    assert mention.actor is None
    assert mention.type == "LOC"


def test_surname_that_is_a_street_word_stays_a_person(make_doc):
    # negative: `Laan` as a word of its own is a surname
    mention = entity(make_doc, sentence("dpg2019", "Net als Mark van der Laan"),
                     "Mark van der Laan")
    assert mention.actor is not None and mention.actor.kind == "person"
