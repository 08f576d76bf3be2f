"""A name may open with digits before its capitals (`50PLUS`, `50Plus`): names.py
`_link_word`."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def linked(make_doc, text: str) -> dict[str, str]:
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return {m.text: m.actor.id for m in doc.mentions if m.is_entity and m.actor is not None}


def test_party_name_opening_with_digits_is_linked(make_doc):
    found = linked(make_doc, sentence("dpg2019", "GroenLinks en 50Plus kwamen allemaal"))
    assert found.get("50Plus") == "50plus"


def test_a_number_is_no_name(make_doc):
    # negative: digits with no capital after them
    found = linked(make_doc, "De partij kreeg 50 procent van de stemmen in 2019.")
    assert not any(text[:1].isdigit() for text in found)
