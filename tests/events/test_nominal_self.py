"""A first-person subject of the clause a nominal act sits in, inside a quote, is the
speaker (events/coder.py `_nominal_self`), as it is for a verb's own subject."""

from __future__ import annotations

from coding import triples

from corpus import paragraph, sentence
from kroniek.events.lexicon import load_lexicon
from kroniek.pipeline import Pipeline


def test_we_in_a_quote_meet_as_the_speaker(code):
    found = triples(code(sentence("dpg2019", "We hebben morgen een gesprek met FC Twente"),
                         "2019-04-10"))
    assert {t for t in found if t[1:] == ("Rob Toussaint", "FC Twente")}


def _self_of(make_doc, text: str, published: str, noun: str) -> list[str]:
    from kroniek.events.coder import _nominal_self

    doc = Pipeline().annotate(make_doc(text, published))
    lex = load_lexicon()
    return [a.name for t in doc.tokens if t.text == noun for a in _nominal_self(doc, t, lex)]


def test_we_outside_a_quote_is_nobody_named(make_doc):
    # negative: a reader's letter speaks as `wij` in its own voice; no quote, no speaker
    text = sentence("dpg2019", "gingen wij in gesprek met de school")
    assert _self_of(make_doc, text, "2019-03-15", "gesprek") == []


def test_a_third_person_subject_in_a_quote_is_not_the_speaker(make_doc):
    # negative: `ze` in a quote stands for the asylum seekers, not for who speaks
    text = paragraph("dpg2019", "dat ze naar zo'n speciale opvang gaan")
    assert _self_of(make_doc, text, "2019-03-15", "opvang") == []
