"""A colon inside reported content: a verbless elaboration after it belongs to the content,
a new clause with a finite verb or a quote after it does not."""

from __future__ import annotations

from tests.corpus import sentence


def test_verbless_elaboration_after_colon_is_content(quotes_of):
    quotes = quotes_of(sentence("dpg2019", "handhaaft op de afspraken die het met Airbnb heeft"))
    assert [q.text for q in quotes] == [
        "de gemeente handhaaft op de afspraken die het met Airbnb heeft: "
        "maximaal dertig dagen per jaar verhuren"]


def test_clause_after_colon_is_not_content(quotes_of):
    # hand-written negative: a finite verb after the colon opens a new clause
    quotes = quotes_of("Jan de Vries zegt dat het goed gaat: hij heeft de wedstrijd gewonnen.")
    assert [q.text for q in quotes] == ["het goed gaat"]
