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


def test_a_party_storming_the_provincial_states_is_an_election_result(code):
    text = sentence("dpg2019", "geen luchtkastelen: Forum voor Democratie bestormt")
    assert not [e for e in code(text, "2019-03-21") if e.type == "ASSAULT"]


def test_a_state_shelling_targets_is_still_an_assault(code):
    text = sentence("dpg2019", "bestookte zeker honderd doelen in de dichtbevolkte")
    found = triples(code(text, "2019-03-25"))
    assert [t for t in found if t[0] == "ASSAULT" and t[1] == "Israel"]


def test_a_hurricane_is_no_attacker(code):
    text = sentence("dpg2019", "werd Mozambique getroffen door de orkaan Eline")
    assert not [e for e in code(text, "2019-03-18") if e.type == "ASSAULT"]


def test_a_rebel_leader_with_a_role_is_still_an_attacker(code):
    # Hand-written negative: the role in apposition is a person's, not a hazard's.
    text = "In februari werd Mozambique aangevallen door rebellenleider Afonso Dhlakama."
    found = triples(code(text, "2019-03-18"))
    assert ("ASSAULT", "Afonso Dhlakama", "Mozambique") in found


def test_working_with_an_unnamed_investor_is_no_meeting(code):
    # One unnamed private person (`een investeerder`) is no political counterpart.
    text = sentence("dpg2019", "We werken met een investeerder aan een oplossing")
    assert not [e for e in code(text, "2019-03-20") if e.type == "CONSULT"]


def test_a_meeting_with_an_unnamed_delegation_stays(code):
    # Hand-written negative: a delegation is a group, placed by its nationality.
    found = triples(code("Premier Mark Rutte sprak dinsdag met een Russische delegatie.",
                         "2019-03-20"))
    assert ("CONSULT", "Mark Rutte", "Russia") in found
