"""A purpose carried out by a completed journey (events/embedded.py `realised_purpose`),
on real DPG 2019 sentences, and the purposes that stay unreal."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_going_in_to_speak_with_residents_is_a_meeting(code):
    # `Halsema ging ... naar binnen om met de bewoners van het flink gehavende pand te
    # spreken`: she went in and spoke with them.
    found = code(sentence("dpg2019", "Halsema ging bij nummer 85"), "2019-03-19")
    assert [e for e in found if e.type == "CONSULT" and e.actor.name == "Femke Halsema"
            and e.recipient is not None and e.status == "reported"]


def test_gathering_to_campaign_is_a_protest(code):
    # Frog hangs `om` under the purpose verb itself; the gathering is what governs it.
    found = code(sentence("dpg2019", "verzamelden meer dan tienduizend scholieren zich"),
                 "2019-02-11")
    assert [e for e in found if e.type == "PROTEST" and e.status == "reported"]


def test_a_planned_journey_leaves_its_purpose_unreal(code):
    found = code("Premier Mark Rutte gaat morgen naar Brussel om met Jean-Claude Juncker te "
                 "praten.", "2019-03-19")
    assert ("CONSULT", "Mark Rutte", "Jean-Claude Juncker") not in triples(found)


def test_an_outcome_sought_by_a_journey_is_not_an_act(code):
    # A deal one travelled to close is not closed by travelling.
    found = code("Premier Mark Rutte reisde naar Brussel om een akkoord met Jean-Claude "
                 "Juncker te sluiten.", "2019-03-19")
    assert not [e for e in found if e.type in {"AGREE", "SUPPORT"}]


def test_meeting_to_close_a_deal_signs_nothing(code):
    # Signing a deal is SUPPORT in the lexicon; meeting to close one does not close it.
    found = code("Zelensky en Trump kwamen gisteren samen om een deal te sluiten over "
                 "Oekraïense grondstoffen.", "2025-03-01")
    assert not [e for e in found if e.type == "SUPPORT"]


def test_agreeing_to_talk_is_no_journey(code):
    # `akkoord gaan` has no direction: `gaan` is no journey here.
    found = code("Premier Mark Rutte ging ermee akkoord om met Geert Wilders te praten.",
                 "2019-03-19")
    assert ("CONSULT", "Mark Rutte", "Geert Wilders") not in triples(found)


def test_a_proposal_to_talk_is_no_talk(code):
    # The `om`-clause belongs to the noun `voorstel`.
    found = code("Premier Mark Rutte kwam met het voorstel om met Geert Wilders te praten.",
                 "2019-03-19")
    assert ("CONSULT", "Mark Rutte", "Geert Wilders") not in triples(found)
