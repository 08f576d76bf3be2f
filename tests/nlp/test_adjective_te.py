"""Adjective `te`-clause repair (kroniek.nlp.adjective_te): the `te`-clause after a
predicative adjective of intention (`bereid`, `van plan`) is the adjective's complement,
and the phrases between them belong to the clause (ANS 15.4.3)."""

from __future__ import annotations

from tests.corpus import sentence

from kroniek.nlp.adjective_te import attach_adjective_te_clauses


def _token(doc, text: str):
    return next(t for t in doc.tokens if t.text == text)


def test_object_hung_on_the_copula_becomes_the_infinitives(make_doc):
    # dpg2019 id 10730573: Frog makes `het kabinet` a second subject of `was`.
    doc = make_doc(sentence("dpg2019", "hij bereid was het kabinet op onderdelen te steunen"))
    kabinet, te, was = _token(doc, "kabinet"), _token(doc, "te"), _token(doc, "was")
    bereid, steunen = _token(doc, "bereid"), _token(doc, "steunen")
    assert kabinet.head == was.i  # Frog's error
    assert attach_adjective_te_clauses(doc) == 1
    assert (kabinet.head, kabinet.deprel) == (steunen.i, "obj1")
    assert (te.head, te.deprel) == (bereid.i, "vc")
    assert (bereid.head, bereid.deprel) == (was.i, "predc")


def test_adjective_made_a_noun_modifier_becomes_the_predicate(make_doc):
    # dpg-dev 1-16: Frog makes `bereid` a modifier of `miljoen`, the predicate of `is`.
    doc = make_doc(sentence("dpg-dev", "Zadelhoff is bereid 45 miljoen euro"))
    bereid, miljoen = _token(doc, "bereid"), _token(doc, "miljoen")
    assert bereid.head == miljoen.i  # Frog's error
    assert attach_adjective_te_clauses(doc) == 1
    assert (bereid.head, bereid.deprel) == (_token(doc, "is").i, "predc")
    assert (miljoen.head, miljoen.deprel) == (_token(doc, "steken").i, "obj1")


def test_om_clause_hangs_on_the_adjective(make_doc):
    # dpg2019 id 10681652: `om` was a subject of `is`, `deals` an object of `om`.
    doc = make_doc(sentence("dpg2019", "bereid is om deals te sluiten met dictators"))
    om, deals, te = _token(doc, "om"), _token(doc, "deals"), _token(doc, "te")
    assert attach_adjective_te_clauses(doc) == 1
    assert (om.head, om.deprel) == (_token(doc, "bereid").i, "vc")
    assert (te.head, te.deprel) == (om.i, "body")
    assert (deals.head, deals.deprel) == (_token(doc, "sluiten").i, "obj1")


def test_van_plan_takes_the_clause(make_doc):
    # dpg2019: Frog writes `van plan` as one token and makes it a particle of `is`.
    doc = make_doc(sentence("dpg2019", "De openbaar aanklager is van plan straffen te eisen"))
    plan, te = _token(doc, "van plan"), _token(doc, "te")
    assert attach_adjective_te_clauses(doc) == 1
    assert (plan.head, plan.deprel) == (_token(doc, "is").i, "predc")
    assert (te.head, te.deprel) == (plan.i, "vc")


def test_a_finite_verb_before_te_is_another_clause(make_doc):
    # negative: `bereid moet zien te krijgen`: `bereid` is the predicate of `krijgen`
    doc = make_doc(sentence("dpg2019", "zowel Trump als Kim bereid moet zien te krijgen"))
    assert attach_adjective_te_clauses(doc) == 0


def test_an_adjective_of_inclination_is_left(make_doc):
    # negative: `geneigd` (an inclination, not an intention) is not listed
    doc = make_doc(sentence("dpg2019", "Duitsland is geneigd hem tegemoet te komen"))
    assert attach_adjective_te_clauses(doc) == 0


def test_a_prepositional_complement_is_left(make_doc):
    # negative: `bereid tot samenwerking` has no `te`-clause
    doc = make_doc(sentence("dpg2019", "niet bereid was tot samenwerking met FvD"))
    assert attach_adjective_te_clauses(doc) == 0
