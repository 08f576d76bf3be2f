"""Criticism with no actor as its target (PLOVER ACCUSE, disapprove): a named critic who
blames a cause or voices criticism codes with a null recipient (lexicon_news.yaml).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences are negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_blaming_a_cause_is_criticism_with_no_recipient(code):
    # `wijt ... de teloorgang van het vak neerlandistiek aan 'racisme in de collegezaal'`:
    # racism is no actor; the blame is still hers.
    text = sentence("dpg2019", "Emma van Meijeren wijt afgelopen zaterdag")
    assert ("ACCUSE", "Emma van Meijeren", None) in triples(code(text, "2019-03-25"))


def test_voicing_criticism_with_no_target_is_criticism(code):
    text = sentence("dpg2019", "Amnesty uiten harde kritiek")
    assert ("ACCUSE", "GroenLinks", None) in triples(code(text, "2019-03-08"))


def test_a_named_target_still_comes_first(code):
    text = "Trump wijt de nederlaag aan Rusland."
    found = triples(code(text, "2019-03-08"))
    assert ("ACCUSE", "Donald Trump", "Russia") in found
    assert ("ACCUSE", "Donald Trump", None) not in found


def test_described_researchers_explaining_a_gap_accuse_no_one(code):
    # negative: `De onderzoekers wijten de kloof ... aan het feit dat`: an explanation by
    # a described group, not an accusation (`named_actor`).
    text = sentence("dpg2019", "De onderzoekers wijten de kloof")
    assert not any(e.type == "ACCUSE" for e in code(text, "2019-03-08"))


def test_criticism_received_is_not_the_receivers_own(code):
    # negative: `leverde Guaidó veel kritiek op`: Guaidó is criticised, not the critic
    # (`kritiek leveren` is left out of the null-recipient frames).
    text = sentence("dpg2019", "leverde Guaidó veel kritiek op")
    assert not any(e.type == "ACCUSE" and e.actor.name == "Juan Guaidó"
                   for e in code(text, "2019-03-08"))
