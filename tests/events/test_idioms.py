"""Fixed expressions of political stance (events/data/lexicon_idioms.yaml).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl, by article id. Short hand-written sentences are
negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_being_receptive_to_a_request_is_support(code):
    # dpg2019 id 10801595: `dat ze wel oren had naar het verzoek van Forum`.
    text = sentence("dpg2019", "oren had naar het verzoek van Forum")
    assert ("SUPPORT", "Annemarie Jorritsma", "Forum for Democracy") in triples(
        code(text, "2019-04-10"))


def test_stepping_in_to_defend_is_support(code):
    # dpg2019 id 10730559: `Klaassen sprong in de bres voor een 22-jarige Bosschenaar`.
    text = sentence("dpg2019", "sprong in de bres voor een 22-jarige Bosschenaar")
    assert any(e.type == "SUPPORT" and e.recipient is not None
               and "Bosschenaar" in e.recipient.name for e in code(text, "2019-03-21"))


def test_a_nomination_by_a_party_is_support(code):
    text = "Oud-wethouder Ton Bonouvrié is door de VVD naar voren geschoven."
    assert ("SUPPORT", "People's Party for Freedom and Democracy", "Ton Bonouvrié") in triples(
        code(text, "2019-04-09"))


def test_ears_without_a_counterpart_code_nothing(code):
    # `oren hebben naar` a plan with no owner named: an attitude, no dyad.
    assert triples(code("De wethouder heeft wel oren naar een tramverbinding.",
                        "2019-04-09")) == set()


def test_the_verb_alone_is_no_idiom(code):
    # `springen` without `in de bres`, `hebben` without `oren`.
    found = code("De minister heeft een plan voor de boeren.", "2019-04-09")
    assert all(e.type != "SUPPORT" for e in found)
