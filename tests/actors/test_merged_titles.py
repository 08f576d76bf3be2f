"""A title noun Frog merges into a one-token name at the start of a sentence
(`Statisticus Joop Hox`) is no part of the name: the person is `Joop Hox`, and a later
`Hox` is the same person (a pronoun after it can then find him)."""

from __future__ import annotations

import pytest
from tests.corpus import paragraph, sentence

from kroniek.actors.link import annotate


def test_merged_title_is_cut_from_the_name(make_doc):
    doc = make_doc(paragraph("dpg2019", "Statisticus Joop Hox vindt het onderzoek gedegen"))
    annotate(doc)
    names = {m.text: m.actor.name for m in doc.mentions if m.is_entity and m.actor
             and "Hox" in m.text}
    assert names == {"Joop Hox": "Joop Hox", "Hox": "Joop Hox"}


@pytest.mark.parametrize(("fragment", "name"), [
    ("aan de Universiteit Carlos III in Madrid", "Carlos III"),
    ("kleren wassen bij Wasserette De Roos", "De Roos"),
])
def test_organisation_head_stays_in_the_name(make_doc, fragment, name):
    # `Universiteit`, `Wasserette`: the head names the body or the place, no title
    doc = make_doc(paragraph("dpg2019", fragment))  # merged only in the whole article
    annotate(doc)
    assert not [m for m in doc.mentions if m.text == name]



def test_affiliation_van_is_no_part_of_the_name(make_doc):
    # `Frank van der Lee van BDO`: the second `van` is the affiliation; the name with
    # its particles is a person (Frog tags the whole run a product)
    doc = make_doc(sentence("dpg2019", "Frank van der Lee van BDO vindt dat aandacht"))
    annotate(doc)
    names = [(m.text, m.actor.kind if m.actor else None) for m in doc.mentions if m.is_entity]
    assert ("Frank van der Lee", "person") in names
    assert not [n for n, _ in names if n.startswith("Frank van der Lee van")]


def test_first_name_alone_is_the_person_named_in_full_before(make_doc):
    # `Hillary Clinton … Hillary waarschuwde maandag …`
    fragment = "Hillary waarschuwde maandag dat zij er niet over peinst"
    doc = make_doc(paragraph("dpg2019", fragment), published="2019-03-05")
    annotate(doc)
    start = doc.text.index(fragment)
    hillary = [m for m in doc.mentions if m.start == start]
    assert hillary and hillary[0].actor.name == "Hillary Clinton"


def test_first_name_shared_by_two_persons_stays_apart(make_doc):
    # hand-written negative: two Jans named in full, then `Jan` alone
    doc = make_doc("Jan Vermeer en Jan Bakker richtten de club op. Jan vertelt dat het "
                   "goed gaat.")
    annotate(doc)
    alone = [m for m in doc.mentions if m.text == "Jan"]
    assert all(m.actor is None or m.actor.name == "Jan" for m in alone)


def test_other_first_name_before_a_kb_surname_is_someone_else(make_doc):
    # `Roderick Klaver` (a referee in Enschede) is not Jesse Klaver
    doc = make_doc(paragraph("dpg2019", "en Roderick Klaver zijn respectievelijk"),
                   published="2019-03-05")
    annotate(doc)
    klaver = [m for m in doc.mentions if m.is_entity and "Klaver" in m.text]
    assert klaver and all(m.actor is None or m.actor.name != "Jesse Klaver" for m in klaver)


def test_spelling_variant_of_a_kb_first_name_still_links(make_doc):
    # `Thiery Baudet` (a typo) and `Gert Jan Segers` are the KB persons
    doc = make_doc(paragraph("dpg2019", "Even permitteert Thiery Baudet zich"),
                   published="2019-03-05")
    annotate(doc)
    assert any(m.actor is not None and m.actor.name == "Thierry Baudet"
               for m in doc.mentions if "Baudet" in m.text)


def test_hyphenated_title_merged_before_a_person_is_no_part_of_the_name(make_doc):
    # Frog: one token `Radboud-historica Dolly Verhoeven`; negative: a plain full name
    text = sentence("dpg2019", "Radboud-historica Dolly Verhoeven")
    doc = make_doc(text, published="2019-04-08")
    annotate(doc)
    persons = {m.text: m.actor.id for m in doc.mentions if m.is_entity and m.actor}
    assert persons.get("Dolly Verhoeven") == "local:dolly-verhoeven"
    assert not any("historica" in name for name in persons)
    assert persons.get("Leo van Stijn") == "local:leo-van-stijn"


