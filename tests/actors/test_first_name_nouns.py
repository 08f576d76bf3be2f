"""A first name Frog tagged a common noun before the surname it starts its person entity
at opens the local person's name (local.py `_first_name_before_person`): `Gökmen Tanis`,
not `Tanis` with the role `Gökmen`."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.link import annotate


def entity_texts(make_doc, text: str) -> dict[str, str | None]:
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return {m.text: m.actor.name if m.actor else None for m in doc.mentions if m.is_entity}


@pytest.mark.parametrize(("fragment", "name"), [
    ("Gökmen Tanis had een fors strafblad", "Gökmen Tanis"),
    ("Nettie van Griensven uit Vinkel", "Nettie van Griensven"),
])
def test_first_name_tagged_a_noun_opens_the_name(make_doc, fragment, name):
    found = entity_texts(make_doc, sentence("dpg2019", fragment))
    assert found.get(name) == name


def test_frequent_dutch_noun_before_a_name_is_no_first_name(make_doc):
    # negative: `Oma` is a first name in some lists, but here the noun `oma`
    found = entity_texts(make_doc, sentence("dpg2019", "Oma Wil en opa Frans zijn superblij"))
    assert "Oma Wil" not in found
