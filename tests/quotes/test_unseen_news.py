"""Attribution frames of DPG 2019 news nobody developed on (the blind quote annotations
of the silver sets, checked on the 473 DPG articles of dpg500): `…, zo meldt X`, the
attribution with `zo` in first position.

Real sentences read by a fragment from `../shared/corpus/dpg2019` (tests/corpus.py);
hand-written sentences only as negatives.
"""

from __future__ import annotations

from tests.corpus import sentence

DPG = "dpg2019"


def test_zo_before_the_inverted_cue_attributes_the_clause_before(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "zo meldt de Duitse politie nu"))
    assert [(q.kind, q.cue, q.speaker_text) for q in quotes] == [
        ("indirect", "melden", "de Duitse politie")]
    assert quotes[0].text.startswith("Een 28-jarige man uit Den Bosch")


def test_zo_after_a_quote(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "zo bepleitte Klaassen"))
    assert [(q.kind, q.speaker_text) for q in quotes] == [("direct", "Klaassen")]


def test_zo_after_a_bare_subject_is_no_attribution_of_it(quotes_in_march):
    # `Brexiteer Andrea Leadsom, zo meldde de BBC, klaagde … dat …`: `zo` points back
    # to a clause; before the comma stands only the subject, whose own cue speaks
    quotes = quotes_in_march(sentence(DPG, "zo meldde de BBC, klaagde"))
    assert [q.speaker_text for q in quotes] == ["Brexiteer Andrea Leadsom"]


def test_zo_after_a_verbless_phrase_is_no_attribution(quotes_in_march):
    # `Gewoon de tondeuse erover, zo zien de gevangenisautoriteiten … het het liefst`:
    # no clause before the comma for `zo` to point back to
    quotes = quotes_in_march(sentence(DPG, "Gewoon de tondeuse erover, zo zien"))
    assert quotes == []
