"""The attribution after a quote (`,,…'', verwoordt Berkhof`) on DPG 2019 articles
nobody developed on: any verb inverted after a quote that fills the sentence, the
closing `''` Frog writes as two marks, and the name before `van` as speaker.

Real sentences read by a fragment from `../shared/corpus/dpg2019` (tests/corpus.py);
hand-written sentences only as negatives.
"""

from __future__ import annotations

from tests.corpus import sentence

DPG = "dpg2019"


def test_any_verb_after_a_quote_attributes_it(quotes_in_march):
    # `verwoorden` is in no cue list: the inverted verb after the quote is its attribution
    quotes = quotes_in_march(sentence(DPG, "verwoordt Berkhof"))
    assert [(q.cue, q.speaker_text) for q in quotes] == [("verwoorden", "Berkhof")]
    assert quotes[0].text.startswith("En daarbij komt dat Wilders")


def test_a_quoted_fragment_inside_the_sentence_is_no_quoted_clause(quotes_in_march):
    # `In Le Petit Bistro in Sneek, 'een mooi klein restaurantje' …, dineerde Wiegel`
    quotes = quotes_in_march(sentence(DPG, "dineerde Wiegel deze keer"))
    assert not [q for q in quotes if q.cue == "dineren"]


def test_a_copula_after_a_quote_makes_it_the_subject(quotes_in_march):
    quotes = quotes_in_march("'Nooit meer oorlog', is het motto van de betoging in Den Haag.")
    assert quotes == []


def test_closing_marks_split_in_two_and_a_negation_inside_the_quote(quotes_in_march):
    # `… scheelt dat niet zo veel,'' verklaart Traag`: Frog writes `''` as two marks and
    # tags the surname `Traag` an adjective; the `niet` is the quote's own
    quotes = quotes_in_march(sentence(DPG, "verklaart Traag"))
    assert [(q.cue, q.speaker_text) for q in quotes] == [("verklaren", "Traag")]
    assert quotes[0].text.startswith("Bij kinderen tot 12 jaar")


def test_the_person_before_van_speaks_not_the_body_after_it(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "Socioloog Tanja Traag van het CBS reageert"))
    assert [q.speaker.name for q in quotes if q.speaker] == ["Tanja Traag"]


def test_van_inside_a_name_is_no_owner_preposition(quotes_in_march):
    quotes = quotes_in_march(sentence(DPG, "onderwijsministers Ingrid van Engelshoven en Slob"))
    assert quotes and all("Engelshoven" in (q.speaker_text or "") for q in quotes
                          if q.speaker and q.speaker.name == "Ingrid van Engelshoven")
    assert any(q.speaker and q.speaker.name == "Ingrid van Engelshoven" for q in quotes)


def test_office_title_before_a_name_is_that_person(quotes_in_march):
    # `…, aldus minister van Handel Anup Wadhawan`: the title's `van`-phrase of
    # capitalised words, then the name without a comma
    quotes = quotes_in_march(sentence(DPG, "aldus minister van Handel Anup Wadhawan"))
    assert [q.speaker.name for q in quotes if q.speaker] == ["Anup Wadhawan"]


def test_a_relation_with_van_is_not_a_title(quotes_in_march):
    quotes = quotes_in_march("De vader van Jan Jansen zegt dat zijn zoon onschuldig is.")
    assert all(q.speaker is None or q.speaker.name != "Jan Jansen" for q in quotes)


def test_office_title_glued_to_the_name_by_frog(quotes_in_march):
    # Frog joins `Gezondheidszorg Agnès Buzyn` into one token
    quotes = quotes_in_march(sentence(DPG, "reageerde minister van Gezondheidszorg Agnès Buzyn"))
    assert [q.speaker.name for q in quotes if q.speaker] == ["Agnès Buzyn"]


def test_each_name_listed_after_a_plural_noun_speaks(quotes_in_march):
    # `Inmiddels hebben coalitiepartijen VVD, D66 en PvdA al aangegeven dat …`: one quote
    # per party, as for `Netanyahu en Gantz verklaarden`
    quotes = quotes_in_march(sentence(DPG, "hebben coalitiepartijen VVD, D66 en PvdA al aangegeven"))
    names = sorted(q.speaker.name for q in quotes if q.speaker)
    assert len(names) == 3 and len(set(names)) == 3, names


def test_a_plural_verb_after_a_comma_takes_no_single_person_as_speaker(quotes_in_march):
    # `Een groot aantal landen, zoals ..., erkennen Maduro niet meer ...`: the phrase before
    # the comma is the plural subject, Maduro the object (ANS 8.3, agreement)
    quotes = quotes_in_march(sentence(DPG, "zoals de Verenigde Staten en Nederland, maar ook"))
    assert not quotes


def test_a_plural_verb_after_a_comma_takes_coordinated_persons(quotes_in_march):
    quotes = quotes_in_march("Het kabinet valt, zeggen Wilders en Klaver.")
    assert quotes and {q.cue for q in quotes} == {"zeggen"}
