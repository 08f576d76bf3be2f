"""A subject Frog takes out of a fronted adverbial clause goes back into that clause
(kroniek.nlp.clause_subject)."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.clause_subject import detach_clause_subjects


def _token(doc, text: str):
    return next(t for t in doc.tokens if t.text == text)


def _subjects(doc, verb):
    return sorted(c.text for c in doc.children(verb.i) if c.deprel == "su")


def test_subject_inside_the_nadat_clause_leaves_the_main_verb(make_doc):
    doc = make_doc(sentence("dpg2019", "dreigde Rusland het Siberische luchtruim voor KLM"))
    dreigde, werd = _token(doc, "dreigde"), _token(doc, "werd")
    assert _subjects(doc, dreigde) == ["Rusland", "vrachtmaatschappij"]  # Frog's error
    assert detach_clause_subjects(doc) == 1
    assert _subjects(doc, dreigde) == ["Rusland"]
    assert _subjects(doc, werd) == ["vrachtmaatschappij"]
    assert (doc.tokens[werd.head].text, werd.deprel) == ("Nadat", "body")


def test_subject_inside_the_hoewel_clause_leaves_the_main_verb(make_doc):
    doc = make_doc(sentence("dpg2019", "Hoewel de VVD er tot dat weekend slecht voorstond"))
    werd, voorstond = _token(doc, "werd"), _token(doc, "voorstond")
    assert "VVD" in _subjects(doc, werd)  # Frog's error
    assert detach_clause_subjects(doc) == 1
    assert "VVD" not in _subjects(doc, werd)
    assert _subjects(doc, voorstond) == ["VVD"]


def test_main_verb_with_one_subject_is_left_alone(make_doc):
    doc = make_doc("Toen de minister het land verliet, protesteerden de boeren op het plein.")
    before = [(t.head, t.deprel) for t in doc.tokens]
    assert detach_clause_subjects(doc) == 0
    assert [(t.head, t.deprel) for t in doc.tokens] == before
