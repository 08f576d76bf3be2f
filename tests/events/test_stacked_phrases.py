"""An event noun's own phrase that Frog hangs on the object of its `van` phrase
(events/phrases.py `_stacked_prepositions`). Real DPG sentences, read by path."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_a_met_phrase_under_the_last_van_conjunct_is_the_nouns(code):
    # `de combinatie van SGP en PvdA met Leefbaar Reimerswaal`: Frog hangs `met` on
    # `PvdA`; both parties govern with the local party.
    found = triples(code(sentence("dpg2019", "combinatie van SGP en PvdA met"), "2019-03-28"))
    assert ("COOPERATE", "Reformed Political Party", "Leefbaar Reimerswaal") in found
    assert ("COOPERATE", "Labour Party", "Leefbaar Reimerswaal") in found


def test_a_tegen_phrase_under_the_van_object_is_the_nouns(code):
    # `Een collectieve aangifte van de voltallige oppositie tegen oud-wethouder Adriaan
    # Visser`: the complaint is against Visser, not a phrase of `oppositie`.
    events = code(sentence("dpg2019", "collectieve aangifte van de voltallige oppositie"),
                  "2019-03-01")
    assert any(e.type == "ACCUSE" and e.recipient is not None
               and e.recipient.name == "Adriaan Visser" for e in events)


def test_a_phrase_inside_a_clause_on_the_van_object_is_not_the_nouns(code):
    # The `met` phrase belongs to the relative clause's verb (`sprak`), not to `overleg`:
    # the failed talks are not coded as talks with the CDA.
    events = code("Het overleg van de VVD, die eerder met het CDA sprak, mislukte.",
                  "2019-03-01")
    assert not [e for e in events if e.trigger == "overleg" and e.recipient is not None]
