"""Unlabelled-argument repair (kroniek.nlp.unlabelled): a noun or pronoun Frog hung on a
verb of a verb-final clause with no relation gets the subject or object relation Dutch
word order and case give it, and nothing else is touched."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.repair import retag_plural_presents
from kroniek.nlp.unlabelled import attach_unlabelled_arguments


def _token(doc, text: str):
    return next(t for t in doc.tokens if t.text == text)


def test_noun_after_the_subject_becomes_the_object_of_the_last_verb(make_doc):
    doc = make_doc(sentence("dpg2019", "omdat hij in Nepal kinderen zou hebben misbruikt"))
    noun = _token(doc, "kinderen")
    assert noun.deprel in {None, "", "None"}  # Frog's gap
    assert attach_unlabelled_arguments(doc) >= 1
    assert (noun.deprel, doc.tokens[noun.head].text) == ("obj1", "misbruikt")


def test_noun_in_a_clause_without_subject_becomes_the_subject(make_doc):
    doc = make_doc(sentence("dpg2019", "Ook de verdelingssystematiek krijgt veel kritiek"))
    noun = _token(doc, "verdelingssystematiek")
    assert noun.deprel in {None, "", "None"}
    attach_unlabelled_arguments(doc)
    assert (noun.deprel, doc.tokens[noun.head].text) == ("su", "krijgt")


def test_measure_noun_is_no_object(make_doc):
    doc = make_doc(sentence("dpg2019", "dat dit nog een derde keer zou gebeuren"))
    noun = _token(doc, "keer")
    assert noun.deprel in {None, "", "None"}
    attach_unlabelled_arguments(doc)
    assert noun.deprel in {None, "", "None"}


def test_standard_of_comparison_is_no_subject(make_doc):
    doc = make_doc(sentence("dpg2019", "die zich net als hij Engels voelden"))
    pronoun = [t for t in doc.tokens if t.text == "hij"][-1]  # `net als hij`
    assert pronoun.deprel in {None, "", "None"}
    attach_unlabelled_arguments(doc)
    assert pronoun.deprel in {None, "", "None"}


def test_labelled_tokens_are_left_alone(make_doc):
    doc = make_doc("De minister heeft de burgemeester gisteren gebeld.")
    before = [(t.head, t.deprel) for t in doc.tokens]
    assert attach_unlabelled_arguments(doc) == 0
    assert [(t.head, t.deprel) for t in doc.tokens] == before


def test_name_hung_on_the_complementizer_after_it_is_the_main_verb_object(make_doc):
    # After the plural present is retagged, `May` hangs on `dat` with no relation; it is
    # in the main clause's middle field, before the complementizer that opens the clause.
    doc = make_doc(sentence("dpg2019", "De rebellen verwijten May dat zij"))
    retag_plural_presents(doc)
    name, verb = _token(doc, "May"), _token(doc, "verwijten")
    assert name.deprel in (None, "", "None") and doc.tokens[name.head].text == "dat"
    assert attach_unlabelled_arguments(doc) >= 1
    assert (name.head, name.deprel) == (verb.i, "obj1")
