"""Acronyms spoken as words, written with only a capital initial (`de Navo`, `de Oeso`):
the KB's `NAVO`/`OESO` must still be found (actors/kb.py, `_WORD_ACRONYM`), but only for a
word Frog reads as a proper name (actors/names.py). Real DPG 2019 sentences, read by path;
short hand-written negatives."""

from __future__ import annotations

import pytest

from corpus import sentence
from kroniek.actors.kb import load_kb
from kroniek.actors.link import annotate

OECD = "organisation-for-economic-co-operation-and-development"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize(("surface", "entry_id"), [("Navo", "nato"), ("Oeso", OECD), ("Vara", "bnnvara")])
def test_a_word_acronym_finds_the_capitalised_alias(kb, surface, entry_id):
    assert [e.id for e in kb.lookup_word_acronym(surface)] == [entry_id]
    assert kb.lookup(surface) == []  # the plain lookup stays exact: `Denk aan ...`


@pytest.mark.parametrize("surface", ["Kok", "Glas", "Dost", "Rug", "Pas", "navo", "NaVo"])
def test_surnames_short_words_and_foreign_party_acronyms_stay_unlinked(kb, surface):
    # KOK (Finland), GLAS (Croatia) are foreign parties; Wim Kok and Peter Glas are Dutch.
    assert kb.lookup_word_acronym(surface) == []


def test_the_oeso_of_a_report_is_the_oecd(make_doc):
    # `Hij wijst op een recent rapport van de Oeso waarin Nederland wordt geprezen ...`
    doc = make_doc(sentence("dpg2019", "recent rapport van de Oeso"), published="2019-03-27")
    annotate(doc)
    assert [m.actor.id for m in doc.mentions if m.text == "Oeso" and m.actor] == [OECD]


def test_a_surname_kok_is_not_the_finnish_party(make_doc):
    doc = make_doc(sentence("dpg2019", "bij PvdA-premier Wim Kok in het Torentje"), published="2019-03-27")
    annotate(doc)
    assert not [m for m in doc.mentions if m.actor and m.actor.id == "national-coalition-party-fin"]


def test_the_navo_is_nato(make_doc):
    doc = make_doc(sentence("dpg2019", "aan Trumps steun voor de Navo"), published="2019-03-27")
    annotate(doc)
    assert "nato" in [m.actor.id for m in doc.mentions if m.text == "Navo" and m.actor]


def test_an_imperative_denk_is_not_the_party(make_doc):
    # `Denk aan de kosten voor een kankerbehandeling ...`: the verb, not DENK
    doc = make_doc(sentence("dpg2019", "Denk aan de kosten voor een kankerbehandeling"),
                   published="2019-03-27")
    annotate(doc)
    assert not [m for m in doc.mentions if m.actor and m.actor.id == "denk"]
