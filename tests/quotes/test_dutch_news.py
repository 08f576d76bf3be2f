"""Quote marks and attribution frames as Dutch newspapers write them (issue 13).

Real sentences of the DPG 2019 corpus, read by a fragment from
`../shared/corpus/dpg2019` (tests/corpus.py), never copied here. The corpus
has no curly quotes, so the curly and low-high styles are the same real
sentence with its marks swapped: what is tested is the pairing of the marks.
"""

from __future__ import annotations

import pytest
from tests.corpus import sentence

DPG = "dpg2019"


def _dpg(*fragments: str) -> str:
    return " ".join(sentence(DPG, f) for f in fragments)


def _swap(text: str, opener: str, closer: str) -> str:
    """The sentence with its `,,` … `''` marks written in another style."""
    return text.replace(",,", opener).replace("''", closer)


@pytest.fixture(scope="module")
def quotes_of(quotes_of):
    return lambda text: quotes_of(text, published="2019-03-01")


def _one(quotes, content_start: str):
    found = [q for q in quotes if q.text.startswith(content_start)]
    assert len(found) == 1, [(q.kind, q.speaker_text, q.text) for q in quotes]
    return found[0]


# --- quote marks ------------------------------------------------------------------------------

MARKS = [
    # newspaper style: two commas open, two apostrophes close
    ("comma-apostrophes", lambda: _dpg("volstrekt logische eisen stelt''"),
     "Ik ben blij dat de minister volstrekt logische eisen stelt", "Gjalt Jellesma"),
    # straight double quotes
    ("straight", lambda: _dpg("Her en der zijn cijfers gewijzigd"),
     "Her en der zijn cijfers gewijzigd", "Woltering"),
    # two commas closed by a straight double quote
    ("comma-straight", lambda: _dpg("Wie coke wil importeren moet meedoen"),
     "Wie coke wil importeren moet meedoen aan dit systeem", "Rienk de Groot"),
    # single quotes are speech with a speaker frame after them
    ("single", lambda: _dpg("dit kunnen we niet over onze kant laten gaan'"),
     "Toen wij dat in de krant lazen", "Margriet Schreuders"),
    # curly and low-high styles (same sentence, marks swapped)
    ("curly", lambda: _swap(_dpg("volstrekt logische eisen stelt''"), "“", "”"),
     "Ik ben blij dat de minister volstrekt logische eisen stelt", "Gjalt Jellesma"),
    ("low-high", lambda: _swap(_dpg("volstrekt logische eisen stelt''"), "„", '"'),
     "Ik ben blij dat de minister volstrekt logische eisen stelt", "Gjalt Jellesma"),
    ("single-curly", lambda: _dpg("dit kunnen we niet over onze kant laten gaan'")
     .replace("'Toen", "‘Toen").replace("gaan'", "gaan’"),
     "Toen wij dat in de krant lazen", "Margriet Schreuders"),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), MARKS,
                         ids=[m[0] for m in MARKS])
def test_mark_styles(quotes_of, name, text, content, speaker):
    quote = _one(quotes_of(text()), content)
    assert quote.kind == "direct"
    assert not quote.text.endswith(("'", '"', "”", "’"))  # marks are not content
    assert speaker in (quote.speaker_text or "")


def test_anonymous_speaker_is_left_out(quotes_of):
    """`zegt een politiedeskundige die … niet met naam in de krant wil`: not given."""
    assert quotes_of(_dpg("is de Marktplaats van de Europese cocaïnehandel")) == []


def test_quote_over_two_sentences_with_running_speaker(quotes_of):
    text = _dpg("De bedoeling is dat we dat onmogelijk maken",
                "onze techniek ramen herkennen en automatisch wazig maken")
    quotes = quotes_of(text)
    first = _one(quotes, "De bedoeling is")
    second = _one(quotes, "Op termijn moet onze techniek")
    assert second.cue is None and second.speaker_text == first.speaker_text == "Huibers"


# --- attribution frames -------------------------------------------------------------------------

