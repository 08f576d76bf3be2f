"""A surname that keeps its particle (`De Jonge`, `Van der Bellen`) is no mention of the
person without it (names.py `_link_person_word`, merged.py `particle_left_off`); Frog's
sentence-initial `De` + `Jonge` is the surname `De Jonge` (names.py `_particle_and_surname`)."""

from __future__ import annotations

from corpus import sentence
from kroniek.actors.link import annotate
from kroniek.model import Document


def linked(make_doc, text: str, published: str) -> Document:
    doc = make_doc(text, published=published)
    annotate(doc)
    return doc


def names(doc: Document) -> dict[str, str | None]:
    return {m.text: m.actor.name if m.actor else None for m in doc.mentions if m.is_entity}


def test_word_without_its_particle_is_not_the_person(make_doc):
    # Alexander Van der Bellen (Austria) is in the KB; `bellen` is the verb to call
    doc = linked(make_doc, sentence("dpg2019", "Bellen met de PVV is zinloos"), "2019-03-21")
    assert "Bellen" not in names(doc)


def test_other_first_name_before_particle_and_surname(make_doc):
    # Freek de Jonge (a comedian) is not Hugo de Jonge (minister in 2019)
    doc = linked(make_doc, sentence("dpg2019", "Freek de Jonge onderbrak op het Boekenbal"),
                 "2019-03-25")
    found = names(doc)
    assert "Jonge" not in found
    assert "Hugo de Jonge" not in found.values()


def test_capitalised_particle_and_surname_are_one_name(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "De Jonge heeft een hoge aaibaarheidsfactor"),
                 "2019-01-21")
    assert names(doc).get("De Jonge") == "Hugo de Jonge"
    assert "Jonge" not in names(doc)


def test_surname_with_particle_after_the_full_name_stays_linked(make_doc):
    # negative: the KB person named in full, then by the surname with its particle
    doc = linked(make_doc, "Minister Hugo de Jonge sprak met de artsen. "
                 "Later zei De Jonge dat hij tevreden was.", "2019-01-21")
    assert names(doc).get("De Jonge") == "Hugo de Jonge"
