"""An `om … te` infinitive is what was said only after a verb of asking, urging or
promising (cues.yaml `om_infinitive_verbs`); after other cues it is a purpose or a
noun's complement. Real sentences of DPG 2019 articles (tests/corpus.py)."""

from __future__ import annotations

from tests.corpus import sentence

DPG = "dpg2019"


def test_purpose_clause_after_an_announcement_is_no_content(quotes_in_march):
    # `kondigde … maatregelen aan om het recht op demonstraties in te perken`
    quotes = quotes_in_march(sentence(DPG, "kondigde premier Édouard Philippe gisteren maatregelen"))
    assert not [q for q in quotes if q.cue == "aankondigen"]


def test_purpose_clause_after_telling_is_no_content(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "Hoekstra zelf vertelt de anekdote"))
    assert not [q for q in quotes if q.text.startswith("de druk weg te nemen")]


def test_a_call_with_om_te_is_still_reported(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "De oppositievoorman riep de Venezolanen op om"))
    assert [q.text for q in quotes if q.cue == "oproepen"] == [
        "komende zaterdag massaal te demonstreren tegen Maduro"]


def test_an_opinion_with_object_and_predicate_keeps_its_om_clause(quotes_in_march):
    # `vinden vervolgonderzoek nodig om te bepalen …`: the small clause is the opinion
    quotes = quotes_in_march(sentence(DPG, "De onderzoekers vinden vervolgonderzoek nodig"))
    assert [q.text[:40] for q in quotes if q.cue == "vinden"] == [
        "vervolgonderzoek nodig om te bepalen of "]
