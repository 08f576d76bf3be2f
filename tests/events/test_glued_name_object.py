"""A single name between a subject that ends in a plural noun and the clause-final verbs
is the object, not part of the subject (events/misparse.py `_name_after_plural`)."""

from __future__ import annotations

from coding import triples

from corpus import sentence
from kroniek.events.misparse import glued_object
from kroniek.pipeline import Pipeline


def test_name_after_plural_partners_is_the_one_supported(code):
    text = " ".join([sentence("dpg2019", "om oppositieleider Juan Guaidó te steunen"),
                     sentence("dpg2019", "dat Duitsland en zijn Europese partners Guaidó")])
    found = triples(code(text, "2019-02-05"))
    assert {t for t in found if t[1:] == ("Germany", "Juan Guaidó")}


def _glued(make_doc, text: str) -> list[str]:
    doc = Pipeline().annotate(make_doc(text, "2019-02-05"))
    return [doc.tokens[g].text for t in doc.tokens if (g := glued_object(doc, t.i)) is not None]


def test_singular_title_and_name_are_one_phrase(make_doc):
    # negative: `het DACA-programma dat president Obama opzette`: a singular noun and a
    # name are one phrase (close apposition), the subject
    assert _glued(make_doc, sentence("dpg2019", "dat president Obama opzette")) == []


def test_name_after_a_plural_in_a_main_clause_is_its_apposition(make_doc):
    # negative: `De kabinetten Rutte lieten ...`: in a main clause the verb after the
    # subject is the finite verb in second position; the name names the cabinets
    assert _glued(make_doc, sentence("dpg2019", "De kabinetten Rutte lieten grenzen")) == []
