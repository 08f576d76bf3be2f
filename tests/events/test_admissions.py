"""Admissions and giving in with no one named are PLOVER CONCEDE with no recipient
(lexicon_news.yaml, CONCEDE).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences are negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_admitting_a_point_is_a_concession(code):
    # `Theresa May heeft toegegeven dat het Verenigd Koninkrijk ... in een crisis zit`
    text = sentence("dpg2019", "Theresa May heeft toegegeven dat het Verenigd Koninkrijk")
    assert ("CONCEDE", "Theresa May", None) in triples(code(text, "2019-03-20"))


def test_split_toegeven_is_a_concession(code):
    # `geeft ... toe dat`: the particle split from the verb
    text = sentence("dpg2019", "Wel geeft Vardanyan toe dat er 200.000 dollar")
    assert any(e.type == "CONCEDE" and "Vardanyan" in e.actor.name and e.recipient is None
               for e in code(text, "2019-03-05"))


def test_a_figure_of_speech_admits_nothing(code):
    # negative: a generic `ieder weldenkend mens` is no actor (`named_actor`)
    text = sentence("dpg2019", "waarvan ieder weldenkend mens zal moeten toegeven")
    assert not any(e.type in {"CONCEDE", "AGREE"} for e in code(text, "2019-03-20"))
    assert not code("Toegegeven, het is een lastige kwestie.", "2019-03-20")
