"""A person named by a relation to another (`zijn advocaat`, `Vermeulens raadsman`,
`Zijn adviseurs`) is the speaker, not the possessor; an apposition names them
(`zijn moeder Fatima Laachkar`). And Frog's misparses around the cue verb: a genitive
parsed as the subject, an aside in brackets, an unattached name before the verb."""

from __future__ import annotations

from tests.corpus import article_text, paragraph, sentence

DPG = "dpg2019"


def _quote_at(quotes, fragment):
    found = [q for q in quotes if fragment in q.sentence]
    assert found, fragment
    return found[0]


def test_possessed_lawyer_is_not_the_client(quotes_of):
    fragment = "Het is nog onduidelijk of hoger beroep wordt aangetekend, zegt zijn advocaat"
    quote = _quote_at(quotes_of(paragraph(DPG, fragment)), fragment)
    assert quote.speaker is not None and quote.speaker.name == "zijn advocaat"


def test_possessed_advisers_are_not_the_man_named_before(quotes_of):
    fragment = "Zijn adviseurs denken juist dat het gefleem met Kim"
    quote = _quote_at(quotes_of(paragraph(DPG, fragment)), fragment)
    assert quote.speaker is not None and quote.speaker.name == "Zijn adviseurs"


def test_apposition_of_a_relation_noun_is_the_speaker(quotes_of):
    quotes = quotes_of(sentence(DPG, "zegt zijn moeder Fatima Laachkar (38)"))
    assert [q.speaker.name for q in quotes] == ["Fatima Laachkar"]


def test_genitive_name_keeps_its_owner_in_the_description(quotes_of):
    # hand-written: `Trumps zoon` (Frog parses `Trumps` as the subject) is the son
    quotes = quotes_of('"Het gaat goed", zegt Trumps zoon.')
    assert [q.speaker.name for q in quotes] == ["Trumps zoon"]


def test_wondering_aloud_attributes_the_quote(quotes_of):
    fragment = "vraagt het RIVM zich af"  # the article appears twice in the corpus
    quote = _quote_at(quotes_of(article_text(10672454)), fragment)
    assert quote.speaker is not None and quote.speaker.id == "rivm"
    assert quote.speaker_text == "het RIVM"


def test_unattached_name_before_the_verb_is_the_subject(quotes_of):
    fragment = "Een zichtbaar vermoeide Rutte (hij vergat"
    quote = _quote_at(quotes_of(paragraph("dpg-dev", fragment), published="2019-03-20"),
                      fragment)
    assert quote.speaker is not None and quote.speaker.name == "Mark Rutte"
    assert quote.text == "niet tegenover maar naast elkaar te staan"


def test_particle_closes_the_addressee_off_the_content(quotes_of):
    quotes = quotes_of(sentence(DPG, "Aanvankelijk riep de AKP iedereen op de resultaten"))
    assert [q.text for q in quotes] == ["de resultaten van de hertelling te respecteren"]


def test_office_title_is_a_new_person_not_the_one_quoted_last(quotes_of):
    # `De officier van justitie oordeelde …` in a court report: the prosecutor, named
    # by the fixed title (gold alias `de officier van justitie`), not the suspect
    fragment = "De officier van justitie oordeelde dat er maatschappelijke onrust"
    quote = _quote_at(quotes_of(paragraph("dpg-dev", fragment), published="2019-03-20"),
                      fragment)
    assert quote.speaker is not None and quote.speaker.name in {
        "De officier van justitie", "Public Prosecution Service of the Netherlands"}


def test_bare_role_noun_still_refers_to_the_person_quoted_last(quotes_of):
    # `aldus de socioloog` after Blom's quote: the journalist varies the name
    fragment = "Die constatering is minder verrassend dan het lijkt"
    quote = _quote_at(quotes_of(paragraph(DPG, fragment)), fragment)
    assert quote.speaker is not None and quote.speaker.name == "Niels Blom"


