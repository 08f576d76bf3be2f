"""A public appeal is a REQUEST with or without an addressee: `oproepen tot` (call for an
act) and `een oproep doen` (lexicon.yaml, lexicon_news.yaml). Real DPG 2019 sentences,
read by a fragment (tests/corpus.py); hand-written negatives."""

from __future__ import annotations

from coding import triples

from corpus import sentence


def test_a_call_for_a_boycott_with_no_addressee(code):
    text = sentence("dpg2019", "De socialisten riepen op tot een boycot van Decathlon")
    assert ("REQUEST", "De socialisten", None) in triples(code(text, "2019-02-27"))


def test_an_appeal_made_in_the_media(code):
    # dpg2019: `... kan minister Slob (Onderwijs) niet meteen de school sluiten, maar doet
    # hij ook een wanhopige oproep in de media, ...`
    text = sentence("dpg2019", "doet hij ook een wanhopige oproep in de media")
    assert ("REQUEST", "Arie Slob", None) in triples(code(text, "2019-03-14"))


def test_evoking_a_question_is_no_appeal(code):
    # `oproepen` without `tot` also evokes: no request without an addressee
    text = "Het artikel van de minister riep bij veel lezers de vraag op of dat wel klopt."
    assert not any(t[0] == "REQUEST" for t in triples(code(text, "2019-03-14")))


def test_an_appeal_with_an_addressee_keeps_it(code):
    text = "Premier Mark Rutte riep de Tweede Kamer op tot kalmte."
    assert ("REQUEST", "Mark Rutte", "House of Representatives of the Netherlands") in triples(
        code(text, "2019-03-14"))


def test_the_place_where_an_unnamed_body_works_is_not_its_actor(code):
    # dpg2019: `Gisteren deed de VN-missie in Libië vergeefs een oproep tot een tijdelijk
    # staakt-het-vuren ...`: the mission is unlinked; Libya, where it works, made no appeal.
    text = sentence("dpg2019", "deed de VN-missie in Libië vergeefs een oproep")
    assert not any(t[1] == "Libya" for t in triples(code(text, "2019-04-08")))


def test_a_name_after_a_title_noun_in_the_subject_still_acts(code):
    # dpg-dev: `Ook Forum voor Democratie-voorman Thierry Baudet koos de aanval.`
    text = "Ook Forum voor Democratie-voorman Thierry Baudet koos de aanval."
    assert ("ACCUSE", "Thierry Baudet", None) in triples(code(text, "2019-03-20"))
