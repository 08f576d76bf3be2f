"""A person named by first name and surname initial (`Peter B.`) keeps the initial's dot
when a comma, colon or quote follows and Frog splits the dot off (actors/local.py,
`_name_end`): without it `Peter B` became a second actor beside `Peter B.`. Real DPG 2019
sentences, read by path; a short hand-written negative."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.link import annotate


def persons(make_doc, text: str) -> list[tuple[str, str]]:
    doc = make_doc(text, published="2019-04-04")
    annotate(doc)
    return [(m.text, m.actor.name) for m in doc.mentions if m.actor and m.actor.kind == "person"]


@pytest.mark.parametrize(("fragment", "name"), [
    ("de 58-jarige neppatholoog uit Bennekom", "Peter B."),
    ("Joël S., afkomstig uit Eindhoven", "Joël S."),
])
def test_the_initial_keeps_its_dot_before_a_comma(make_doc, fragment, name):
    assert (name, name) in persons(make_doc, sentence("dpg2019", fragment))


def test_a_full_surname_at_the_end_of_a_sentence_leaves_the_full_stop(make_doc):
    assert ("Pieter Verhoeven", "Pieter Verhoeven") in persons(
        make_doc, "Gisteren sprak de rechter met Pieter Verhoeven.")
