"""A municipality's bare name is an actor only as a clause's subject (actors/names.py,
`_add_metonym`); Frog's subject is no body when the name ends a person's name after a
surname particle (`De Grave zelf`) or is a letter writer's town after the name and a
comma (`Bram Wiertz, Amsterdam`). Real DPG 2019 sentences, read by path."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.link import annotate


def municipalities(make_doc, text: str) -> list[str]:
    doc = make_doc(text, published="2019-04-01")
    annotate(doc)
    return [m.text for m in doc.mentions
            if m.actor is not None and m.actor.id.startswith("municipality-")]


@pytest.mark.parametrize("fragment", [
    "De Grave zelf ziet uit",  # Frank de Grave, the new NZa chairman
    "Frank de Grave wordt begin april",  # Frog merges `Frank de Grave` into one token
    "bevestigt Dapne van Roosendaal",
    "Bram Wiertz, Amsterdam",  # a letter's signature before the next letter's heading
])
def test_a_surname_or_a_signature_town_is_no_municipality(make_doc, fragment):
    assert municipalities(make_doc, sentence("dpg2019", fragment)) == []


def test_a_municipality_as_subject_still_acts(make_doc):
    # `Maasdriel vindt nu dat ze die ton schade niet ...`
    assert municipalities(make_doc, sentence("dpg2019", "Maasdriel vindt nu dat ze")) == ["Maasdriel"]
