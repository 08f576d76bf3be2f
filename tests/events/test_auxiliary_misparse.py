"""`Drie verdachten zijn maandagavond aangehouden`: Frog reads `zijn` as the possessive of
the time noun after it; a main clause has a finite verb, so it is the passive auxiliary
(events/coder.py `_auxiliary_read_as_possessive`)."""

from __future__ import annotations

from coding import triples

from corpus import sentence
from kroniek.pipeline import Pipeline
from kroniek.syntax import clause_members


def test_arrest_with_zijn_read_as_a_possessive_is_the_polices(code):
    found = triples(code(sentence("dpg2019", "Drie verdachten zijn maandagavond aangehouden"),
                         "2019-03-27"))
    assert ("COERCE", "National Police Corps", "Drie verdachten") in found


def _read(make_doc, fragment: str) -> list[str]:
    from kroniek.events.coder import _auxiliary_read_as_possessive

    doc = Pipeline().annotate(make_doc(sentence("dpg2019", fragment), "2019-03-27"))
    return [t.text for t in doc.tokens if "vd" in t.features
            and _auxiliary_read_as_possessive(doc, t, clause_members(doc, t.i))]


def test_a_real_possessive_beside_a_finite_verb_is_left(make_doc):
    # negative: `offert hij zijn vrije vrijdag ... op`: the clause has its finite verb
    assert _read(make_doc, "offert hij zijn vrije vrijdag met liefde op") == []


def test_a_possessive_in_a_clause_with_its_finite_auxiliary_is_left(make_doc):
    # negative: `werd in zijn afwezigheid veroordeeld`: `werd` is the auxiliary
    assert _read(make_doc, "werd in zijn afwezigheid veroordeeld tot zes jaar cel") == []
