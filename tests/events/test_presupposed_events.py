"""A known attack under a verb of talk or purpose has happened (events/embedded.py
`presupposed`), on real DPG 2019 sentences; indefinite and unplaced event nouns under
`over` stay topics."""

from __future__ import annotations

from coding import triples

from corpus import sentence

UTRECHT = ("ASSAULT", "dader van de aanslag in Utrecht", "slachtoffers van de aanslag in Utrecht")


def test_a_known_attack_talked_about_is_an_assault(code):
    text = sentence("dpg2019", "iets mochten zeggen over de aanslag in Utrecht")
    assert UTRECHT in triples(code(text, "2019-03-20"))


def test_a_known_attack_a_passive_talks_about_is_an_assault(code):
    text = sentence("dpg2019", "zeven vragen beantwoord over de aanslag in Utrecht")
    [attack] = [e for e in code(text, "2019-03-20") if e.type == "ASSAULT"]
    assert (attack.actor.name, attack.status) == (UTRECHT[1], "historical")


def test_a_known_attack_in_a_purpose_clause_is_an_assault(code):
    # `de beslissing ... om de verkiezingscampagne stil te leggen na de ... aanslag in Utrecht`
    text = sentence("dpg2019", "om de verkiezingscampagne een dag stil te leggen")
    assert [e for e in code(text, "2019-03-21") if e.type == "ASSAULT"
            and e.actor.name.startswith("dader") and e.actor.country == "NLD"]


def test_an_indefinite_attack_talked_about_stays_a_topic(code):
    text = sentence("dpg2019", "tip binnen gekomen over een eventuele aanslag")
    assert not [e for e in code(text, "2019-03-20") if e.type == "ASSAULT"]


def test_an_indefinite_placed_shooting_talked_about_stays_a_topic(code):
    # `de melding over een schietpartij in een tram`: what the alarm said, no known attack
    text = sentence("dpg2019", "na de melding over een schietpartij in een tram")
    assert not [e for e in code(text, "2019-03-20") if e.type == "ASSAULT"]


def test_a_murder_talked_about_is_not_the_talkers(code):
    # definite and anchored to its victim, but no place names a perpetrator: the clause's
    # subject, who faces the debate, did not murder anyone
    text = sentence("dpg2019", "wacht vandaag een zwaar debat over de moord op Anne Faber")
    assert not [e for e in code(text, "2019-03-20") if e.type == "ASSAULT"]