def test_possessive_zijn_tagged_a_verb_does_not_end_the_attribution(quotes_of):
    # Frog tags `zijn` in `riep … zijn achterban op` as the verb `zijn`
    fragment = "De premier riep de laatste dagen zijn achterban op"
    quote = _quote_at(quotes_of(paragraph("dpg-dev", fragment), published="2019-04-10"),
                      fragment)
    assert quote.text == "massaal te gaan stemmen"


def test_complementiser_dat_before_a_name_and_a_clitic(quotes_of):
    # `dat` tagged a pronoun: `dat Kriener zich heeft bemoeid` is still a clause
    fragment = "zegt op zijn website dat Kriener zich heeft bemoeid"
    quote = _quote_at(quotes_of(paragraph("dpg-dev", fragment), published="2019-03-06"),
                      fragment)
    assert quote.kind == "indirect"
    assert quote.text == "Kriener zich heeft bemoeid met interne aangelegenheden"


def test_demonstrative_speaker_resolved_by_the_actor_layer(quotes_of):
    fragment = "Die hield vol dat afbouwen niet kon"
    quote = _quote_at(quotes_of(paragraph(DPG, fragment)), fragment)
    assert quote.speaker is not None and quote.speaker.name == "Henk Kamp"


def test_unresolved_demonstrative_gives_no_quote(quotes_of):
    # hand-written negative: `Die` stands for the law; no speaker, no quote
    quotes = quotes_of("Minister Wopke Hoekstra steunde de wet. Die zegt dat banken meer "
                       "moeten betalen.")
    assert all(q.speaker_text != "Die" for q in quotes)


def test_quoted_verb_of_a_subordinate_clause_is_its_subjects_words(quotes_of):
    # `dat ze voor MC Slotervaart 'de buurtzorgfunctie wil behouden'`: the subject
    # follows `dat`, the finite verb is inside the quote
    fragment = "ze voor MC Slotervaart 'de buurtzorgfunctie wil behouden'"
    quotes = quotes_of(paragraph("dpg-dev", fragment), published="2019-03-20")
    quote = _quote_at(quotes, "de buurtzorgfunctie wil behouden")
    assert quote.kind == "mixed" and quote.speaker.name == "Marieke van Doorninck"
    # and `de man` in the next news item is not her, named by a male noun
    man = _quote_at(quotes, "De man zei in de rechtbank opnieuw")
    assert man.speaker is not None and man.speaker.name != "Marieke van Doorninck"


def test_one_noun_phrase_before_the_verb_is_the_subject(quotes_of):
    # Frog makes `Twente` (in `van Domain Twente bv`) the subject; verb-second puts the
    # whole phrase before `denkt`, headed by `Projectontwikkelaar Aard van Alsté`
    quotes = quotes_of(sentence(DPG, "Projectontwikkelaar Aard van Alsté van Domain Twente"))
    assert [(q.speaker.name, q.text[:20]) for q in quotes] == [
        ("Aard van Alsté", "na de bouwvak te kun")]


def test_quoted_words_before_the_verb_are_no_subject(quotes_of):
    # `'Deze week geen staking!' postte Youth of Climate NL`: no noun phrase subject
    quotes = quotes_of(sentence(DPG, "'Deze week geen staking!' postte Youth of Climate NL"))
    assert all(q.speaker_text != "week" for q in quotes)


def test_plural_pronoun_takes_the_group_named_before(quotes_of):
    fragment = "Hoewel de lokale autoriteiten alles ontkennen, hebben zij beloofd"
    quote = _quote_at(quotes_of(sentence(DPG, fragment)), fragment)
    assert quote.speaker is not None and quote.speaker.name == "de lokale autoriteiten"


def test_plural_pronoun_without_a_group_stays_unresolved(quotes_of):
    # hand-written negative: only a single person before `zeggen ze`
    quotes = quotes_of("Jan de Vries kwam binnen. Nu zeggen ze dat het goed gaat.")
    assert all(q.speaker is None or q.speaker.name != "Jan de Vries" for q in quotes)
