"""Definite descriptions of persons named before (actors/described.py): `de informateur`
after `Eppie Klein gaat aan de slag als informateur`, `de vader` after `Vader Mehmet
Mehmet, de vader van Gökmen`; not with two people of that role, another owner or no
apposition."""

from __future__ import annotations

from linking import linked, mention_at_word
from tests.corpus import article_text

VEENENDAAL = 10777359  # dpg-dev: Sylvia R., `de Veenendaalse`




def test_role_from_an_als_phrase(make_doc):
    # `Eppie Klein gaat ... aan de slag als informateur` ... `De informateur praat ...`
    doc = linked(make_doc, article_text(10746923))
    mention = mention_at_word(doc, "De informateur praat", "informateur")
    assert mention is not None and mention.kind == "role"
    assert mention.actor.name == "Eppie Klein" and not mention.is_entity


def test_kinship_title_and_apposition(make_doc):
    # `Vader Mehmet Mehmet, de vader van Gökmen, ...` ... `De vader zegt dat ...`
    doc = linked(make_doc, article_text(10723154))
    mention = mention_at_word(doc, "De vader zegt", "vader")
    assert mention is not None and mention.actor.name == "Mehmet Mehmet"


def test_title_before_the_name(make_doc):
    # `het woord is kunstenaar Jeroen Eisinga` ... `zegt de kunstenaar ook nog`
    doc = linked(make_doc, article_text(10740775))
    mention = mention_at_word(doc, "zegt de kunstenaar", "kunstenaar")
    assert mention is not None and mention.actor.name == "Jeroen Eisinga"


def test_an_object_after_a_comma_is_no_apposition(make_doc):
    # `zet de Duitse ambassadeur, Daniel Martin Kriener, het land uit` ... `het land`
    doc = linked(make_doc, article_text(10679694))
    mention = mention_at_word(doc, "48 uur om het land", "land")
    assert mention is None or mention.actor is None or mention.actor.kind != "person"


def test_two_people_with_the_role_is_ambiguous(make_doc):
    doc = linked(make_doc, "Advocaat Jan de Vries verdedigt de verdachte. Advocaat Piet "
                            "Bakker staat de familie bij. De advocaat zei dat het lang duurde.")
    mention = mention_at_word(doc, "De advocaat zei", "advocaat")
    assert mention is None or mention.kind != "role"


def test_another_owner_is_someone_else(make_doc):
    doc = linked(make_doc, "Kees Jansen, de vader van Tim, was woensdag in de rechtbank. "
                            "De vader van Anna zei niets.")
    mention = mention_at_word(doc, "De vader van Anna", "vader")
    assert mention is None or mention.kind != "role"
    doc = linked(make_doc, "Kees Jansen, de vader van Tim, was woensdag in de rechtbank. "
                            "De vader zei niets.")
    mention = mention_at_word(doc, "De vader zei", "vader")
    assert mention is not None and mention.actor.name == "Kees Jansen"


def test_an_indefinite_brings_in_someone_new(make_doc):
    doc = linked(make_doc, "Woordvoerder Anna Smit wilde niets zeggen. Later belde een "
                            "woordvoerder van de gemeente. De woordvoerder zei dat het klopte.")
    mention = mention_at_word(doc, "De woordvoerder zei", "woordvoerder")
    assert mention is None or mention.actor is None or mention.actor.name != "Anna Smit"


def test_pronoun_refers_back_through_the_description(make_doc):
    # hand-written: the name is beyond the pronoun's look-back; the description is not
    doc = linked(make_doc, "Advocaat Jan de Vries won vorig jaar een grote zaak. Daarna "
                            "bleef het stil. Er kwam een nieuwe wet. Het kabinet wilde dat. "
                            "Gisteren belde de advocaat de krant. Een journalist sprak hem.")
    mention = mention_at_word(doc, "Een journalist sprak hem", "hem")
    assert mention is not None and mention.actor.name == "Jan de Vries"


def test_person_noun_of_a_town(make_doc):
    # `werd Sylvia R. ... in de cel gezet. Het verzoek van de Veenendaalse om ...`
    doc = linked(make_doc, article_text(VEENENDAAL, "dpg-dev"))
    mention = mention_at_word(doc, "verzoek van de Veenendaalse", "Veenendaalse")
    assert mention is not None and mention.actor.name == "Sylvia R."


def test_town_adjective_or_two_candidates_is_no_person(make_doc):
    doc = linked(make_doc, "Sylvia de Boer verkoopt kaas. Op de Rotterdamse markt is het "
                            "druk.")
    assert mention_at_word(doc, "de Rotterdamse markt", "Rotterdamse") is None
    doc = linked(make_doc, "Sylvia de Boer en Anna Bakker verkopen kaas. De Rotterdamse "
                            "wil meer klanten.")
    mention = mention_at_word(doc, "De Rotterdamse wil", "Rotterdamse")
    assert mention is None or mention.actor is None


def test_own_owner_selects_among_people_with_the_role(make_doc):
    # hand-written: the title with another owner is someone else, not a second candidate
    doc = linked(make_doc, "De rechters, onder wie voorzitter Manuel Marchena, beginnen "
                            "dinsdag. Dat zegt Manuel Almenar, voorzitter van de vereniging "
                            "van rechters. Het proces is belangrijk, zei de voorzitter "
                            "van het Hooggerechtshof.")
    mention = mention_at_word(doc, "zei de voorzitter", "voorzitter")
    assert mention is not None and mention.actor.name == "Manuel Marchena"
