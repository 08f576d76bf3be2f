"""Context before the knowledge base, on real DPG 2019 sentences (read by path)."""

from __future__ import annotations

from corpus import article_text, paragraph, sentence
from kroniek.actors.link import annotate
from kroniek.model import Document


def linked(make_doc, text: str, published: str = "2019-03-20") -> Document:
    doc = make_doc(text, published=published)
    annotate(doc)
    return doc


def actors_of(doc: Document, text: str) -> list[str | None]:
    return [m.actor.id if m.actor else None for m in doc.mentions
            if m.is_entity and m.text == text]


def test_a_bare_surname_is_the_person_in_office_on_the_date(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "Bruins sprak daar zijn steun uit"))
    assert actors_of(doc, "Bruins") == ["bruno-bruins"]  # 2019: the minister, not Eppo


def test_a_namesake_with_another_country_is_not_the_kb_person(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "de Amerikaanse ambassadeur Pete Hoekstra slechts"))
    assert "wopke-hoekstra" not in actors_of(doc, "Pete Hoekstra")
    assert "wopke-hoekstra" not in actors_of(doc, "Hoekstra")


def test_party_in_a_role_compound_and_its_leader(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "SGP-leider Kees van der Staaij dinsdag opeens"))
    assert actors_of(doc, "SGP") == ["reformed-political-party"]
    assert actors_of(doc, "Kees van der Staaij") == ["kees-van-der-staaij"]


def test_a_party_and_its_abbreviation(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "Het SCP wil niet zover gaan"))
    assert actors_of(doc, "Forum voor Democratie") == ["forum-for-democracy"]
    assert actors_of(doc, "FvD") == ["forum-for-democracy"]
    assert actors_of(doc, "SCP") == ["scp"]


def test_a_municipality_named_as_a_body(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "Volgens een woordvoerder van de gemeente Arnhem"))
    assert actors_of(doc, "gemeente Arnhem") == ["municipality-arnhem"]


def test_a_local_person_keeps_identity_through_the_surname(make_doc):
    doc = linked(make_doc, article_text(10740513))
    full = [m for m in doc.mentions if m.is_entity and "Veldhuizen" in m.text]
    assert full and all(m.actor is not None for m in full)
    assert len({m.actor.id for m in full}) == 1
    assert full[0].actor.id.startswith("local:") and "Van Veldhuizen" in {m.text for m in full}
    texts = {m.text for m in doc.mentions if m.is_entity}
    assert not texts & {"Van", "De", "van", "de"}  # a particle is never a name


def test_the_mayor_is_the_towns_mayor(make_doc):
    doc = linked(make_doc, article_text(10766846))
    mayors = [m for m in doc.mentions if m.text.casefold() == "de burgemeester"]
    assert mayors and all(m.actor is not None and m.actor.id == "local:bolsius" for m in mayors)
    # no mayor named: the town's mayor as a local actor, not a KB mayor of another town
    doc = linked(make_doc, "De gemeente Arnhem wil meer woningen bouwen. De burgemeester "
                 "zei dinsdag dat het nodig is.")
    mayor = next(m for m in doc.mentions if m.text == "De burgemeester")
    assert mayor.actor.role == "mayor of Arnhem" and not mayor.is_entity


def test_a_states_body_the_kb_lacks_is_named_like_the_others(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "Het Venezolaanse ministerie van Buitenlandse "
                                    "Zaken zegt op zijn website"))
    found = [m.actor.name for m in doc.mentions if m.actor and "ministerie" in m.text]
    assert found == ["Ministry of Foreign Affairs of Venezuela"]


def test_a_dutch_abbreviation_is_the_dutch_body(make_doc):
    doc = linked(make_doc, sentence("dpg-dev", "het partijprogramma door het CPB"))
    assert actors_of(doc, "CPB") == ["cpb"]


def test_pronoun_agrees_with_the_first_names_gender(make_doc):
    doc = linked(make_doc, "Wopke Hoekstra sprak dinsdag met Kajsa Ollongren. Zij zei "
                 "na afloop dat het gesprek goed was.")
    zij = next(m for m in doc.mentions if m.text == "Zij")
    assert zij.actor.id == "kajsa-ollongren"


def test_a_common_noun_of_a_dutch_body(make_doc):
    doc = linked(make_doc, "De politie heeft dinsdag in Arnhem drie verdachten aangehouden.")
    police = next(m for m in doc.mentions if m.text == "De politie")
    assert police.actor.id == "politie-nederland" and not police.is_entity
    doc = linked(make_doc, "De Amerikaanse regering wil de sancties tegen Venezuela "
                 "uitbreiden.")
    government = next(m for m in doc.mentions if "regering" in m.text)
    assert government.actor.id == "united-states"


def test_names_keep_their_particles_initials_and_surnames(make_doc):
    doc = linked(make_doc, paragraph("dpg-dev", "Tegen moeder Sarinda van E."))
    assert "Sarinda van E." in {m.text for m in doc.mentions if m.is_entity and m.actor}
    assert "Sarinda" not in {m.text for m in doc.mentions if m.is_entity}
    doc = linked(make_doc, sentence("dpg-dev", "omdat advocaat Janbart Kalk op de valreep"))
    kalk = next(m for m in doc.mentions if m.text == "Janbart Kalk")
    assert kalk.actor.kind == "person" and kalk.actor.role.startswith("advocaat")
    doc = linked(make_doc, sentence("dpg-dev", "Hier toonde De Jonge een ideologische visie"))
    assert actors_of(doc, "De Jonge") == ["hugo-de-jonge"]



def test_an_ambiguous_short_name_takes_the_country_of_the_names_around_it(make_doc):
    # `AKP` is also an Azerbaijani party's short name; in a story about Erdogan, his
    doc = linked(make_doc, article_text(10802025), published="2019-04-19")
    first_erdogan = min(m.token_start for m in doc.mentions if m.text.startswith("Erdogan"))
    akp = [m for m in doc.mentions if m.text == "AKP" and m.token_start > first_erdogan]
    assert akp and {m.actor.name if m.actor else None for m in akp} == {
        "Justice and Development Party"}


def test_foreign_parties_by_their_dutch_press_names(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "Gematigde Democraten die haar milieuplan"),
                 published="2019-03-27")
    assert "democratic-party-usa" in actors_of(doc, "Democraten")
    assert "republican-party-usa" in actors_of(doc, "Republikeinen")


def test_a_youth_organisation_is_not_the_party_its_name_ends_in(make_doc):
    # `Jonge Democraten` (D66's youth) is not the American Democratic Party
    doc = linked(make_doc, sentence("dpg2019", "Volgens de Jonge Democraten bouwen"),
                 published="2019-03-27")
    assert actors_of(doc, "Jonge Democraten") == ["jonge-democraten"]
