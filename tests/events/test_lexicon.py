"""Loading the event lexicon's data files (events/lexicon.py)."""

from __future__ import annotations

import pytest

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
