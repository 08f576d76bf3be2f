"""A repeat of a word the article read as a demonym (`de studierichting Nederlands`) is
not a name that inherits the state (local.py `_same_name_before`): `het Nederlands` is
the language."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def test_language_after_a_demonym_reading_is_no_state(make_doc):
    text = " ".join([
        sentence("dpg2019", "de studierichting Nederlands opheft"),
        sentence("dpg2019", "Het is tijd voor actie: het Nederlands moet"),
    ])
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    linked = [m for m in doc.mentions if m.is_entity and m.text == "Nederlands" and m.actor]
    assert linked == []


def test_name_repeated_is_still_linked(make_doc):
    # negative: a name linked before keeps its actor when Frog tags the repeat otherwise
    doc = make_doc("Minister Wopke Hoekstra sprak. Later zei Hoekstra niets.",
                   published="2019-03-20")
    annotate(doc)
    assert {m.actor.id for m in doc.mentions if m.text == "Hoekstra"} == {"wopke-hoekstra"}
