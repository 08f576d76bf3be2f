"""Possessive repair (kroniek.nlp.possessive): `zijn` read by Frog as a second finite verb
of a clause becomes the determiner of the noun after it."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.possessive import attach_possessives


def _token(doc, text: str):
    return next(t for t in doc.tokens if t.text == text)


def test_possessive_read_as_a_verb_becomes_the_determiner(make_doc):
    # Frog: `zijn` WW(pv) root, `moordbevel` its predicate; `gaf` without object
    doc = make_doc(sentence("dpg2019", "Khomeini gaf zijn moordbevel"))
    zijn, bevel, gaf = _token(doc, "zijn"), _token(doc, "moordbevel"), _token(doc, "gaf")
    assert zijn.pos == "WW"
    assert attach_possessives(doc) == 1
    assert zijn.pos == "VNW" and "bez" in zijn.features
    assert (zijn.head, zijn.deprel) == (bevel.i, "det")
    assert (bevel.head, bevel.deprel) == (gaf.i, "obj1")


def test_possessive_in_a_prepositional_phrase_stays_in_it(make_doc):
    doc = make_doc(sentence("dpg2019", "schrijft hij op zijn weblog"))
    assert attach_possessives(doc) == 1
    weblog = _token(doc, "weblog")
    assert doc.tokens[weblog.head].text == "op"


def test_verb_after_a_plural_subject_is_left_alone(make_doc):
    # `Alle mensen zijn sterfelijk` (a book title): `zijn` is the verb
    doc = make_doc(sentence("dpg2019", "Alle mensen zijn sterfelijk uit 1946"))
    assert attach_possessives(doc) == 0


def test_clause_verb_hung_on_the_false_verb_takes_its_place(make_doc):
    # Frog hangs `krijgt` itself on the false verb `zijn`: moving `zijn` under its noun
    # must not leave a loop in the tree
    from kroniek.nlp.repair import _cyclic

    doc = make_doc(sentence("dpg2019", "bovenop zijn voorarrest van 138 dagen"))
    attach_possessives(doc)
    assert not any(_cyclic(doc, s) for s in doc.sentences)
    zijn = _token(doc, "zijn")
    assert doc.tokens[zijn.head].text == "voorarrest"
