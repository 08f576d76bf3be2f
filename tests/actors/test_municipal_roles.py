"""`de burgemeester` resolves to a town's mayor only when the town is known: a `van`
phrase naming a town the KB lacks stops the fall-back to the article's most named town."""

from __future__ import annotations

from tests.corpus import paragraph

from kroniek.actors.link import annotate


def test_mayor_of_a_town_the_kb_lacks_is_no_other_mayor(make_doc):
    # `de burgemeester van de plaats Cairo` (Alabama) is not the mayor of the Dutch
    # town the article seems to name most
    doc = make_doc(paragraph("dpg2019", "meldde de burgemeester van de plaats Cairo"))
    annotate(doc)
    mayors = [m for m in doc.mentions if m.text == "de burgemeester"]
    assert mayors and all(m.actor is None for m in mayors)
