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
    # `gaf ... toe dat`: the particle split from the verb, by a government lawyer (a title
    # naming a state agent, `regeringsjurist`), named in the sentence before
    text = " ".join((
        sentence("dpg2019", "In een openhartig interview met de BBC zei de regeringsjurist"),
        sentence("dpg2019", "Hij gaf toe dat de regering de complexiteit van uittreding")))
    assert ("CONCEDE", "Geoffrey Cox", None) in triples(code(text, "2019-04-09"))


def test_a_private_persons_admission_to_no_one_is_no_event(code):
    # A businessman, a landlord, a historian admitting something to the reporter is a
    # statement, not a political concession (participants.py `unfit_actors`).
    for fragment in ("Wel geeft Vardanyan toe dat er 200.000 dollar",
                     "Telefonisch geeft Jesper toe dat de aangeboden woning",
                     "Te Velde erkent dat hij geen pasklaar alternatief heeft"):
        text = sentence("dpg2019", fragment)
        assert not [e for e in code(text, "2019-03-05") if e.type == "CONCEDE"], fragment


def test_a_ministers_admission_stays_a_concession(code):
    # negative of the rule above: a person with an office (sector GOV) concedes publicly
    text = sentence("dpg2019", "Hammond erkende dat in de ministersploeg enige wanhoop heerst")
    assert ("CONCEDE", "Philip Hammond", None) in triples(code(text, "2019-03-25"))


def test_a_figure_of_speech_admits_nothing(code):
    # negative: a generic `ieder weldenkend mens` is no actor (`named_actor`)
    text = sentence("dpg2019", "waarvan ieder weldenkend mens zal moeten toegeven")
    assert not any(e.type in {"CONCEDE", "AGREE"} for e in code(text, "2019-03-20"))
    assert not code("Toegegeven, het is een lastige kwestie.", "2019-03-20")