FRAMES = [
    # colon after a bare name
    ("colon", lambda: _dpg("Bruins: ,,Veel mensen gebruiken tegenwoordig"),
     "direct", None, "Bruins", "Veel mensen gebruiken tegenwoordig"),
    # `…'', aldus X`
    ("aldus", lambda: _dpg("Dat land staat op goede voet met Kim Jong-un"),
     "direct", "aldus", "Breuker", "Dat land staat op goede voet met Kim Jong-un"),
    # `X zegt dat …`
    ("zegt-dat", lambda: _dpg("Maduro zegt dat hij het slachtoffer is van een staatsgreep"),
     "indirect", "zeggen", "Maduro", "hij het slachtoffer is van een staatsgreep"),
    # `Volgens X …`
    ("volgens", lambda: _dpg("Volgens Orbán is de kritiek volkomen onterecht"),
     "indirect", "volgens", "Orbán", "is de kritiek volkomen onterecht"),
    # `X liet weten dat …`
    ("liet-weten", lambda: _dpg("liet weten dat zijn partij een beslissende voorsprong had"),
     "indirect", "laten weten", "Ekrem İmamoglu", "zijn partij een beslissende voorsprong"),
    # `…, blijkt uit onderzoek van X`
    ("blijkt-uit", lambda: _dpg("17 procent van alle 8670 tandartsen is nu in het buitenland"),
     "indirect", "blijken", None, "17 procent van alle 8670 tandartsen"),
    # `Dat meldt X`: the sentence before is the content
    ("dat-meldt", lambda: _dpg("Dat meldt de Kamer van Koophandel op basis van een rondvraag"),
     None, None, None, None),
]


@pytest.mark.parametrize(("name", "text", "kind", "cue", "speaker", "content"), FRAMES,
                         ids=[f[0] for f in FRAMES])
def test_attribution_frames(quotes_of, name, text, kind, cue, speaker, content):
    quotes = quotes_of(text())
    if content is None:
        return  # `Dat meldt …` alone: its content is in the sentence before (next test)
    quote = _one(quotes, content)
    assert quote.kind == kind and quote.cue == cue
    if speaker is not None:
        assert speaker in (quote.speaker_text or "") or (
            quote.speaker is not None and speaker in quote.speaker.name)
    if name == "blijkt-uit":
        assert "Koninklijke Nederlandse Maatschappij" in (quote.speaker_text or "")


def test_pointing_back_takes_the_sentence_before(quotes_of):
    text = sentence(DPG, "Dat schrijft minister Slob van Onderwijs in antwoord op Kamervragen")
    quotes = quotes_of("De scholen krijgen volgend jaar meer geld. " + text)
    quote = _one(quotes, "De scholen krijgen volgend jaar meer geld")
    assert quote.cue == "schrijven" and "Slob" in quote.speaker_text


def test_passive_with_door_agent(quotes_of):
    # hand-written: the corpus has no passive cue with a `door`-agent in a short sentence
    quotes = quotes_of("Gisteren werd door de gemeente Utrecht bevestigd dat de brug dicht gaat.")
    quote = _one(quotes, "de brug dicht gaat")
    assert "gemeente Utrecht" in quote.speaker_text


def test_free_quote_takes_the_person_introduced_before(quotes_of):
    text = sentence("dpg-dev", "Sietse Brouwer (63) loopt bij de grootouders mee") + " " + \
        sentence("dpg-dev", "We lopen met borden waarop")
    quote = _one(quotes_of(text), "We lopen met borden")
    assert quote.speaker is not None and "Brouwer" in quote.speaker.name


def test_surname_takes_the_full_name_before(quotes_of):
    text = _dpg("Dirk Huibers.", "De bedoeling is dat we dat onmogelijk maken")
    quotes = quotes_of(text)
    later = _one(quotes, "De bedoeling is")
    assert later.speaker is not None and later.speaker.name.endswith("Huibers")


def test_prepositional_object_of_a_speech_act(quotes_of):
    quotes = quotes_of(sentence("dpg-dev", "Rob Jetten (D66) pleitte voor meer Europese"))
    quote = _one(quotes, "meer Europese samenwerking")
    assert quote.kind == "indirect" and quote.speaker_text.endswith("Jetten")


# --- negatives ----------------------------------------------------------------------------------

NOT_QUOTES = [
    # a title in single quotes
    lambda: _dpg("Bij het tv-programma 'DWDD' ging het onlangs over mensen"),
    lambda: _dpg("geïnspireerd op de romantische Hollywoodfilm 'Something"),
    # a quoted term in the journalist's own sentence
    lambda: _dpg("mensen die toezien op het 'uithalen' van de drugs"),
    # a fronted subordinate clause is not what `verweet hij` reports
    lambda: sentence("dpg-dev", "Waar alle partijleiders voor het debat"),
    # a law is a source, not a speaker
    lambda: _dpg("dat volgens de islamitische wet is getrouwd"),
]


@pytest.mark.parametrize("text", NOT_QUOTES,
                         ids=["title-tv", "title-film", "term", "fronted", "law"])
def test_not_quotes(quotes_of, text):
    quotes = quotes_of(text())
    assert not any(q.text.startswith(("Bij het", "Het interieur", "Kartels", "Waar alle"))
                   for q in quotes)
    assert not any(q.cue == "volgens" and "wet" in (q.speaker_text or "") for q in quotes)


