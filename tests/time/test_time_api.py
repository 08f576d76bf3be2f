"""The API the event layer dates its events with."""

from __future__ import annotations

import pytest

from kroniek.model import Timex
from kroniek.syntax import clause_verb
from kroniek.time.annotate import annotate, context_timex, event_date, governing_timex


@pytest.mark.frog
def test_governing_timex_of_main_clause(make_doc):
    doc = make_doc("Zelensky heeft vrijdag ook met de Amerikaanse vicepresident JD Vance gesproken.")
    annotate(doc)
    verb = next(t.i for t in doc.tokens if t.lemma == "spreken")
    timex = governing_timex(doc, [verb])
    assert timex is not None and timex.text == "vrijdag"
    assert event_date(doc, timex) == "2025-11-21"


@pytest.mark.frog
def test_duration_does_not_date_a_clause(make_doc):
    doc = make_doc("De onderhandelingen duurden drie jaar.", published="2025-03")
    annotate(doc)
    verb = clause_verb(doc, next(t.i for t in doc.tokens if t.lemma == "duren"))
    assert governing_timex(doc, [verb]) is None
    assert event_date(doc, None) == "2025-03"


def test_event_date_cuts_part_of_day(make_doc):
    doc = make_doc("Door de afspraken van maandagavond is vrede dichterbij.", published="2025-12-16")
    timex = Timex("maandagavond", 0, 12, "TIME", "2025-12-15TEV", "published")
    assert event_date(doc, timex) == "2025-12-15"
    assert event_date(doc, Timex("enkele weken", 0, 5, "DATE", "PAST_REF", "published")) == "2025-12-16"


CONTEXT = [
    # the scene dated in the sentence before, the same paragraph
    ("Eerder deze week sprak de minister in Brussel. Hij zei dat de steun doorgaat.", "zeggen", "2025-W47"),
    # a vague `nu` does not date the scene; the week before it does
    ("Eerder deze week sprak de minister in Brussel. Hij heeft nu al concessies gedaan.", "doen", "2025-W47"),
    # a year is background, not the scene
    ("In 2014 annexeerde Rusland de Krim. Hij zei dat de steun doorgaat.", "zeggen", None),
    # carried into the next paragraph, not further
    ("Eerder deze week sprak de minister in Brussel.\n\nHij zei dat de steun doorgaat.", "zeggen", "2025-W47"),
    ("Eerder deze week sprak de minister in Brussel.\n\nDe Kamer debatteert.\n\nHij zei dat de steun doorgaat.",
     "zeggen", None),
]  # fmt: skip


@pytest.mark.frog
@pytest.mark.parametrize(("text", "lemma", "value"), CONTEXT)
def test_context_timex(make_doc, text, lemma, value):
    doc = make_doc(text)
    annotate(doc)
    verb = next(t.i for t in doc.tokens if t.lemma == lemma)
    timex = context_timex(doc, [verb])
    assert (timex.value if timex else None) == value
