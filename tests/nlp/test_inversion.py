"""Inverted subject repair (kroniek.nlp.inversion): the noun phrase right after a
subjectless finite verb with a fronted constituent is its subject."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.inversion import attach_inverted_subjects


def _token(doc, text: str):
    return next(t for t in doc.tokens if t.text == text)


def test_name_after_the_verb_becomes_the_subject(make_doc):
    doc = make_doc(sentence("dpg2019", "toen de kritiek in de EVP toenam, beloofde Fidesz"))
    verb, name = _token(doc, "beloofde"), _token(doc, "Fidesz")
    assert name.deprel != "su"  # Frog's error
    assert attach_inverted_subjects(doc) == 1
    assert (name.head, name.deprel) == (verb.i, "su")


def test_amount_after_the_verb_is_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "krijgt 38 miljoen binnen voor de levering"))
    assert _token(doc, "miljoen").deprel != "su"
    attach_inverted_subjects(doc)
    assert _token(doc, "miljoen").deprel != "su"


def test_genitive_name_before_its_noun_is_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "Anders is Ed Husains verhaal"))
    attach_inverted_subjects(doc)
    assert _token(doc, "Ed").deprel != "su"
