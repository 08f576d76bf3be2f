"""Fronted subject labelled a second object (kroniek.nlp.fronted_object): in a main clause
with two direct objects and no subject, the fronted noun phrase is the subject."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.fronted_object import attach_fronted_object_subjects, detach_second_subjects


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


def test_fronted_sole_object_of_a_subjectless_verb_becomes_the_subject(make_doc):
    doc = make_doc(sentence("dpg2019", "Het kortetermijndenken prevaleert"))
    noun = _token(doc, "kortetermijndenken")
    assert noun.deprel == "obj1"  # Frog's error: the only argument, and no subject
    assert attach_fronted_object_subjects(doc) == 1
    assert noun.deprel == "su"


# --- a second subject after the verb --------------------------------------------------------


def test_second_subject_after_the_verb_becomes_the_direct_object(make_doc):
    doc = make_doc(sentence("dpg2019", "Baudet verwijt GroenLinks dat die"))
    name = _token(doc, "GroenLinks")
    assert name.deprel == "su" and _token(doc, "Baudet").deprel == "su"  # Frog's error
    assert detach_second_subjects(doc) == 1
    assert name.deprel == "obj1" and _token(doc, "Baudet").deprel == "su"


def test_second_subject_beside_a_direct_object_becomes_the_indirect_object(make_doc):
    doc = make_doc(sentence("dpg2019", "Een voorkeurstem geeft Laila het gevoel"))
    assert detach_second_subjects(doc) == 1
    assert _token(doc, "Laila").deprel == "obj2"


def test_object_pronoun_and_common_noun_after_the_verb_become_objects(make_doc):
    doc = make_doc(sentence("dpg2019", "Een agent in burger sprak ze aan"))
    assert detach_second_subjects(doc) == 1
    assert _token(doc, "ze").deprel == "obj1"
    doc = make_doc(sentence("dpg2019", "De partij verdubbelt het zetelaantal"))
    assert detach_second_subjects(doc) == 1
    assert _token(doc, "zetelaantal").deprel == "obj1"


def test_fronted_demonstrative_or_time_phrase_keeps_the_subject_after_the_verb(make_doc):
    # `Dat` is a topicalised object, `Zondagochtend` an adverbial: the noun phrase after the
    # verb is the subject.
    doc = make_doc(sentence("dpg2019", "Dat onthulde frontman Robert Smith"))
    assert detach_second_subjects(doc) == 0
    assert _token(doc, "frontman").deprel == "su"
    doc = make_doc(sentence("dpg2019", "Zondagochtend gaat de smartphone van Wopke"))
    assert detach_second_subjects(doc) == 0
    assert _token(doc, "smartphone").deprel == "su"


def test_counted_second_subject_becomes_the_object(make_doc):
    doc = make_doc(sentence("dpg2019", "autoriteiten hebben honderden kinderen vastgezet"))
    count = _token(doc, "honderden")
    assert count.deprel == "su"  # Frog's error: a second subject beside `autoriteiten`
    assert detach_second_subjects(doc) == 1
    assert count.deprel == "obj1"


def test_a_decade_numeral_is_no_object(make_doc):
    # `begin jaren negentig` is a time adverbial, not a counted noun phrase
    doc = make_doc(sentence("dpg2019", "stond begin jaren negentig vrij snel symbool"))
    assert detach_second_subjects(doc) == 0


def test_after_a_fronted_adverbial_the_nominative_pronoun_is_the_subject(make_doc):
    doc = make_doc(sentence("dpg2019", "Onderweg belde hij zijn moeder in Eindhoven"))
    assert _token(doc, "moeder").deprel == "su"  # Frog's error: two subjects
    assert detach_second_subjects(doc) == 1
    assert _token(doc, "moeder").deprel == "obj1" and _token(doc, "hij").deprel == "su"
