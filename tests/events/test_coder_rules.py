"""Coder rules on real DPG 2019 sentences (events/coder.py)."""

from __future__ import annotations

from corpus import sentence


def test_a_persons_inquiry_without_target_is_no_accusation(code):
    # An informateur exploring which parties can govern investigates nobody.
    text = " ".join([sentence("dpg2019", "Eppie Klein gaat bij waterschap Scheldestromen"),
                     sentence("dpg2019", "Hij zal onderzoeken welke partijen")])
    assert not [e for e in code(text, "2019-04-05") if e.type == "ACCUSE"]


def test_an_institutions_inquiry_without_target_stays(code):
    text = "Het Openbaar Ministerie gaat onderzoeken wat er is gebeurd."
    assert [e for e in code(text, "2019-04-05") if e.type == "ACCUSE"]


def test_a_past_clause_does_not_take_a_coming_scene_date(code):
    # `spreekt vrijdag` dates a meeting still to come; the assurance told in the perfect
    # after it was given before publication, not on that Friday.
    text = " ".join([sentence("dpg2019", "Zadelhoff spreekt vrijdag met de gemeente"),
                     sentence("dpg2019", "Zadelhoff heeft de curatoren verzekerd")])
    found = [e for e in code(text, "2019-04-10") if e.type == "AGREE" and e.recipient
             and "curatoren" in e.recipient.name]
    assert found and found[0].date != "2019-04-12" and found[0].status != "future"


def test_a_partys_attack_on_the_cabinet_is_criticism(code):
    # `het kabinet` is the Dutch government (actor layer); a party attacking it is ACCUSE.
    found = {(e.type, e.actor.name, e.recipient.name if e.recipient else None)
             for e in code(sentence("dpg2019", "Nee, Forum voor Democratie"), "2019-03-20")}
    assert ("ACCUSE", "Forum for Democracy", "Netherlands") in found
