"""A court named by its noun and seat with a preposition (`de rechtbank in Utrecht`) is the
court the KB names `rechtbank Utrecht` (kb_load.py `_seat_aliases`), and the European
political parties are in the KB (orgs/foreign.yaml). Real DPG 2019 sentences, read by
path (tests/corpus.py); short hand-written sentences are negatives."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate


def linked(make_doc, text: str) -> dict[str, str | None]:
    doc = make_doc(text, published="2019-04-01")
    annotate(doc)
    return {m.text: m.actor.name if m.actor else None for m in doc.mentions}


def test_a_court_named_with_in_and_its_seat(make_doc):
    names = linked(make_doc, sentence("dpg2019", "De rechtbank in Utrecht ziet een gebrek"))
    assert names.get("rechtbank in Utrecht") == "Central Netherlands District Court"


def test_a_court_named_with_van_and_its_seat(make_doc):
    names = linked(make_doc, "De zaak diende gisteren bij de rechtbank van Breda.")
    assert names.get("rechtbank van Breda") == "Zeeland-West-Brabant District Court"


def test_a_foreign_court_is_not_a_dutch_one(make_doc):
    names = linked(make_doc, "De zaak diende gisteren bij de rechtbank in Krefeld.")
    assert not any(name and "District Court" in name for name in names.values())


def test_the_european_peoples_party_by_its_dutch_name_and_abbreviation(make_doc):
    names = linked(make_doc, sentence("dpg2019", "lid van de christendemocratische Europese Volkspartij"))
    assert names.get("Europese Volkspartij") == "European People's Party"
    assert names.get("EVP") == "European People's Party"