def test_quoted_sentence_without_speaker_is_left_out(quotes_of):
    # hand-written: a quoted line with nobody named anywhere
    quotes = quotes_of("Op het spandoek stond een tekst. 'Wij blijven hier.' Daarna werd het stil.")
    assert quotes == []


def test_pointing_back_with_an_auxiliary(quotes_of):
    """`Dat heeft X gisteren gezegd`: the participle's attribution points back too."""
    text = _dpg("Het aantal ebola-gevallen in de Democratische Republiek Congo is de duizend",
                "Dat heeft het ministerie van Volksgezondheid gisteren gezegd")
    quote = _one(quotes_of(text), "Het aantal ebola-gevallen")
    assert quote.cue == "zeggen" and quote.speaker_text == "het ministerie van Volksgezondheid"


def test_spokesperson_speaks_for_the_organisation(quotes_of):
    """An indefinite spokesperson is a given speaker (not anonymous), with or without
    an actor for the ministry from the actor layer."""
    text = _dpg("zegt een woordvoerder van het ministerie van Justitie en Veiligheid")
    quote = _one(quotes_of(text), "Wie zich meldt bij een Nederlandse ambassade")
    assert quote.kind == "direct" and quote.speaker_text.startswith("een woordvoerder")


def test_verklaring_laat_weten(quotes_of):
    quotes = quotes_of(_dpg("Yale liet dinsdag in een verklaring weten dat"))
    quote = _one(quotes, "het alle aanmeldingen van studenten")
    assert quote.cue == "laten weten" and quote.speaker_text == "Yale"


def test_interrupted_quote_is_rejoined(quotes_of):
    """`'Maar je moet bedenken', zegt X, 'dat …'`: one quote, the attribution cut out."""
    quotes = quotes_of(_dpg("Maar je moet bedenken', zegt Sánchez-Cuenca"))
    quote = _one(quotes, "Maar je moet bedenken dat de progressieve rechters")
    assert quote.kind == "direct" and quote.speaker_text == "Sánchez-Cuenca"
    assert "zegt" not in quote.text


def test_role_noun_takes_the_person_quoted_before(quotes_of):
    """`…, aldus de socioloog`: the person just quoted, named again by role."""
    text = _dpg("Blom benadrukt dat die gevolgen van verandering in werk en inkomen",
                "Die constatering is minder verrassend dan het lijkt, aldus de socioloog")
    quote = _one(quotes_of(text), "Die constatering is minder verrassend")
    assert quote.speaker_text == "de socioloog"
    assert quote.speaker is not None and quote.speaker.name.endswith("Blom")


def test_quoted_verb_phrase_without_cue_is_mixed(quotes_of):
    """A person's quoted words inside the journalist's sentence, no cue verb."""
    text = sentence("dpg-dev", "Utrecht plaatste alles in perspectief") + " " + sentence(
        "dpg-dev", "Hij is opgelucht over de exitpoll")
    quote = _one(quotes_of(text), "kan de hoge opkomst")
    assert quote.kind == "mixed" and quote.cue is None and quote.speaker_text == "Hij"
    assert quote.speaker is not None and quote.speaker.name.lower().endswith("van son")


def test_intertitle_is_no_part_of_the_content(quotes_of):
    """`Perspectief De komende jaren …, verklaart X`: the heading glued on is dropped."""
    quotes = quotes_of(_dpg("De komende jaren ziet het er niet veel rooskleuriger uit"))
    quote = _one(quotes, "De komende jaren ziet het er")
    assert quote.cue == "verklaren" and "Buijink" in quote.speaker_text


def test_time_expression_is_no_part_of_the_speaker(quotes_of):
    """`…", waarschuwde de president vorige week op tv-zender ABC`: the speaker is
    `de president`, not `week`."""
    quote = _one(quotes_of(_dpg("Hij kan niet komen en gaan")), "Hij kan niet komen en gaan")
    assert quote.cue == "waarschuwen" and quote.speaker_text == "de president"


def test_cue_verb_tagged_as_a_noun_after_a_quote(quotes_of):
    """`…'', oordelen de onderzoekers`: Frog reads `oordelen` as a plural noun."""
    quotes = quotes_of(_dpg("Zowel operationeel als financieel een monsterklus"))
    quote = _one(quotes, "Zowel operationeel als financieel een monsterklus")
    assert quote.cue == "oordelen" and quote.speaker_text == "de onderzoekers"


def test_staat_in_document_of_an_organisation(quotes_of):
    quotes = quotes_of(_dpg("De kans op een aanslag in Nederland blijft reëel', staat"))
    quote = _one(quotes, "De kans op een aanslag in Nederland blijft reëel")
    assert quote.cue == "staan" and "NCTV" in quote.speaker_text
