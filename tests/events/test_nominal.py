"""The agent of a nominal event in its own `door` phrase (events/nominal.py). Real DPG
sentences, read by path."""

from __future__ import annotations

from coding import triples

from corpus import paragraph, sentence


def test_a_door_phrase_names_who_did_the_act(code):
    # `de moord op de kritische journalist Jamal Khashoggi door vijftien Saoedische
    # agenten`: the Saudi state killed him (PLOVER codes state agents as the state).
    found = triples(code(sentence("dpg2019", "de moord op de kritische journalist Jamal"),
                         "2019-03-20"))
    assert ("ASSAULT", "Saudi Arabia", "Jamal Khashoggi") in found


def test_the_agent_of_a_passive_is_not_the_subject_nouns(code):
    # `Het verzoek van de Veenendaalse ... werd gisteren door de rechtbank afgewezen`:
    # Frog hangs the passive's agent on `verzoek`; the court did not ask.
    events = code(paragraph("dpg2019", "Het verzoek van de Veenendaalse"), "2019-02-26")
    requests = [e for e in events if e.type == "REQUEST" and "verzoek" in e.text]
    assert requests and not [e for e in requests if "rechtbank" in e.actor.name.lower()]
