"""A definite noun repeating the head of an organisation named before refers to it
(actors/heads.py). Real DPG 2019 sentences, read by path; short hand-written negatives."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate
from kroniek.model import Document


def heads(make_doc, text: str) -> list:
    doc: Document = make_doc(text, published="2019-03-20")
    annotate(doc)
    return [(m.text, m.actor.id if m.actor else None) for m in doc.mentions
            if not m.is_entity and m.kind == "role"]


def test_the_head_before_a_van_complement_takes_up_the_name(make_doc):
    # `De Unie van Waterschappen schat ...` then `..., denkt de Unie.`
    text = " ".join([sentence("dpg2019", "De Unie van Waterschappen schat na onderzoek"),
                     "Extra voorlichting en preventie kunnen helpen, denkt de Unie."])
    found = heads(make_doc, text)
    assert [f for f in found if f[0] == "de Unie" and f[1] is not None]


def test_a_lower_case_head_takes_up_the_name(make_doc):
    text = " ".join([sentence("dpg2019", "Stichting De Verre Bergen begint volgend jaar"),
                     sentence("dpg2019", "elke euro komt van de miljardairs achter de stichting")])
    assert [f for f in heads(make_doc, text) if f[0] == "de stichting" and f[1] is not None]


def test_a_state_body_noun_is_not_taken_up(make_doc):
    # Every state has a parliament: in a Brexit story `door het parlement` after `Het
    # nieuwe Europees Parlement` is the British one (dpg500).
    text = " ".join([sentence("dpg2019", "Het nieuwe Europees Parlement neemt zitting"),
                     sentence("dpg2019", "veelbekritiseerde deal op 12 maart")])
    assert not [f for f in heads(make_doc, text) if f[0].endswith("parlement")]
