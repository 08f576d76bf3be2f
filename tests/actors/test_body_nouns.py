"""Common nouns for Dutch bodies (`de officier van justitie`, `de rechtbank`) and `de
partij` after a named party, resolved by the actor linker on real DPG 2019 sentences."""

from __future__ import annotations

from corpus import paragraph, sentence
from kroniek.actors.link import annotate


def linked(make_doc, text: str):
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return doc


def body(doc, words: str):
    found = [m for m in doc.mentions if words in m.text and not m.is_entity]
    return found[0].actor if found and found[0].actor else None


def test_officier_van_justitie_is_the_prosecution_service(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "De officier van justitie eiste desondanks"))
    actor = body(doc, "officier")
    assert actor is not None and actor.id == "openbaar-ministerie"


def test_officier_alone_is_not_the_prosecution_service(make_doc):
    doc = linked(make_doc, "De officier van dienst meldde zich bij de kazerne.")
    assert body(doc, "officier") is None


def test_unnamed_court_is_a_described_body(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "De rechter veroordeelde hem een jaar geleden"))
    actor = body(doc, "rechter")
    assert actor is not None and actor.name == "De rechter" and actor.sector == "JUD"
    assert actor.id.startswith("described:")


def test_de_partij_is_the_party_named_before(make_doc):
    text = paragraph("dpg2019", "Bij de coalitiepartijen doet ChristenUnie het goed.")
    doc = linked(make_doc, text)
    actor = body(doc, "partij")
    assert actor is not None and actor.name == "Christian Union"


def test_de_partij_without_a_party_before_stays_unlinked(make_doc):
    doc = linked(make_doc, "De rechter gaf de partij die in hoger beroep ging gelijk.")
    assert body(doc, "partij") is None


def test_het_in_a_reported_clause_is_the_reporting_body(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "Het Zorginstituut benadrukt dat het zich houdt"))
    pronouns = [m for m in doc.mentions if m.kind == "pronoun" and m.text == "het"]
    assert pronouns and pronouns[0].actor.name == "National Health Care Institute"


def test_expletive_het_has_no_antecedent(make_doc):
    doc = linked(make_doc, "De NAVO vergaderde gisteren. Het is onduidelijk wat er besloten is.")
    assert not [m for m in doc.mentions if m.kind == "pronoun" and m.text == "Het"]


def test_a_police_spokesperson_speaks_for_the_police(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "aldus een politiewoordvoerder in een reactie"))
    actor = body(doc, "politiewoordvoerder")
    assert actor is not None and actor.id == "politie-nederland"


def test_a_named_spokesperson_stays_the_person(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "Dat zei politiewoordvoerder Willem van"))
    assert body(doc, "politiewoordvoerder") is None


def test_a_bare_minister_is_the_minister_named_before(make_doc):
    text = " ".join([sentence("dpg2019", "Minister Dekker maakte zijn"),
                     sentence("dpg2019", "Farid Azarkan had de minister al")])
    doc = linked(make_doc, text)
    found = [m for m in doc.mentions if m.text == "de minister"]
    assert found and found[0].actor is not None and found[0].actor.name == "Sander Dekker"


def test_a_bare_minister_with_none_named_stays_unlinked(make_doc):
    doc = linked(make_doc, "Zij eiste dat de minister de wet intrekt.")
    assert all(m.actor is None for m in doc.mentions if m.text == "de minister")


def test_de_milieuorganisatie_is_the_ngo_named_before(make_doc):
    text = " ".join([sentence("dpg2019", "zegt Pelle Berting van Greenpeace"),
                     sentence("dpg2019", "De milieuorganisatie organiseert de mars")])
    doc = linked(make_doc, text)
    actor = body(doc, "milieuorganisatie")
    assert actor is not None and actor.name == "Greenpeace Netherlands"


def test_de_gemeente_is_the_town_the_article_names(make_doc):
    text = " ".join([sentence("dpg2019", "De parkeergarage onder het zogeheten Havenblok"),
                     sentence("dpg2019", "De gemeente heeft deze maatregel genomen")])
    doc = linked(make_doc, text)
    actor = body(doc, "gemeente")
    assert actor is not None and actor.name == "Almelo"


def test_het_concern_is_the_company_named_before(make_doc):
    # a sector noun of data/organisations.yaml `sector_nouns`: BUS for `concern`
    doc = linked(make_doc, " ".join([
        sentence("dpg2019", "Telecomfabrikant Huawei klaagt de Amerikaanse overheid aan"),
        sentence("dpg2019", "Volgens het Chinese concern is de maatregel")]))
    actor = body(doc, "concern")
    assert actor is not None and actor.name == "Huawei"


def test_het_bedrijf_does_not_reach_past_an_unknown_organisation(make_doc):
    # Kalitta (no sector known) is named last: `het bedrijf` is not the older KLM
    doc = linked(make_doc, " ".join([
        "KLM verliest slots op Amerikaanse luchthavens.",
        sentence("dpg2019", "Kalitta is daarom een procedure gestart"),
        sentence("dpg2019", "De slots zijn volgens het bedrijf")]))
    actor = body(doc, "bedrijf")
    assert actor is None or actor.name != "KLM"



def test_de_club_is_the_sports_club_named_before(make_doc):
    # link_lexicon.yaml `club_nouns`: clubs have no sector, their list's source finds them
    doc = linked(make_doc, sentence("dpg2019", "laat de club de centrale verdediger toch niet gaan"))
    actor = body(doc, "club")
    assert actor is not None and actor.name == "NAC Breda"


def test_de_club_with_no_club_named_stays_unlinked(make_doc):
    doc = linked(make_doc, "Volgens de gemeente Breda moet de club de huur betalen.")
    assert body(doc, "club") is None
