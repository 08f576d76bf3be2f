"""A speaker saying that a named other failed a duty or broke a rule accuses them (PLOVER
ACCUSE, allege: events/allegation.py); real DPG 2019 sentences, hand-written negatives."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_a_ministry_saying_an_ambassador_meddled_accuses_him(code):
    text = " ".join([sentence("dpg2019", "Venezuela zet de Duitse ambassadeur"),
                     sentence("dpg2019", "zegt op zijn website dat Kriener zich heeft bemoeid")])
    found = triples(code(text, "2019-03-07"))
    assert ("ACCUSE", "Ministry of Foreign Affairs of Venezuela", "Daniel Martin Kriener") in found


def test_an_ngo_saying_a_state_is_guilty_of_a_violation_accuses_it(code):
    text = sentence("dpg2019", "Een woordvoerder van Amnesty International zegt dinsdag")
    assert ("ACCUSE", "Amnesty International", "Netherlands") in triples(code(text, "2019-03-26"))


def test_a_courts_finding_of_discrimination_accuses_the_municipality(code):
    text = sentence("dpg2019", "Volgens de rechtbank heeft Almelo zich schuldig gemaakt")
    assert any(e.type == "ACCUSE" and e.recipient is not None and e.recipient.name == "Almelo"
               for e in code(text, "2019-03-27"))


def test_something_that_went_wrong_accuses_no_one(code):
    text = sentence("dpg2019", "wat fout is gegaan en welke lessen we kunnen trekken")
    assert not [e for e in code(text, "2019-03-20") if e.type == "ACCUSE"]


def test_a_speaker_on_their_own_government_admits_rather_than_accuses(code):
    # hand-written negative: the prime minister on his own cabinet
    assert not [e for e in code("Rutte zegt dat het kabinet fouten heeft gemaakt.",
                                "2019-03-20") if e.type == "ACCUSE"]


def test_a_denial_accuses_no_one(code):
    # hand-written negative: the claim is negated
    assert not [e for e in code("Wilders zegt dat Rutte niet heeft gefaald.", "2019-03-20")
                if e.type == "ACCUSE"]
