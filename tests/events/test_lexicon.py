"""Loading the event lexicon's data files (events/lexicon.py)."""

from __future__ import annotations

import pytest

from kroniek.events.lexicon import _merged, load_lexicon


def test_a_word_list_defined_in_two_files_is_an_error():
    # `place_prepositions` once stood in lexicon_justice.yaml and participants.yaml, and
    # the later file silently replaced the justice layer's list.
    with pytest.raises(ValueError, match="place_prepositions"):
        _merged([{"place_prepositions": ["in"]}, {"place_prepositions": ["uit"]}])


def test_the_justice_and_group_place_lists_are_their_own():
    lex = load_lexicon()
    assert "nabij" in lex.word_set("act_place_prepositions")
    assert "uit" in lex.word_set("place_prepositions")
    assert "uit" not in lex.word_set("act_place_prepositions")
