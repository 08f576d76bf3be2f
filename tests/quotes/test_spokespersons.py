"""A spokesperson speaks for the organisation (records.md: organisations speak through
their spokespeople): `een politiewoordvoerder`, `OM-woordvoerder`, `een woordvoerder van
het OM`; a named spokesperson is that person, and a topic spokesperson of a party
(`asielwoordvoerder`) names no organisation."""

from __future__ import annotations

import pytest
from tests.corpus import sentence

DPG = "dpg2019"
POLICE = "politie-nederland"
OM = "openbaar-ministerie"


@pytest.mark.parametrize("fragment", [
    'En daar is hier geen sprake van", zegt een politiewoordvoerder',
    "aldus een politiewoordvoerder in een reactie",
    "Dat is niet gebeurd naar aanleiding van het onderzoek, aldus de politiewoordvoerder",
])
def test_compound_spokesperson_speaks_for_the_body(quotes_of, fragment):
    quotes = quotes_of(sentence(DPG, fragment))
    assert [q.speaker.id for q in quotes if q.speaker] == [POLICE]


def test_named_spokesperson_is_the_person(quotes_of):
    quotes = quotes_of(sentence(DPG, "zegt politiewoordvoerder Alwin Don"))
    assert [(q.speaker.kind, q.speaker.name) for q in quotes] == [("person", "Alwin Don")]


def test_van_phrase_is_the_speaker_and_not_the_content(quotes_of):
    quotes = quotes_of(sentence(DPG, "Volgens de woordvoerder van het OM is er nog geen"))
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.id == OM
    assert quotes[0].text == "is er nog geen aangifte gedaan"


def test_topic_spokesperson_names_no_body(quotes_of):
    # hand-written negative: `asielwoordvoerder` is a party's MP for asylum, no body
    quotes = quotes_of("De asielwoordvoerder zegt dat de deal smerig is.")
    assert all(q.speaker is None or q.speaker.kind != "organisation" for q in quotes)


def test_body_noun_without_spokesperson_is_no_compound(quotes_of):
    # hand-written negative: `politieman` is an officer, not a spokesperson
    quotes = quotes_of("Een politieman zegt dat het rustig is.")
    assert all(q.speaker is None or q.speaker.id != POLICE for q in quotes)


def test_comma_apposition_after_van_phrase_is_the_speaker(quotes_of):
    # Frog hangs `Kay Ivey` on `Alabama`; the name between commas is the governor
    quotes = quotes_of(sentence(DPG, "De gouverneur van Alabama, Kay Ivey, liet op Twitter"))
    assert [q.speaker.name for q in quotes if q.speaker] == ["Kay Ivey"]


def test_listed_name_is_no_apposition(quotes_of):
    # hand-written negative: a list after the noun names others besides it
    quotes = quotes_of("De burgemeester, Jan Jansen en Piet de Vries zeggen dat het goed gaat.")
    assert all(q.speaker is None or q.speaker.name != "Jan Jansen" or
               q.speaker_text.startswith("Jan") for q in quotes)


def test_volgens_takes_the_whole_name_of_the_speaker(quotes_of):
    # `Volgens het Centraal Bureau voor de Statistiek …`: `voor de Statistiek` is the
    # name's, not the content's
    text = sentence(DPG, "Volgens het Centraal Bureau voor de Statistiek verdienden vrouwen "
                         "in 2016 bij de overheid 8 procent minder dan mannen, in")
    quotes = quotes_of(text)
    assert len(quotes) == 1 and quotes[0].text.startswith("verdienden vrouwen in 2016")
