"""A meeting told in the present with a time word of the paper's own day still ahead
(`vandaag`, `vanavond`; status.yaml `same_day_ahead`) is announced: AGREE, future
(events/records.py `_later_today`; spec: a planned meeting is AGREE with status future).
Real sentences, read by path."""

from __future__ import annotations

from coding import seed_sentence

from corpus import sentence


def test_a_debate_today_is_planned(code):
    text = sentence("dpg2019", "De Tweede Kamer debatteert waarschijnlijk vandaag al met Hoekstra")
    events = code(text, "2019-03-05")
    assert [(e.type, e.status) for e in events] == [("AGREE", "future")]


def test_a_dinner_today_is_planned(code):
    text = sentence("dpg2019", "Donald Trump en Kim Jong-un dineren vandaag in Hanoi")
    events = code(text, "2019-02-27")
    assert events and all((e.type, e.status) == ("AGREE", "future") for e in events)


def test_a_meeting_told_in_the_perfect_was_held(code):
    events = code(seed_sentence("Zelensky heeft vrijdag ook met de Amerikaanse"), "2025-11-22")
    assert any(e.type == "CONSULT" for e in events)


def test_a_meeting_with_no_word_of_the_day_stays_a_meeting(code):
    text = sentence("dpg2019", "ING is daarom direct in gesprek gegaan met de Italiaanse")
    assert any(e.type == "CONSULT" for e in code(text, "2019-03-20"))


def test_a_meeting_this_afternoon_named_by_the_weekday_is_planned(code):
    # Tuesday's paper: `dinsdagmiddag` is still ahead (status.yaml `same_day_ahead_parts`)
    text = sentence("dpg2019", "De scholieren achter het spijbelprotest gaan dinsdagmiddag")
    events = code(text, "2019-02-12")
    assert events and all((e.type, e.status) == ("AGREE", "future") for e in events)


def test_the_same_afternoon_a_day_later_was_held(code):
    # negative: in Wednesday's paper Tuesday afternoon has passed
    text = sentence("dpg2019", "De scholieren achter het spijbelprotest gaan dinsdagmiddag")
    assert all(e.type == "CONSULT" for e in code(text, "2019-02-13"))
