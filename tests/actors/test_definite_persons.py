"""Definite person nouns after the one fitting named person (actors/definite.py): `het
meisje` after `de 8-jarige Diya`, `De vrouw` after `Charlotte van L.`, `De man` after
`Radovan Karadzic (73)`; not after an indefinite of the noun (`een 63-jarige man`), not
where the article speaks of the sexes in general (`de vrouw ... de man`)."""

from __future__ import annotations

from linking import linked, mention_at_word
from tests.corpus import article_text

from kroniek.model import Document

DIYA = 10726537  # dpg2019: `de 8-jarige Diya` ... `De vader van het meisje`
CHARLOTTE = 10682797  # `Charlotte van L.` ... `De vrouw zou haar dochtertje ...`
KARADZIC = 10729359  # `Radovan Karadzic (73)` ... `De man stond begin jaren negentig`
VAN_LENT = 10740622  # `broers Van Lent` ... `een 63-jarige man uit Beek` ... `De man`
BLOM = 10593548  # `socioloog Niels Blom` ... `Werd de man werkloos`


def _linked(make_doc, article: int) -> Document:
    return linked(make_doc, article_text(article))




def _person(mention) -> str | None:
    if mention is None or mention.actor is None or mention.actor.kind != "person":
        return None
    return mention.actor.name


def test_a_child_noun_is_the_child_named_with_an_age(make_doc):
    doc = _linked(make_doc, DIYA)
    mention = mention_at_word(doc, "van het meisje werd", "meisje")
    assert _person(mention) == "Diya" and mention.kind == "role" and not mention.is_entity


def test_de_vrouw_is_the_one_woman_named(make_doc):
    doc = _linked(make_doc, CHARLOTTE)
    assert _person(mention_at_word(doc, "De vrouw zou haar", "vrouw")) == "Charlotte van L."


def test_de_man_is_the_one_man_named(make_doc):
    doc = _linked(make_doc, KARADZIC)
    assert _person(mention_at_word(doc, "De man stond begin", "man")) == "Radovan Karadzic"


def test_an_indefinite_brings_in_someone_new(make_doc):
    # `door een 63-jarige man uit Beek. De man zou zaterdag ...`: not the Van Lent brothers
    doc = _linked(make_doc, VAN_LENT)
    assert _person(mention_at_word(doc, "De man zou zaterdag", "man")) is None
    assert _person(mention_at_word(doc, "Die ontdekte de man", "man")) is None
    assert _person(mention_at_word(doc, "waarna de 63-jarige man", "man")) is None


def test_the_sexes_in_general_are_no_one(make_doc):
    # `wanneer de vrouw ... meer was gaan verdienen dan de man` ... `Werd de man werkloos`
    doc = _linked(make_doc, BLOM)
    assert _person(mention_at_word(doc, "Werd de man werkloos", "man")) is None
    assert _person(mention_at_word(doc, "Als echter niet de man", "man")) is None
