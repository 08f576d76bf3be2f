"""A later mention of a name the article linked before is the same actor (actors/local.py):
the first word of an organisation named in full (`Kalitta` after `Kalitta Air`), the same
name again whatever entity type Frog gives it, and a double surname without particles
(`Groot Wassink` after `Rutger Groot Wassink`).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl. Short hand-written sentences are negatives.
"""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate
from kroniek.model import Document


def linked(make_doc, text: str, published: str) -> Document:
    doc = make_doc(text, published=published)
    annotate(doc)
    return doc


def ids(doc: Document, text: str) -> set[str | None]:
    return {m.actor.id if m.actor else None for m in doc.mentions
            if m.is_entity and m.text == text}


def test_first_word_of_an_organisation_named_before(make_doc):
    text = " ".join([sentence("dpg2019", "de vrachtjumbo van het Amerikaanse Kalitta Air"),
                     sentence("dpg2019", "Afgelopen november werd Kalitta helemaal")])
    doc = linked(make_doc, text, "2019-03-15")
    assert ids(doc, "Kalitta") == ids(doc, "Kalitta Air") == {"local:kalitta-air"}


def test_the_same_name_again_is_the_same_actor(make_doc):
    text = " ".join([sentence("dpg2019", "Daarnaast gaat Tata iets doen tegen de stofuitstoot"),
                     sentence("dpg2019", "klagen al lange tijd over de uitstoot van Tata en")])
    doc = linked(make_doc, text, "2019-03-30")
    assert ids(doc, "Harsco") == {"local:harsco"}


def test_a_double_surname_without_particles(make_doc):
    text = " ".join([sentence("dpg2019", "Dat betekent dat Rutger Groot Wassink dit voorjaar"),
                     sentence("dpg2019", "Daar komt bij dat Groot Wassink ook wethouder")])
    doc = linked(make_doc, text, "2019-04-10")
    assert ids(doc, "Groot Wassink") == {"local:rutger-groot-wassink"}


def test_a_generic_organisation_head_is_not_the_organisation(make_doc):
    # negative: `Universiteit` alone is not `Universiteit Utrecht` (organisation_heads)
    doc = linked(make_doc, "Hanssen is door de Universiteit Utrecht op non-actief gezet. "
                 "Universiteit is voor hem een tweede thuis.", "2019-03-25")
    assert ids(doc, "Universiteit") <= {None}
