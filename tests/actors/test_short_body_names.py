"""`de Kamer` is the chamber named last before it, else the Tweede Kamer (actors/heads.py
`link_short_body_names`, link_lexicon.yaml `short_body_names`); real DPG 2019 sentences."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def _kamer(make_doc, text: str) -> list[str | None]:
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return [m.actor.id if m.actor else None for m in doc.mentions if m.text == "Kamer"]


def test_bare_kamer_is_the_tweede_kamer(make_doc):
    text = sentence("dpg2019", "verantwoording aflegt in de Kamer")
    assert _kamer(make_doc, text) == ["tweede-kamer"]


def test_kamer_after_the_eerste_kamer_is_the_senate(make_doc):
    text = " ".join([sentence("dpg2019", "het verlies van de meerderheid in de Eerste Kamer"),
                     sentence("dpg2019", "steeds op zoek moet naar steun in de Kamer")])
    assert _kamer(make_doc, text) == ["eerste-kamer"]


def test_chamber_of_commerce_is_left_alone(make_doc):
    doc = make_doc(sentence("dpg2019", "Dat meldt de Kamer van Koophandel"),
                   published="2019-03-20")
    annotate(doc)
    assert not any(m.actor is not None and m.actor.id in {"tweede-kamer", "eerste-kamer"}
                   for m in doc.mentions)
