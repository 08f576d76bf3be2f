"""Attribution frames of DPG 2019 news nobody developed on (the blind quote annotations
of the silver sets, checked on the 473 DPG articles of dpg500): `…, zo meldt X`, the
attribution with `zo` in first position, and one person the article introduces with
`een` (`zegt een oud-medewerker`), whom the annotators give as the speaker.

Real sentences read by a fragment from `../shared/corpus/dpg2019` (tests/corpus.py);
hand-written sentences only as negatives.
"""

from __future__ import annotations

from tests.corpus import paragraph, sentence

DPG = "dpg2019"


def test_zo_before_the_inverted_cue_attributes_the_clause_before(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "zo meldt de Duitse politie nu"))
    assert [(q.kind, q.cue, q.speaker_text) for q in quotes] == [
        ("indirect", "melden", "de Duitse politie")]
    assert quotes[0].text.startswith("Een 28-jarige man uit Den Bosch")


def test_zo_after_a_quote(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "zo bepleitte Klaassen"))
    assert [(q.kind, q.speaker_text) for q in quotes] == [("direct", "Klaassen")]


def test_zo_after_a_bare_subject_is_no_attribution_of_it(quotes_in_march):
    # `Brexiteer Andrea Leadsom, zo meldde de BBC, klaagde … dat …`: `zo` points back
    # to a clause; before the comma stands only the subject, whose own cue speaks
    quotes = quotes_in_march(sentence(DPG, "zo meldde de BBC, klaagde"))
    assert [q.speaker_text for q in quotes] == ["Brexiteer Andrea Leadsom"]


def test_zo_after_a_verbless_phrase_is_no_attribution(quotes_in_march):
    # `Gewoon de tondeuse erover, zo zien de gevangenisautoriteiten … het het liefst`:
    # no clause before the comma for `zo` to point back to
    quotes = quotes_in_march(sentence(DPG, "Gewoon de tondeuse erover, zo zien"))
    assert quotes == []


def test_one_person_introduced_with_een_speaks(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "zegt een strafpleiter"))
    assert [(q.kind, q.speaker_text) for q in quotes] == [("direct", "een strafpleiter")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "een strafpleiter"


def test_een_with_a_relation_noun(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "zegt een oud-medewerker."))
    assert [q.speaker_text for q in quotes] == ["een oud-medewerker"]


def test_an_anonymous_een_speaker_stays_out(quotes_in_march):
    assert quotes_in_march("'Het was een harde knal', zegt een omwonende.") == []


def test_an_indefinite_predicate_inside_the_quote_is_no_speaker(quotes_in_march):
    # `"Het is een wonder dat …," zei een overlevende`: `een wonder` is the quote's own
    # predicate (and `wonder` ends in -er like an agent noun)
    quotes = quotes_in_march(sentence(DPG, "zei een overlevende"))
    assert not [q for q in quotes if q.speaker_text == "een wonder"]


def test_an_indefinite_object_is_no_speaker(quotes_in_march):
    # `werd door opiniepeilers een gamechanger … genoemd`: the predicate of `noemen`
    quotes = quotes_in_march(sentence(DPG, "door opiniepeilers een gamechanger"))
    assert not [q for q in quotes if (q.speaker_text or "").endswith("een gamechanger")]


def test_a_bare_plural_of_persons_speaks(quotes_in_march):
    # `critici` (Latin -icus) and `economen` (-oom): plural person nouns without article
    quotes = quotes_in_march(sentence(DPG, "Italiaanse critici zeggen dat"))
    assert [(q.kind, q.speaker_text) for q in quotes] == [("indirect", "Italiaanse critici")]
    quotes = quotes_in_march(sentence(DPG, "Economen schatten dat"))
    assert [q.speaker_text for q in quotes] == ["Economen"]


def test_a_quantified_group_speaks(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "Veel partijen vinden ook dat de marktwerking"))
    assert [q.speaker_text for q in quotes] == ["Veel partijen"]


def test_people_described_by_their_part_in_the_news_speak(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "Volgens getuigen zou het allemaal gebeuren"))
    assert [(q.cue, q.speaker_text) for q in quotes] == [("volgens", "getuigen")]


def test_generic_and_data_speakers_stay_out(quotes_in_march):
    assert quotes_in_march("Iemand zei dat de brug dicht was.") == []
    assert quotes_in_march("Cijfers tonen aan dat de brug vaak dicht is.") == []


def test_a_clause_without_cue_before_a_colon_introduces_its_subject(quotes_in_march):
    # `Premier Mark Rutte deed er gisteravond laconiek over: ,,…''`: no cue verb, the
    # colon and the quoted utterance make the subject the speaker
    quotes = quotes_in_march(sentence(DPG, "deed er gisteravond laconiek over"))
    assert [(q.kind, q.speaker_text) for q in quotes] == [("direct", "Premier Mark Rutte")]
    assert quotes[0].text.startswith("Dat wordt veel koffie drinken")


def test_a_colon_quote_of_several_sentences(quotes_in_march):
    quotes = quotes_in_march(paragraph(DPG, "Historicus Te Velde is sceptisch over"))
    found = [q for q in quotes if q.speaker_text == "Historicus Te Velde"]
    assert found and found[0].text.startswith("Ik zie het praktisch niet voor me.")


def test_a_thing_or_an_unresolved_pronoun_before_the_colon_is_no_speaker(quotes_in_march):
    assert quotes_in_march(
        "De conclusie van het rapport is helder: 'Het kabinet moet nu ingrijpen.'") == []
    assert quotes_in_march("Hij gaat rechtop zitten: ,,Het moment is daar.''") == []


