"""Trigger words in figurative or non-political use (events/participants.py
`unfit_actors`, events/triggers.py `_PARTICLE_SENSITIVE`) on real DPG 2019 sentences."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_addressing_a_crowd_is_no_meeting(code):
    # `sprak ... de menigte toe` is toespreken (address), a verb of its own (ANS 22.2).
    text = sentence("dpg2019", "sprak Tom Watson de menigte toe")
    assert not [e for e in code(text, "2019-03-24") if e.type == "CONSULT"]


def test_speaking_with_someone_is_still_a_meeting(code):
    found = triples(code("Premier Mark Rutte sprak dinsdag met bondskanselier Angela Merkel.",
                         "2019-03-24"))
    assert [t for t in found if t[0] == "CONSULT" and t[1] == "Mark Rutte"]
