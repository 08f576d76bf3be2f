"""A bare surname after the article named someone else in full with it is that person,
not the KB's namesake (names.py `_other_person_named_before`)."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate
from kroniek.model import Document


def linked(make_doc, text: str, published: str) -> Document:
    doc = make_doc(text, published=published)
    annotate(doc)
    return doc


def ids(doc: Document, text: str) -> list[str | None]:
    return [m.actor.id if m.actor else None for m in doc.mentions
            if m.is_entity and m.text == text]


def test_surname_after_a_local_full_name_is_the_local_person(make_doc):
    # Wopke Hoekstra was minister of Finance in April 2019; the artist is someone else.
    text = " ".join([sentence("dpg2019", "Kunstenaar Sven Hoekstra maakte ook de officiële"),
                     sentence("dpg2019", "simpelweg omdat Hoekstra niet om hem heen kon")])
    doc = linked(make_doc, text, "2019-04-08")
    assert ids(doc, "Sven Hoekstra") == ["local:sven-hoekstra"]
    assert ids(doc, "Hoekstra") == ["local:sven-hoekstra"]


def test_bare_surname_without_another_full_name_stays_the_kb_person(make_doc):
    # negatives: the KB person named in full, or by office and surname only
    doc = linked(make_doc, "Minister Wopke Hoekstra presenteerde de begroting. "
                 "Hoekstra verwacht groei.", "2019-09-17")
    assert set(ids(doc, "Hoekstra")) == {"wopke-hoekstra"}
    doc = linked(make_doc, "Het kabinet sprak over de begroting. Minister Hoekstra "
                 "verwacht groei.", "2019-09-17")
    assert set(ids(doc, "Hoekstra")) == {"wopke-hoekstra"}
