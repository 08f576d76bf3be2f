"""`<party>-<person noun>` compounds: the party is named (link_lexicon.yaml
`person_nouns`), and a person Frog merged into the same token is a person of their own
(merged.py `link_person_after_compound`), so quotes go to them, not to the party."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate
from kroniek.model import Document


def linked(make_doc, text: str, published: str = "2019-04-01") -> Document:
    doc = make_doc(text, published=published)
    annotate(doc)
    return doc


def names(doc: Document) -> dict[str, str | None]:
    return {m.text: (m.actor.id if m.actor else None) for m in doc.mentions if m.is_entity}


def test_party_and_person_in_one_merged_token(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "zegt SP-Kamerlid Sandra Beckerman"))
    found = names(doc)
    assert found.get("SP") == "socialist-party"
    assert found.get("Sandra Beckerman") == "local:sandra-beckerman"


def test_person_with_particles_after_a_merged_first_name(make_doc):
    # Frog: `SP-Kamerlid Jasper` | `van` | `Dijk`
    doc = linked(make_doc, sentence("dpg2019", "SP-Kamerlid Jasper van Dijk verwacht dat dat verandert"))
    found = names(doc)
    assert found.get("Jasper van Dijk") == "local:jasper-van-dijk"
    assert "Dijk" not in found


def test_kb_person_after_a_party_premier(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "Zo kregen bedreigers van onder anderen D66-leider"),
                 published="2019-03-27")
    found = names(doc)
    assert found.get("VVD") == "people-s-party-for-freedom-and-democracy"
    assert found.get("Mark Rutte") == "mark-rutte"
    assert found.get("BIJ1") == "bij1"


def test_compound_naming_a_thing_is_no_party_mention(make_doc):
    doc = linked(make_doc, "Het VVD-congres stemde zaterdag in met het verkiezingsprogramma.")
    assert "VVD" not in names(doc)


def test_multiword_party_before_a_person_noun(make_doc):
    # tokens `Forum` `voor` `Democratie-aanvoerder`: the party, not `Forum` alone
    doc = linked(make_doc, sentence("dpg2019", "de Forum voor Democratie-aanvoerder dood"),
                 published="2019-03-27")
    found = names(doc)
    assert found.get("Forum voor Democratie") == "forum-for-democracy"
    assert "Forum" not in found
