"""A frequent Dutch adverb or adjective that opens a sentence is no KB name (names.py
`_capital_of_a_common_word`): `Snel inchecken` is no mention of Menno Snel."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def linked(make_doc, text: str, word: str) -> list[str]:
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return [m.actor.id for m in doc.mentions if m.text == word and m.actor is not None]


def test_sentence_opening_adverb_is_no_surname(make_doc):
    assert linked(make_doc, sentence("dpg2019", "Snel inchecken en het perron op"),
                  "Snel") == []


def test_surname_after_the_office_stays_linked(make_doc):
    # negative: mid-sentence, after the office noun, it is the state secretary
    text = sentence("dpg2019", "Staatssecretaris Snel verwerpt")
    assert linked(make_doc, text, "Snel") == ["menno-snel"]
