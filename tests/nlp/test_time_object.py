"""A bare weekday Frog made a verb's direct object is a modifier of time
(kroniek.nlp.time_object)."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.time_object import detach_time_objects


def _token(doc, text: str):
    return next(t for t in doc.tokens if t.text == text)


def test_weekday_labelled_object_becomes_a_modifier(make_doc):
    doc = make_doc(sentence("dpg2019", "Een kleine tienduizend mensen hebben zaterdag meegedaan"))
    day = _token(doc, "zaterdag")
    assert day.deprel == "obj1"  # Frog's error
    assert detach_time_objects(doc) == 1
    assert day.deprel == "mod"


def test_weekday_with_its_day_part_becomes_a_modifier(make_doc):
    doc = make_doc(sentence("dpg2019", "De Kamer debatteert dinsdagavond over de Wet wapens"))
    assert _token(doc, "dinsdagavond").deprel == "obj1"
    assert detach_time_objects(doc) == 1
    assert _token(doc, "dinsdagavond").deprel == "mod"


def test_real_objects_are_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "De partij verdubbelt het zetelaantal"))
    assert detach_time_objects(doc) == 0
