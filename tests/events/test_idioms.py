"""Fixed expressions of political stance (events/data/lexicon_idioms.yaml).

Sources, read at run time by a fragment (tests/corpus.py): `dpg2019`,
../shared/corpus/dpg2019/articles.jsonl, by article id. Short hand-written sentences are
negatives.
"""

from __future__ import annotations

from coding import triples

from corpus import article_text, paragraph, sentence
from kroniek.events.lexicon import load_lexicon
from kroniek.events.triggers import frames_for


def test_being_receptive_to_a_request_is_support(code):
    # dpg2019 id 10801595: `dat ze wel oren had naar het verzoek van Forum`.
    text = sentence("dpg2019", "oren had naar het verzoek van Forum")
    assert ("SUPPORT", "Annemarie Jorritsma", "Forum for Democracy") in triples(
        code(text, "2019-04-10"))


def test_stepping_in_to_defend_is_support(code):
    # dpg2019 id 10730559: `Klaassen sprong in de bres voor een 22-jarige Bosschenaar`.
    text = sentence("dpg2019", "sprong in de bres voor een 22-jarige Bosschenaar")
    assert any(e.type == "SUPPORT" and e.recipient is not None
               and "Bosschenaar" in e.recipient.name for e in code(text, "2019-03-21"))


def test_a_nomination_by_a_party_is_support(code):
    text = "Oud-wethouder Ton Bonouvrié is door de VVD naar voren geschoven."
    assert ("SUPPORT", "People's Party for Freedom and Democracy", "Ton Bonouvrié") in triples(
        code(text, "2019-04-09"))


def test_ears_without_a_counterpart_code_nothing(code):
    # `oren hebben naar` a plan with no owner named: an attitude, no dyad.
    assert triples(code("De wethouder heeft wel oren naar een tramverbinding.",
                        "2019-04-09")) == set()


def test_the_verb_alone_is_no_idiom(code):
    # `springen` without `in de bres`, `hebben` without `oren`.
    found = code("De minister heeft een plan voor de boeren.", "2019-04-09")
    assert all(e.type != "SUPPORT" for e in found)


def test_going_to_a_foreign_capital_is_a_visit(code):
    # dpg2019 id 10797726: `Theresa May gaat vandaag naar Berlijn en Parijs om daar te
    # pleiten voor een nieuwe verlenging van de Brexit-deadline.`
    text = sentence("dpg2019", "Theresa May gaat vandaag naar Berlijn en Parijs")
    found = {(t[1], t[2]) for t in triples(code(text, "2019-04-09"))
             if t[0] in {"CONSULT", "AGREE"}}
    assert {("Theresa May", "Germany"), ("Theresa May", "France")} <= found


def test_going_somewhere_at_home_is_no_visit(code):
    found = triples(code("Thierry Baudet gaat morgen naar Amsterdam.", "2019-04-09"))
    assert all(t[0] not in {"CONSULT", "AGREE"} for t in found)


def test_going_round_the_table_with_someone_is_talks(code):
    # dpg2019 id 10678022: `De minister gaat met de gemeenten om tafel`: a planned meeting
    # (AGREE, PLOVER) of minister De Jonge, named earlier in the article
    found = [e for e in code(article_text(10678022), "2019-03-07")
             if "om tafel" in e.text]
    assert ("AGREE", "Hugo de Jonge", "de gemeenten") in triples(found)


def test_going_to_the_table_for_dinner_is_no_meeting(code):
    # hand-written negative: `aan tafel gaan` is sitting down to eat
    found = code("De burgemeester gaat met zijn gasten aan tafel.", "2019-03-19")
    assert not [t for t in triples(found) if t[0] in {"AGREE", "CONSULT"}]


def test_bringing_judges_under_control_is_coercion(code):
    text = sentence("dpg2019", "heeft Orbán de rechters onder politieke controle gebracht")
    assert ("COERCE", "Viktor Orbán", "de rechters") in triples(code(text, "2019-03-27"))


def test_giving_in_is_a_concession_without_a_counterpart(code):
    text = sentence("dpg2019", "ging NS overstag")
    assert ("CONCEDE", "Nederlandse Spoorwegen", None) in triples(code(text, "2019-04-05"))


def test_having_in_ones_sights_is_criticism(code):
    text = sentence("dpg2019", "Jetblue heeft de Nederlandse luchtvaart op de korrel")
    assert any(t[:2] == ("ACCUSE", "Jetblue") for t in triples(code(text, "2019-03-25")))


def test_keeping_order_is_no_coercion(code):
    # negative: `onder controle houden` keeps order; only `brengen`/`krijgen` coerce.
    found = triples(code("De politie hield de demonstranten urenlang onder controle.",
                         "2019-03-25"))
    assert not any(t[0] == "COERCE" for t in found)


def test_taking_sides_names_the_van_phrase_not_a_later_owner(code):
    # `de zijde kiezen van` (as `de kant kiezen van`, lexicon.yaml); the `van` of `als
    # taak van de burgemeester` in the `om`-clause after it is not the one supported (the
    # signing ex-mayor of Oegstgeest makes the actor layer link that `de burgemeester`).
    text = " ".join([
        sentence("dpg2019", "Die ontwikkeling baart de minister van justitie en veiligheid"),
        sentence("dpg2019", "De minister kiest de zijde van een aantal regioburgemeesters om 'het"),
        sentence("dpg2019", "De burgemeesters blijven op hun post."),
        sentence("dpg2019", "Sjoerd H.Scheenstra, oud-burgemeester, Oegstgeest")])
    found = triples(code(text, "2019-04-08"))
    assert ("SUPPORT", "Ferd Grapperhaus", "een aantal regioburgemeesters") in found
    assert not any(t[0] == "SUPPORT" and t[2] and "Mayor" in t[2] for t in found)


def test_character_assassination_is_no_attack(code):
    # dpg2019 id 10686201: `Atasoy ziet de brieven van Halsema en Grapperhaus als
    # karaktermoord op hem`: a `moord` on a good name (lexicon_news.yaml
    # `non_event_compounds`), no ASSAULT (in its paragraph, which names `hem`).
    text = paragraph("dpg2019", "ziet de brieven van Halsema en Grapperhaus als karaktermoord")
    assert all(e.type != "ASSAULT" for e in code(text, "2019-03-09"))


def _noun_frames(make_doc, text: str, word: str) -> list[str]:
    doc = make_doc(text)
    token = next(t for t in doc.tokens if t.text == word)
    return [f.type for f in frames_for(doc, token, load_lexicon())]


def test_a_bout_of_illness_is_no_attack(make_doc):
    # Hand-written: a heart attack is a bout of illness (Van Dale aanval 3).
    assert not _noun_frames(make_doc, "Minister Wopke Hoekstra kreeg gisteren een hartaanval.",
                            "hartaanval")


def test_an_attack_compound_still_codes(make_doc):
    # Negative of the list: the head `aanval` in a military compound is still an attack.
    assert "ASSAULT" in _noun_frames(
        make_doc, "Rusland voerde gisteren een raketaanval uit op Oekraïne.", "raketaanval")
