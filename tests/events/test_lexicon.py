"""Loading the event lexicon's data files (events/lexicon.py)."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.lexicon import load_lexicon as load_link_lexicon
from kroniek.events.lexicon import _merged, load_lexicon


def test_a_word_list_defined_in_two_files_is_an_error():
    # `place_prepositions` once stood in lexicon_justice.yaml and participants.yaml, and
    # the later file silently replaced the justice layer's list.
    with pytest.raises(ValueError, match="place_prepositions"):
        _merged([{"place_prepositions": ["in"]}, {"place_prepositions": ["uit"]}])


def test_the_act_place_and_group_place_lists_are_their_own():
    # Where an act happened is the actor layer's list (actors/place.py), shared with the
    # bodies a bare noun names; where people are from is the event layer's own.
    acts = load_link_lexicon().act_place_prepositions
    assert "nabij" in acts
    assert "uit" in load_lexicon().word_set("place_prepositions")
    assert "uit" not in acts


def test_working_with_someone_on_a_plan_is_talks(code):
    # (`We werken met een investeerder aan een oplossing` has the frame too, but one
    # unnamed private person is no counterpart: test_unfit_actors.py.)
    events = code(sentence("seeds", "werkt met Europese leiders aan"), "2025-11-23")
    assert [e for e in events if e.type == "CONSULT" and e.recipient is not None]


def test_working_with_people_is_no_event(code):
    # employment, not a meeting: `ondernemers die werken met gedreven mensen`
    events = code(sentence("dpg2019", "ondernemers die werken met gedreven mensen"),
                  "2019-03-09")
    assert not [e for e in events if e.type == "CONSULT"]


def test_blaming_a_fact_is_no_event(code):
    # an explanation, not an accusation: nothing the researchers blame is an actor
    events = code(sentence("dpg2019", "De onderzoekers wijten de kloof tussen intenties"),
                  "2019-03-09")
    assert not [e for e in events if e.type == "ACCUSE"]
