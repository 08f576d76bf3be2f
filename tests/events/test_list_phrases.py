"""A comma joins the items of a list in a prepositional phrase, not the clause after it
(events/phrases.py `_clause_follows`, ANS 26.3). Real sentences, read by path."""

from __future__ import annotations

from coding import seed_sentence, triples

from corpus import sentence


def test_the_clause_after_the_comma_is_no_recipient(code):
    text = sentence("dpg2019", "VVD en CDA reageren ronduit negatief op het plan")
    found = triples(code(text, "2019-03-01"))
    assert not any(t[2] == "Christian Union" for t in found)


def test_a_list_closed_by_en_keeps_its_last_items(code):
    text = sentence("dpg2019", "Nu flirten Rutte, Buma en Jetten al voorzichtig met Klaver")
    found = triples(code(text, "2019-03-20"))
    assert ("AGREE", "Mark Rutte", "Lodewijk Asscher") in found
    text = seed_sentence("Maar na overleg met de belangrijkste Europese leiders")
    found = triples(code(text, "2025-12-15"))
    assert any(t[0] == "CONSULT" and t[2] == "Volodymyr Zelensky" for t in found)
