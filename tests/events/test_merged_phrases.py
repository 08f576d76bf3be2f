"""Frog merges a verb's fixed prepositional phrase into one token (`in beslag`, `om het
leven`: lemma `in_beslag`, deprel `svp`); frames with that noun and preposition match it
whole (events/triggers.py `_merged_fixed_phrase`).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences are negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_a_seizure_whose_phrase_frog_merged_is_coerce(code):
    # `in beslag` is one token: the police seized goods, no owner named
    text = sentence("dpg2019", "heeft de politie een grote hoeveelheid spullen in beslag")
    assert ("COERCE", "National Police Corps", None) in triples(code(text, "2019-03-30"))


def test_bringing_someone_om_het_leven_is_assault(code):
    text = " ".join([
        sentence("dpg2019", "Hij bracht in december vorig jaar de Amerikaanse studente"),
    ])
    events = code("Joël S. is een Nederlander. " + text, "2019-04-02")
    assert any(e.type == "ASSAULT" and e.recipient is not None
               and e.recipient.name == "Sarah Papenheim" for e in events)


def test_a_loose_word_of_a_merged_phrase_is_no_fixed_object(code):
    # negative: `van plan zijn` (intend) holds `plan`, but `accepteren` of a plan needs
    # the plan as its object, not a merged `van plan`
    events = code("Rutte is van plan het voorstel van Merkel morgen te accepteren.",
                  "2019-04-02")
    assert not any(e.type == "AGREE" and e.recipient is not None
                   and e.recipient.name == "Plan" for e in events)
    assert triples(code("Zes schapen zijn door honden om het leven gebracht.",
                        "2019-04-02")) == set()


def test_putting_someone_op_non_actief_is_a_suspension(code):
    # `op non-actief zetten` is `schorsen` (SANCTION); Frog merges `op non-actief`
    text = sentence("dpg2019", "De Universiteit Utrecht zette vrijdag een docent op non-actief")
    assert any(e.type == "SANCTION" and e.actor.name == "Utrecht University"
               and e.recipient is not None and "docent" in e.recipient.name
               for e in code(text, "2019-03-23"))


def test_op_alone_is_no_suspension(code):
    # negative: `zetten` with an ordinary `op` phrase places something, it suspends no one
    events = code("De Universiteit Utrecht zette vrijdag een docent op de lijst.", "2019-03-23")
    assert not any(e.type == "SANCTION" for e in events)
