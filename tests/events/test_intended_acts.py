"""Acts intended through a predicative adjective (`bereid`, `van plan` + `te`-clause,
ANS 15.4.3): an intended act of cooperation is PLOVER AGREE, a denied one REJECT
(events/records.py `apply_intent`), and an `om`-clause complementing the adjective is no
purpose (events/embedded.py). The parse repair is kroniek.nlp.adjective_te.

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences are negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence
from kroniek.events.embedded import _purpose_infinitive
from kroniek.events.lexicon import load_lexicon
from kroniek.events.records import _denied_by_adjective
from kroniek.nlp.repair import annotate


def test_being_willing_to_support_is_an_agreement(code):
    # dpg2019 id 10730573: Frog hung `het kabinet` on `was`, so `steunen` had no object.
    found = code(sentence("dpg2019", "hij bereid was het kabinet op onderdelen te steunen"),
                 "2019-03-20")
    assert ("AGREE", "Lodewijk Asscher", "Netherlands") in triples(found)


def test_not_being_willing_to_cooperate_is_a_refusal(code):
    # dpg2019 id 10775364: `niet` hangs on the copula `was`, which negates `bereid`.
    found = triples(code(sentence("dpg2019", "niet bereid was tot samenwerking met FvD"),
                         "2019-03-25"))
    assert ("REJECT", "People's Party for Freedom and Democracy", "Forum for Democracy") in found
    assert ("AGREE", "People's Party for Freedom and Democracy", "Forum for Democracy") not in found


def test_being_willing_to_cooperate_stays_agreement(code):
    # negative: no negation, no refusal
    found = triples(code("De VVD was bereid tot samenwerking met FvD.", "2019-03-25"))
    assert ("REJECT", "People's Party for Freedom and Democracy", "Forum for Democracy") not in found


def test_om_clause_of_an_adjective_is_no_purpose(make_doc):
    # dpg2019 id 10750447: `niet bereid om ... te trekken`, `om` optional (ANS 15.4.3)
    doc = make_doc(sentence("dpg2019", "is niet bereid om in Brussel aan de"))
    annotate(doc)
    trekken = next(t for t in doc.tokens if t.text == "trekken")
    assert not _purpose_infinitive(doc, trekken, load_lexicon())


def test_om_clause_of_a_verb_stays_a_purpose(make_doc):
    # negative: `reisde naar Brussel om ... te sluiten` is a purpose
    doc = make_doc("Premier Mark Rutte reisde naar Brussel om een akkoord te sluiten.")
    annotate(doc)
    sluiten = next(t for t in doc.tokens if t.text == "sluiten")
    assert _purpose_infinitive(doc, sluiten, load_lexicon())


def test_act_under_a_denied_adjective_is_denied(make_doc):
    # dpg2019: `Yildirim was echter nog niet bereid zijn nederlaag toe te
    # geven`: `niet` hangs on `was`, outside the act's verb cluster.
    doc = make_doc(sentence("dpg2019", "Yildirim was echter nog niet bereid"))
    annotate(doc)
    geven = next(t for t in doc.tokens if t.text == "geven")
    assert _denied_by_adjective(doc, geven, load_lexicon())


def test_act_under_an_affirmed_adjective_is_not_denied(make_doc):
    # negative: `bereid is de verkiezingsresultaten te accepteren`, no negation
    doc = make_doc(sentence("dpg2019", "bereid is de verkiezingsresultaten te accepteren"))
    annotate(doc)
    accepteren = next(t for t in doc.tokens if t.text == "accepteren")
    assert not _denied_by_adjective(doc, accepteren, load_lexicon())


def test_van_plan_without_negation_does_not_deny(make_doc):
    # negative: `Kahn was van plan zich ... terug te trekken`
    doc = make_doc(sentence("dpg2019", "Kahn was van plan zich na alle ingrepen"))
    annotate(doc)
    trekken = next(t for t in doc.tokens if t.text == "trekken")
    assert not _denied_by_adjective(doc, trekken, load_lexicon())
