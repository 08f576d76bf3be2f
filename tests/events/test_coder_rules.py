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