def test_possessive_of_a_first_name_is_the_person_named_in_full_before(make_doc):
    # `Kims post` after `Kim Jong-un`; negative: no one named in full before
    text = " ".join([sentence("dpg2019", "Donald Trump en Kim Jong-un bouwden een innige"),
                     sentence("dpg2019", "Trump koestert Kims post")])
    doc = make_doc(text, published="2019-03-01")
    annotate(doc)
    kims = [m for m in doc.mentions if m.is_entity and m.text == "Kims"]
    assert kims and all(m.actor is not None and m.actor.id == "kim-jong-un" for m in kims)
    doc = make_doc(sentence("dpg2019", "Trump koestert Kims post"), published="2019-03-01")
    annotate(doc)
    assert not [m for m in doc.mentions if m.text == "Kims" and m.actor is not None
                and m.actor.id == "kim-jong-un"]


def test_merged_title_before_a_known_surname_is_the_person(make_doc):
    # Frog merges `Wethouder Van Wakeren` into one token; the alderman was named in full
    # before (`wethouder Bas van Wakeren`), so the surname after the title is him
    doc = make_doc(paragraph("dpg2019", "Wethouder Van Wakeren zegt het"))  # merged in the article
    annotate(doc)
    start = doc.text.index("Van Wakeren zegt")
    found = [m for m in doc.mentions if m.start == start]
    assert found and found[0].actor is not None and found[0].actor.name == "Bas van Wakeren"


def test_merged_title_before_an_unknown_surname_is_left_alone(make_doc):
    # negative: no one of that surname named before, nothing to link the title to
    doc = make_doc(sentence("dpg2019", "Wethouder Van Wakeren zegt het 'voor 99 procent' eens te zijn"))
    annotate(doc)
    assert not any(m.actor is not None and m.actor.name == "Bas van Wakeren"
                   for m in doc.mentions)


@pytest.mark.parametrize(("fragment", "person"), [
    ("Burgemeester Hans Wagner heeft meerdere malen aangegeven", "Hans Wagner"),
    ("in een open brief aan museumdirecteur Matthias Wagner K", "Matthias Wagner"),
    ("SGP-fractieleider Jacques Rozendaal is enthousiast", "Rozendaal"),
])
def test_body_or_place_word_after_a_first_name_is_a_surname(make_doc, fragment, person):
    # `Wagner` alone is the KB's Wagner Group, `Rozendaal` a municipality; after a first
    # name (separate token or inside Frog's merged name) they are a person's surname
    doc = make_doc(sentence("dpg2019", fragment))
    annotate(doc)
    linked = {m.actor.name for m in doc.mentions if m.is_entity and m.actor}
    assert "Wagner Group" not in linked and "Rozendaal" not in linked
    assert any(person in name for name in linked)


def test_body_word_without_a_first_name_is_still_the_body(make_doc):
    # hand-written negative: the Wagner Group named alone stays the Wagner Group
    doc = make_doc("De Russische huurlingen van Wagner vechten in Oekraïne.")
    annotate(doc)
    assert "Wagner Group" in {m.actor.name for m in doc.mentions if m.actor}


def test_surname_named_before_after_a_first_name_is_that_person_later(make_doc):
    # `museumdirecteur Matthias Wagner K ... Wagner K verwijt de critici ...`: the later
    # bare `Wagner` is the director named before, not the KB's Wagner Group
    doc = make_doc(paragraph("dpg2019", "Wagner K verwijt de critici"))
    annotate(doc)
    later = [m for m in doc.mentions if m.text == "Wagner" and m.actor]
    assert later and all(m.actor.name == "Matthias Wagner" for m in later)


def test_town_after_a_byline_stays_the_town(make_doc):
    # `... Jeroen Pol Apeldoorn Er kwamen ...` (a byline with its town) and then
    # `Apeldoorn is aangesloten bij ...`: `Pol` follows another first name, so it is a
    # surname and `Apeldoorn` after it the town; the later subject is the municipality
    text = paragraph("dpg2019", "Apeldoorn is aangesloten bij de website")
    doc = make_doc(text)
    annotate(doc)
    start = text.index("Apeldoorn is aangesloten")
    assert [m.actor.name for m in doc.mentions if m.start == start and m.actor] == ["Apeldoorn"]
