"""Promises with no one named they are made to are PLOVER AGREE with no recipient
(lexicon_news.yaml, AGREE); the particle of another verb's te-infinitive is not the
trigger's (events/triggers.py).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences are negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_a_promise_to_no_one_named_is_an_agreement(code):
    # `beloofde Boeing in januari een software-update uit te brengen`
    text = sentence("dpg2019", "Na de crash met de Indonesische 737 beloofde Boeing")
    assert ("AGREE", "Boeing", None) in triples(code(text, "2019-03-13"))


def test_a_promised_object_is_an_agreement(code):
    # `ING heeft beterschap beloofd`
    text = sentence("dpg2019", "ING heeft beterschap beloofd")
    assert ("AGREE", "ING Group", None) in triples(code(text, "2019-03-05"))


def test_an_unnamed_promiser_promises_nothing(code):
    # negative: `named_actor`, as for admissions
    assert not [e for e in code("Dat beloofde een mooie avond te worden.", "2019-03-05")
                if e.type == "AGREE"]


def test_the_particle_of_another_infinitive_is_not_the_triggers(code):
    # `zegt niets toe te voegen te hebben`: `toevoegen`, not `toezeggen`; `om dit beleid
    # breed toe te passen'', zegt Huibers`: `toepassen`
    for fragment in ("zegt niets toe te voegen te hebben aan de antwoorden",
                     "We bekijken wat er nog moet veranderen om dit beleid breed toe"):
        events = code(sentence("dpg2019", fragment), "2019-03-05")
        assert not [e for e in events if e.type == "AGREE"], fragment
