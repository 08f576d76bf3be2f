"""An attack named only by its place (events/attacks.py) on real DPG 2019 sentences."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_a_known_attack_named_by_its_place_is_an_assault(code):
    text = sentence("dpg2019", "Na de schietpartij in Utrecht wilden partijen")
    found = triples(code(text, "2019-03-20"))
    assert ("ASSAULT", "dader van de schietpartij in Utrecht",
            "slachtoffers van de schietpartij in Utrecht") in found


def test_an_indefinite_attack_is_no_known_attack(code):
    # `De kans op een aanslag in Nederland blijft reëel`: a risk, not an attack.
    text = sentence("dpg2019", "De kans op een aanslag in Nederland blijft")
    assert not [e for e in code(text, "2019-03-20") if e.type == "ASSAULT"]


def test_an_attack_without_a_place_has_no_described_perpetrator(code):
    text = "Na de aanslag riep de premier op tot kalmte."
    assert not [e for e in code(text, "2019-03-20") if e.actor.name.startswith("dader")]


def test_a_known_attack_is_before_the_article_and_dated_only_by_its_own_phrase(code):
    # The clause around it (`wilden ... verder`) is the article's day; the attack is not.
    text = sentence("dpg2019", "Na de schietpartij in Utrecht wilden partijen")
    [attack] = [e for e in code(text, "2019-03-20") if e.type == "ASSAULT"]
    assert (attack.status, attack.date) == ("historical", None)


def test_a_known_attack_takes_the_year_its_phrase_states(code):
    text = sentence("dpg2019", "Aanleiding waren de terroristische aanslagen in Parijs in 2015")
    [attack] = [e for e in code(text, "2019-02-12") if e.type == "ASSAULT"]
    assert (attack.status, attack.date, attack.actor.country) == ("historical", "2015", "FRA")


def test_a_known_attack_with_its_date_before_its_place_is_dated(code):
    text = sentence("dpg2019", "de aanslag van afgelopen maandag in Utrecht")
    [attack] = [e for e in code(text, "2019-03-25") if e.type == "ASSAULT"]
    assert (attack.actor.name, attack.status, attack.date) == (
        "dader van de aanslag in Utrecht", "historical", "2019-03-18")


def test_a_known_attack_with_a_date_and_no_place_has_no_described_perpetrator(code):
    text = sentence("dpg2019", "de aanslag van maandag 'wel een effect gehad'")
    assert not [e for e in code(text, "2019-03-21") if e.actor.name.startswith("dader")]


def test_an_indefinite_attack_with_a_date_and_a_place_is_no_known_attack(code):
    text = sentence("dpg2019", "een steekpartij zaterdag in een café")
    assert not [e for e in code(text, "2019-03-21") if e.actor.name.startswith("dader")]
