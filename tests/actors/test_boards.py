"""An organisation's board named by its noun acts for the organisation (actors/boards.py).
Real DPG 2019 sentences, read by path; short hand-written negatives."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate
from kroniek.model import Document


def boards(make_doc, text: str) -> list:
    doc: Document = make_doc(text, published="2019-03-20")
    annotate(doc)
    return [(m.text, m.actor.id if m.actor else None) for m in doc.mentions
            if not m.is_entity and m.kind == "role"]


def test_a_partys_board_is_the_party(make_doc):
    text = sentence("dpg2019", "Het hoofdbestuur van de SGP staat nog steeds")
    assert ("Het hoofdbestuur", "reformed-political-party") in boards(make_doc, text)


def test_a_persons_leadership_is_not_a_board(make_doc):
    found = boards(make_doc, "Onder de leiding van Mark Rutte groeide de VVD.")
    assert not [f for f in found if f[0].endswith("leiding")]


def test_a_board_of_something_unnamed_is_left_alone(make_doc):
    found = boards(make_doc, "Het bestuur van de school is verzocht op te stappen.")
    assert not [f for f in found if f[0].endswith("bestuur")]
