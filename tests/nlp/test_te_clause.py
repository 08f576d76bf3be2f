"""`te`-clause repair (kroniek.nlp.te_clause): the phrase Frog hangs `te` on goes into the
infinitive clause, and the clause takes that phrase's place."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.te_clause import attach_te_clauses


def _token(doc, text: str):
    return next(t for t in doc.tokens if t.text == text)


def test_object_before_te_becomes_the_object_of_the_infinitive(make_doc):
    doc = make_doc(sentence("dpg2019", "heeft besloten belangrijke handelsvoordelen te schrappen"))
    noun, te = _token(doc, "handelsvoordelen"), _token(doc, "te")
    besloten, schrappen = _token(doc, "besloten"), _token(doc, "schrappen")
    assert te.head == noun.i  # Frog's error
    assert attach_te_clauses(doc) == 1
    assert (noun.head, noun.deprel) == (schrappen.i, "obj1")
    assert (te.head, te.deprel) == (besloten.i, "vc")


def test_clause_opened_by_om_becomes_its_body(make_doc):
    doc = make_doc(sentence("dpg2019", "hoe krijgen we de miljarden bij elkaar om het project"))
    assert attach_te_clauses(doc) == 1
    te, project = _token(doc, "te"), _token(doc, "project")
    assert (doc.tokens[te.head].text, te.deprel) == ("om", "body")
    assert doc.tokens[project.head].text == "financieren"


def test_raised_subject_is_not_made_an_object(make_doc):
    doc = make_doc(sentence("dpg2019", "In regeringskringen lijkt onenigheid te bestaan"))
    assert attach_te_clauses(doc) == 0


def test_time_noun_before_te_is_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "zit ze drie maanden te ploeteren"))
    assert attach_te_clauses(doc) == 0


def test_noun_with_its_own_modifier_before_te_is_taken_in(make_doc):
    # `voor KLM` modifies `luchtruim`: the whole noun phrase stands in the middle field.
    doc = make_doc(sentence("dpg2019", "dreigde Rusland het Siberische luchtruim voor KLM"))
    noun, te = _token(doc, "luchtruim"), _token(doc, "te")
    dreigde, sluiten = _token(doc, "dreigde"), _token(doc, "sluiten")
    assert te.head == noun.i  # Frog's error
    assert attach_te_clauses(doc) == 1
    assert (noun.head, noun.deprel) == (sluiten.i, "obj1")
    assert (te.head, te.deprel) == (dreigde.i, "vc")
