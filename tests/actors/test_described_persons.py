"""Definite descriptions of persons named before (actors/described.py): `de informateur`
after `Eppie Klein gaat aan de slag als informateur`, `de vader` after `Vader Mehmet
Mehmet, de vader van Gökmen`; not with two people of that role, another owner or no
apposition."""

from __future__ import annotations

from tests.corpus import article_text

from kroniek.actors.link import annotate
from kroniek.model import Document

VEENENDAAL = 10777359  # dpg-dev: Sylvia R., `de Veenendaalse`


def _linked(make_doc, text: str) -> Document:
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return doc


def _mention(doc: Document, fragment: str, word: str):
    """The mention at the first token `word` at or after `fragment`."""
    start = doc.text.index(fragment)
    token = next(t for t in doc.tokens if t.start >= start and t.text == word)
    return next((m for m in doc.mentions if m.token_start <= token.i < m.token_end), None)


def test_role_from_an_als_phrase(make_doc):
    # `Eppie Klein gaat ... aan de slag als informateur` ... `De informateur praat ...`
    doc = _linked(make_doc, article_text(10746923))
    mention = _mention(doc, "De informateur praat", "informateur")
    assert mention is not None and mention.kind == "role"
    assert mention.actor.name == "Eppie Klein" and not mention.is_entity


def test_kinship_title_and_apposition(make_doc):
    # `Vader Mehmet Mehmet, de vader van Gökmen, ...` ... `De vader zegt dat ...`
    doc = _linked(make_doc, article_text(10723154))
    mention = _mention(doc, "De vader zegt", "vader")
    assert mention is not None and mention.actor.name == "Mehmet Mehmet"


def test_title_before_the_name(make_doc):
    # `het woord is kunstenaar Jeroen Eisinga` ... `zegt de kunstenaar ook nog`
    doc = _linked(make_doc, article_text(10740775))
    mention = _mention(doc, "zegt de kunstenaar", "kunstenaar")
    assert mention is not None and mention.actor.name == "Jeroen Eisinga"


def test_an_object_after_a_comma_is_no_apposition(make_doc):
    # `zet de Duitse ambassadeur, Daniel Martin Kriener, het land uit` ... `het land`
    doc = _linked(make_doc, article_text(10679694))
    mention = _mention(doc, "48 uur om het land", "land")
    assert mention is None or mention.actor is None or mention.actor.kind != "person"


def test_two_people_with_the_role_is_ambiguous(make_doc):
    doc = _linked(make_doc, "Advocaat Jan de Vries verdedigt de verdachte. Advocaat Piet "
                            "Bakker staat de familie bij. De advocaat zei dat het lang duurde.")
    mention = _mention(doc, "De advocaat zei", "advocaat")
    assert mention is None or mention.kind != "role"


def test_another_owner_is_someone_else(make_doc):
    doc = _linked(make_doc, "Kees Jansen, de vader van Tim, was woensdag in de rechtbank. "
                            "De vader van Anna zei niets.")
    mention = _mention(doc, "De vader van Anna", "vader")
    assert mention is None or mention.kind != "role"
    doc = _linked(make_doc, "Kees Jansen, de vader van Tim, was woensdag in de rechtbank. "
                            "De vader zei niets.")
    mention = _mention(doc, "De vader zei", "vader")
    assert mention is not None and mention.actor.name == "Kees Jansen"


def test_an_indefinite_brings_in_someone_new(make_doc):
    doc = _linked(make_doc, "Woordvoerder Anna Smit wilde niets zeggen. Later belde een "
                            "woordvoerder van de gemeente. De woordvoerder zei dat het klopte.")
    mention = _mention(doc, "De woordvoerder zei", "woordvoerder")
    assert mention is None or mention.actor is None or mention.actor.name != "Anna Smit"


def test_pronoun_refers_back_through_the_description(make_doc):
    # hand-written: the name is beyond the pronoun's look-back; the description is not
    doc = _linked(make_doc, "Advocaat Jan de Vries won vorig jaar een grote zaak. Daarna "
                            "bleef het stil. Er kwam een nieuwe wet. Het kabinet wilde dat. "
                            "Gisteren belde de advocaat de krant. Een journalist sprak hem.")
    mention = _mention(doc, "Een journalist sprak hem", "hem")
    assert mention is not None and mention.actor.name == "Jan de Vries"


def test_person_noun_of_a_town(make_doc):
    # `werd Sylvia R. ... in de cel gezet. Het verzoek van de Veenendaalse om ...`
    doc = _linked(make_doc, article_text(VEENENDAAL, "dpg-dev"))
    mention = _mention(doc, "verzoek van de Veenendaalse", "Veenendaalse")
    assert mention is not None and mention.actor.name == "Sylvia R."


def test_town_adjective_or_two_candidates_is_no_person(make_doc):
    doc = _linked(make_doc, "Sylvia de Boer verkoopt kaas. Op de Rotterdamse markt is het "
                            "druk.")
    assert _mention(doc, "de Rotterdamse markt", "Rotterdamse") is None
    doc = _linked(make_doc, "Sylvia de Boer en Anna Bakker verkopen kaas. De Rotterdamse "
                            "wil meer klanten.")
    mention = _mention(doc, "De Rotterdamse wil", "Rotterdamse")
    assert mention is None or mention.actor is None


def test_own_owner_selects_among_people_with_the_role(make_doc):
    # hand-written: the title with another owner is someone else, not a second candidate
    doc = _linked(make_doc, "De rechters, onder wie voorzitter Manuel Marchena, beginnen "
                            "dinsdag. Dat zegt Manuel Almenar, voorzitter van de vereniging "
                            "van rechters. Het proces is belangrijk, zei de voorzitter "
                            "van het Hooggerechtshof.")
    mention = _mention(doc, "zei de voorzitter", "voorzitter")
    assert mention is not None and mention.actor.name == "Manuel Marchena"
