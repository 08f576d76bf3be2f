"""A capital after a letter writer's name and a comma is the writer's town, a place, not
the state it stands for as a metonym (names.py `_add_metonym`, toponyms.py)."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def capital(make_doc, text: str):
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return next(m for m in doc.mentions if m.is_entity and m.text == "Den Haag")


def test_letter_writers_town_is_a_place(make_doc):
    text = sentence("dpg2019", "Peter Mesker, Den Haag")
    assert capital(make_doc, text).actor is None


def test_capital_as_subject_stays_the_state(make_doc):
    # negative: `Den Haag` acting is the Dutch government
    text = sentence("dpg2019", "Duidelijk is dat Den Haag niet moet doorgaan")
    assert capital(make_doc, text).actor.id == "netherlands"
