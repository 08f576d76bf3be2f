"""`dreigen` right before its `te`-infinitive means 'be about to' (ANS 18.5.6), no
threat and no quote; with an object first it is the speech act."""

from __future__ import annotations

from tests.corpus import paragraph, sentence

DPG = "dpg2019"


def test_about_to_disappear_is_no_quote(quotes_of):
    quotes = quotes_of(sentence(DPG, "Nadat ook Akzo dreigde te verdwijnen"))
    assert [q for q in quotes if q.cue == "dreigen"] == []


def test_threat_with_an_object_is_a_quote(quotes_of):
    quotes = quotes_of(sentence(DPG, "dreigde Rusland het Siberische luchtruim voor KLM"))
    threats = [q for q in quotes if q.cue == "dreigen"]
    assert len(threats) == 1 and threats[0].speaker.name == "Russia"


def test_spoke_after_a_quote_attributes_it(quotes_of):
    fragment = "sprak ze met een gebroken stem"
    quotes = quotes_of(paragraph("dpg-dev", fragment), published="2019-03-20")
    found = [q for q in quotes if q.cue == "spreken"]
    assert found and found[0].text.startswith("Ik ben op van de zenuwen")


def test_talking_with_someone_reports_nothing(quotes_of):
    # `heeft met NAVO-chef Mark Rutte gesproken over … om de oorlog … te stoppen`
    quotes = quotes_of(sentence("seeds", "heeft met NAVO-chef Mark Rutte gesproken"))
    assert [q for q in quotes if q.cue == "spreken"] == []


def test_passive_without_agent_has_no_speaker(quotes_of):
    # `wordt Hongaren verteld dat …`: the Hungarians are told, they do not tell
    text = sentence(DPG, "wordt Hongaren verteld dat de politici in Brussel")
    assert [q for q in quotes_of(text) if q.cue == "vertellen"] == []


def test_accused_is_not_the_speaker(quotes_of):
    text = sentence(DPG, "omdat hij ervan werd beschuldigd een terroristische organisatie")
    assert [q for q in quotes_of(text) if q.cue == "beschuldigen"] == []


def test_quoted_title_after_a_colon_is_no_quote(quotes_of):
    quotes = quotes_of(sentence(DPG, "Jett Rebel: 'Unconditionale love'"))
    assert quotes == []


def test_verbless_utterance_after_a_colon_is_a_quote(quotes_of):
    # hand-written: a short answer ending in its own full stop is still speech
    quotes = quotes_of("Rutte daarover: 'Absoluut niet.'")
    assert [q.speaker_text for q in quotes] == ["Rutte"]