def test_volgens_in_the_middle_field_ends_before_the_next_noun_phrase(quotes_in_march):
    # `waren volgens GroenLinks-leider Jesse Klaver een duel …`: Frog glues `een duel`
    # to the speaker phrase; an article after the head starts a new phrase
    quotes = quotes_in_march(sentence(DPG, "waren volgens GroenLinks-leider Jesse Klaver"))
    assert [(q.cue, q.speaker_text) for q in quotes] == [
        ("volgens", "GroenLinks-leider Jesse Klaver")]
    assert quotes[0].text == "De verkiezingen waren een duel tussen zijn partij en Forum voor Democratie"


def test_a_noun_after_a_name_stays_in_the_speaker_phrase(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "aldus het Frankfurter museum"))
    assert [q.speaker_text for q in quotes] == ["het Frankfurter museum"]


def test_the_clause_resumes_after_the_attribution_with_an_adverb_first(quotes_in_march):
    # `Had de politie maar geluisterd, zegt een vriendin, dan hadden er geen doden
    # gevallen`: after the interposed attribution the clause goes on, V2 after `dan`
    quotes = quotes_in_march(sentence(DPG, "zegt een vriendin, dan hadden"))
    assert [q.text for q in quotes] == [
        "Had de politie maar geluisterd dan hadden er geen doden gevallen"]


def test_the_generic_second_person_is_no_speaker(quotes_in_march):
    # `Nu kun je zeggen dat …`, `mag je verwachten dat …`: the generic `je` of a
    # column is nobody the article gives (the quotes had speaker_text `je`)
    assert quotes_in_march(sentence(DPG, "Nu kun je zeggen dat het thuis sterven")) == []
    assert quotes_in_march(sentence(DPG, "mag je verwachten dat ze inmiddels")) == []


def test_je_inside_the_quote_leaves_the_named_speaker(quotes_in_march):
    quotes = quotes_in_march("'Je moet het zelf zien', zegt burgemeester Jan de Vries.")
    assert [q.speaker_text for q in quotes] == ["burgemeester Jan de Vries"]


def test_a_bare_spokesperson_speaks_for_the_organisation_named_last(quotes_in_march):
    # `Het is niet duidelijk of de BDI … of dat ING nog een boete krijgt. "Dat kunnen
    # we niet uitsluiten," laat een woordvoerder weten.`: ING's spokesperson
    text = " ".join([sentence(DPG, "Het is niet duidelijk of de BDI daarmee genoegen neemt"),
                     sentence(DPG, "Dat kunnen we niet uitsluiten")])
    quotes = quotes_in_march(text)
    assert [(q.speaker_text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("een woordvoerder", "ING Group")]


def test_a_spokesperson_of_a_body_of_its_own_does_not_take_the_last_organisation(
        quotes_in_march):
    text = " ".join(["Dat meldde de Volkskrant vorige week.",
                     sentence(DPG, "Een woordvoerder van de onderwijsinspectie zegt")])
    quotes = quotes_in_march(text)
    assert quotes and all(q.speaker is None or q.speaker.name != "de Volkskrant"
                          for q in quotes)


def test_an_organisation_named_inside_the_quote_is_not_the_spokespersons(quotes_in_march):
    quotes = quotes_in_march("'We vliegen straks met de Airbus A321,' aldus een woordvoerder.")
    assert all(q.speaker is None or q.speaker.kind != "organisation" for q in quotes)


def test_laten_zien_shows_and_te_zien_is_seen_neither_is_speech(quotes_in_march):
    assert quotes_in_march(sentence(DPG, "Maar dit onderzoek laat wel zien dat")) == []
    assert quotes_in_march(sentence(DPG, "Dit nieuwe werk is te zien op de tentoonstelling")) == []


def test_zien_dat_of_a_person_stays_a_cue(quotes_in_march):
    quotes = quotes_in_march("Premier Mark Rutte ziet dat de coalitie verdeeld is.")
    assert [(q.cue, q.speaker_text) for q in quotes] == [("zien", "Premier Mark Rutte")]


def test_a_title_with_its_field_before_the_name_is_that_person(quotes_in_march):
    # `zegt hoogleraar onderwijsrecht Paul Zoontjens van de Universiteit Tilburg`: Frog
    # hangs the name on the field noun, and a bare `hoogleraar` is nobody in particular
    quotes = quotes_in_march(sentence(DPG, "zegt hoogleraar onderwijsrecht Paul Zoontjens"))
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("indirect", "Paul Zoontjens")]


def test_a_pronoun_after_a_spokesperson_is_the_spokesperson_of_that_organisation(
        quotes_in_march):
    # `Shell ziet dat anders. "Ons bod …", zegt de woordvoerder. … meldt de
    # woordvoerder. Daarbovenop, zegt ze, komt nog de bonus …`: Shell's words
    quotes = quotes_in_march(paragraph(DPG, "Daarbovenop, zegt ze, komt nog de bonus"))
    found = [q for q in quotes if q.speaker_text == "ze"]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Shell"


def test_a_pronoun_after_a_person_still_takes_the_person(quotes_in_march):
    quotes = quotes_in_march(
        "'Het kan niet', zegt Mark Rutte. 'Nee', zegt hij. 'Nooit.'")
    assert all(q.speaker is not None and q.speaker.name == "Mark Rutte" for q in quotes)
