"""Relatives, members and followers of a named actor as event participants
(events/groups.py) on real DPG 2019 sentences; short hand-written negatives."""

from __future__ import annotations

from coding import triples

from corpus import paragraph, sentence


def _by_name(events, name):
    return [a for e in events for a in (e.actor, e.recipient) if a is not None and a.name == name]


def test_followers_named_by_a_club_compound_are_their_own_group(code):
    # `Ajax-supporters` are not AFC Ajax: a civilian group with the club's country.
    text = sentence("dpg2019", "zijn gisteravond Ajax-supporters aangehouden")
    events = code(text, "2019-04-11")
    assert ("COERCE", "National Police Corps", "Ajax-supporters") in triples(events)
    supporters = _by_name(events, "Ajax-supporters")[0]
    assert (supporters.kind, supporters.country, supporters.sector) == ("group", "NLD", "CVL")


def test_members_of_a_foreign_party_take_its_country_and_sector(code):
    text = sentence("dpg2019", "plaatsten Likud-vrijwilligers 1200 verborgen")
    events = code(text, "2019-04-10")
    volunteers = _by_name(events, "Likud-vrijwilligers")
    assert volunteers and (volunteers[0].country, volunteers[0].sector) == ("ISR", "PTY")
    assert not [e for e in events if e.actor.name == "Likud"]


def test_a_relative_with_a_possessive_is_the_one_called(code):
    # `hij belde zijn moeder`: the mother, not the man who calls (`zijn`), is the other
    # side; a CONSULT is scored in either order.
    text = paragraph("dpg2019", "Onderweg belde hij zijn moeder in Eindhoven")
    found = [{e.actor.name, e.recipient.name} for e in code(text, "2019-03-01")
             if e.type == "CONSULT" and e.recipient is not None]
    assert {"zijn moeder", "Joël S."} in found


def test_a_possessive_inside_a_van_phrase_is_no_owner(code):
    # `Leden van haar kabinet`: `haar` determines `kabinet`; no `Leden van haar` actor.
    text = sentence("dpg2019", "Leden van haar kabinet willen de Britse premier")
    assert not _by_name(code(text, "2019-03-24"), "Leden van haar")


def test_a_relative_named_in_apposition_stays_the_named_person(code):
    text = sentence("dpg2019", "In de documentaire ontmoeten Jan Kloppenburg")
    events = code(text, "2019-03-01")
    assert not [e for e in events if "vader" in e.actor.name.lower() or (
        e.recipient is not None and "vader" in e.recipient.name.lower())]


def test_a_named_conjunct_beside_a_relative_keeps_its_name(code):
    text = "Donald Trump en zijn advocaat bekritiseerden Vladimir Poetin."
    assert any(e.actor.name == "Donald Trump" for e in code(text, "2019-03-01"))


def test_a_lawyer_of_a_named_person_is_not_that_person(code):
    text = ("Willem Vermeulen eist een schadevergoeding. De advocaat van Vermeulen heeft de "
            "gemeente Maasdriel bekritiseerd.")
    found = triples(code(text, "2019-03-01"))
    assert ("ACCUSE", "De advocaat van Vermeulen", "Maasdriel") in found
    assert not [t for t in found if t[0] == "ACCUSE" and t[1] == "Willem Vermeulen"]


def test_a_described_group_keeps_its_numeral(code):
    # `alle tien de parlementariërs`, `Twee mannen`: the count is part of the phrase a
    # reader (and the gold's alias) gives.
    text = sentence("dpg2019", "Twee mannen zijn woensdag door de politie aangehouden")
    assert ("COERCE", "National Police Corps", "Twee mannen") in triples(code(text, "2019-03-14"))


def test_a_group_keeps_the_named_body_of_its_van_phrase(code):
    text = paragraph("dpg2019", "Enkele parlementariërs van regeringspartij FLN")
    events = code(text, "2019-03-28")
    assert [e.actor.country for e in events
            if e.actor.name == "Enkele parlementariërs van regeringspartij FLN"] == ["DZA"]
    assert not [e for e in events if e.actor.name == "FLN"]


def test_an_unlinked_name_in_the_van_phrase_stays_in_the_description(code):
    # `De twee eigenaren van Niva`: without the owner's name the phrase names nobody.
    text = sentence("dpg2019", "De twee eigenaren van Niva werden vorig jaar")
    found = triples(code(text, "2019-03-05"))
    assert any(t[0] == "ACCUSE" and t[2] == "De twee eigenaren van Niva" for t in found)


def test_people_a_demonym_places_are_not_the_state(code):
    # Rescued Dutch and German tourists are not the Netherlands and Germany.
    text = sentence("dpg2019", "De Spaanse autoriteiten hebben een Nederlandse bejaarde")
    events = [e for e in code(text, "2019-03-20") if e.actor.name == "Spain"]
    assert {(e.recipient.name, e.recipient.country) for e in events if e.recipient} == {
        ("een Nederlandse bejaarde vrouw", "NLD"), ("Duitse man", "DEU")}


def test_agents_of_a_state_are_the_state(code):
    # PLOVER codes Russian forces as Russia (participants.yaml state_agent_nouns).
    text = sentence("dpg2019", "Naar schatting honderd Russische militairen")
    assert any(e.actor.name == "Russia" for e in code(text, "2019-03-25"))


def test_a_group_placed_by_a_preposition_takes_the_places_country(code):
    text = sentence("dpg2019", "Terwijl Nederland strijdt tegen jihadisten in Syrië")
    found = [e.recipient for e in code(text, "2019-03-20")
             if e.recipient is not None and e.recipient.name == "jihadisten"]
    assert found and found[0].country == "SYR"


def test_the_owner_in_a_described_subject_is_no_recipient(code):
    # Lawyers of the victim's relatives ask the court for a sentence: Henriquez, named in
    # the subject's own `van`-phrase, is not asked anything.
    text = sentence("dpg2019", "De advocaten van de nabestaanden van Henriquez vroegen")
    assert not [e for e in code(text, "2019-03-20")
                if e.recipient is not None and e.recipient.name == "Henriquez"]


def test_a_nested_owner_phrase_names_the_whole_chain(code):
    text = ("Henriquez overleed in 2014. De advocaten van de nabestaanden van Henriquez "
            "hebben het Openbaar Ministerie bekritiseerd.")
    assert any(e.actor.name == "De advocaten van de nabestaanden van Henriquez"
               for e in code(text, "2019-03-20"))


def test_one_member_of_a_named_body_is_a_described_person(code):
    # `Polen arresteerde een Huawei-werknemer`: the employee is arrested, placed in
    # Huawei's country, not left out nor read as the company.
    events = code(sentence("dpg2019", "Polen arresteerde een Huawei-werknemer"), "2019-02-12")
    recipients = {(e.recipient.name, e.recipient.country) for e in events
                  if e.type == "COERCE" and e.recipient is not None}
    assert recipients == {("een Huawei-werknemer", "CHN")}


def test_a_stateless_people_acts_by_its_people_noun(code):
    # `dat de Syrische Koerden enkele Franse jihadisten aan Irak hebben uitgeleverd`
    events = code(sentence("dpg2019", "de Syrische Koerden enkele Franse jihadisten"),
                  "2019-02-27")
    assert "Kurds" in {e.actor.name for e in events if e.type == "COERCE"}
