"""The sector councils of Dutch education are in the KB (orgs/society.yaml): `de VO-raad`
was no entity at all, so its support for the CPB's advice had no actor. A real DPG 2019
sentence, read by path (tests/corpus.py)."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def test_the_sector_councils_of_education_are_linked(make_doc):
    doc = make_doc(sentence("dpg2019", "schaart de VO-raad zich daarom achter"),
                   published="2019-04-03")
    annotate(doc)
    names = {m.text: m.actor.name if m.actor else None for m in doc.mentions}
    assert names.get("VO-raad") == "VO-raad"
    assert names.get("PO-raad") == "PO-Raad"
