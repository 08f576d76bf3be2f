"""A one-word name right after a kinship or child noun names that relative, whatever
Frog's NER makes of it (actors/local.py `_after_kin_title`, link_lexicon.yaml
`kin_titles`); diminutive kinship nouns state the sex (gender_cues.yaml)."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def _mentions(make_doc, text: str, published: str = "2019-04-03"):
    doc = make_doc(text, published=published)
    annotate(doc)
    return doc.mentions


def test_a_son_named_like_a_city_is_a_person(make_doc):
    # Frog tags `Milan` a place
    text = sentence("dpg-dev", "wordt verdacht van betrokkenheid bij de dood van haar zoontje")
    found = [m for m in _mentions(make_doc, text) if m.text == "Milan"]
    assert found and found[0].actor is not None and found[0].actor.kind == "person"


def test_a_newborn_named_after_jongetje_is_a_person(make_doc):
    text = sentence("dpg2019", "niet kunnen meemaken")
    found = [m for m in _mentions(make_doc, text, "2019-03-20") if m.text == "Jarrah"]
    assert found and found[0].actor is not None and found[0].actor.kind == "person"


def test_the_mothers_pronoun_is_not_the_sons(make_doc):
    # `zoontje` makes Milan male, so `Ze` in the next sentences is the mother
    text = " ".join([
        sentence("dpg-dev", "Nadat ze uit wroeging over het doden van haar negen maanden"),
        sentence("dpg-dev", "wordt verdacht van betrokkenheid bij de dood van haar zoontje"),
        sentence("dpg-dev", "Milan verdiende een betere moeder"),
        sentence("dpg-dev", "Ze zou de neus en de mond van de baby")])
    ze = [m for m in _mentions(make_doc, text) if m.text == "Ze"]
    assert ze and ze[0].actor is not None and ze[0].actor.name == "Sylvia R."


def test_a_city_after_a_preposition_stays_a_place(make_doc):
    # hand-written negative: no kinship noun right before the name
    found = [m for m in _mentions(make_doc, "Zijn zoon werkt al jaren in Milan.")
             if m.text == "Milan"]
    assert not found or found[0].actor is None or found[0].actor.kind != "person"
