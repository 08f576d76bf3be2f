"""Unknown organisations are whole names; common nouns and portfolios are no actors.
Real DPG 2019 sentences and articles (read by path)."""

from __future__ import annotations

from corpus import article_text, sentence
from kroniek.actors.link import annotate
from kroniek.model import Document


def linked(make_doc, text: str) -> Document:
    doc = make_doc(text, published="2019-03-20")
    annotate(doc)
    return doc


def entities(doc: Document) -> dict[str, str | None]:
    return {m.text: (m.actor.id if m.actor else None) for m in doc.mentions if m.is_entity}


def test_an_organisation_head_is_part_of_the_name(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "via de Stichting Welzijn Tubbergen Dinkelland"))
    found = [m for m in doc.mentions if m.is_entity and "Welzijn" in m.text]
    assert found and found[0].text.startswith("Stichting Welzijn")
    assert found[0].actor is not None and found[0].actor.kind == "organisation"


def test_a_portfolio_in_brackets_is_no_organisation(make_doc):
    found = entities(linked(make_doc, sentence("dpg2019",
                                               "Wethouder Marieke van Doorninck (Grondzaken)")))
    assert found.get("Grondzaken") is None
    assert found.get("Marieke van Doorninck", "").startswith("local:")


def test_a_common_noun_opening_the_article_is_no_name(make_doc):
    found = entities(linked(make_doc, article_text(10797684)))
    assert found.get("Apps") is None  # the article writes `apps` lowercase too
    assert "local:hayke-veldman" in found.values()


def test_a_capitalised_word_opening_a_sentence_is_still_a_name_when_never_lowercase(make_doc):
    found = entities(linked(make_doc, sentence("dpg2019", "Een voicemailbericht van de "
                                                          "Stichting Straatkat")))
    assert found.get("Stichting Straatkat") == "local:stichting-straatkat"


def test_an_unknown_organisation_keeps_its_abbreviation(make_doc):
    doc = linked(make_doc, article_text(10686201))
    full = {m.actor.id for m in doc.mentions if m.is_entity and m.actor is not None
            and m.text == "Stichting Islamitisch Onderwijs"}
    short = {m.actor.id if m.actor else None for m in doc.mentions
             if m.is_entity and m.text == "SIO"}
    assert full == {"local:stichting-islamitisch-onderwijs"} and short == full


def test_an_organisation_title_makes_the_name_an_organisation(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "en de boerenbelangenvereniging ZLTO geven"))
    zlto = [m.actor for m in doc.mentions if m.is_entity and m.text == "ZLTO"]
    assert zlto and zlto[0] is not None and zlto[0].kind == "organisation"


def test_a_venue_title_makes_the_name_a_place(make_doc):
    found = entities(linked(make_doc, sentence("dpg2019", "20 uur en in café Silva Ducis")))
    assert found.get("Silva Ducis") is None


def test_a_venue_in_the_name_makes_it_a_place(make_doc):
    found = entities(linked(make_doc, sentence("dpg2019", "De ontlading in de Johan Cruijff Arena")))
    assert "Johan Cruijff Arena" in found and found["Johan Cruijff Arena"] is None


def test_a_state_closing_an_organisations_name_is_not_the_state(make_doc):
    # Frog merges `UN Women Nederland` into one token: the Dutch branch of UN Women is
    # one organisation of the Netherlands, not UN Women and a mention of the state.
    doc = linked(make_doc, sentence("dpg2019", "UN Women Nederland lanceert op 21 maart"))
    found = entities(doc)
    assert found == {"UN Women Nederland": "local:un-women-nederland"}
    orgs = [m.actor for m in doc.mentions if m.text == "UN Women Nederland"]
    assert orgs[0].kind == "organisation" and orgs[0].country == "NLD"


def test_a_branch_organisation_named_after_its_country(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "denkt Tuinbranche Nederland"))
    assert "Nederland" not in entities(doc)
    assert entities(doc).get("Tuinbranche Nederland") == "local:tuinbranche-nederland"


def test_two_states_frog_merged_stay_two_states(make_doc):
    # a hand-written negative: Frog merges the list into one token
    doc = linked(make_doc, "De oorlog tussen Rusland Oekraïne duurt voort.")
    assert entities(doc) == {"Rusland": "russia", "Oekraïne": "ukraine"}


def test_a_branch_name_frog_tagged_word_by_word(make_doc):
    # `facebookpagina Zero Waste Nederland`: three name tokens, the state attached to them
    doc = linked(make_doc, sentence("dpg2019", "van onze facebookpagina Zero Waste Nederland"))
    assert "Nederland" not in entities(doc)
    assert entities(doc).get("Zero Waste Nederland") == "local:zero-waste-nederland"


def test_a_known_companys_national_branch(make_doc):
    doc = linked(make_doc, sentence("dpg2019", "Uber Nederland heeft maatregelen genomen"))
    assert entities(doc).get("Uber Nederland") == "local:uber-nederland"


def test_a_word_before_the_state_that_is_no_name_leaves_the_state(make_doc):
    # a hand-written negative: `Heel` is an adjective, not part of a name
    doc = linked(make_doc, "Heel Nederland keek gisteren naar de wedstrijd.")
    assert entities(doc) == {"Nederland": "netherlands"}


def test_a_public_body_named_by_a_common_noun_is_one_organisation(make_doc):
    # `is door de Commissie van Toezicht ongegrond verklaard`: Frog tags the three words
    # ORG, but `Commissie` and `Toezicht` are nouns, not proper-name tokens.
    doc = linked(make_doc, sentence("dpg2019", "is door de Commissie van Toezicht ongegrond"))
    found = [m for m in doc.mentions if m.is_entity and "Toezicht" in m.text]
    assert found and found[0].text == "Commissie van Toezicht"
    assert found[0].actor is not None and found[0].actor.kind == "organisation"


def test_a_lowercase_council_is_no_name(make_doc):
    found = entities(linked(make_doc, "De raad van bestuur kwam gisteren bijeen."))
    assert not [t for t in found if "raad" in t.casefold()]


def test_a_name_in_apposition_to_an_office_is_a_person(make_doc):
    # Frog's NER tags `Kirstjen Nielsen` ORG; as apposition to `minister` it names the
    # office holder, so the later bare `Nielsen` is the same person.
    text = " ".join([sentence("dpg2019", "Binnenlandse Veiligheid, Kirstjen Nielsen, is opgestapt"),
                     sentence("dpg2019", "De 46-jarige Nielsen heeft haar vertrek")])
    doc = linked(make_doc, text)
    people = {m.text: m.actor for m in doc.mentions if m.is_entity and m.actor}
    assert people["Kirstjen Nielsen"].kind == "person"
    assert people["Nielsen"].id == people["Kirstjen Nielsen"].id


def test_a_name_in_apposition_to_a_thing_stays_an_organisation(make_doc):
    doc = linked(make_doc, "Het bedrijf, Troika Dialog, kocht de aandelen.")
    found = [m.actor for m in doc.mentions if m.is_entity and m.text == "Troika Dialog"]
    assert not found or found[0] is None or found[0].kind != "person"
