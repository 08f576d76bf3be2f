"""Fronted subject labelled a second object (kroniek.nlp.fronted_object): in a main clause
with two direct objects and no subject, the fronted noun phrase is the subject."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.fronted_object import attach_fronted_object_subjects


def _token(doc, text: str):
    return next(t for t in doc.tokens if t.text == text)


def test_fronted_name_labelled_object_becomes_the_subject(make_doc):
    doc = make_doc(sentence("dpg2019", "Benflis beschuldigde 'buitengerechtelijke krachten'"))
    verb, name = _token(doc, "beschuldigde"), _token(doc, "Benflis")
    assert (name.head, name.deprel) == (verb.i, "obj1")  # Frog's error
    assert attach_fronted_object_subjects(doc) == 1
    assert (name.head, name.deprel) == (verb.i, "su")
    assert _token(doc, "krachten").deprel == "obj1"
    assert not [c for c in doc.children(verb.i) if c.deprel == "su" and c.pos == "VG"]


def test_fronted_common_noun_labelled_object_becomes_the_subject(make_doc):
    doc = make_doc(sentence("dpg2019", "Een Japanse architect maakte van Astana"))
    architect = _token(doc, "architect")
    assert architect.deprel == "obj1"  # Frog's error
    assert attach_fronted_object_subjects(doc) == 1
    assert architect.deprel == "su"


def test_topicalised_object_with_a_demonstrative_is_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "Dat Fideszlidmaatschap vinden veel EVP'ers"))
    assert attach_fronted_object_subjects(doc) == 0
    assert _token(doc, "Fideszlidmaatschap").deprel != "su"


def test_fronted_phrase_that_does_not_agree_is_left_alone(make_doc):
    # `De slachtoffers treft geen blaam`: `blaam` is the subject of singular `treft`.
    doc = make_doc(sentence("dpg2019", "De slachtoffers treft geen blaam"))
    assert attach_fronted_object_subjects(doc) == 0
    assert _token(doc, "slachtoffers").deprel != "su"
