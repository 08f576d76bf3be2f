"""The owner of a body part an act of violence is done to is its victim (participants.py
`slot_heads`, slot `obj1-of`; data/participants.yaml `body_parts`)."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_the_owner_of_the_nose_and_mouth_is_the_victim(code):
    text = " ".join([
        sentence("dpg-dev", "Nadat ze uit wroeging over het doden van haar negen maanden"),
        sentence("dpg-dev", "Ze zou de neus en de mond van de baby")])
    assert ("ASSAULT", "Sylvia R.", "de baby") in triples(code(text, "2019-04-03"))


def test_a_door_pushed_shut_is_no_violence(code):
    # hand-written negative: no body part, no owner, no victim
    assert not [e for e in code("De agent duwde de deur van de woning dicht.", "2019-04-03")
                if e.type == "ASSAULT"]
