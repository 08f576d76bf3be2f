"""Counted anaphors (`Die twee partijen`, `beide rivalen`) name the last actors of their
kind (events/counted.py), and ending cooperation is PLOVER SANCTION.

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl, and `dpg-dev`, ../shared/corpus/dpg-dev, by
article id. Short hand-written sentences are negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import paragraph

VVD = "People's Party for Freedom and Democracy"
CDA = "Christian Democratic Appeal"


def test_two_parties_named_before_stop_cooperating(code):
    # dpg2019 id 10798690: `... een lijmpoging met VVD en CDA ... Die twee partijen stopten
    # vorige week de samenwerking met de coalitiegenoten Groenlinks, AWB en ZW14.`
    found = triples(code(paragraph("dpg2019", "Die twee partijen stopten vorige week"),
                         "2019-04-09"))
    assert ("SANCTION", VVD, "GroenLinks") in found
    assert ("SANCTION", CDA, "GroenLinks") in found
    assert not any(t[0] == "COOPERATE" and t[2] == "GroenLinks" for t in found)


def test_both_rivals_demonstrate_against_each_other(code):
    # dpg-dev id 10679694: `Voor zaterdag hebben beide rivalen demonstraties
    # aangekondigd.` after Maduro and Guaidó are named; `Voor zaterdag` is a fronted time
    # Frog detaches as a root of its own, and names the day planned for.
    events = code(paragraph("dpg-dev", "Voor zaterdag hebben beide rivalen"), "2019-03-07")
    found = {(e.type, e.actor.name, e.recipient.name if e.recipient else None): e
             for e in events if "beide rivalen" in e.text}
    event = found[("PROTEST", "Juan Guaidó", "Nicolás Maduro")]
    assert ("PROTEST", "Nicolás Maduro", "Juan Guaidó") in found
    assert event.status == "future" and event.date == "2019-03-09"


def test_an_indefinite_number_names_no_one_again(code):
    text = "De VVD en het CDA praten met elkaar. Twee partijen stopten de samenwerking met GroenLinks."
    assert not any(t[0] == "SANCTION" and t[1] in {VVD, CDA}
                   for t in triples(code(text, "2019-04-09")))


PROSECUTION = "Public Prosecution Service of the Netherlands"


def test_standalone_beiden_names_the_pair_joined_before(code):
    # dpg2019 id 10804673: `... dat stiefvader Leo den H. (64) en moeder Linda H. (60)
    # achter de dood van Joëlle zitten. ... De officier van justitie had een celstraf van
    # tien jaar geëist tegen beiden.`: `beiden` is the joined pair, not the last two
    # persons named (Joëlle is named between).
    # (The corpus helper's sentence splitter cuts at `H. (64)`: the paragraph is read.)
    found = triples(code(paragraph("dpg2019", "geëist tegen beiden"), "2019-04-11"))
    assert ("REQUEST", PROSECUTION, "Leo den H.") in found
    assert ("REQUEST", PROSECUTION, "Linda H.") in found
    assert not any(t[0] == "REQUEST" and t[2] == "Joëlle Tromp" for t in found)


def test_beiden_with_no_pair_joined_before_names_no_one(code):
    text = ("Jan de Vries sprak met Piet Jansen. Daarna sprak Karel Smit met de agent. "
            "De officier van justitie eiste een celstraf van tien jaar tegen beiden.")
    assert not any(t[0] == "REQUEST" and t[1] == PROSECUTION
                   for t in triples(code(text, "2019-04-11")))
