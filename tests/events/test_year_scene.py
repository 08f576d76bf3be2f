"""A year told in the past dates the clauses narrated on after it in its paragraph, but
not from a relative clause (events/event_date.py `_past_month`). Real DPG sentences."""

from __future__ import annotations

from corpus import sentence


def test_a_consequence_told_after_a_past_year_takes_that_year(code):
    # `Na de gemeenteraadsverkiezingen werd hij vorig jaar aangesteld als informateur in
    # Reimerswaal. Dat leidde tot de verrassende combinatie van SGP en PvdA met ...`: the
    # coalition was formed last year, not in the week of the article's election.
    text = " ".join([sentence("dpg2019", "De partij kwam vorige week als winnaar"),
                     sentence("dpg2019", "werd hij vorig jaar aangesteld als informateur"),
                     sentence("dpg2019", "combinatie van SGP en PvdA met")])
    events = [e for e in code(text, "2019-03-26") if e.trigger == "combinatie"]
    assert events and all(e.date == "2018" for e in events)


def test_a_year_in_a_relative_clause_dates_no_scene(code):
    # `het Haagse restaurant waar de VVD-prominent in 1977 ... tafelde`: the year dates the
    # restaurant's history; Wiegel dined with Baudet on Saturday evening.
    text = " ".join([sentence("dpg2019", "Toch gingen ook de gedachten van Hans Wiegel"),
                     sentence("dpg2019", "dineerde Wiegel deze keer")])
    events = [e for e in code(text, "2019-03-25") if e.trigger == "dineren"]
    assert events and all(e.date != "1977" for e in events)
