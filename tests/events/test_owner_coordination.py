"""Names coordinated inside the owner phrase of a slot (`klagen over de uitstoot van Tata en
Harsco`) are all owners: one event each (events/arguments.py `first_with_coordinates`).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences are negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_coordinated_owners_are_each_a_recipient(code):
    text = " ".join([sentence("dpg2019", "Daarnaast gaat Tata iets doen tegen de stofuitstoot"),
                     sentence("dpg2019", "klagen al lange tijd over de uitstoot van Tata en")])
    recipients = {e.recipient.name for e in code(text, "2019-03-30")
                  if e.type == "ACCUSE" and e.recipient is not None}
    assert {"Tata", "Harsco"} <= recipients


def test_a_second_name_further_inside_is_no_owner(code):
    # negative: `voor Oekraïne` is what the plan is for, not its owner
    found = triples(code("Zelensky stemde in met het plan van Trump voor Oekraïne.",
                         "2025-11-21"))
    assert not any(r == "Ukraine" for _, _, r in found)
