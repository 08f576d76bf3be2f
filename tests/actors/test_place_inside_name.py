"""A state's or place's name inside a longer name Frog merged into one token is no
mention of its own (merged.py `place_inside_name`): `Singapore Airlines Cargo` is no
mention of Singapore."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.link import annotate


def linked_ids(make_doc, text: str) -> set[str]:
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return {m.actor.id for m in doc.mentions if m.is_entity and m.actor is not None}


@pytest.mark.parametrize(("fragment", "state"), [
    ("gaat naar Corwintec Europe Limited", "europe"),
    ("vrachtmaatschappijen Singapore Airlines Cargo", "singapore"),
])
def test_place_inside_a_longer_name_is_not_linked(make_doc, fragment, state):
    assert state not in linked_ids(make_doc, sentence("dpg2019", fragment))


def test_letter_signature_keeps_its_town_apart(make_doc):
    # negative: a first name opens the merged words (`Remy Jacobs Rotterdam`)
    found = linked_ids(make_doc, "Het is een wereld van verschil. Remy Jacobs Rotterdam")
    assert "local:remy-jacobs-rotterdam" not in found
